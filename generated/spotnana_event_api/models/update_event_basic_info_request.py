from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.allow_travelers_policy import AllowTravelersPolicy
from ..models.allow_travelers_to_rsvp import AllowTravelersToRsvp
from ..models.event_booking_style import EventBookingStyle
from ..models.event_type import EventType
from ..models.persona import Persona
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_email_preferences import BucketEmailPreferences
    from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse
    from ..models.custom_field_response import CustomFieldResponse
    from ..models.date_time_local import DateTimeLocal
    from ..models.document import Document
    from ..models.event_location import EventLocation
    from ..models.invite_email_config import InviteEmailConfig
    from ..models.trip_contact import TripContact
    from ..models.trip_overrides import TripOverrides
    from ..models.user_id import UserId


T = TypeVar("T", bound="UpdateEventBasicInfoRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "location",
        "type",
        "description",
        "documents",
        "startDateTime",
        "endDateTime",
        "contacts",
        "referenceUsers",
        "travelerTypes",
        "bookingStyle",
        "policyId",
        "allowTravelersPolicy",
        "emailPreferences",
        "allowTravelersToRsvp",
        "internalNotes",
        "tripOverrides",
        "tripContacts",
        "inheritedCustomFieldIds",
        "eventCustomFieldV3Responses",
        "eventCustomFieldResponses",
        "inviteEmailConfig",
    }
)


