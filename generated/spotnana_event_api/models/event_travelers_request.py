from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError, UnknownVariantError
from ..models.event_type import EventType
from ..types import (
    PARSED_UNSET,
    UNSET,
    UnknownVariant,
    Unset,
    check_request_json,
    enum_field,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.air_booking_status_filter import AirBookingStatusFilter
    from ..models.car_booking_status_filter import CarBookingStatusFilter
    from ..models.hotel_booking_status_filter import HotelBookingStatusFilter
    from ..models.invitation_status_filter import InvitationStatusFilter
    from ..models.rail_booking_status_filter import RailBookingStatusFilter
    from ..models.traveler_search_filter import TravelerSearchFilter


T = TypeVar("T", bound="EventTravelersRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "offset",
        "limit",
        "type",
        "filters",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "offset": ("offset", False, ("int",), {"minimum": 0}),
    "limit": ("limit", False, ("int",), {"minimum": 0, "maximum": 100}),
    "type": ("type_", False, ("enum", "event_type", "EventType"), None),
    "filters": (
        "filters",
        False,
        (
            "list",
            (
                "union",
                (
                    ("model", "traveler_search_filter", "TravelerSearchFilter"),
                    ("model", "invitation_status_filter", "InvitationStatusFilter"),
                    ("model", "air_booking_status_filter", "AirBookingStatusFilter"),
                    ("model", "rail_booking_status_filter", "RailBookingStatusFilter"),
                    ("model", "car_booking_status_filter", "CarBookingStatusFilter"),
                    ("model", "hotel_booking_status_filter", "HotelBookingStatusFilter"),
                ),
            ),
        ),
        None,
    ),
}


def _enum_type_(value: EventType | str | Unset) -> EventType | Unset:
    converted: EventType | Unset = enum_field(value, EventType, "EventTravelersRequest", "type_")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class EventTravelersRequest:
    """
    Attributes:
        offset (int | Unset): JSON ``offset``; minimum 0; default 0 (not sent unless set); example 2.
        limit (int | Unset): JSON ``limit``; minimum 0; maximum 100; default 10 (not sent unless set); example 2.
        type_ (EventType | Unset): JSON ``type``; example GENERIC; one of GENERIC, PROGRAM, PROGRAM_SESSION,
            PROGRAM_TRIP.
        filters (list[AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter |
            InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter] | Unset): JSON ``filters``.
    """

    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    type_: EventType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    filters: (
        list[
            AirBookingStatusFilter
            | CarBookingStatusFilter
            | HotelBookingStatusFilter
            | InvitationStatusFilter
            | RailBookingStatusFilter
            | TravelerSearchFilter
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
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
            offset = self.offset

            limit = self.limit

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            filters: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.filters, Unset):
                filters = []
                for filters_item_data in self.filters:
                    filters_item: dict[str, Any]
                    if isinstance(filters_item_data, TravelerSearchFilter):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, InvitationStatusFilter):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, AirBookingStatusFilter):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, RailBookingStatusFilter):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, CarBookingStatusFilter):
                        filters_item = filters_item_data.to_dict()
                    else:
                        filters_item = filters_item_data.to_dict()

                    filters.append(filters_item)

            field_dict: dict[str, Any] = {}
            if offset is not UNSET:
                field_dict["offset"] = offset
            if limit is not UNSET:
                field_dict["limit"] = limit
            if type_ is not UNSET:
                field_dict["type"] = type_
            if filters is not UNSET:
                field_dict["filters"] = filters
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
        def require(self, name: Literal["offset"], /) -> int: ...
        @overload
        def require(self, name: Literal["limit"], /) -> int: ...
        @overload
        def require(self, name: Literal["type_"], /) -> EventType: ...
        @overload
        def require(
            self, name: Literal["filters"], /
        ) -> list[
            AirBookingStatusFilter
            | CarBookingStatusFilter
            | HotelBookingStatusFilter
            | InvitationStatusFilter
            | RailBookingStatusFilter
            | TravelerSearchFilter
            | UnknownVariant
        ]: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object; its fields are parsed when one is first read or set.

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"EventTravelersRequest: expected a JSON object, got {type(src_dict).__name__}")
        if cls is EventTravelersRequest:
            lazy: T = _LAZY.__new__(_LAZY)
            _set_raw(lazy, src_dict)
            return lazy
        # A subclass of the caller's is parsed now, as a model of scalars is.
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


def _parse_offset(d: Mapping[str, Any]) -> int | Unset:
    offset: int | Unset = _v if (_v := d.get("offset")) is not None else PARSED_UNSET
    if offset is not UNSET and (type(offset) is not int):
        offset = read_as("int", offset, "EventTravelersRequest", "offset")

    return offset


def _parse_limit(d: Mapping[str, Any]) -> int | Unset:
    limit: int | Unset = _v if (_v := d.get("limit")) is not None else PARSED_UNSET
    if limit is not UNSET and (type(limit) is not int):
        limit = read_as("int", limit, "EventTravelersRequest", "limit")

    return limit


