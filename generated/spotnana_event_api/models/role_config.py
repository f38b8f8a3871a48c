from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError, UnknownVariantError
from ..models.role_type_enum import RoleTypeEnum
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
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.company_role_info import CompanyRoleInfo
    from ..models.role_meta import RoleMeta
    from ..models.tmc_role_info import TmcRoleInfo
    from ..models.travel_arranger_metadata_v2 import TravelArrangerMetadataV2


T = TypeVar("T", bound="RoleConfig")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "roleType",
        "roleMetadata",
        "metadata",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "roleType": ("role_type", False, ("enum", "role_type_enum", "RoleTypeEnum"), None),
    "roleMetadata": ("role_metadata", False, ("model", "role_meta", "RoleMeta"), None),
    "metadata": (
        "metadata",
        False,
        (
            "union",
            (
                ("model", "travel_arranger_metadata_v2", "TravelArrangerMetadataV2"),
                ("model", "company_role_info", "CompanyRoleInfo"),
                ("model", "tmc_role_info", "TmcRoleInfo"),
            ),
        ),
        None,
    ),
}


def _enum_role_type(value: RoleTypeEnum | str | Unset) -> RoleTypeEnum | Unset:
    converted: RoleTypeEnum | Unset = enum_field(value, RoleTypeEnum, "RoleConfig", "role_type")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class RoleConfig:
    """
    Attributes:
        role_type (RoleTypeEnum | Unset): JSON ``roleType``; one of COMPANY_ADMIN, COMPANY_TRAVEL_ARRANGER,
            TRAVEL_ARRANGER, COMPANY_REPORT_ADMIN, TMC_ADMIN, TMC_AGENT, GLOBAL_ADMIN, GLOBAL_AGENT.
        role_metadata (RoleMeta | Unset): JSON ``roleMetadata``; Deprecated (sunset 2026-07-01).
        metadata (CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | Unset): JSON ``metadata``.
    """

    role_type: RoleTypeEnum | Unset = _attrs_field(default=UNSET, converter=_enum_role_type)
    role_metadata: RoleMeta | Unset = UNSET
    metadata: CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | UnknownVariant | Unset = UNSET
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
            role_type: str | Unset = UNSET
            if not isinstance(self.role_type, Unset):
                role_type = self.role_type.value

            role_metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.role_metadata, Unset):
                role_metadata = self.role_metadata.to_dict()

            metadata: dict[str, Any] | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, TravelArrangerMetadataV2):
                metadata = self.metadata.to_dict()
            elif isinstance(self.metadata, CompanyRoleInfo):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata.to_dict()

            field_dict: dict[str, Any] = {}
            if role_type is not UNSET:
                field_dict["roleType"] = role_type
            if role_metadata is not UNSET:
                field_dict["roleMetadata"] = role_metadata
            if metadata is not UNSET:
                field_dict["metadata"] = metadata
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
        def require(self, name: Literal["role_type"], /) -> RoleTypeEnum: ...
        @overload
        def require(self, name: Literal["role_metadata"], /) -> RoleMeta: ...
        @overload
        def require(
            self, name: Literal["metadata"], /
        ) -> CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | UnknownVariant: ...
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
            raise ModelParseError(f"RoleConfig: expected a JSON object, got {type(src_dict).__name__}")
        if cls is RoleConfig:
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


def _parse_role_type(d: Mapping[str, Any]) -> RoleTypeEnum | Unset:
    _role_type = _v if (_v := d.get("roleType")) is not None else PARSED_UNSET
    role_type: RoleTypeEnum | Unset
    if isinstance(_role_type, Unset):
        role_type = UNSET
    else:
        role_type = RoleTypeEnum._members[_role_type]

    return role_type


def _parse_role_metadata(d: Mapping[str, Any]) -> RoleMeta | Unset:
    _role_metadata = _v if (_v := d.get("roleMetadata")) is not None else PARSED_UNSET
    role_metadata: RoleMeta | Unset
    if isinstance(_role_metadata, Unset):
        role_metadata = UNSET
    else:
        role_metadata = RoleMeta.from_dict(_role_metadata)

    return role_metadata


def _parse_metadata(
    d: Mapping[str, Any],
) -> CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | UnknownVariant | Unset:
    _metadata_data = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
    metadata: CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | UnknownVariant | Unset
    if isinstance(_metadata_data, Unset):
        metadata = UNSET
    elif not isinstance(_metadata_data, dict):
        raise UnknownVariantError("CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2", _metadata_data)
    elif _metadata_data.get("roleType") == "TRAVEL_ARRANGER":
        metadata = TravelArrangerMetadataV2.from_dict(_metadata_data)
    elif _metadata_data.get("roleType") in (
        "COMPANY_ADMIN",
        "COMPANY_TRAVEL_ARRANGER",
        "COMPANY_REPORT_ADMIN",
    ):
        metadata = CompanyRoleInfo.from_dict(_metadata_data)
    elif _metadata_data.get("roleType") in (
        "TMC_ADMIN",
        "TMC_AGENT",
    ):
        metadata = TmcRoleInfo.from_dict(_metadata_data)
    else:
        metadata = UnknownVariant(_metadata_data)

    return metadata


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: RoleConfig, d: Mapping[str, Any]) -> None:
    _role_type = _v if (_v := d.get("roleType")) is not None else PARSED_UNSET
    role_type: RoleTypeEnum | Unset
    if isinstance(_role_type, Unset):
        role_type = UNSET
    else:
        role_type = RoleTypeEnum._members[_role_type]

    self.role_type = role_type
    _role_metadata = _v if (_v := d.get("roleMetadata")) is not None else PARSED_UNSET
    role_metadata: RoleMeta | Unset
    if isinstance(_role_metadata, Unset):
        role_metadata = UNSET
    else:
        role_metadata = RoleMeta.from_dict(_role_metadata)

    self.role_metadata = role_metadata
    _metadata_data = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
    metadata: CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | UnknownVariant | Unset
    if isinstance(_metadata_data, Unset):
        metadata = UNSET
    elif not isinstance(_metadata_data, dict):
        raise UnknownVariantError("CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2", _metadata_data)
    elif _metadata_data.get("roleType") == "TRAVEL_ARRANGER":
        metadata = TravelArrangerMetadataV2.from_dict(_metadata_data)
    elif _metadata_data.get("roleType") in (
        "COMPANY_ADMIN",
        "COMPANY_TRAVEL_ARRANGER",
        "COMPANY_REPORT_ADMIN",
    ):
        metadata = CompanyRoleInfo.from_dict(_metadata_data)
    elif _metadata_data.get("roleType") in (
        "TMC_ADMIN",
        "TMC_AGENT",
    ):
        metadata = TmcRoleInfo.from_dict(_metadata_data)
    else:
        metadata = UnknownVariant(_metadata_data)

    self.metadata = metadata
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "role_type": ("roleType", _parse_role_type),
    "role_metadata": ("roleMetadata", _parse_role_metadata),
    "metadata": ("metadata", _parse_metadata),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
RoleConfig._field_parsers = _PARSERS
RoleConfig._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    RoleConfig,
    {
        "role_metadata": ("roleMetadata", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(RoleConfig, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = RoleConfig.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.company_role_info import CompanyRoleInfo
from ..models.role_meta import RoleMeta
from ..models.tmc_role_info import TmcRoleInfo
from ..models.travel_arranger_metadata_v2 import TravelArrangerMetadataV2
