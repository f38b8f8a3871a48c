from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError, UnknownVariantError
from ..models.access_type import AccessType
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
    from ..models.access_type_attributes import AccessTypeAttributes
    from ..models.company_filter_wrapper import CompanyFilterWrapper
    from ..models.cost_center_filter_wrapper import CostCenterFilterWrapper
    from ..models.country_filter_wrapper import CountryFilterWrapper
    from ..models.department_filter_wrapper import DepartmentFilterWrapper
    from ..models.event_template_filter_wrapper import EventTemplateFilterWrapper
    from ..models.individual_filter_wrapper import IndividualFilterWrapper
    from ..models.itinerary_filter_wrapper import ItineraryFilterWrapper
    from ..models.legal_entity_filter_wrapper import LegalEntityFilterWrapper
    from ..models.payment_event_filter_wrapper import PaymentEventFilterWrapper
    from ..models.payment_source_attributes import PaymentSourceAttributes
    from ..models.payment_source_spend_type import PaymentSourceSpendType
    from ..models.payment_source_travel_type import PaymentSourceTravelType
    from ..models.personal_filter_wrapper import PersonalFilterWrapper
    from ..models.tmc_filter_wrapper import TmcFilterWrapper


T = TypeVar("T", bound="PaymentSourceMapping")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "accessType",
        "accessTypeEntityId",
        "filter",
        "travelType",
        "travelTypes",
        "spendTypes",
        "paymentSourceAttributes",
        "accessTypeAttributes",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "accessType": ("access_type", False, ("enum", "access_type", "AccessType"), None),
    "accessTypeEntityId": ("access_type_entity_id", False, ("str",), None),
    "filter": (
        "filter_",
        False,
        (
            "union",
            (
                ("model", "legal_entity_filter_wrapper", "LegalEntityFilterWrapper"),
                ("model", "company_filter_wrapper", "CompanyFilterWrapper"),
                ("model", "country_filter_wrapper", "CountryFilterWrapper"),
                ("model", "tmc_filter_wrapper", "TmcFilterWrapper"),
                ("model", "personal_filter_wrapper", "PersonalFilterWrapper"),
                ("model", "individual_filter_wrapper", "IndividualFilterWrapper"),
                ("model", "cost_center_filter_wrapper", "CostCenterFilterWrapper"),
                ("model", "department_filter_wrapper", "DepartmentFilterWrapper"),
                ("model", "itinerary_filter_wrapper", "ItineraryFilterWrapper"),
                ("model", "payment_event_filter_wrapper", "PaymentEventFilterWrapper"),
                ("model", "event_template_filter_wrapper", "EventTemplateFilterWrapper"),
            ),
        ),
        None,
    ),
    "travelType": (
        "travel_type",
        False,
        ("list", ("model", "payment_source_travel_type", "PaymentSourceTravelType")),
        None,
    ),
    "travelTypes": (
        "travel_types",
        False,
        ("list", ("model", "payment_source_travel_type", "PaymentSourceTravelType")),
        None,
    ),
    "spendTypes": (
        "spend_types",
        False,
        ("list", ("model", "payment_source_spend_type", "PaymentSourceSpendType")),
        None,
    ),
    "paymentSourceAttributes": (
        "payment_source_attributes",
        False,
        ("model", "payment_source_attributes", "PaymentSourceAttributes"),
        None,
    ),
    "accessTypeAttributes": (
        "access_type_attributes",
        False,
        ("model", "access_type_attributes", "AccessTypeAttributes"),
        None,
    ),
}


