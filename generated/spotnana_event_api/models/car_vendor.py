from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="CarVendor")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "code",
        "name",
        "isPresentInPreferredVendors",
    }
)


@_attrs_define
class CarVendor:
    """
    Attributes:
        code (str):  Example: ZE.
        name (str):  Example: HERTZ.
        is_present_in_preferred_vendors (bool | Unset):  Example: True.
    """

    code: str
    name: str
    is_present_in_preferred_vendors: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        is_present_in_preferred_vendors = self.is_present_in_preferred_vendors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if is_present_in_preferred_vendors is not UNSET:
            field_dict["isPresentInPreferredVendors"] = is_present_in_preferred_vendors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            code = d["code"]

            name = d["name"]

            is_present_in_preferred_vendors = (
                _v if (_v := d.get("isPresentInPreferredVendors")) is not None else PARSED_UNSET
            )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CarVendor", str(exc.args[0])) from None
        car_vendor = cls(
            code=code,
            name=name,
            is_present_in_preferred_vendors=is_present_in_preferred_vendors,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            car_vendor.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return car_vendor

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
