from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.seat_location_pref_cabins_item import SeatLocationPrefCabinsItem
from ..models.seat_location_pref_position import SeatLocationPrefPosition
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

T = TypeVar("T", bound="SeatLocationPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cabins",
        "isBulkHeadPref",
        "maxFlightDurationInHours",
        "position",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "cabins": (
        "cabins",
        False,
        ("list", ("enum", "seat_location_pref_cabins_item", "SeatLocationPrefCabinsItem")),
        None,
    ),
    "isBulkHeadPref": ("is_bulk_head_pref", False, ("bool",), None),
    "maxFlightDurationInHours": ("max_flight_duration_in_hours", False, ("int",), None),
    "position": ("position", False, ("enum", "seat_location_pref_position", "SeatLocationPrefPosition"), None),
}


def _enum_cabins(value: Sequence[SeatLocationPrefCabinsItem | str] | Unset) -> list[SeatLocationPrefCabinsItem] | Unset:
    converted: list[SeatLocationPrefCabinsItem] | Unset = enum_list_field(
        value, SeatLocationPrefCabinsItem, "SeatLocationPref", "cabins"
    )
    return converted


def _enum_position(value: SeatLocationPrefPosition | str | Unset) -> SeatLocationPrefPosition | Unset:
    converted: SeatLocationPrefPosition | Unset = enum_field(
        value, SeatLocationPrefPosition, "SeatLocationPref", "position"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class SeatLocationPref:
    """
    Attributes:
        cabins (list[SeatLocationPrefCabinsItem] | Unset): JSON ``cabins``; one of UNKNOWN_CABIN, ECONOMY,
            PREMIUM_ECONOMY, BUSINESS, FIRST.
        is_bulk_head_pref (bool | Unset): JSON ``isBulkHeadPref``; example False.
        max_flight_duration_in_hours (int | Unset): JSON ``maxFlightDurationInHours``; format int32; example 3.
        position (SeatLocationPrefPosition | Unset): JSON ``position``; example WINDOW; one of UNKNOWN_POSITION, AISLE,
            WINDOW, AISLE_OR_WINDOW.
    """

    cabins: list[SeatLocationPrefCabinsItem] | Unset = _attrs_field(default=UNSET, converter=_enum_cabins)
    is_bulk_head_pref: bool | Unset = UNSET
    max_flight_duration_in_hours: int | Unset = UNSET
    position: SeatLocationPrefPosition | Unset = _attrs_field(default=UNSET, converter=_enum_position)
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
            cabins: list[str] | Unset = UNSET
            if not isinstance(self.cabins, Unset):
                cabins = []
                for cabins_item_data in self.cabins:
                    cabins_item = cabins_item_data.value
                    cabins.append(cabins_item)

            is_bulk_head_pref = self.is_bulk_head_pref

            max_flight_duration_in_hours = self.max_flight_duration_in_hours

            position: str | Unset = UNSET
            if not isinstance(self.position, Unset):
                position = self.position.value

            field_dict: dict[str, Any] = {}
            if cabins is not UNSET:
                field_dict["cabins"] = cabins
            if is_bulk_head_pref is not UNSET:
                field_dict["isBulkHeadPref"] = is_bulk_head_pref
            if max_flight_duration_in_hours is not UNSET:
                field_dict["maxFlightDurationInHours"] = max_flight_duration_in_hours
            if position is not UNSET:
                field_dict["position"] = position
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
        def require(self, name: Literal["cabins"], /) -> list[SeatLocationPrefCabinsItem]: ...
        @overload
        def require(self, name: Literal["is_bulk_head_pref"], /) -> bool: ...
        @overload
        def require(self, name: Literal["max_flight_duration_in_hours"], /) -> int: ...
        @overload
        def require(self, name: Literal["position"], /) -> SeatLocationPrefPosition: ...
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
            raise ModelParseError(f"SeatLocationPref: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_cabins(d: Mapping[str, Any]) -> list[SeatLocationPrefCabinsItem] | Unset:
    _cabins = _v if (_v := d.get("cabins")) is not None else PARSED_UNSET
    cabins: list[SeatLocationPrefCabinsItem] | Unset = UNSET
    if _cabins is not UNSET:
        cabins = []
        for cabins_item_data in _cabins:
            cabins_item = SeatLocationPrefCabinsItem._members[cabins_item_data]

            cabins.append(cabins_item)

    return cabins


def _parse_is_bulk_head_pref(d: Mapping[str, Any]) -> bool | Unset:
    is_bulk_head_pref: bool | Unset = _v if (_v := d.get("isBulkHeadPref")) is not None else PARSED_UNSET
    if is_bulk_head_pref is not UNSET and (type(is_bulk_head_pref) is not bool):
        is_bulk_head_pref = read_as("bool", is_bulk_head_pref, "SeatLocationPref", "isBulkHeadPref")

    return is_bulk_head_pref


def _parse_max_flight_duration_in_hours(d: Mapping[str, Any]) -> int | Unset:
    max_flight_duration_in_hours: int | Unset = (
        _v if (_v := d.get("maxFlightDurationInHours")) is not None else PARSED_UNSET
    )
    if max_flight_duration_in_hours is not UNSET and (type(max_flight_duration_in_hours) is not int):
        max_flight_duration_in_hours = read_as(
            "int", max_flight_duration_in_hours, "SeatLocationPref", "maxFlightDurationInHours"
        )

    return max_flight_duration_in_hours


def _parse_position(d: Mapping[str, Any]) -> SeatLocationPrefPosition | Unset:
    _position = _v if (_v := d.get("position")) is not None else PARSED_UNSET
    position: SeatLocationPrefPosition | Unset
    if isinstance(_position, Unset):
        position = UNSET
    else:
        position = SeatLocationPrefPosition._members[_position]

    return position


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: SeatLocationPref, d: Mapping[str, Any]) -> None:
    _cabins = _v if (_v := d.get("cabins")) is not None else PARSED_UNSET
    cabins: list[SeatLocationPrefCabinsItem] | Unset = UNSET
    if _cabins is not UNSET:
        cabins = []
        for cabins_item_data in _cabins:
            cabins_item = SeatLocationPrefCabinsItem._members[cabins_item_data]

            cabins.append(cabins_item)

    self.cabins = cabins
    is_bulk_head_pref: bool | Unset = _v if (_v := d.get("isBulkHeadPref")) is not None else PARSED_UNSET
    if is_bulk_head_pref is not UNSET and (type(is_bulk_head_pref) is not bool):
        is_bulk_head_pref = read_as("bool", is_bulk_head_pref, "SeatLocationPref", "isBulkHeadPref")

    self.is_bulk_head_pref = is_bulk_head_pref
    max_flight_duration_in_hours: int | Unset = (
        _v if (_v := d.get("maxFlightDurationInHours")) is not None else PARSED_UNSET
    )
    if max_flight_duration_in_hours is not UNSET and (type(max_flight_duration_in_hours) is not int):
        max_flight_duration_in_hours = read_as(
            "int", max_flight_duration_in_hours, "SeatLocationPref", "maxFlightDurationInHours"
        )

    self.max_flight_duration_in_hours = max_flight_duration_in_hours
    _position = _v if (_v := d.get("position")) is not None else PARSED_UNSET
    position: SeatLocationPrefPosition | Unset
    if isinstance(_position, Unset):
        position = UNSET
    else:
        position = SeatLocationPrefPosition._members[_position]

    self.position = position
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "cabins": ("cabins", _parse_cabins),
    "is_bulk_head_pref": ("isBulkHeadPref", _parse_is_bulk_head_pref),
    "max_flight_duration_in_hours": ("maxFlightDurationInHours", _parse_max_flight_duration_in_hours),
    "position": ("position", _parse_position),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
SeatLocationPref._field_parsers = _PARSERS
SeatLocationPref._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = SeatLocationPref.__dict__["_raw"].__set__