def _enum_access_type(value: AccessType | str | Unset) -> AccessType | Unset:
    converted: AccessType | Unset = enum_field(value, AccessType, "PaymentSourceMapping", "access_type")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class PaymentSourceMapping:
    """
    Attributes:
        access_type (AccessType | Unset): JSON ``accessType``; example CENTRALISED; one of CENTRALISED, PERSONAL,
            APPLICATION, TMC, ITINERARY, EVENT, EVENT_TEMPLATE.
        access_type_entity_id (str | Unset): JSON ``accessTypeEntityId``.
        filter_ (CompanyFilterWrapper | CostCenterFilterWrapper | CountryFilterWrapper | DepartmentFilterWrapper |
            EventTemplateFilterWrapper | IndividualFilterWrapper | ItineraryFilterWrapper | LegalEntityFilterWrapper |
            PaymentEventFilterWrapper | PersonalFilterWrapper | TmcFilterWrapper | Unset): JSON ``filter``.
        travel_type (list[PaymentSourceTravelType] | Unset): JSON ``travelType``; Deprecated (sunset 2026-07-01).
        travel_types (list[PaymentSourceTravelType] | Unset): JSON ``travelTypes``.
        spend_types (list[PaymentSourceSpendType] | Unset): JSON ``spendTypes``.
        payment_source_attributes (PaymentSourceAttributes | Unset): JSON ``paymentSourceAttributes``.
        access_type_attributes (AccessTypeAttributes | Unset): JSON ``accessTypeAttributes``.
    """

    access_type: AccessType | Unset = _attrs_field(default=UNSET, converter=_enum_access_type)
    access_type_entity_id: str | Unset = UNSET
    filter_: (
        CompanyFilterWrapper
        | CostCenterFilterWrapper
        | CountryFilterWrapper
        | DepartmentFilterWrapper
        | EventTemplateFilterWrapper
        | IndividualFilterWrapper
        | ItineraryFilterWrapper
        | LegalEntityFilterWrapper
        | PaymentEventFilterWrapper
        | PersonalFilterWrapper
        | TmcFilterWrapper
        | UnknownVariant
        | Unset
    ) = UNSET
    travel_type: list[PaymentSourceTravelType] | Unset = UNSET
    travel_types: list[PaymentSourceTravelType] | Unset = UNSET
    spend_types: list[PaymentSourceSpendType] | Unset = UNSET
    payment_source_attributes: PaymentSourceAttributes | Unset = UNSET
    access_type_attributes: AccessTypeAttributes | Unset = UNSET
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
            access_type: str | Unset = UNSET
            if not isinstance(self.access_type, Unset):
                access_type = self.access_type.value

            access_type_entity_id = self.access_type_entity_id

            filter_: dict[str, Any] | Unset
            if isinstance(self.filter_, Unset):
                filter_ = UNSET
            elif isinstance(self.filter_, LegalEntityFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, CompanyFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, CountryFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, TmcFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, PersonalFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, IndividualFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, CostCenterFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, DepartmentFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, ItineraryFilterWrapper):
                filter_ = self.filter_.to_dict()
            elif isinstance(self.filter_, PaymentEventFilterWrapper):
                filter_ = self.filter_.to_dict()
            else:
                filter_ = self.filter_.to_dict()

            travel_type: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.travel_type, Unset):
                travel_type = []
                for travel_type_item_data in self.travel_type:
                    travel_type_item = travel_type_item_data.to_dict()
                    travel_type.append(travel_type_item)

            travel_types: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.travel_types, Unset):
                travel_types = []
                for travel_types_item_data in self.travel_types:
                    travel_types_item = travel_types_item_data.to_dict()
                    travel_types.append(travel_types_item)

            spend_types: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.spend_types, Unset):
                spend_types = []
                for spend_types_item_data in self.spend_types:
                    spend_types_item = spend_types_item_data.to_dict()
                    spend_types.append(spend_types_item)

            payment_source_attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment_source_attributes, Unset):
                payment_source_attributes = self.payment_source_attributes.to_dict()

            access_type_attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.access_type_attributes, Unset):
                access_type_attributes = self.access_type_attributes.to_dict()

            field_dict: dict[str, Any] = {}
            if access_type is not UNSET:
                field_dict["accessType"] = access_type
            if access_type_entity_id is not UNSET:
                field_dict["accessTypeEntityId"] = access_type_entity_id
            if filter_ is not UNSET:
                field_dict["filter"] = filter_
            if travel_type is not UNSET:
                field_dict["travelType"] = travel_type
            if travel_types is not UNSET:
                field_dict["travelTypes"] = travel_types
            if spend_types is not UNSET:
                field_dict["spendTypes"] = spend_types
            if payment_source_attributes is not UNSET:
                field_dict["paymentSourceAttributes"] = payment_source_attributes
            if access_type_attributes is not UNSET:
                field_dict["accessTypeAttributes"] = access_type_attributes
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
        def require(self, name: Literal["access_type"], /) -> AccessType: ...
        @overload
        def require(self, name: Literal["access_type_entity_id"], /) -> str: ...
        @overload
        def require(
            self, name: Literal["filter_"], /
        ) -> (
            CompanyFilterWrapper
            | CostCenterFilterWrapper
            | CountryFilterWrapper
            | DepartmentFilterWrapper
            | EventTemplateFilterWrapper
            | IndividualFilterWrapper
            | ItineraryFilterWrapper
            | LegalEntityFilterWrapper
            | PaymentEventFilterWrapper
            | PersonalFilterWrapper
            | TmcFilterWrapper
            | UnknownVariant
        ): ...
        @overload
        def require(self, name: Literal["travel_type"], /) -> list[PaymentSourceTravelType]: ...
        @overload
        def require(self, name: Literal["travel_types"], /) -> list[PaymentSourceTravelType]: ...
        @overload
        def require(self, name: Literal["spend_types"], /) -> list[PaymentSourceSpendType]: ...
        @overload
        def require(self, name: Literal["payment_source_attributes"], /) -> PaymentSourceAttributes: ...
        @overload
        def require(self, name: Literal["access_type_attributes"], /) -> AccessTypeAttributes: ...
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
            raise ModelParseError(f"PaymentSourceMapping: expected a JSON object, got {type(src_dict).__name__}")
        if cls is PaymentSourceMapping:
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


