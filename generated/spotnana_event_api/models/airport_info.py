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
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="AirportInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "airportCode",
        "airportName",
        "cityName",
        "countryName",
        "countryCode",
        "zoneName",
        "stateCode",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "airportCode": ("airport_code", False, ("str",), None),
    "airportName": ("airport_name", False, ("str",), None),
    "cityName": ("city_name", False, ("str",), None),
    "countryName": ("country_name", False, ("str",), None),
    "countryCode": ("country_code", False, ("str",), None),
    "zoneName": ("zone_name", False, ("str",), None),
    "stateCode": ("state_code", False, ("str",), None),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class AirportInfo:
    """
    Attributes:
        airport_code (str | Unset): JSON ``airportCode``; example WRA.
        airport_name (str | Unset): JSON ``airportName``; example Warder Airport.
        city_name (str | Unset): JSON ``cityName``; example Werder.
        country_name (str | Unset): JSON ``countryName``; example Ethiopia.
        country_code (str | Unset): JSON ``countryCode``; example ET.
        zone_name (str | Unset): JSON ``zoneName``; example Africa/Addis_Ababa.
        state_code (str | Unset): JSON ``stateCode``; example CA.
    """

    airport_code: str | Unset = UNSET
    airport_name: str | Unset = UNSET
    city_name: str | Unset = UNSET
    country_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    zone_name: str | Unset = UNSET
    state_code: str | Unset = UNSET
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
            airport_code = self.airport_code

            airport_name = self.airport_name

            city_name = self.city_name

            country_name = self.country_name

            country_code = self.country_code

            zone_name = self.zone_name

            state_code = self.state_code

            field_dict: dict[str, Any] = {}
            if airport_code is not UNSET:
                field_dict["airportCode"] = airport_code
            if airport_name is not UNSET:
                field_dict["airportName"] = airport_name
            if city_name is not UNSET:
                field_dict["cityName"] = city_name
            if country_name is not UNSET:
                field_dict["countryName"] = country_name
            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
            if zone_name is not UNSET:
                field_dict["zoneName"] = zone_name
            if state_code is not UNSET:
                field_dict["stateCode"] = state_code
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
        def require(self, name: Literal["airport_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["airport_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["city_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["country_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["country_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["zone_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["state_code"], /) -> str: ...
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
            raise ModelParseError(f"AirportInfo: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_airport_code(d: Mapping[str, Any]) -> str | Unset:
    airport_code: str | Unset = _v if (_v := d.get("airportCode")) is not None else PARSED_UNSET
    if airport_code is not UNSET and (type(airport_code) is not str):
        airport_code = read_as("str", airport_code, "AirportInfo", "airportCode")

    return airport_code


def _parse_airport_name(d: Mapping[str, Any]) -> str | Unset:
    airport_name: str | Unset = _v if (_v := d.get("airportName")) is not None else PARSED_UNSET
    if airport_name is not UNSET and (type(airport_name) is not str):
        airport_name = read_as("str", airport_name, "AirportInfo", "airportName")

    return airport_name


def _parse_city_name(d: Mapping[str, Any]) -> str | Unset:
    city_name: str | Unset = _v if (_v := d.get("cityName")) is not None else PARSED_UNSET
    if city_name is not UNSET and (type(city_name) is not str):
        city_name = read_as("str", city_name, "AirportInfo", "cityName")

    return city_name


def _parse_country_name(d: Mapping[str, Any]) -> str | Unset:
    country_name: str | Unset = _v if (_v := d.get("countryName")) is not None else PARSED_UNSET
    if country_name is not UNSET and (type(country_name) is not str):
        country_name = read_as("str", country_name, "AirportInfo", "countryName")

    return country_name


def _parse_country_code(d: Mapping[str, Any]) -> str | Unset:
    country_code: str | Unset = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET
    if country_code is not UNSET and (type(country_code) is not str):
        country_code = read_as("str", country_code, "AirportInfo", "countryCode")

    return country_code


def _parse_zone_name(d: Mapping[str, Any]) -> str | Unset:
    zone_name: str | Unset = _v if (_v := d.get("zoneName")) is not None else PARSED_UNSET
    if zone_name is not UNSET and (type(zone_name) is not str):
        zone_name = read_as("str", zone_name, "AirportInfo", "zoneName")

    return zone_name


def _parse_state_code(d: Mapping[str, Any]) -> str | Unset:
    state_code: str | Unset = _v if (_v := d.get("stateCode")) is not None else PARSED_UNSET
    if state_code is not UNSET and (type(state_code) is not str):
        state_code = read_as("str", state_code, "AirportInfo", "stateCode")

    return state_code


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: AirportInfo, d: Mapping[str, Any]) -> None:
    airport_code: str | Unset = _v if (_v := d.get("airportCode")) is not None else PARSED_UNSET
    if airport_code is not UNSET and (type(airport_code) is not str):
        airport_code = read_as("str", airport_code, "AirportInfo", "airportCode")

    self.airport_code = airport_code
    airport_name: str | Unset = _v if (_v := d.get("airportName")) is not None else PARSED_UNSET
    if airport_name is not UNSET and (type(airport_name) is not str):
        airport_name = read_as("str", airport_name, "AirportInfo", "airportName")

    self.airport_name = airport_name
    city_name: str | Unset = _v if (_v := d.get("cityName")) is not None else PARSED_UNSET
    if city_name is not UNSET and (type(city_name) is not str):
        city_name = read_as("str", city_name, "AirportInfo", "cityName")

    self.city_name = city_name
    country_name: str | Unset = _v if (_v := d.get("countryName")) is not None else PARSED_UNSET
    if country_name is not UNSET and (type(country_name) is not str):
        country_name = read_as("str", country_name, "AirportInfo", "countryName")

    self.country_name = country_name
    country_code: str | Unset = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET
    if country_code is not UNSET and (type(country_code) is not str):
        country_code = read_as("str", country_code, "AirportInfo", "countryCode")

    self.country_code = country_code
    zone_name: str | Unset = _v if (_v := d.get("zoneName")) is not None else PARSED_UNSET
    if zone_name is not UNSET and (type(zone_name) is not str):
        zone_name = read_as("str", zone_name, "AirportInfo", "zoneName")

    self.zone_name = zone_name
    state_code: str | Unset = _v if (_v := d.get("stateCode")) is not None else PARSED_UNSET
    if state_code is not UNSET and (type(state_code) is not str):
        state_code = read_as("str", state_code, "AirportInfo", "stateCode")

    self.state_code = state_code
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "airport_code": ("airportCode", _parse_airport_code),
    "airport_name": ("airportName", _parse_airport_name),
    "city_name": ("cityName", _parse_city_name),
    "country_name": ("countryName", _parse_country_name),
    "country_code": ("countryCode", _parse_country_code),
    "zone_name": ("zoneName", _parse_zone_name),
    "state_code": ("stateCode", _parse_state_code),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
AirportInfo._field_parsers = _PARSERS
AirportInfo._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = AirportInfo.__dict__["_raw"].__set__
