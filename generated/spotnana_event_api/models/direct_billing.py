from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="DirectBilling")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "directBillingCode",
        "corporateDiscountCode",
        "label",
    }
)


@_attrs_define
class DirectBilling:
    """
    Attributes:
        direct_billing_code (str | Unset):
        corporate_discount_code (str | Unset):
        label (str | Unset):
    """

    direct_billing_code: str | Unset = UNSET
    corporate_discount_code: str | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direct_billing_code = self.direct_billing_code

        corporate_discount_code = self.corporate_discount_code

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if direct_billing_code is not UNSET:
            field_dict["directBillingCode"] = direct_billing_code
        if corporate_discount_code is not UNSET:
            field_dict["corporateDiscountCode"] = corporate_discount_code
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            direct_billing_code = _v if (_v := d.get("directBillingCode")) is not None else PARSED_UNSET

            corporate_discount_code = _v if (_v := d.get("corporateDiscountCode")) is not None else PARSED_UNSET

            label = _v if (_v := d.get("label")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("DirectBilling", str(exc.args[0])) from None
        direct_billing = cls(
            direct_billing_code=direct_billing_code,
            corporate_discount_code=corporate_discount_code,
            label=label,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            direct_billing.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return direct_billing

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
