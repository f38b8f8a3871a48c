from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.car_type import CarType
from ..models.conditional_rate import ConditionalRate
from ..models.engine_type import EngineType
from ..models.transmission_search_filter import TransmissionSearchFilter
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.car_vendor import CarVendor


T = TypeVar("T", bound="CarPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "vendors",
        "carTypes",
        "engineTypes",
        "transmissionTypes",
        "conditionalRates",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "vendors": ("vendors", False, ("list", ("model", "car_vendor", "CarVendor")), None),
    "carTypes": ("car_types", False, ("list", ("enum", "car_type", "CarType")), None),
    "engineTypes": ("engine_types", False, ("list", ("enum", "engine_type", "EngineType")), None),
    "transmissionTypes": (
        "transmission_types",
        False,
        ("list", ("enum", "transmission_search_filter", "TransmissionSearchFilter")),
        None,
    ),
    "conditionalRates": ("conditional_rates", False, ("list", ("enum", "conditional_rate", "ConditionalRate")), None),
}


def _enum_car_types(value: Sequence[CarType | str] | Unset) -> list[CarType] | Unset:
    converted: list[CarType] | Unset = enum_list_field(value, CarType, "CarPref", "car_types")
    return converted


def _enum_engine_types(value: Sequence[EngineType | str] | Unset) -> list[EngineType] | Unset:
    converted: list[EngineType] | Unset = enum_list_field(value, EngineType, "CarPref", "engine_types")
    return converted


def _enum_transmission_types(
    value: Sequence[TransmissionSearchFilter | str] | Unset,
) -> list[TransmissionSearchFilter] | Unset:
    converted: list[TransmissionSearchFilter] | Unset = enum_list_field(
        value, TransmissionSearchFilter, "CarPref", "transmission_types"
    )
    return converted


