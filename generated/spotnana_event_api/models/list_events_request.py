from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.list_events_request_list_event_type import ListEventsRequestListEventType
from ..types import PARSED_UNSET, UNSET, Unset

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
_KNOWN_KEYS = frozenset(
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


@_attrs_define
class ListEventsRequest:
    """
    Attributes:
        list_event_type (ListEventsRequestListEventType | Unset):  Example: UPCOMING.
        filters (list[EventCompanyFilterWrapper | EventDateRangeFilterWrapper | EventDetachedFilterWrapper |
            EventEndDateRangeFilterWrapper | EventIdFilterWrapper | EventNameFilterWrapper | EventParentFilterWrapper |
            EventStatusFilterWrapper | EventTypeFilterWrapper | EventUserFilterWrapper] | Unset):
        traveler_filters (list[AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter |
            InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter] | Unset):
        list_by_traveler_events (bool | Unset):  Default: False. Example: True.
        offset (int | Unset):  Default: 0. Example: 2.
        limit (int | Unset):  Default: 10. Example: 2.
        sort_options (list[SearchEventSortOptions] | Unset):
    """

    list_event_type: ListEventsRequestListEventType | Unset = UNSET
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
        ]
        | Unset
    ) = UNSET
    list_by_traveler_events: bool | Unset = False
    offset: int | Unset = 0
    limit: int | Unset = 10
    sort_options: list[SearchEventSortOptions] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.air_booking_status_filter import AirBookingStatusFilter  # noqa: PLC0415
        from ..models.car_booking_status_filter import CarBookingStatusFilter  # noqa: PLC0415
        from ..models.event_company_filter_wrapper import EventCompanyFilterWrapper  # noqa: PLC0415
        from ..models.event_date_range_filter_wrapper import EventDateRangeFilterWrapper  # noqa: PLC0415
        from ..models.event_detached_filter_wrapper import EventDetachedFilterWrapper  # noqa: PLC0415
        from ..models.event_id_filter_wrapper import EventIdFilterWrapper  # noqa: PLC0415
        from ..models.event_name_filter_wrapper import EventNameFilterWrapper  # noqa: PLC0415
        from ..models.event_parent_filter_wrapper import EventParentFilterWrapper  # noqa: PLC0415
        from ..models.event_status_filter_wrapper import EventStatusFilterWrapper  # noqa: PLC0415
        from ..models.event_type_filter_wrapper import EventTypeFilterWrapper  # noqa: PLC0415
        from ..models.event_user_filter_wrapper import EventUserFilterWrapper  # noqa: PLC0415
        from ..models.invitation_status_filter import InvitationStatusFilter  # noqa: PLC0415
        from ..models.rail_booking_status_filter import RailBookingStatusFilter  # noqa: PLC0415
        from ..models.traveler_search_filter import TravelerSearchFilter  # noqa: PLC0415

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.air_booking_status_filter import AirBookingStatusFilter  # noqa: PLC0415
        from ..models.car_booking_status_filter import CarBookingStatusFilter  # noqa: PLC0415
        from ..models.event_company_filter_wrapper import EventCompanyFilterWrapper  # noqa: PLC0415
        from ..models.event_date_range_filter_wrapper import EventDateRangeFilterWrapper  # noqa: PLC0415
        from ..models.event_detached_filter_wrapper import EventDetachedFilterWrapper  # noqa: PLC0415
        from ..models.event_end_date_range_filter_wrapper import EventEndDateRangeFilterWrapper  # noqa: PLC0415
        from ..models.event_id_filter_wrapper import EventIdFilterWrapper  # noqa: PLC0415
        from ..models.event_name_filter_wrapper import EventNameFilterWrapper  # noqa: PLC0415
        from ..models.event_parent_filter_wrapper import EventParentFilterWrapper  # noqa: PLC0415
        from ..models.event_status_filter_wrapper import EventStatusFilterWrapper  # noqa: PLC0415
        from ..models.event_type_filter_wrapper import EventTypeFilterWrapper  # noqa: PLC0415
        from ..models.event_user_filter_wrapper import EventUserFilterWrapper  # noqa: PLC0415
        from ..models.hotel_booking_status_filter import HotelBookingStatusFilter  # noqa: PLC0415
        from ..models.invitation_status_filter import InvitationStatusFilter  # noqa: PLC0415
        from ..models.rail_booking_status_filter import RailBookingStatusFilter  # noqa: PLC0415
        from ..models.search_event_sort_options import SearchEventSortOptions  # noqa: PLC0415
        from ..models.traveler_search_filter import TravelerSearchFilter  # noqa: PLC0415

        d = src_dict
        try:
            _list_event_type = _v if (_v := d.get("listEventType")) is not None else PARSED_UNSET
            list_event_type: ListEventsRequestListEventType | Unset
            if isinstance(_list_event_type, Unset):
                list_event_type = UNSET
            else:
                list_event_type = ListEventsRequestListEventType(_list_event_type)

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
                        raise UnknownVariantError(
                            "EventCompanyFilterWrapper | EventDateRangeFilterWrapper | EventDetachedFilterWrapper | EventEndDateRangeFilterWrapper | EventIdFilterWrapper | EventNameFilterWrapper | EventParentFilterWrapper | EventStatusFilterWrapper | EventTypeFilterWrapper | EventUserFilterWrapper",
                            _filters_item_data,
                        )

                    filters.append(filters_item)

            _traveler_filters = _v if (_v := d.get("travelerFilters")) is not None else PARSED_UNSET
            traveler_filters: (
                list[
                    AirBookingStatusFilter
                    | CarBookingStatusFilter
                    | HotelBookingStatusFilter
                    | InvitationStatusFilter
                    | RailBookingStatusFilter
                    | TravelerSearchFilter
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
                        raise UnknownVariantError(
                            "AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter | InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter",
                            _traveler_filters_item_data,
                        )

                    traveler_filters.append(traveler_filters_item)

            list_by_traveler_events = _v if (_v := d.get("listByTravelerEvents")) is not None else PARSED_UNSET

            offset = _v if (_v := d.get("offset")) is not None else PARSED_UNSET

            limit = _v if (_v := d.get("limit")) is not None else PARSED_UNSET

            _sort_options = _v if (_v := d.get("sortOptions")) is not None else PARSED_UNSET
            sort_options: list[SearchEventSortOptions] | Unset = UNSET
            if _sort_options is not UNSET:
                sort_options = []
                for sort_options_item_data in _sort_options:
                    sort_options_item = SearchEventSortOptions.from_dict(sort_options_item_data)

                    sort_options.append(sort_options_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ListEventsRequest", str(exc.args[0])) from None
        list_events_request = cls(
            list_event_type=list_event_type,
            filters=filters,
            traveler_filters=traveler_filters,
            list_by_traveler_events=list_by_traveler_events,
            offset=offset,
            limit=limit,
            sort_options=sort_options,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            list_events_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return list_events_request

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
