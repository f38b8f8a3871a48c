from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError, UnknownVariantError
from ..models.gender import Gender
from ..models.preferred_pronoun import PreferredPronoun
from ..models.user_title import UserTitle
from ..types import (
    PARSED_UNSET,
    UNSET,
    UnknownVariant,
    Unset,
    check_request_json,
    deprecate_fields,
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
    from ..models.date import Date
    from ..models.emergency_contact import EmergencyContact
    from ..models.emergency_contact_info import EmergencyContactInfo
    from ..models.image import Image
    from ..models.immigration_document_wrapper import ImmigrationDocumentWrapper
    from ..models.known_traveler_number_wrapper import KnownTravelerNumberWrapper
    from ..models.name import Name
    from ..models.national_doc_wrapper import NationalDocWrapper
    from ..models.passport_wrapper import PassportWrapper
    from ..models.phone_number import PhoneNumber
    from ..models.postal_address import PostalAddress
    from ..models.redress_number_wrapper import RedressNumberWrapper


T = TypeVar("T", bound="UserPersonalInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "addresses",
        "dob",
        "email",
        "emergencyContactInfo",
        "gender",
        "identityDocs",
        "name",
        "phoneNumbers",
        "profilePicture",
        "nationality",
        "title",
        "preferredLanguage",
        "preferredPronoun",
        "travelerName",
        "emergencyContact",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "addresses": ("addresses", False, ("list", ("model", "postal_address", "PostalAddress")), None),
    "dob": ("dob", False, ("model", "date", "Date"), None),
    "email": ("email", False, ("str",), None),
    "emergencyContactInfo": (
        "emergency_contact_info",
        False,
        ("model", "emergency_contact_info", "EmergencyContactInfo"),
        None,
    ),
    "gender": ("gender", False, ("enum", "gender", "Gender"), None),
    "identityDocs": (
        "identity_docs",
        False,
        (
            "list",
            (
                "union",
                (
                    ("model", "passport_wrapper", "PassportWrapper"),
                    ("model", "immigration_document_wrapper", "ImmigrationDocumentWrapper"),
                    ("model", "redress_number_wrapper", "RedressNumberWrapper"),
                    ("model", "known_traveler_number_wrapper", "KnownTravelerNumberWrapper"),
                    ("model", "national_doc_wrapper", "NationalDocWrapper"),
                ),
            ),
        ),
        None,
    ),
    "name": ("name", False, ("model", "name", "Name"), None),
    "phoneNumbers": ("phone_numbers", False, ("list", ("model", "phone_number", "PhoneNumber")), None),
    "profilePicture": ("profile_picture", False, ("model", "image", "Image"), None),
    "nationality": ("nationality", False, ("str",), None),
    "title": ("title", False, ("enum", "user_title", "UserTitle"), None),
    "preferredLanguage": ("preferred_language", False, ("str",), None),
    "preferredPronoun": ("preferred_pronoun", False, ("enum", "preferred_pronoun", "PreferredPronoun"), None),
    "travelerName": ("traveler_name", False, ("model", "name", "Name"), None),
    "emergencyContact": ("emergency_contact", False, ("model", "emergency_contact", "EmergencyContact"), None),
}


def _enum_gender(value: Gender | str | Unset) -> Gender | Unset:
    converted: Gender | Unset = enum_field(value, Gender, "UserPersonalInfo", "gender")
    return converted


def _enum_title(value: UserTitle | str | Unset) -> UserTitle | Unset:
    converted: UserTitle | Unset = enum_field(value, UserTitle, "UserPersonalInfo", "title")
    return converted


def _enum_preferred_pronoun(value: PreferredPronoun | str | Unset) -> PreferredPronoun | Unset:
    converted: PreferredPronoun | Unset = enum_field(value, PreferredPronoun, "UserPersonalInfo", "preferred_pronoun")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class UserPersonalInfo:
    """
    Attributes:
        addresses (list[PostalAddress] | Unset): JSON ``addresses``.
        dob (Date | Unset): JSON ``dob``.
        email (str | Unset): JSON ``email``; format email; example example@email.com.
        emergency_contact_info (EmergencyContactInfo | Unset): JSON ``emergencyContactInfo``; Deprecated (sunset
            2026-07-01).
        gender (Gender | Unset): JSON ``gender``; example FEMALE; one of MALE, FEMALE, UNSPECIFIED, UNDISCLOSED,
            GENDER_REDACTED.
        identity_docs (list[ImmigrationDocumentWrapper | KnownTravelerNumberWrapper | NationalDocWrapper |
            PassportWrapper | RedressNumberWrapper] | Unset): JSON ``identityDocs``; example [{'passport': {'docId':
            'PASSPORTID', 'expiryDate': {'iso8601': '2017-07-21'}, 'issueCountry': 'IN', 'issuedDate': {'iso8601':
            '2017-07-21'}, 'nationalityCountry': 'IN', 'type': 'REGULAR'}}, {'ktn': {'number': '123456', 'issueCountry':
            'US'}}].
        name (Name | Unset): JSON ``name``.
        phone_numbers (list[PhoneNumber] | Unset): JSON ``phoneNumbers``.
        profile_picture (Image | Unset): JSON ``profilePicture``.
        nationality (str | Unset): JSON ``nationality``; example Indian.
        title (UserTitle | Unset): JSON ``title``; example MR; one of TITLE_UNKNOWN, MR, MS, MRS, MX, MASTER, MISS, DR,
            PROFESSOR, CAPTAIN, REVEREND, HONOURABLE, SIR, LADY, AMBASSADOR, LORD, BRIGADIER, SENATOR, DAME, JUSTICE, UK,
            TITLE_REDACTED.
        preferred_language (str | Unset): JSON ``preferredLanguage``; example en-US.
        preferred_pronoun (PreferredPronoun | Unset): JSON ``preferredPronoun``; example SHE_HER_HERS; one of
            SHE_HER_HERS, HE_HIM_HIS, THEY_THEM_THEIRS.
        traveler_name (Name | Unset): JSON ``travelerName``.
        emergency_contact (EmergencyContact | Unset): JSON ``emergencyContact``.
    """

    addresses: list[PostalAddress] | Unset = UNSET
    dob: Date | Unset = UNSET
    email: str | Unset = UNSET
    emergency_contact_info: EmergencyContactInfo | Unset = UNSET
    gender: Gender | Unset = _attrs_field(default=UNSET, converter=_enum_gender)
    identity_docs: (
        list[
            ImmigrationDocumentWrapper
            | KnownTravelerNumberWrapper
            | NationalDocWrapper
            | PassportWrapper
            | RedressNumberWrapper
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    name: Name | Unset = UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    profile_picture: Image | Unset = UNSET
    nationality: str | Unset = UNSET
    title: UserTitle | Unset = _attrs_field(default=UNSET, converter=_enum_title)
    preferred_language: str | Unset = UNSET
    preferred_pronoun: PreferredPronoun | Unset = _attrs_field(default=UNSET, converter=_enum_preferred_pronoun)
    traveler_name: Name | Unset = UNSET
    emergency_contact: EmergencyContact | Unset = UNSET
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
            addresses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.addresses, Unset):
                addresses = []
                for addresses_item_data in self.addresses:
                    addresses_item = addresses_item_data.to_dict()
                    addresses.append(addresses_item)

            dob: dict[str, Any] | Unset = UNSET
            if not isinstance(self.dob, Unset):
                dob = self.dob.to_dict()

            email = self.email

            emergency_contact_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.emergency_contact_info, Unset):
                emergency_contact_info = self.emergency_contact_info.to_dict()

            gender: str | Unset = UNSET
            if not isinstance(self.gender, Unset):
                gender = self.gender.value

            identity_docs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.identity_docs, Unset):
                identity_docs = []
                for identity_docs_item_data in self.identity_docs:
                    identity_docs_item: dict[str, Any]
                    if isinstance(identity_docs_item_data, PassportWrapper):
                        identity_docs_item = identity_docs_item_data.to_dict()
                    elif isinstance(identity_docs_item_data, ImmigrationDocumentWrapper):
                        identity_docs_item = identity_docs_item_data.to_dict()
                    elif isinstance(identity_docs_item_data, RedressNumberWrapper):
                        identity_docs_item = identity_docs_item_data.to_dict()
                    elif isinstance(identity_docs_item_data, KnownTravelerNumberWrapper):
                        identity_docs_item = identity_docs_item_data.to_dict()
                    else:
                        identity_docs_item = identity_docs_item_data.to_dict()

                    identity_docs.append(identity_docs_item)

            name: dict[str, Any] | Unset = UNSET
            if not isinstance(self.name, Unset):
                name = self.name.to_dict()

            phone_numbers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.phone_numbers, Unset):
                phone_numbers = []
                for phone_numbers_item_data in self.phone_numbers:
                    phone_numbers_item = phone_numbers_item_data.to_dict()
                    phone_numbers.append(phone_numbers_item)

            profile_picture: dict[str, Any] | Unset = UNSET
            if not isinstance(self.profile_picture, Unset):
                profile_picture = self.profile_picture.to_dict()

            nationality = self.nationality

            title: str | Unset = UNSET
            if not isinstance(self.title, Unset):
                title = self.title.value

            preferred_language = self.preferred_language

            preferred_pronoun: str | Unset = UNSET
            if not isinstance(self.preferred_pronoun, Unset):
                preferred_pronoun = self.preferred_pronoun.value

            traveler_name: dict[str, Any] | Unset = UNSET
            if not isinstance(self.traveler_name, Unset):
                traveler_name = self.traveler_name.to_dict()

            emergency_contact: dict[str, Any] | Unset = UNSET
            if not isinstance(self.emergency_contact, Unset):
                emergency_contact = self.emergency_contact.to_dict()

            field_dict: dict[str, Any] = {}
            if addresses is not UNSET:
                field_dict["addresses"] = addresses
            if dob is not UNSET:
                field_dict["dob"] = dob
            if email is not UNSET:
                field_dict["email"] = email
            if emergency_contact_info is not UNSET:
                field_dict["emergencyContactInfo"] = emergency_contact_info
            if gender is not UNSET:
                field_dict["gender"] = gender
            if identity_docs is not UNSET:
                field_dict["identityDocs"] = identity_docs
            if name is not UNSET:
                field_dict["name"] = name
            if phone_numbers is not UNSET:
                field_dict["phoneNumbers"] = phone_numbers
            if profile_picture is not UNSET:
                field_dict["profilePicture"] = profile_picture
            if nationality is not UNSET:
                field_dict["nationality"] = nationality
            if title is not UNSET:
                field_dict["title"] = title
            if preferred_language is not UNSET:
                field_dict["preferredLanguage"] = preferred_language
            if preferred_pronoun is not UNSET:
                field_dict["preferredPronoun"] = preferred_pronoun
            if traveler_name is not UNSET:
                field_dict["travelerName"] = traveler_name
            if emergency_contact is not UNSET:
                field_dict["emergencyContact"] = emergency_contact
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
        def require(self, name: Literal["addresses"], /) -> list[PostalAddress]: ...
        @overload
        def require(self, name: Literal["dob"], /) -> Date: ...
        @overload
        def require(self, name: Literal["email"], /) -> str: ...
        @overload
        def require(self, name: Literal["emergency_contact_info"], /) -> EmergencyContactInfo: ...
        @overload
        def require(self, name: Literal["gender"], /) -> Gender: ...
        @overload
        def require(
            self, name: Literal["identity_docs"], /
        ) -> list[
            ImmigrationDocumentWrapper
            | KnownTravelerNumberWrapper
            | NationalDocWrapper
            | PassportWrapper
            | RedressNumberWrapper
            | UnknownVariant
        ]: ...
        @overload
        def require(self, name: Literal["name"], /) -> Name: ...
        @overload
        def require(self, name: Literal["phone_numbers"], /) -> list[PhoneNumber]: ...
        @overload
        def require(self, name: Literal["profile_picture"], /) -> Image: ...
        @overload
        def require(self, name: Literal["nationality"], /) -> str: ...
        @overload
        def require(self, name: Literal["title"], /) -> UserTitle: ...
        @overload
        def require(self, name: Literal["preferred_language"], /) -> str: ...
        @overload
        def require(self, name: Literal["preferred_pronoun"], /) -> PreferredPronoun: ...
        @overload
        def require(self, name: Literal["traveler_name"], /) -> Name: ...
        @overload
        def require(self, name: Literal["emergency_contact"], /) -> EmergencyContact: ...
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
            raise ModelParseError(f"UserPersonalInfo: expected a JSON object, got {type(src_dict).__name__}")
        if cls is UserPersonalInfo:
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