def _parse_access_type(d: Mapping[str, Any]) -> AccessType | Unset:
    _access_type = _v if (_v := d.get("accessType")) is not None else PARSED_UNSET
    access_type: AccessType | Unset
    if isinstance(_access_type, Unset):
        access_type = UNSET
    else:
        access_type = AccessType._members[_access_type]

    return access_type


def _parse_access_type_entity_id(d: Mapping[str, Any]) -> str | Unset:
    access_type_entity_id: str | Unset = _v if (_v := d.get("accessTypeEntityId")) is not None else PARSED_UNSET
    if access_type_entity_id is not UNSET and (type(access_type_entity_id) is not str):
        access_type_entity_id = read_as("str", access_type_entity_id, "PaymentSourceMapping", "accessTypeEntityId")

    return access_type_entity_id


def _parse_filter_(
    d: Mapping[str, Any],
) -> (
    CompanyFilterWrapper
    | CostCenterFilterWrapper
    | CountryFilterWrapper
    | DepartmentFilterWrapper
    | EventTemplateFilterWrapper
    | IndividualFilterWrapper
    | ItineraryFilterWrapper
    | LegalEntityFilterWrapper
    | PaymentEventFilterWrapper
    | PersonalFilterWrapper
    | TmcFilterWrapper
    | UnknownVariant
    | Unset
):
    _filter__data = _v if (_v := d.get("filter")) is not None else PARSED_UNSET
    filter_: (
        CompanyFilterWrapper
        | CostCenterFilterWrapper
        | CountryFilterWrapper
        | DepartmentFilterWrapper
        | EventTemplateFilterWrapper
        | IndividualFilterWrapper
        | ItineraryFilterWrapper
        | LegalEntityFilterWrapper
        | PaymentEventFilterWrapper
        | PersonalFilterWrapper
        | TmcFilterWrapper
        | UnknownVariant
        | Unset
    )
    if isinstance(_filter__data, Unset):
        filter_ = UNSET
    elif not isinstance(_filter__data, dict):
        raise UnknownVariantError(
            "CompanyFilterWrapper | CostCenterFilterWrapper | CountryFilterWrapper | DepartmentFilterWrapper | EventTemplateFilterWrapper | IndividualFilterWrapper | ItineraryFilterWrapper | LegalEntityFilterWrapper | PaymentEventFilterWrapper | PersonalFilterWrapper | TmcFilterWrapper",
            _filter__data,
        )
    elif "legalEntityFilter" in _filter__data:
        filter_ = LegalEntityFilterWrapper.from_dict(_filter__data)
    elif "companyFilter" in _filter__data:
        filter_ = CompanyFilterWrapper.from_dict(_filter__data)
    elif "countryFilter" in _filter__data:
        filter_ = CountryFilterWrapper.from_dict(_filter__data)
    elif "tmcFilter" in _filter__data:
        filter_ = TmcFilterWrapper.from_dict(_filter__data)
    elif "personalFilter" in _filter__data:
        filter_ = PersonalFilterWrapper.from_dict(_filter__data)
    elif "individualFilter" in _filter__data:
        filter_ = IndividualFilterWrapper.from_dict(_filter__data)
    elif "costCenterFilter" in _filter__data:
        filter_ = CostCenterFilterWrapper.from_dict(_filter__data)
    elif "departmentFilter" in _filter__data:
        filter_ = DepartmentFilterWrapper.from_dict(_filter__data)
    elif "itineraryFilter" in _filter__data:
        filter_ = ItineraryFilterWrapper.from_dict(_filter__data)
    elif "eventFilter" in _filter__data:
        filter_ = PaymentEventFilterWrapper.from_dict(_filter__data)
    elif "eventTemplateFilter" in _filter__data:
        filter_ = EventTemplateFilterWrapper.from_dict(_filter__data)
    else:
        filter_ = UnknownVariant(_filter__data)

    return filter_


