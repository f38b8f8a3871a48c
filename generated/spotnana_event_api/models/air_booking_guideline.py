from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.airport_info import AirportInfo
    from ..models.allowed_flight_guideline import AllowedFlightGuideline
    from ..models.event_booking_window import EventBookingWindow


T = TypeVar("T", bound="AirBookingGuideline")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "allowedAirports",
        "allowedCityCodes",
        "arrivalBookingWindow",
        "departureBookingWindow",
        "allowedFlightGuidelines",
    }
)


@_attrs_define
class AirBookingGuideline:
    """
    Attributes:
        allowed_airports (list[AirportInfo] | Unset):
        allowed_city_codes (list[str] | Unset):
        arrival_booking_window (EventBookingWindow | Unset):
        departure_booking_window (EventBookingWindow | Unset):
        allowed_flight_guidelines (list[AllowedFlightGuideline] | Unset):
    """

    allowed_airports: list[AirportInfo] | Unset = UNSET
    allowed_city_codes: list[str] | Unset = UNSET
    arrival_booking_window: EventBookingWindow | Unset = UNSET
    departure_booking_window: EventBookingWindow | Unset = UNSET
    allowed_flight_guidelines: list[AllowedFlightGuideline] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_airports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_airports, Unset):
            allowed_airports = []
            for allowed_airports_item_data in self.allowed_airports:
                allowed_airports_item = allowed_airports_item_data.to_dict()
                allowed_airports.append(allowed_airports_item)

        allowed_city_codes: list[str] | Unset = UNSET
        if not isinstance(self.allowed_city_codes, Unset):
            allowed_city_codes = self.allowed_city_codes

        arrival_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arrival_booking_window, Unset):
            arrival_booking_window = self.arrival_booking_window.to_dict()

        departure_booking_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.departure_booking_window, Unset):
            departure_booking_window = self.departure_booking_window.to_dict()

        allowed_flight_guidelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_flight_guidelines, Unset):
            allowed_flight_guidelines = []
            for allowed_flight_guidelines_item_data in self.allowed_flight_guidelines:
                allowed_flight_guidelines_item = allowed_flight_guidelines_item_data.to_dict()
                allowed_flight_guidelines.append(allowed_flight_guidelines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_airports is not UNSET:
            field_dict["allowedAirports"] = allowed_airports
        if allowed_city_codes is not UNSET:
            field_dict["allowedCityCodes"] = allowed_city_codes
        if arrival_booking_window is not UNSET:
            field_dict["arrivalBookingWindow"] = arrival_booking_window
        if departure_booking_window is not UNSET:
            field_dict["departureBookingWindow"] = departure_booking_window
        if allowed_flight_guidelines is not UNSET:
            field_dict["allowedFlightGuidelines"] = allowed_flight_guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.airport_info import AirportInfo  # noqa: PLC0415
        from ..models.allowed_flight_guideline import AllowedFlightGuideline  # noqa: PLC0415
        from ..models.event_booking_window import EventBookingWindow  # noqa: PLC0415

        d = src_dict
        try:
            _allowed_airports = _v if (_v := d.get("allowedAirports")) is not None else PARSED_UNSET
            allowed_airports: list[AirportInfo] | Unset = UNSET
            if _allowed_airports is not UNSET:
                allowed_airports = []
                for allowed_airports_item_data in _allowed_airports:
                    allowed_airports_item = AirportInfo.from_dict(allowed_airports_item_data)

                    allowed_airports.append(allowed_airports_item)

            allowed_city_codes = cast(
                list[str], (_v if (_v := d.get("allowedCityCodes")) is not None else PARSED_UNSET)
            )

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

            _allowed_flight_guidelines = _v if (_v := d.get("allowedFlightGuidelines")) is not None else PARSED_UNSET
            allowed_flight_guidelines: list[AllowedFlightGuideline] | Unset = UNSET
            if _allowed_flight_guidelines is not UNSET:
                allowed_flight_guidelines = []
                for allowed_flight_guidelines_item_data in _allowed_flight_guidelines:
                    allowed_flight_guidelines_item = AllowedFlightGuideline.from_dict(
                        allowed_flight_guidelines_item_data
                    )

                    allowed_flight_guidelines.append(allowed_flight_guidelines_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AirBookingGuideline", str(exc.args[0])) from None
        air_booking_guideline = cls(
            allowed_airports=allowed_airports,
            allowed_city_codes=allowed_city_codes,
            arrival_booking_window=arrival_booking_window,
            departure_booking_window=departure_booking_window,
            allowed_flight_guidelines=allowed_flight_guidelines,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            air_booking_guideline.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return air_booking_guideline

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
