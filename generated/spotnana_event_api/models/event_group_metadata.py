from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.allow_travelers_policy import AllowTravelersPolicy
from ..models.allow_travelers_to_rsvp import AllowTravelersToRsvp
from ..models.event_booking_style import EventBookingStyle
from ..models.persona import Persona
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
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
    from ..models.bucket_email_preferences import BucketEmailPreferences
    from ..models.document import Document
    from ..models.invite_email_config import InviteEmailConfig
    from ..models.trip_contact import TripContact
    from ..models.trip_overrides import TripOverrides
    from ..models.user_id import UserId


T = TypeVar("T", bound="EventGroupMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
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
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "contacts": ("contacts", False, ("list", ("model", "user_id", "UserId")), None),
    "documents": ("documents", False, ("list", ("model", "document", "Document")), None),
    "bookingStyle": ("booking_style", False, ("enum", "event_booking_style", "EventBookingStyle"), None),
    "referenceUsers": ("reference_users", False, ("list", ("model", "user_id", "UserId")), None),
    "internalNotes": ("internal_notes", False, ("str",), None),
    "travelerTypes": ("traveler_types", False, ("list", ("enum", "persona", "Persona")), None),
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
}


def _enum_booking_style(value: EventBookingStyle | str | Unset) -> EventBookingStyle | Unset:
    converted: EventBookingStyle | Unset = enum_field(value, EventBookingStyle, "EventGroupMetadata", "booking_style")
    return converted


def _enum_traveler_types(value: Sequence[Persona | str] | Unset) -> list[Persona] | Unset:
    converted: list[Persona] | Unset = enum_list_field(value, Persona, "EventGroupMetadata", "traveler_types")
    return converted


def _enum_allow_travelers_policy(value: AllowTravelersPolicy | str | Unset) -> AllowTravelersPolicy | Unset:
    converted: AllowTravelersPolicy | Unset = enum_field(
        value, AllowTravelersPolicy, "EventGroupMetadata", "allow_travelers_policy"
    )
    return converted


