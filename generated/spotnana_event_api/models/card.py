from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from ..models.card_company import CardCompany
from ..models.card_type import CardType
from ..models.ownership_label import OwnershipLabel
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
    from ..models.expiry_wrapper import ExpiryWrapper
    from ..models.postal_address import PostalAddress
    from ..models.tokenized_expiry_wrapper import TokenizedExpiryWrapper


T = TypeVar("T", bound="Card")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "number",
        "id",
        "type",
        "company",
        "name",
        "address",
        "expiryMonth",
        "expiryYear",
        "cvv",
        "label",
        "currency",
        "externalId",
        "vaultId",
        "expiry",
        "ownershipLabel",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "number",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "number": ("number", True, ("str",), None),
    "id": ("id", False, ("uuid",), None),
    "type": ("type_", False, ("enum", "card_type", "CardType"), None),
    "company": ("company", False, ("enum", "card_company", "CardCompany"), None),
    "name": ("name", False, ("str",), None),
    "address": ("address", False, ("model", "postal_address", "PostalAddress"), None),
    "expiryMonth": ("expiry_month", False, ("int",), {"minimum": 1, "maximum": 12}),
    "expiryYear": ("expiry_year", False, ("int",), {"minimum": 2000}),
    "cvv": ("cvv", False, ("str",), None),
    "label": ("label", False, ("str",), None),
    "currency": ("currency", False, ("str",), None),
    "externalId": ("external_id", False, ("str",), None),
    "vaultId": ("vault_id", False, ("uuid",), None),
    "expiry": (
        "expiry",
        False,
        (
            "union",
            (
                ("model", "tokenized_expiry_wrapper", "TokenizedExpiryWrapper"),
                ("model", "expiry_wrapper", "ExpiryWrapper"),
            ),
        ),
        None,
    ),
    "ownershipLabel": ("ownership_label", False, ("enum", "ownership_label", "OwnershipLabel"), None),
}


def _enum_type_(value: CardType | str | Unset) -> CardType | Unset:
    converted: CardType | Unset = enum_field(value, CardType, "Card", "type_")
    return converted


def _enum_company(value: CardCompany | str | Unset) -> CardCompany | Unset:
    converted: CardCompany | Unset = enum_field(value, CardCompany, "Card", "company")
    return converted


