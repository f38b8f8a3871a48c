from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.payment_source_status import PaymentSourceStatus
from ..models.payment_source_type import PaymentSourceType
from ..types import PARSED_UNSET, UNSET, Unset

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
_KNOWN_KEYS = frozenset(
    {
        "id",
        "paymentSource",
        "type",
        "mapping",
        "status",
    }
)


@_attrs_define
class PaymentSourceInfo:
    """
    Attributes:
        id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        payment_source (CardDescriptorWrapper | CashDescriptorWrapper | CustomPaymentMethodDescriptorWrapper |
            DelayedInvoicingDescriptorWrapper | RewardsProgramDescriptorWrapper | UnusedCreditDescriptorWrapper |
            VendorProgramPaymentDescriptorWrapper | VirtualCardDescriptorWrapper):
        type_ (PaymentSourceType | Unset):
        mapping (PaymentSourceMapping | Unset):
        status (PaymentSourceStatus | Unset):
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
    )
    type_: PaymentSourceType | Unset = UNSET
    mapping: PaymentSourceMapping | Unset = UNSET
    status: PaymentSourceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card_descriptor_wrapper import CardDescriptorWrapper  # noqa: PLC0415
        from ..models.custom_payment_method_descriptor_wrapper import CustomPaymentMethodDescriptorWrapper  # noqa: PLC0415
        from ..models.delayed_invoicing_descriptor_wrapper import DelayedInvoicingDescriptorWrapper  # noqa: PLC0415
        from ..models.rewards_program_descriptor_wrapper import RewardsProgramDescriptorWrapper  # noqa: PLC0415
        from ..models.unused_credit_descriptor_wrapper import UnusedCreditDescriptorWrapper  # noqa: PLC0415
        from ..models.vendor_program_payment_descriptor_wrapper import VendorProgramPaymentDescriptorWrapper  # noqa: PLC0415
        from ..models.virtual_card_descriptor_wrapper import VirtualCardDescriptorWrapper  # noqa: PLC0415

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "paymentSource": payment_source,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.card_descriptor_wrapper import CardDescriptorWrapper  # noqa: PLC0415
        from ..models.cash_descriptor_wrapper import CashDescriptorWrapper  # noqa: PLC0415
        from ..models.custom_payment_method_descriptor_wrapper import CustomPaymentMethodDescriptorWrapper  # noqa: PLC0415
        from ..models.delayed_invoicing_descriptor_wrapper import DelayedInvoicingDescriptorWrapper  # noqa: PLC0415
        from ..models.payment_source_mapping import PaymentSourceMapping  # noqa: PLC0415
        from ..models.rewards_program_descriptor_wrapper import RewardsProgramDescriptorWrapper  # noqa: PLC0415
        from ..models.unused_credit_descriptor_wrapper import UnusedCreditDescriptorWrapper  # noqa: PLC0415
        from ..models.vendor_program_payment_descriptor_wrapper import VendorProgramPaymentDescriptorWrapper  # noqa: PLC0415
        from ..models.virtual_card_descriptor_wrapper import VirtualCardDescriptorWrapper  # noqa: PLC0415

        d = src_dict
        try:
            id = UUID(d["id"])

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
                raise UnknownVariantError(
                    "CardDescriptorWrapper | CashDescriptorWrapper | CustomPaymentMethodDescriptorWrapper | DelayedInvoicingDescriptorWrapper | RewardsProgramDescriptorWrapper | UnusedCreditDescriptorWrapper | VendorProgramPaymentDescriptorWrapper | VirtualCardDescriptorWrapper",
                    _payment_source_data,
                )

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: PaymentSourceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = PaymentSourceType(_type_)

            _mapping = _v if (_v := d.get("mapping")) is not None else PARSED_UNSET
            mapping: PaymentSourceMapping | Unset
            if isinstance(_mapping, Unset):
                mapping = UNSET
            else:
                mapping = PaymentSourceMapping.from_dict(_mapping)

            _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
            status: PaymentSourceStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PaymentSourceStatus(_status)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PaymentSourceInfo", str(exc.args[0])) from None
        payment_source_info = cls(
            id=id,
            payment_source=payment_source,
            type_=type_,
            mapping=mapping,
            status=status,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            payment_source_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return payment_source_info

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
