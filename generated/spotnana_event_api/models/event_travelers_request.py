from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.event_type import EventType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.air_booking_status_filter import AirBookingStatusFilter
    from ..models.car_booking_status_filter import CarBookingStatusFilter
    from ..models.hotel_booking_status_filter import HotelBookingStatusFilter
    from ..models.invitation_status_filter import InvitationStatusFilter
    from ..models.rail_booking_status_filter import RailBookingStatusFilter
    from ..models.traveler_search_filter import TravelerSearchFilter


T = TypeVar("T", bound="EventTravelersRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "offset",
        "limit",
        "type",
        "filters",
    }
)


@_attrs_define
class EventTravelersRequest:
    """
    Attributes:
        offset (int | Unset):  Default: 0. Example: 2.
        limit (int | Unset):  Default: 10. Example: 2.
        type_ (EventType | Unset):  Example: GENERIC.
        filters (list[AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter |
            InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter] | Unset):
    """

    offset: int | Unset = 0
    limit: int | Unset = 10
    type_: EventType | Unset = UNSET
    filters: (
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.air_booking_status_filter import AirBookingStatusFilter  # noqa: PLC0415
        from ..models.car_booking_status_filter import CarBookingStatusFilter  # noqa: PLC0415
        from ..models.invitation_status_filter import InvitationStatusFilter  # noqa: PLC0415
        from ..models.rail_booking_status_filter import RailBookingStatusFilter  # noqa: PLC0415
        from ..models.traveler_search_filter import TravelerSearchFilter  # noqa: PLC0415

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
        field_dict.update(self.additional_properties)
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.air_booking_status_filter import AirBookingStatusFilter  # noqa: PLC0415
        from ..models.car_booking_status_filter import CarBookingStatusFilter  # noqa: PLC0415
        from ..models.hotel_booking_status_filter import HotelBookingStatusFilter  # noqa: PLC0415
        from ..models.invitation_status_filter import InvitationStatusFilter  # noqa: PLC0415
        from ..models.rail_booking_status_filter import RailBookingStatusFilter  # noqa: PLC0415
        from ..models.traveler_search_filter import TravelerSearchFilter  # noqa: PLC0415

        d = src_dict
        try:
            offset = _v if (_v := d.get("offset")) is not None else PARSED_UNSET

            limit = _v if (_v := d.get("limit")) is not None else PARSED_UNSET

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: EventType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = EventType(_type_)

            _filters = _v if (_v := d.get("filters")) is not None else PARSED_UNSET
            filters: (
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
                        raise UnknownVariantError(
                            "AirBookingStatusFilter | CarBookingStatusFilter | HotelBookingStatusFilter | InvitationStatusFilter | RailBookingStatusFilter | TravelerSearchFilter",
                            _filters_item_data,
                        )

                    filters.append(filters_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventTravelersRequest", str(exc.args[0])) from None
        event_travelers_request = cls(
            offset=offset,
            limit=limit,
            type_=type_,
            filters=filters,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_travelers_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_travelers_request

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
