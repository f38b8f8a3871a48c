from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="HotelBookingPaymentGuidelines")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "onlyVpayEnabledBooking",
    }
)


@_attrs_define
class HotelBookingPaymentGuidelines:
    """
    Attributes:
        only_vpay_enabled_booking (bool | Unset):  Example: True.
    """

    only_vpay_enabled_booking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        only_vpay_enabled_booking = self.only_vpay_enabled_booking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if only_vpay_enabled_booking is not UNSET:
            field_dict["onlyVpayEnabledBooking"] = only_vpay_enabled_booking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            only_vpay_enabled_booking = _v if (_v := d.get("onlyVpayEnabledBooking")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelBookingPaymentGuidelines", str(exc.args[0])) from None
        hotel_booking_payment_guidelines = cls(
            only_vpay_enabled_booking=only_vpay_enabled_booking,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_booking_payment_guidelines.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_booking_payment_guidelines

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
