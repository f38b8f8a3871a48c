from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.coach_pref import CoachPref
from ..models.conditional_rate import ConditionalRate
from ..models.rail_travel_class import RailTravelClass
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.preferred_rail_station import PreferredRailStation
    from ..models.seat_pref import SeatPref


T = TypeVar("T", bound="RailPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "preferredRailStations",
        "seatPreference",
        "travelClasses",
        "coachPreferences",
        "conditionalRates",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "preferredRailStations": (
        "preferred_rail_stations",
        False,
        ("list", ("model", "preferred_rail_station", "PreferredRailStation")),
        None,
    ),
    "seatPreference": ("seat_preference", False, ("model", "seat_pref", "SeatPref"), None),
    "travelClasses": ("travel_classes", False, ("list", ("enum", "rail_travel_class", "RailTravelClass")), None),
    "coachPreferences": ("coach_preferences", False, ("list", ("enum", "coach_pref", "CoachPref")), None),
    "conditionalRates": ("conditional_rates", False, ("list", ("enum", "conditional_rate", "ConditionalRate")), None),
}


def _enum_travel_classes(value: Sequence[RailTravelClass | str] | Unset) -> list[RailTravelClass] | Unset:
    converted: list[RailTravelClass] | Unset = enum_list_field(value, RailTravelClass, "RailPref", "travel_classes")
    return converted


def _enum_coach_preferences(value: Sequence[CoachPref | str] | Unset) -> list[CoachPref] | Unset:
    converted: list[CoachPref] | Unset = enum_list_field(value, CoachPref, "RailPref", "coach_preferences")
    return converted