def _parse_travel_type(d: Mapping[str, Any]) -> list[PaymentSourceTravelType] | Unset:
    _travel_type = _v if (_v := d.get("travelType")) is not None else PARSED_UNSET
    travel_type: list[PaymentSourceTravelType] | Unset = UNSET
    if _travel_type is not UNSET:
        travel_type = []
        for travel_type_item_data in _travel_type:
            travel_type_item = PaymentSourceTravelType.from_dict(travel_type_item_data)

            travel_type.append(travel_type_item)

    return travel_type


def _parse_travel_types(d: Mapping[str, Any]) -> list[PaymentSourceTravelType] | Unset:
    _travel_types = _v if (_v := d.get("travelTypes")) is not None else PARSED_UNSET
    travel_types: list[PaymentSourceTravelType] | Unset = UNSET
    if _travel_types is not UNSET:
        travel_types = []
        for travel_types_item_data in _travel_types:
            travel_types_item = PaymentSourceTravelType.from_dict(travel_types_item_data)

            travel_types.append(travel_types_item)

    return travel_types


def _parse_spend_types(d: Mapping[str, Any]) -> list[PaymentSourceSpendType] | Unset:
    _spend_types = _v if (_v := d.get("spendTypes")) is not None else PARSED_UNSET
    spend_types: list[PaymentSourceSpendType] | Unset = UNSET
    if _spend_types is not UNSET:
        spend_types = []
        for spend_types_item_data in _spend_types:
            spend_types_item = PaymentSourceSpendType.from_dict(spend_types_item_data)

            spend_types.append(spend_types_item)

    return spend_types


def _parse_payment_source_attributes(d: Mapping[str, Any]) -> PaymentSourceAttributes | Unset:
    _payment_source_attributes = _v if (_v := d.get("paymentSourceAttributes")) is not None else PARSED_UNSET
    payment_source_attributes: PaymentSourceAttributes | Unset
    if isinstance(_payment_source_attributes, Unset):
        payment_source_attributes = UNSET
    else:
        payment_source_attributes = PaymentSourceAttributes.from_dict(_payment_source_attributes)

    return payment_source_attributes