def _parse_addresses(d: Mapping[str, Any]) -> list[PostalAddress] | Unset:
    _addresses = _v if (_v := d.get("addresses")) is not None else PARSED_UNSET
    addresses: list[PostalAddress] | Unset = UNSET
    if _addresses is not UNSET:
        addresses = []
        for addresses_item_data in _addresses:
            addresses_item = PostalAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

    return addresses


def _parse_dob(d: Mapping[str, Any]) -> Date | Unset:
    _dob = _v if (_v := d.get("dob")) is not None else PARSED_UNSET
    dob: Date | Unset
    if isinstance(_dob, Unset):
        dob = UNSET
    else:
        dob = Date.from_dict(_dob)

    return dob


def _parse_email(d: Mapping[str, Any]) -> str | Unset:
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "UserPersonalInfo", "email")

    return email


def _parse_emergency_contact_info(d: Mapping[str, Any]) -> EmergencyContactInfo | Unset:
    _emergency_contact_info = _v if (_v := d.get("emergencyContactInfo")) is not None else PARSED_UNSET
    emergency_contact_info: EmergencyContactInfo | Unset
    if isinstance(_emergency_contact_info, Unset):
        emergency_contact_info = UNSET
    else:
        emergency_contact_info = EmergencyContactInfo.from_dict(_emergency_contact_info)

    return emergency_contact_info


