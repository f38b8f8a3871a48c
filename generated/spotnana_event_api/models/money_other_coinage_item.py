from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.payment_method import PaymentMethod
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
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
    from ..models.flight_pass_payment_metadata_wrapper import FlightPassPaymentMetadataWrapper


T = TypeVar("T", bound="MoneyOtherCoinageItem")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "coinageCode",
        "amount",
        "conversionRate",
        "preferredCurrencyConversionRate",
        "otherCoinageMetadata",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "coinageCode": ("coinage_code", False, ("enum", "payment_method", "PaymentMethod"), None),
    "amount": ("amount", False, ("float",), None),
    "conversionRate": ("conversion_rate", False, ("float",), None),
    "preferredCurrencyConversionRate": ("preferred_currency_conversion_rate", False, ("float",), None),
    "otherCoinageMetadata": (
        "other_coinage_metadata",
        False,
        ("model", "flight_pass_payment_metadata_wrapper", "FlightPassPaymentMetadataWrapper"),
        None,
    ),
}


def _enum_coinage_code(value: PaymentMethod | str | Unset) -> PaymentMethod | Unset:
    converted: PaymentMethod | Unset = enum_field(value, PaymentMethod, "MoneyOtherCoinageItem", "coinage_code")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class MoneyOtherCoinageItem:
    """
    Attributes:
        coinage_code (PaymentMethod | Unset): JSON ``coinageCode``; example BREX_POINTS; one of PAYMENT_METHOD_UNKNOWN,
            CREDIT_CARD, BREX_POINTS, CASH, QANTAS_POINTS, VENDOR_PROGRAM_PAYMENT, DELAYED_INVOICING, FLIGHT_CREDITS,
            QANTAS_TRAVEL_FUND, CUSTOM_VIRTUAL_PAYMENT, FLIGHT_PASS, MISCELLANEOUS_CREDIT_ORDER, NO_PREPAYMENT.
        amount (float | Unset): JSON ``amount``; format double; example 1000.
        conversion_rate (float | Unset): JSON ``conversionRate``; format double; example 0.01.
        preferred_currency_conversion_rate (float | Unset): JSON ``preferredCurrencyConversionRate``; format double;
            example 0.01.
        other_coinage_metadata (FlightPassPaymentMetadataWrapper | Unset): JSON ``otherCoinageMetadata``.
    """

    coinage_code: PaymentMethod | Unset = _attrs_field(default=UNSET, converter=_enum_coinage_code)
    amount: float | Unset = UNSET
    conversion_rate: float | Unset = UNSET
    preferred_currency_conversion_rate: float | Unset = UNSET
    other_coinage_metadata: FlightPassPaymentMetadataWrapper | Unset = UNSET
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
            coinage_code: str | Unset = UNSET
            if not isinstance(self.coinage_code, Unset):
                coinage_code = self.coinage_code.value

            amount = self.amount

            conversion_rate = self.conversion_rate

            preferred_currency_conversion_rate = self.preferred_currency_conversion_rate

            other_coinage_metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.other_coinage_metadata, Unset):
                other_coinage_metadata = self.other_coinage_metadata.to_dict()

            field_dict: dict[str, Any] = {}
            if coinage_code is not UNSET:
                field_dict["coinageCode"] = coinage_code
            if amount is not UNSET:
                field_dict["amount"] = amount
            if conversion_rate is not UNSET:
                field_dict["conversionRate"] = conversion_rate
            if preferred_currency_conversion_rate is not UNSET:
                field_dict["preferredCurrencyConversionRate"] = preferred_currency_conversion_rate
            if other_coinage_metadata is not UNSET:
                field_dict["otherCoinageMetadata"] = other_coinage_metadata
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
        def require(self, name: Literal["coinage_code"], /) -> PaymentMethod: ...
        @overload
        def require(self, name: Literal["amount"], /) -> float: ...
        @overload
        def require(self, name: Literal["conversion_rate"], /) -> float: ...
        @overload
        def require(self, name: Literal["preferred_currency_conversion_rate"], /) -> float: ...
        @overload
        def require(self, name: Literal["other_coinage_metadata"], /) -> FlightPassPaymentMetadataWrapper: ...
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
            raise ModelParseError(f"MoneyOtherCoinageItem: expected a JSON object, got {type(src_dict).__name__}")
        if cls is MoneyOtherCoinageItem:
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


def _parse_coinage_code(d: Mapping[str, Any]) -> PaymentMethod | Unset:
    _coinage_code = _v if (_v := d.get("coinageCode")) is not None else PARSED_UNSET
    coinage_code: PaymentMethod | Unset
    if isinstance(_coinage_code, Unset):
        coinage_code = UNSET
    else:
        coinage_code = PaymentMethod._members[_coinage_code]

    return coinage_code