def _enum_conditional_rates(value: Sequence[ConditionalRate | str] | Unset) -> list[ConditionalRate] | Unset:
    converted: list[ConditionalRate] | Unset = enum_list_field(value, ConditionalRate, "RailPref", "conditional_rates")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class RailPref:
    """
    Attributes:
        preferred_rail_stations (list[PreferredRailStation] | Unset): JSON ``preferredRailStations``.
        seat_preference (SeatPref | Unset): JSON ``seatPreference``.
        travel_classes (list[RailTravelClass] | Unset): JSON ``travelClasses``; one of FIRST, STANDARD, BUSINESS,
            SLEEPER, STANDARD_PREMIUM, BUSINESS_PREMIUM, COACH, ROOM, EXECUTIVE.
        coach_preferences (list[CoachPref] | Unset): JSON ``coachPreferences``; one of SMOKING, NON_SMOKING,
            PETS_ALLOWED, RESTAURANT, QUIET.
        conditional_rates (list[ConditionalRate] | Unset): JSON ``conditionalRates``; one of MILITARY, AAA, GOVERNMENT.
    """

    preferred_rail_stations: list[PreferredRailStation] | Unset = UNSET
    seat_preference: SeatPref | Unset = UNSET
    travel_classes: list[RailTravelClass] | Unset = _attrs_field(default=UNSET, converter=_enum_travel_classes)
    coach_preferences: list[CoachPref] | Unset = _attrs_field(default=UNSET, converter=_enum_coach_preferences)
    conditional_rates: list[ConditionalRate] | Unset = _attrs_field(default=UNSET, converter=_enum_conditional_rates)
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
        def require(self, name: Literal["preferred_rail_stations"], /) -> list[PreferredRailStation]: ...
        @overload
        def require(self, name: Literal["seat_preference"], /) -> SeatPref: ...
        @overload
        def require(self, name: Literal["travel_classes"], /) -> list[RailTravelClass]: ...
        @overload
        def require(self, name: Literal["coach_preferences"], /) -> list[CoachPref]: ...
        @overload
        def require(self, name: Literal["conditional_rates"], /) -> list[ConditionalRate]: ...
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
            raise ModelParseError(f"RailPref: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_preferred_rail_stations(d: Mapping[str, Any]) -> list[PreferredRailStation] | Unset:
    _preferred_rail_stations = _v if (_v := d.get("preferredRailStations")) is not None else PARSED_UNSET
    preferred_rail_stations: list[PreferredRailStation] | Unset = UNSET
    if _preferred_rail_stations is not UNSET:
        preferred_rail_stations = []
        for preferred_rail_stations_item_data in _preferred_rail_stations:
            preferred_rail_stations_item = PreferredRailStation.from_dict(preferred_rail_stations_item_data)

            preferred_rail_stations.append(preferred_rail_stations_item)

    return preferred_rail_stations


def _parse_seat_preference(d: Mapping[str, Any]) -> SeatPref | Unset:
    _seat_preference = _v if (_v := d.get("seatPreference")) is not None else PARSED_UNSET
    seat_preference: SeatPref | Unset
    if isinstance(_seat_preference, Unset):
        seat_preference = UNSET
    else:
        seat_preference = SeatPref.from_dict(_seat_preference)

    return seat_preference


def _parse_travel_classes(d: Mapping[str, Any]) -> list[RailTravelClass] | Unset:
    _travel_classes = _v if (_v := d.get("travelClasses")) is not None else PARSED_UNSET
    travel_classes: list[RailTravelClass] | Unset = UNSET
    if _travel_classes is not UNSET:
        travel_classes = []
        for travel_classes_item_data in _travel_classes:
            travel_classes_item = RailTravelClass._members[travel_classes_item_data]

            travel_classes.append(travel_classes_item)

    return travel_classes


def _parse_coach_preferences(d: Mapping[str, Any]) -> list[CoachPref] | Unset:
    _coach_preferences = _v if (_v := d.get("coachPreferences")) is not None else PARSED_UNSET
    coach_preferences: list[CoachPref] | Unset = UNSET
    if _coach_preferences is not UNSET:
        coach_preferences = []
        for coach_preferences_item_data in _coach_preferences:
            coach_preferences_item = CoachPref._members[coach_preferences_item_data]

            coach_preferences.append(coach_preferences_item)

    return coach_preferences


def _parse_conditional_rates(d: Mapping[str, Any]) -> list[ConditionalRate] | Unset:
    _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    if _conditional_rates is not UNSET:
        conditional_rates = []
        for conditional_rates_item_data in _conditional_rates:
            conditional_rates_item = ConditionalRate._members[conditional_rates_item_data]

            conditional_rates.append(conditional_rates_item)

    return conditional_rates


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: RailPref, d: Mapping[str, Any]) -> None:
    _preferred_rail_stations = _v if (_v := d.get("preferredRailStations")) is not None else PARSED_UNSET
    preferred_rail_stations: list[PreferredRailStation] | Unset = UNSET
    if _preferred_rail_stations is not UNSET:
        preferred_rail_stations = []
        for preferred_rail_stations_item_data in _preferred_rail_stations:
            preferred_rail_stations_item = PreferredRailStation.from_dict(preferred_rail_stations_item_data)

            preferred_rail_stations.append(preferred_rail_stations_item)

    self.preferred_rail_stations = preferred_rail_stations
    _seat_preference = _v if (_v := d.get("seatPreference")) is not None else PARSED_UNSET
    seat_preference: SeatPref | Unset
    if isinstance(_seat_preference, Unset):
        seat_preference = UNSET
    else:
        seat_preference = SeatPref.from_dict(_seat_preference)

    self.seat_preference = seat_preference
    _travel_classes = _v if (_v := d.get("travelClasses")) is not None else PARSED_UNSET
    travel_classes: list[RailTravelClass] | Unset = UNSET
    if _travel_classes is not UNSET:
        travel_classes = []
        for travel_classes_item_data in _travel_classes:
            travel_classes_item = RailTravelClass._members[travel_classes_item_data]

            travel_classes.append(travel_classes_item)

    self.travel_classes = travel_classes
    _coach_preferences = _v if (_v := d.get("coachPreferences")) is not None else PARSED_UNSET
    coach_preferences: list[CoachPref] | Unset = UNSET
    if _coach_preferences is not UNSET:
        coach_preferences = []
        for coach_preferences_item_data in _coach_preferences:
            coach_preferences_item = CoachPref._members[coach_preferences_item_data]

            coach_preferences.append(coach_preferences_item)

    self.coach_preferences = coach_preferences
    _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    if _conditional_rates is not UNSET:
        conditional_rates = []
        for conditional_rates_item_data in _conditional_rates:
            conditional_rates_item = ConditionalRate._members[conditional_rates_item_data]

            conditional_rates.append(conditional_rates_item)

    self.conditional_rates = conditional_rates
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "preferred_rail_stations": ("preferredRailStations", _parse_preferred_rail_stations),
    "seat_preference": ("seatPreference", _parse_seat_preference),
    "travel_classes": ("travelClasses", _parse_travel_classes),
    "coach_preferences": ("coachPreferences", _parse_coach_preferences),
    "conditional_rates": ("conditionalRates", _parse_conditional_rates),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
RailPref._field_parsers = _PARSERS
RailPref._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = RailPref.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.preferred_rail_station import PreferredRailStation
from ..models.seat_pref import SeatPref