def _parse_access_type_attributes(d: Mapping[str, Any]) -> AccessTypeAttributes | Unset:
    _access_type_attributes = _v if (_v := d.get("accessTypeAttributes")) is not None else PARSED_UNSET
    access_type_attributes: AccessTypeAttributes | Unset
    if isinstance(_access_type_attributes, Unset):
        access_type_attributes = UNSET
    else:
        access_type_attributes = AccessTypeAttributes.from_dict(_access_type_attributes)

    return access_type_attributes


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: PaymentSourceMapping, d: Mapping[str, Any]) -> None:
    _access_type = _v if (_v := d.get("accessType")) is not None else PARSED_UNSET
    access_type: AccessType | Unset
    if isinstance(_access_type, Unset):
        access_type = UNSET
    else:
        access_type = AccessType._members[_access_type]

    self.access_type = access_type
    access_type_entity_id: str | Unset = _v if (_v := d.get("accessTypeEntityId")) is not None else PARSED_UNSET
    if access_type_entity_id is not UNSET and (type(access_type_entity_id) is not str):
        access_type_entity_id = read_as("str", access_type_entity_id, "PaymentSourceMapping", "accessTypeEntityId")

    self.access_type_entity_id = access_type_entity_id
    _filter__data = _v if (_v := d.get("filter")) is not None else PARSED_UNSET
    filter_: (
        CompanyFilterWrapper
        | CostCenterFilterWrapper
        | CountryFilterWrapper
        | DepartmentFilterWrapper
        | EventTemplateFilterWrapper
        | IndividualFilterWrapper
        | ItineraryFilterWrapper
        | LegalEntityFilterWrapper
        | PaymentEventFilterWrapper
        | PersonalFilterWrapper
        | TmcFilterWrapper
        | UnknownVariant
        | Unset
    )
    if isinstance(_filter__data, Unset):
        filter_ = UNSET
    elif not isinstance(_filter__data, dict):
        raise UnknownVariantError(
            "CompanyFilterWrapper | CostCenterFilterWrapper | CountryFilterWrapper | DepartmentFilterWrapper | EventTemplateFilterWrapper | IndividualFilterWrapper | ItineraryFilterWrapper | LegalEntityFilterWrapper | PaymentEventFilterWrapper | PersonalFilterWrapper | TmcFilterWrapper",
            _filter__data,
        )
    elif "legalEntityFilter" in _filter__data:
        filter_ = LegalEntityFilterWrapper.from_dict(_filter__data)
    elif "companyFilter" in _filter__data:
        filter_ = CompanyFilterWrapper.from_dict(_filter__data)
    elif "countryFilter" in _filter__data:
        filter_ = CountryFilterWrapper.from_dict(_filter__data)
    elif "tmcFilter" in _filter__data:
        filter_ = TmcFilterWrapper.from_dict(_filter__data)
    elif "personalFilter" in _filter__data:
        filter_ = PersonalFilterWrapper.from_dict(_filter__data)
    elif "individualFilter" in _filter__data:
        filter_ = IndividualFilterWrapper.from_dict(_filter__data)
    elif "costCenterFilter" in _filter__data:
        filter_ = CostCenterFilterWrapper.from_dict(_filter__data)
    elif "departmentFilter" in _filter__data:
        filter_ = DepartmentFilterWrapper.from_dict(_filter__data)
    elif "itineraryFilter" in _filter__data:
        filter_ = ItineraryFilterWrapper.from_dict(_filter__data)
    elif "eventFilter" in _filter__data:
        filter_ = PaymentEventFilterWrapper.from_dict(_filter__data)
    elif "eventTemplateFilter" in _filter__data:
        filter_ = EventTemplateFilterWrapper.from_dict(_filter__data)
    else:
        filter_ = UnknownVariant(_filter__data)

    self.filter_ = filter_
    _travel_type = _v if (_v := d.get("travelType")) is not None else PARSED_UNSET
    travel_type: list[PaymentSourceTravelType] | Unset = UNSET
    if _travel_type is not UNSET:
        travel_type = []
        for travel_type_item_data in _travel_type:
            travel_type_item = PaymentSourceTravelType.from_dict(travel_type_item_data)

            travel_type.append(travel_type_item)

    self.travel_type = travel_type
    _travel_types = _v if (_v := d.get("travelTypes")) is not None else PARSED_UNSET
    travel_types: list[PaymentSourceTravelType] | Unset = UNSET
    if _travel_types is not UNSET:
        travel_types = []
        for travel_types_item_data in _travel_types:
            travel_types_item = PaymentSourceTravelType.from_dict(travel_types_item_data)

            travel_types.append(travel_types_item)

    self.travel_types = travel_types
    _spend_types = _v if (_v := d.get("spendTypes")) is not None else PARSED_UNSET
    spend_types: list[PaymentSourceSpendType] | Unset = UNSET
    if _spend_types is not UNSET:
        spend_types = []
        for spend_types_item_data in _spend_types:
            spend_types_item = PaymentSourceSpendType.from_dict(spend_types_item_data)

            spend_types.append(spend_types_item)

    self.spend_types = spend_types
    _payment_source_attributes = _v if (_v := d.get("paymentSourceAttributes")) is not None else PARSED_UNSET
    payment_source_attributes: PaymentSourceAttributes | Unset
    if isinstance(_payment_source_attributes, Unset):
        payment_source_attributes = UNSET
    else:
        payment_source_attributes = PaymentSourceAttributes.from_dict(_payment_source_attributes)

    self.payment_source_attributes = payment_source_attributes
    _access_type_attributes = _v if (_v := d.get("accessTypeAttributes")) is not None else PARSED_UNSET
    access_type_attributes: AccessTypeAttributes | Unset
    if isinstance(_access_type_attributes, Unset):
        access_type_attributes = UNSET
    else:
        access_type_attributes = AccessTypeAttributes.from_dict(_access_type_attributes)

    self.access_type_attributes = access_type_attributes
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "access_type": ("accessType", _parse_access_type),
    "access_type_entity_id": ("accessTypeEntityId", _parse_access_type_entity_id),
    "filter_": ("filter", _parse_filter_),
    "travel_type": ("travelType", _parse_travel_type),
    "travel_types": ("travelTypes", _parse_travel_types),
    "spend_types": ("spendTypes", _parse_spend_types),
    "payment_source_attributes": ("paymentSourceAttributes", _parse_payment_source_attributes),
    "access_type_attributes": ("accessTypeAttributes", _parse_access_type_attributes),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
