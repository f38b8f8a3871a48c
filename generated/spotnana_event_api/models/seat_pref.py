from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.deck_level import DeckLevel
from ..models.seat_pref_direction import SeatPrefDirection
from ..models.seat_pref_location import SeatPrefLocation
from ..models.seat_pref_type import SeatPrefType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="SeatPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "hasAccessibility",
        "seatTypes",
        "seatLocations",
        "deckLevels",
        "seatDirections",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "hasAccessibility": ("has_accessibility", False, ("bool",), None),
    "seatTypes": ("seat_types", False, ("list", ("enum", "seat_pref_type", "SeatPrefType")), None),
    "seatLocations": ("seat_locations", False, ("list", ("enum", "seat_pref_location", "SeatPrefLocation")), None),
    "deckLevels": ("deck_levels", False, ("list", ("enum", "deck_level", "DeckLevel")), None),
    "seatDirections": ("seat_directions", False, ("list", ("enum", "seat_pref_direction", "SeatPrefDirection")), None),
}


def _enum_seat_types(value: Sequence[SeatPrefType | str] | Unset) -> list[SeatPrefType] | Unset:
    converted: list[SeatPrefType] | Unset = enum_list_field(value, SeatPrefType, "SeatPref", "seat_types")
    return converted


def _enum_seat_locations(value: Sequence[SeatPrefLocation | str] | Unset) -> list[SeatPrefLocation] | Unset:
    converted: list[SeatPrefLocation] | Unset = enum_list_field(value, SeatPrefLocation, "SeatPref", "seat_locations")
    return converted


def _enum_deck_levels(value: Sequence[DeckLevel | str] | Unset) -> list[DeckLevel] | Unset:
    converted: list[DeckLevel] | Unset = enum_list_field(value, DeckLevel, "SeatPref", "deck_levels")
    return converted


