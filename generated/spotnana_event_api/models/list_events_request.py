from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError, UnknownVariantError
from ..models.list_events_request_list_event_type import ListEventsRequestListEventType
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
    from ..models.event_company_filter_wrapper import EventCompanyFilterWrapper
    from ..models.event_date_range_filter_wrapper import EventDateRangeFilterWrapper
    from ..models.event_detached_filter_wrapper import EventDetachedFilterWrapper
    from ..models.event_end_date_range_filter_wrapper import EventEndDateRangeFilterWrapper
    from ..models.event_id_filter_wrapper import EventIdFilterWrapper
    from ..models.event_name_filter_wrapper import EventNameFilterWrapper
    from ..models.event_parent_filter_wrapper import EventParentFilterWrapper
    from ..models.event_status_filter_wrapper import EventStatusFilterWrapper
    from ..models.event_type_filter_wrapper import EventTypeFilterWrapper
    from ..models.event_user_filter_wrapper import EventUserFilterWrapper
    from ..models.hotel_booking_status_filter import HotelBookingStatusFilter
    from ..models.invitation_status_filter import InvitationStatusFilter
    from ..models.rail_booking_status_filter import RailBookingStatusFilter
    from ..models.search_event_sort_options import SearchEventSortOptions
    from ..models.traveler_search_filter import TravelerSearchFilter


