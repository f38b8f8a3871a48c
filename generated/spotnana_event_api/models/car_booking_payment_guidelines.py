from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.vendor_info import VendorInfo


T = TypeVar("T", bound="CarBookingPaymentGuidelines")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "allowedPaymentVendors",
        "onlyVendorBooking",
    }
)


@_attrs_define
class CarBookingPaymentGuidelines:
    """
    Attributes:
        allowed_payment_vendors (list[VendorInfo] | Unset):
        only_vendor_booking (bool | Unset):  Example: True.
    """

    allowed_payment_vendors: list[VendorInfo] | Unset = UNSET
    only_vendor_booking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_payment_vendors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_payment_vendors, Unset):
            allowed_payment_vendors = []
            for allowed_payment_vendors_item_data in self.allowed_payment_vendors:
                allowed_payment_vendors_item = allowed_payment_vendors_item_data.to_dict()
                allowed_payment_vendors.append(allowed_payment_vendors_item)

        only_vendor_booking = self.only_vendor_booking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_payment_vendors is not UNSET:
            field_dict["allowedPaymentVendors"] = allowed_payment_vendors
        if only_vendor_booking is not UNSET:
            field_dict["onlyVendorBooking"] = only_vendor_booking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.vendor_info import VendorInfo  # noqa: PLC0415

        d = src_dict
        try:
            _allowed_payment_vendors = _v if (_v := d.get("allowedPaymentVendors")) is not None else PARSED_UNSET
            allowed_payment_vendors: list[VendorInfo] | Unset = UNSET
            if _allowed_payment_vendors is not UNSET:
                allowed_payment_vendors = []
                for allowed_payment_vendors_item_data in _allowed_payment_vendors:
                    allowed_payment_vendors_item = VendorInfo.from_dict(allowed_payment_vendors_item_data)

                    allowed_payment_vendors.append(allowed_payment_vendors_item)

            only_vendor_booking = _v if (_v := d.get("onlyVendorBooking")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CarBookingPaymentGuidelines", str(exc.args[0])) from None
        car_booking_payment_guidelines = cls(
            allowed_payment_vendors=allowed_payment_vendors,
            only_vendor_booking=only_vendor_booking,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            car_booking_payment_guidelines.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return car_booking_payment_guidelines

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