def _parse_type_(d: Mapping[str, Any]) -> EventType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    return type_


def _parse_filters(
    d: Mapping[str, Any],
) -> (
    list[
        AirBookingStatusFilter
        | CarBookingStatusFilter
        | HotelBookingStatusFilter
        | InvitationStatusFilter
        | RailBookingStatusFilter
        | TravelerSearchFilter
        | UnknownVariant
    ]
    | Unset
):
    _filters = _v if (_v := d.get("filters")) is not None else PARSED_UNSET
    filters: (
        list[
            AirBookingStatusFilter
            | CarBookingStatusFilter
            | HotelBookingStatusFilter
            | InvitationStatusFilter
            | RailBookingStatusFilter
            | TravelerSearchFilter
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    if _filters is not UNSET:
        filters = []
        for filters_item_data in _filters:
            _filters_item_data = filters_item_data
            filters_item: (
                AirBookingStatusFilter
                | CarBookingStatusFilter
                | HotelBookingStatusFilter
                | InvitationStatusFilter
                | RailBookingStatusFilter
                | TravelerSearchFilter
                | UnknownVariant
            )
            if not isinstance(_filters_item_data, dict):
                raise UnknownVariantError(
                    "AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter | InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter",
                    _filters_item_data,
                )
            elif _filters_item_data.get("type") == "TRAVELER_SEARCH_FILTER":
                filters_item = TravelerSearchFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "INVITATION_STATUS_FILTER":
                filters_item = InvitationStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "AIR_BOOKING_STATUS_FILTER":
                filters_item = AirBookingStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "RAIL_BOOKING_STATUS_FILTER":
                filters_item = RailBookingStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "CAR_BOOKING_STATUS_FILTER":
                filters_item = CarBookingStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "HOTEL_BOOKING_STATUS_FILTER":
                filters_item = HotelBookingStatusFilter.from_dict(_filters_item_data)
            else:
                filters_item = UnknownVariant(_filters_item_data)

            filters.append(filters_item)

    return filters


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: EventTravelersRequest, d: Mapping[str, Any]) -> None:
    offset: int | Unset = _v if (_v := d.get("offset")) is not None else PARSED_UNSET
    if offset is not UNSET and (type(offset) is not int):
        offset = read_as("int", offset, "EventTravelersRequest", "offset")

    self.offset = offset
    limit: int | Unset = _v if (_v := d.get("limit")) is not None else PARSED_UNSET
    if limit is not UNSET and (type(limit) is not int):
        limit = read_as("int", limit, "EventTravelersRequest", "limit")

    self.limit = limit
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    self.type_ = type_
    _filters = _v if (_v := d.get("filters")) is not None else PARSED_UNSET
    filters: (
        list[
            AirBookingStatusFilter
            | CarBookingStatusFilter
            | HotelBookingStatusFilter
            | InvitationStatusFilter
            | RailBookingStatusFilter
            | TravelerSearchFilter
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    if _filters is not UNSET:
        filters = []
        for filters_item_data in _filters:
            _filters_item_data = filters_item_data
            filters_item: (
                AirBookingStatusFilter
                | CarBookingStatusFilter
                | HotelBookingStatusFilter
                | InvitationStatusFilter
                | RailBookingStatusFilter
                | TravelerSearchFilter
                | UnknownVariant
            )
            if not isinstance(_filters_item_data, dict):
                raise UnknownVariantError(
                    "AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter | InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter",
                    _filters_item_data,
                )
            elif _filters_item_data.get("type") == "TRAVELER_SEARCH_FILTER":
                filters_item = TravelerSearchFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "INVITATION_STATUS_FILTER":
                filters_item = InvitationStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "AIR_BOOKING_STATUS_FILTER":
                filters_item = AirBookingStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "RAIL_BOOKING_STATUS_FILTER":
                filters_item = RailBookingStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "CAR_BOOKING_STATUS_FILTER":
                filters_item = CarBookingStatusFilter.from_dict(_filters_item_data)
            elif _filters_item_data.get("type") == "HOTEL_BOOKING_STATUS_FILTER":
                filters_item = HotelBookingStatusFilter.from_dict(_filters_item_data)
            else:
                filters_item = UnknownVariant(_filters_item_data)

            filters.append(filters_item)

    self.filters = filters
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "offset": ("offset", _parse_offset),
    "limit": ("limit", _parse_limit),
    "type_": ("type", _parse_type_),
    "filters": ("filters", _parse_filters),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
EventTravelersRequest._field_parsers = _PARSERS
EventTravelersRequest._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(EventTravelersRequest, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = EventTravelersRequest.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.air_booking_status_filter import AirBookingStatusFilter
from ..models.car_booking_status_filter import CarBookingStatusFilter
from ..models.hotel_booking_status_filter import HotelBookingStatusFilter
from ..models.invitation_status_filter import InvitationStatusFilter
from ..models.rail_booking_status_filter import RailBookingStatusFilter
from ..models.traveler_search_filter import TravelerSearchFilter