T = TypeVar("T", bound="ListEventsRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "listEventType",
        "filters",
        "travelerFilters",
        "listByTravelerEvents",
        "offset",
        "limit",
        "sortOptions",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "listEventType": (
        "list_event_type",
        False,
        ("enum", "list_events_request_list_event_type", "ListEventsRequestListEventType"),
        None,
    ),
    "filters": (
        "filters",
        False,
        (
            "list",
            (
                "union",
                (
                    ("model", "event_user_filter_wrapper", "EventUserFilterWrapper"),
                    ("model", "event_status_filter_wrapper", "EventStatusFilterWrapper"),
                    ("model", "event_name_filter_wrapper", "EventNameFilterWrapper"),
                    ("model", "event_date_range_filter_wrapper", "EventDateRangeFilterWrapper"),
                    ("model", "event_company_filter_wrapper", "EventCompanyFilterWrapper"),
                    ("model", "event_parent_filter_wrapper", "EventParentFilterWrapper"),
                    ("model", "event_type_filter_wrapper", "EventTypeFilterWrapper"),
                    ("model", "event_id_filter_wrapper", "EventIdFilterWrapper"),
                    ("model", "event_detached_filter_wrapper", "EventDetachedFilterWrapper"),
                    ("model", "event_end_date_range_filter_wrapper", "EventEndDateRangeFilterWrapper"),
                ),
            ),
        ),
        None,
    ),
    "travelerFilters": (
        "traveler_filters",
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
    "listByTravelerEvents": ("list_by_traveler_events", False, ("bool",), None),
    "offset": ("offset", False, ("int",), {"minimum": 0}),
    "limit": ("limit", False, ("int",), {"maximum": 100}),
    "sortOptions": (
        "sort_options",
        False,
        ("list", ("model", "search_event_sort_options", "SearchEventSortOptions")),
        None,
    ),
}


def _enum_list_event_type(
    value: ListEventsRequestListEventType | str | Unset,
) -> ListEventsRequestListEventType | Unset:
    converted: ListEventsRequestListEventType | Unset = enum_field(
        value, ListEventsRequestListEventType, "ListEventsRequest", "list_event_type"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class ListEventsRequest:
    """
    Attributes:
        list_event_type (ListEventsRequestListEventType | Unset): JSON ``listEventType``; example UPCOMING; one of
            UPCOMING, PAST_OR_COMPLETED, CANCELLED_EVENT.
        filters (list[EventCompanyFilterWrapper | EventDateRangeFilterWrapper | EventDetachedFilterWrapper |
            EventEndDateRangeFilterWrapper | EventIdFilterWrapper | EventNameFilterWrapper | EventParentFilterWrapper |
            EventStatusFilterWrapper | EventTypeFilterWrapper | EventUserFilterWrapper] | Unset): JSON ``filters``.
        traveler_filters (list[AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter |
            InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter] | Unset): JSON ``travelerFilters``.
        list_by_traveler_events (bool | Unset): JSON ``listByTravelerEvents``; default False (not sent unless set);
            example True.
        offset (int | Unset): JSON ``offset``; minimum 0; default 0 (not sent unless set); example 2.
        limit (int | Unset): JSON ``limit``; maximum 100; default 10 (not sent unless set); example 2.
        sort_options (list[SearchEventSortOptions] | Unset): JSON ``sortOptions``.
    """

    list_event_type: ListEventsRequestListEventType | Unset = _attrs_field(
        default=UNSET, converter=_enum_list_event_type
    )
    filters: (
        list[
            EventCompanyFilterWrapper
            | EventDateRangeFilterWrapper
            | EventDetachedFilterWrapper
            | EventEndDateRangeFilterWrapper
            | EventIdFilterWrapper
            | EventNameFilterWrapper
            | EventParentFilterWrapper
            | EventStatusFilterWrapper
            | EventTypeFilterWrapper
            | EventUserFilterWrapper
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    traveler_filters: (
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
    list_by_traveler_events: bool | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    sort_options: list[SearchEventSortOptions] | Unset = UNSET
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
            list_event_type: str | Unset = UNSET
            if not isinstance(self.list_event_type, Unset):
                list_event_type = self.list_event_type.value

            filters: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.filters, Unset):
                filters = []
                for filters_item_data in self.filters:
                    filters_item: dict[str, Any]
                    if isinstance(filters_item_data, EventUserFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventStatusFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventNameFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventDateRangeFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventCompanyFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventParentFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventTypeFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventIdFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    elif isinstance(filters_item_data, EventDetachedFilterWrapper):
                        filters_item = filters_item_data.to_dict()
                    else:
                        filters_item = filters_item_data.to_dict()

                    filters.append(filters_item)

            traveler_filters: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.traveler_filters, Unset):
                traveler_filters = []
                for traveler_filters_item_data in self.traveler_filters:
                    traveler_filters_item: dict[str, Any]
                    if isinstance(traveler_filters_item_data, TravelerSearchFilter):
                        traveler_filters_item = traveler_filters_item_data.to_dict()
                    elif isinstance(traveler_filters_item_data, InvitationStatusFilter):
                        traveler_filters_item = traveler_filters_item_data.to_dict()
                    elif isinstance(traveler_filters_item_data, AirBookingStatusFilter):
                        traveler_filters_item = traveler_filters_item_data.to_dict()
                    elif isinstance(traveler_filters_item_data, RailBookingStatusFilter):
                        traveler_filters_item = traveler_filters_item_data.to_dict()
                    elif isinstance(traveler_filters_item_data, CarBookingStatusFilter):
                        traveler_filters_item = traveler_filters_item_data.to_dict()
                    else:
                        traveler_filters_item = traveler_filters_item_data.to_dict()

                    traveler_filters.append(traveler_filters_item)

            list_by_traveler_events = self.list_by_traveler_events

            offset = self.offset

            limit = self.limit

            sort_options: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.sort_options, Unset):
                sort_options = []
                for sort_options_item_data in self.sort_options:
                    sort_options_item = sort_options_item_data.to_dict()
                    sort_options.append(sort_options_item)

            field_dict: dict[str, Any] = {}
            if list_event_type is not UNSET:
                field_dict["listEventType"] = list_event_type
            if filters is not UNSET:
                field_dict["filters"] = filters
            if traveler_filters is not UNSET:
                field_dict["travelerFilters"] = traveler_filters
            if list_by_traveler_events is not UNSET:
                field_dict["listByTravelerEvents"] = list_by_traveler_events
            if offset is not UNSET:
                field_dict["offset"] = offset
            if limit is not UNSET:
                field_dict["limit"] = limit
            if sort_options is not UNSET:
                field_dict["sortOptions"] = sort_options
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
        def require(self, name: Literal["list_event_type"], /) -> ListEventsRequestListEventType: ...
        @overload
        def require(
            self, name: Literal["filters"], /
        ) -> list[
            EventCompanyFilterWrapper
            | EventDateRangeFilterWrapper
            | EventDetachedFilterWrapper
            | EventEndDateRangeFilterWrapper
            | EventIdFilterWrapper
            | EventNameFilterWrapper
            | EventParentFilterWrapper
            | EventStatusFilterWrapper
            | EventTypeFilterWrapper
            | EventUserFilterWrapper
            | UnknownVariant
        ]: ...
        @overload
        def require(
            self, name: Literal["traveler_filters"], /
        ) -> list[
            AirBookingStatusFilter
            | CarBookingStatusFilter
            | HotelBookingStatusFilter
            | InvitationStatusFilter
            | RailBookingStatusFilter
            | TravelerSearchFilter
            | UnknownVariant
        ]: ...
        @overload
        def require(self, name: Literal["list_by_traveler_events"], /) -> bool: ...
        @overload
        def require(self, name: Literal["offset"], /) -> int: ...
        @overload
        def require(self, name: Literal["limit"], /) -> int: ...
        @overload
        def require(self, name: Literal["sort_options"], /) -> list[SearchEventSortOptions]: ...
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
            raise ModelParseError(f"ListEventsRequest: expected a JSON object, got {type(src_dict).__name__}")
        if cls is ListEventsRequest:
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


def _parse_list_event_type(d: Mapping[str, Any]) -> ListEventsRequestListEventType | Unset:
    _list_event_type = _v if (_v := d.get("listEventType")) is not None else PARSED_UNSET
    list_event_type: ListEventsRequestListEventType | Unset
    if isinstance(_list_event_type, Unset):
        list_event_type = UNSET
    else:
        list_event_type = ListEventsRequestListEventType._members[_list_event_type]

    return list_event_type


def _parse_filters(
    d: Mapping[str, Any],
) -> (
    list[
        EventCompanyFilterWrapper
        | EventDateRangeFilterWrapper
        | EventDetachedFilterWrapper
        | EventEndDateRangeFilterWrapper
        | EventIdFilterWrapper
        | EventNameFilterWrapper
        | EventParentFilterWrapper
        | EventStatusFilterWrapper
        | EventTypeFilterWrapper
        | EventUserFilterWrapper
        | UnknownVariant
    ]
    | Unset
):
    _filters = _v if (_v := d.get("filters")) is not None else PARSED_UNSET
    filters: (
        list[
            EventCompanyFilterWrapper
            | EventDateRangeFilterWrapper
            | EventDetachedFilterWrapper
            | EventEndDateRangeFilterWrapper
            | EventIdFilterWrapper
            | EventNameFilterWrapper
            | EventParentFilterWrapper
            | EventStatusFilterWrapper
            | EventTypeFilterWrapper
            | EventUserFilterWrapper
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    if _filters is not UNSET:
        filters = []
        for filters_item_data in _filters:
            _filters_item_data = filters_item_data
            filters_item: (
                EventCompanyFilterWrapper
                | EventDateRangeFilterWrapper
                | EventDetachedFilterWrapper
                | EventEndDateRangeFilterWrapper
                | EventIdFilterWrapper
                | EventNameFilterWrapper
                | EventParentFilterWrapper
                | EventStatusFilterWrapper
                | EventTypeFilterWrapper
                | EventUserFilterWrapper
                | UnknownVariant
            )
            if not isinstance(_filters_item_data, dict):
                raise UnknownVariantError(
                    "EventCompanyFilterWrapper | EventDateRangeFilterWrapper | EventDetachedFilterWrapper | EventEndDateRangeFilterWrapper | EventIdFilterWrapper | EventNameFilterWrapper | EventParentFilterWrapper | EventStatusFilterWrapper | EventTypeFilterWrapper | EventUserFilterWrapper",
                    _filters_item_data,
                )
            elif "userFilter" in _filters_item_data:
                filters_item = EventUserFilterWrapper.from_dict(_filters_item_data)
            elif "eventStatusFilter" in _filters_item_data:
                filters_item = EventStatusFilterWrapper.from_dict(_filters_item_data)
            elif "eventNameFilter" in _filters_item_data:
                filters_item = EventNameFilterWrapper.from_dict(_filters_item_data)
            elif "eventDateRangeFilter" in _filters_item_data:
                filters_item = EventDateRangeFilterWrapper.from_dict(_filters_item_data)
            elif "companyFilter" in _filters_item_data:
                filters_item = EventCompanyFilterWrapper.from_dict(_filters_item_data)
            elif "eventParentFilter" in _filters_item_data:
                filters_item = EventParentFilterWrapper.from_dict(_filters_item_data)
            elif "eventTypeFilter" in _filters_item_data:
                filters_item = EventTypeFilterWrapper.from_dict(_filters_item_data)
            elif "eventIdFilter" in _filters_item_data:
                filters_item = EventIdFilterWrapper.from_dict(_filters_item_data)
            elif "eventDetachedFilter" in _filters_item_data:
                filters_item = EventDetachedFilterWrapper.from_dict(_filters_item_data)
            elif "eventEndDateRangeFilter" in _filters_item_data:
                filters_item = EventEndDateRangeFilterWrapper.from_dict(_filters_item_data)
            else:
                filters_item = UnknownVariant(_filters_item_data)

            filters.append(filters_item)

    return filters


def _parse_traveler_filters(
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
    _traveler_filters = _v if (_v := d.get("travelerFilters")) is not None else PARSED_UNSET
    traveler_filters: (
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
    if _traveler_filters is not UNSET:
        traveler_filters = []
        for traveler_filters_item_data in _traveler_filters:
            _traveler_filters_item_data = traveler_filters_item_data
            traveler_filters_item: (
                AirBookingStatusFilter
                | CarBookingStatusFilter
                | HotelBookingStatusFilter
                | InvitationStatusFilter
                | RailBookingStatusFilter
                | TravelerSearchFilter
                | UnknownVariant
            )
            if not isinstance(_traveler_filters_item_data, dict):
                raise UnknownVariantError(
                    "AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter | InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter",
                    _traveler_filters_item_data,
                )
            elif _traveler_filters_item_data.get("type") == "TRAVELER_SEARCH_FILTER":
                traveler_filters_item = TravelerSearchFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "INVITATION_STATUS_FILTER":
                traveler_filters_item = InvitationStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "AIR_BOOKING_STATUS_FILTER":
                traveler_filters_item = AirBookingStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "RAIL_BOOKING_STATUS_FILTER":
                traveler_filters_item = RailBookingStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "CAR_BOOKING_STATUS_FILTER":
                traveler_filters_item = CarBookingStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "HOTEL_BOOKING_STATUS_FILTER":
                traveler_filters_item = HotelBookingStatusFilter.from_dict(_traveler_filters_item_data)
            else:
                traveler_filters_item = UnknownVariant(_traveler_filters_item_data)

            traveler_filters.append(traveler_filters_item)

    return traveler_filters


def _parse_list_by_traveler_events(d: Mapping[str, Any]) -> bool | Unset:
    list_by_traveler_events: bool | Unset = _v if (_v := d.get("listByTravelerEvents")) is not None else PARSED_UNSET
    if list_by_traveler_events is not UNSET and (type(list_by_traveler_events) is not bool):
        list_by_traveler_events = read_as("bool", list_by_traveler_events, "ListEventsRequest", "listByTravelerEvents")

    return list_by_traveler_events


def _parse_offset(d: Mapping[str, Any]) -> int | Unset:
    offset: int | Unset = _v if (_v := d.get("offset")) is not None else PARSED_UNSET
    if offset is not UNSET and (type(offset) is not int):
        offset = read_as("int", offset, "ListEventsRequest", "offset")

    return offset


def _parse_limit(d: Mapping[str, Any]) -> int | Unset:
    limit: int | Unset = _v if (_v := d.get("limit")) is not None else PARSED_UNSET
    if limit is not UNSET and (type(limit) is not int):
        limit = read_as("int", limit, "ListEventsRequest", "limit")

    return limit


def _parse_sort_options(d: Mapping[str, Any]) -> list[SearchEventSortOptions] | Unset:
    _sort_options = _v if (_v := d.get("sortOptions")) is not None else PARSED_UNSET
    sort_options: list[SearchEventSortOptions] | Unset = UNSET
    if _sort_options is not UNSET:
        sort_options = []
        for sort_options_item_data in _sort_options:
            sort_options_item = SearchEventSortOptions.from_dict(sort_options_item_data)

            sort_options.append(sort_options_item)

    return sort_options


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: ListEventsRequest, d: Mapping[str, Any]) -> None:
    _list_event_type = _v if (_v := d.get("listEventType")) is not None else PARSED_UNSET
    list_event_type: ListEventsRequestListEventType | Unset
    if isinstance(_list_event_type, Unset):
        list_event_type = UNSET
    else:
        list_event_type = ListEventsRequestListEventType._members[_list_event_type]

    self.list_event_type = list_event_type
    _filters = _v if (_v := d.get("filters")) is not None else PARSED_UNSET
    filters: (
        list[
            EventCompanyFilterWrapper
            | EventDateRangeFilterWrapper
            | EventDetachedFilterWrapper
            | EventEndDateRangeFilterWrapper
            | EventIdFilterWrapper
            | EventNameFilterWrapper
            | EventParentFilterWrapper
            | EventStatusFilterWrapper
            | EventTypeFilterWrapper
            | EventUserFilterWrapper
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    if _filters is not UNSET:
        filters = []
        for filters_item_data in _filters:
            _filters_item_data = filters_item_data
            filters_item: (
                EventCompanyFilterWrapper
                | EventDateRangeFilterWrapper
                | EventDetachedFilterWrapper
                | EventEndDateRangeFilterWrapper
                | EventIdFilterWrapper
                | EventNameFilterWrapper
                | EventParentFilterWrapper
                | EventStatusFilterWrapper
                | EventTypeFilterWrapper
                | EventUserFilterWrapper
                | UnknownVariant
            )
            if not isinstance(_filters_item_data, dict):
                raise UnknownVariantError(
                    "EventCompanyFilterWrapper | EventDateRangeFilterWrapper | EventDetachedFilterWrapper | EventEndDateRangeFilterWrapper | EventIdFilterWrapper | EventNameFilterWrapper | EventParentFilterWrapper | EventStatusFilterWrapper | EventTypeFilterWrapper | EventUserFilterWrapper",
                    _filters_item_data,
                )
            elif "userFilter" in _filters_item_data:
                filters_item = EventUserFilterWrapper.from_dict(_filters_item_data)
            elif "eventStatusFilter" in _filters_item_data:
                filters_item = EventStatusFilterWrapper.from_dict(_filters_item_data)
            elif "eventNameFilter" in _filters_item_data:
                filters_item = EventNameFilterWrapper.from_dict(_filters_item_data)
            elif "eventDateRangeFilter" in _filters_item_data:
                filters_item = EventDateRangeFilterWrapper.from_dict(_filters_item_data)
            elif "companyFilter" in _filters_item_data:
                filters_item = EventCompanyFilterWrapper.from_dict(_filters_item_data)
            elif "eventParentFilter" in _filters_item_data:
                filters_item = EventParentFilterWrapper.from_dict(_filters_item_data)
            elif "eventTypeFilter" in _filters_item_data:
                filters_item = EventTypeFilterWrapper.from_dict(_filters_item_data)
            elif "eventIdFilter" in _filters_item_data:
                filters_item = EventIdFilterWrapper.from_dict(_filters_item_data)
            elif "eventDetachedFilter" in _filters_item_data:
                filters_item = EventDetachedFilterWrapper.from_dict(_filters_item_data)
            elif "eventEndDateRangeFilter" in _filters_item_data:
                filters_item = EventEndDateRangeFilterWrapper.from_dict(_filters_item_data)
            else:
                filters_item = UnknownVariant(_filters_item_data)

            filters.append(filters_item)

    self.filters = filters
    _traveler_filters = _v if (_v := d.get("travelerFilters")) is not None else PARSED_UNSET
    traveler_filters: (
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
    if _traveler_filters is not UNSET:
        traveler_filters = []
        for traveler_filters_item_data in _traveler_filters:
            _traveler_filters_item_data = traveler_filters_item_data
            traveler_filters_item: (
                AirBookingStatusFilter
                | CarBookingStatusFilter
                | HotelBookingStatusFilter
                | InvitationStatusFilter
                | RailBookingStatusFilter
                | TravelerSearchFilter
                | UnknownVariant
            )
            if not isinstance(_traveler_filters_item_data, dict):
                raise UnknownVariantError(
                    "AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter | InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter",
                    _traveler_filters_item_data,
                )
            elif _traveler_filters_item_data.get("type") == "TRAVELER_SEARCH_FILTER":
                traveler_filters_item = TravelerSearchFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "INVITATION_STATUS_FILTER":
                traveler_filters_item = InvitationStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "AIR_BOOKING_STATUS_FILTER":
                traveler_filters_item = AirBookingStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "RAIL_BOOKING_STATUS_FILTER":
                traveler_filters_item = RailBookingStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "CAR_BOOKING_STATUS_FILTER":
                traveler_filters_item = CarBookingStatusFilter.from_dict(_traveler_filters_item_data)
            elif _traveler_filters_item_data.get("type") == "HOTEL_BOOKING_STATUS_FILTER":
                traveler_filters_item = HotelBookingStatusFilter.from_dict(_traveler_filters_item_data)
            else:
                traveler_filters_item = UnknownVariant(_traveler_filters_item_data)

            traveler_filters.append(traveler_filters_item)

    self.traveler_filters = traveler_filters
    list_by_traveler_events: bool | Unset = _v if (_v := d.get("listByTravelerEvents")) is not None else PARSED_UNSET
    if list_by_traveler_events is not UNSET and (type(list_by_traveler_events) is not bool):
        list_by_traveler_events = read_as("bool", list_by_traveler_events, "ListEventsRequest", "listByTravelerEvents")

    self.list_by_traveler_events = list_by_traveler_events
    offset: int | Unset = _v if (_v := d.get("offset")) is not None else PARSED_UNSET
    if offset is not UNSET and (type(offset) is not int):
        offset = read_as("int", offset, "ListEventsRequest", "offset")

    self.offset = offset
    limit: int | Unset = _v if (_v := d.get("limit")) is not None else PARSED_UNSET
    if limit is not UNSET and (type(limit) is not int):
        limit = read_as("int", limit, "ListEventsRequest", "limit")

    self.limit = limit
    _sort_options = _v if (_v := d.get("sortOptions")) is not None else PARSED_UNSET
    sort_options: list[SearchEventSortOptions] | Unset = UNSET
    if _sort_options is not UNSET:
        sort_options = []
        for sort_options_item_data in _sort_options:
            sort_options_item = SearchEventSortOptions.from_dict(sort_options_item_data)

            sort_options.append(sort_options_item)

    self.sort_options = sort_options
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "list_event_type": ("listEventType", _parse_list_event_type),
    "filters": ("filters", _parse_filters),
    "traveler_filters": ("travelerFilters", _parse_traveler_filters),
    "list_by_traveler_events": ("listByTravelerEvents", _parse_list_by_traveler_events),
    "offset": ("offset", _parse_offset),
    "limit": ("limit", _parse_limit),
    "sort_options": ("sortOptions", _parse_sort_options),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
ListEventsRequest._field_parsers = _PARSERS
ListEventsRequest._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(ListEventsRequest, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = ListEventsRequest.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.air_booking_status_filter import AirBookingStatusFilter
from ..models.car_booking_status_filter import CarBookingStatusFilter
from ..models.event_company_filter_wrapper import EventCompanyFilterWrapper
from ..models.event_date_range_filter_wrapper import EventDateRangeFilterWrapper
from ..models.event_detached_filter_wrapper import EventDetachedFilterWrapper
from ..models.event_end_date_range_filter_wrapper import EventEndDateRangeFilterWrapper
from ..models.event_id_filter_wrapper import EventIdFilterWrapper
from ..models.event_name_filter_wrapper import EventNameFilterWrapper
from ..models.event_parent_filter_wrapper import EventParentFilterWrapper
from ..models.event_status_filter_wrapper import EventStatusFilterWrapper
from ..models.event_type_filter_wrapper import EventTypeFilterWrapper
from ..models.event_user_filter_wrapper import EventUserFilterWrapper
from ..models.hotel_booking_status_filter import HotelBookingStatusFilter
from ..models.invitation_status_filter import InvitationStatusFilter
from ..models.rail_booking_status_filter import RailBookingStatusFilter
from ..models.search_event_sort_options import SearchEventSortOptions
from ..models.traveler_search_filter import TravelerSearchFilter
