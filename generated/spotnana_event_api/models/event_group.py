from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.event_allowed_booking_type import EventAllowedBookingType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper
    from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
    from ..models.event_group_metadata import EventGroupMetadata
    from ..models.event_user_rsvp import EventUserRsvp
    from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
    from ..models.payment_config_for_travel_type import PaymentConfigForTravelType
    from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
    from ..models.user_id import UserId
    from ..models.user_trip_group import UserTripGroup


T = TypeVar("T", bound="EventGroup")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
        "bookingGuidelines",
        "metadata",
        "group",
        "createdBy",
        "allowedBookingTypes",
        "eventUserRsvpList",
        "allowedPaymentConfig",
    }
)


@_attrs_define
class EventGroup:
    """
    Attributes:
        id (UUID | Unset):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        name (str | Unset):
        description (str | Unset):
        booking_guidelines (list[AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper] | Unset):
        metadata (EventGroupMetadata | Unset):
        group (UserTripGroup | Unset):
        created_by (UserId | Unset):
        allowed_booking_types (list[EventAllowedBookingType] | Unset):
        event_user_rsvp_list (list[EventUserRsvp] | Unset):
        allowed_payment_config (list[PaymentConfigForTravelType] | Unset):
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    booking_guidelines: (
        list[
            AirBookingGuidelineWrapper
            | CarBookingGuidelineWrapper
            | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper
        ]
        | Unset
    ) = UNSET
    metadata: EventGroupMetadata | Unset = UNSET
    group: UserTripGroup | Unset = UNSET
    created_by: UserId | Unset = UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    event_user_rsvp_list: list[EventUserRsvp] | Unset = UNSET
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper  # noqa: PLC0415

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        description = self.description

        booking_guidelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.booking_guidelines, Unset):
            booking_guidelines = []
            for booking_guidelines_item_data in self.booking_guidelines:
                booking_guidelines_item: dict[str, Any]
                if isinstance(booking_guidelines_item_data, AirBookingGuidelineWrapper):
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()
                elif isinstance(booking_guidelines_item_data, HotelBookingGuidelineWrapper):
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()
                elif isinstance(booking_guidelines_item_data, CarBookingGuidelineWrapper):
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()
                else:
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()

                booking_guidelines.append(booking_guidelines_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        allowed_booking_types: list[str] | Unset = UNSET
        if not isinstance(self.allowed_booking_types, Unset):
            allowed_booking_types = []
            for allowed_booking_types_item_data in self.allowed_booking_types:
                allowed_booking_types_item = allowed_booking_types_item_data.value
                allowed_booking_types.append(allowed_booking_types_item)

        event_user_rsvp_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_user_rsvp_list, Unset):
            event_user_rsvp_list = []
            for event_user_rsvp_list_item_data in self.event_user_rsvp_list:
                event_user_rsvp_list_item = event_user_rsvp_list_item_data.to_dict()
                event_user_rsvp_list.append(event_user_rsvp_list_item)

        allowed_payment_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_payment_config, Unset):
            allowed_payment_config = []
            for componentsschemas_allowed_payment_config_item_data in self.allowed_payment_config:
                componentsschemas_allowed_payment_config_item = (
                    componentsschemas_allowed_payment_config_item_data.to_dict()
                )
                allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if booking_guidelines is not UNSET:
            field_dict["bookingGuidelines"] = booking_guidelines
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if group is not UNSET:
            field_dict["group"] = group
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if allowed_booking_types is not UNSET:
            field_dict["allowedBookingTypes"] = allowed_booking_types
        if event_user_rsvp_list is not UNSET:
            field_dict["eventUserRsvpList"] = event_user_rsvp_list
        if allowed_payment_config is not UNSET:
            field_dict["allowedPaymentConfig"] = allowed_payment_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.event_group_metadata import EventGroupMetadata  # noqa: PLC0415
        from ..models.event_user_rsvp import EventUserRsvp  # noqa: PLC0415
        from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.payment_config_for_travel_type import PaymentConfigForTravelType  # noqa: PLC0415
        from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415
        from ..models.user_trip_group import UserTripGroup  # noqa: PLC0415

        d = src_dict
        try:
            _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

            name = _v if (_v := d.get("name")) is not None else PARSED_UNSET

            description = _v if (_v := d.get("description")) is not None else PARSED_UNSET

            _booking_guidelines = _v if (_v := d.get("bookingGuidelines")) is not None else PARSED_UNSET
            booking_guidelines: (
                list[
                    AirBookingGuidelineWrapper
                    | CarBookingGuidelineWrapper
                    | HotelBookingGuidelineWrapper
                    | RailBookingGuidelineWrapper
                ]
                | Unset
            ) = UNSET
            if _booking_guidelines is not UNSET:
                booking_guidelines = []
                for booking_guidelines_item_data in _booking_guidelines:
                    _booking_guidelines_item_data = booking_guidelines_item_data
                    booking_guidelines_item: (
                        AirBookingGuidelineWrapper
                        | CarBookingGuidelineWrapper
                        | HotelBookingGuidelineWrapper
                        | RailBookingGuidelineWrapper
                    )
                    if not isinstance(_booking_guidelines_item_data, dict):
                        raise UnknownVariantError(
                            "AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper | RailBookingGuidelineWrapper",
                            _booking_guidelines_item_data,
                        )
                    elif "airBookingGuideLine" in _booking_guidelines_item_data:
                        booking_guidelines_item = AirBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
                    elif "hotelBookingGuideLine" in _booking_guidelines_item_data:
                        booking_guidelines_item = HotelBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
                    elif "carBookingGuideLine" in _booking_guidelines_item_data:
                        booking_guidelines_item = CarBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
                    elif "railBookingGuideLine" in _booking_guidelines_item_data:
                        booking_guidelines_item = RailBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
                    else:
                        raise UnknownVariantError(
                            "AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper | RailBookingGuidelineWrapper",
                            _booking_guidelines_item_data,
                        )

                    booking_guidelines.append(booking_guidelines_item)

            _metadata = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
            metadata: EventGroupMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = EventGroupMetadata.from_dict(_metadata)

            _group = _v if (_v := d.get("group")) is not None else PARSED_UNSET
            group: UserTripGroup | Unset
            if isinstance(_group, Unset):
                group = UNSET
            else:
                group = UserTripGroup.from_dict(_group)

            _created_by = _v if (_v := d.get("createdBy")) is not None else PARSED_UNSET
            created_by: UserId | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = UserId.from_dict(_created_by)

            _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
            allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
            if _allowed_booking_types is not UNSET:
                allowed_booking_types = []
                for allowed_booking_types_item_data in _allowed_booking_types:
                    allowed_booking_types_item = EventAllowedBookingType(allowed_booking_types_item_data)

                    allowed_booking_types.append(allowed_booking_types_item)

            _event_user_rsvp_list = _v if (_v := d.get("eventUserRsvpList")) is not None else PARSED_UNSET
            event_user_rsvp_list: list[EventUserRsvp] | Unset = UNSET
            if _event_user_rsvp_list is not UNSET:
                event_user_rsvp_list = []
                for event_user_rsvp_list_item_data in _event_user_rsvp_list:
                    event_user_rsvp_list_item = EventUserRsvp.from_dict(event_user_rsvp_list_item_data)

                    event_user_rsvp_list.append(event_user_rsvp_list_item)

            _allowed_payment_config = _v if (_v := d.get("allowedPaymentConfig")) is not None else PARSED_UNSET
            allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
            if _allowed_payment_config is not UNSET:
                allowed_payment_config = []
                for componentsschemas_allowed_payment_config_item_data in _allowed_payment_config:
                    componentsschemas_allowed_payment_config_item = PaymentConfigForTravelType.from_dict(
                        componentsschemas_allowed_payment_config_item_data
                    )

                    allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventGroup", str(exc.args[0])) from None
        event_group = cls(
            id=id,
            name=name,
            description=description,
            booking_guidelines=booking_guidelines,
            metadata=metadata,
            group=group,
            created_by=created_by,
            allowed_booking_types=allowed_booking_types,
            event_user_rsvp_list=event_user_rsvp_list,
            allowed_payment_config=allowed_payment_config,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_group.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_group

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
