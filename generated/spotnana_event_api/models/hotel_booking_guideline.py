from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_booking_window import EventBookingWindow
    from ..models.hotel_booking_payment_guidelines import HotelBookingPaymentGuidelines
    from ..models.hotel_info import HotelInfo


T = TypeVar("T", bound="HotelBookingGuideline")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "allowedHotels",
        "checkinBookingWindow",
        "checkoutBookingWindow",
        "paymentGuidelines",
    }
)


@_attrs_define
class HotelBookingGuideline:
    """
    Attributes:
        allowed_hotels (list[HotelInfo] | Unset):
        checkin_booking_window (EventBookingWindow | Unset):
        checkout_booking_window (EventBookingWindow | Unset):
        payment_guidelines (HotelBookingPaymentGuidelines | Unset):
    """

    allowed_hotels: list[HotelInfo] | Unset = UNSET
    checkin_booking_window: EventBookingWindow | Unset = UNSET
    checkout_booking_window: EventBookingWindow | Unset = UNSET
    payment_guidelines: HotelBookingPaymentGuidelines | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_hotels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_hotels, Unset):
            allowed_hotels = []
            for allowed_hotels_item_data in self.allowed_hotels:
                allowed_hotels_item = allowed_hotels_item_data.to_dict()
                allowed_hotels.append(allowed_hotels_item)

        checkin_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkin_booking_window, Unset):
            checkin_booking_window = self.checkin_booking_window.to_dict()

        checkout_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkout_booking_window, Unset):
            checkout_booking_window = self.checkout_booking_window.to_dict()

        payment_guidelines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_guidelines, Unset):
            payment_guidelines = self.payment_guidelines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_hotels is not UNSET:
            field_dict["allowedHotels"] = allowed_hotels
        if checkin_booking_window is not UNSET:
            field_dict["checkinBookingWindow"] = checkin_booking_window
        if checkout_booking_window is not UNSET:
            field_dict["checkoutBookingWindow"] = checkout_booking_window
        if payment_guidelines is not UNSET:
            field_dict["paymentGuidelines"] = payment_guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.event_booking_window import EventBookingWindow  # noqa: PLC0415
        from ..models.hotel_booking_payment_guidelines import HotelBookingPaymentGuidelines  # noqa: PLC0415
        from ..models.hotel_info import HotelInfo  # noqa: PLC0415

        d = src_dict
        try:
            _allowed_hotels = _v if (_v := d.get("allowedHotels")) is not None else PARSED_UNSET
            allowed_hotels: list[HotelInfo] | Unset = UNSET
            if _allowed_hotels is not UNSET:
                allowed_hotels = []
                for allowed_hotels_item_data in _allowed_hotels:
                    allowed_hotels_item = HotelInfo.from_dict(allowed_hotels_item_data)

                    allowed_hotels.append(allowed_hotels_item)

            _checkin_booking_window = _v if (_v := d.get("checkinBookingWindow")) is not None else PARSED_UNSET
            checkin_booking_window: EventBookingWindow | Unset
            if isinstance(_checkin_booking_window, Unset):
                checkin_booking_window = UNSET
            else:
                checkin_booking_window = EventBookingWindow.from_dict(_checkin_booking_window)

            _checkout_booking_window = _v if (_v := d.get("checkoutBookingWindow")) is not None else PARSED_UNSET
            checkout_booking_window: EventBookingWindow | Unset
            if isinstance(_checkout_booking_window, Unset):
                checkout_booking_window = UNSET
            else:
                checkout_booking_window = EventBookingWindow.from_dict(_checkout_booking_window)

            _payment_guidelines = _v if (_v := d.get("paymentGuidelines")) is not None else PARSED_UNSET
            payment_guidelines: HotelBookingPaymentGuidelines | Unset
            if isinstance(_payment_guidelines, Unset):
                payment_guidelines = UNSET
            else:
                payment_guidelines = HotelBookingPaymentGuidelines.from_dict(_payment_guidelines)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelBookingGuideline", str(exc.args[0])) from None
        hotel_booking_guideline = cls(
            allowed_hotels=allowed_hotels,
            checkin_booking_window=checkin_booking_window,
            checkout_booking_window=checkout_booking_window,
            payment_guidelines=payment_guidelines,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_booking_guideline.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_booking_guideline

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
