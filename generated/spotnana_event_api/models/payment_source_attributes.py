from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.persona import Persona
from ..models.role_type import RoleType
from ..models.third_party_source import ThirdPartySource
from ..models.trip_usage_type import TripUsageType
from ..models.worker_type import WorkerType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    deprecate_fields,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="PaymentSourceAttributes")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "guestTravelAllowed",
        "roleTypes",
        "includedPersonas",
        "excludedPersonas",
        "allowedThirdPartySources",
        "allowedTripTypes",
        "priority",
        "workerType",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "guestTravelAllowed": ("guest_travel_allowed", False, ("bool",), None),
    "roleTypes": ("role_types", False, ("list", ("enum", "role_type", "RoleType")), None),
    "includedPersonas": ("included_personas", False, ("list", ("enum", "persona", "Persona")), None),
    "excludedPersonas": ("excluded_personas", False, ("list", ("enum", "persona", "Persona")), None),
    "allowedThirdPartySources": (
        "allowed_third_party_sources",
        False,
        ("list", ("enum", "third_party_source", "ThirdPartySource")),
        None,
    ),
    "allowedTripTypes": ("allowed_trip_types", False, ("list", ("enum", "trip_usage_type", "TripUsageType")), None),
    "priority": ("priority", False, ("int",), {"minimum": 1}),
    "workerType": ("worker_type", False, ("list", ("enum", "worker_type", "WorkerType")), None),
}


def _enum_role_types(value: Sequence[RoleType | str] | Unset) -> list[RoleType] | Unset:
    converted: list[RoleType] | Unset = enum_list_field(value, RoleType, "PaymentSourceAttributes", "role_types")
    return converted


def _enum_included_personas(value: Sequence[Persona | str] | Unset) -> list[Persona] | Unset:
    converted: list[Persona] | Unset = enum_list_field(value, Persona, "PaymentSourceAttributes", "included_personas")
    return converted


def _enum_excluded_personas(value: Sequence[Persona | str] | Unset) -> list[Persona] | Unset:
    converted: list[Persona] | Unset = enum_list_field(value, Persona, "PaymentSourceAttributes", "excluded_personas")
    return converted


def _enum_allowed_third_party_sources(
    value: Sequence[ThirdPartySource | str] | Unset,
) -> list[ThirdPartySource] | Unset:
    converted: list[ThirdPartySource] | Unset = enum_list_field(
        value, ThirdPartySource, "PaymentSourceAttributes", "allowed_third_party_sources"
    )
    return converted


def _enum_allowed_trip_types(value: Sequence[TripUsageType | str] | Unset) -> list[TripUsageType] | Unset:
    converted: list[TripUsageType] | Unset = enum_list_field(
        value, TripUsageType, "PaymentSourceAttributes", "allowed_trip_types"
    )
    return converted


