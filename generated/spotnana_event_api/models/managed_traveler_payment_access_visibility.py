from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="ManagedTravelerPaymentAccessVisibility")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "showToTravelers",
    }
)


@_attrs_define
class ManagedTravelerPaymentAccessVisibility:
    """
    Attributes:
        show_to_travelers (bool | Unset):  Default: False.
    """

    show_to_travelers: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_to_travelers = self.show_to_travelers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if show_to_travelers is not UNSET:
            field_dict["showToTravelers"] = show_to_travelers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            show_to_travelers = _v if (_v := d.get("showToTravelers")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ManagedTravelerPaymentAccessVisibility", str(exc.args[0])) from None
        managed_traveler_payment_access_visibility = cls(
            show_to_travelers=show_to_travelers,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            managed_traveler_payment_access_visibility.additional_properties = {
                k: v for k, v in d.items() if k in extra_keys
            }
        return managed_traveler_payment_access_visibility

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
