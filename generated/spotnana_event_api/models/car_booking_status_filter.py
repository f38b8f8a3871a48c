from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.booking_status_type import BookingStatusType

T = TypeVar("T", bound="CarBookingStatusFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "bookingStatus",
    }
)


@_attrs_define
class CarBookingStatusFilter:
    """
    Attributes:
        type_ (Literal['CAR_BOOKING_STATUS_FILTER']):  Default: 'CAR_BOOKING_STATUS_FILTER'.
        booking_status (list[BookingStatusType]):
    """

    booking_status: list[BookingStatusType]
    type_: Literal["CAR_BOOKING_STATUS_FILTER"] = "CAR_BOOKING_STATUS_FILTER"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        booking_status = []
        for booking_status_item_data in self.booking_status:
            booking_status_item = booking_status_item_data.value
            booking_status.append(booking_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "bookingStatus": booking_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            type_ = cast(Literal["CAR_BOOKING_STATUS_FILTER"], d["type"])
            if type_ != "CAR_BOOKING_STATUS_FILTER":
                raise ValueError(f"type must match const 'CAR_BOOKING_STATUS_FILTER', got '{type_}'")

            booking_status = []
            _booking_status = d["bookingStatus"]
            for booking_status_item_data in _booking_status:
                booking_status_item = BookingStatusType(booking_status_item_data)

                booking_status.append(booking_status_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CarBookingStatusFilter", str(exc.args[0])) from None
        car_booking_status_filter = cls(
            type_=type_,
            booking_status=booking_status,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            car_booking_status_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return car_booking_status_filter

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
