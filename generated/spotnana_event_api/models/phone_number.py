from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.phone_number_country_code_source import PhoneNumberCountryCodeSource
from ..models.phone_number_type import PhoneNumberType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="PhoneNumber")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "countryCode",
        "countryCodeSource",
        "extension",
        "isoCountryCode",
        "italianLeadingZero",
        "nationalNumber",
        "numberOfLeadingZeros",
        "preferredDomesticCarrierCode",
        "rawInput",
        "type",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "countryCode": ("country_code", False, ("int",), None),
    "countryCodeSource": (
        "country_code_source",
        False,
        ("enum", "phone_number_country_code_source", "PhoneNumberCountryCodeSource"),
        None,
    ),
    "extension": ("extension", False, ("str",), None),
    "isoCountryCode": ("iso_country_code", False, ("str",), None),
    "italianLeadingZero": ("italian_leading_zero", False, ("bool",), None),
    "nationalNumber": ("national_number", False, ("int",), None),
    "numberOfLeadingZeros": ("number_of_leading_zeros", False, ("int",), None),
    "preferredDomesticCarrierCode": ("preferred_domestic_carrier_code", False, ("str",), None),
    "rawInput": ("raw_input", False, ("str",), None),
    "type": ("type_", False, ("enum", "phone_number_type", "PhoneNumberType"), None),
}


def _enum_country_code_source(
    value: PhoneNumberCountryCodeSource | str | Unset,
) -> PhoneNumberCountryCodeSource | Unset:
    converted: PhoneNumberCountryCodeSource | Unset = enum_field(
        value, PhoneNumberCountryCodeSource, "PhoneNumber", "country_code_source"
    )
    return converted