def _enum_worker_type(value: Sequence[WorkerType | str] | Unset) -> list[WorkerType] | Unset:
    converted: list[WorkerType] | Unset = enum_list_field(value, WorkerType, "PaymentSourceAttributes", "worker_type")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class PaymentSourceAttributes:
    """
    Attributes:
        guest_travel_allowed (bool | Unset): JSON ``guestTravelAllowed``; Deprecated (sunset 2026-07-01).
        role_types (list[RoleType] | Unset): JSON ``roleTypes``; one of UNKNOWN_TYPE, COMPANY_ADMIN,
            COMPANY_TRAVEL_ARRANGER, TRAVEL_ARRANGER, COMPANY_REPORT_ADMIN, GLOBAL_ADMIN, GLOBAL_AGENT, TMC_AGENT,
            TMC_ADMIN.
        included_personas (list[Persona] | Unset): JSON ``includedPersonas``; one of UNKNOWN_PERSONA, EMPLOYEE, GUEST,
            PERSONAL, RELATIVE, ADHOC.
        excluded_personas (list[Persona] | Unset): JSON ``excludedPersonas``; one of UNKNOWN_PERSONA, EMPLOYEE, GUEST,
            PERSONAL, RELATIVE, ADHOC.
        allowed_third_party_sources (list[ThirdPartySource] | Unset): JSON ``allowedThirdPartySources``; one of
            UNKNOWN_SOURCE, SABRE, TRAVEL_FUSION, AVIA, NDC, TRAINLINE, ATPCO_NDC, FARELOGIX_NDC, OFFLINE, CONNEXUS,
            ROUTEHAPPY, AMADEUS, GIATA, QBR, BCD, QANTAS_HOTELS, SOUTHWEST, EXPEDIA, HOTEL_HUB, MARRIOTT, CLEARTRIP, KYTE,
            GROUNDSPAN, SABRE_NDC, BOOKING_COM, CARTRAWLER, PREMIER_INN, TRAVELODGE, ENTERPRISE, HYATT, EUROSTAR, NATIONAL,
            ALAMO, AVIS, BUDGET, HERTZ, DOLLAR, THRIFTY, FIREFLY.
        allowed_trip_types (list[TripUsageType] | Unset): JSON ``allowedTripTypes``; one of STANDARD, EVENT.
        priority (int | Unset): JSON ``priority``; minimum 1; example 2.
        worker_type (list[WorkerType] | Unset): JSON ``workerType``; one of EMPLOYEE, CONTINGENT, SEASONAL, INTERN,
            GUEST.
    """

    guest_travel_allowed: bool | Unset = UNSET
    role_types: list[RoleType] | Unset = _attrs_field(default=UNSET, converter=_enum_role_types)
    included_personas: list[Persona] | Unset = _attrs_field(default=UNSET, converter=_enum_included_personas)
    excluded_personas: list[Persona] | Unset = _attrs_field(default=UNSET, converter=_enum_excluded_personas)
    allowed_third_party_sources: list[ThirdPartySource] | Unset = _attrs_field(
        default=UNSET, converter=_enum_allowed_third_party_sources
    )
    allowed_trip_types: list[TripUsageType] | Unset = _attrs_field(default=UNSET, converter=_enum_allowed_trip_types)
    priority: int | Unset = UNSET
    worker_type: list[WorkerType] | Unset = _attrs_field(default=UNSET, converter=_enum_worker_type)
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
            guest_travel_allowed = self.guest_travel_allowed

            role_types: list[str] | Unset = UNSET
            if not isinstance(self.role_types, Unset):
                role_types = []
                for role_types_item_data in self.role_types:
                    role_types_item = role_types_item_data.value
                    role_types.append(role_types_item)

            included_personas: list[str] | Unset = UNSET
            if not isinstance(self.included_personas, Unset):
                included_personas = []
                for included_personas_item_data in self.included_personas:
                    included_personas_item = included_personas_item_data.value
                    included_personas.append(included_personas_item)

            excluded_personas: list[str] | Unset = UNSET
            if not isinstance(self.excluded_personas, Unset):
                excluded_personas = []
                for excluded_personas_item_data in self.excluded_personas:
                    excluded_personas_item = excluded_personas_item_data.value
                    excluded_personas.append(excluded_personas_item)

            allowed_third_party_sources: list[str] | Unset = UNSET
            if not isinstance(self.allowed_third_party_sources, Unset):
                allowed_third_party_sources = []
                for allowed_third_party_sources_item_data in self.allowed_third_party_sources:
                    allowed_third_party_sources_item = allowed_third_party_sources_item_data.value
                    allowed_third_party_sources.append(allowed_third_party_sources_item)

            allowed_trip_types: list[str] | Unset = UNSET
            if not isinstance(self.allowed_trip_types, Unset):
                allowed_trip_types = []
                for allowed_trip_types_item_data in self.allowed_trip_types:
                    allowed_trip_types_item = allowed_trip_types_item_data.value
                    allowed_trip_types.append(allowed_trip_types_item)

            priority = self.priority

            worker_type: list[str] | Unset = UNSET
            if not isinstance(self.worker_type, Unset):
                worker_type = []
                for worker_type_item_data in self.worker_type:
                    worker_type_item = worker_type_item_data.value
                    worker_type.append(worker_type_item)

            field_dict: dict[str, Any] = {}
            if guest_travel_allowed is not UNSET:
                field_dict["guestTravelAllowed"] = guest_travel_allowed
            if role_types is not UNSET:
                field_dict["roleTypes"] = role_types
            if included_personas is not UNSET:
                field_dict["includedPersonas"] = included_personas
            if excluded_personas is not UNSET:
                field_dict["excludedPersonas"] = excluded_personas
            if allowed_third_party_sources is not UNSET:
                field_dict["allowedThirdPartySources"] = allowed_third_party_sources
            if allowed_trip_types is not UNSET:
                field_dict["allowedTripTypes"] = allowed_trip_types
            if priority is not UNSET:
                field_dict["priority"] = priority
            if worker_type is not UNSET:
                field_dict["workerType"] = worker_type
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
        def require(self, name: Literal["guest_travel_allowed"], /) -> bool: ...
        @overload
        def require(self, name: Literal["role_types"], /) -> list[RoleType]: ...
        @overload
        def require(self, name: Literal["included_personas"], /) -> list[Persona]: ...
        @overload
        def require(self, name: Literal["excluded_personas"], /) -> list[Persona]: ...
        @overload
        def require(self, name: Literal["allowed_third_party_sources"], /) -> list[ThirdPartySource]: ...
        @overload
        def require(self, name: Literal["allowed_trip_types"], /) -> list[TripUsageType]: ...
        @overload
        def require(self, name: Literal["priority"], /) -> int: ...
        @overload
        def require(self, name: Literal["worker_type"], /) -> list[WorkerType]: ...
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
            raise ModelParseError(f"PaymentSourceAttributes: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_guest_travel_allowed(d: Mapping[str, Any]) -> bool | Unset:
    guest_travel_allowed: bool | Unset = _v if (_v := d.get("guestTravelAllowed")) is not None else PARSED_UNSET
    if guest_travel_allowed is not UNSET and (type(guest_travel_allowed) is not bool):
        guest_travel_allowed = read_as("bool", guest_travel_allowed, "PaymentSourceAttributes", "guestTravelAllowed")

    return guest_travel_allowed


def _parse_role_types(d: Mapping[str, Any]) -> list[RoleType] | Unset:
    _role_types = _v if (_v := d.get("roleTypes")) is not None else PARSED_UNSET
    role_types: list[RoleType] | Unset = UNSET
    if _role_types is not UNSET:
        role_types = []
        for role_types_item_data in _role_types:
            role_types_item = RoleType._members[role_types_item_data]

            role_types.append(role_types_item)

    return role_types


def _parse_included_personas(d: Mapping[str, Any]) -> list[Persona] | Unset:
    _included_personas = _v if (_v := d.get("includedPersonas")) is not None else PARSED_UNSET
    included_personas: list[Persona] | Unset = UNSET
    if _included_personas is not UNSET:
        included_personas = []
        for included_personas_item_data in _included_personas:
            included_personas_item = Persona._members[included_personas_item_data]

            included_personas.append(included_personas_item)

    return included_personas


def _parse_excluded_personas(d: Mapping[str, Any]) -> list[Persona] | Unset:
    _excluded_personas = _v if (_v := d.get("excludedPersonas")) is not None else PARSED_UNSET
    excluded_personas: list[Persona] | Unset = UNSET
    if _excluded_personas is not UNSET:
        excluded_personas = []
        for excluded_personas_item_data in _excluded_personas:
            excluded_personas_item = Persona._members[excluded_personas_item_data]

            excluded_personas.append(excluded_personas_item)

    return excluded_personas


def _parse_allowed_third_party_sources(d: Mapping[str, Any]) -> list[ThirdPartySource] | Unset:
    _allowed_third_party_sources = _v if (_v := d.get("allowedThirdPartySources")) is not None else PARSED_UNSET
    allowed_third_party_sources: list[ThirdPartySource] | Unset = UNSET
    if _allowed_third_party_sources is not UNSET:
        allowed_third_party_sources = []
        for allowed_third_party_sources_item_data in _allowed_third_party_sources:
            allowed_third_party_sources_item = ThirdPartySource._members[allowed_third_party_sources_item_data]

            allowed_third_party_sources.append(allowed_third_party_sources_item)

    return allowed_third_party_sources


def _parse_allowed_trip_types(d: Mapping[str, Any]) -> list[TripUsageType] | Unset:
    _allowed_trip_types = _v if (_v := d.get("allowedTripTypes")) is not None else PARSED_UNSET
    allowed_trip_types: list[TripUsageType] | Unset = UNSET
    if _allowed_trip_types is not UNSET:
        allowed_trip_types = []
        for allowed_trip_types_item_data in _allowed_trip_types:
            allowed_trip_types_item = TripUsageType._members[allowed_trip_types_item_data]

            allowed_trip_types.append(allowed_trip_types_item)

    return allowed_trip_types


def _parse_priority(d: Mapping[str, Any]) -> int | Unset:
    priority: int | Unset = _v if (_v := d.get("priority")) is not None else PARSED_UNSET
    if priority is not UNSET and (type(priority) is not int):
        priority = read_as("int", priority, "PaymentSourceAttributes", "priority")

    return priority


def _parse_worker_type(d: Mapping[str, Any]) -> list[WorkerType] | Unset:
    _worker_type = _v if (_v := d.get("workerType")) is not None else PARSED_UNSET
    worker_type: list[WorkerType] | Unset = UNSET
    if _worker_type is not UNSET:
        worker_type = []
        for worker_type_item_data in _worker_type:
            worker_type_item = WorkerType._members[worker_type_item_data]

            worker_type.append(worker_type_item)

    return worker_type


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: PaymentSourceAttributes, d: Mapping[str, Any]) -> None:
    guest_travel_allowed: bool | Unset = _v if (_v := d.get("guestTravelAllowed")) is not None else PARSED_UNSET
    if guest_travel_allowed is not UNSET and (type(guest_travel_allowed) is not bool):
        guest_travel_allowed = read_as("bool", guest_travel_allowed, "PaymentSourceAttributes", "guestTravelAllowed")

    self.guest_travel_allowed = guest_travel_allowed
    _role_types = _v if (_v := d.get("roleTypes")) is not None else PARSED_UNSET
    role_types: list[RoleType] | Unset = UNSET
    if _role_types is not UNSET:
        role_types = []
        for role_types_item_data in _role_types:
            role_types_item = RoleType._members[role_types_item_data]

            role_types.append(role_types_item)

    self.role_types = role_types
    _included_personas = _v if (_v := d.get("includedPersonas")) is not None else PARSED_UNSET
    included_personas: list[Persona] | Unset = UNSET
    if _included_personas is not UNSET:
        included_personas = []
        for included_personas_item_data in _included_personas:
            included_personas_item = Persona._members[included_personas_item_data]

            included_personas.append(included_personas_item)

    self.included_personas = included_personas
    _excluded_personas = _v if (_v := d.get("excludedPersonas")) is not None else PARSED_UNSET
    excluded_personas: list[Persona] | Unset = UNSET
    if _excluded_personas is not UNSET:
        excluded_personas = []
        for excluded_personas_item_data in _excluded_personas:
            excluded_personas_item = Persona._members[excluded_personas_item_data]

            excluded_personas.append(excluded_personas_item)

    self.excluded_personas = excluded_personas
    _allowed_third_party_sources = _v if (_v := d.get("allowedThirdPartySources")) is not None else PARSED_UNSET
    allowed_third_party_sources: list[ThirdPartySource] | Unset = UNSET
    if _allowed_third_party_sources is not UNSET:
        allowed_third_party_sources = []
        for allowed_third_party_sources_item_data in _allowed_third_party_sources:
            allowed_third_party_sources_item = ThirdPartySource._members[allowed_third_party_sources_item_data]

            allowed_third_party_sources.append(allowed_third_party_sources_item)

    self.allowed_third_party_sources = allowed_third_party_sources
    _allowed_trip_types = _v if (_v := d.get("allowedTripTypes")) is not None else PARSED_UNSET
    allowed_trip_types: list[TripUsageType] | Unset = UNSET
    if _allowed_trip_types is not UNSET:
        allowed_trip_types = []
        for allowed_trip_types_item_data in _allowed_trip_types:
            allowed_trip_types_item = TripUsageType._members[allowed_trip_types_item_data]

            allowed_trip_types.append(allowed_trip_types_item)

    self.allowed_trip_types = allowed_trip_types
    priority: int | Unset = _v if (_v := d.get("priority")) is not None else PARSED_UNSET
    if priority is not UNSET and (type(priority) is not int):
        priority = read_as("int", priority, "PaymentSourceAttributes", "priority")

    self.priority = priority
    _worker_type = _v if (_v := d.get("workerType")) is not None else PARSED_UNSET
    worker_type: list[WorkerType] | Unset = UNSET
    if _worker_type is not UNSET:
        worker_type = []
        for worker_type_item_data in _worker_type:
            worker_type_item = WorkerType._members[worker_type_item_data]

            worker_type.append(worker_type_item)

    self.worker_type = worker_type
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "guest_travel_allowed": ("guestTravelAllowed", _parse_guest_travel_allowed),
    "role_types": ("roleTypes", _parse_role_types),
    "included_personas": ("includedPersonas", _parse_included_personas),
    "excluded_personas": ("excludedPersonas", _parse_excluded_personas),
    "allowed_third_party_sources": ("allowedThirdPartySources", _parse_allowed_third_party_sources),
    "allowed_trip_types": ("allowedTripTypes", _parse_allowed_trip_types),
    "priority": ("priority", _parse_priority),
    "worker_type": ("workerType", _parse_worker_type),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
PaymentSourceAttributes._field_parsers = _PARSERS
PaymentSourceAttributes._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    PaymentSourceAttributes,
    {
        "guest_travel_allowed": ("guestTravelAllowed", "2026-07-01"),
    },
)

# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = PaymentSourceAttributes.__dict__["_raw"].__set__
