from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.car_booking_payment_guidelines import CarBookingPaymentGuidelines
    from ..models.event_booking_window import EventBookingWindow


T = TypeVar("T", bound="CarBookingGuideline")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "pickupBookingWindow",
        "dropoffBookingWindow",
        "paymentGuidelines",
    }
)


@_attrs_define
class CarBookingGuideline:
    """
    Attributes:
        pickup_booking_window (EventBookingWindow | Unset):
        dropoff_booking_window (EventBookingWindow | Unset):
        payment_guidelines (CarBookingPaymentGuidelines | Unset):
    """

    pickup_booking_window: EventBookingWindow | Unset = UNSET
    dropoff_booking_window: EventBookingWindow | Unset = UNSET
    payment_guidelines: CarBookingPaymentGuidelines | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pickup_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_booking_window, Unset):
            pickup_booking_window = self.pickup_booking_window.to_dict()

        dropoff_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dropoff_booking_window, Unset):
            dropoff_booking_window = self.dropoff_booking_window.to_dict()

        payment_guidelines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_guidelines, Unset):
            payment_guidelines = self.payment_guidelines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if pickup_booking_window is not UNSET:
            field_dict["pickupBookingWindow"] = pickup_booking_window
        if dropoff_booking_window is not UNSET:
            field_dict["dropoffBookingWindow"] = dropoff_booking_window
        if payment_guidelines is not UNSET:
            field_dict["paymentGuidelines"] = payment_guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.car_booking_payment_guidelines import CarBookingPaymentGuidelines  # noqa: PLC0415
        from ..models.event_booking_window import EventBookingWindow  # noqa: PLC0415

        d = src_dict
        try:
            _pickup_booking_window = _v if (_v := d.get("pickupBookingWindow")) is not None else PARSED_UNSET
            pickup_booking_window: EventBookingWindow | Unset
            if isinstance(_pickup_booking_window, Unset):
                pickup_booking_window = UNSET
            else:
                pickup_booking_window = EventBookingWindow.from_dict(_pickup_booking_window)

            _dropoff_booking_window = _v if (_v := d.get("dropoffBookingWindow")) is not None else PARSED_UNSET
            dropoff_booking_window: EventBookingWindow | Unset
            if isinstance(_dropoff_booking_window, Unset):
                dropoff_booking_window = UNSET
            else:
                dropoff_booking_window = EventBookingWindow.from_dict(_dropoff_booking_window)

            _payment_guidelines = _v if (_v := d.get("paymentGuidelines")) is not None else PARSED_UNSET
            payment_guidelines: CarBookingPaymentGuidelines | Unset
            if isinstance(_payment_guidelines, Unset):
                payment_guidelines = UNSET
            else:
                payment_guidelines = CarBookingPaymentGuidelines.from_dict(_payment_guidelines)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CarBookingGuideline", str(exc.args[0])) from None
        car_booking_guideline = cls(
            pickup_booking_window=pickup_booking_window,
            dropoff_booking_window=dropoff_booking_window,
            payment_guidelines=payment_guidelines,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            car_booking_guideline.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return car_booking_guideline

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
