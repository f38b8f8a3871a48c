from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

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
_KNOWN_KEYS: frozenset[str] = frozenset(
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
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "airlinePrefs": ("airline_prefs", False, ("list", ("model", "airline_pref", "AirlinePref")), None),
    "alliancePref": ("alliance_pref", False, ("model", "alliance_pref", "AlliancePref"), None),
    "farePref": ("fare_pref", False, ("model", "fare_pref", "FarePref"), None),
    "homeAirport": ("home_airport", False, ("str",), None),
    "mealPref": ("meal_pref", False, ("model", "meal_pref", "MealPref"), None),
    "numStopPref": ("num_stop_pref", False, ("model", "num_stops_pref", "NumStopsPref"), None),
    "seatAmenityPref": ("seat_amenity_pref", False, ("model", "seat_amenity_pref", "SeatAmenityPref"), None),
    "seatLocationPrefs": (
        "seat_location_prefs",
        False,
        ("list", ("model", "seat_location_pref", "SeatLocationPref")),
        None,
    ),
    "preferredAirports": (
        "preferred_airports",
        False,
        ("list", ("model", "preferred_airport", "PreferredAirport")),
        None,
    ),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class AirPref:
    """
    Attributes:
        airline_prefs (list[AirlinePref] | Unset): JSON ``airlinePrefs``.
        alliance_pref (AlliancePref | Unset): JSON ``alliancePref``.
        fare_pref (FarePref | Unset): JSON ``farePref``.
        home_airport (str | Unset): JSON ``homeAirport``; example NEW YORK.
        meal_pref (MealPref | Unset): JSON ``mealPref``.
        num_stop_pref (NumStopsPref | Unset): JSON ``numStopPref``.
        seat_amenity_pref (SeatAmenityPref | Unset): JSON ``seatAmenityPref``.
        seat_location_prefs (list[SeatLocationPref] | Unset): JSON ``seatLocationPrefs``.
        preferred_airports (list[PreferredAirport] | Unset): JSON ``preferredAirports``.
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
    # The JSON document of an instance from from_dict while some fields are not parsed yet
    # (see types.LazyDocument, types.PartialDocument); None once they are, and for an
    # instance built by the caller.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)
    # attribute -> (JSON key, parser) of each field, and the keys whose null is absent, for
    # types.PartialDocument (set below).
    _field_parsers: ClassVar[dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]
    _null_means_absent: ClassVar[frozenset[str]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the spec's keys in spec order, then any key the spec does not list.
        An instance from ``from_dict`` whose fields were never read or set writes back the
        document it was parsed from, in the server's order (a copy, less ``null`` optional
        fields)."""
        try:
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
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    if TYPE_CHECKING:

        @overload
        def require(self, name: Literal["airline_prefs"], /) -> list[AirlinePref]: ...
        @overload
        def require(self, name: Literal["alliance_pref"], /) -> AlliancePref: ...
        @overload
        def require(self, name: Literal["fare_pref"], /) -> FarePref: ...
        @overload
        def require(self, name: Literal["home_airport"], /) -> str: ...
        @overload
        def require(self, name: Literal["meal_pref"], /) -> MealPref: ...
        @overload
        def require(self, name: Literal["num_stop_pref"], /) -> NumStopsPref: ...
        @overload
        def require(self, name: Literal["seat_amenity_pref"], /) -> SeatAmenityPref: ...
        @overload
        def require(self, name: Literal["seat_location_prefs"], /) -> list[SeatLocationPref]: ...
        @overload
        def require(self, name: Literal["preferred_airports"], /) -> list[PreferredAirport]: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"AirPref: expected a JSON object, got {type(src_dict).__name__}")
        instance = cls.__new__(cls)
        instance._raw = src_dict  # while parsing: a deprecated field set now is not the caller's
        try:
            _parse_document(instance, src_dict)
        except Exception:  # only reading the malformed field will raise (types.PartialDocument)
            parsed_in_part(instance, src_dict)
            return instance
        instance._raw = None
        return instance

    @classmethod
    def from_request(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a request body after checking it strictly, as the SDK checks bodies it sends:
        ``RequestValidationError`` names an unknown key (and the closest known one), a
        value of the wrong JSON type, an enum value the spec does not list, a broken
        pattern or bound. Responses go through the tolerant ``from_dict``."""
        check_request_json(cls, src_dict)
        return cls.from_dict(src_dict)

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


def _parse_airline_prefs(d: Mapping[str, Any]) -> list[AirlinePref] | Unset:
    _airline_prefs = _v if (_v := d.get("airlinePrefs")) is not None else PARSED_UNSET
    airline_prefs: list[AirlinePref] | Unset = UNSET
    if _airline_prefs is not UNSET:
        airline_prefs = []
        for airline_prefs_item_data in _airline_prefs:
            airline_prefs_item = AirlinePref.from_dict(airline_prefs_item_data)

            airline_prefs.append(airline_prefs_item)

    return airline_prefs


def _parse_alliance_pref(d: Mapping[str, Any]) -> AlliancePref | Unset:
    _alliance_pref = _v if (_v := d.get("alliancePref")) is not None else PARSED_UNSET
    alliance_pref: AlliancePref | Unset
    if isinstance(_alliance_pref, Unset):
        alliance_pref = UNSET
    else:
        alliance_pref = AlliancePref.from_dict(_alliance_pref)

    return alliance_pref


def _parse_fare_pref(d: Mapping[str, Any]) -> FarePref | Unset:
    _fare_pref = _v if (_v := d.get("farePref")) is not None else PARSED_UNSET
    fare_pref: FarePref | Unset
    if isinstance(_fare_pref, Unset):
        fare_pref = UNSET
    else:
        fare_pref = FarePref.from_dict(_fare_pref)

    return fare_pref


def _parse_home_airport(d: Mapping[str, Any]) -> str | Unset:
    home_airport: str | Unset = _v if (_v := d.get("homeAirport")) is not None else PARSED_UNSET
    if home_airport is not UNSET and (type(home_airport) is not str):
        home_airport = read_as("str", home_airport, "AirPref", "homeAirport")

    return home_airport


def _parse_meal_pref(d: Mapping[str, Any]) -> MealPref | Unset:
    _meal_pref = _v if (_v := d.get("mealPref")) is not None else PARSED_UNSET
    meal_pref: MealPref | Unset
    if isinstance(_meal_pref, Unset):
        meal_pref = UNSET
    else:
        meal_pref = MealPref.from_dict(_meal_pref)

    return meal_pref


def _parse_num_stop_pref(d: Mapping[str, Any]) -> NumStopsPref | Unset:
    _num_stop_pref = _v if (_v := d.get("numStopPref")) is not None else PARSED_UNSET
    num_stop_pref: NumStopsPref | Unset
    if isinstance(_num_stop_pref, Unset):
        num_stop_pref = UNSET
    else:
        num_stop_pref = NumStopsPref.from_dict(_num_stop_pref)

    return num_stop_pref


def _parse_seat_amenity_pref(d: Mapping[str, Any]) -> SeatAmenityPref | Unset:
    _seat_amenity_pref = _v if (_v := d.get("seatAmenityPref")) is not None else PARSED_UNSET
    seat_amenity_pref: SeatAmenityPref | Unset
    if isinstance(_seat_amenity_pref, Unset):
        seat_amenity_pref = UNSET
    else:
        seat_amenity_pref = SeatAmenityPref.from_dict(_seat_amenity_pref)

    return seat_amenity_pref


def _parse_seat_location_prefs(d: Mapping[str, Any]) -> list[SeatLocationPref] | Unset:
    _seat_location_prefs = _v if (_v := d.get("seatLocationPrefs")) is not None else PARSED_UNSET
    seat_location_prefs: list[SeatLocationPref] | Unset = UNSET
    if _seat_location_prefs is not UNSET:
        seat_location_prefs = []
        for seat_location_prefs_item_data in _seat_location_prefs:
            seat_location_prefs_item = SeatLocationPref.from_dict(seat_location_prefs_item_data)

            seat_location_prefs.append(seat_location_prefs_item)

    return seat_location_prefs


def _parse_preferred_airports(d: Mapping[str, Any]) -> list[PreferredAirport] | Unset:
    _preferred_airports = _v if (_v := d.get("preferredAirports")) is not None else PARSED_UNSET
    preferred_airports: list[PreferredAirport] | Unset = UNSET
    if _preferred_airports is not UNSET:
        preferred_airports = []
        for preferred_airports_item_data in _preferred_airports:
            preferred_airports_item = PreferredAirport.from_dict(preferred_airports_item_data)

            preferred_airports.append(preferred_airports_item)

    return preferred_airports


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: AirPref, d: Mapping[str, Any]) -> None:
    _airline_prefs = _v if (_v := d.get("airlinePrefs")) is not None else PARSED_UNSET
    airline_prefs: list[AirlinePref] | Unset = UNSET
    if _airline_prefs is not UNSET:
        airline_prefs = []
        for airline_prefs_item_data in _airline_prefs:
            airline_prefs_item = AirlinePref.from_dict(airline_prefs_item_data)

            airline_prefs.append(airline_prefs_item)

    self.airline_prefs = airline_prefs
    _alliance_pref = _v if (_v := d.get("alliancePref")) is not None else PARSED_UNSET
    alliance_pref: AlliancePref | Unset
    if isinstance(_alliance_pref, Unset):
        alliance_pref = UNSET
    else:
        alliance_pref = AlliancePref.from_dict(_alliance_pref)

    self.alliance_pref = alliance_pref
    _fare_pref = _v if (_v := d.get("farePref")) is not None else PARSED_UNSET
    fare_pref: FarePref | Unset
    if isinstance(_fare_pref, Unset):
        fare_pref = UNSET
    else:
        fare_pref = FarePref.from_dict(_fare_pref)

    self.fare_pref = fare_pref
    home_airport: str | Unset = _v if (_v := d.get("homeAirport")) is not None else PARSED_UNSET
    if home_airport is not UNSET and (type(home_airport) is not str):
        home_airport = read_as("str", home_airport, "AirPref", "homeAirport")

    self.home_airport = home_airport
    _meal_pref = _v if (_v := d.get("mealPref")) is not None else PARSED_UNSET
    meal_pref: MealPref | Unset
    if isinstance(_meal_pref, Unset):
        meal_pref = UNSET
    else:
        meal_pref = MealPref.from_dict(_meal_pref)

    self.meal_pref = meal_pref
    _num_stop_pref = _v if (_v := d.get("numStopPref")) is not None else PARSED_UNSET
    num_stop_pref: NumStopsPref | Unset
    if isinstance(_num_stop_pref, Unset):
        num_stop_pref = UNSET
    else:
        num_stop_pref = NumStopsPref.from_dict(_num_stop_pref)

    self.num_stop_pref = num_stop_pref
    _seat_amenity_pref = _v if (_v := d.get("seatAmenityPref")) is not None else PARSED_UNSET
    seat_amenity_pref: SeatAmenityPref | Unset
    if isinstance(_seat_amenity_pref, Unset):
        seat_amenity_pref = UNSET
    else:
        seat_amenity_pref = SeatAmenityPref.from_dict(_seat_amenity_pref)

    self.seat_amenity_pref = seat_amenity_pref
    _seat_location_prefs = _v if (_v := d.get("seatLocationPrefs")) is not None else PARSED_UNSET
    seat_location_prefs: list[SeatLocationPref] | Unset = UNSET
    if _seat_location_prefs is not UNSET:
        seat_location_prefs = []
        for seat_location_prefs_item_data in _seat_location_prefs:
            seat_location_prefs_item = SeatLocationPref.from_dict(seat_location_prefs_item_data)

            seat_location_prefs.append(seat_location_prefs_item)

    self.seat_location_prefs = seat_location_prefs
    _preferred_airports = _v if (_v := d.get("preferredAirports")) is not None else PARSED_UNSET
    preferred_airports: list[PreferredAirport] | Unset = UNSET
    if _preferred_airports is not UNSET:
        preferred_airports = []
        for preferred_airports_item_data in _preferred_airports:
            preferred_airports_item = PreferredAirport.from_dict(preferred_airports_item_data)

            preferred_airports.append(preferred_airports_item)

    self.preferred_airports = preferred_airports
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "airline_prefs": ("airlinePrefs", _parse_airline_prefs),
    "alliance_pref": ("alliancePref", _parse_alliance_pref),
    "fare_pref": ("farePref", _parse_fare_pref),
    "home_airport": ("homeAirport", _parse_home_airport),
    "meal_pref": ("mealPref", _parse_meal_pref),
    "num_stop_pref": ("numStopPref", _parse_num_stop_pref),
    "seat_amenity_pref": ("seatAmenityPref", _parse_seat_amenity_pref),
    "seat_location_prefs": ("seatLocationPrefs", _parse_seat_location_prefs),
    "preferred_airports": ("preferredAirports", _parse_preferred_airports),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
AirPref._field_parsers = _PARSERS
AirPref._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = AirPref.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.airline_pref import AirlinePref
from ..models.alliance_pref import AlliancePref
from ..models.fare_pref import FarePref
from ..models.meal_pref import MealPref
from ..models.num_stops_pref import NumStopsPref
from ..models.preferred_airport import PreferredAirport
from ..models.seat_amenity_pref import SeatAmenityPref
from ..models.seat_location_pref import SeatLocationPref