def _enum_allow_travelers_to_rsvp(value: AllowTravelersToRsvp | str | Unset) -> AllowTravelersToRsvp | Unset:
    converted: AllowTravelersToRsvp | Unset = enum_field(
        value, AllowTravelersToRsvp, "EventGroupMetadata", "allow_travelers_to_rsvp"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class EventGroupMetadata:
    """
    Attributes:
        contacts (list[UserId] | Unset): JSON ``contacts``.
        documents (list[Document] | Unset): JSON ``documents``.
        booking_style (EventBookingStyle | Unset): JSON ``bookingStyle``; example SELF_SERVE; one of SELF_SERVE,
            AGENT_MANAGED.
        reference_users (list[UserId] | Unset): JSON ``referenceUsers``.
        internal_notes (str | Unset): JSON ``internalNotes``.
        traveler_types (list[Persona] | Unset): JSON ``travelerTypes``; one of UNKNOWN_PERSONA, EMPLOYEE, GUEST,
            PERSONAL, RELATIVE, ADHOC.
        allow_travelers_policy (AllowTravelersPolicy | Unset): JSON ``allowTravelersPolicy``; one of ALLOWED,
            NOT_ALLOWED.
        email_preferences (BucketEmailPreferences | Unset): JSON ``emailPreferences``.
        allow_travelers_to_rsvp (AllowTravelersToRsvp | Unset): JSON ``allowTravelersToRsvp``; one of ALLOWED,
            NOT_ALLOWED.
        trip_overrides (TripOverrides | Unset): JSON ``tripOverrides``.
        trip_contacts (list[TripContact] | Unset): JSON ``tripContacts``.
        inherited_custom_field_ids (list[UUID] | Unset): JSON ``inheritedCustomFieldIds``.
        invite_email_config (InviteEmailConfig | Unset): JSON ``inviteEmailConfig``.
    """

    contacts: list[UserId] | Unset = UNSET
    documents: list[Document] | Unset = UNSET
    booking_style: EventBookingStyle | Unset = _attrs_field(default=UNSET, converter=_enum_booking_style)
    reference_users: list[UserId] | Unset = UNSET
    internal_notes: str | Unset = UNSET
    traveler_types: list[Persona] | Unset = _attrs_field(default=UNSET, converter=_enum_traveler_types)
    allow_travelers_policy: AllowTravelersPolicy | Unset = _attrs_field(
        default=UNSET, converter=_enum_allow_travelers_policy
    )
    email_preferences: BucketEmailPreferences | Unset = UNSET
    allow_travelers_to_rsvp: AllowTravelersToRsvp | Unset = _attrs_field(
        default=UNSET, converter=_enum_allow_travelers_to_rsvp
    )
    trip_overrides: TripOverrides | Unset = UNSET
    trip_contacts: list[TripContact] | Unset = UNSET
    inherited_custom_field_ids: list[UUID] | Unset = UNSET
    invite_email_config: InviteEmailConfig | Unset = UNSET
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
        def require(self, name: Literal["contacts"], /) -> list[UserId]: ...
        @overload
        def require(self, name: Literal["documents"], /) -> list[Document]: ...
        @overload
        def require(self, name: Literal["booking_style"], /) -> EventBookingStyle: ...
        @overload
        def require(self, name: Literal["reference_users"], /) -> list[UserId]: ...
        @overload
        def require(self, name: Literal["internal_notes"], /) -> str: ...
        @overload
        def require(self, name: Literal["traveler_types"], /) -> list[Persona]: ...
        @overload
        def require(self, name: Literal["allow_travelers_policy"], /) -> AllowTravelersPolicy: ...
        @overload
        def require(self, name: Literal["email_preferences"], /) -> BucketEmailPreferences: ...
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
            raise ModelParseError(f"EventGroupMetadata: expected a JSON object, got {type(src_dict).__name__}")
        if cls is EventGroupMetadata:
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


def _parse_internal_notes(d: Mapping[str, Any]) -> str | Unset:
    internal_notes: str | Unset = _v if (_v := d.get("internalNotes")) is not None else PARSED_UNSET
    if internal_notes is not UNSET and (type(internal_notes) is not str):
        internal_notes = read_as("str", internal_notes, "EventGroupMetadata", "internalNotes")

    return internal_notes


def _parse_traveler_types(d: Mapping[str, Any]) -> list[Persona] | Unset:
    _traveler_types = _v if (_v := d.get("travelerTypes")) is not None else PARSED_UNSET
    traveler_types: list[Persona] | Unset = UNSET
    if _traveler_types is not UNSET:
        traveler_types = []
        for traveler_types_item_data in _traveler_types:
            traveler_types_item = Persona._members[traveler_types_item_data]

            traveler_types.append(traveler_types_item)

    return traveler_types


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


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: EventGroupMetadata, d: Mapping[str, Any]) -> None:
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
    internal_notes: str | Unset = _v if (_v := d.get("internalNotes")) is not None else PARSED_UNSET
    if internal_notes is not UNSET and (type(internal_notes) is not str):
        internal_notes = read_as("str", internal_notes, "EventGroupMetadata", "internalNotes")

    self.internal_notes = internal_notes
    _traveler_types = _v if (_v := d.get("travelerTypes")) is not None else PARSED_UNSET
    traveler_types: list[Persona] | Unset = UNSET
    if _traveler_types is not UNSET:
        traveler_types = []
        for traveler_types_item_data in _traveler_types:
            traveler_types_item = Persona._members[traveler_types_item_data]

            traveler_types.append(traveler_types_item)

    self.traveler_types = traveler_types
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
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "contacts": ("contacts", _parse_contacts),
    "documents": ("documents", _parse_documents),
    "booking_style": ("bookingStyle", _parse_booking_style),
    "reference_users": ("referenceUsers", _parse_reference_users),
    "internal_notes": ("internalNotes", _parse_internal_notes),
    "traveler_types": ("travelerTypes", _parse_traveler_types),
    "allow_travelers_policy": ("allowTravelersPolicy", _parse_allow_travelers_policy),
    "email_preferences": ("emailPreferences", _parse_email_preferences),
    "allow_travelers_to_rsvp": ("allowTravelersToRsvp", _parse_allow_travelers_to_rsvp),
    "trip_overrides": ("tripOverrides", _parse_trip_overrides),
    "trip_contacts": ("tripContacts", _parse_trip_contacts),
    "inherited_custom_field_ids": ("inheritedCustomFieldIds", _parse_inherited_custom_field_ids),
    "invite_email_config": ("inviteEmailConfig", _parse_invite_email_config),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
EventGroupMetadata._field_parsers = _PARSERS
EventGroupMetadata._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(EventGroupMetadata, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = EventGroupMetadata.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.bucket_email_preferences import BucketEmailPreferences
from ..models.document import Document
from ..models.invite_email_config import InviteEmailConfig
from ..models.trip_contact import TripContact
from ..models.trip_overrides import TripOverrides
from ..models.user_id import UserId