def _enum_ownership_label(value: OwnershipLabel | str | Unset) -> OwnershipLabel | Unset:
    converted: OwnershipLabel | Unset = enum_field(value, OwnershipLabel, "Card", "ownership_label")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class Card:
    """
    Attributes:
        number (str): JSON ``number``; example 4111111111111111.
        id (UUID | Unset): JSON ``id``; format uuid; example 34d536b6-f8ff-11eb-9a61-0242ac180002.
        type_ (CardType | Unset): JSON ``type``; example CREDIT; one of UNKNOWN, CREDIT, DEBIT.
        company (CardCompany | Unset): JSON ``company``; example VISA; one of NONE, VISA, MASTERCARD, AMEX, DISCOVER,
            AIR_TRAVEL_UATP, CARTE_BLANCHE, DINERS_CLUB, JCB, BREX, UNION_PAY, EURO_CARD, ACCESS_CARD, ELO_CARD.
        name (str | Unset): JSON ``name``; example Harrison Schwartz.
        address (PostalAddress | Unset): JSON ``address``.
        expiry_month (int | Unset): JSON ``expiryMonth``; format int32; minimum 1; maximum 12; example 1; Deprecated
            (sunset 2026-07-01).
        expiry_year (int | Unset): JSON ``expiryYear``; format int32; minimum 2000; example 2010; Deprecated (sunset
            2026-07-01).
        cvv (str | Unset): JSON ``cvv``; example 012.
        label (str | Unset): JSON ``label``; example Label amex.
        currency (str | Unset): JSON ``currency``; example USD.
        external_id (str | Unset): JSON ``externalId``; example bxt_RNGsNfzgJDaTstKIKqK4xEuhGYAnMdYK8T40.
        vault_id (UUID | Unset): JSON ``vaultId``; format uuid; example 34d536b6-f8ff-11eb-9a61-0242ac180002.
        expiry (ExpiryWrapper | TokenizedExpiryWrapper | Unset): JSON ``expiry``.
        ownership_label (OwnershipLabel | Unset): JSON ``ownershipLabel``; one of CORPORATE, PERSONAL, CENTRAL.
    """

    number: str
    id: UUID | Unset = UNSET
    type_: CardType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    company: CardCompany | Unset = _attrs_field(default=UNSET, converter=_enum_company)
    name: str | Unset = UNSET
    address: PostalAddress | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    cvv: str | Unset = UNSET
    label: str | Unset = UNSET
    currency: str | Unset = UNSET
    external_id: str | Unset = UNSET
    vault_id: UUID | Unset = UNSET
    expiry: ExpiryWrapper | TokenizedExpiryWrapper | UnknownVariant | Unset = UNSET
    ownership_label: OwnershipLabel | Unset = _attrs_field(default=UNSET, converter=_enum_ownership_label)
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
            number = self.number

            id: str | Unset = UNSET
            if not isinstance(self.id, Unset):
                id = str(self.id)

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            company: str | Unset = UNSET
            if not isinstance(self.company, Unset):
                company = self.company.value

            name = self.name

            address: dict[str, Any] | Unset = UNSET
            if not isinstance(self.address, Unset):
                address = self.address.to_dict()

            expiry_month = self.expiry_month

            expiry_year = self.expiry_year

            cvv = self.cvv

            label = self.label

            currency = self.currency

            external_id = self.external_id

            vault_id: str | Unset = UNSET
            if not isinstance(self.vault_id, Unset):
                vault_id = str(self.vault_id)

            expiry: dict[str, Any] | Unset
            if isinstance(self.expiry, Unset):
                expiry = UNSET
            elif isinstance(self.expiry, TokenizedExpiryWrapper):
                expiry = self.expiry.to_dict()
            else:
                expiry = self.expiry.to_dict()

            ownership_label: str | Unset = UNSET
            if not isinstance(self.ownership_label, Unset):
                ownership_label = self.ownership_label.value

            field_dict: dict[str, Any] = {}
            field_dict["number"] = number
            if id is not UNSET:
                field_dict["id"] = id
            if type_ is not UNSET:
                field_dict["type"] = type_
            if company is not UNSET:
                field_dict["company"] = company
            if name is not UNSET:
                field_dict["name"] = name
            if address is not UNSET:
                field_dict["address"] = address
            if expiry_month is not UNSET:
                field_dict["expiryMonth"] = expiry_month
            if expiry_year is not UNSET:
                field_dict["expiryYear"] = expiry_year
            if cvv is not UNSET:
                field_dict["cvv"] = cvv
            if label is not UNSET:
                field_dict["label"] = label
            if currency is not UNSET:
                field_dict["currency"] = currency
            if external_id is not UNSET:
                field_dict["externalId"] = external_id
            if vault_id is not UNSET:
                field_dict["vaultId"] = vault_id
            if expiry is not UNSET:
                field_dict["expiry"] = expiry
            if ownership_label is not UNSET:
                field_dict["ownershipLabel"] = ownership_label
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
        def require(self, name: Literal["id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["type_"], /) -> CardType: ...
        @overload
        def require(self, name: Literal["company"], /) -> CardCompany: ...
        @overload
        def require(self, name: Literal["name"], /) -> str: ...
        @overload
        def require(self, name: Literal["address"], /) -> PostalAddress: ...
        @overload
        def require(self, name: Literal["expiry_month"], /) -> int: ...
        @overload
        def require(self, name: Literal["expiry_year"], /) -> int: ...
        @overload
        def require(self, name: Literal["cvv"], /) -> str: ...
        @overload
        def require(self, name: Literal["label"], /) -> str: ...
        @overload
        def require(self, name: Literal["currency"], /) -> str: ...
        @overload
        def require(self, name: Literal["external_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["vault_id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["expiry"], /) -> ExpiryWrapper | TokenizedExpiryWrapper | UnknownVariant: ...
        @overload
        def require(self, name: Literal["ownership_label"], /) -> OwnershipLabel: ...
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
            raise ModelParseError(f"Card: expected a JSON object, got {type(src_dict).__name__}")
        if "number" not in src_dict:
            raise MissingRequiredFieldError("Card", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is Card:
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


def _parse_number(d: Mapping[str, Any]) -> str:
    number: str = d["number"]
    if type(number) is not str:
        number = read_as("str", number, "Card", "number")

    return number


def _parse_id(d: Mapping[str, Any]) -> UUID | Unset:
    _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    id: UUID | Unset
    if isinstance(_id, Unset):
        id = UNSET
    else:
        id = UUID(_id)

    return id


def _parse_type_(d: Mapping[str, Any]) -> CardType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: CardType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = CardType._members[_type_]

    return type_


def _parse_company(d: Mapping[str, Any]) -> CardCompany | Unset:
    _company = _v if (_v := d.get("company")) is not None else PARSED_UNSET
    company: CardCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = CardCompany._members[_company]

    return company


def _parse_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "Card", "name")

    return name


def _parse_address(d: Mapping[str, Any]) -> PostalAddress | Unset:
    _address = _v if (_v := d.get("address")) is not None else PARSED_UNSET
    address: PostalAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = PostalAddress.from_dict(_address)

    return address


def _parse_expiry_month(d: Mapping[str, Any]) -> int | Unset:
    expiry_month: int | Unset = _v if (_v := d.get("expiryMonth")) is not None else PARSED_UNSET
    if expiry_month is not UNSET and (type(expiry_month) is not int):
        expiry_month = read_as("int", expiry_month, "Card", "expiryMonth")

    return expiry_month


def _parse_expiry_year(d: Mapping[str, Any]) -> int | Unset:
    expiry_year: int | Unset = _v if (_v := d.get("expiryYear")) is not None else PARSED_UNSET
    if expiry_year is not UNSET and (type(expiry_year) is not int):
        expiry_year = read_as("int", expiry_year, "Card", "expiryYear")

    return expiry_year


def _parse_cvv(d: Mapping[str, Any]) -> str | Unset:
    cvv: str | Unset = _v if (_v := d.get("cvv")) is not None else PARSED_UNSET
    if cvv is not UNSET and (type(cvv) is not str):
        cvv = read_as("str", cvv, "Card", "cvv")

    return cvv


def _parse_label(d: Mapping[str, Any]) -> str | Unset:
    label: str | Unset = _v if (_v := d.get("label")) is not None else PARSED_UNSET
    if label is not UNSET and (type(label) is not str):
        label = read_as("str", label, "Card", "label")

    return label


def _parse_currency(d: Mapping[str, Any]) -> str | Unset:
    currency: str | Unset = _v if (_v := d.get("currency")) is not None else PARSED_UNSET
    if currency is not UNSET and (type(currency) is not str):
        currency = read_as("str", currency, "Card", "currency")

    return currency


def _parse_external_id(d: Mapping[str, Any]) -> str | Unset:
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "Card", "externalId")

    return external_id


def _parse_vault_id(d: Mapping[str, Any]) -> UUID | Unset:
    _vault_id = _v if (_v := d.get("vaultId")) is not None else PARSED_UNSET
    vault_id: UUID | Unset
    if isinstance(_vault_id, Unset):
        vault_id = UNSET
    else:
        vault_id = UUID(_vault_id)

    return vault_id


def _parse_expiry(d: Mapping[str, Any]) -> ExpiryWrapper | TokenizedExpiryWrapper | UnknownVariant | Unset:
    _expiry_data = _v if (_v := d.get("expiry")) is not None else PARSED_UNSET
    expiry: ExpiryWrapper | TokenizedExpiryWrapper | UnknownVariant | Unset
    if isinstance(_expiry_data, Unset):
        expiry = UNSET
    elif not isinstance(_expiry_data, dict):
        raise UnknownVariantError("ExpiryWrapper | TokenizedExpiryWrapper", _expiry_data)
    elif "tokenizedExpiry" in _expiry_data:
        expiry = TokenizedExpiryWrapper.from_dict(_expiry_data)
    elif "expiry" in _expiry_data:
        expiry = ExpiryWrapper.from_dict(_expiry_data)
    else:
        expiry = UnknownVariant(_expiry_data)

    return expiry


def _parse_ownership_label(d: Mapping[str, Any]) -> OwnershipLabel | Unset:
    _ownership_label = _v if (_v := d.get("ownershipLabel")) is not None else PARSED_UNSET
    ownership_label: OwnershipLabel | Unset
    if isinstance(_ownership_label, Unset):
        ownership_label = UNSET
    else:
        ownership_label = OwnershipLabel._members[_ownership_label]

    return ownership_label


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: Card, d: Mapping[str, Any]) -> None:
    number: str = d["number"]
    if type(number) is not str:
        number = read_as("str", number, "Card", "number")

    self.number = number
    _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    id: UUID | Unset
    if isinstance(_id, Unset):
        id = UNSET
    else:
        id = UUID(_id)

    self.id = id
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: CardType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = CardType._members[_type_]

    self.type_ = type_
    _company = _v if (_v := d.get("company")) is not None else PARSED_UNSET
    company: CardCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = CardCompany._members[_company]

    self.company = company
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "Card", "name")

    self.name = name
    _address = _v if (_v := d.get("address")) is not None else PARSED_UNSET
    address: PostalAddress | Unset
    if isinstance(_address, Unset):
        address = UNSET
    else:
        address = PostalAddress.from_dict(_address)

    self.address = address
    expiry_month: int | Unset = _v if (_v := d.get("expiryMonth")) is not None else PARSED_UNSET
    if expiry_month is not UNSET and (type(expiry_month) is not int):
        expiry_month = read_as("int", expiry_month, "Card", "expiryMonth")

    self.expiry_month = expiry_month
    expiry_year: int | Unset = _v if (_v := d.get("expiryYear")) is not None else PARSED_UNSET
    if expiry_year is not UNSET and (type(expiry_year) is not int):
        expiry_year = read_as("int", expiry_year, "Card", "expiryYear")

    self.expiry_year = expiry_year
    cvv: str | Unset = _v if (_v := d.get("cvv")) is not None else PARSED_UNSET
    if cvv is not UNSET and (type(cvv) is not str):
        cvv = read_as("str", cvv, "Card", "cvv")

    self.cvv = cvv
    label: str | Unset = _v if (_v := d.get("label")) is not None else PARSED_UNSET
    if label is not UNSET and (type(label) is not str):
        label = read_as("str", label, "Card", "label")

    self.label = label
    currency: str | Unset = _v if (_v := d.get("currency")) is not None else PARSED_UNSET
    if currency is not UNSET and (type(currency) is not str):
        currency = read_as("str", currency, "Card", "currency")

    self.currency = currency
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "Card", "externalId")

    self.external_id = external_id
    _vault_id = _v if (_v := d.get("vaultId")) is not None else PARSED_UNSET
    vault_id: UUID | Unset
    if isinstance(_vault_id, Unset):
        vault_id = UNSET
    else:
        vault_id = UUID(_vault_id)

    self.vault_id = vault_id
    _expiry_data = _v if (_v := d.get("expiry")) is not None else PARSED_UNSET
    expiry: ExpiryWrapper | TokenizedExpiryWrapper | UnknownVariant | Unset
    if isinstance(_expiry_data, Unset):
        expiry = UNSET
    elif not isinstance(_expiry_data, dict):
        raise UnknownVariantError("ExpiryWrapper | TokenizedExpiryWrapper", _expiry_data)
    elif "tokenizedExpiry" in _expiry_data:
        expiry = TokenizedExpiryWrapper.from_dict(_expiry_data)
    elif "expiry" in _expiry_data:
        expiry = ExpiryWrapper.from_dict(_expiry_data)
    else:
        expiry = UnknownVariant(_expiry_data)

    self.expiry = expiry
    _ownership_label = _v if (_v := d.get("ownershipLabel")) is not None else PARSED_UNSET
    ownership_label: OwnershipLabel | Unset
    if isinstance(_ownership_label, Unset):
        ownership_label = UNSET
    else:
        ownership_label = OwnershipLabel._members[_ownership_label]

    self.ownership_label = ownership_label
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "number": ("number", _parse_number),
    "id": ("id", _parse_id),
    "type_": ("type", _parse_type_),
    "company": ("company", _parse_company),
    "name": ("name", _parse_name),
    "address": ("address", _parse_address),
    "expiry_month": ("expiryMonth", _parse_expiry_month),
    "expiry_year": ("expiryYear", _parse_expiry_year),
    "cvv": ("cvv", _parse_cvv),
    "label": ("label", _parse_label),
    "currency": ("currency", _parse_currency),
    "external_id": ("externalId", _parse_external_id),
    "vault_id": ("vaultId", _parse_vault_id),
    "expiry": ("expiry", _parse_expiry),
    "ownership_label": ("ownershipLabel", _parse_ownership_label),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
Card._field_parsers = _PARSERS
Card._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    Card,
    {
        "expiry_month": ("expiryMonth", "2026-07-01"),
        "expiry_year": ("expiryYear", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(Card, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = Card.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.expiry_wrapper import ExpiryWrapper
from ..models.postal_address import PostalAddress
from ..models.tokenized_expiry_wrapper import TokenizedExpiryWrapper
