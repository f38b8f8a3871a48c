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
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.flight_pass_tax import FlightPassTax
    from ..models.money import Money


T = TypeVar("T", bound="FlightPassPaymentAmounts")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "totalAmount",
        "baseAmount",
        "totalTaxes",
        "taxBreakdown",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "totalAmount": ("total_amount", False, ("model", "money", "Money"), None),
    "baseAmount": ("base_amount", False, ("model", "money", "Money"), None),
    "totalTaxes": ("total_taxes", False, ("model", "money", "Money"), None),
    "taxBreakdown": ("tax_breakdown", False, ("list", ("model", "flight_pass_tax", "FlightPassTax")), None),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class FlightPassPaymentAmounts:
    """
    Attributes:
        total_amount (Money | Unset): JSON ``totalAmount``.
        base_amount (Money | Unset): JSON ``baseAmount``.
        total_taxes (Money | Unset): JSON ``totalTaxes``.
        tax_breakdown (list[FlightPassTax] | Unset): JSON ``taxBreakdown``.
    """

    total_amount: Money | Unset = UNSET
    base_amount: Money | Unset = UNSET
    total_taxes: Money | Unset = UNSET
    tax_breakdown: list[FlightPassTax] | Unset = UNSET
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
            total_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.total_amount, Unset):
                total_amount = self.total_amount.to_dict()

            base_amount: dict[str, Any] | Unset = UNSET
            if not isinstance(self.base_amount, Unset):
                base_amount = self.base_amount.to_dict()

            total_taxes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.total_taxes, Unset):
                total_taxes = self.total_taxes.to_dict()

            tax_breakdown: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tax_breakdown, Unset):
                tax_breakdown = []
                for tax_breakdown_item_data in self.tax_breakdown:
                    tax_breakdown_item = tax_breakdown_item_data.to_dict()
                    tax_breakdown.append(tax_breakdown_item)

            field_dict: dict[str, Any] = {}
            if total_amount is not UNSET:
                field_dict["totalAmount"] = total_amount
            if base_amount is not UNSET:
                field_dict["baseAmount"] = base_amount
            if total_taxes is not UNSET:
                field_dict["totalTaxes"] = total_taxes
            if tax_breakdown is not UNSET:
                field_dict["taxBreakdown"] = tax_breakdown
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
        def require(self, name: Literal["total_amount"], /) -> Money: ...
        @overload
        def require(self, name: Literal["base_amount"], /) -> Money: ...
        @overload
        def require(self, name: Literal["total_taxes"], /) -> Money: ...
        @overload
        def require(self, name: Literal["tax_breakdown"], /) -> list[FlightPassTax]: ...
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
            raise ModelParseError(f"FlightPassPaymentAmounts: expected a JSON object, got {type(src_dict).__name__}")
        if cls is FlightPassPaymentAmounts:
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


def _parse_total_amount(d: Mapping[str, Any]) -> Money | Unset:
    _total_amount = _v if (_v := d.get("totalAmount")) is not None else PARSED_UNSET
    total_amount: Money | Unset
    if isinstance(_total_amount, Unset):
        total_amount = UNSET
    else:
        total_amount = Money.from_dict(_total_amount)

    return total_amount


def _parse_base_amount(d: Mapping[str, Any]) -> Money | Unset:
    _base_amount = _v if (_v := d.get("baseAmount")) is not None else PARSED_UNSET
    base_amount: Money | Unset
    if isinstance(_base_amount, Unset):
        base_amount = UNSET
    else:
        base_amount = Money.from_dict(_base_amount)

    return base_amount


def _parse_total_taxes(d: Mapping[str, Any]) -> Money | Unset:
    _total_taxes = _v if (_v := d.get("totalTaxes")) is not None else PARSED_UNSET
    total_taxes: Money | Unset
    if isinstance(_total_taxes, Unset):
        total_taxes = UNSET
    else:
        total_taxes = Money.from_dict(_total_taxes)

    return total_taxes


def _parse_tax_breakdown(d: Mapping[str, Any]) -> list[FlightPassTax] | Unset:
    _tax_breakdown = _v if (_v := d.get("taxBreakdown")) is not None else PARSED_UNSET
    tax_breakdown: list[FlightPassTax] | Unset = UNSET
    if _tax_breakdown is not UNSET:
        tax_breakdown = []
        for tax_breakdown_item_data in _tax_breakdown:
            tax_breakdown_item = FlightPassTax.from_dict(tax_breakdown_item_data)

            tax_breakdown.append(tax_breakdown_item)

    return tax_breakdown


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: FlightPassPaymentAmounts, d: Mapping[str, Any]) -> None:
    _total_amount = _v if (_v := d.get("totalAmount")) is not None else PARSED_UNSET
    total_amount: Money | Unset
    if isinstance(_total_amount, Unset):
        total_amount = UNSET
    else:
        total_amount = Money.from_dict(_total_amount)

    self.total_amount = total_amount
    _base_amount = _v if (_v := d.get("baseAmount")) is not None else PARSED_UNSET
    base_amount: Money | Unset
    if isinstance(_base_amount, Unset):
        base_amount = UNSET
    else:
        base_amount = Money.from_dict(_base_amount)

    self.base_amount = base_amount
    _total_taxes = _v if (_v := d.get("totalTaxes")) is not None else PARSED_UNSET
    total_taxes: Money | Unset
    if isinstance(_total_taxes, Unset):
        total_taxes = UNSET
    else:
        total_taxes = Money.from_dict(_total_taxes)

    self.total_taxes = total_taxes
    _tax_breakdown = _v if (_v := d.get("taxBreakdown")) is not None else PARSED_UNSET
    tax_breakdown: list[FlightPassTax] | Unset = UNSET
    if _tax_breakdown is not UNSET:
        tax_breakdown = []
        for tax_breakdown_item_data in _tax_breakdown:
            tax_breakdown_item = FlightPassTax.from_dict(tax_breakdown_item_data)

            tax_breakdown.append(tax_breakdown_item)

    self.tax_breakdown = tax_breakdown
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "total_amount": ("totalAmount", _parse_total_amount),
    "base_amount": ("baseAmount", _parse_base_amount),
    "total_taxes": ("totalTaxes", _parse_total_taxes),
    "tax_breakdown": ("taxBreakdown", _parse_tax_breakdown),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
FlightPassPaymentAmounts._field_parsers = _PARSERS
FlightPassPaymentAmounts._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(FlightPassPaymentAmounts, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = FlightPassPaymentAmounts.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.flight_pass_tax import FlightPassTax
from ..models.money import Money
