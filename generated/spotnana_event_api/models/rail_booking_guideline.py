from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_booking_window import EventBookingWindow


T = TypeVar("T", bound="RailBookingGuideline")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "arrivalBookingWindow",
        "departureBookingWindow",
    }
)


@_attrs_define
class RailBookingGuideline:
    """
    Attributes:
        arrival_booking_window (EventBookingWindow | Unset):
        departure_booking_window (EventBookingWindow | Unset):
    """

    arrival_booking_window: EventBookingWindow | Unset = UNSET
    departure_booking_window: EventBookingWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arrival_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arrival_booking_window, Unset):
            arrival_booking_window = self.arrival_booking_window.to_dict()

        departure_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.departure_booking_window, Unset):
            departure_booking_window = self.departure_booking_window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if arrival_booking_window is not UNSET:
            field_dict["arrivalBookingWindow"] = arrival_booking_window
        if departure_booking_window is not UNSET:
            field_dict["departureBookingWindow"] = departure_booking_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.event_booking_window import EventBookingWindow  # noqa: PLC0415

        d = src_dict
        try:
            _arrival_booking_window = _v if (_v := d.get("arrivalBookingWindow")) is not None else PARSED_UNSET
            arrival_booking_window: EventBookingWindow | Unset
            if isinstance(_arrival_booking_window, Unset):
                arrival_booking_window = UNSET
            else:
                arrival_booking_window = EventBookingWindow.from_dict(_arrival_booking_window)

            _departure_booking_window = _v if (_v := d.get("departureBookingWindow")) is not None else PARSED_UNSET
            departure_booking_window: EventBookingWindow | Unset
            if isinstance(_departure_booking_window, Unset):
                departure_booking_window = UNSET
            else:
                departure_booking_window = EventBookingWindow.from_dict(_departure_booking_window)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RailBookingGuideline", str(exc.args[0])) from None
        rail_booking_guideline = cls(
            arrival_booking_window=arrival_booking_window,
            departure_booking_window=departure_booking_window,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            rail_booking_guideline.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return rail_booking_guideline

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
