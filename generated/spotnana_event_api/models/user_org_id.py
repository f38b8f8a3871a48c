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
    deprecate_fields,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.organization_agency_id import OrganizationAgencyId
    from ..models.organization_id import OrganizationId
    from ..models.tmc_basic_info import TmcBasicInfo
    from ..models.tmc_info import TmcInfo
    from ..models.user_id import UserId


T = TypeVar("T", bound="UserOrgId")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "organizationId",
        "userId",
        "organizationAgencyId",
        "tmcInfo",
        "tmcBasicInfo",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "organizationId",
        "userId",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "organizationId": ("organization_id", True, ("model", "organization_id", "OrganizationId"), None),
    "userId": ("user_id", True, ("model", "user_id", "UserId"), None),
    "organizationAgencyId": (
        "organization_agency_id",
        False,
        ("model", "organization_agency_id", "OrganizationAgencyId"),
        None,
    ),
    "tmcInfo": ("tmc_info", False, ("model", "tmc_info", "TmcInfo"), None),
    "tmcBasicInfo": ("tmc_basic_info", False, ("model", "tmc_basic_info", "TmcBasicInfo"), None),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class UserOrgId:
    """
    Attributes:
        organization_id (OrganizationId): JSON ``organizationId``.
        user_id (UserId): JSON ``userId``.
        organization_agency_id (OrganizationAgencyId | Unset): JSON ``organizationAgencyId``.
        tmc_info (TmcInfo | Unset): JSON ``tmcInfo``; Deprecated (sunset 2026-07-01).
        tmc_basic_info (TmcBasicInfo | Unset): JSON ``tmcBasicInfo``.
    """

    organization_id: OrganizationId
    user_id: UserId
    organization_agency_id: OrganizationAgencyId | Unset = UNSET
    tmc_info: TmcInfo | Unset = UNSET
    tmc_basic_info: TmcBasicInfo | Unset = UNSET
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
            organization_id = self.organization_id.to_dict()

            user_id = self.user_id.to_dict()

            organization_agency_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.organization_agency_id, Unset):
                organization_agency_id = self.organization_agency_id.to_dict()

            tmc_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tmc_info, Unset):
                tmc_info = self.tmc_info.to_dict()

            tmc_basic_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tmc_basic_info, Unset):
                tmc_basic_info = self.tmc_basic_info.to_dict()

            field_dict: dict[str, Any] = {}
            field_dict["organizationId"] = organization_id
            field_dict["userId"] = user_id
            if organization_agency_id is not UNSET:
                field_dict["organizationAgencyId"] = organization_agency_id
            if tmc_info is not UNSET:
                field_dict["tmcInfo"] = tmc_info
            if tmc_basic_info is not UNSET:
                field_dict["tmcBasicInfo"] = tmc_basic_info
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
        def require(self, name: Literal["organization_agency_id"], /) -> OrganizationAgencyId: ...
        @overload
        def require(self, name: Literal["tmc_info"], /) -> TmcInfo: ...
        @overload
        def require(self, name: Literal["tmc_basic_info"], /) -> TmcBasicInfo: ...
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
            raise ModelParseError(f"UserOrgId: expected a JSON object, got {type(src_dict).__name__}")
        if not ("organizationId" in src_dict and "userId" in src_dict):
            raise MissingRequiredFieldError("UserOrgId", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is UserOrgId:
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


def _parse_organization_id(d: Mapping[str, Any]) -> OrganizationId:
    organization_id = OrganizationId.from_dict(d["organizationId"])

    return organization_id


def _parse_user_id(d: Mapping[str, Any]) -> UserId:
    user_id = UserId.from_dict(d["userId"])

    return user_id


def _parse_organization_agency_id(d: Mapping[str, Any]) -> OrganizationAgencyId | Unset:
    _organization_agency_id = _v if (_v := d.get("organizationAgencyId")) is not None else PARSED_UNSET
    organization_agency_id: OrganizationAgencyId | Unset
    if isinstance(_organization_agency_id, Unset):
        organization_agency_id = UNSET
    else:
        organization_agency_id = OrganizationAgencyId.from_dict(_organization_agency_id)

    return organization_agency_id


def _parse_tmc_info(d: Mapping[str, Any]) -> TmcInfo | Unset:
    _tmc_info = _v if (_v := d.get("tmcInfo")) is not None else PARSED_UNSET
    tmc_info: TmcInfo | Unset
    if isinstance(_tmc_info, Unset):
        tmc_info = UNSET
    else:
        tmc_info = TmcInfo.from_dict(_tmc_info)

    return tmc_info


def _parse_tmc_basic_info(d: Mapping[str, Any]) -> TmcBasicInfo | Unset:
    _tmc_basic_info = _v if (_v := d.get("tmcBasicInfo")) is not None else PARSED_UNSET
    tmc_basic_info: TmcBasicInfo | Unset
    if isinstance(_tmc_basic_info, Unset):
        tmc_basic_info = UNSET
    else:
        tmc_basic_info = TmcBasicInfo.from_dict(_tmc_basic_info)

    return tmc_basic_info


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: UserOrgId, d: Mapping[str, Any]) -> None:
    organization_id = OrganizationId.from_dict(d["organizationId"])

    self.organization_id = organization_id
    user_id = UserId.from_dict(d["userId"])

    self.user_id = user_id
    _organization_agency_id = _v if (_v := d.get("organizationAgencyId")) is not None else PARSED_UNSET
    organization_agency_id: OrganizationAgencyId | Unset
    if isinstance(_organization_agency_id, Unset):
        organization_agency_id = UNSET
    else:
        organization_agency_id = OrganizationAgencyId.from_dict(_organization_agency_id)

    self.organization_agency_id = organization_agency_id
    _tmc_info = _v if (_v := d.get("tmcInfo")) is not None else PARSED_UNSET
    tmc_info: TmcInfo | Unset
    if isinstance(_tmc_info, Unset):
        tmc_info = UNSET
    else:
        tmc_info = TmcInfo.from_dict(_tmc_info)

    self.tmc_info = tmc_info
    _tmc_basic_info = _v if (_v := d.get("tmcBasicInfo")) is not None else PARSED_UNSET
    tmc_basic_info: TmcBasicInfo | Unset
    if isinstance(_tmc_basic_info, Unset):
        tmc_basic_info = UNSET
    else:
        tmc_basic_info = TmcBasicInfo.from_dict(_tmc_basic_info)

    self.tmc_basic_info = tmc_basic_info
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "organization_id": ("organizationId", _parse_organization_id),
    "user_id": ("userId", _parse_user_id),
    "organization_agency_id": ("organizationAgencyId", _parse_organization_agency_id),
    "tmc_info": ("tmcInfo", _parse_tmc_info),
    "tmc_basic_info": ("tmcBasicInfo", _parse_tmc_basic_info),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
UserOrgId._field_parsers = _PARSERS
UserOrgId._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    UserOrgId,
    {
        "tmc_info": ("tmcInfo", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(UserOrgId, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = UserOrgId.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.organization_agency_id import OrganizationAgencyId
from ..models.organization_id import OrganizationId
from ..models.tmc_basic_info import TmcBasicInfo
from ..models.tmc_info import TmcInfo
from ..models.user_id import UserId
