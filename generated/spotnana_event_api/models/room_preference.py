from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.room_preference_bed_count import RoomPreferenceBedCount
from ..models.room_preference_most_important_fact import RoomPreferenceMostImportantFact
from ..models.room_preference_pillow_type import RoomPreferencePillowType
from ..models.room_preference_room_amenity_prefs_item import RoomPreferenceRoomAmenityPrefsItem
from ..models.room_preference_room_location import RoomPreferenceRoomLocation
from ..models.room_preference_room_type import RoomPreferenceRoomType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_field,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="RoomPreference")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "isMobilityAccessible",
        "bedCount",
        "roomType",
        "mostImportantFact",
        "roomLocation",
        "pillowType",
        "roomAmenityPrefs",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "isMobilityAccessible": ("is_mobility_accessible", False, ("bool",), None),
    "bedCount": ("bed_count", False, ("enum", "room_preference_bed_count", "RoomPreferenceBedCount"), None),
    "roomType": ("room_type", False, ("enum", "room_preference_room_type", "RoomPreferenceRoomType"), None),
    "mostImportantFact": (
        "most_important_fact",
        False,
        ("enum", "room_preference_most_important_fact", "RoomPreferenceMostImportantFact"),
        None,
    ),
    "roomLocation": (
        "room_location",
        False,
        ("enum", "room_preference_room_location", "RoomPreferenceRoomLocation"),
        None,
    ),
    "pillowType": ("pillow_type", False, ("enum", "room_preference_pillow_type", "RoomPreferencePillowType"), None),
    "roomAmenityPrefs": (
        "room_amenity_prefs",
        False,
        ("list", ("enum", "room_preference_room_amenity_prefs_item", "RoomPreferenceRoomAmenityPrefsItem")),
        None,
    ),
}


def _enum_bed_count(value: RoomPreferenceBedCount | str | Unset) -> RoomPreferenceBedCount | Unset:
    converted: RoomPreferenceBedCount | Unset = enum_field(value, RoomPreferenceBedCount, "RoomPreference", "bed_count")
    return converted


def _enum_room_type(value: RoomPreferenceRoomType | str | Unset) -> RoomPreferenceRoomType | Unset:
    converted: RoomPreferenceRoomType | Unset = enum_field(value, RoomPreferenceRoomType, "RoomPreference", "room_type")
    return converted


def _enum_most_important_fact(
    value: RoomPreferenceMostImportantFact | str | Unset,
) -> RoomPreferenceMostImportantFact | Unset:
    converted: RoomPreferenceMostImportantFact | Unset = enum_field(
        value, RoomPreferenceMostImportantFact, "RoomPreference", "most_important_fact"
    )
    return converted


def _enum_room_location(value: RoomPreferenceRoomLocation | str | Unset) -> RoomPreferenceRoomLocation | Unset:
    converted: RoomPreferenceRoomLocation | Unset = enum_field(
        value, RoomPreferenceRoomLocation, "RoomPreference", "room_location"
    )
    return converted


def _enum_pillow_type(value: RoomPreferencePillowType | str | Unset) -> RoomPreferencePillowType | Unset:
    converted: RoomPreferencePillowType | Unset = enum_field(
        value, RoomPreferencePillowType, "RoomPreference", "pillow_type"
    )
    return converted


