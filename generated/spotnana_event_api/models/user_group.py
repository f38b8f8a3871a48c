from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.persona import Persona
from ..models.worker_type import WorkerType
from ..types import (
    ITEM_TYPES,
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    deprecate_fields,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_list_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.custom_field_id import CustomFieldId
    from ..models.entity_id import EntityId
    from ..models.user_id import UserId


T = TypeVar("T", bound="UserGroup")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "userIds",
        "legalEntityIds",
        "officeIds",
        "departments",
        "costCenters",
        "grades",
        "positionTitles",
        "personas",
        "customFieldIds",
        "countryCodes",
        "workerTypes",
        "accountingCodes",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "userIds": ("user_ids", False, ("list", ("model", "user_id", "UserId")), None),
    "legalEntityIds": ("legal_entity_ids", False, ("list", ("model", "entity_id", "EntityId")), None),
    "officeIds": ("office_ids", False, ("list", ("model", "entity_id", "EntityId")), None),
    "departments": ("departments", False, ("list", ("str",)), None),
    "costCenters": ("cost_centers", False, ("list", ("str",)), None),
    "grades": ("grades", False, ("list", ("str",)), None),
    "positionTitles": ("position_titles", False, ("list", ("str",)), None),
    "personas": ("personas", False, ("list", ("enum", "persona", "Persona")), None),
    "customFieldIds": ("custom_field_ids", False, ("list", ("model", "custom_field_id", "CustomFieldId")), None),
    "countryCodes": ("country_codes", False, ("list", ("str",)), None),
    "workerTypes": ("worker_types", False, ("list", ("enum", "worker_type", "WorkerType")), None),
    "accountingCodes": ("accounting_codes", False, ("list", ("str",)), None),
}


def _enum_personas(value: Sequence[Persona | str] | Unset) -> list[Persona] | Unset:
    converted: list[Persona] | Unset = enum_list_field(value, Persona, "UserGroup", "personas")
    return converted