@_attrs_define
class UpdateEventBasicInfoRequest:
    """
    Attributes:
        name (str):
        location (EventLocation):
        type_ (EventType | Unset):  Example: GENERIC.
        description (str | Unset):
        documents (list[Document] | Unset):
        start_date_time (DateTimeLocal | Unset):
        end_date_time (DateTimeLocal | Unset):
        contacts (list[UserId] | Unset):
        reference_users (list[UserId] | Unset):
        traveler_types (list[Persona] | Unset):
        booking_style (EventBookingStyle | Unset):  Example: SELF_SERVE.
        policy_id (UUID | Unset):  Example: f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b.
        allow_travelers_policy (AllowTravelersPolicy | Unset):
        email_preferences (BucketEmailPreferences | Unset):
        allow_travelers_to_rsvp (AllowTravelersToRsvp | Unset):
        internal_notes (str | Unset):  Example: Use travelers default as payment method..
        trip_overrides (TripOverrides | Unset):
        trip_contacts (list[TripContact] | Unset):
        inherited_custom_field_ids (list[UUID] | Unset):
        event_custom_field_v3_responses (list[CustomFieldPrefilledResponse] | Unset):
        event_custom_field_responses (list[CustomFieldResponse] | Unset):
        invite_email_config (InviteEmailConfig | Unset):
    """

    name: str
    location: EventLocation
    type_: EventType | Unset = UNSET
    description: str | Unset = UNSET
    documents: list[Document] | Unset = UNSET
    start_date_time: DateTimeLocal | Unset = UNSET
    end_date_time: DateTimeLocal | Unset = UNSET
    contacts: list[UserId] | Unset = UNSET
    reference_users: list[UserId] | Unset = UNSET
    traveler_types: list[Persona] | Unset = UNSET
    booking_style: EventBookingStyle | Unset = UNSET
    policy_id: UUID | Unset = UNSET
    allow_travelers_policy: AllowTravelersPolicy | Unset = UNSET
    email_preferences: BucketEmailPreferences | Unset = UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset = UNSET
    internal_notes: str | Unset = UNSET
    trip_overrides: TripOverrides | Unset = UNSET
    trip_contacts: list[TripContact] | Unset = UNSET
    inherited_custom_field_ids: list[UUID] | Unset = UNSET
    event_custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    event_custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    invite_email_config: InviteEmailConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location = self.location.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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

        booking_style: str | Unset = UNSET
        if not isinstance(self.booking_style, Unset):
            booking_style = self.booking_style.value

        policy_id: str | Unset = UNSET
        if not isinstance(self.policy_id, Unset):
            policy_id = str(self.policy_id)

        allow_travelers_policy: str | Unset = UNSET
        if not isinstance(self.allow_travelers_policy, Unset):
            allow_travelers_policy = self.allow_travelers_policy.value

        email_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_preferences, Unset):
            email_preferences = self.email_preferences.to_dict()

        allow_travelers_to_rsvp: str | Unset = UNSET
        if not isinstance(self.allow_travelers_to_rsvp, Unset):
            allow_travelers_to_rsvp = self.allow_travelers_to_rsvp.value

        internal_notes = self.internal_notes

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

        event_custom_field_v3_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_custom_field_v3_responses, Unset):
            event_custom_field_v3_responses = []
            for event_custom_field_v3_responses_item_data in self.event_custom_field_v3_responses:
                event_custom_field_v3_responses_item = event_custom_field_v3_responses_item_data.to_dict()
                event_custom_field_v3_responses.append(event_custom_field_v3_responses_item)

        event_custom_field_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_custom_field_responses, Unset):
            event_custom_field_responses = []
            for event_custom_field_responses_item_data in self.event_custom_field_responses:
                event_custom_field_responses_item = event_custom_field_responses_item_data.to_dict()
                event_custom_field_responses.append(event_custom_field_responses_item)

        invite_email_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite_email_config, Unset):
            invite_email_config = self.invite_email_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if reference_users is not UNSET:
            field_dict["referenceUsers"] = reference_users
        if traveler_types is not UNSET:
            field_dict["travelerTypes"] = traveler_types
        if booking_style is not UNSET:
            field_dict["bookingStyle"] = booking_style
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id
        if allow_travelers_policy is not UNSET:
            field_dict["allowTravelersPolicy"] = allow_travelers_policy
        if email_preferences is not UNSET:
            field_dict["emailPreferences"] = email_preferences
        if allow_travelers_to_rsvp is not UNSET:
            field_dict["allowTravelersToRsvp"] = allow_travelers_to_rsvp
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if trip_overrides is not UNSET:
            field_dict["tripOverrides"] = trip_overrides
        if trip_contacts is not UNSET:
            field_dict["tripContacts"] = trip_contacts
        if inherited_custom_field_ids is not UNSET:
            field_dict["inheritedCustomFieldIds"] = inherited_custom_field_ids
        if event_custom_field_v3_responses is not UNSET:
            field_dict["eventCustomFieldV3Responses"] = event_custom_field_v3_responses
        if event_custom_field_responses is not UNSET:
            field_dict["eventCustomFieldResponses"] = event_custom_field_responses
        if invite_email_config is not UNSET:
            field_dict["inviteEmailConfig"] = invite_email_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.bucket_email_preferences import BucketEmailPreferences  # noqa: PLC0415
        from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse  # noqa: PLC0415
        from ..models.custom_field_response import CustomFieldResponse  # noqa: PLC0415
        from ..models.date_time_local import DateTimeLocal  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.event_location import EventLocation  # noqa: PLC0415
        from ..models.invite_email_config import InviteEmailConfig  # noqa: PLC0415
        from ..models.trip_contact import TripContact  # noqa: PLC0415
        from ..models.trip_overrides import TripOverrides  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            name = d["name"]

            location = EventLocation.from_dict(d["location"])

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: EventType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = EventType(_type_)

            description = _v if (_v := d.get("description")) is not None else PARSED_UNSET

            _documents = _v if (_v := d.get("documents")) is not None else PARSED_UNSET
            documents: list[Document] | Unset = UNSET
            if _documents is not UNSET:
                documents = []
                for documents_item_data in _documents:
                    documents_item = Document.from_dict(documents_item_data)

                    documents.append(documents_item)

            _start_date_time = _v if (_v := d.get("startDateTime")) is not None else PARSED_UNSET
            start_date_time: DateTimeLocal | Unset
            if isinstance(_start_date_time, Unset):
                start_date_time = UNSET
            else:
                start_date_time = DateTimeLocal.from_dict(_start_date_time)

            _end_date_time = _v if (_v := d.get("endDateTime")) is not None else PARSED_UNSET
            end_date_time: DateTimeLocal | Unset
            if isinstance(_end_date_time, Unset):
                end_date_time = UNSET
            else:
                end_date_time = DateTimeLocal.from_dict(_end_date_time)

            _contacts = _v if (_v := d.get("contacts")) is not None else PARSED_UNSET
            contacts: list[UserId] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = UserId.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            _reference_users = _v if (_v := d.get("referenceUsers")) is not None else PARSED_UNSET
            reference_users: list[UserId] | Unset = UNSET
            if _reference_users is not UNSET:
                reference_users = []
                for reference_users_item_data in _reference_users:
                    reference_users_item = UserId.from_dict(reference_users_item_data)

                    reference_users.append(reference_users_item)

            _traveler_types = _v if (_v := d.get("travelerTypes")) is not None else PARSED_UNSET
            traveler_types: list[Persona] | Unset = UNSET
            if _traveler_types is not UNSET:
                traveler_types = []
                for traveler_types_item_data in _traveler_types:
                    traveler_types_item = Persona(traveler_types_item_data)

                    traveler_types.append(traveler_types_item)

            _booking_style = _v if (_v := d.get("bookingStyle")) is not None else PARSED_UNSET
            booking_style: EventBookingStyle | Unset
            if isinstance(_booking_style, Unset):
                booking_style = UNSET
            else:
                booking_style = EventBookingStyle(_booking_style)

            _policy_id = _v if (_v := d.get("policyId")) is not None else PARSED_UNSET
            policy_id: UUID | Unset
            if isinstance(_policy_id, Unset):
                policy_id = UNSET
            else:
                policy_id = UUID(_policy_id)

            _allow_travelers_policy = _v if (_v := d.get("allowTravelersPolicy")) is not None else PARSED_UNSET
            allow_travelers_policy: AllowTravelersPolicy | Unset
            if isinstance(_allow_travelers_policy, Unset):
                allow_travelers_policy = UNSET
            else:
                allow_travelers_policy = AllowTravelersPolicy(_allow_travelers_policy)

            _email_preferences = _v if (_v := d.get("emailPreferences")) is not None else PARSED_UNSET
            email_preferences: BucketEmailPreferences | Unset
            if isinstance(_email_preferences, Unset):
                email_preferences = UNSET
            else:
                email_preferences = BucketEmailPreferences.from_dict(_email_preferences)

            _allow_travelers_to_rsvp = _v if (_v := d.get("allowTravelersToRsvp")) is not None else PARSED_UNSET
            allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset
            if isinstance(_allow_travelers_to_rsvp, Unset):
                allow_travelers_to_rsvp = UNSET
            else:
                allow_travelers_to_rsvp = AllowTravelersToRsvp(_allow_travelers_to_rsvp)

            internal_notes = _v if (_v := d.get("internalNotes")) is not None else PARSED_UNSET

            _trip_overrides = _v if (_v := d.get("tripOverrides")) is not None else PARSED_UNSET
            trip_overrides: TripOverrides | Unset
            if isinstance(_trip_overrides, Unset):
                trip_overrides = UNSET
            else:
                trip_overrides = TripOverrides.from_dict(_trip_overrides)

            _trip_contacts = _v if (_v := d.get("tripContacts")) is not None else PARSED_UNSET
            trip_contacts: list[TripContact] | Unset = UNSET
            if _trip_contacts is not UNSET:
                trip_contacts = []
                for trip_contacts_item_data in _trip_contacts:
                    trip_contacts_item = TripContact.from_dict(trip_contacts_item_data)

                    trip_contacts.append(trip_contacts_item)

            _inherited_custom_field_ids = _v if (_v := d.get("inheritedCustomFieldIds")) is not None else PARSED_UNSET
            inherited_custom_field_ids: list[UUID] | Unset = UNSET
            if _inherited_custom_field_ids is not UNSET:
                inherited_custom_field_ids = []
                for inherited_custom_field_ids_item_data in _inherited_custom_field_ids:
                    inherited_custom_field_ids_item = UUID(inherited_custom_field_ids_item_data)

                    inherited_custom_field_ids.append(inherited_custom_field_ids_item)

            _event_custom_field_v3_responses = (
                _v if (_v := d.get("eventCustomFieldV3Responses")) is not None else PARSED_UNSET
            )
            event_custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
            if _event_custom_field_v3_responses is not UNSET:
                event_custom_field_v3_responses = []
                for event_custom_field_v3_responses_item_data in _event_custom_field_v3_responses:
                    event_custom_field_v3_responses_item = CustomFieldPrefilledResponse.from_dict(
                        event_custom_field_v3_responses_item_data
                    )

                    event_custom_field_v3_responses.append(event_custom_field_v3_responses_item)

            _event_custom_field_responses = (
                _v if (_v := d.get("eventCustomFieldResponses")) is not None else PARSED_UNSET
            )
            event_custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
            if _event_custom_field_responses is not UNSET:
                event_custom_field_responses = []
                for event_custom_field_responses_item_data in _event_custom_field_responses:
                    event_custom_field_responses_item = CustomFieldResponse.from_dict(
                        event_custom_field_responses_item_data
                    )

                    event_custom_field_responses.append(event_custom_field_responses_item)

            _invite_email_config = _v if (_v := d.get("inviteEmailConfig")) is not None else PARSED_UNSET
            invite_email_config: InviteEmailConfig | Unset
            if isinstance(_invite_email_config, Unset):
                invite_email_config = UNSET
            else:
                invite_email_config = InviteEmailConfig.from_dict(_invite_email_config)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UpdateEventBasicInfoRequest", str(exc.args[0])) from None
        update_event_basic_info_request = cls(
            name=name,
            location=location,
            type_=type_,
            description=description,
            documents=documents,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            contacts=contacts,
            reference_users=reference_users,
            traveler_types=traveler_types,
            booking_style=booking_style,
            policy_id=policy_id,
            allow_travelers_policy=allow_travelers_policy,
            email_preferences=email_preferences,
            allow_travelers_to_rsvp=allow_travelers_to_rsvp,
            internal_notes=internal_notes,
            trip_overrides=trip_overrides,
            trip_contacts=trip_contacts,
            inherited_custom_field_ids=inherited_custom_field_ids,
            event_custom_field_v3_responses=event_custom_field_v3_responses,
            event_custom_field_responses=event_custom_field_responses,
            invite_email_config=invite_email_config,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            update_event_basic_info_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return update_event_basic_info_request

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
