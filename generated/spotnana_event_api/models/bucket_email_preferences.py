from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.email_bucket_type import EmailBucketType
from ..types import (
    ITEM_TYPES,
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    read_list_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="BucketEmailPreferences")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bucketTypes",
        "isEnabled",
        "toEmails",
        "ccEmails",
        "bccEmails",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "bucketTypes",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "bucketTypes": ("bucket_types", True, ("list", ("enum", "email_bucket_type", "EmailBucketType")), None),
    "isEnabled": ("is_enabled", False, ("bool",), None),
    "toEmails": ("to_emails", False, ("list", ("str",)), None),
    "ccEmails": ("cc_emails", False, ("list", ("str",)), None),
    "bccEmails": ("bcc_emails", False, ("list", ("str",)), None),
}


def _enum_bucket_types(value: Sequence[EmailBucketType | str]) -> list[EmailBucketType]:
    converted: list[EmailBucketType] = enum_list_field(
        value, EmailBucketType, "BucketEmailPreferences", "bucket_types", required=True
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class BucketEmailPreferences:
    """
    Attributes:
        bucket_types (list[EmailBucketType]): JSON ``bucketTypes``; one of BOOKING_CONFIRMATIONS, BOOKING_CHANGES,
            FLIGHT_UPDATES, APPROVAL_REQUESTS, APPROVAL_UPDATES, REMINDERS, INVOICE_UPDATES.
        is_enabled (bool | Unset): JSON ``isEnabled``; default False (not sent unless set).
        to_emails (list[str] | Unset): JSON ``toEmails``.
        cc_emails (list[str] | Unset): JSON ``ccEmails``.
        bcc_emails (list[str] | Unset): JSON ``bccEmails``.
    """

    bucket_types: list[EmailBucketType] = _attrs_field(converter=_enum_bucket_types)
    is_enabled: bool | Unset = UNSET
    to_emails: list[str] | Unset = UNSET
    cc_emails: list[str] | Unset = UNSET
    bcc_emails: list[str] | Unset = UNSET
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
            bucket_types = []
            for bucket_types_item_data in self.bucket_types:
                bucket_types_item = bucket_types_item_data.value
                bucket_types.append(bucket_types_item)

            is_enabled = self.is_enabled

            to_emails: list[str] | Unset = UNSET
            if not isinstance(self.to_emails, Unset):
                to_emails = self.to_emails

            cc_emails: list[str] | Unset = UNSET
            if not isinstance(self.cc_emails, Unset):
                cc_emails = self.cc_emails

            bcc_emails: list[str] | Unset = UNSET
            if not isinstance(self.bcc_emails, Unset):
                bcc_emails = self.bcc_emails

            field_dict: dict[str, Any] = {}
            field_dict["bucketTypes"] = bucket_types
            if is_enabled is not UNSET:
                field_dict["isEnabled"] = is_enabled
            if to_emails is not UNSET:
                field_dict["toEmails"] = to_emails
            if cc_emails is not UNSET:
                field_dict["ccEmails"] = cc_emails
            if bcc_emails is not UNSET:
                field_dict["bccEmails"] = bcc_emails
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
        def require(self, name: Literal["is_enabled"], /) -> bool: ...
        @overload
        def require(self, name: Literal["to_emails"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["cc_emails"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["bcc_emails"], /) -> list[str]: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"BucketEmailPreferences: expected a JSON object, got {type(src_dict).__name__}")
        if "bucketTypes" not in src_dict:
            raise MissingRequiredFieldError("BucketEmailPreferences", min(_REQUIRED_KEYS - src_dict.keys()))
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


def _parse_bucket_types(d: Mapping[str, Any]) -> list[EmailBucketType]:
    bucket_types: list[EmailBucketType] = []
    _bucket_types = d["bucketTypes"]
    for bucket_types_item_data in _bucket_types:
        bucket_types_item = EmailBucketType._members[bucket_types_item_data]

        bucket_types.append(bucket_types_item)

    return bucket_types


def _parse_is_enabled(d: Mapping[str, Any]) -> bool | Unset:
    is_enabled: bool | Unset = _v if (_v := d.get("isEnabled")) is not None else PARSED_UNSET
    if is_enabled is not UNSET and (type(is_enabled) is not bool):
        is_enabled = read_as("bool", is_enabled, "BucketEmailPreferences", "isEnabled")

    return is_enabled


def _parse_to_emails(d: Mapping[str, Any]) -> list[str] | Unset:
    to_emails = cast(list[str] | Unset, (_v if (_v := d.get("toEmails")) is not None else PARSED_UNSET))

    if to_emails is not UNSET and (
        type(to_emails) is not list or not ITEM_TYPES["str"].issuperset(map(type, to_emails))
    ):
        to_emails = read_list_as("str", to_emails, "BucketEmailPreferences", "toEmails")

    return to_emails


def _parse_cc_emails(d: Mapping[str, Any]) -> list[str] | Unset:
    cc_emails = cast(list[str] | Unset, (_v if (_v := d.get("ccEmails")) is not None else PARSED_UNSET))

    if cc_emails is not UNSET and (
        type(cc_emails) is not list or not ITEM_TYPES["str"].issuperset(map(type, cc_emails))
    ):
        cc_emails = read_list_as("str", cc_emails, "BucketEmailPreferences", "ccEmails")

    return cc_emails


def _parse_bcc_emails(d: Mapping[str, Any]) -> list[str] | Unset:
    bcc_emails = cast(list[str] | Unset, (_v if (_v := d.get("bccEmails")) is not None else PARSED_UNSET))

    if bcc_emails is not UNSET and (
        type(bcc_emails) is not list or not ITEM_TYPES["str"].issuperset(map(type, bcc_emails))
    ):
        bcc_emails = read_list_as("str", bcc_emails, "BucketEmailPreferences", "bccEmails")

    return bcc_emails


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: BucketEmailPreferences, d: Mapping[str, Any]) -> None:
    bucket_types: list[EmailBucketType] = []
    _bucket_types = d["bucketTypes"]
    for bucket_types_item_data in _bucket_types:
        bucket_types_item = EmailBucketType._members[bucket_types_item_data]

        bucket_types.append(bucket_types_item)

    self.bucket_types = bucket_types
    is_enabled: bool | Unset = _v if (_v := d.get("isEnabled")) is not None else PARSED_UNSET
    if is_enabled is not UNSET and (type(is_enabled) is not bool):
        is_enabled = read_as("bool", is_enabled, "BucketEmailPreferences", "isEnabled")

    self.is_enabled = is_enabled
    to_emails = cast(list[str] | Unset, (_v if (_v := d.get("toEmails")) is not None else PARSED_UNSET))

    if to_emails is not UNSET and (
        type(to_emails) is not list or not ITEM_TYPES["str"].issuperset(map(type, to_emails))
    ):
        to_emails = read_list_as("str", to_emails, "BucketEmailPreferences", "toEmails")

    self.to_emails = to_emails
    cc_emails = cast(list[str] | Unset, (_v if (_v := d.get("ccEmails")) is not None else PARSED_UNSET))

    if cc_emails is not UNSET and (
        type(cc_emails) is not list or not ITEM_TYPES["str"].issuperset(map(type, cc_emails))
    ):
        cc_emails = read_list_as("str", cc_emails, "BucketEmailPreferences", "ccEmails")

    self.cc_emails = cc_emails
    bcc_emails = cast(list[str] | Unset, (_v if (_v := d.get("bccEmails")) is not None else PARSED_UNSET))

    if bcc_emails is not UNSET and (
        type(bcc_emails) is not list or not ITEM_TYPES["str"].issuperset(map(type, bcc_emails))
    ):
        bcc_emails = read_list_as("str", bcc_emails, "BucketEmailPreferences", "bccEmails")

    self.bcc_emails = bcc_emails
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "bucket_types": ("bucketTypes", _parse_bucket_types),
    "is_enabled": ("isEnabled", _parse_is_enabled),
    "to_emails": ("toEmails", _parse_to_emails),
    "cc_emails": ("ccEmails", _parse_cc_emails),
    "bcc_emails": ("bccEmails", _parse_bcc_emails),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
BucketEmailPreferences._field_parsers = _PARSERS
BucketEmailPreferences._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = BucketEmailPreferences.__dict__["_raw"].__set__
