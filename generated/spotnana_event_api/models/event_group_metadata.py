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
from ..models.persona import Persona
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_email_preferences import BucketEmailPreferences
    from ..models.document import Document
    from ..models.invite_email_config import InviteEmailConfig
    from ..models.trip_contact import TripContact
    from ..models.trip_overrides import TripOverrides
    from ..models.user_id import UserId


T = TypeVar("T", bound="EventGroupMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "contacts",
        "documents",
        "bookingStyle",
        "referenceUsers",
        "internalNotes",
        "travelerTypes",
        "allowTravelersPolicy",
        "emailPreferences",
        "allowTravelersToRsvp",
        "tripOverrides",
        "tripContacts",
        "inheritedCustomFieldIds",
        "inviteEmailConfig",
    }
)


@_attrs_define
class EventGroupMetadata:
    """
    Attributes:
        contacts (list[UserId] | Unset):
        documents (list[Document] | Unset):
        booking_style (EventBookingStyle | Unset):  Example: SELF_SERVE.
        reference_users (list[UserId] | Unset):
        internal_notes (str | Unset):
        traveler_types (list[Persona] | Unset):
        allow_travelers_policy (AllowTravelersPolicy | Unset):
        email_preferences (BucketEmailPreferences | Unset):
        allow_travelers_to_rsvp (AllowTravelersToRsvp | Unset):
        trip_overrides (TripOverrides | Unset):
        trip_contacts (list[TripContact] | Unset):
        inherited_custom_field_ids (list[UUID] | Unset):
        invite_email_config (InviteEmailConfig | Unset):
    """

    contacts: list[UserId] | Unset = UNSET
    documents: list[Document] | Unset = UNSET
    booking_style: EventBookingStyle | Unset = UNSET
    reference_users: list[UserId] | Unset = UNSET
    internal_notes: str | Unset = UNSET
    traveler_types: list[Persona] | Unset = UNSET
    allow_travelers_policy: AllowTravelersPolicy | Unset = UNSET
    email_preferences: BucketEmailPreferences | Unset = UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset = UNSET
    trip_overrides: TripOverrides | Unset = UNSET
    trip_contacts: list[TripContact] | Unset = UNSET
    inherited_custom_field_ids: list[UUID] | Unset = UNSET
    invite_email_config: InviteEmailConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        booking_style: str | Unset = UNSET
        if not isinstance(self.booking_style, Unset):
            booking_style = self.booking_style.value

        reference_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_users, Unset):
            reference_users = []
            for reference_users_item_data in self.reference_users:
                reference_users_item = reference_users_item_data.to_dict()
                reference_users.append(reference_users_item)

        internal_notes = self.internal_notes

        traveler_types: list[str] | Unset = UNSET
        if not isinstance(self.traveler_types, Unset):
            traveler_types = []
            for traveler_types_item_data in self.traveler_types:
                traveler_types_item = traveler_types_item_data.value
                traveler_types.append(traveler_types_item)

        allow_travelers_policy: str | Unset = UNSET
        if not isinstance(self.allow_travelers_policy, Unset):
            allow_travelers_policy = self.allow_travelers_policy.value

        email_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_preferences, Unset):
            email_preferences = self.email_preferences.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if documents is not UNSET:
            field_dict["documents"] = documents
        if booking_style is not UNSET:
            field_dict["bookingStyle"] = booking_style
        if reference_users is not UNSET:
            field_dict["referenceUsers"] = reference_users
        if internal_notes is not UNSET:
            field_dict["internalNotes"] = internal_notes
        if traveler_types is not UNSET:
            field_dict["travelerTypes"] = traveler_types
        if allow_travelers_policy is not UNSET:
            field_dict["allowTravelersPolicy"] = allow_travelers_policy
        if email_preferences is not UNSET:
            field_dict["emailPreferences"] = email_preferences
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.bucket_email_preferences import BucketEmailPreferences  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.invite_email_config import InviteEmailConfig  # noqa: PLC0415
        from ..models.trip_contact import TripContact  # noqa: PLC0415
        from ..models.trip_overrides import TripOverrides  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _contacts = _v if (_v := d.get("contacts")) is not None else PARSED_UNSET
            contacts: list[UserId] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = UserId.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            _documents = _v if (_v := d.get("documents")) is not None else PARSED_UNSET
            documents: list[Document] | Unset = UNSET
            if _documents is not UNSET:
                documents = []
                for documents_item_data in _documents:
                    documents_item = Document.from_dict(documents_item_data)

                    documents.append(documents_item)

            _booking_style = _v if (_v := d.get("bookingStyle")) is not None else PARSED_UNSET
            booking_style: EventBookingStyle | Unset
            if isinstance(_booking_style, Unset):
                booking_style = UNSET
            else:
                booking_style = EventBookingStyle(_booking_style)

            _reference_users = _v if (_v := d.get("referenceUsers")) is not None else PARSED_UNSET
            reference_users: list[UserId] | Unset = UNSET
            if _reference_users is not UNSET:
                reference_users = []
                for reference_users_item_data in _reference_users:
                    reference_users_item = UserId.from_dict(reference_users_item_data)

                    reference_users.append(reference_users_item)

            internal_notes = _v if (_v := d.get("internalNotes")) is not None else PARSED_UNSET

            _traveler_types = _v if (_v := d.get("travelerTypes")) is not None else PARSED_UNSET
            traveler_types: list[Persona] | Unset = UNSET
            if _traveler_types is not UNSET:
                traveler_types = []
                for traveler_types_item_data in _traveler_types:
                    traveler_types_item = Persona(traveler_types_item_data)

                    traveler_types.append(traveler_types_item)

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

            _invite_email_config = _v if (_v := d.get("inviteEmailConfig")) is not None else PARSED_UNSET
            invite_email_config: InviteEmailConfig | Unset
            if isinstance(_invite_email_config, Unset):
                invite_email_config = UNSET
            else:
                invite_email_config = InviteEmailConfig.from_dict(_invite_email_config)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventGroupMetadata", str(exc.args[0])) from None
        event_group_metadata = cls(
            contacts=contacts,
            documents=documents,
            booking_style=booking_style,
            reference_users=reference_users,
            internal_notes=internal_notes,
            traveler_types=traveler_types,
            allow_travelers_policy=allow_travelers_policy,
            email_preferences=email_preferences,
            allow_travelers_to_rsvp=allow_travelers_to_rsvp,
            trip_overrides=trip_overrides,
            trip_contacts=trip_contacts,
            inherited_custom_field_ids=inherited_custom_field_ids,
            invite_email_config=invite_email_config,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_group_metadata.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_group_metadata

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
