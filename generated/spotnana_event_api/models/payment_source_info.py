from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from ..models.payment_source_status import PaymentSourceStatus
from ..models.payment_source_type import PaymentSourceType
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
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.card_descriptor_wrapper import CardDescriptorWrapper
    from ..models.cash_descriptor_wrapper import CashDescriptorWrapper
    from ..models.custom_payment_method_descriptor_wrapper import CustomPaymentMethodDescriptorWrapper
    from ..models.delayed_invoicing_descriptor_wrapper import DelayedInvoicingDescriptorWrapper
    from ..models.payment_source_mapping import PaymentSourceMapping
    from ..models.rewards_program_descriptor_wrapper import RewardsProgramDescriptorWrapper
    from ..models.unused_credit_descriptor_wrapper import UnusedCreditDescriptorWrapper
    from ..models.vendor_program_payment_descriptor_wrapper import VendorProgramPaymentDescriptorWrapper
    from ..models.virtual_card_descriptor_wrapper import VirtualCardDescriptorWrapper


T = TypeVar("T", bound="PaymentSourceInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "paymentSource",
        "type",
        "mapping",
        "status",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "paymentSource",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "id": ("id", True, ("uuid",), None),
    "paymentSource": (
        "payment_source",
        True,
        (
            "union",
            (
                ("model", "card_descriptor_wrapper", "CardDescriptorWrapper"),
                ("model", "rewards_program_descriptor_wrapper", "RewardsProgramDescriptorWrapper"),
                ("model", "virtual_card_descriptor_wrapper", "VirtualCardDescriptorWrapper"),
                ("model", "custom_payment_method_descriptor_wrapper", "CustomPaymentMethodDescriptorWrapper"),
                ("model", "vendor_program_payment_descriptor_wrapper", "VendorProgramPaymentDescriptorWrapper"),
                ("model", "delayed_invoicing_descriptor_wrapper", "DelayedInvoicingDescriptorWrapper"),
                ("model", "unused_credit_descriptor_wrapper", "UnusedCreditDescriptorWrapper"),
                ("model", "cash_descriptor_wrapper", "CashDescriptorWrapper"),
            ),
        ),
        None,
    ),
    "type": ("type_", False, ("enum", "payment_source_type", "PaymentSourceType"), None),
    "mapping": ("mapping", False, ("model", "payment_source_mapping", "PaymentSourceMapping"), None),
    "status": ("status", False, ("enum", "payment_source_status", "PaymentSourceStatus"), None),
}


def _enum_type_(value: PaymentSourceType | str | Unset) -> PaymentSourceType | Unset:
    converted: PaymentSourceType | Unset = enum_field(value, PaymentSourceType, "PaymentSourceInfo", "type_")
    return converted