PaymentSourceMapping._field_parsers = _PARSERS
PaymentSourceMapping._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    PaymentSourceMapping,
    {
        "travel_type": ("travelType", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(PaymentSourceMapping, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = PaymentSourceMapping.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.access_type_attributes import AccessTypeAttributes
from ..models.company_filter_wrapper import CompanyFilterWrapper
from ..models.cost_center_filter_wrapper import CostCenterFilterWrapper
from ..models.country_filter_wrapper import CountryFilterWrapper
from ..models.department_filter_wrapper import DepartmentFilterWrapper
from ..models.event_template_filter_wrapper import EventTemplateFilterWrapper
from ..models.individual_filter_wrapper import IndividualFilterWrapper
from ..models.itinerary_filter_wrapper import ItineraryFilterWrapper
from ..models.legal_entity_filter_wrapper import LegalEntityFilterWrapper
from ..models.payment_event_filter_wrapper import PaymentEventFilterWrapper
from ..models.payment_source_attributes import PaymentSourceAttributes
from ..models.payment_source_spend_type import PaymentSourceSpendType
from ..models.payment_source_travel_type import PaymentSourceTravelType
from ..models.personal_filter_wrapper import PersonalFilterWrapper
from ..models.tmc_filter_wrapper import TmcFilterWrapper
