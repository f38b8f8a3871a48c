from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.deck_level import DeckLevel
from ..models.seat_pref_direction import SeatPrefDirection
from ..models.seat_pref_location import SeatPrefLocation
from ..models.seat_pref_type import SeatPrefType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="SeatPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "hasAccessibility",
        "seatTypes",
        "seatLocations",
        "deckLevels",
        "seatDirections",
    }
)


@_attrs_define
class SeatPref:
    """
    Attributes:
        has_accessibility (bool | Unset):  Default: False. Example: False.
        seat_types (list[SeatPrefType] | Unset):
        seat_locations (list[SeatPrefLocation] | Unset):
        deck_levels (list[DeckLevel] | Unset):
        seat_directions (list[SeatPrefDirection] | Unset):
    """

    has_accessibility: bool | Unset = False
    seat_types: list[SeatPrefType] | Unset = UNSET
    seat_locations: list[SeatPrefLocation] | Unset = UNSET
    deck_levels: list[DeckLevel] | Unset = UNSET
    seat_directions: list[SeatPrefDirection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_accessibility = self.has_accessibility

        seat_types: list[str] | Unset = UNSET
        if not isinstance(self.seat_types, Unset):
            seat_types = []
            for seat_types_item_data in self.seat_types:
                seat_types_item = seat_types_item_data.value
                seat_types.append(seat_types_item)

        seat_locations: list[str] | Unset = UNSET
        if not isinstance(self.seat_locations, Unset):
            seat_locations = []
            for seat_locations_item_data in self.seat_locations:
                seat_locations_item = seat_locations_item_data.value
                seat_locations.append(seat_locations_item)

        deck_levels: list[str] | Unset = UNSET
        if not isinstance(self.deck_levels, Unset):
            deck_levels = []
            for deck_levels_item_data in self.deck_levels:
                deck_levels_item = deck_levels_item_data.value
                deck_levels.append(deck_levels_item)

        seat_directions: list[str] | Unset = UNSET
        if not isinstance(self.seat_directions, Unset):
            seat_directions = []
            for seat_directions_item_data in self.seat_directions:
                seat_directions_item = seat_directions_item_data.value
                seat_directions.append(seat_directions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if has_accessibility is not UNSET:
            field_dict["hasAccessibility"] = has_accessibility
        if seat_types is not UNSET:
            field_dict["seatTypes"] = seat_types
        if seat_locations is not UNSET:
            field_dict["seatLocations"] = seat_locations
        if deck_levels is not UNSET:
            field_dict["deckLevels"] = deck_levels
        if seat_directions is not UNSET:
            field_dict["seatDirections"] = seat_directions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            has_accessibility = _v if (_v := d.get("hasAccessibility")) is not None else PARSED_UNSET

            _seat_types = _v if (_v := d.get("seatTypes")) is not None else PARSED_UNSET
            seat_types: list[SeatPrefType] | Unset = UNSET
            if _seat_types is not UNSET:
                seat_types = []
                for seat_types_item_data in _seat_types:
                    seat_types_item = SeatPrefType(seat_types_item_data)

                    seat_types.append(seat_types_item)

            _seat_locations = _v if (_v := d.get("seatLocations")) is not None else PARSED_UNSET
            seat_locations: list[SeatPrefLocation] | Unset = UNSET
            if _seat_locations is not UNSET:
                seat_locations = []
                for seat_locations_item_data in _seat_locations:
                    seat_locations_item = SeatPrefLocation(seat_locations_item_data)

                    seat_locations.append(seat_locations_item)

            _deck_levels = _v if (_v := d.get("deckLevels")) is not None else PARSED_UNSET
            deck_levels: list[DeckLevel] | Unset = UNSET
            if _deck_levels is not UNSET:
                deck_levels = []
                for deck_levels_item_data in _deck_levels:
                    deck_levels_item = DeckLevel(deck_levels_item_data)

                    deck_levels.append(deck_levels_item)

            _seat_directions = _v if (_v := d.get("seatDirections")) is not None else PARSED_UNSET
            seat_directions: list[SeatPrefDirection] | Unset = UNSET
            if _seat_directions is not UNSET:
                seat_directions = []
                for seat_directions_item_data in _seat_directions:
                    seat_directions_item = SeatPrefDirection(seat_directions_item_data)

                    seat_directions.append(seat_directions_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("SeatPref", str(exc.args[0])) from None
        seat_pref = cls(
            has_accessibility=has_accessibility,
            seat_types=seat_types,
            seat_locations=seat_locations,
            deck_levels=deck_levels,
            seat_directions=seat_directions,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            seat_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return seat_pref

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