def _enum_status(value: PaymentSourceStatus | str | Unset) -> PaymentSourceStatus | Unset:
    converted: PaymentSourceStatus | Unset = enum_field(value, PaymentSourceStatus, "PaymentSourceInfo", "status")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class PaymentSourceInfo:
    """
    Attributes:
        id (UUID): JSON ``id``; format uuid; example f49d00fe-1eda-4304-ba79-a980f565281d.
        payment_source (CardDescriptorWrapper | CashDescriptorWrapper | CustomPaymentMethodDescriptorWrapper |
            DelayedInvoicingDescriptorWrapper | RewardsProgramDescriptorWrapper | UnusedCreditDescriptorWrapper |
            VendorProgramPaymentDescriptorWrapper | VirtualCardDescriptorWrapper): JSON ``paymentSource``.
        type_ (PaymentSourceType | Unset): JSON ``type``; one of CARD, VIRTUAL_CARD, REWARDS_PROGRAM, DELAYED_INVOICING,
            CUSTOM_PAYMENT_METHOD, VENDOR_PROGRAM_PAYMENT, UNUSED_CREDIT, CASH.
        mapping (PaymentSourceMapping | Unset): JSON ``mapping``; Deprecated (sunset 2026-07-01).
        status (PaymentSourceStatus | Unset): JSON ``status``; one of ACTIVE, INCOMPLETE, TEMPORARY_READY,
            TEMPORARY_USED, TEMPORARY_EXPIRED, TEMPORARY_INCOMPLETE.
    """

    id: UUID
    payment_source: (
        CardDescriptorWrapper
        | CashDescriptorWrapper
        | CustomPaymentMethodDescriptorWrapper
        | DelayedInvoicingDescriptorWrapper
        | RewardsProgramDescriptorWrapper
        | UnusedCreditDescriptorWrapper
        | VendorProgramPaymentDescriptorWrapper
        | VirtualCardDescriptorWrapper
        | UnknownVariant
    )
    type_: PaymentSourceType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    mapping: PaymentSourceMapping | Unset = UNSET
    status: PaymentSourceStatus | Unset = _attrs_field(default=UNSET, converter=_enum_status)
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
            id = str(self.id)

            payment_source: dict[str, Any]
            if isinstance(self.payment_source, CardDescriptorWrapper):
                payment_source = self.payment_source.to_dict()
            elif isinstance(self.payment_source, RewardsProgramDescriptorWrapper):
                payment_source = self.payment_source.to_dict()
            elif isinstance(self.payment_source, VirtualCardDescriptorWrapper):
                payment_source = self.payment_source.to_dict()
            elif isinstance(self.payment_source, CustomPaymentMethodDescriptorWrapper):
                payment_source = self.payment_source.to_dict()
            elif isinstance(self.payment_source, VendorProgramPaymentDescriptorWrapper):
                payment_source = self.payment_source.to_dict()
            elif isinstance(self.payment_source, DelayedInvoicingDescriptorWrapper):
                payment_source = self.payment_source.to_dict()
            elif isinstance(self.payment_source, UnusedCreditDescriptorWrapper):
                payment_source = self.payment_source.to_dict()
            else:
                payment_source = self.payment_source.to_dict()

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            mapping: dict[str, Any] | Unset = UNSET
            if not isinstance(self.mapping, Unset):
                mapping = self.mapping.to_dict()

            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

            field_dict: dict[str, Any] = {}
            field_dict["id"] = id
            field_dict["paymentSource"] = payment_source
            if type_ is not UNSET:
                field_dict["type"] = type_
            if mapping is not UNSET:
                field_dict["mapping"] = mapping
            if status is not UNSET:
                field_dict["status"] = status
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
        def require(self, name: Literal["type_"], /) -> PaymentSourceType: ...
        @overload
        def require(self, name: Literal["mapping"], /) -> PaymentSourceMapping: ...
        @overload
        def require(self, name: Literal["status"], /) -> PaymentSourceStatus: ...
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
            raise ModelParseError(f"PaymentSourceInfo: expected a JSON object, got {type(src_dict).__name__}")
        if not ("id" in src_dict and "paymentSource" in src_dict):
            raise MissingRequiredFieldError("PaymentSourceInfo", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is PaymentSourceInfo:
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


def _parse_id(d: Mapping[str, Any]) -> UUID:
    id = UUID(d["id"])

    return id


def _parse_payment_source(
    d: Mapping[str, Any],
) -> (
    CardDescriptorWrapper
    | CashDescriptorWrapper
    | CustomPaymentMethodDescriptorWrapper
    | DelayedInvoicingDescriptorWrapper
    | RewardsProgramDescriptorWrapper
    | UnusedCreditDescriptorWrapper
    | VendorProgramPaymentDescriptorWrapper
    | VirtualCardDescriptorWrapper
    | UnknownVariant
):
    _payment_source_data = d["paymentSource"]
    payment_source: (
        CardDescriptorWrapper
        | CashDescriptorWrapper
        | CustomPaymentMethodDescriptorWrapper
        | DelayedInvoicingDescriptorWrapper
        | RewardsProgramDescriptorWrapper
        | UnusedCreditDescriptorWrapper
        | VendorProgramPaymentDescriptorWrapper
        | VirtualCardDescriptorWrapper
        | UnknownVariant
    )
    if not isinstance(_payment_source_data, dict):
        raise UnknownVariantError(
            "CardDescriptorWrapper | CashDescriptorWrapper | CustomPaymentMethodDescriptorWrapper | DelayedInvoicingDescriptorWrapper | RewardsProgramDescriptorWrapper | UnusedCreditDescriptorWrapper | VendorProgramPaymentDescriptorWrapper | VirtualCardDescriptorWrapper",
            _payment_source_data,
        )
    elif "cardDescriptor" in _payment_source_data:
        payment_source = CardDescriptorWrapper.from_dict(_payment_source_data)
    elif "rewardsProgramDescriptor" in _payment_source_data:
        payment_source = RewardsProgramDescriptorWrapper.from_dict(_payment_source_data)
    elif "virtualCardDescriptor" in _payment_source_data:
        payment_source = VirtualCardDescriptorWrapper.from_dict(_payment_source_data)
    elif "customPaymentMethodDescriptor" in _payment_source_data:
        payment_source = CustomPaymentMethodDescriptorWrapper.from_dict(_payment_source_data)
    elif "vendorProgramPaymentDescriptor" in _payment_source_data:
        payment_source = VendorProgramPaymentDescriptorWrapper.from_dict(_payment_source_data)
    elif "delayedInvoicingDescriptor" in _payment_source_data:
        payment_source = DelayedInvoicingDescriptorWrapper.from_dict(_payment_source_data)
    elif "unusedCreditDescriptor" in _payment_source_data:
        payment_source = UnusedCreditDescriptorWrapper.from_dict(_payment_source_data)
    elif "cashDescriptor" in _payment_source_data:
        payment_source = CashDescriptorWrapper.from_dict(_payment_source_data)
    else:
        payment_source = UnknownVariant(_payment_source_data)

    return payment_source


def _parse_type_(d: Mapping[str, Any]) -> PaymentSourceType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: PaymentSourceType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PaymentSourceType._members[_type_]

    return type_


def _parse_mapping(d: Mapping[str, Any]) -> PaymentSourceMapping | Unset:
    _mapping = _v if (_v := d.get("mapping")) is not None else PARSED_UNSET
    mapping: PaymentSourceMapping | Unset
    if isinstance(_mapping, Unset):
        mapping = UNSET
    else:
        mapping = PaymentSourceMapping.from_dict(_mapping)

    return mapping


def _parse_status(d: Mapping[str, Any]) -> PaymentSourceStatus | Unset:
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: PaymentSourceStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PaymentSourceStatus._members[_status]

    return status


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# A page item's scalar fields, parsed on their own on the first read of one, and then the
# others (see types.LazyPageItem); each into an instance turned into the plain class for
# the while, whose stores are plain slot stores.
def _parse_scalars(self: PaymentSourceInfo, d: Mapping[str, Any]) -> None:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: PaymentSourceType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = PaymentSourceType._members[_type_]

    self.type_ = type_
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: PaymentSourceStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = PaymentSourceStatus._members[_status]

    self.status = status


def _parse_nested(self: PaymentSourceInfo, d: Mapping[str, Any]) -> None:
    id = UUID(d["id"])

    self.id = id
    _payment_source_data = d["paymentSource"]
    payment_source: (
        CardDescriptorWrapper
        | CashDescriptorWrapper
        | CustomPaymentMethodDescriptorWrapper
        | DelayedInvoicingDescriptorWrapper
        | RewardsProgramDescriptorWrapper
        | UnusedCreditDescriptorWrapper
        | VendorProgramPaymentDescriptorWrapper
        | VirtualCardDescriptorWrapper
        | UnknownVariant
    )
    if not isinstance(_payment_source_data, dict):
        raise UnknownVariantError(
            "CardDescriptorWrapper | CashDescriptorWrapper | CustomPaymentMethodDescriptorWrapper | DelayedInvoicingDescriptorWrapper | RewardsProgramDescriptorWrapper | UnusedCreditDescriptorWrapper | VendorProgramPaymentDescriptorWrapper | VirtualCardDescriptorWrapper",
            _payment_source_data,
        )
    elif "cardDescriptor" in _payment_source_data:
        payment_source = CardDescriptorWrapper.from_dict(_payment_source_data)
    elif "rewardsProgramDescriptor" in _payment_source_data:
        payment_source = RewardsProgramDescriptorWrapper.from_dict(_payment_source_data)
    elif "virtualCardDescriptor" in _payment_source_data:
        payment_source = VirtualCardDescriptorWrapper.from_dict(_payment_source_data)
    elif "customPaymentMethodDescriptor" in _payment_source_data:
        payment_source = CustomPaymentMethodDescriptorWrapper.from_dict(_payment_source_data)
    elif "vendorProgramPaymentDescriptor" in _payment_source_data:
        payment_source = VendorProgramPaymentDescriptorWrapper.from_dict(_payment_source_data)
    elif "delayedInvoicingDescriptor" in _payment_source_data:
        payment_source = DelayedInvoicingDescriptorWrapper.from_dict(_payment_source_data)
    elif "unusedCreditDescriptor" in _payment_source_data:
        payment_source = UnusedCreditDescriptorWrapper.from_dict(_payment_source_data)
    elif "cashDescriptor" in _payment_source_data:
        payment_source = CashDescriptorWrapper.from_dict(_payment_source_data)
    else:
        payment_source = UnknownVariant(_payment_source_data)

    self.payment_source = payment_source
    _mapping = _v if (_v := d.get("mapping")) is not None else PARSED_UNSET
    mapping: PaymentSourceMapping | Unset
    if isinstance(_mapping, Unset):
        mapping = UNSET
    else:
        mapping = PaymentSourceMapping.from_dict(_mapping)

    self.mapping = mapping
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


def _parse_document(self: PaymentSourceInfo, d: Mapping[str, Any]) -> None:
    _parse_scalars(self, d)
    _parse_nested(self, d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "id": ("id", _parse_id),
    "payment_source": ("paymentSource", _parse_payment_source),
    "type_": ("type", _parse_type_),
    "mapping": ("mapping", _parse_mapping),
    "status": ("status", _parse_status),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
PaymentSourceInfo._field_parsers = _PARSERS
PaymentSourceInfo._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    PaymentSourceInfo,
    {
        "mapping": ("mapping", "2026-07-01"),
    },
)

# A page item's scalar fields, parsed on the first read of one (see types.LazyPageItem).
_SCALAR_FIELDS = (
    "type_",
    "status",
)
_LAZY: Any = lazy_variant(PaymentSourceInfo, _parse_document, (_SCALAR_FIELDS, _parse_scalars, _parse_nested))
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = PaymentSourceInfo.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.card_descriptor_wrapper import CardDescriptorWrapper
from ..models.cash_descriptor_wrapper import CashDescriptorWrapper
from ..models.custom_payment_method_descriptor_wrapper import CustomPaymentMethodDescriptorWrapper
from ..models.delayed_invoicing_descriptor_wrapper import DelayedInvoicingDescriptorWrapper
from ..models.payment_source_mapping import PaymentSourceMapping
from ..models.rewards_program_descriptor_wrapper import RewardsProgramDescriptorWrapper
from ..models.unused_credit_descriptor_wrapper import UnusedCreditDescriptorWrapper
from ..models.vendor_program_payment_descriptor_wrapper import VendorProgramPaymentDescriptorWrapper
from ..models.virtual_card_descriptor_wrapper import VirtualCardDescriptorWrapper