def _parse_amount(d: Mapping[str, Any]) -> float | Unset:
    amount: float | Unset = _v if (_v := d.get("amount")) is not None else PARSED_UNSET
    if amount is not UNSET and (type(amount) is not float and type(amount) is not int):
        amount = read_as("float", amount, "MoneyOtherCoinageItem", "amount")

    return amount


def _parse_conversion_rate(d: Mapping[str, Any]) -> float | Unset:
    conversion_rate: float | Unset = _v if (_v := d.get("conversionRate")) is not None else PARSED_UNSET
    if conversion_rate is not UNSET and (type(conversion_rate) is not float and type(conversion_rate) is not int):
        conversion_rate = read_as("float", conversion_rate, "MoneyOtherCoinageItem", "conversionRate")

    return conversion_rate


def _parse_preferred_currency_conversion_rate(d: Mapping[str, Any]) -> float | Unset:
    preferred_currency_conversion_rate: float | Unset = (
        _v if (_v := d.get("preferredCurrencyConversionRate")) is not None else PARSED_UNSET
    )
    if preferred_currency_conversion_rate is not UNSET and (
        type(preferred_currency_conversion_rate) is not float and type(preferred_currency_conversion_rate) is not int
    ):
        preferred_currency_conversion_rate = read_as(
            "float", preferred_currency_conversion_rate, "MoneyOtherCoinageItem", "preferredCurrencyConversionRate"
        )

    return preferred_currency_conversion_rate


def _parse_other_coinage_metadata(d: Mapping[str, Any]) -> FlightPassPaymentMetadataWrapper | Unset:
    _other_coinage_metadata = _v if (_v := d.get("otherCoinageMetadata")) is not None else PARSED_UNSET
    other_coinage_metadata: FlightPassPaymentMetadataWrapper | Unset
    if isinstance(_other_coinage_metadata, Unset):
        other_coinage_metadata = UNSET
    else:
        other_coinage_metadata = FlightPassPaymentMetadataWrapper.from_dict(_other_coinage_metadata)

    return other_coinage_metadata


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: MoneyOtherCoinageItem, d: Mapping[str, Any]) -> None:
    _coinage_code = _v if (_v := d.get("coinageCode")) is not None else PARSED_UNSET
    coinage_code: PaymentMethod | Unset
    if isinstance(_coinage_code, Unset):
        coinage_code = UNSET
    else:
        coinage_code = PaymentMethod._members[_coinage_code]

    self.coinage_code = coinage_code
    amount: float | Unset = _v if (_v := d.get("amount")) is not None else PARSED_UNSET
    if amount is not UNSET and (type(amount) is not float and type(amount) is not int):
        amount = read_as("float", amount, "MoneyOtherCoinageItem", "amount")

    self.amount = amount
    conversion_rate: float | Unset = _v if (_v := d.get("conversionRate")) is not None else PARSED_UNSET
    if conversion_rate is not UNSET and (type(conversion_rate) is not float and type(conversion_rate) is not int):
        conversion_rate = read_as("float", conversion_rate, "MoneyOtherCoinageItem", "conversionRate")

    self.conversion_rate = conversion_rate
    preferred_currency_conversion_rate: float | Unset = (
        _v if (_v := d.get("preferredCurrencyConversionRate")) is not None else PARSED_UNSET
    )
    if preferred_currency_conversion_rate is not UNSET and (
        type(preferred_currency_conversion_rate) is not float and type(preferred_currency_conversion_rate) is not int
    ):
        preferred_currency_conversion_rate = read_as(
            "float", preferred_currency_conversion_rate, "MoneyOtherCoinageItem", "preferredCurrencyConversionRate"
        )

    self.preferred_currency_conversion_rate = preferred_currency_conversion_rate
    _other_coinage_metadata = _v if (_v := d.get("otherCoinageMetadata")) is not None else PARSED_UNSET
    other_coinage_metadata: FlightPassPaymentMetadataWrapper | Unset
    if isinstance(_other_coinage_metadata, Unset):
        other_coinage_metadata = UNSET
    else:
        other_coinage_metadata = FlightPassPaymentMetadataWrapper.from_dict(_other_coinage_metadata)

    self.other_coinage_metadata = other_coinage_metadata
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "coinage_code": ("coinageCode", _parse_coinage_code),
    "amount": ("amount", _parse_amount),
    "conversion_rate": ("conversionRate", _parse_conversion_rate),
    "preferred_currency_conversion_rate": (
        "preferredCurrencyConversionRate",
        _parse_preferred_currency_conversion_rate,
    ),
    "other_coinage_metadata": ("otherCoinageMetadata", _parse_other_coinage_metadata),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
MoneyOtherCoinageItem._field_parsers = _PARSERS
MoneyOtherCoinageItem._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(MoneyOtherCoinageItem, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = MoneyOtherCoinageItem.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.flight_pass_payment_metadata_wrapper import FlightPassPaymentMetadataWrapper
