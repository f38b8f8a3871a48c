from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.airline_pref import AirlinePref
    from ..models.alliance_pref import AlliancePref
    from ..models.fare_pref import FarePref
    from ..models.meal_pref import MealPref
    from ..models.num_stops_pref import NumStopsPref
    from ..models.preferred_airport import PreferredAirport
    from ..models.seat_amenity_pref import SeatAmenityPref
    from ..models.seat_location_pref import SeatLocationPref


T = TypeVar("T", bound="AirPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "airlinePrefs",
        "alliancePref",
        "farePref",
        "homeAirport",
        "mealPref",
        "numStopPref",
        "seatAmenityPref",
        "seatLocationPrefs",
        "preferredAirports",
    }
)


@_attrs_define
class AirPref:
    """
    Attributes:
        airline_prefs (list[AirlinePref] | Unset):
        alliance_pref (AlliancePref | Unset):
        fare_pref (FarePref | Unset):
        home_airport (str | Unset):  Example: NEW YORK.
        meal_pref (MealPref | Unset):
        num_stop_pref (NumStopsPref | Unset):
        seat_amenity_pref (SeatAmenityPref | Unset):
        seat_location_prefs (list[SeatLocationPref] | Unset):
        preferred_airports (list[PreferredAirport] | Unset):
    """

    airline_prefs: list[AirlinePref] | Unset = UNSET
    alliance_pref: AlliancePref | Unset = UNSET
    fare_pref: FarePref | Unset = UNSET
    home_airport: str | Unset = UNSET
    meal_pref: MealPref | Unset = UNSET
    num_stop_pref: NumStopsPref | Unset = UNSET
    seat_amenity_pref: SeatAmenityPref | Unset = UNSET
    seat_location_prefs: list[SeatLocationPref] | Unset = UNSET
    preferred_airports: list[PreferredAirport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        airline_prefs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.airline_prefs, Unset):
            airline_prefs = []
            for airline_prefs_item_data in self.airline_prefs:
                airline_prefs_item = airline_prefs_item_data.to_dict()
                airline_prefs.append(airline_prefs_item)

        alliance_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alliance_pref, Unset):
            alliance_pref = self.alliance_pref.to_dict()

        fare_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fare_pref, Unset):
            fare_pref = self.fare_pref.to_dict()

        home_airport = self.home_airport

        meal_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meal_pref, Unset):
            meal_pref = self.meal_pref.to_dict()

        num_stop_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.num_stop_pref, Unset):
            num_stop_pref = self.num_stop_pref.to_dict()

        seat_amenity_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seat_amenity_pref, Unset):
            seat_amenity_pref = self.seat_amenity_pref.to_dict()

        seat_location_prefs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.seat_location_prefs, Unset):
            seat_location_prefs = []
            for seat_location_prefs_item_data in self.seat_location_prefs:
                seat_location_prefs_item = seat_location_prefs_item_data.to_dict()
                seat_location_prefs.append(seat_location_prefs_item)

        preferred_airports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferred_airports, Unset):
            preferred_airports = []
            for preferred_airports_item_data in self.preferred_airports:
                preferred_airports_item = preferred_airports_item_data.to_dict()
                preferred_airports.append(preferred_airports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if airline_prefs is not UNSET:
            field_dict["airlinePrefs"] = airline_prefs
        if alliance_pref is not UNSET:
            field_dict["alliancePref"] = alliance_pref
        if fare_pref is not UNSET:
            field_dict["farePref"] = fare_pref
        if home_airport is not UNSET:
            field_dict["homeAirport"] = home_airport
        if meal_pref is not UNSET:
            field_dict["mealPref"] = meal_pref
        if num_stop_pref is not UNSET:
            field_dict["numStopPref"] = num_stop_pref
        if seat_amenity_pref is not UNSET:
            field_dict["seatAmenityPref"] = seat_amenity_pref
        if seat_location_prefs is not UNSET:
            field_dict["seatLocationPrefs"] = seat_location_prefs
        if preferred_airports is not UNSET:
            field_dict["preferredAirports"] = preferred_airports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.airline_pref import AirlinePref  # noqa: PLC0415
        from ..models.alliance_pref import AlliancePref  # noqa: PLC0415
        from ..models.fare_pref import FarePref  # noqa: PLC0415
        from ..models.meal_pref import MealPref  # noqa: PLC0415
        from ..models.num_stops_pref import NumStopsPref  # noqa: PLC0415
        from ..models.preferred_airport import PreferredAirport  # noqa: PLC0415
        from ..models.seat_amenity_pref import SeatAmenityPref  # noqa: PLC0415
        from ..models.seat_location_pref import SeatLocationPref  # noqa: PLC0415

        d = src_dict
        try:
            _airline_prefs = _v if (_v := d.get("airlinePrefs")) is not None else PARSED_UNSET
            airline_prefs: list[AirlinePref] | Unset = UNSET
            if _airline_prefs is not UNSET:
                airline_prefs = []
                for airline_prefs_item_data in _airline_prefs:
                    airline_prefs_item = AirlinePref.from_dict(airline_prefs_item_data)

                    airline_prefs.append(airline_prefs_item)

            _alliance_pref = _v if (_v := d.get("alliancePref")) is not None else PARSED_UNSET
            alliance_pref: AlliancePref | Unset
            if isinstance(_alliance_pref, Unset):
                alliance_pref = UNSET
            else:
                alliance_pref = AlliancePref.from_dict(_alliance_pref)

            _fare_pref = _v if (_v := d.get("farePref")) is not None else PARSED_UNSET
            fare_pref: FarePref | Unset
            if isinstance(_fare_pref, Unset):
                fare_pref = UNSET
            else:
                fare_pref = FarePref.from_dict(_fare_pref)

            home_airport = _v if (_v := d.get("homeAirport")) is not None else PARSED_UNSET

            _meal_pref = _v if (_v := d.get("mealPref")) is not None else PARSED_UNSET
            meal_pref: MealPref | Unset
            if isinstance(_meal_pref, Unset):
                meal_pref = UNSET
            else:
                meal_pref = MealPref.from_dict(_meal_pref)

            _num_stop_pref = _v if (_v := d.get("numStopPref")) is not None else PARSED_UNSET
            num_stop_pref: NumStopsPref | Unset
            if isinstance(_num_stop_pref, Unset):
                num_stop_pref = UNSET
            else:
                num_stop_pref = NumStopsPref.from_dict(_num_stop_pref)

            _seat_amenity_pref = _v if (_v := d.get("seatAmenityPref")) is not None else PARSED_UNSET
            seat_amenity_pref: SeatAmenityPref | Unset
            if isinstance(_seat_amenity_pref, Unset):
                seat_amenity_pref = UNSET
            else:
                seat_amenity_pref = SeatAmenityPref.from_dict(_seat_amenity_pref)

            _seat_location_prefs = _v if (_v := d.get("seatLocationPrefs")) is not None else PARSED_UNSET
            seat_location_prefs: list[SeatLocationPref] | Unset = UNSET
            if _seat_location_prefs is not UNSET:
                seat_location_prefs = []
                for seat_location_prefs_item_data in _seat_location_prefs:
                    seat_location_prefs_item = SeatLocationPref.from_dict(seat_location_prefs_item_data)

                    seat_location_prefs.append(seat_location_prefs_item)

            _preferred_airports = _v if (_v := d.get("preferredAirports")) is not None else PARSED_UNSET
            preferred_airports: list[PreferredAirport] | Unset = UNSET
            if _preferred_airports is not UNSET:
                preferred_airports = []
                for preferred_airports_item_data in _preferred_airports:
                    preferred_airports_item = PreferredAirport.from_dict(preferred_airports_item_data)

                    preferred_airports.append(preferred_airports_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AirPref", str(exc.args[0])) from None
        air_pref = cls(
            airline_prefs=airline_prefs,
            alliance_pref=alliance_pref,
            fare_pref=fare_pref,
            home_airport=home_airport,
            meal_pref=meal_pref,
            num_stop_pref=num_stop_pref,
            seat_amenity_pref=seat_amenity_pref,
            seat_location_prefs=seat_location_prefs,
            preferred_airports=preferred_airports,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            air_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return air_pref

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