def _enum_worker_types(value: Sequence[WorkerType | str] | Unset) -> list[WorkerType] | Unset:
    converted: list[WorkerType] | Unset = enum_list_field(value, WorkerType, "UserGroup", "worker_types")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class UserGroup:
    """
    Attributes:
        user_ids (list[UserId] | Unset): JSON ``userIds``.
        legal_entity_ids (list[EntityId] | Unset): JSON ``legalEntityIds``.
        office_ids (list[EntityId] | Unset): JSON ``officeIds``.
        departments (list[str] | Unset): JSON ``departments``.
        cost_centers (list[str] | Unset): JSON ``costCenters``.
        grades (list[str] | Unset): JSON ``grades``.
        position_titles (list[str] | Unset): JSON ``positionTitles``.
        personas (list[Persona] | Unset): JSON ``personas``; one of UNKNOWN_PERSONA, EMPLOYEE, GUEST, PERSONAL,
            RELATIVE, ADHOC; Deprecated (sunset 2027-01-01).
        custom_field_ids (list[CustomFieldId] | Unset): JSON ``customFieldIds``; Deprecated (sunset 2026-07-01).
        country_codes (list[str] | Unset): JSON ``countryCodes``.
        worker_types (list[WorkerType] | Unset): JSON ``workerTypes``; one of EMPLOYEE, CONTINGENT, SEASONAL, INTERN,
            GUEST.
        accounting_codes (list[str] | Unset): JSON ``accountingCodes``.
    """

    user_ids: list[UserId] | Unset = UNSET
    legal_entity_ids: list[EntityId] | Unset = UNSET
    office_ids: list[EntityId] | Unset = UNSET
    departments: list[str] | Unset = UNSET
    cost_centers: list[str] | Unset = UNSET
    grades: list[str] | Unset = UNSET
    position_titles: list[str] | Unset = UNSET
    personas: list[Persona] | Unset = _attrs_field(default=UNSET, converter=_enum_personas)
    custom_field_ids: list[CustomFieldId] | Unset = UNSET
    country_codes: list[str] | Unset = UNSET
    worker_types: list[WorkerType] | Unset = _attrs_field(default=UNSET, converter=_enum_worker_types)
    accounting_codes: list[str] | Unset = UNSET
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
            user_ids: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.user_ids, Unset):
                user_ids = []
                for user_ids_item_data in self.user_ids:
                    user_ids_item = user_ids_item_data.to_dict()
                    user_ids.append(user_ids_item)

            legal_entity_ids: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.legal_entity_ids, Unset):
                legal_entity_ids = []
                for legal_entity_ids_item_data in self.legal_entity_ids:
                    legal_entity_ids_item = legal_entity_ids_item_data.to_dict()
                    legal_entity_ids.append(legal_entity_ids_item)

            office_ids: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.office_ids, Unset):
                office_ids = []
                for office_ids_item_data in self.office_ids:
                    office_ids_item = office_ids_item_data.to_dict()
                    office_ids.append(office_ids_item)

            departments: list[str] | Unset = UNSET
            if not isinstance(self.departments, Unset):
                departments = self.departments

            cost_centers: list[str] | Unset = UNSET
            if not isinstance(self.cost_centers, Unset):
                cost_centers = self.cost_centers

            grades: list[str] | Unset = UNSET
            if not isinstance(self.grades, Unset):
                grades = self.grades

            position_titles: list[str] | Unset = UNSET
            if not isinstance(self.position_titles, Unset):
                position_titles = self.position_titles

            personas: list[str] | Unset = UNSET
            if not isinstance(self.personas, Unset):
                personas = []
                for personas_item_data in self.personas:
                    personas_item = personas_item_data.value
                    personas.append(personas_item)

            custom_field_ids: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.custom_field_ids, Unset):
                custom_field_ids = []
                for custom_field_ids_item_data in self.custom_field_ids:
                    custom_field_ids_item = custom_field_ids_item_data.to_dict()
                    custom_field_ids.append(custom_field_ids_item)

            country_codes: list[str] | Unset = UNSET
            if not isinstance(self.country_codes, Unset):
                country_codes = self.country_codes

            worker_types: list[str] | Unset = UNSET
            if not isinstance(self.worker_types, Unset):
                worker_types = []
                for worker_types_item_data in self.worker_types:
                    worker_types_item = worker_types_item_data.value
                    worker_types.append(worker_types_item)

            accounting_codes: list[str] | Unset = UNSET
            if not isinstance(self.accounting_codes, Unset):
                accounting_codes = self.accounting_codes

            field_dict: dict[str, Any] = {}
            if user_ids is not UNSET:
                field_dict["userIds"] = user_ids
            if legal_entity_ids is not UNSET:
                field_dict["legalEntityIds"] = legal_entity_ids
            if office_ids is not UNSET:
                field_dict["officeIds"] = office_ids
            if departments is not UNSET:
                field_dict["departments"] = departments
            if cost_centers is not UNSET:
                field_dict["costCenters"] = cost_centers
            if grades is not UNSET:
                field_dict["grades"] = grades
            if position_titles is not UNSET:
                field_dict["positionTitles"] = position_titles
            if personas is not UNSET:
                field_dict["personas"] = personas
            if custom_field_ids is not UNSET:
                field_dict["customFieldIds"] = custom_field_ids
            if country_codes is not UNSET:
                field_dict["countryCodes"] = country_codes
            if worker_types is not UNSET:
                field_dict["workerTypes"] = worker_types
            if accounting_codes is not UNSET:
                field_dict["accountingCodes"] = accounting_codes
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
        def require(self, name: Literal["user_ids"], /) -> list[UserId]: ...
        @overload
        def require(self, name: Literal["legal_entity_ids"], /) -> list[EntityId]: ...
        @overload
        def require(self, name: Literal["office_ids"], /) -> list[EntityId]: ...
        @overload
        def require(self, name: Literal["departments"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["cost_centers"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["grades"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["position_titles"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["personas"], /) -> list[Persona]: ...
        @overload
        def require(self, name: Literal["custom_field_ids"], /) -> list[CustomFieldId]: ...
        @overload
        def require(self, name: Literal["country_codes"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["worker_types"], /) -> list[WorkerType]: ...
        @overload
        def require(self, name: Literal["accounting_codes"], /) -> list[str]: ...
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
            raise ModelParseError(f"UserGroup: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_user_ids(d: Mapping[str, Any]) -> list[UserId] | Unset:
    _user_ids = _v if (_v := d.get("userIds")) is not None else PARSED_UNSET
    user_ids: list[UserId] | Unset = UNSET
    if _user_ids is not UNSET:
        user_ids = []
        for user_ids_item_data in _user_ids:
            user_ids_item = UserId.from_dict(user_ids_item_data)

            user_ids.append(user_ids_item)

    return user_ids


def _parse_legal_entity_ids(d: Mapping[str, Any]) -> list[EntityId] | Unset:
    _legal_entity_ids = _v if (_v := d.get("legalEntityIds")) is not None else PARSED_UNSET
    legal_entity_ids: list[EntityId] | Unset = UNSET
    if _legal_entity_ids is not UNSET:
        legal_entity_ids = []
        for legal_entity_ids_item_data in _legal_entity_ids:
            legal_entity_ids_item = EntityId.from_dict(legal_entity_ids_item_data)

            legal_entity_ids.append(legal_entity_ids_item)

    return legal_entity_ids


def _parse_office_ids(d: Mapping[str, Any]) -> list[EntityId] | Unset:
    _office_ids = _v if (_v := d.get("officeIds")) is not None else PARSED_UNSET
    office_ids: list[EntityId] | Unset = UNSET
    if _office_ids is not UNSET:
        office_ids = []
        for office_ids_item_data in _office_ids:
            office_ids_item = EntityId.from_dict(office_ids_item_data)

            office_ids.append(office_ids_item)

    return office_ids


def _parse_departments(d: Mapping[str, Any]) -> list[str] | Unset:
    departments = cast(list[str] | Unset, (_v if (_v := d.get("departments")) is not None else PARSED_UNSET))

    if departments is not UNSET and (
        type(departments) is not list or not ITEM_TYPES["str"].issuperset(map(type, departments))
    ):
        departments = read_list_as("str", departments, "UserGroup", "departments")

    return departments


def _parse_cost_centers(d: Mapping[str, Any]) -> list[str] | Unset:
    cost_centers = cast(list[str] | Unset, (_v if (_v := d.get("costCenters")) is not None else PARSED_UNSET))

    if cost_centers is not UNSET and (
        type(cost_centers) is not list or not ITEM_TYPES["str"].issuperset(map(type, cost_centers))
    ):
        cost_centers = read_list_as("str", cost_centers, "UserGroup", "costCenters")

    return cost_centers


def _parse_grades(d: Mapping[str, Any]) -> list[str] | Unset:
    grades = cast(list[str] | Unset, (_v if (_v := d.get("grades")) is not None else PARSED_UNSET))

    if grades is not UNSET and (type(grades) is not list or not ITEM_TYPES["str"].issuperset(map(type, grades))):
        grades = read_list_as("str", grades, "UserGroup", "grades")

    return grades


def _parse_position_titles(d: Mapping[str, Any]) -> list[str] | Unset:
    position_titles = cast(list[str] | Unset, (_v if (_v := d.get("positionTitles")) is not None else PARSED_UNSET))

    if position_titles is not UNSET and (
        type(position_titles) is not list or not ITEM_TYPES["str"].issuperset(map(type, position_titles))
    ):
        position_titles = read_list_as("str", position_titles, "UserGroup", "positionTitles")

    return position_titles


def _parse_personas(d: Mapping[str, Any]) -> list[Persona] | Unset:
    _personas = _v if (_v := d.get("personas")) is not None else PARSED_UNSET
    personas: list[Persona] | Unset = UNSET
    if _personas is not UNSET:
        personas = []
        for personas_item_data in _personas:
            personas_item = Persona._members[personas_item_data]

            personas.append(personas_item)

    return personas


def _parse_custom_field_ids(d: Mapping[str, Any]) -> list[CustomFieldId] | Unset:
    _custom_field_ids = _v if (_v := d.get("customFieldIds")) is not None else PARSED_UNSET
    custom_field_ids: list[CustomFieldId] | Unset = UNSET
    if _custom_field_ids is not UNSET:
        custom_field_ids = []
        for custom_field_ids_item_data in _custom_field_ids:
            custom_field_ids_item = CustomFieldId.from_dict(custom_field_ids_item_data)

            custom_field_ids.append(custom_field_ids_item)

    return custom_field_ids


def _parse_country_codes(d: Mapping[str, Any]) -> list[str] | Unset:
    country_codes = cast(list[str] | Unset, (_v if (_v := d.get("countryCodes")) is not None else PARSED_UNSET))

    if country_codes is not UNSET and (
        type(country_codes) is not list or not ITEM_TYPES["str"].issuperset(map(type, country_codes))
    ):
        country_codes = read_list_as("str", country_codes, "UserGroup", "countryCodes")

    return country_codes


def _parse_worker_types(d: Mapping[str, Any]) -> list[WorkerType] | Unset:
    _worker_types = _v if (_v := d.get("workerTypes")) is not None else PARSED_UNSET
    worker_types: list[WorkerType] | Unset = UNSET
    if _worker_types is not UNSET:
        worker_types = []
        for worker_types_item_data in _worker_types:
            worker_types_item = WorkerType._members[worker_types_item_data]

            worker_types.append(worker_types_item)

    return worker_types


def _parse_accounting_codes(d: Mapping[str, Any]) -> list[str] | Unset:
    accounting_codes = cast(list[str] | Unset, (_v if (_v := d.get("accountingCodes")) is not None else PARSED_UNSET))

    if accounting_codes is not UNSET and (
        type(accounting_codes) is not list or not ITEM_TYPES["str"].issuperset(map(type, accounting_codes))
    ):
        accounting_codes = read_list_as("str", accounting_codes, "UserGroup", "accountingCodes")

    return accounting_codes


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: UserGroup, d: Mapping[str, Any]) -> None:
    _user_ids = _v if (_v := d.get("userIds")) is not None else PARSED_UNSET
    user_ids: list[UserId] | Unset = UNSET
    if _user_ids is not UNSET:
        user_ids = []
        for user_ids_item_data in _user_ids:
            user_ids_item = UserId.from_dict(user_ids_item_data)

            user_ids.append(user_ids_item)

    self.user_ids = user_ids
    _legal_entity_ids = _v if (_v := d.get("legalEntityIds")) is not None else PARSED_UNSET
    legal_entity_ids: list[EntityId] | Unset = UNSET
    if _legal_entity_ids is not UNSET:
        legal_entity_ids = []
        for legal_entity_ids_item_data in _legal_entity_ids:
            legal_entity_ids_item = EntityId.from_dict(legal_entity_ids_item_data)

            legal_entity_ids.append(legal_entity_ids_item)

    self.legal_entity_ids = legal_entity_ids
    _office_ids = _v if (_v := d.get("officeIds")) is not None else PARSED_UNSET
    office_ids: list[EntityId] | Unset = UNSET
    if _office_ids is not UNSET:
        office_ids = []
        for office_ids_item_data in _office_ids:
            office_ids_item = EntityId.from_dict(office_ids_item_data)

            office_ids.append(office_ids_item)

    self.office_ids = office_ids
    departments = cast(list[str] | Unset, (_v if (_v := d.get("departments")) is not None else PARSED_UNSET))

    if departments is not UNSET and (
        type(departments) is not list or not ITEM_TYPES["str"].issuperset(map(type, departments))
    ):
        departments = read_list_as("str", departments, "UserGroup", "departments")

    self.departments = departments
    cost_centers = cast(list[str] | Unset, (_v if (_v := d.get("costCenters")) is not None else PARSED_UNSET))

    if cost_centers is not UNSET and (
        type(cost_centers) is not list or not ITEM_TYPES["str"].issuperset(map(type, cost_centers))
    ):
        cost_centers = read_list_as("str", cost_centers, "UserGroup", "costCenters")

    self.cost_centers = cost_centers
    grades = cast(list[str] | Unset, (_v if (_v := d.get("grades")) is not None else PARSED_UNSET))

    if grades is not UNSET and (type(grades) is not list or not ITEM_TYPES["str"].issuperset(map(type, grades))):
        grades = read_list_as("str", grades, "UserGroup", "grades")

    self.grades = grades
    position_titles = cast(list[str] | Unset, (_v if (_v := d.get("positionTitles")) is not None else PARSED_UNSET))

    if position_titles is not UNSET and (
        type(position_titles) is not list or not ITEM_TYPES["str"].issuperset(map(type, position_titles))
    ):
        position_titles = read_list_as("str", position_titles, "UserGroup", "positionTitles")

    self.position_titles = position_titles
    _personas = _v if (_v := d.get("personas")) is not None else PARSED_UNSET
    personas: list[Persona] | Unset = UNSET
    if _personas is not UNSET:
        personas = []
        for personas_item_data in _personas:
            personas_item = Persona._members[personas_item_data]

            personas.append(personas_item)

    self.personas = personas
    _custom_field_ids = _v if (_v := d.get("customFieldIds")) is not None else PARSED_UNSET
    custom_field_ids: list[CustomFieldId] | Unset = UNSET
    if _custom_field_ids is not UNSET:
        custom_field_ids = []
        for custom_field_ids_item_data in _custom_field_ids:
            custom_field_ids_item = CustomFieldId.from_dict(custom_field_ids_item_data)

            custom_field_ids.append(custom_field_ids_item)

    self.custom_field_ids = custom_field_ids
    country_codes = cast(list[str] | Unset, (_v if (_v := d.get("countryCodes")) is not None else PARSED_UNSET))

    if country_codes is not UNSET and (
        type(country_codes) is not list or not ITEM_TYPES["str"].issuperset(map(type, country_codes))
    ):
        country_codes = read_list_as("str", country_codes, "UserGroup", "countryCodes")

    self.country_codes = country_codes
    _worker_types = _v if (_v := d.get("workerTypes")) is not None else PARSED_UNSET
    worker_types: list[WorkerType] | Unset = UNSET
    if _worker_types is not UNSET:
        worker_types = []
        for worker_types_item_data in _worker_types:
            worker_types_item = WorkerType._members[worker_types_item_data]

            worker_types.append(worker_types_item)

    self.worker_types = worker_types
    accounting_codes = cast(list[str] | Unset, (_v if (_v := d.get("accountingCodes")) is not None else PARSED_UNSET))

    if accounting_codes is not UNSET and (
        type(accounting_codes) is not list or not ITEM_TYPES["str"].issuperset(map(type, accounting_codes))
    ):
        accounting_codes = read_list_as("str", accounting_codes, "UserGroup", "accountingCodes")

    self.accounting_codes = accounting_codes
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "user_ids": ("userIds", _parse_user_ids),
    "legal_entity_ids": ("legalEntityIds", _parse_legal_entity_ids),
    "office_ids": ("officeIds", _parse_office_ids),
    "departments": ("departments", _parse_departments),
    "cost_centers": ("costCenters", _parse_cost_centers),
    "grades": ("grades", _parse_grades),
    "position_titles": ("positionTitles", _parse_position_titles),
    "personas": ("personas", _parse_personas),
    "custom_field_ids": ("customFieldIds", _parse_custom_field_ids),
    "country_codes": ("countryCodes", _parse_country_codes),
    "worker_types": ("workerTypes", _parse_worker_types),
    "accounting_codes": ("accountingCodes", _parse_accounting_codes),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
UserGroup._field_parsers = _PARSERS
UserGroup._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    UserGroup,
    {
        "personas": ("personas", "2027-01-01"),
        "custom_field_ids": ("customFieldIds", "2026-07-01"),
    },
)

# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = UserGroup.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.custom_field_id import CustomFieldId
from ..models.entity_id import EntityId
from ..models.user_id import UserId
