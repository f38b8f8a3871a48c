from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError, UnknownVariantError
from ..models.event_allowed_booking_type import EventAllowedBookingType
from ..types import (
    PARSED_UNSET,
    UNSET,
    UnknownVariant,
    Unset,
    check_request_json,
    enum_list_field,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

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
_KNOWN_KEYS: frozenset[str] = frozenset(
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
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "id": ("id", False, ("uuid",), None),
    "name": ("name", False, ("str",), None),
    "description": ("description", False, ("str",), None),
    "bookingGuidelines": (
        "booking_guidelines",
        False,
        (
            "list",
            (
                "union",
                (
                    ("model", "air_booking_guideline_wrapper", "AirBookingGuidelineWrapper"),
                    ("model", "hotel_booking_guideline_wrapper", "HotelBookingGuidelineWrapper"),
                    ("model", "car_booking_guideline_wrapper", "CarBookingGuidelineWrapper"),
                    ("model", "rail_booking_guideline_wrapper", "RailBookingGuidelineWrapper"),
                ),
            ),
        ),
        None,
    ),
    "metadata": ("metadata", False, ("model", "event_group_metadata", "EventGroupMetadata"), None),
    "group": ("group", False, ("model", "user_trip_group", "UserTripGroup"), None),
    "createdBy": ("created_by", False, ("model", "user_id", "UserId"), None),
    "allowedBookingTypes": (
        "allowed_booking_types",
        False,
        ("list", ("enum", "event_allowed_booking_type", "EventAllowedBookingType")),
        None,
    ),
    "eventUserRsvpList": ("event_user_rsvp_list", False, ("list", ("model", "event_user_rsvp", "EventUserRsvp")), None),
    "allowedPaymentConfig": (
        "allowed_payment_config",
        False,
        ("list", ("model", "payment_config_for_travel_type", "PaymentConfigForTravelType")),
        None,
    ),
}


def _enum_allowed_booking_types(
    value: Sequence[EventAllowedBookingType | str] | Unset,
) -> list[EventAllowedBookingType] | Unset:
    converted: list[EventAllowedBookingType] | Unset = enum_list_field(
        value, EventAllowedBookingType, "EventGroup", "allowed_booking_types"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class EventGroup:
    """
    Attributes:
        id (UUID | Unset): JSON ``id``; format uuid; example f49d00fe-1eda-4304-ba79-a980f565281d.
        name (str | Unset): JSON ``name``.
        description (str | Unset): JSON ``description``.
        booking_guidelines (list[AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper] | Unset): JSON ``bookingGuidelines``.
        metadata (EventGroupMetadata | Unset): JSON ``metadata``.
        group (UserTripGroup | Unset): JSON ``group``.
        created_by (UserId | Unset): JSON ``createdBy``.
        allowed_booking_types (list[EventAllowedBookingType] | Unset): JSON ``allowedBookingTypes``; one of AIR, HOTEL,
            CAR, RAIL.
        event_user_rsvp_list (list[EventUserRsvp] | Unset): JSON ``eventUserRsvpList``.
        allowed_payment_config (list[PaymentConfigForTravelType] | Unset): JSON ``allowedPaymentConfig``.
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
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    metadata: EventGroupMetadata | Unset = UNSET
    group: UserTripGroup | Unset = UNSET
    created_by: UserId | Unset = UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = _attrs_field(
        default=UNSET, converter=_enum_allowed_booking_types
    )
    event_user_rsvp_list: list[EventUserRsvp] | Unset = UNSET
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
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
        def require(self, name: Literal["id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["name"], /) -> str: ...
        @overload
        def require(self, name: Literal["description"], /) -> str: ...
        @overload
        def require(
            self, name: Literal["booking_guidelines"], /
        ) -> list[
            AirBookingGuidelineWrapper
            | CarBookingGuidelineWrapper
            | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper
            | UnknownVariant
        ]: ...
        @overload
        def require(self, name: Literal["metadata"], /) -> EventGroupMetadata: ...
        @overload
        def require(self, name: Literal["group"], /) -> UserTripGroup: ...
        @overload
        def require(self, name: Literal["created_by"], /) -> UserId: ...
        @overload
        def require(self, name: Literal["allowed_booking_types"], /) -> list[EventAllowedBookingType]: ...
        @overload
        def require(self, name: Literal["event_user_rsvp_list"], /) -> list[EventUserRsvp]: ...
        @overload
        def require(self, name: Literal["allowed_payment_config"], /) -> list[PaymentConfigForTravelType]: ...
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
            raise ModelParseError(f"EventGroup: expected a JSON object, got {type(src_dict).__name__}")
        if cls is EventGroup:
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


def _parse_id(d: Mapping[str, Any]) -> UUID | Unset:
    _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    id: UUID | Unset
    if isinstance(_id, Unset):
        id = UNSET
    else:
        id = UUID(_id)

    return id


def _parse_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "EventGroup", "name")

    return name


def _parse_description(d: Mapping[str, Any]) -> str | Unset:
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "EventGroup", "description")

    return description


def _parse_booking_guidelines(
    d: Mapping[str, Any],
) -> (
    list[
        AirBookingGuidelineWrapper
        | CarBookingGuidelineWrapper
        | HotelBookingGuidelineWrapper
        | RailBookingGuidelineWrapper
        | UnknownVariant
    ]
    | Unset
):
    _booking_guidelines = _v if (_v := d.get("bookingGuidelines")) is not None else PARSED_UNSET
    booking_guidelines: (
        list[
            AirBookingGuidelineWrapper
            | CarBookingGuidelineWrapper
            | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper
            | UnknownVariant
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
                | UnknownVariant
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
                booking_guidelines_item = UnknownVariant(_booking_guidelines_item_data)

            booking_guidelines.append(booking_guidelines_item)

    return booking_guidelines


def _parse_metadata(d: Mapping[str, Any]) -> EventGroupMetadata | Unset:
    _metadata = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
    metadata: EventGroupMetadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = EventGroupMetadata.from_dict(_metadata)

    return metadata


def _parse_group(d: Mapping[str, Any]) -> UserTripGroup | Unset:
    _group = _v if (_v := d.get("group")) is not None else PARSED_UNSET
    group: UserTripGroup | Unset
    if isinstance(_group, Unset):
        group = UNSET
    else:
        group = UserTripGroup.from_dict(_group)

    return group


def _parse_created_by(d: Mapping[str, Any]) -> UserId | Unset:
    _created_by = _v if (_v := d.get("createdBy")) is not None else PARSED_UNSET
    created_by: UserId | Unset
    if isinstance(_created_by, Unset):
        created_by = UNSET
    else:
        created_by = UserId.from_dict(_created_by)

    return created_by


def _parse_allowed_booking_types(d: Mapping[str, Any]) -> list[EventAllowedBookingType] | Unset:
    _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    if _allowed_booking_types is not UNSET:
        allowed_booking_types = []
        for allowed_booking_types_item_data in _allowed_booking_types:
            allowed_booking_types_item = EventAllowedBookingType._members[allowed_booking_types_item_data]

            allowed_booking_types.append(allowed_booking_types_item)

    return allowed_booking_types


def _parse_event_user_rsvp_list(d: Mapping[str, Any]) -> list[EventUserRsvp] | Unset:
    _event_user_rsvp_list = _v if (_v := d.get("eventUserRsvpList")) is not None else PARSED_UNSET
    event_user_rsvp_list: list[EventUserRsvp] | Unset = UNSET
    if _event_user_rsvp_list is not UNSET:
        event_user_rsvp_list = []
        for event_user_rsvp_list_item_data in _event_user_rsvp_list:
            event_user_rsvp_list_item = EventUserRsvp.from_dict(event_user_rsvp_list_item_data)

            event_user_rsvp_list.append(event_user_rsvp_list_item)

    return event_user_rsvp_list


def _parse_allowed_payment_config(d: Mapping[str, Any]) -> list[PaymentConfigForTravelType] | Unset:
    _allowed_payment_config = _v if (_v := d.get("allowedPaymentConfig")) is not None else PARSED_UNSET
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
    if _allowed_payment_config is not UNSET:
        allowed_payment_config = []
        for componentsschemas_allowed_payment_config_item_data in _allowed_payment_config:
            componentsschemas_allowed_payment_config_item = PaymentConfigForTravelType.from_dict(
                componentsschemas_allowed_payment_config_item_data
            )

            allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

    return allowed_payment_config


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: EventGroup, d: Mapping[str, Any]) -> None:
    _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    id: UUID | Unset
    if isinstance(_id, Unset):
        id = UNSET
    else:
        id = UUID(_id)

    self.id = id
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "EventGroup", "name")

    self.name = name
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "EventGroup", "description")

    self.description = description
    _booking_guidelines = _v if (_v := d.get("bookingGuidelines")) is not None else PARSED_UNSET
    booking_guidelines: (
        list[
            AirBookingGuidelineWrapper
            | CarBookingGuidelineWrapper
            | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper
            | UnknownVariant
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
                | UnknownVariant
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
                booking_guidelines_item = UnknownVariant(_booking_guidelines_item_data)

            booking_guidelines.append(booking_guidelines_item)

    self.booking_guidelines = booking_guidelines
    _metadata = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
    metadata: EventGroupMetadata | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = EventGroupMetadata.from_dict(_metadata)

    self.metadata = metadata
    _group = _v if (_v := d.get("group")) is not None else PARSED_UNSET
    group: UserTripGroup | Unset
    if isinstance(_group, Unset):
        group = UNSET
    else:
        group = UserTripGroup.from_dict(_group)

    self.group = group
    _created_by = _v if (_v := d.get("createdBy")) is not None else PARSED_UNSET
    created_by: UserId | Unset
    if isinstance(_created_by, Unset):
        created_by = UNSET
    else:
        created_by = UserId.from_dict(_created_by)

    self.created_by = created_by
    _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    if _allowed_booking_types is not UNSET:
        allowed_booking_types = []
        for allowed_booking_types_item_data in _allowed_booking_types:
            allowed_booking_types_item = EventAllowedBookingType._members[allowed_booking_types_item_data]

            allowed_booking_types.append(allowed_booking_types_item)

    self.allowed_booking_types = allowed_booking_types
    _event_user_rsvp_list = _v if (_v := d.get("eventUserRsvpList")) is not None else PARSED_UNSET
    event_user_rsvp_list: list[EventUserRsvp] | Unset = UNSET
    if _event_user_rsvp_list is not UNSET:
        event_user_rsvp_list = []
        for event_user_rsvp_list_item_data in _event_user_rsvp_list:
            event_user_rsvp_list_item = EventUserRsvp.from_dict(event_user_rsvp_list_item_data)

            event_user_rsvp_list.append(event_user_rsvp_list_item)

    self.event_user_rsvp_list = event_user_rsvp_list
    _allowed_payment_config = _v if (_v := d.get("allowedPaymentConfig")) is not None else PARSED_UNSET
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
    if _allowed_payment_config is not UNSET:
        allowed_payment_config = []
        for componentsschemas_allowed_payment_config_item_data in _allowed_payment_config:
            componentsschemas_allowed_payment_config_item = PaymentConfigForTravelType.from_dict(
                componentsschemas_allowed_payment_config_item_data
            )

            allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

    self.allowed_payment_config = allowed_payment_config
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "id": ("id", _parse_id),
    "name": ("name", _parse_name),
    "description": ("description", _parse_description),
    "booking_guidelines": ("bookingGuidelines", _parse_booking_guidelines),
    "metadata": ("metadata", _parse_metadata),
    "group": ("group", _parse_group),
    "created_by": ("createdBy", _parse_created_by),
    "allowed_booking_types": ("allowedBookingTypes", _parse_allowed_booking_types),
    "event_user_rsvp_list": ("eventUserRsvpList", _parse_event_user_rsvp_list),
    "allowed_payment_config": ("allowedPaymentConfig", _parse_allowed_payment_config),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
EventGroup._field_parsers = _PARSERS
EventGroup._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(EventGroup, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = EventGroup.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper
from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
from ..models.event_group_metadata import EventGroupMetadata
from ..models.event_user_rsvp import EventUserRsvp
from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
from ..models.payment_config_for_travel_type import PaymentConfigForTravelType
from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
from ..models.user_id import UserId
from ..models.user_trip_group import UserTripGroup
