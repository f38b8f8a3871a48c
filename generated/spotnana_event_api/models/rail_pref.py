from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.coach_pref import CoachPref
from ..models.conditional_rate import ConditionalRate
from ..models.rail_travel_class import RailTravelClass
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.preferred_rail_station import PreferredRailStation
    from ..models.seat_pref import SeatPref


T = TypeVar("T", bound="RailPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "preferredRailStations",
        "seatPreference",
        "travelClasses",
        "coachPreferences",
        "conditionalRates",
    }
)


@_attrs_define
class RailPref:
    """
    Attributes:
        preferred_rail_stations (list[PreferredRailStation] | Unset):
        seat_preference (SeatPref | Unset):
        travel_classes (list[RailTravelClass] | Unset):
        coach_preferences (list[CoachPref] | Unset):
        conditional_rates (list[ConditionalRate] | Unset):
    """

    preferred_rail_stations: list[PreferredRailStation] | Unset = UNSET
    seat_preference: SeatPref | Unset = UNSET
    travel_classes: list[RailTravelClass] | Unset = UNSET
    coach_preferences: list[CoachPref] | Unset = UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferred_rail_stations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_rail_stations, Unset):
            preferred_rail_stations = []
            for preferred_rail_stations_item_data in self.preferred_rail_stations:
                preferred_rail_stations_item = preferred_rail_stations_item_data.to_dict()
                preferred_rail_stations.append(preferred_rail_stations_item)

        seat_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seat_preference, Unset):
            seat_preference = self.seat_preference.to_dict()

        travel_classes: list[str] | Unset = UNSET
        if not isinstance(self.travel_classes, Unset):
            travel_classes = []
            for travel_classes_item_data in self.travel_classes:
                travel_classes_item = travel_classes_item_data.value
                travel_classes.append(travel_classes_item)

        coach_preferences: list[str] | Unset = UNSET
        if not isinstance(self.coach_preferences, Unset):
            coach_preferences = []
            for coach_preferences_item_data in self.coach_preferences:
                coach_preferences_item = coach_preferences_item_data.value
                coach_preferences.append(coach_preferences_item)

        conditional_rates: list[str] | Unset = UNSET
        if not isinstance(self.conditional_rates, Unset):
            conditional_rates = []
            for conditional_rates_item_data in self.conditional_rates:
                conditional_rates_item = conditional_rates_item_data.value
                conditional_rates.append(conditional_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preferred_rail_stations is not UNSET:
            field_dict["preferredRailStations"] = preferred_rail_stations
        if seat_preference is not UNSET:
            field_dict["seatPreference"] = seat_preference
        if travel_classes is not UNSET:
            field_dict["travelClasses"] = travel_classes
        if coach_preferences is not UNSET:
            field_dict["coachPreferences"] = coach_preferences
        if conditional_rates is not UNSET:
            field_dict["conditionalRates"] = conditional_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.preferred_rail_station import PreferredRailStation  # noqa: PLC0415
        from ..models.seat_pref import SeatPref  # noqa: PLC0415

        d = src_dict
        try:
            _preferred_rail_stations = _v if (_v := d.get("preferredRailStations")) is not None else PARSED_UNSET
            preferred_rail_stations: list[PreferredRailStation] | Unset = UNSET
            if _preferred_rail_stations is not UNSET:
                preferred_rail_stations = []
                for preferred_rail_stations_item_data in _preferred_rail_stations:
                    preferred_rail_stations_item = PreferredRailStation.from_dict(preferred_rail_stations_item_data)

                    preferred_rail_stations.append(preferred_rail_stations_item)

            _seat_preference = _v if (_v := d.get("seatPreference")) is not None else PARSED_UNSET
            seat_preference: SeatPref | Unset
            if isinstance(_seat_preference, Unset):
                seat_preference = UNSET
            else:
                seat_preference = SeatPref.from_dict(_seat_preference)

            _travel_classes = _v if (_v := d.get("travelClasses")) is not None else PARSED_UNSET
            travel_classes: list[RailTravelClass] | Unset = UNSET
            if _travel_classes is not UNSET:
                travel_classes = []
                for travel_classes_item_data in _travel_classes:
                    travel_classes_item = RailTravelClass(travel_classes_item_data)

                    travel_classes.append(travel_classes_item)

            _coach_preferences = _v if (_v := d.get("coachPreferences")) is not None else PARSED_UNSET
            coach_preferences: list[CoachPref] | Unset = UNSET
            if _coach_preferences is not UNSET:
                coach_preferences = []
                for coach_preferences_item_data in _coach_preferences:
                    coach_preferences_item = CoachPref(coach_preferences_item_data)

                    coach_preferences.append(coach_preferences_item)

            _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
            conditional_rates: list[ConditionalRate] | Unset = UNSET
            if _conditional_rates is not UNSET:
                conditional_rates = []
                for conditional_rates_item_data in _conditional_rates:
                    conditional_rates_item = ConditionalRate(conditional_rates_item_data)

                    conditional_rates.append(conditional_rates_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RailPref", str(exc.args[0])) from None
        rail_pref = cls(
            preferred_rail_stations=preferred_rail_stations,
            seat_preference=seat_preference,
            travel_classes=travel_classes,
            coach_preferences=coach_preferences,
            conditional_rates=conditional_rates,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            rail_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return rail_pref

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
