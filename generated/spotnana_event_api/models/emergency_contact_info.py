from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.name import Name
    from ..models.phone_number import PhoneNumber
    from ..models.postal_address import PostalAddress
    from ..models.user_org_id import UserOrgId


T = TypeVar("T", bound="EmergencyContactInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "address",
        "designation",
        "name",
        "phoneNumber",
        "userOrgId",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "email",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "email": ("email", True, ("str",), None),
    "address": ("address", False, ("model", "postal_address", "PostalAddress"), None),
    "designation": ("designation", False, ("str",), None),
    "name": ("name", False, ("model", "name", "Name"), None),
    "phoneNumber": ("phone_number", False, ("model", "phone_number", "PhoneNumber"), None),
    "userOrgId": ("user_org_id", False, ("model", "user_org_id", "UserOrgId"), None),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class EmergencyContactInfo:
    """
    Attributes:
        email (str): JSON ``email``; format email; example emergency-contact@email.com.
        address (PostalAddress | Unset): JSON ``address``.
        designation (str | Unset): JSON ``designation``; example MANAGER.
        name (Name | Unset): JSON ``name``.
        phone_number (PhoneNumber | Unset): JSON ``phoneNumber``.
        user_org_id (UserOrgId | Unset): JSON ``userOrgId``.
    """

    email: str
    address: PostalAddress | Unset = UNSET
    designation: str | Unset = UNSET
    name: Name | Unset = UNSET
    phone_number: PhoneNumber | Unset = UNSET
    user_org_id: UserOrgId | Unset = UNSET
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
            email = self.email

            address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.address, Unset):
                address = self.address.to_dict()

            designation = self.designation

            name: dict[str, Any] | Unset = UNSET
            if not isinstance(self.name, Unset):
                name = self.name.to_dict()

            phone_number: dict[str, Any] | Unset = UNSET
            if not isinstance(self.phone_number, Unset):
                phone_number = self.phone_number.to_dict()

            user_org_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.user_org_id, Unset):
                user_org_id = self.user_org_id.to_dict()

            field_dict: dict[str, Any] = {}
            field_dict["email"] = email
            if address is not UNSET:
                field_dict["address"] = address
            if designation is not UNSET:
                field_dict["designation"] = designation
            if name is not UNSET:
                field_dict["name"] = name
            if phone_number is not UNSET:
                field_dict["phoneNumber"] = phone_number
            if user_org_id is not UNSET:
                field_dict["userOrgId"] = user_org_id
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
        def require(self, name: Literal["address"], /) -> PostalAddress: ...
        @overload
        def require(self, name: Literal["designation"], /) -> str: ...
        @overload
        def require(self, name: Literal["name"], /) -> Name: ...
        @overload
        def require(self, name: Literal["phone_number"], /) -> PhoneNumber: ...
        @overload
        def require(self, name: Literal["user_org_id"], /) -> UserOrgId: ...
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
            raise ModelParseError(f"EmergencyContactInfo: expected a JSON object, got {type(src_dict).__name__}")
        if "email" not in src_dict:
            raise MissingRequiredFieldError("EmergencyContactInfo", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is EmergencyContactInfo:
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


def _parse_email(d: Mapping[str, Any]) -> str:
    email: str = d["email"]
    if type(email) is not str:
        email = read_as("str", email, "EmergencyContactInfo", "email")

    return email


def _parse_address(d: Mapping[str, Any]) -> PostalAddress | Unset:
    _address = _v if (_v := d.get("address")) is not None else PARSED_UNSET
    address: PostalAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = PostalAddress.from_dict(_address)

    return address


def _parse_designation(d: Mapping[str, Any]) -> str | Unset:
    designation: str | Unset = _v if (_v := d.get("designation")) is not None else PARSED_UNSET
    if designation is not UNSET and (type(designation) is not str):
        designation = read_as("str", designation, "EmergencyContactInfo", "designation")

    return designation


def _parse_name(d: Mapping[str, Any]) -> Name | Unset:
    _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    name: Name | Unset
    if isinstance(_name, Unset):
        name = UNSET
    else:
        name = Name.from_dict(_name)

    return name


def _parse_phone_number(d: Mapping[str, Any]) -> PhoneNumber | Unset:
    _phone_number = _v if (_v := d.get("phoneNumber")) is not None else PARSED_UNSET
    phone_number: PhoneNumber | Unset
    if isinstance(_phone_number, Unset):
        phone_number = UNSET
    else:
        phone_number = PhoneNumber.from_dict(_phone_number)

    return phone_number


def _parse_user_org_id(d: Mapping[str, Any]) -> UserOrgId | Unset:
    _user_org_id = _v if (_v := d.get("userOrgId")) is not None else PARSED_UNSET
    user_org_id: UserOrgId | Unset
    if isinstance(_user_org_id, Unset):
        user_org_id = UNSET
    else:
        user_org_id = UserOrgId.from_dict(_user_org_id)

    return user_org_id


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: EmergencyContactInfo, d: Mapping[str, Any]) -> None:
    email: str = d["email"]
    if type(email) is not str:
        email = read_as("str", email, "EmergencyContactInfo", "email")

    self.email = email
    _address = _v if (_v := d.get("address")) is not None else PARSED_UNSET
    address: PostalAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = PostalAddress.from_dict(_address)

    self.address = address
    designation: str | Unset = _v if (_v := d.get("designation")) is not None else PARSED_UNSET
    if designation is not UNSET and (type(designation) is not str):
        designation = read_as("str", designation, "EmergencyContactInfo", "designation")

    self.designation = designation
    _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    name: Name | Unset
    if isinstance(_name, Unset):
        name = UNSET
    else:
        name = Name.from_dict(_name)

    self.name = name
    _phone_number = _v if (_v := d.get("phoneNumber")) is not None else PARSED_UNSET
    phone_number: PhoneNumber | Unset
    if isinstance(_phone_number, Unset):
        phone_number = UNSET
    else:
        phone_number = PhoneNumber.from_dict(_phone_number)

    self.phone_number = phone_number
    _user_org_id = _v if (_v := d.get("userOrgId")) is not None else PARSED_UNSET
    user_org_id: UserOrgId | Unset
    if isinstance(_user_org_id, Unset):
        user_org_id = UNSET
    else:
        user_org_id = UserOrgId.from_dict(_user_org_id)

    self.user_org_id = user_org_id
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "email": ("email", _parse_email),
    "address": ("address", _parse_address),
    "designation": ("designation", _parse_designation),
    "name": ("name", _parse_name),
    "phone_number": ("phoneNumber", _parse_phone_number),
    "user_org_id": ("userOrgId", _parse_user_org_id),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
EmergencyContactInfo._field_parsers = _PARSERS
EmergencyContactInfo._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(EmergencyContactInfo, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = EmergencyContactInfo.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.name import Name
from ..models.phone_number import PhoneNumber
from ..models.postal_address import PostalAddress
from ..models.user_org_id import UserOrgId
