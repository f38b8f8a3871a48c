from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from ..models.allow_travelers_to_rsvp import AllowTravelersToRsvp
from ..models.event_allowed_booking_type import EventAllowedBookingType
from ..models.event_booking_style import EventBookingStyle
from ..models.event_running_status import EventRunningStatus
from ..models.event_status import EventStatus
from ..models.event_type import EventType
from ..types import (
    PARSED_UNSET,
    UNSET,
    UnknownVariant,
    Unset,
    check_request_json,
    deprecate_fields,
    enum_field,
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
    from ..models.date_time_local import DateTimeLocal
    from ..models.document import Document
    from ..models.entity_id import EntityId
    from ..models.event_location import EventLocation
    from ..models.event_user_info import EventUserInfo
    from ..models.event_user_rsvp import EventUserRsvp
    from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
    from ..models.invite_email_config import InviteEmailConfig
    from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
    from ..models.user_id import UserId


T = TypeVar("T", bound="TravelerEventSummary")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "name",
        "description",
        "startDateTime",
        "endDateTime",
        "location",
        "contacts",
        "documents",
        "bookingGuidelines",
        "allowedBookingTypes",
        "eventUserRsvp",
        "contactInfoList",
        "companyId",
        "runningStatus",
        "status",
        "isRemovedParticipant",
        "inviteEmailConfig",
        "parentEventId",
        "bookingStyle",
        "allowTravelersToRsvp",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "id",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "id": ("id", True, ("str",), None),
    "type": ("type_", False, ("enum", "event_type", "EventType"), None),
    "name": ("name", False, ("str",), None),
    "description": ("description", False, ("str",), None),
    "startDateTime": ("start_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "endDateTime": ("end_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "location": ("location", False, ("model", "event_location", "EventLocation"), None),
    "contacts": ("contacts", False, ("list", ("model", "user_id", "UserId")), None),
    "documents": ("documents", False, ("list", ("model", "document", "Document")), None),
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
    "allowedBookingTypes": (
        "allowed_booking_types",
        False,
        ("list", ("enum", "event_allowed_booking_type", "EventAllowedBookingType")),
        None,
    ),
    "eventUserRsvp": ("event_user_rsvp", False, ("model", "event_user_rsvp", "EventUserRsvp"), None),
    "contactInfoList": ("contact_info_list", False, ("list", ("model", "event_user_info", "EventUserInfo")), None),
    "companyId": ("company_id", False, ("model", "entity_id", "EntityId"), None),
    "runningStatus": ("running_status", False, ("enum", "event_running_status", "EventRunningStatus"), None),
    "status": ("status", False, ("enum", "event_status", "EventStatus"), None),
    "isRemovedParticipant": ("is_removed_participant", False, ("bool",), None),
    "inviteEmailConfig": ("invite_email_config", False, ("model", "invite_email_config", "InviteEmailConfig"), None),
    "parentEventId": ("parent_event_id", False, ("str",), None),
    "bookingStyle": ("booking_style", False, ("enum", "event_booking_style", "EventBookingStyle"), None),
    "allowTravelersToRsvp": (
        "allow_travelers_to_rsvp",
        False,
        ("enum", "allow_travelers_to_rsvp", "AllowTravelersToRsvp"),
        None,
    ),
}


def _enum_type_(value: EventType | str | Unset) -> EventType | Unset:
    converted: EventType | Unset = enum_field(value, EventType, "TravelerEventSummary", "type_")
    return converted


def _enum_allowed_booking_types(
    value: Sequence[EventAllowedBookingType | str] | Unset,
) -> list[EventAllowedBookingType] | Unset:
    converted: list[EventAllowedBookingType] | Unset = enum_list_field(
        value, EventAllowedBookingType, "TravelerEventSummary", "allowed_booking_types"
    )
    return converted


def _enum_running_status(value: EventRunningStatus | str | Unset) -> EventRunningStatus | Unset:
    converted: EventRunningStatus | Unset = enum_field(
        value, EventRunningStatus, "TravelerEventSummary", "running_status"
    )
    return converted


def _enum_status(value: EventStatus | str | Unset) -> EventStatus | Unset:
    converted: EventStatus | Unset = enum_field(value, EventStatus, "TravelerEventSummary", "status")
    return converted


def _enum_booking_style(value: EventBookingStyle | str | Unset) -> EventBookingStyle | Unset:
    converted: EventBookingStyle | Unset = enum_field(value, EventBookingStyle, "TravelerEventSummary", "booking_style")
    return converted


def _enum_allow_travelers_to_rsvp(value: AllowTravelersToRsvp | str | Unset) -> AllowTravelersToRsvp | Unset:
    converted: AllowTravelersToRsvp | Unset = enum_field(
        value, AllowTravelersToRsvp, "TravelerEventSummary", "allow_travelers_to_rsvp"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class TravelerEventSummary:
    """
    Attributes:
        id (str): JSON ``id``; example 12345.
        type_ (EventType | Unset): JSON ``type``; example GENERIC; one of GENERIC, PROGRAM, PROGRAM_SESSION,
            PROGRAM_TRIP.
        name (str | Unset): JSON ``name``; example My event.
        description (str | Unset): JSON ``description``; example This is an event description.
        start_date_time (DateTimeLocal | Unset): JSON ``startDateTime``.
        end_date_time (DateTimeLocal | Unset): JSON ``endDateTime``.
        location (EventLocation | Unset): JSON ``location``.
        contacts (list[UserId] | Unset): JSON ``contacts``; Deprecated (sunset 2026-07-01).
        documents (list[Document] | Unset): JSON ``documents``.
        booking_guidelines (list[AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper] | Unset): JSON ``bookingGuidelines``.
        allowed_booking_types (list[EventAllowedBookingType] | Unset): JSON ``allowedBookingTypes``; one of AIR, HOTEL,
            CAR, RAIL.
        event_user_rsvp (EventUserRsvp | Unset): JSON ``eventUserRsvp``.
        contact_info_list (list[EventUserInfo] | Unset): JSON ``contactInfoList``.
        company_id (EntityId | Unset): JSON ``companyId``.
        running_status (EventRunningStatus | Unset): JSON ``runningStatus``; example UPCOMING; one of IN_PROGRESS,
            UPCOMING, COMPLETED.
        status (EventStatus | Unset): JSON ``status``; example DRAFT; one of DRAFT, PUBLISH, CANCELLED.
        is_removed_participant (bool | Unset): JSON ``isRemovedParticipant``.
        invite_email_config (InviteEmailConfig | Unset): JSON ``inviteEmailConfig``.
        parent_event_id (str | Unset): JSON ``parentEventId``; example 56789012.
        booking_style (EventBookingStyle | Unset): JSON ``bookingStyle``; example SELF_SERVE; one of SELF_SERVE,
            AGENT_MANAGED.
        allow_travelers_to_rsvp (AllowTravelersToRsvp | Unset): JSON ``allowTravelersToRsvp``; one of ALLOWED,
            NOT_ALLOWED.
    """

    id: str
    type_: EventType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    start_date_time: DateTimeLocal | Unset = UNSET
    end_date_time: DateTimeLocal | Unset = UNSET
    location: EventLocation | Unset = UNSET
    contacts: list[UserId] | Unset = UNSET
    documents: list[Document] | Unset = UNSET
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
    allowed_booking_types: list[EventAllowedBookingType] | Unset = _attrs_field(
        default=UNSET, converter=_enum_allowed_booking_types
    )
    event_user_rsvp: EventUserRsvp | Unset = UNSET
    contact_info_list: list[EventUserInfo] | Unset = UNSET
    company_id: EntityId | Unset = UNSET
    running_status: EventRunningStatus | Unset = _attrs_field(default=UNSET, converter=_enum_running_status)
    status: EventStatus | Unset = _attrs_field(default=UNSET, converter=_enum_status)
    is_removed_participant: bool | Unset = UNSET
    invite_email_config: InviteEmailConfig | Unset = UNSET
    parent_event_id: str | Unset = UNSET
    booking_style: EventBookingStyle | Unset = _attrs_field(default=UNSET, converter=_enum_booking_style)
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset = _attrs_field(
        default=UNSET, converter=_enum_allow_travelers_to_rsvp
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
            id = self.id

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            name = self.name

            description = self.description

            start_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.start_date_time, Unset):
                start_date_time = self.start_date_time.to_dict()

            end_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.end_date_time, Unset):
                end_date_time = self.end_date_time.to_dict()

            location: dict[str, Any] | Unset = UNSET
            if not isinstance(self.location, Unset):
                location = self.location.to_dict()

            contacts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.contacts, Unset):
                contacts = []
                for contacts_item_data in self.contacts:
                    contacts_item = contacts_item_data.to_dict()
                    contacts.append(contacts_item)

            documents: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.documents, Unset):
                documents = []
                for documents_item_data in self.documents:
                    documents_item = documents_item_data.to_dict()
                    documents.append(documents_item)

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

            allowed_booking_types: list[str] | Unset = UNSET
            if not isinstance(self.allowed_booking_types, Unset):
                allowed_booking_types = []
                for allowed_booking_types_item_data in self.allowed_booking_types:
                    allowed_booking_types_item = allowed_booking_types_item_data.value
                    allowed_booking_types.append(allowed_booking_types_item)

            event_user_rsvp: dict[str, Any] | Unset = UNSET
            if not isinstance(self.event_user_rsvp, Unset):
                event_user_rsvp = self.event_user_rsvp.to_dict()

            contact_info_list: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.contact_info_list, Unset):
                contact_info_list = []
                for contact_info_list_item_data in self.contact_info_list:
                    contact_info_list_item = contact_info_list_item_data.to_dict()
                    contact_info_list.append(contact_info_list_item)

            company_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_id, Unset):
                company_id = self.company_id.to_dict()

            running_status: str | Unset = UNSET
            if not isinstance(self.running_status, Unset):
                running_status = self.running_status.value

            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

            is_removed_participant = self.is_removed_participant

            invite_email_config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.invite_email_config, Unset):
                invite_email_config = self.invite_email_config.to_dict()

            parent_event_id = self.parent_event_id

            booking_style: str | Unset = UNSET
            if not isinstance(self.booking_style, Unset):
                booking_style = self.booking_style.value

            allow_travelers_to_rsvp: str | Unset = UNSET
            if not isinstance(self.allow_travelers_to_rsvp, Unset):
                allow_travelers_to_rsvp = self.allow_travelers_to_rsvp.value

            field_dict: dict[str, Any] = {}
            field_dict["id"] = id
            if type_ is not UNSET:
                field_dict["type"] = type_
            if name is not UNSET:
                field_dict["name"] = name
            if description is not UNSET:
                field_dict["description"] = description
            if start_date_time is not UNSET:
                field_dict["startDateTime"] = start_date_time
            if end_date_time is not UNSET:
                field_dict["endDateTime"] = end_date_time
            if location is not UNSET:
                field_dict["location"] = location
            if contacts is not UNSET:
                field_dict["contacts"] = contacts
            if documents is not UNSET:
                field_dict["documents"] = documents
            if booking_guidelines is not UNSET:
                field_dict["bookingGuidelines"] = booking_guidelines
            if allowed_booking_types is not UNSET:
                field_dict["allowedBookingTypes"] = allowed_booking_types
            if event_user_rsvp is not UNSET:
                field_dict["eventUserRsvp"] = event_user_rsvp
            if contact_info_list is not UNSET:
                field_dict["contactInfoList"] = contact_info_list
            if company_id is not UNSET:
                field_dict["companyId"] = company_id
            if running_status is not UNSET:
                field_dict["runningStatus"] = running_status
            if status is not UNSET:
                field_dict["status"] = status
            if is_removed_participant is not UNSET:
                field_dict["isRemovedParticipant"] = is_removed_participant
            if invite_email_config is not UNSET:
                field_dict["inviteEmailConfig"] = invite_email_config
            if parent_event_id is not UNSET:
                field_dict["parentEventId"] = parent_event_id
            if booking_style is not UNSET:
                field_dict["bookingStyle"] = booking_style
            if allow_travelers_to_rsvp is not UNSET:
                field_dict["allowTravelersToRsvp"] = allow_travelers_to_rsvp
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
        def require(self, name: Literal["type_"], /) -> EventType: ...
        @overload
        def require(self, name: Literal["name"], /) -> str: ...
        @overload
        def require(self, name: Literal["description"], /) -> str: ...
        @overload
        def require(self, name: Literal["start_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["end_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["location"], /) -> EventLocation: ...
        @overload
        def require(self, name: Literal["contacts"], /) -> list[UserId]: ...
        @overload
        def require(self, name: Literal["documents"], /) -> list[Document]: ...
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
        def require(self, name: Literal["allowed_booking_types"], /) -> list[EventAllowedBookingType]: ...
        @overload
        def require(self, name: Literal["event_user_rsvp"], /) -> EventUserRsvp: ...
        @overload
        def require(self, name: Literal["contact_info_list"], /) -> list[EventUserInfo]: ...
        @overload
        def require(self, name: Literal["company_id"], /) -> EntityId: ...
        @overload
        def require(self, name: Literal["running_status"], /) -> EventRunningStatus: ...
        @overload
        def require(self, name: Literal["status"], /) -> EventStatus: ...
        @overload
        def require(self, name: Literal["is_removed_participant"], /) -> bool: ...
        @overload
        def require(self, name: Literal["invite_email_config"], /) -> InviteEmailConfig: ...
        @overload
        def require(self, name: Literal["parent_event_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["booking_style"], /) -> EventBookingStyle: ...
        @overload
        def require(self, name: Literal["allow_travelers_to_rsvp"], /) -> AllowTravelersToRsvp: ...
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
            raise ModelParseError(f"TravelerEventSummary: expected a JSON object, got {type(src_dict).__name__}")
        if "id" not in src_dict:
            raise MissingRequiredFieldError("TravelerEventSummary", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is TravelerEventSummary:
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


def _parse_id(d: Mapping[str, Any]) -> str:
    id: str = d["id"]
    if type(id) is not str:
        id = read_as("str", id, "TravelerEventSummary", "id")

    return id


def _parse_type_(d: Mapping[str, Any]) -> EventType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    return type_


def _parse_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "TravelerEventSummary", "name")

    return name


def _parse_description(d: Mapping[str, Any]) -> str | Unset:
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "TravelerEventSummary", "description")

    return description


def _parse_start_date_time(d: Mapping[str, Any]) -> DateTimeLocal | Unset:
    _start_date_time = _v if (_v := d.get("startDateTime")) is not None else PARSED_UNSET
    start_date_time: DateTimeLocal | Unset
    if isinstance(_start_date_time, Unset):
        start_date_time = UNSET
    else:
        start_date_time = DateTimeLocal.from_dict(_start_date_time)

    return start_date_time


def _parse_end_date_time(d: Mapping[str, Any]) -> DateTimeLocal | Unset:
    _end_date_time = _v if (_v := d.get("endDateTime")) is not None else PARSED_UNSET
    end_date_time: DateTimeLocal | Unset
    if isinstance(_end_date_time, Unset):
        end_date_time = UNSET
    else:
        end_date_time = DateTimeLocal.from_dict(_end_date_time)

    return end_date_time


def _parse_location(d: Mapping[str, Any]) -> EventLocation | Unset:
    _location = _v if (_v := d.get("location")) is not None else PARSED_UNSET
    location: EventLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = EventLocation.from_dict(_location)

    return location


def _parse_contacts(d: Mapping[str, Any]) -> list[UserId] | Unset:
    _contacts = _v if (_v := d.get("contacts")) is not None else PARSED_UNSET
    contacts: list[UserId] | Unset = UNSET
    if _contacts is not UNSET:
        contacts = []
        for contacts_item_data in _contacts:
            contacts_item = UserId.from_dict(contacts_item_data)

            contacts.append(contacts_item)

    return contacts


def _parse_documents(d: Mapping[str, Any]) -> list[Document] | Unset:
    _documents = _v if (_v := d.get("documents")) is not None else PARSED_UNSET
    documents: list[Document] | Unset = UNSET
    if _documents is not UNSET:
        documents = []
        for documents_item_data in _documents:
            documents_item = Document.from_dict(documents_item_data)

            documents.append(documents_item)

    return documents


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


def _parse_allowed_booking_types(d: Mapping[str, Any]) -> list[EventAllowedBookingType] | Unset:
    _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    if _allowed_booking_types is not UNSET:
        allowed_booking_types = []
        for allowed_booking_types_item_data in _allowed_booking_types:
            allowed_booking_types_item = EventAllowedBookingType._members[allowed_booking_types_item_data]

            allowed_booking_types.append(allowed_booking_types_item)

    return allowed_booking_types


def _parse_event_user_rsvp(d: Mapping[str, Any]) -> EventUserRsvp | Unset:
    _event_user_rsvp = _v if (_v := d.get("eventUserRsvp")) is not None else PARSED_UNSET
    event_user_rsvp: EventUserRsvp | Unset
    if isinstance(_event_user_rsvp, Unset):
        event_user_rsvp = UNSET
    else:
        event_user_rsvp = EventUserRsvp.from_dict(_event_user_rsvp)

    return event_user_rsvp


def _parse_contact_info_list(d: Mapping[str, Any]) -> list[EventUserInfo] | Unset:
    _contact_info_list = _v if (_v := d.get("contactInfoList")) is not None else PARSED_UNSET
    contact_info_list: list[EventUserInfo] | Unset = UNSET
    if _contact_info_list is not UNSET:
        contact_info_list = []
        for contact_info_list_item_data in _contact_info_list:
            contact_info_list_item = EventUserInfo.from_dict(contact_info_list_item_data)

            contact_info_list.append(contact_info_list_item)

    return contact_info_list


def _parse_company_id(d: Mapping[str, Any]) -> EntityId | Unset:
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: EntityId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = EntityId.from_dict(_company_id)

    return company_id


def _parse_running_status(d: Mapping[str, Any]) -> EventRunningStatus | Unset:
    _running_status = _v if (_v := d.get("runningStatus")) is not None else PARSED_UNSET
    running_status: EventRunningStatus | Unset
    if isinstance(_running_status, Unset):
        running_status = UNSET
    else:
        running_status = EventRunningStatus._members[_running_status]

    return running_status


def _parse_status(d: Mapping[str, Any]) -> EventStatus | Unset:
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: EventStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = EventStatus._members[_status]

    return status


def _parse_is_removed_participant(d: Mapping[str, Any]) -> bool | Unset:
    is_removed_participant: bool | Unset = _v if (_v := d.get("isRemovedParticipant")) is not None else PARSED_UNSET
    if is_removed_participant is not UNSET and (type(is_removed_participant) is not bool):
        is_removed_participant = read_as("bool", is_removed_participant, "TravelerEventSummary", "isRemovedParticipant")

    return is_removed_participant


def _parse_invite_email_config(d: Mapping[str, Any]) -> InviteEmailConfig | Unset:
    _invite_email_config = _v if (_v := d.get("inviteEmailConfig")) is not None else PARSED_UNSET
    invite_email_config: InviteEmailConfig | Unset
    if isinstance(_invite_email_config, Unset):
        invite_email_config = UNSET
    else:
        invite_email_config = InviteEmailConfig.from_dict(_invite_email_config)

    return invite_email_config


def _parse_parent_event_id(d: Mapping[str, Any]) -> str | Unset:
    parent_event_id: str | Unset = _v if (_v := d.get("parentEventId")) is not None else PARSED_UNSET
    if parent_event_id is not UNSET and (type(parent_event_id) is not str):
        parent_event_id = read_as("str", parent_event_id, "TravelerEventSummary", "parentEventId")

    return parent_event_id


def _parse_booking_style(d: Mapping[str, Any]) -> EventBookingStyle | Unset:
    _booking_style = _v if (_v := d.get("bookingStyle")) is not None else PARSED_UNSET
    booking_style: EventBookingStyle | Unset
    if isinstance(_booking_style, Unset):
        booking_style = UNSET
    else:
        booking_style = EventBookingStyle._members[_booking_style]

    return booking_style


def _parse_allow_travelers_to_rsvp(d: Mapping[str, Any]) -> AllowTravelersToRsvp | Unset:
    _allow_travelers_to_rsvp = _v if (_v := d.get("allowTravelersToRsvp")) is not None else PARSED_UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset
    if isinstance(_allow_travelers_to_rsvp, Unset):
        allow_travelers_to_rsvp = UNSET
    else:
        allow_travelers_to_rsvp = AllowTravelersToRsvp._members[_allow_travelers_to_rsvp]

    return allow_travelers_to_rsvp


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: TravelerEventSummary, d: Mapping[str, Any]) -> None:
    id: str = d["id"]
    if type(id) is not str:
        id = read_as("str", id, "TravelerEventSummary", "id")

    self.id = id
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    self.type_ = type_
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "TravelerEventSummary", "name")

    self.name = name
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "TravelerEventSummary", "description")

    self.description = description
    _start_date_time = _v if (_v := d.get("startDateTime")) is not None else PARSED_UNSET
    start_date_time: DateTimeLocal | Unset
    if isinstance(_start_date_time, Unset):
        start_date_time = UNSET
    else:
        start_date_time = DateTimeLocal.from_dict(_start_date_time)

    self.start_date_time = start_date_time
    _end_date_time = _v if (_v := d.get("endDateTime")) is not None else PARSED_UNSET
    end_date_time: DateTimeLocal | Unset
    if isinstance(_end_date_time, Unset):
        end_date_time = UNSET
    else:
        end_date_time = DateTimeLocal.from_dict(_end_date_time)

    self.end_date_time = end_date_time
    _location = _v if (_v := d.get("location")) is not None else PARSED_UNSET
    location: EventLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = EventLocation.from_dict(_location)

    self.location = location
    _contacts = _v if (_v := d.get("contacts")) is not None else PARSED_UNSET
    contacts: list[UserId] | Unset = UNSET
    if _contacts is not UNSET:
        contacts = []
        for contacts_item_data in _contacts:
            contacts_item = UserId.from_dict(contacts_item_data)

            contacts.append(contacts_item)

    self.contacts = contacts
    _documents = _v if (_v := d.get("documents")) is not None else PARSED_UNSET
    documents: list[Document] | Unset = UNSET
    if _documents is not UNSET:
        documents = []
        for documents_item_data in _documents:
            documents_item = Document.from_dict(documents_item_data)

            documents.append(documents_item)

    self.documents = documents
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
    _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    if _allowed_booking_types is not UNSET:
        allowed_booking_types = []
        for allowed_booking_types_item_data in _allowed_booking_types:
            allowed_booking_types_item = EventAllowedBookingType._members[allowed_booking_types_item_data]

            allowed_booking_types.append(allowed_booking_types_item)

    self.allowed_booking_types = allowed_booking_types
    _event_user_rsvp = _v if (_v := d.get("eventUserRsvp")) is not None else PARSED_UNSET
    event_user_rsvp: EventUserRsvp | Unset
    if isinstance(_event_user_rsvp, Unset):
        event_user_rsvp = UNSET
    else:
        event_user_rsvp = EventUserRsvp.from_dict(_event_user_rsvp)

    self.event_user_rsvp = event_user_rsvp
    _contact_info_list = _v if (_v := d.get("contactInfoList")) is not None else PARSED_UNSET
    contact_info_list: list[EventUserInfo] | Unset = UNSET
    if _contact_info_list is not UNSET:
        contact_info_list = []
        for contact_info_list_item_data in _contact_info_list:
            contact_info_list_item = EventUserInfo.from_dict(contact_info_list_item_data)

            contact_info_list.append(contact_info_list_item)

    self.contact_info_list = contact_info_list
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: EntityId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = EntityId.from_dict(_company_id)

    self.company_id = company_id
    _running_status = _v if (_v := d.get("runningStatus")) is not None else PARSED_UNSET
    running_status: EventRunningStatus | Unset
    if isinstance(_running_status, Unset):
        running_status = UNSET
    else:
        running_status = EventRunningStatus._members[_running_status]

    self.running_status = running_status
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: EventStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = EventStatus._members[_status]

    self.status = status
    is_removed_participant: bool | Unset = _v if (_v := d.get("isRemovedParticipant")) is not None else PARSED_UNSET
    if is_removed_participant is not UNSET and (type(is_removed_participant) is not bool):
        is_removed_participant = read_as("bool", is_removed_participant, "TravelerEventSummary", "isRemovedParticipant")

    self.is_removed_participant = is_removed_participant
    _invite_email_config = _v if (_v := d.get("inviteEmailConfig")) is not None else PARSED_UNSET
    invite_email_config: InviteEmailConfig | Unset
    if isinstance(_invite_email_config, Unset):
        invite_email_config = UNSET
    else:
        invite_email_config = InviteEmailConfig.from_dict(_invite_email_config)

    self.invite_email_config = invite_email_config
    parent_event_id: str | Unset = _v if (_v := d.get("parentEventId")) is not None else PARSED_UNSET
    if parent_event_id is not UNSET and (type(parent_event_id) is not str):
        parent_event_id = read_as("str", parent_event_id, "TravelerEventSummary", "parentEventId")

    self.parent_event_id = parent_event_id
    _booking_style = _v if (_v := d.get("bookingStyle")) is not None else PARSED_UNSET
    booking_style: EventBookingStyle | Unset
    if isinstance(_booking_style, Unset):
        booking_style = UNSET
    else:
        booking_style = EventBookingStyle._members[_booking_style]

    self.booking_style = booking_style
    _allow_travelers_to_rsvp = _v if (_v := d.get("allowTravelersToRsvp")) is not None else PARSED_UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset
    if isinstance(_allow_travelers_to_rsvp, Unset):
        allow_travelers_to_rsvp = UNSET
    else:
        allow_travelers_to_rsvp = AllowTravelersToRsvp._members[_allow_travelers_to_rsvp]

    self.allow_travelers_to_rsvp = allow_travelers_to_rsvp
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "id": ("id", _parse_id),
    "type_": ("type", _parse_type_),
    "name": ("name", _parse_name),
    "description": ("description", _parse_description),
    "start_date_time": ("startDateTime", _parse_start_date_time),
    "end_date_time": ("endDateTime", _parse_end_date_time),
    "location": ("location", _parse_location),
    "contacts": ("contacts", _parse_contacts),
    "documents": ("documents", _parse_documents),
    "booking_guidelines": ("bookingGuidelines", _parse_booking_guidelines),
    "allowed_booking_types": ("allowedBookingTypes", _parse_allowed_booking_types),
    "event_user_rsvp": ("eventUserRsvp", _parse_event_user_rsvp),
    "contact_info_list": ("contactInfoList", _parse_contact_info_list),
    "company_id": ("companyId", _parse_company_id),
    "running_status": ("runningStatus", _parse_running_status),
    "status": ("status", _parse_status),
    "is_removed_participant": ("isRemovedParticipant", _parse_is_removed_participant),
    "invite_email_config": ("inviteEmailConfig", _parse_invite_email_config),
    "parent_event_id": ("parentEventId", _parse_parent_event_id),
    "booking_style": ("bookingStyle", _parse_booking_style),
    "allow_travelers_to_rsvp": ("allowTravelersToRsvp", _parse_allow_travelers_to_rsvp),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
TravelerEventSummary._field_parsers = _PARSERS
TravelerEventSummary._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    TravelerEventSummary,
    {
        "contacts": ("contacts", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(TravelerEventSummary, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = TravelerEventSummary.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper
from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
from ..models.date_time_local import DateTimeLocal
from ..models.document import Document
from ..models.entity_id import EntityId
from ..models.event_location import EventLocation
from ..models.event_user_info import EventUserInfo
from ..models.event_user_rsvp import EventUserRsvp
from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
from ..models.invite_email_config import InviteEmailConfig
from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
from ..models.user_id import UserId