def _enum_seat_directions(value: Sequence[SeatPrefDirection | str] | Unset) -> list[SeatPrefDirection] | Unset:
    converted: list[SeatPrefDirection] | Unset = enum_list_field(
        value, SeatPrefDirection, "SeatPref", "seat_directions"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class SeatPref:
    """
    Attributes:
        has_accessibility (bool | Unset): JSON ``hasAccessibility``; default False (not sent unless set); example False.
        seat_types (list[SeatPrefType] | Unset): JSON ``seatTypes``; one of SLEEPER_BED, NORMAL, TABLE_SEAT.
        seat_locations (list[SeatPrefLocation] | Unset): JSON ``seatLocations``; one of AISLE, WINDOW, SOLO.
        deck_levels (list[DeckLevel] | Unset): JSON ``deckLevels``; one of UPPER_DECK, LOWER_DECK.
        seat_directions (list[SeatPrefDirection] | Unset): JSON ``seatDirections``; one of FORWARD, BACKWARD.
    """

    has_accessibility: bool | Unset = UNSET
    seat_types: list[SeatPrefType] | Unset = _attrs_field(default=UNSET, converter=_enum_seat_types)
    seat_locations: list[SeatPrefLocation] | Unset = _attrs_field(default=UNSET, converter=_enum_seat_locations)
    deck_levels: list[DeckLevel] | Unset = _attrs_field(default=UNSET, converter=_enum_deck_levels)
    seat_directions: list[SeatPrefDirection] | Unset = _attrs_field(default=UNSET, converter=_enum_seat_directions)
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
        def require(self, name: Literal["has_accessibility"], /) -> bool: ...
        @overload
        def require(self, name: Literal["seat_types"], /) -> list[SeatPrefType]: ...
        @overload
        def require(self, name: Literal["seat_locations"], /) -> list[SeatPrefLocation]: ...
        @overload
        def require(self, name: Literal["deck_levels"], /) -> list[DeckLevel]: ...
        @overload
        def require(self, name: Literal["seat_directions"], /) -> list[SeatPrefDirection]: ...
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
            raise ModelParseError(f"SeatPref: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_has_accessibility(d: Mapping[str, Any]) -> bool | Unset:
    has_accessibility: bool | Unset = _v if (_v := d.get("hasAccessibility")) is not None else PARSED_UNSET
    if has_accessibility is not UNSET and (type(has_accessibility) is not bool):
        has_accessibility = read_as("bool", has_accessibility, "SeatPref", "hasAccessibility")

    return has_accessibility


def _parse_seat_types(d: Mapping[str, Any]) -> list[SeatPrefType] | Unset:
    _seat_types = _v if (_v := d.get("seatTypes")) is not None else PARSED_UNSET
    seat_types: list[SeatPrefType] | Unset = UNSET
    if _seat_types is not UNSET:
        seat_types = []
        for seat_types_item_data in _seat_types:
            seat_types_item = SeatPrefType._members[seat_types_item_data]

            seat_types.append(seat_types_item)

    return seat_types


def _parse_seat_locations(d: Mapping[str, Any]) -> list[SeatPrefLocation] | Unset:
    _seat_locations = _v if (_v := d.get("seatLocations")) is not None else PARSED_UNSET
    seat_locations: list[SeatPrefLocation] | Unset = UNSET
    if _seat_locations is not UNSET:
        seat_locations = []
        for seat_locations_item_data in _seat_locations:
            seat_locations_item = SeatPrefLocation._members[seat_locations_item_data]

            seat_locations.append(seat_locations_item)

    return seat_locations


def _parse_deck_levels(d: Mapping[str, Any]) -> list[DeckLevel] | Unset:
    _deck_levels = _v if (_v := d.get("deckLevels")) is not None else PARSED_UNSET
    deck_levels: list[DeckLevel] | Unset = UNSET
    if _deck_levels is not UNSET:
        deck_levels = []
        for deck_levels_item_data in _deck_levels:
            deck_levels_item = DeckLevel._members[deck_levels_item_data]

            deck_levels.append(deck_levels_item)

    return deck_levels


def _parse_seat_directions(d: Mapping[str, Any]) -> list[SeatPrefDirection] | Unset:
    _seat_directions = _v if (_v := d.get("seatDirections")) is not None else PARSED_UNSET
    seat_directions: list[SeatPrefDirection] | Unset = UNSET
    if _seat_directions is not UNSET:
        seat_directions = []
        for seat_directions_item_data in _seat_directions:
            seat_directions_item = SeatPrefDirection._members[seat_directions_item_data]

            seat_directions.append(seat_directions_item)

    return seat_directions


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: SeatPref, d: Mapping[str, Any]) -> None:
    has_accessibility: bool | Unset = _v if (_v := d.get("hasAccessibility")) is not None else PARSED_UNSET
    if has_accessibility is not UNSET and (type(has_accessibility) is not bool):
        has_accessibility = read_as("bool", has_accessibility, "SeatPref", "hasAccessibility")

    self.has_accessibility = has_accessibility
    _seat_types = _v if (_v := d.get("seatTypes")) is not None else PARSED_UNSET
    seat_types: list[SeatPrefType] | Unset = UNSET
    if _seat_types is not UNSET:
        seat_types = []
        for seat_types_item_data in _seat_types:
            seat_types_item = SeatPrefType._members[seat_types_item_data]

            seat_types.append(seat_types_item)

    self.seat_types = seat_types
    _seat_locations = _v if (_v := d.get("seatLocations")) is not None else PARSED_UNSET
    seat_locations: list[SeatPrefLocation] | Unset = UNSET
    if _seat_locations is not UNSET:
        seat_locations = []
        for seat_locations_item_data in _seat_locations:
            seat_locations_item = SeatPrefLocation._members[seat_locations_item_data]

            seat_locations.append(seat_locations_item)

    self.seat_locations = seat_locations
    _deck_levels = _v if (_v := d.get("deckLevels")) is not None else PARSED_UNSET
    deck_levels: list[DeckLevel] | Unset = UNSET
    if _deck_levels is not UNSET:
        deck_levels = []
        for deck_levels_item_data in _deck_levels:
            deck_levels_item = DeckLevel._members[deck_levels_item_data]

            deck_levels.append(deck_levels_item)

    self.deck_levels = deck_levels
    _seat_directions = _v if (_v := d.get("seatDirections")) is not None else PARSED_UNSET
    seat_directions: list[SeatPrefDirection] | Unset = UNSET
    if _seat_directions is not UNSET:
        seat_directions = []
        for seat_directions_item_data in _seat_directions:
            seat_directions_item = SeatPrefDirection._members[seat_directions_item_data]

            seat_directions.append(seat_directions_item)

    self.seat_directions = seat_directions
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "has_accessibility": ("hasAccessibility", _parse_has_accessibility),
    "seat_types": ("seatTypes", _parse_seat_types),
    "seat_locations": ("seatLocations", _parse_seat_locations),
    "deck_levels": ("deckLevels", _parse_deck_levels),
    "seat_directions": ("seatDirections", _parse_seat_directions),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
SeatPref._field_parsers = _PARSERS
SeatPref._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = SeatPref.__dict__["_raw"].__set__