def _enum_room_amenity_prefs(
    value: Sequence[RoomPreferenceRoomAmenityPrefsItem | str] | Unset,
) -> list[RoomPreferenceRoomAmenityPrefsItem] | Unset:
    converted: list[RoomPreferenceRoomAmenityPrefsItem] | Unset = enum_list_field(
        value, RoomPreferenceRoomAmenityPrefsItem, "RoomPreference", "room_amenity_prefs"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class RoomPreference:
    """
    Attributes:
        is_mobility_accessible (bool | Unset): JSON ``isMobilityAccessible``; default False (not sent unless set);
            example False.
        bed_count (RoomPreferenceBedCount | Unset): JSON ``bedCount``; example ONE_BED; one of ONE_BED, TWO_BEDS.
        room_type (RoomPreferenceRoomType | Unset): JSON ``roomType``; example SMOKING; one of SMOKING, NON_SMOKING.
        most_important_fact (RoomPreferenceMostImportantFact | Unset): JSON ``mostImportantFact``; example BED_COUNT;
            one of ROOM_TYPE, BED_COUNT, ROOM_LOCATION.
        room_location (RoomPreferenceRoomLocation | Unset): JSON ``roomLocation``; example HIGH_FLOOR; one of
            HIGH_FLOOR, LOW_FLOOR, NEAR_ELEVATOR.
        pillow_type (RoomPreferencePillowType | Unset): JSON ``pillowType``; example FOAM; one of FOAM, EXTRA_FOAM,
            EXTRA_FEATHER.
        room_amenity_prefs (list[RoomPreferenceRoomAmenityPrefsItem] | Unset): JSON ``roomAmenityPrefs``; one of
            FEATHER_FREE_ROOM, EXTRA_TOWELS, REFRIGERATOR.
    """

    is_mobility_accessible: bool | Unset = UNSET
    bed_count: RoomPreferenceBedCount | Unset = _attrs_field(default=UNSET, converter=_enum_bed_count)
    room_type: RoomPreferenceRoomType | Unset = _attrs_field(default=UNSET, converter=_enum_room_type)
    most_important_fact: RoomPreferenceMostImportantFact | Unset = _attrs_field(
        default=UNSET, converter=_enum_most_important_fact
    )
    room_location: RoomPreferenceRoomLocation | Unset = _attrs_field(default=UNSET, converter=_enum_room_location)
    pillow_type: RoomPreferencePillowType | Unset = _attrs_field(default=UNSET, converter=_enum_pillow_type)
    room_amenity_prefs: list[RoomPreferenceRoomAmenityPrefsItem] | Unset = _attrs_field(
        default=UNSET, converter=_enum_room_amenity_prefs
    )
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
            is_mobility_accessible = self.is_mobility_accessible

            bed_count: str | Unset = UNSET
            if not isinstance(self.bed_count, Unset):
                bed_count = self.bed_count.value

            room_type: str | Unset = UNSET
            if not isinstance(self.room_type, Unset):
                room_type = self.room_type.value

            most_important_fact: str | Unset = UNSET
            if not isinstance(self.most_important_fact, Unset):
                most_important_fact = self.most_important_fact.value

            room_location: str | Unset = UNSET
            if not isinstance(self.room_location, Unset):
                room_location = self.room_location.value

            pillow_type: str | Unset = UNSET
            if not isinstance(self.pillow_type, Unset):
                pillow_type = self.pillow_type.value

            room_amenity_prefs: list[str] | Unset = UNSET
            if not isinstance(self.room_amenity_prefs, Unset):
                room_amenity_prefs = []
                for room_amenity_prefs_item_data in self.room_amenity_prefs:
                    room_amenity_prefs_item = room_amenity_prefs_item_data.value
                    room_amenity_prefs.append(room_amenity_prefs_item)

            field_dict: dict[str, Any] = {}
            if is_mobility_accessible is not UNSET:
                field_dict["isMobilityAccessible"] = is_mobility_accessible
            if bed_count is not UNSET:
                field_dict["bedCount"] = bed_count
            if room_type is not UNSET:
                field_dict["roomType"] = room_type
            if most_important_fact is not UNSET:
                field_dict["mostImportantFact"] = most_important_fact
            if room_location is not UNSET:
                field_dict["roomLocation"] = room_location
            if pillow_type is not UNSET:
                field_dict["pillowType"] = pillow_type
            if room_amenity_prefs is not UNSET:
                field_dict["roomAmenityPrefs"] = room_amenity_prefs
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
        def require(self, name: Literal["is_mobility_accessible"], /) -> bool: ...
        @overload
        def require(self, name: Literal["bed_count"], /) -> RoomPreferenceBedCount: ...
        @overload
        def require(self, name: Literal["room_type"], /) -> RoomPreferenceRoomType: ...
        @overload
        def require(self, name: Literal["most_important_fact"], /) -> RoomPreferenceMostImportantFact: ...
        @overload
        def require(self, name: Literal["room_location"], /) -> RoomPreferenceRoomLocation: ...
        @overload
        def require(self, name: Literal["pillow_type"], /) -> RoomPreferencePillowType: ...
        @overload
        def require(self, name: Literal["room_amenity_prefs"], /) -> list[RoomPreferenceRoomAmenityPrefsItem]: ...
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
            raise ModelParseError(f"RoomPreference: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_is_mobility_accessible(d: Mapping[str, Any]) -> bool | Unset:
    is_mobility_accessible: bool | Unset = _v if (_v := d.get("isMobilityAccessible")) is not None else PARSED_UNSET
    if is_mobility_accessible is not UNSET and (type(is_mobility_accessible) is not bool):
        is_mobility_accessible = read_as("bool", is_mobility_accessible, "RoomPreference", "isMobilityAccessible")

    return is_mobility_accessible


def _parse_bed_count(d: Mapping[str, Any]) -> RoomPreferenceBedCount | Unset:
    _bed_count = _v if (_v := d.get("bedCount")) is not None else PARSED_UNSET
    bed_count: RoomPreferenceBedCount | Unset
    if isinstance(_bed_count, Unset):
        bed_count = UNSET
    else:
        bed_count = RoomPreferenceBedCount._members[_bed_count]

    return bed_count


def _parse_room_type(d: Mapping[str, Any]) -> RoomPreferenceRoomType | Unset:
    _room_type = _v if (_v := d.get("roomType")) is not None else PARSED_UNSET
    room_type: RoomPreferenceRoomType | Unset
    if isinstance(_room_type, Unset):
        room_type = UNSET
    else:
        room_type = RoomPreferenceRoomType._members[_room_type]

    return room_type


def _parse_most_important_fact(d: Mapping[str, Any]) -> RoomPreferenceMostImportantFact | Unset:
    _most_important_fact = _v if (_v := d.get("mostImportantFact")) is not None else PARSED_UNSET
    most_important_fact: RoomPreferenceMostImportantFact | Unset
    if isinstance(_most_important_fact, Unset):
        most_important_fact = UNSET
    else:
        most_important_fact = RoomPreferenceMostImportantFact._members[_most_important_fact]

    return most_important_fact


def _parse_room_location(d: Mapping[str, Any]) -> RoomPreferenceRoomLocation | Unset:
    _room_location = _v if (_v := d.get("roomLocation")) is not None else PARSED_UNSET
    room_location: RoomPreferenceRoomLocation | Unset
    if isinstance(_room_location, Unset):
        room_location = UNSET
    else:
        room_location = RoomPreferenceRoomLocation._members[_room_location]

    return room_location


def _parse_pillow_type(d: Mapping[str, Any]) -> RoomPreferencePillowType | Unset:
    _pillow_type = _v if (_v := d.get("pillowType")) is not None else PARSED_UNSET
    pillow_type: RoomPreferencePillowType | Unset
    if isinstance(_pillow_type, Unset):
        pillow_type = UNSET
    else:
        pillow_type = RoomPreferencePillowType._members[_pillow_type]

    return pillow_type


def _parse_room_amenity_prefs(d: Mapping[str, Any]) -> list[RoomPreferenceRoomAmenityPrefsItem] | Unset:
    _room_amenity_prefs = _v if (_v := d.get("roomAmenityPrefs")) is not None else PARSED_UNSET
    room_amenity_prefs: list[RoomPreferenceRoomAmenityPrefsItem] | Unset = UNSET
    if _room_amenity_prefs is not UNSET:
        room_amenity_prefs = []
        for room_amenity_prefs_item_data in _room_amenity_prefs:
            room_amenity_prefs_item = RoomPreferenceRoomAmenityPrefsItem._members[room_amenity_prefs_item_data]

            room_amenity_prefs.append(room_amenity_prefs_item)

    return room_amenity_prefs


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: RoomPreference, d: Mapping[str, Any]) -> None:
    is_mobility_accessible: bool | Unset = _v if (_v := d.get("isMobilityAccessible")) is not None else PARSED_UNSET
    if is_mobility_accessible is not UNSET and (type(is_mobility_accessible) is not bool):
        is_mobility_accessible = read_as("bool", is_mobility_accessible, "RoomPreference", "isMobilityAccessible")

    self.is_mobility_accessible = is_mobility_accessible
    _bed_count = _v if (_v := d.get("bedCount")) is not None else PARSED_UNSET
    bed_count: RoomPreferenceBedCount | Unset
    if isinstance(_bed_count, Unset):
        bed_count = UNSET
    else:
        bed_count = RoomPreferenceBedCount._members[_bed_count]

    self.bed_count = bed_count
    _room_type = _v if (_v := d.get("roomType")) is not None else PARSED_UNSET
    room_type: RoomPreferenceRoomType | Unset
    if isinstance(_room_type, Unset):
        room_type = UNSET
    else:
        room_type = RoomPreferenceRoomType._members[_room_type]

    self.room_type = room_type
    _most_important_fact = _v if (_v := d.get("mostImportantFact")) is not None else PARSED_UNSET
    most_important_fact: RoomPreferenceMostImportantFact | Unset
    if isinstance(_most_important_fact, Unset):
        most_important_fact = UNSET
    else:
        most_important_fact = RoomPreferenceMostImportantFact._members[_most_important_fact]

    self.most_important_fact = most_important_fact
    _room_location = _v if (_v := d.get("roomLocation")) is not None else PARSED_UNSET
    room_location: RoomPreferenceRoomLocation | Unset
    if isinstance(_room_location, Unset):
        room_location = UNSET
    else:
        room_location = RoomPreferenceRoomLocation._members[_room_location]

    self.room_location = room_location
    _pillow_type = _v if (_v := d.get("pillowType")) is not None else PARSED_UNSET
    pillow_type: RoomPreferencePillowType | Unset
    if isinstance(_pillow_type, Unset):
        pillow_type = UNSET
    else:
        pillow_type = RoomPreferencePillowType._members[_pillow_type]

    self.pillow_type = pillow_type
    _room_amenity_prefs = _v if (_v := d.get("roomAmenityPrefs")) is not None else PARSED_UNSET
    room_amenity_prefs: list[RoomPreferenceRoomAmenityPrefsItem] | Unset = UNSET
    if _room_amenity_prefs is not UNSET:
        room_amenity_prefs = []
        for room_amenity_prefs_item_data in _room_amenity_prefs:
            room_amenity_prefs_item = RoomPreferenceRoomAmenityPrefsItem._members[room_amenity_prefs_item_data]

            room_amenity_prefs.append(room_amenity_prefs_item)

    self.room_amenity_prefs = room_amenity_prefs
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "is_mobility_accessible": ("isMobilityAccessible", _parse_is_mobility_accessible),
    "bed_count": ("bedCount", _parse_bed_count),
    "room_type": ("roomType", _parse_room_type),
    "most_important_fact": ("mostImportantFact", _parse_most_important_fact),
    "room_location": ("roomLocation", _parse_room_location),
    "pillow_type": ("pillowType", _parse_pillow_type),
    "room_amenity_prefs": ("roomAmenityPrefs", _parse_room_amenity_prefs),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
RoomPreference._field_parsers = _PARSERS
RoomPreference._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = RoomPreference.__dict__["_raw"].__set__