def _enum_conditional_rates(value: Sequence[ConditionalRate | str] | Unset) -> list[ConditionalRate] | Unset:
    converted: list[ConditionalRate] | Unset = enum_list_field(value, ConditionalRate, "CarPref", "conditional_rates")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class CarPref:
    """
    Attributes:
        vendors (list[CarVendor] | Unset): JSON ``vendors``.
        car_types (list[CarType] | Unset): JSON ``carTypes``; one of OTHER, MINI, ECONOMY, COMPACT, MID_SIZE, STANDARD,
            FULL_SIZE, PREMIUM, LUXURY, CONVERTIBLE, MINIVAN, SUV, VAN, PICKUP, SPORTS, SPECIAL, RECREATIONAL_VEHICLE,
            WAGON.
        engine_types (list[EngineType] | Unset): JSON ``engineTypes``; one of UNKNOWN_ENGINE, PETROL, DIESEL, ELECTRIC,
            CNG, HYBRID, HYDROGEN, MULTI_FUEL, ETHANOL.
        transmission_types (list[TransmissionSearchFilter] | Unset): JSON ``transmissionTypes``; one of MANUAL,
            AUTOMATIC.
        conditional_rates (list[ConditionalRate] | Unset): JSON ``conditionalRates``; one of MILITARY, AAA, GOVERNMENT.
    """

    vendors: list[CarVendor] | Unset = UNSET
    car_types: list[CarType] | Unset = _attrs_field(default=UNSET, converter=_enum_car_types)
    engine_types: list[EngineType] | Unset = _attrs_field(default=UNSET, converter=_enum_engine_types)
    transmission_types: list[TransmissionSearchFilter] | Unset = _attrs_field(
        default=UNSET, converter=_enum_transmission_types
    )
    conditional_rates: list[ConditionalRate] | Unset = _attrs_field(default=UNSET, converter=_enum_conditional_rates)
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
            vendors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.vendors, Unset):
                vendors = []
                for vendors_item_data in self.vendors:
                    vendors_item = vendors_item_data.to_dict()
                    vendors.append(vendors_item)

            car_types: list[str] | Unset = UNSET
            if not isinstance(self.car_types, Unset):
                car_types = []
                for car_types_item_data in self.car_types:
                    car_types_item = car_types_item_data.value
                    car_types.append(car_types_item)

            engine_types: list[str] | Unset = UNSET
            if not isinstance(self.engine_types, Unset):
                engine_types = []
                for engine_types_item_data in self.engine_types:
                    engine_types_item = engine_types_item_data.value
                    engine_types.append(engine_types_item)

            transmission_types: list[str] | Unset = UNSET
            if not isinstance(self.transmission_types, Unset):
                transmission_types = []
                for transmission_types_item_data in self.transmission_types:
                    transmission_types_item = transmission_types_item_data.value
                    transmission_types.append(transmission_types_item)

            conditional_rates: list[str] | Unset = UNSET
            if not isinstance(self.conditional_rates, Unset):
                conditional_rates = []
                for conditional_rates_item_data in self.conditional_rates:
                    conditional_rates_item = conditional_rates_item_data.value
                    conditional_rates.append(conditional_rates_item)

            field_dict: dict[str, Any] = {}
            if vendors is not UNSET:
                field_dict["vendors"] = vendors
            if car_types is not UNSET:
                field_dict["carTypes"] = car_types
            if engine_types is not UNSET:
                field_dict["engineTypes"] = engine_types
            if transmission_types is not UNSET:
                field_dict["transmissionTypes"] = transmission_types
            if conditional_rates is not UNSET:
                field_dict["conditionalRates"] = conditional_rates
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
        def require(self, name: Literal["vendors"], /) -> list[CarVendor]: ...
        @overload
        def require(self, name: Literal["car_types"], /) -> list[CarType]: ...
        @overload
        def require(self, name: Literal["engine_types"], /) -> list[EngineType]: ...
        @overload
        def require(self, name: Literal["transmission_types"], /) -> list[TransmissionSearchFilter]: ...
        @overload
        def require(self, name: Literal["conditional_rates"], /) -> list[ConditionalRate]: ...
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
            raise ModelParseError(f"CarPref: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_vendors(d: Mapping[str, Any]) -> list[CarVendor] | Unset:
    _vendors = _v if (_v := d.get("vendors")) is not None else PARSED_UNSET
    vendors: list[CarVendor] | Unset = UNSET
    if _vendors is not UNSET:
        vendors = []
        for vendors_item_data in _vendors:
            vendors_item = CarVendor.from_dict(vendors_item_data)

            vendors.append(vendors_item)

    return vendors


def _parse_car_types(d: Mapping[str, Any]) -> list[CarType] | Unset:
    _car_types = _v if (_v := d.get("carTypes")) is not None else PARSED_UNSET
    car_types: list[CarType] | Unset = UNSET
    if _car_types is not UNSET:
        car_types = []
        for car_types_item_data in _car_types:
            car_types_item = CarType._members[car_types_item_data]

            car_types.append(car_types_item)

    return car_types


def _parse_engine_types(d: Mapping[str, Any]) -> list[EngineType] | Unset:
    _engine_types = _v if (_v := d.get("engineTypes")) is not None else PARSED_UNSET
    engine_types: list[EngineType] | Unset = UNSET
    if _engine_types is not UNSET:
        engine_types = []
        for engine_types_item_data in _engine_types:
            engine_types_item = EngineType._members[engine_types_item_data]

            engine_types.append(engine_types_item)

    return engine_types


def _parse_transmission_types(d: Mapping[str, Any]) -> list[TransmissionSearchFilter] | Unset:
    _transmission_types = _v if (_v := d.get("transmissionTypes")) is not None else PARSED_UNSET
    transmission_types: list[TransmissionSearchFilter] | Unset = UNSET
    if _transmission_types is not UNSET:
        transmission_types = []
        for transmission_types_item_data in _transmission_types:
            transmission_types_item = TransmissionSearchFilter._members[transmission_types_item_data]

            transmission_types.append(transmission_types_item)

    return transmission_types


def _parse_conditional_rates(d: Mapping[str, Any]) -> list[ConditionalRate] | Unset:
    _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    if _conditional_rates is not UNSET:
        conditional_rates = []
        for conditional_rates_item_data in _conditional_rates:
            conditional_rates_item = ConditionalRate._members[conditional_rates_item_data]

            conditional_rates.append(conditional_rates_item)

    return conditional_rates


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: CarPref, d: Mapping[str, Any]) -> None:
    _vendors = _v if (_v := d.get("vendors")) is not None else PARSED_UNSET
    vendors: list[CarVendor] | Unset = UNSET
    if _vendors is not UNSET:
        vendors = []
        for vendors_item_data in _vendors:
            vendors_item = CarVendor.from_dict(vendors_item_data)

            vendors.append(vendors_item)

    self.vendors = vendors
    _car_types = _v if (_v := d.get("carTypes")) is not None else PARSED_UNSET
    car_types: list[CarType] | Unset = UNSET
    if _car_types is not UNSET:
        car_types = []
        for car_types_item_data in _car_types:
            car_types_item = CarType._members[car_types_item_data]

            car_types.append(car_types_item)

    self.car_types = car_types
    _engine_types = _v if (_v := d.get("engineTypes")) is not None else PARSED_UNSET
    engine_types: list[EngineType] | Unset = UNSET
    if _engine_types is not UNSET:
        engine_types = []
        for engine_types_item_data in _engine_types:
            engine_types_item = EngineType._members[engine_types_item_data]

            engine_types.append(engine_types_item)

    self.engine_types = engine_types
    _transmission_types = _v if (_v := d.get("transmissionTypes")) is not None else PARSED_UNSET
    transmission_types: list[TransmissionSearchFilter] | Unset = UNSET
    if _transmission_types is not UNSET:
        transmission_types = []
        for transmission_types_item_data in _transmission_types:
            transmission_types_item = TransmissionSearchFilter._members[transmission_types_item_data]

            transmission_types.append(transmission_types_item)

    self.transmission_types = transmission_types
    _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    if _conditional_rates is not UNSET:
        conditional_rates = []
        for conditional_rates_item_data in _conditional_rates:
            conditional_rates_item = ConditionalRate._members[conditional_rates_item_data]

            conditional_rates.append(conditional_rates_item)

    self.conditional_rates = conditional_rates
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "vendors": ("vendors", _parse_vendors),
    "car_types": ("carTypes", _parse_car_types),
    "engine_types": ("engineTypes", _parse_engine_types),
    "transmission_types": ("transmissionTypes", _parse_transmission_types),
    "conditional_rates": ("conditionalRates", _parse_conditional_rates),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
CarPref._field_parsers = _PARSERS
CarPref._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = CarPref.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.car_vendor import CarVendor