def _enum_type_(value: PhoneNumberType | str | Unset) -> PhoneNumberType | Unset:
    converted: PhoneNumberType | Unset = enum_field(value, PhoneNumberType, "PhoneNumber", "type_")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class PhoneNumber:
    """
    Attributes:
        country_code (int | Unset): JSON ``countryCode``; format int32; example 91.
        country_code_source (PhoneNumberCountryCodeSource | Unset): JSON ``countryCodeSource``; example
            FROM_NUMBER_WITH_PLUS_SIGN; one of UNSPECIFIED, FROM_NUMBER_WITH_PLUS_SIGN, FROM_NUMBER_WITH_IDD,
            FROM_NUMBER_WITHOUT_PLUS_SIGN, FROM_DEFAULT_COUNTRY.
        extension (str | Unset): JSON ``extension``; example 222.
        iso_country_code (str | Unset): JSON ``isoCountryCode``; example IN.
        italian_leading_zero (bool | Unset): JSON ``italianLeadingZero``; default False (not sent unless set); example
            True.
        national_number (int | Unset): JSON ``nationalNumber``; format int64; example 8150.
        number_of_leading_zeros (int | Unset): JSON ``numberOfLeadingZeros``; format int32; default 0 (not sent unless
            set); example 1.
        preferred_domestic_carrier_code (str | Unset): JSON ``preferredDomesticCarrierCode``; example 7.
        raw_input (str | Unset): JSON ``rawInput``; example 77777.
        type_ (PhoneNumberType | Unset): JSON ``type``; example MOBILE; one of UNKNOWN_TYPE, MOBILE, LANDLINE.
    """

    country_code: int | Unset = UNSET
    country_code_source: PhoneNumberCountryCodeSource | Unset = _attrs_field(
        default=UNSET, converter=_enum_country_code_source
    )
    extension: str | Unset = UNSET
    iso_country_code: str | Unset = UNSET
    italian_leading_zero: bool | Unset = UNSET
    national_number: int | Unset = UNSET
    number_of_leading_zeros: int | Unset = UNSET
    preferred_domestic_carrier_code: str | Unset = UNSET
    raw_input: str | Unset = UNSET
    type_: PhoneNumberType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
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
            country_code = self.country_code

            country_code_source: str | Unset = UNSET
            if not isinstance(self.country_code_source, Unset):
                country_code_source = self.country_code_source.value

            extension = self.extension

            iso_country_code = self.iso_country_code

            italian_leading_zero = self.italian_leading_zero

            national_number = self.national_number

            number_of_leading_zeros = self.number_of_leading_zeros

            preferred_domestic_carrier_code = self.preferred_domestic_carrier_code

            raw_input = self.raw_input

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            field_dict: dict[str, Any] = {}
            if country_code is not UNSET:
                field_dict["countryCode"] = country_code
            if country_code_source is not UNSET:
                field_dict["countryCodeSource"] = country_code_source
            if extension is not UNSET:
                field_dict["extension"] = extension
            if iso_country_code is not UNSET:
                field_dict["isoCountryCode"] = iso_country_code
            if italian_leading_zero is not UNSET:
                field_dict["italianLeadingZero"] = italian_leading_zero
            if national_number is not UNSET:
                field_dict["nationalNumber"] = national_number
            if number_of_leading_zeros is not UNSET:
                field_dict["numberOfLeadingZeros"] = number_of_leading_zeros
            if preferred_domestic_carrier_code is not UNSET:
                field_dict["preferredDomesticCarrierCode"] = preferred_domestic_carrier_code
            if raw_input is not UNSET:
                field_dict["rawInput"] = raw_input
            if type_ is not UNSET:
                field_dict["type"] = type_
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
        def require(self, name: Literal["country_code"], /) -> int: ...
        @overload
        def require(self, name: Literal["country_code_source"], /) -> PhoneNumberCountryCodeSource: ...
        @overload
        def require(self, name: Literal["extension"], /) -> str: ...
        @overload
        def require(self, name: Literal["iso_country_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["italian_leading_zero"], /) -> bool: ...
        @overload
        def require(self, name: Literal["national_number"], /) -> int: ...
        @overload
        def require(self, name: Literal["number_of_leading_zeros"], /) -> int: ...
        @overload
        def require(self, name: Literal["preferred_domestic_carrier_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["raw_input"], /) -> str: ...
        @overload
        def require(self, name: Literal["type_"], /) -> PhoneNumberType: ...
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
            raise ModelParseError(f"PhoneNumber: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_country_code(d: Mapping[str, Any]) -> int | Unset:
    country_code: int | Unset = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET
    if country_code is not UNSET and (type(country_code) is not int):
        country_code = read_as("int", country_code, "PhoneNumber", "countryCode")

    return country_code


def _parse_country_code_source(d: Mapping[str, Any]) -> PhoneNumberCountryCodeSource | Unset:
    _country_code_source = _v if (_v := d.get("countryCodeSource")) is not None else PARSED_UNSET
    country_code_source: PhoneNumberCountryCodeSource | Unset
    if isinstance(_country_code_source, Unset):
        country_code_source = UNSET
    else:
        country_code_source = PhoneNumberCountryCodeSource._members[_country_code_source]

    return country_code_source


def _parse_extension(d: Mapping[str, Any]) -> str | Unset:
    extension: str | Unset = _v if (_v := d.get("extension")) is not None else PARSED_UNSET
    if extension is not UNSET and (type(extension) is not str):
        extension = read_as("str", extension, "PhoneNumber", "extension")

    return extension


def _parse_iso_country_code(d: Mapping[str, Any]) -> str | Unset:
    iso_country_code: str | Unset = _v if (_v := d.get("isoCountryCode")) is not None else PARSED_UNSET
    if iso_country_code is not UNSET and (type(iso_country_code) is not str):
        iso_country_code = read_as("str", iso_country_code, "PhoneNumber", "isoCountryCode")

    return iso_country_code


def _parse_italian_leading_zero(d: Mapping[str, Any]) -> bool | Unset:
    italian_leading_zero: bool | Unset = _v if (_v := d.get("italianLeadingZero")) is not None else PARSED_UNSET
    if italian_leading_zero is not UNSET and (type(italian_leading_zero) is not bool):
        italian_leading_zero = read_as("bool", italian_leading_zero, "PhoneNumber", "italianLeadingZero")

    return italian_leading_zero


def _parse_national_number(d: Mapping[str, Any]) -> int | Unset:
    national_number: int | Unset = _v if (_v := d.get("nationalNumber")) is not None else PARSED_UNSET
    if national_number is not UNSET and (type(national_number) is not int):
        national_number = read_as("int", national_number, "PhoneNumber", "nationalNumber")

    return national_number


def _parse_number_of_leading_zeros(d: Mapping[str, Any]) -> int | Unset:
    number_of_leading_zeros: int | Unset = _v if (_v := d.get("numberOfLeadingZeros")) is not None else PARSED_UNSET
    if number_of_leading_zeros is not UNSET and (type(number_of_leading_zeros) is not int):
        number_of_leading_zeros = read_as("int", number_of_leading_zeros, "PhoneNumber", "numberOfLeadingZeros")

    return number_of_leading_zeros


def _parse_preferred_domestic_carrier_code(d: Mapping[str, Any]) -> str | Unset:
    preferred_domestic_carrier_code: str | Unset = (
        _v if (_v := d.get("preferredDomesticCarrierCode")) is not None else PARSED_UNSET
    )
    if preferred_domestic_carrier_code is not UNSET and (type(preferred_domestic_carrier_code) is not str):
        preferred_domestic_carrier_code = read_as(
            "str", preferred_domestic_carrier_code, "PhoneNumber", "preferredDomesticCarrierCode"
        )

    return preferred_domestic_carrier_code


def _parse_raw_input(d: Mapping[str, Any]) -> str | Unset:
    raw_input: str | Unset = _v if (_v := d.get("rawInput")) is not None else PARSED_UNSET
    if raw_input is not UNSET and (type(raw_input) is not str):
        raw_input = read_as("str", raw_input, "PhoneNumber", "rawInput")

    return raw_input


def _parse_type_(d: Mapping[str, Any]) -> PhoneNumberType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: PhoneNumberType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PhoneNumberType._members[_type_]

    return type_


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: PhoneNumber, d: Mapping[str, Any]) -> None:
    country_code: int | Unset = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET
    if country_code is not UNSET and (type(country_code) is not int):
        country_code = read_as("int", country_code, "PhoneNumber", "countryCode")

    self.country_code = country_code
    _country_code_source = _v if (_v := d.get("countryCodeSource")) is not None else PARSED_UNSET
    country_code_source: PhoneNumberCountryCodeSource | Unset
    if isinstance(_country_code_source, Unset):
        country_code_source = UNSET
    else:
        country_code_source = PhoneNumberCountryCodeSource._members[_country_code_source]

    self.country_code_source = country_code_source
    extension: str | Unset = _v if (_v := d.get("extension")) is not None else PARSED_UNSET
    if extension is not UNSET and (type(extension) is not str):
        extension = read_as("str", extension, "PhoneNumber", "extension")

    self.extension = extension
    iso_country_code: str | Unset = _v if (_v := d.get("isoCountryCode")) is not None else PARSED_UNSET
    if iso_country_code is not UNSET and (type(iso_country_code) is not str):
        iso_country_code = read_as("str", iso_country_code, "PhoneNumber", "isoCountryCode")

    self.iso_country_code = iso_country_code
    italian_leading_zero: bool | Unset = _v if (_v := d.get("italianLeadingZero")) is not None else PARSED_UNSET
    if italian_leading_zero is not UNSET and (type(italian_leading_zero) is not bool):
        italian_leading_zero = read_as("bool", italian_leading_zero, "PhoneNumber", "italianLeadingZero")

    self.italian_leading_zero = italian_leading_zero
    national_number: int | Unset = _v if (_v := d.get("nationalNumber")) is not None else PARSED_UNSET
    if national_number is not UNSET and (type(national_number) is not int):
        national_number = read_as("int", national_number, "PhoneNumber", "nationalNumber")

    self.national_number = national_number
    number_of_leading_zeros: int | Unset = _v if (_v := d.get("numberOfLeadingZeros")) is not None else PARSED_UNSET
    if number_of_leading_zeros is not UNSET and (type(number_of_leading_zeros) is not int):
        number_of_leading_zeros = read_as("int", number_of_leading_zeros, "PhoneNumber", "numberOfLeadingZeros")

    self.number_of_leading_zeros = number_of_leading_zeros
    preferred_domestic_carrier_code: str | Unset = (
        _v if (_v := d.get("preferredDomesticCarrierCode")) is not None else PARSED_UNSET
    )
    if preferred_domestic_carrier_code is not UNSET and (type(preferred_domestic_carrier_code) is not str):
        preferred_domestic_carrier_code = read_as(
            "str", preferred_domestic_carrier_code, "PhoneNumber", "preferredDomesticCarrierCode"
        )

    self.preferred_domestic_carrier_code = preferred_domestic_carrier_code
    raw_input: str | Unset = _v if (_v := d.get("rawInput")) is not None else PARSED_UNSET
    if raw_input is not UNSET and (type(raw_input) is not str):
        raw_input = read_as("str", raw_input, "PhoneNumber", "rawInput")

    self.raw_input = raw_input
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: PhoneNumberType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PhoneNumberType._members[_type_]

    self.type_ = type_
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "country_code": ("countryCode", _parse_country_code),
    "country_code_source": ("countryCodeSource", _parse_country_code_source),
    "extension": ("extension", _parse_extension),
    "iso_country_code": ("isoCountryCode", _parse_iso_country_code),
    "italian_leading_zero": ("italianLeadingZero", _parse_italian_leading_zero),
    "national_number": ("nationalNumber", _parse_national_number),
    "number_of_leading_zeros": ("numberOfLeadingZeros", _parse_number_of_leading_zeros),
    "preferred_domestic_carrier_code": ("preferredDomesticCarrierCode", _parse_preferred_domestic_carrier_code),
    "raw_input": ("rawInput", _parse_raw_input),
    "type_": ("type", _parse_type_),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
PhoneNumber._field_parsers = _PARSERS
PhoneNumber._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = PhoneNumber.__dict__["_raw"].__set__