def _parse_gender(d: Mapping[str, Any]) -> Gender | Unset:
    _gender = _v if (_v := d.get("gender")) is not None else PARSED_UNSET
    gender: Gender | Unset
    if isinstance(_gender, Unset):
        gender = UNSET
    else:
        gender = Gender._members[_gender]

    return gender


def _parse_identity_docs(
    d: Mapping[str, Any],
) -> (
    list[
        ImmigrationDocumentWrapper
        | KnownTravelerNumberWrapper
        | NationalDocWrapper
        | PassportWrapper
        | RedressNumberWrapper
        | UnknownVariant
    ]
    | Unset
):
    _identity_docs = _v if (_v := d.get("identityDocs")) is not None else PARSED_UNSET
    identity_docs: (
        list[
            ImmigrationDocumentWrapper
            | KnownTravelerNumberWrapper
            | NationalDocWrapper
            | PassportWrapper
            | RedressNumberWrapper
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    if _identity_docs is not UNSET:
        identity_docs = []
        for identity_docs_item_data in _identity_docs:
            _identity_docs_item_data = identity_docs_item_data
            identity_docs_item: (
                ImmigrationDocumentWrapper
                | KnownTravelerNumberWrapper
                | NationalDocWrapper
                | PassportWrapper
                | RedressNumberWrapper
                | UnknownVariant
            )
            if not isinstance(_identity_docs_item_data, dict):
                raise UnknownVariantError(
                    "ImmigrationDocumentWrapper | KnownTravelerNumberWrapper | NationalDocWrapper | PassportWrapper | RedressNumberWrapper",
                    _identity_docs_item_data,
                )
            elif "passport" in _identity_docs_item_data:
                identity_docs_item = PassportWrapper.from_dict(_identity_docs_item_data)
            elif "immigrationDoc" in _identity_docs_item_data:
                identity_docs_item = ImmigrationDocumentWrapper.from_dict(_identity_docs_item_data)
            elif "redress" in _identity_docs_item_data:
                identity_docs_item = RedressNumberWrapper.from_dict(_identity_docs_item_data)
            elif "ktn" in _identity_docs_item_data:
                identity_docs_item = KnownTravelerNumberWrapper.from_dict(_identity_docs_item_data)
            elif "nationalDoc" in _identity_docs_item_data:
                identity_docs_item = NationalDocWrapper.from_dict(_identity_docs_item_data)
            else:
                identity_docs_item = UnknownVariant(_identity_docs_item_data)

            identity_docs.append(identity_docs_item)

    return identity_docs


def _parse_name(d: Mapping[str, Any]) -> Name | Unset:
    _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    name: Name | Unset
    if isinstance(_name, Unset):
        name = UNSET
    else:
        name = Name.from_dict(_name)

    return name


def _parse_phone_numbers(d: Mapping[str, Any]) -> list[PhoneNumber] | Unset:
    _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    if _phone_numbers is not UNSET:
        phone_numbers = []
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

    return phone_numbers


def _parse_profile_picture(d: Mapping[str, Any]) -> Image | Unset:
    _profile_picture = _v if (_v := d.get("profilePicture")) is not None else PARSED_UNSET
    profile_picture: Image | Unset
    if isinstance(_profile_picture, Unset):
        profile_picture = UNSET
    else:
        profile_picture = Image.from_dict(_profile_picture)

    return profile_picture


def _parse_nationality(d: Mapping[str, Any]) -> str | Unset:
    nationality: str | Unset = _v if (_v := d.get("nationality")) is not None else PARSED_UNSET
    if nationality is not UNSET and (type(nationality) is not str):
        nationality = read_as("str", nationality, "UserPersonalInfo", "nationality")

    return nationality


def _parse_title(d: Mapping[str, Any]) -> UserTitle | Unset:
    _title = _v if (_v := d.get("title")) is not None else PARSED_UNSET
    title: UserTitle | Unset
    if isinstance(_title, Unset):
        title = UNSET
    else:
        title = UserTitle._members[_title]

    return title


def _parse_preferred_language(d: Mapping[str, Any]) -> str | Unset:
    preferred_language: str | Unset = _v if (_v := d.get("preferredLanguage")) is not None else PARSED_UNSET
    if preferred_language is not UNSET and (type(preferred_language) is not str):
        preferred_language = read_as("str", preferred_language, "UserPersonalInfo", "preferredLanguage")

    return preferred_language


def _parse_preferred_pronoun(d: Mapping[str, Any]) -> PreferredPronoun | Unset:
    _preferred_pronoun = _v if (_v := d.get("preferredPronoun")) is not None else PARSED_UNSET
    preferred_pronoun: PreferredPronoun | Unset
    if isinstance(_preferred_pronoun, Unset):
        preferred_pronoun = UNSET
    else:
        preferred_pronoun = PreferredPronoun._members[_preferred_pronoun]

    return preferred_pronoun


def _parse_traveler_name(d: Mapping[str, Any]) -> Name | Unset:
    _traveler_name = _v if (_v := d.get("travelerName")) is not None else PARSED_UNSET
    traveler_name: Name | Unset
    if isinstance(_traveler_name, Unset):
        traveler_name = UNSET
    else:
        traveler_name = Name.from_dict(_traveler_name)

    return traveler_name


def _parse_emergency_contact(d: Mapping[str, Any]) -> EmergencyContact | Unset:
    _emergency_contact = _v if (_v := d.get("emergencyContact")) is not None else PARSED_UNSET
    emergency_contact: EmergencyContact | Unset
    if isinstance(_emergency_contact, Unset):
        emergency_contact = UNSET
    else:
        emergency_contact = EmergencyContact.from_dict(_emergency_contact)

    return emergency_contact


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: UserPersonalInfo, d: Mapping[str, Any]) -> None:
    _addresses = _v if (_v := d.get("addresses")) is not None else PARSED_UNSET
    addresses: list[PostalAddress] | Unset = UNSET
    if _addresses is not UNSET:
        addresses = []
        for addresses_item_data in _addresses:
            addresses_item = PostalAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

    self.addresses = addresses
    _dob = _v if (_v := d.get("dob")) is not None else PARSED_UNSET
    dob: Date | Unset
    if isinstance(_dob, Unset):
        dob = UNSET
    else:
        dob = Date.from_dict(_dob)

    self.dob = dob
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "UserPersonalInfo", "email")

    self.email = email
    _emergency_contact_info = _v if (_v := d.get("emergencyContactInfo")) is not None else PARSED_UNSET
    emergency_contact_info: EmergencyContactInfo | Unset
    if isinstance(_emergency_contact_info, Unset):
        emergency_contact_info = UNSET
    else:
        emergency_contact_info = EmergencyContactInfo.from_dict(_emergency_contact_info)

    self.emergency_contact_info = emergency_contact_info
    _gender = _v if (_v := d.get("gender")) is not None else PARSED_UNSET
    gender: Gender | Unset
    if isinstance(_gender, Unset):
        gender = UNSET
    else:
        gender = Gender._members[_gender]

    self.gender = gender
    _identity_docs = _v if (_v := d.get("identityDocs")) is not None else PARSED_UNSET
    identity_docs: (
        list[
            ImmigrationDocumentWrapper
            | KnownTravelerNumberWrapper
            | NationalDocWrapper
            | PassportWrapper
            | RedressNumberWrapper
            | UnknownVariant
        ]
        | Unset
    ) = UNSET
    if _identity_docs is not UNSET:
        identity_docs = []
        for identity_docs_item_data in _identity_docs:
            _identity_docs_item_data = identity_docs_item_data
            identity_docs_item: (
                ImmigrationDocumentWrapper
                | KnownTravelerNumberWrapper
                | NationalDocWrapper
                | PassportWrapper
                | RedressNumberWrapper
                | UnknownVariant
            )
            if not isinstance(_identity_docs_item_data, dict):
                raise UnknownVariantError(
                    "ImmigrationDocumentWrapper | KnownTravelerNumberWrapper | NationalDocWrapper | PassportWrapper | RedressNumberWrapper",
                    _identity_docs_item_data,
                )
            elif "passport" in _identity_docs_item_data:
                identity_docs_item = PassportWrapper.from_dict(_identity_docs_item_data)
            elif "immigrationDoc" in _identity_docs_item_data:
                identity_docs_item = ImmigrationDocumentWrapper.from_dict(_identity_docs_item_data)
            elif "redress" in _identity_docs_item_data:
                identity_docs_item = RedressNumberWrapper.from_dict(_identity_docs_item_data)
            elif "ktn" in _identity_docs_item_data:
                identity_docs_item = KnownTravelerNumberWrapper.from_dict(_identity_docs_item_data)
            elif "nationalDoc" in _identity_docs_item_data:
                identity_docs_item = NationalDocWrapper.from_dict(_identity_docs_item_data)
            else:
                identity_docs_item = UnknownVariant(_identity_docs_item_data)

            identity_docs.append(identity_docs_item)

    self.identity_docs = identity_docs
    _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    name: Name | Unset
    if isinstance(_name, Unset):
        name = UNSET
    else:
        name = Name.from_dict(_name)

    self.name = name
    _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    if _phone_numbers is not UNSET:
        phone_numbers = []
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

    self.phone_numbers = phone_numbers
    _profile_picture = _v if (_v := d.get("profilePicture")) is not None else PARSED_UNSET
    profile_picture: Image | Unset
    if isinstance(_profile_picture, Unset):
        profile_picture = UNSET
    else:
        profile_picture = Image.from_dict(_profile_picture)

    self.profile_picture = profile_picture
    nationality: str | Unset = _v if (_v := d.get("nationality")) is not None else PARSED_UNSET
    if nationality is not UNSET and (type(nationality) is not str):
        nationality = read_as("str", nationality, "UserPersonalInfo", "nationality")

    self.nationality = nationality
    _title = _v if (_v := d.get("title")) is not None else PARSED_UNSET
    title: UserTitle | Unset
    if isinstance(_title, Unset):
        title = UNSET
    else:
        title = UserTitle._members[_title]

    self.title = title
    preferred_language: str | Unset = _v if (_v := d.get("preferredLanguage")) is not None else PARSED_UNSET
    if preferred_language is not UNSET and (type(preferred_language) is not str):
        preferred_language = read_as("str", preferred_language, "UserPersonalInfo", "preferredLanguage")

    self.preferred_language = preferred_language
    _preferred_pronoun = _v if (_v := d.get("preferredPronoun")) is not None else PARSED_UNSET
    preferred_pronoun: PreferredPronoun | Unset
    if isinstance(_preferred_pronoun, Unset):
        preferred_pronoun = UNSET
    else:
        preferred_pronoun = PreferredPronoun._members[_preferred_pronoun]

    self.preferred_pronoun = preferred_pronoun
    _traveler_name = _v if (_v := d.get("travelerName")) is not None else PARSED_UNSET
    traveler_name: Name | Unset
    if isinstance(_traveler_name, Unset):
        traveler_name = UNSET
    else:
        traveler_name = Name.from_dict(_traveler_name)

    self.traveler_name = traveler_name
    _emergency_contact = _v if (_v := d.get("emergencyContact")) is not None else PARSED_UNSET
    emergency_contact: EmergencyContact | Unset
    if isinstance(_emergency_contact, Unset):
        emergency_contact = UNSET
    else:
        emergency_contact = EmergencyContact.from_dict(_emergency_contact)

    self.emergency_contact = emergency_contact
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "addresses": ("addresses", _parse_addresses),
    "dob": ("dob", _parse_dob),
    "email": ("email", _parse_email),
    "emergency_contact_info": ("emergencyContactInfo", _parse_emergency_contact_info),
    "gender": ("gender", _parse_gender),
    "identity_docs": ("identityDocs", _parse_identity_docs),
    "name": ("name", _parse_name),
    "phone_numbers": ("phoneNumbers", _parse_phone_numbers),
    "profile_picture": ("profilePicture", _parse_profile_picture),
    "nationality": ("nationality", _parse_nationality),
    "title": ("title", _parse_title),
    "preferred_language": ("preferredLanguage", _parse_preferred_language),
    "preferred_pronoun": ("preferredPronoun", _parse_preferred_pronoun),
    "traveler_name": ("travelerName", _parse_traveler_name),
    "emergency_contact": ("emergencyContact", _parse_emergency_contact),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
UserPersonalInfo._field_parsers = _PARSERS
UserPersonalInfo._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    UserPersonalInfo,
    {
        "emergency_contact_info": ("emergencyContactInfo", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(UserPersonalInfo, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = UserPersonalInfo.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.date import Date
from ..models.emergency_contact import EmergencyContact
from ..models.emergency_contact_info import EmergencyContactInfo
from ..models.image import Image
from ..models.immigration_document_wrapper import ImmigrationDocumentWrapper
from ..models.known_traveler_number_wrapper import KnownTravelerNumberWrapper
from ..models.name import Name
from ..models.national_doc_wrapper import NationalDocWrapper
from ..models.passport_wrapper import PassportWrapper
from ..models.phone_number import PhoneNumber
from ..models.postal_address import PostalAddress
from ..models.redress_number_wrapper import RedressNumberWrapper
