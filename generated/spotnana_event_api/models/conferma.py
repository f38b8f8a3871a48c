from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.card_company import CardCompany
from ..types import (
    PARSED_UNSET,
    UNSET,
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
    from ..models.payment_instruction_config import PaymentInstructionConfig
    from ..models.payment_instruction_id import PaymentInstructionId


T = TypeVar("T", bound="Conferma")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cardPoolClientId",
        "cardLabel",
        "company",
        "paymentInstructionIds",
        "paymentInstruction",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "cardPoolClientId",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "cardPoolClientId": ("card_pool_client_id", True, ("str",), None),
    "cardLabel": ("card_label", False, ("str",), None),
    "company": ("company", False, ("enum", "card_company", "CardCompany"), None),
    "paymentInstructionIds": (
        "payment_instruction_ids",
        False,
        ("list", ("model", "payment_instruction_id", "PaymentInstructionId")),
        None,
    ),
    "paymentInstruction": (
        "payment_instruction",
        False,
        ("model", "payment_instruction_config", "PaymentInstructionConfig"),
        None,
    ),
}


def _enum_company(value: CardCompany | str | Unset) -> CardCompany | Unset:
    converted: CardCompany | Unset = enum_field(value, CardCompany, "Conferma", "company")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class Conferma:
    """
    Attributes:
        card_pool_client_id (str): JSON ``cardPoolClientId``; example test-id.
        card_label (str | Unset): JSON ``cardLabel``; example cardCompany.
        company (CardCompany | Unset): JSON ``company``; example VISA; one of NONE, VISA, MASTERCARD, AMEX, DISCOVER,
            AIR_TRAVEL_UATP, CARTE_BLANCHE, DINERS_CLUB, JCB, BREX, UNION_PAY, EURO_CARD, ACCESS_CARD, ELO_CARD.
        payment_instruction_ids (list[PaymentInstructionId] | Unset): JSON ``paymentInstructionIds``; Deprecated (sunset
            2026-07-01).
        payment_instruction (PaymentInstructionConfig | Unset): JSON ``paymentInstruction``.
    """

    card_pool_client_id: str
    card_label: str | Unset = UNSET
    company: CardCompany | Unset = _attrs_field(default=UNSET, converter=_enum_company)
    payment_instruction_ids: list[PaymentInstructionId] | Unset = UNSET
    payment_instruction: PaymentInstructionConfig | Unset = UNSET
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
            card_pool_client_id = self.card_pool_client_id

            card_label = self.card_label

            company: str | Unset = UNSET
            if not isinstance(self.company, Unset):
                company = self.company.value

            payment_instruction_ids: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.payment_instruction_ids, Unset):
                payment_instruction_ids = []
                for payment_instruction_ids_item_data in self.payment_instruction_ids:
                    payment_instruction_ids_item = payment_instruction_ids_item_data.to_dict()
                    payment_instruction_ids.append(payment_instruction_ids_item)

            payment_instruction: dict[str, Any] | Unset = UNSET
            if not isinstance(self.payment_instruction, Unset):
                payment_instruction = self.payment_instruction.to_dict()

            field_dict: dict[str, Any] = {}
            field_dict["cardPoolClientId"] = card_pool_client_id
            if card_label is not UNSET:
                field_dict["cardLabel"] = card_label
            if company is not UNSET:
                field_dict["company"] = company
            if payment_instruction_ids is not UNSET:
                field_dict["paymentInstructionIds"] = payment_instruction_ids
            if payment_instruction is not UNSET:
                field_dict["paymentInstruction"] = payment_instruction
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
        def require(self, name: Literal["card_label"], /) -> str: ...
        @overload
        def require(self, name: Literal["company"], /) -> CardCompany: ...
        @overload
        def require(self, name: Literal["payment_instruction_ids"], /) -> list[PaymentInstructionId]: ...
        @overload
        def require(self, name: Literal["payment_instruction"], /) -> PaymentInstructionConfig: ...
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
            raise ModelParseError(f"Conferma: expected a JSON object, got {type(src_dict).__name__}")
        if "cardPoolClientId" not in src_dict:
            raise MissingRequiredFieldError("Conferma", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is Conferma:
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


def _parse_card_pool_client_id(d: Mapping[str, Any]) -> str:
    card_pool_client_id: str = d["cardPoolClientId"]
    if type(card_pool_client_id) is not str:
        card_pool_client_id = read_as("str", card_pool_client_id, "Conferma", "cardPoolClientId")

    return card_pool_client_id


def _parse_card_label(d: Mapping[str, Any]) -> str | Unset:
    card_label: str | Unset = _v if (_v := d.get("cardLabel")) is not None else PARSED_UNSET
    if card_label is not UNSET and (type(card_label) is not str):
        card_label = read_as("str", card_label, "Conferma", "cardLabel")

    return card_label


def _parse_company(d: Mapping[str, Any]) -> CardCompany | Unset:
    _company = _v if (_v := d.get("company")) is not None else PARSED_UNSET
    company: CardCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = CardCompany._members[_company]

    return company


def _parse_payment_instruction_ids(d: Mapping[str, Any]) -> list[PaymentInstructionId] | Unset:
    _payment_instruction_ids = _v if (_v := d.get("paymentInstructionIds")) is not None else PARSED_UNSET
    payment_instruction_ids: list[PaymentInstructionId] | Unset = UNSET
    if _payment_instruction_ids is not UNSET:
        payment_instruction_ids = []
        for payment_instruction_ids_item_data in _payment_instruction_ids:
            payment_instruction_ids_item = PaymentInstructionId.from_dict(payment_instruction_ids_item_data)

            payment_instruction_ids.append(payment_instruction_ids_item)

    return payment_instruction_ids


def _parse_payment_instruction(d: Mapping[str, Any]) -> PaymentInstructionConfig | Unset:
    _payment_instruction = _v if (_v := d.get("paymentInstruction")) is not None else PARSED_UNSET
    payment_instruction: PaymentInstructionConfig | Unset
    if isinstance(_payment_instruction, Unset):
        payment_instruction = UNSET
    else:
        payment_instruction = PaymentInstructionConfig.from_dict(_payment_instruction)

    return payment_instruction


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: Conferma, d: Mapping[str, Any]) -> None:
    card_pool_client_id: str = d["cardPoolClientId"]
    if type(card_pool_client_id) is not str:
        card_pool_client_id = read_as("str", card_pool_client_id, "Conferma", "cardPoolClientId")

    self.card_pool_client_id = card_pool_client_id
    card_label: str | Unset = _v if (_v := d.get("cardLabel")) is not None else PARSED_UNSET
    if card_label is not UNSET and (type(card_label) is not str):
        card_label = read_as("str", card_label, "Conferma", "cardLabel")

    self.card_label = card_label
    _company = _v if (_v := d.get("company")) is not None else PARSED_UNSET
    company: CardCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = CardCompany._members[_company]

    self.company = company
    _payment_instruction_ids = _v if (_v := d.get("paymentInstructionIds")) is not None else PARSED_UNSET
    payment_instruction_ids: list[PaymentInstructionId] | Unset = UNSET
    if _payment_instruction_ids is not UNSET:
        payment_instruction_ids = []
        for payment_instruction_ids_item_data in _payment_instruction_ids:
            payment_instruction_ids_item = PaymentInstructionId.from_dict(payment_instruction_ids_item_data)

            payment_instruction_ids.append(payment_instruction_ids_item)

    self.payment_instruction_ids = payment_instruction_ids
    _payment_instruction = _v if (_v := d.get("paymentInstruction")) is not None else PARSED_UNSET
    payment_instruction: PaymentInstructionConfig | Unset
    if isinstance(_payment_instruction, Unset):
        payment_instruction = UNSET
    else:
        payment_instruction = PaymentInstructionConfig.from_dict(_payment_instruction)

    self.payment_instruction = payment_instruction
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "card_pool_client_id": ("cardPoolClientId", _parse_card_pool_client_id),
    "card_label": ("cardLabel", _parse_card_label),
    "company": ("company", _parse_company),
    "payment_instruction_ids": ("paymentInstructionIds", _parse_payment_instruction_ids),
    "payment_instruction": ("paymentInstruction", _parse_payment_instruction),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
Conferma._field_parsers = _PARSERS
Conferma._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    Conferma,
    {
        "payment_instruction_ids": ("paymentInstructionIds", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(Conferma, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = Conferma.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.payment_instruction_config import PaymentInstructionConfig
from ..models.payment_instruction_id import PaymentInstructionId
