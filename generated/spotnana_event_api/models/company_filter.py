from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    deprecate_fields,
    model_repr,
    model_to_json,
    parsed_in_part,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.company_id import CompanyId


T = TypeVar("T", bound="CompanyFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "companyIds",
        "companyId",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "companyIds": ("company_ids", False, ("list", ("model", "company_id", "CompanyId")), None),
    "companyId": ("company_id", False, ("model", "company_id", "CompanyId"), None),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class CompanyFilter:
    """
    Attributes:
        company_ids (list[CompanyId] | Unset): JSON ``companyIds``; Deprecated (sunset 2026-07-01).
        company_id (CompanyId | Unset): JSON ``companyId``.
    """

    company_ids: list[CompanyId] | Unset = UNSET
    company_id: CompanyId | Unset = UNSET
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
            company_ids: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.company_ids, Unset):
                company_ids = []
                for company_ids_item_data in self.company_ids:
                    company_ids_item = company_ids_item_data.to_dict()
                    company_ids.append(company_ids_item)

            company_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_id, Unset):
                company_id = self.company_id.to_dict()

            field_dict: dict[str, Any] = {}
            if company_ids is not UNSET:
                field_dict["companyIds"] = company_ids
            if company_id is not UNSET:
                field_dict["companyId"] = company_id
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
        def require(self, name: Literal["company_ids"], /) -> list[CompanyId]: ...
        @overload
        def require(self, name: Literal["company_id"], /) -> CompanyId: ...
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
            raise ModelParseError(f"CompanyFilter: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_company_ids(d: Mapping[str, Any]) -> list[CompanyId] | Unset:
    _company_ids = _v if (_v := d.get("companyIds")) is not None else PARSED_UNSET
    company_ids: list[CompanyId] | Unset = UNSET
    if _company_ids is not UNSET:
        company_ids = []
        for company_ids_item_data in _company_ids:
            company_ids_item = CompanyId.from_dict(company_ids_item_data)

            company_ids.append(company_ids_item)

    return company_ids


def _parse_company_id(d: Mapping[str, Any]) -> CompanyId | Unset:
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: CompanyId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = CompanyId.from_dict(_company_id)

    return company_id


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: CompanyFilter, d: Mapping[str, Any]) -> None:
    _company_ids = _v if (_v := d.get("companyIds")) is not None else PARSED_UNSET
    company_ids: list[CompanyId] | Unset = UNSET
    if _company_ids is not UNSET:
        company_ids = []
        for company_ids_item_data in _company_ids:
            company_ids_item = CompanyId.from_dict(company_ids_item_data)

            company_ids.append(company_ids_item)

    self.company_ids = company_ids
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: CompanyId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = CompanyId.from_dict(_company_id)

    self.company_id = company_id
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "company_ids": ("companyIds", _parse_company_ids),
    "company_id": ("companyId", _parse_company_id),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
CompanyFilter._field_parsers = _PARSERS
CompanyFilter._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    CompanyFilter,
    {
        "company_ids": ("companyIds", "2026-07-01"),
    },
)

# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = CompanyFilter.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.company_id import CompanyId
