from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from ..models.allow_travelers_policy import AllowTravelersPolicy
from ..models.allow_travelers_to_rsvp import AllowTravelersToRsvp
from ..models.event_allowed_booking_type import EventAllowedBookingType
from ..models.event_booking_style import EventBookingStyle
from ..models.event_type import EventType
from ..models.persona import Persona
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
    from ..models.bucket_email_preferences import BucketEmailPreferences
    from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
    from ..models.company_id import CompanyId
    from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse
    from ..models.custom_field_response import CustomFieldResponse
    from ..models.date_time_local import DateTimeLocal
    from ..models.document import Document
    from ..models.event_location import EventLocation
    from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
    from ..models.invite_email_config import InviteEmailConfig
    from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
    from ..models.trip_contact import TripContact
    from ..models.trip_overrides import TripOverrides
    from ..models.user_create_request import UserCreateRequest
    from ..models.user_id import UserId


T = TypeVar("T", bound="CreateEventRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "location",
        "description",
        "documents",
        "startDateTime",
        "endDateTime",
        "contacts",
        "bookingGuidelines",
        "allowedBookingTypes",
        "externalId",
        "eventCustomFieldResponses",
        "eventCustomFieldV3Responses",
        "parentEventId",
        "companyId",
        "bookingStyle",
        "referenceUsers",
        "travelerTypes",
        "policyId",
        "travellers",
        "type",
        "allowTravelersPolicy",
        "emailPreferences",
        "internalNotes",
        "allowTravelersToRsvp",
        "tripOverrides",
        "tripContacts",
        "inheritedCustomFieldIds",
        "inviteEmailConfig",
        "useHiddenTemplate",
        "newTraveler",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "name",
        "location",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "name": ("name", True, ("str",), None),
    "location": ("location", True, ("model", "event_location", "EventLocation"), None),
    "description": ("description", False, ("str",), None),
    "documents": ("documents", False, ("list", ("model", "document", "Document")), None),
    "startDateTime": ("start_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "endDateTime": ("end_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "contacts": ("contacts", False, ("list", ("model", "user_id", "UserId")), None),
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
    "externalId": ("external_id", False, ("str",), None),
    "eventCustomFieldResponses": (
        "event_custom_field_responses",
        False,
        ("list", ("model", "custom_field_response", "CustomFieldResponse")),
        None,
    ),
    "eventCustomFieldV3Responses": (
        "event_custom_field_v3_responses",
        False,
        ("list", ("model", "custom_field_prefilled_response", "CustomFieldPrefilledResponse")),
        None,
    ),
    "parentEventId": ("parent_event_id", False, ("str",), None),
    "companyId": ("company_id", False, ("model", "company_id", "CompanyId"), None),
    "bookingStyle": ("booking_style", False, ("enum", "event_booking_style", "EventBookingStyle"), None),
    "referenceUsers": ("reference_users", False, ("list", ("model", "user_id", "UserId")), None),
    "travelerTypes": ("traveler_types", False, ("list", ("enum", "persona", "Persona")), None),
    "policyId": ("policy_id", False, ("uuid",), None),
    "travellers": ("travellers", False, ("list", ("model", "user_id", "UserId")), {"minItems": 0, "maxItems": 1000}),
    "type": ("type_", False, ("enum", "event_type", "EventType"), None),
    "allowTravelersPolicy": (
        "allow_travelers_policy",
        False,
        ("enum", "allow_travelers_policy", "AllowTravelersPolicy"),
        None,
    ),
    "emailPreferences": (
        "email_preferences",
        False,
        ("model", "bucket_email_preferences", "BucketEmailPreferences"),
        None,
    ),
    "internalNotes": ("internal_notes", False, ("str",), None),
    "allowTravelersToRsvp": (
        "allow_travelers_to_rsvp",
        False,
        ("enum", "allow_travelers_to_rsvp", "AllowTravelersToRsvp"),
        None,
    ),
    "tripOverrides": ("trip_overrides", False, ("model", "trip_overrides", "TripOverrides"), None),
    "tripContacts": ("trip_contacts", False, ("list", ("model", "trip_contact", "TripContact")), None),
    "inheritedCustomFieldIds": ("inherited_custom_field_ids", False, ("list", ("uuid",)), None),
    "inviteEmailConfig": ("invite_email_config", False, ("model", "invite_email_config", "InviteEmailConfig"), None),
    "useHiddenTemplate": ("use_hidden_template", False, ("bool",), None),
    "newTraveler": ("new_traveler", False, ("model", "user_create_request", "UserCreateRequest"), None),
}


def _enum_allowed_booking_types(
    value: Sequence[EventAllowedBookingType | str] | Unset,
) -> list[EventAllowedBookingType] | Unset:
    converted: list[EventAllowedBookingType] | Unset = enum_list_field(
        value, EventAllowedBookingType, "CreateEventRequest", "allowed_booking_types"
    )
    return converted


def _enum_booking_style(value: EventBookingStyle | str | Unset) -> EventBookingStyle | Unset:
    converted: EventBookingStyle | Unset = enum_field(value, EventBookingStyle, "CreateEventRequest", "booking_style")
    return converted


def _enum_traveler_types(value: Sequence[Persona | str] | Unset) -> list[Persona] | Unset:
    converted: list[Persona] | Unset = enum_list_field(value, Persona, "CreateEventRequest", "traveler_types")
    return converted


def _enum_type_(value: EventType | str | Unset) -> EventType | Unset:
    converted: EventType | Unset = enum_field(value, EventType, "CreateEventRequest", "type_")
    return converted


def _enum_allow_travelers_policy(value: AllowTravelersPolicy | str | Unset) -> AllowTravelersPolicy | Unset:
    converted: AllowTravelersPolicy | Unset = enum_field(
        value, AllowTravelersPolicy, "CreateEventRequest", "allow_travelers_policy"
    )
    return converted


def _enum_allow_travelers_to_rsvp(value: AllowTravelersToRsvp | str | Unset) -> AllowTravelersToRsvp | Unset:
    converted: AllowTravelersToRsvp | Unset = enum_field(
        value, AllowTravelersToRsvp, "CreateEventRequest", "allow_travelers_to_rsvp"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateEventRequest:
    """
    Attributes:
        name (str): JSON ``name``.
        location (EventLocation): JSON ``location``.
        description (str | Unset): JSON ``description``.
        documents (list[Document] | Unset): JSON ``documents``.
        start_date_time (DateTimeLocal | Unset): JSON ``startDateTime``.
        end_date_time (DateTimeLocal | Unset): JSON ``endDateTime``.
        contacts (list[UserId] | Unset): JSON ``contacts``.
        booking_guidelines (list[AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper] | Unset): JSON ``bookingGuidelines``.
        allowed_booking_types (list[EventAllowedBookingType] | Unset): JSON ``allowedBookingTypes``; one of AIR, HOTEL,
            CAR, RAIL.
        external_id (str | Unset): JSON ``externalId``; example qwert123.
        event_custom_field_responses (list[CustomFieldResponse] | Unset): JSON ``eventCustomFieldResponses``; Deprecated
            (sunset 2026-07-01).
        event_custom_field_v3_responses (list[CustomFieldPrefilledResponse] | Unset): JSON
            ``eventCustomFieldV3Responses``.
        parent_event_id (str | Unset): JSON ``parentEventId``; example 56789012.
        company_id (CompanyId | Unset): JSON ``companyId``.
        booking_style (EventBookingStyle | Unset): JSON ``bookingStyle``; example SELF_SERVE; one of SELF_SERVE,
            AGENT_MANAGED.
        reference_users (list[UserId] | Unset): JSON ``referenceUsers``.
        traveler_types (list[Persona] | Unset): JSON ``travelerTypes``; one of UNKNOWN_PERSONA, EMPLOYEE, GUEST,
            PERSONAL, RELATIVE, ADHOC.
        policy_id (UUID | Unset): JSON ``policyId``; format uuid; example f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b.
        travellers (list[UserId] | Unset): JSON ``travellers``; minItems 0; maxItems 1000.
        type_ (EventType | Unset): JSON ``type``; example GENERIC; one of GENERIC, PROGRAM, PROGRAM_SESSION,
            PROGRAM_TRIP.
        allow_travelers_policy (AllowTravelersPolicy | Unset): JSON ``allowTravelersPolicy``; one of ALLOWED,
            NOT_ALLOWED.
        email_preferences (BucketEmailPreferences | Unset): JSON ``emailPreferences``.
        internal_notes (str | Unset): JSON ``internalNotes``; example Use travelers default as payment method..
        allow_travelers_to_rsvp (AllowTravelersToRsvp | Unset): JSON ``allowTravelersToRsvp``; one of ALLOWED,
            NOT_ALLOWED.
        trip_overrides (TripOverrides | Unset): JSON ``tripOverrides``.
        trip_contacts (list[TripContact] | Unset): JSON ``tripContacts``.
        inherited_custom_field_ids (list[UUID] | Unset): JSON ``inheritedCustomFieldIds``.
        invite_email_config (InviteEmailConfig | Unset): JSON ``inviteEmailConfig``.
        use_hidden_template (bool | Unset): JSON ``useHiddenTemplate``; default False (not sent unless set).
        new_traveler (UserCreateRequest | Unset): JSON ``newTraveler``.
    """

    name: str
    location: EventLocation
    description: str | Unset = UNSET
    documents: list[Document] | Unset = UNSET
    start_date_time: DateTimeLocal | Unset = UNSET
    end_date_time: DateTimeLocal | Unset = UNSET
    contacts: list[UserId] | Unset = UNSET
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
    external_id: str | Unset = UNSET
    event_custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    event_custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    parent_event_id: str | Unset = UNSET
    company_id: CompanyId | Unset = UNSET
    booking_style: EventBookingStyle | Unset = _attrs_field(default=UNSET, converter=_enum_booking_style)
    reference_users: list[UserId] | Unset = UNSET
    traveler_types: list[Persona] | Unset = _attrs_field(default=UNSET, converter=_enum_traveler_types)
    policy_id: UUID | Unset = UNSET
    travellers: list[UserId] | Unset = UNSET
    type_: EventType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    allow_travelers_policy: AllowTravelersPolicy | Unset = _attrs_field(
        default=UNSET, converter=_enum_allow_travelers_policy
    )
    email_preferences: BucketEmailPreferences | Unset = UNSET
    internal_notes: str | Unset = UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset = _attrs_field(
        default=UNSET, converter=_enum_allow_travelers_to_rsvp
    )
    trip_overrides: TripOverrides | Unset = UNSET
    trip_contacts: list[TripContact] | Unset = UNSET
    inherited_custom_field_ids: list[UUID] | Unset = UNSET
    invite_email_config: InviteEmailConfig | Unset = UNSET
    use_hidden_template: bool | Unset = UNSET
    new_traveler: UserCreateRequest | Unset = UNSET
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
            name = self.name

            location = self.location.to_dict()

            description = self.description

            documents: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.documents, Unset):
                documents = []
                for documents_item_data in self.documents:
                    documents_item = documents_item_data.to_dict()
                    documents.append(documents_item)

            start_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.start_date_time, Unset):
                start_date_time = self.start_date_time.to_dict()

            end_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.end_date_time, Unset):
                end_date_time = self.end_date_time.to_dict()

            contacts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.contacts, Unset):
                contacts = []
                for contacts_item_data in self.contacts:
                    contacts_item = contacts_item_data.to_dict()
                    contacts.append(contacts_item)

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

            external_id = self.external_id

            event_custom_field_responses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.event_custom_field_responses, Unset):
                event_custom_field_responses = []
                for event_custom_field_responses_item_data in self.event_custom_field_responses:
                    event_custom_field_responses_item = event_custom_field_responses_item_data.to_dict()
                    event_custom_field_responses.append(event_custom_field_responses_item)

            event_custom_field_v3_responses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.event_custom_field_v3_responses, Unset):
                event_custom_field_v3_responses = []
                for event_custom_field_v3_responses_item_data in self.event_custom_field_v3_responses:
                    event_custom_field_v3_responses_item = event_custom_field_v3_responses_item_data.to_dict()
                    event_custom_field_v3_responses.append(event_custom_field_v3_responses_item)

            parent_event_id = self.parent_event_id

            company_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_id, Unset):
                company_id = self.company_id.to_dict()

            booking_style: str | Unset = UNSET
            if not isinstance(self.booking_style, Unset):
                booking_style = self.booking_style.value

            reference_users: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.reference_users, Unset):
                reference_users = []
                for reference_users_item_data in self.reference_users:
                    reference_users_item = reference_users_item_data.to_dict()
                    reference_users.append(reference_users_item)

            traveler_types: list[str] | Unset = UNSET
            if not isinstance(self.traveler_types, Unset):
                traveler_types = []
                for traveler_types_item_data in self.traveler_types:
                    traveler_types_item = traveler_types_item_data.value
                    traveler_types.append(traveler_types_item)

            policy_id: str | Unset = UNSET
            if not isinstance(self.policy_id, Unset):
                policy_id = str(self.policy_id)

            travellers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.travellers, Unset):
                travellers = []
                for travellers_item_data in self.travellers:
                    travellers_item = travellers_item_data.to_dict()
                    travellers.append(travellers_item)

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            allow_travelers_policy: str | Unset = UNSET
            if not isinstance(self.allow_travelers_policy, Unset):
                allow_travelers_policy = self.allow_travelers_policy.value

            email_preferences: dict[str, Any] | Unset = UNSET
            if not isinstance(self.email_preferences, Unset):
                email_preferences = self.email_preferences.to_dict()

            internal_notes = self.internal_notes

            allow_travelers_to_rsvp: str | Unset = UNSET
            if not isinstance(self.allow_travelers_to_rsvp, Unset):
                allow_travelers_to_rsvp = self.allow_travelers_to_rsvp.value

            trip_overrides: dict[str, Any] | Unset = UNSET
            if not isinstance(self.trip_overrides, Unset):
                trip_overrides = self.trip_overrides.to_dict()

            trip_contacts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.trip_contacts, Unset):
                trip_contacts = []
                for trip_contacts_item_data in self.trip_contacts:
                    trip_contacts_item = trip_contacts_item_data.to_dict()
                    trip_contacts.append(trip_contacts_item)

            inherited_custom_field_ids: list[str] | Unset = UNSET
            if not isinstance(self.inherited_custom_field_ids, Unset):
                inherited_custom_field_ids = []
                for inherited_custom_field_ids_item_data in self.inherited_custom_field_ids:
                    inherited_custom_field_ids_item = str(inherited_custom_field_ids_item_data)
                    inherited_custom_field_ids.append(inherited_custom_field_ids_item)

            invite_email_config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.invite_email_config, Unset):
                invite_email_config = self.invite_email_config.to_dict()

            use_hidden_template = self.use_hidden_template

            new_traveler: dict[str, Any] | Unset = UNSET
            if not isinstance(self.new_traveler, Unset):
                new_traveler = self.new_traveler.to_dict()

            field_dict: dict[str, Any] = {}
            field_dict["name"] = name
            field_dict["location"] = location
            if description is not UNSET:
                field_dict["description"] = description
            if documents is not UNSET:
                field_dict["documents"] = documents
            if start_date_time is not UNSET:
                field_dict["startDateTime"] = start_date_time
            if end_date_time is not UNSET:
                field_dict["endDateTime"] = end_date_time
            if contacts is not UNSET:
                field_dict["contacts"] = contacts
            if booking_guidelines is not UNSET:
                field_dict["bookingGuidelines"] = booking_guidelines
            if allowed_booking_types is not UNSET:
                field_dict["allowedBookingTypes"] = allowed_booking_types
            if external_id is not UNSET:
                field_dict["externalId"] = external_id
            if event_custom_field_responses is not UNSET:
                field_dict["eventCustomFieldResponses"] = event_custom_field_responses
            if event_custom_field_v3_responses is not UNSET:
                field_dict["eventCustomFieldV3Responses"] = event_custom_field_v3_responses
            if parent_event_id is not UNSET:
                field_dict["parentEventId"] = parent_event_id
            if company_id is not UNSET:
                field_dict["companyId"] = company_id
            if booking_style is not UNSET:
                field_dict["bookingStyle"] = booking_style
            if reference_users is not UNSET:
                field_dict["referenceUsers"] = reference_users
            if traveler_types is not UNSET:
                field_dict["travelerTypes"] = traveler_types
            if policy_id is not UNSET:
                field_dict["policyId"] = policy_id
            if travellers is not UNSET:
                field_dict["travellers"] = travellers
            if type_ is not UNSET:
                field_dict["type"] = type_
            if allow_travelers_policy is not UNSET:
                field_dict["allowTravelersPolicy"] = allow_travelers_policy
            if email_preferences is not UNSET:
                field_dict["emailPreferences"] = email_preferences
            if internal_notes is not UNSET:
                field_dict["internalNotes"] = internal_notes
            if allow_travelers_to_rsvp is not UNSET:
                field_dict["allowTravelersToRsvp"] = allow_travelers_to_rsvp
            if trip_overrides is not UNSET:
                field_dict["tripOverrides"] = trip_overrides
            if trip_contacts is not UNSET:
                field_dict["tripContacts"] = trip_contacts
            if inherited_custom_field_ids is not UNSET:
                field_dict["inheritedCustomFieldIds"] = inherited_custom_field_ids
            if invite_email_config is not UNSET:
                field_dict["inviteEmailConfig"] = invite_email_config
            if use_hidden_template is not UNSET:
                field_dict["useHiddenTemplate"] = use_hidden_template
            if new_traveler is not UNSET:
                field_dict["newTraveler"] = new_traveler
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
        def require(self, name: Literal["description"], /) -> str: ...
        @overload
        def require(self, name: Literal["documents"], /) -> list[Document]: ...
        @overload
        def require(self, name: Literal["start_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["end_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["contacts"], /) -> list[UserId]: ...
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
        def require(self, name: Literal["external_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["event_custom_field_responses"], /) -> list[CustomFieldResponse]: ...
        @overload
        def require(
            self, name: Literal["event_custom_field_v3_responses"], /
        ) -> list[CustomFieldPrefilledResponse]: ...
        @overload
        def require(self, name: Literal["parent_event_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["company_id"], /) -> CompanyId: ...
        @overload
        def require(self, name: Literal["booking_style"], /) -> EventBookingStyle: ...
        @overload
        def require(self, name: Literal["reference_users"], /) -> list[UserId]: ...
        @overload
        def require(self, name: Literal["traveler_types"], /) -> list[Persona]: ...
        @overload
        def require(self, name: Literal["policy_id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["travellers"], /) -> list[UserId]: ...
        @overload
        def require(self, name: Literal["type_"], /) -> EventType: ...
        @overload
        def require(self, name: Literal["allow_travelers_policy"], /) -> AllowTravelersPolicy: ...
        @overload
        def require(self, name: Literal["email_preferences"], /) -> BucketEmailPreferences: ...
        @overload
        def require(self, name: Literal["internal_notes"], /) -> str: ...
        @overload
        def require(self, name: Literal["allow_travelers_to_rsvp"], /) -> AllowTravelersToRsvp: ...
        @overload
        def require(self, name: Literal["trip_overrides"], /) -> TripOverrides: ...
        @overload
        def require(self, name: Literal["trip_contacts"], /) -> list[TripContact]: ...
        @overload
        def require(self, name: Literal["inherited_custom_field_ids"], /) -> list[UUID]: ...
        @overload
        def require(self, name: Literal["invite_email_config"], /) -> InviteEmailConfig: ...
        @overload
        def require(self, name: Literal["use_hidden_template"], /) -> bool: ...
        @overload
        def require(self, name: Literal["new_traveler"], /) -> UserCreateRequest: ...
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
            raise ModelParseError(f"CreateEventRequest: expected a JSON object, got {type(src_dict).__name__}")
        if not ("name" in src_dict and "location" in src_dict):
            raise MissingRequiredFieldError("CreateEventRequest", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is CreateEventRequest:
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


def _parse_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "CreateEventRequest", "name")

    return name


def _parse_location(d: Mapping[str, Any]) -> EventLocation:
    location = EventLocation.from_dict(d["location"])

    return location


def _parse_description(d: Mapping[str, Any]) -> str | Unset:
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "CreateEventRequest", "description")

    return description


def _parse_documents(d: Mapping[str, Any]) -> list[Document] | Unset:
    _documents = _v if (_v := d.get("documents")) is not None else PARSED_UNSET
    documents: list[Document] | Unset = UNSET
    if _documents is not UNSET:
        documents = []
        for documents_item_data in _documents:
            documents_item = Document.from_dict(documents_item_data)

            documents.append(documents_item)

    return documents


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


def _parse_contacts(d: Mapping[str, Any]) -> list[UserId] | Unset:
    _contacts = _v if (_v := d.get("contacts")) is not None else PARSED_UNSET
    contacts: list[UserId] | Unset = UNSET
    if _contacts is not UNSET:
        contacts = []
        for contacts_item_data in _contacts:
            contacts_item = UserId.from_dict(contacts_item_data)

            contacts.append(contacts_item)

    return contacts


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


def _parse_external_id(d: Mapping[str, Any]) -> str | Unset:
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "CreateEventRequest", "externalId")

    return external_id


def _parse_event_custom_field_responses(d: Mapping[str, Any]) -> list[CustomFieldResponse] | Unset:
    _event_custom_field_responses = _v if (_v := d.get("eventCustomFieldResponses")) is not None else PARSED_UNSET
    event_custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    if _event_custom_field_responses is not UNSET:
        event_custom_field_responses = []
        for event_custom_field_responses_item_data in _event_custom_field_responses:
            event_custom_field_responses_item = CustomFieldResponse.from_dict(event_custom_field_responses_item_data)

            event_custom_field_responses.append(event_custom_field_responses_item)

    return event_custom_field_responses


def _parse_event_custom_field_v3_responses(d: Mapping[str, Any]) -> list[CustomFieldPrefilledResponse] | Unset:
    _event_custom_field_v3_responses = _v if (_v := d.get("eventCustomFieldV3Responses")) is not None else PARSED_UNSET
    event_custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    if _event_custom_field_v3_responses is not UNSET:
        event_custom_field_v3_responses = []
        for event_custom_field_v3_responses_item_data in _event_custom_field_v3_responses:
            event_custom_field_v3_responses_item = CustomFieldPrefilledResponse.from_dict(
                event_custom_field_v3_responses_item_data
            )

            event_custom_field_v3_responses.append(event_custom_field_v3_responses_item)

    return event_custom_field_v3_responses


def _parse_parent_event_id(d: Mapping[str, Any]) -> str | Unset:
    parent_event_id: str | Unset = _v if (_v := d.get("parentEventId")) is not None else PARSED_UNSET
    if parent_event_id is not UNSET and (type(parent_event_id) is not str):
        parent_event_id = read_as("str", parent_event_id, "CreateEventRequest", "parentEventId")

    return parent_event_id


def _parse_company_id(d: Mapping[str, Any]) -> CompanyId | Unset:
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: CompanyId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = CompanyId.from_dict(_company_id)

    return company_id


def _parse_booking_style(d: Mapping[str, Any]) -> EventBookingStyle | Unset:
    _booking_style = _v if (_v := d.get("bookingStyle")) is not None else PARSED_UNSET
    booking_style: EventBookingStyle | Unset
    if isinstance(_booking_style, Unset):
        booking_style = UNSET
    else:
        booking_style = EventBookingStyle._members[_booking_style]

    return booking_style


def _parse_reference_users(d: Mapping[str, Any]) -> list[UserId] | Unset:
    _reference_users = _v if (_v := d.get("referenceUsers")) is not None else PARSED_UNSET
    reference_users: list[UserId] | Unset = UNSET
    if _reference_users is not UNSET:
        reference_users = []
        for reference_users_item_data in _reference_users:
            reference_users_item = UserId.from_dict(reference_users_item_data)

            reference_users.append(reference_users_item)

    return reference_users


def _parse_traveler_types(d: Mapping[str, Any]) -> list[Persona] | Unset:
    _traveler_types = _v if (_v := d.get("travelerTypes")) is not None else PARSED_UNSET
    traveler_types: list[Persona] | Unset = UNSET
    if _traveler_types is not UNSET:
        traveler_types = []
        for traveler_types_item_data in _traveler_types:
            traveler_types_item = Persona._members[traveler_types_item_data]

            traveler_types.append(traveler_types_item)

    return traveler_types


def _parse_policy_id(d: Mapping[str, Any]) -> UUID | Unset:
    _policy_id = _v if (_v := d.get("policyId")) is not None else PARSED_UNSET
    policy_id: UUID | Unset
    if isinstance(_policy_id, Unset):
        policy_id = UNSET
    else:
        policy_id = UUID(_policy_id)

    return policy_id


def _parse_travellers(d: Mapping[str, Any]) -> list[UserId] | Unset:
    _travellers = _v if (_v := d.get("travellers")) is not None else PARSED_UNSET
    travellers: list[UserId] | Unset = UNSET
    if _travellers is not UNSET:
        travellers = []
        for travellers_item_data in _travellers:
            travellers_item = UserId.from_dict(travellers_item_data)

            travellers.append(travellers_item)

    return travellers


def _parse_type_(d: Mapping[str, Any]) -> EventType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    return type_


def _parse_allow_travelers_policy(d: Mapping[str, Any]) -> AllowTravelersPolicy | Unset:
    _allow_travelers_policy = _v if (_v := d.get("allowTravelersPolicy")) is not None else PARSED_UNSET
    allow_travelers_policy: AllowTravelersPolicy | Unset
    if isinstance(_allow_travelers_policy, Unset):
        allow_travelers_policy = UNSET
    else:
        allow_travelers_policy = AllowTravelersPolicy._members[_allow_travelers_policy]

    return allow_travelers_policy


def _parse_email_preferences(d: Mapping[str, Any]) -> BucketEmailPreferences | Unset:
    _email_preferences = _v if (_v := d.get("emailPreferences")) is not None else PARSED_UNSET
    email_preferences: BucketEmailPreferences | Unset
    if isinstance(_email_preferences, Unset):
        email_preferences = UNSET
    else:
        email_preferences = BucketEmailPreferences.from_dict(_email_preferences)

    return email_preferences


def _parse_internal_notes(d: Mapping[str, Any]) -> str | Unset:
    internal_notes: str | Unset = _v if (_v := d.get("internalNotes")) is not None else PARSED_UNSET
    if internal_notes is not UNSET and (type(internal_notes) is not str):
        internal_notes = read_as("str", internal_notes, "CreateEventRequest", "internalNotes")

    return internal_notes


def _parse_allow_travelers_to_rsvp(d: Mapping[str, Any]) -> AllowTravelersToRsvp | Unset:
    _allow_travelers_to_rsvp = _v if (_v := d.get("allowTravelersToRsvp")) is not None else PARSED_UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset
    if isinstance(_allow_travelers_to_rsvp, Unset):
        allow_travelers_to_rsvp = UNSET
    else:
        allow_travelers_to_rsvp = AllowTravelersToRsvp._members[_allow_travelers_to_rsvp]

    return allow_travelers_to_rsvp


def _parse_trip_overrides(d: Mapping[str, Any]) -> TripOverrides | Unset:
    _trip_overrides = _v if (_v := d.get("tripOverrides")) is not None else PARSED_UNSET
    trip_overrides: TripOverrides | Unset
    if isinstance(_trip_overrides, Unset):
        trip_overrides = UNSET
    else:
        trip_overrides = TripOverrides.from_dict(_trip_overrides)

    return trip_overrides


def _parse_trip_contacts(d: Mapping[str, Any]) -> list[TripContact] | Unset:
    _trip_contacts = _v if (_v := d.get("tripContacts")) is not None else PARSED_UNSET
    trip_contacts: list[TripContact] | Unset = UNSET
    if _trip_contacts is not UNSET:
        trip_contacts = []
        for trip_contacts_item_data in _trip_contacts:
            trip_contacts_item = TripContact.from_dict(trip_contacts_item_data)

            trip_contacts.append(trip_contacts_item)

    return trip_contacts


def _parse_inherited_custom_field_ids(d: Mapping[str, Any]) -> list[UUID] | Unset:
    _inherited_custom_field_ids = _v if (_v := d.get("inheritedCustomFieldIds")) is not None else PARSED_UNSET
    inherited_custom_field_ids: list[UUID] | Unset = UNSET
    if _inherited_custom_field_ids is not UNSET:
        inherited_custom_field_ids = []
        for inherited_custom_field_ids_item_data in _inherited_custom_field_ids:
            inherited_custom_field_ids_item = UUID(inherited_custom_field_ids_item_data)

            inherited_custom_field_ids.append(inherited_custom_field_ids_item)

    return inherited_custom_field_ids


def _parse_invite_email_config(d: Mapping[str, Any]) -> InviteEmailConfig | Unset:
    _invite_email_config = _v if (_v := d.get("inviteEmailConfig")) is not None else PARSED_UNSET
    invite_email_config: InviteEmailConfig | Unset
    if isinstance(_invite_email_config, Unset):
        invite_email_config = UNSET
    else:
        invite_email_config = InviteEmailConfig.from_dict(_invite_email_config)

    return invite_email_config


def _parse_use_hidden_template(d: Mapping[str, Any]) -> bool | Unset:
    use_hidden_template: bool | Unset = _v if (_v := d.get("useHiddenTemplate")) is not None else PARSED_UNSET
    if use_hidden_template is not UNSET and (type(use_hidden_template) is not bool):
        use_hidden_template = read_as("bool", use_hidden_template, "CreateEventRequest", "useHiddenTemplate")

    return use_hidden_template


def _parse_new_traveler(d: Mapping[str, Any]) -> UserCreateRequest | Unset:
    _new_traveler = _v if (_v := d.get("newTraveler")) is not None else PARSED_UNSET
    new_traveler: UserCreateRequest | Unset
    if isinstance(_new_traveler, Unset):
        new_traveler = UNSET
    else:
        new_traveler = UserCreateRequest.from_dict(_new_traveler)

    return new_traveler


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: CreateEventRequest, d: Mapping[str, Any]) -> None:
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "CreateEventRequest", "name")

    self.name = name
    location = EventLocation.from_dict(d["location"])

    self.location = location
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "CreateEventRequest", "description")

    self.description = description
    _documents = _v if (_v := d.get("documents")) is not None else PARSED_UNSET
    documents: list[Document] | Unset = UNSET
    if _documents is not UNSET:
        documents = []
        for documents_item_data in _documents:
            documents_item = Document.from_dict(documents_item_data)

            documents.append(documents_item)

    self.documents = documents
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
    _contacts = _v if (_v := d.get("contacts")) is not None else PARSED_UNSET
    contacts: list[UserId] | Unset = UNSET
    if _contacts is not UNSET:
        contacts = []
        for contacts_item_data in _contacts:
            contacts_item = UserId.from_dict(contacts_item_data)

            contacts.append(contacts_item)

    self.contacts = contacts
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
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "CreateEventRequest", "externalId")

    self.external_id = external_id
    _event_custom_field_responses = _v if (_v := d.get("eventCustomFieldResponses")) is not None else PARSED_UNSET
    event_custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    if _event_custom_field_responses is not UNSET:
        event_custom_field_responses = []
        for event_custom_field_responses_item_data in _event_custom_field_responses:
            event_custom_field_responses_item = CustomFieldResponse.from_dict(event_custom_field_responses_item_data)

            event_custom_field_responses.append(event_custom_field_responses_item)

    self.event_custom_field_responses = event_custom_field_responses
    _event_custom_field_v3_responses = _v if (_v := d.get("eventCustomFieldV3Responses")) is not None else PARSED_UNSET
    event_custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    if _event_custom_field_v3_responses is not UNSET:
        event_custom_field_v3_responses = []
        for event_custom_field_v3_responses_item_data in _event_custom_field_v3_responses:
            event_custom_field_v3_responses_item = CustomFieldPrefilledResponse.from_dict(
                event_custom_field_v3_responses_item_data
            )

            event_custom_field_v3_responses.append(event_custom_field_v3_responses_item)

    self.event_custom_field_v3_responses = event_custom_field_v3_responses
    parent_event_id: str | Unset = _v if (_v := d.get("parentEventId")) is not None else PARSED_UNSET
    if parent_event_id is not UNSET and (type(parent_event_id) is not str):
        parent_event_id = read_as("str", parent_event_id, "CreateEventRequest", "parentEventId")

    self.parent_event_id = parent_event_id
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: CompanyId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = CompanyId.from_dict(_company_id)

    self.company_id = company_id
    _booking_style = _v if (_v := d.get("bookingStyle")) is not None else PARSED_UNSET
    booking_style: EventBookingStyle | Unset
    if isinstance(_booking_style, Unset):
        booking_style = UNSET
    else:
        booking_style = EventBookingStyle._members[_booking_style]

    self.booking_style = booking_style
    _reference_users = _v if (_v := d.get("referenceUsers")) is not None else PARSED_UNSET
    reference_users: list[UserId] | Unset = UNSET
    if _reference_users is not UNSET:
        reference_users = []
        for reference_users_item_data in _reference_users:
            reference_users_item = UserId.from_dict(reference_users_item_data)

            reference_users.append(reference_users_item)

    self.reference_users = reference_users
    _traveler_types = _v if (_v := d.get("travelerTypes")) is not None else PARSED_UNSET
    traveler_types: list[Persona] | Unset = UNSET
    if _traveler_types is not UNSET:
        traveler_types = []
        for traveler_types_item_data in _traveler_types:
            traveler_types_item = Persona._members[traveler_types_item_data]

            traveler_types.append(traveler_types_item)

    self.traveler_types = traveler_types
    _policy_id = _v if (_v := d.get("policyId")) is not None else PARSED_UNSET
    policy_id: UUID | Unset
    if isinstance(_policy_id, Unset):
        policy_id = UNSET
    else:
        policy_id = UUID(_policy_id)

    self.policy_id = policy_id
    _travellers = _v if (_v := d.get("travellers")) is not None else PARSED_UNSET
    travellers: list[UserId] | Unset = UNSET
    if _travellers is not UNSET:
        travellers = []
        for travellers_item_data in _travellers:
            travellers_item = UserId.from_dict(travellers_item_data)

            travellers.append(travellers_item)

    self.travellers = travellers
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    self.type_ = type_
    _allow_travelers_policy = _v if (_v := d.get("allowTravelersPolicy")) is not None else PARSED_UNSET
    allow_travelers_policy: AllowTravelersPolicy | Unset
    if isinstance(_allow_travelers_policy, Unset):
        allow_travelers_policy = UNSET
    else:
        allow_travelers_policy = AllowTravelersPolicy._members[_allow_travelers_policy]

    self.allow_travelers_policy = allow_travelers_policy
    _email_preferences = _v if (_v := d.get("emailPreferences")) is not None else PARSED_UNSET
    email_preferences: BucketEmailPreferences | Unset
    if isinstance(_email_preferences, Unset):
        email_preferences = UNSET
    else:
        email_preferences = BucketEmailPreferences.from_dict(_email_preferences)

    self.email_preferences = email_preferences
    internal_notes: str | Unset = _v if (_v := d.get("internalNotes")) is not None else PARSED_UNSET
    if internal_notes is not UNSET and (type(internal_notes) is not str):
        internal_notes = read_as("str", internal_notes, "CreateEventRequest", "internalNotes")

    self.internal_notes = internal_notes
    _allow_travelers_to_rsvp = _v if (_v := d.get("allowTravelersToRsvp")) is not None else PARSED_UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset
    if isinstance(_allow_travelers_to_rsvp, Unset):
        allow_travelers_to_rsvp = UNSET
    else:
        allow_travelers_to_rsvp = AllowTravelersToRsvp._members[_allow_travelers_to_rsvp]

    self.allow_travelers_to_rsvp = allow_travelers_to_rsvp
    _trip_overrides = _v if (_v := d.get("tripOverrides")) is not None else PARSED_UNSET
    trip_overrides: TripOverrides | Unset
    if isinstance(_trip_overrides, Unset):
        trip_overrides = UNSET
    else:
        trip_overrides = TripOverrides.from_dict(_trip_overrides)

    self.trip_overrides = trip_overrides
    _trip_contacts = _v if (_v := d.get("tripContacts")) is not None else PARSED_UNSET
    trip_contacts: list[TripContact] | Unset = UNSET
    if _trip_contacts is not UNSET:
        trip_contacts = []
        for trip_contacts_item_data in _trip_contacts:
            trip_contacts_item = TripContact.from_dict(trip_contacts_item_data)

            trip_contacts.append(trip_contacts_item)

    self.trip_contacts = trip_contacts
    _inherited_custom_field_ids = _v if (_v := d.get("inheritedCustomFieldIds")) is not None else PARSED_UNSET
    inherited_custom_field_ids: list[UUID] | Unset = UNSET
    if _inherited_custom_field_ids is not UNSET:
        inherited_custom_field_ids = []
        for inherited_custom_field_ids_item_data in _inherited_custom_field_ids:
            inherited_custom_field_ids_item = UUID(inherited_custom_field_ids_item_data)

            inherited_custom_field_ids.append(inherited_custom_field_ids_item)

    self.inherited_custom_field_ids = inherited_custom_field_ids
    _invite_email_config = _v if (_v := d.get("inviteEmailConfig")) is not None else PARSED_UNSET
    invite_email_config: InviteEmailConfig | Unset
    if isinstance(_invite_email_config, Unset):
        invite_email_config = UNSET
    else:
        invite_email_config = InviteEmailConfig.from_dict(_invite_email_config)

    self.invite_email_config = invite_email_config
    use_hidden_template: bool | Unset = _v if (_v := d.get("useHiddenTemplate")) is not None else PARSED_UNSET
    if use_hidden_template is not UNSET and (type(use_hidden_template) is not bool):
        use_hidden_template = read_as("bool", use_hidden_template, "CreateEventRequest", "useHiddenTemplate")

    self.use_hidden_template = use_hidden_template
    _new_traveler = _v if (_v := d.get("newTraveler")) is not None else PARSED_UNSET
    new_traveler: UserCreateRequest | Unset
    if isinstance(_new_traveler, Unset):
        new_traveler = UNSET
    else:
        new_traveler = UserCreateRequest.from_dict(_new_traveler)

    self.new_traveler = new_traveler
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "name": ("name", _parse_name),
    "location": ("location", _parse_location),
    "description": ("description", _parse_description),
    "documents": ("documents", _parse_documents),
    "start_date_time": ("startDateTime", _parse_start_date_time),
    "end_date_time": ("endDateTime", _parse_end_date_time),
    "contacts": ("contacts", _parse_contacts),
    "booking_guidelines": ("bookingGuidelines", _parse_booking_guidelines),
    "allowed_booking_types": ("allowedBookingTypes", _parse_allowed_booking_types),
    "external_id": ("externalId", _parse_external_id),
    "event_custom_field_responses": ("eventCustomFieldResponses", _parse_event_custom_field_responses),
    "event_custom_field_v3_responses": ("eventCustomFieldV3Responses", _parse_event_custom_field_v3_responses),
    "parent_event_id": ("parentEventId", _parse_parent_event_id),
    "company_id": ("companyId", _parse_company_id),
    "booking_style": ("bookingStyle", _parse_booking_style),
    "reference_users": ("referenceUsers", _parse_reference_users),
    "traveler_types": ("travelerTypes", _parse_traveler_types),
    "policy_id": ("policyId", _parse_policy_id),
    "travellers": ("travellers", _parse_travellers),
    "type_": ("type", _parse_type_),
    "allow_travelers_policy": ("allowTravelersPolicy", _parse_allow_travelers_policy),
    "email_preferences": ("emailPreferences", _parse_email_preferences),
    "internal_notes": ("internalNotes", _parse_internal_notes),
    "allow_travelers_to_rsvp": ("allowTravelersToRsvp", _parse_allow_travelers_to_rsvp),
    "trip_overrides": ("tripOverrides", _parse_trip_overrides),
    "trip_contacts": ("tripContacts", _parse_trip_contacts),
    "inherited_custom_field_ids": ("inheritedCustomFieldIds", _parse_inherited_custom_field_ids),
    "invite_email_config": ("inviteEmailConfig", _parse_invite_email_config),
    "use_hidden_template": ("useHiddenTemplate", _parse_use_hidden_template),
    "new_traveler": ("newTraveler", _parse_new_traveler),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
CreateEventRequest._field_parsers = _PARSERS
CreateEventRequest._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    CreateEventRequest,
    {
        "event_custom_field_responses": ("eventCustomFieldResponses", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(CreateEventRequest, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = CreateEventRequest.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper
from ..models.bucket_email_preferences import BucketEmailPreferences
from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
from ..models.company_id import CompanyId
from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse
from ..models.custom_field_response import CustomFieldResponse
from ..models.date_time_local import DateTimeLocal
from ..models.document import Document
from ..models.event_location import EventLocation
from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
from ..models.invite_email_config import InviteEmailConfig
from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
from ..models.trip_contact import TripContact
from ..models.trip_overrides import TripOverrides
from ..models.user_create_request import UserCreateRequest
from ..models.user_id import UserId
