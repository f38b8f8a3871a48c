from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError

if TYPE_CHECKING:
    from ..models.amadeus_checkout_wrapper import AmadeusCheckoutWrapper
    from ..models.brex_budget_wrapper import BrexBudgetWrapper
    from ..models.dpan_wrapper import DpanWrapper
    from ..models.flight_pass_wrapper import FlightPassWrapper
    from ..models.no_prepayment_wrapper import NoPrepaymentWrapper
    from ..models.qantas_travel_fund_wrapper import QantasTravelFundWrapper
    from ..models.virtual_payment_metadata_wrapper import VirtualPaymentMetadataWrapper


T = TypeVar("T", bound="CustomPaymentMethodDescriptorWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "customPaymentMethodDescriptor",
    }
)


@_attrs_define
class CustomPaymentMethodDescriptorWrapper:
    """
    Attributes:
        custom_payment_method_descriptor (AmadeusCheckoutWrapper | BrexBudgetWrapper | DpanWrapper | FlightPassWrapper |
            NoPrepaymentWrapper | QantasTravelFundWrapper | VirtualPaymentMetadataWrapper):
    """

    custom_payment_method_descriptor: (
        AmadeusCheckoutWrapper
        | BrexBudgetWrapper
        | DpanWrapper
        | FlightPassWrapper
        | NoPrepaymentWrapper
        | QantasTravelFundWrapper
        | VirtualPaymentMetadataWrapper
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amadeus_checkout_wrapper import AmadeusCheckoutWrapper  # noqa: PLC0415
        from ..models.brex_budget_wrapper import BrexBudgetWrapper  # noqa: PLC0415
        from ..models.dpan_wrapper import DpanWrapper  # noqa: PLC0415
        from ..models.flight_pass_wrapper import FlightPassWrapper  # noqa: PLC0415
        from ..models.qantas_travel_fund_wrapper import QantasTravelFundWrapper  # noqa: PLC0415
        from ..models.virtual_payment_metadata_wrapper import VirtualPaymentMetadataWrapper  # noqa: PLC0415

        custom_payment_method_descriptor: dict[str, Any]
        if isinstance(self.custom_payment_method_descriptor, BrexBudgetWrapper):
            custom_payment_method_descriptor = self.custom_payment_method_descriptor.to_dict()
        elif isinstance(self.custom_payment_method_descriptor, AmadeusCheckoutWrapper):
            custom_payment_method_descriptor = self.custom_payment_method_descriptor.to_dict()
        elif isinstance(self.custom_payment_method_descriptor, QantasTravelFundWrapper):
            custom_payment_method_descriptor = self.custom_payment_method_descriptor.to_dict()
        elif isinstance(self.custom_payment_method_descriptor, DpanWrapper):
            custom_payment_method_descriptor = self.custom_payment_method_descriptor.to_dict()
        elif isinstance(self.custom_payment_method_descriptor, VirtualPaymentMetadataWrapper):
            custom_payment_method_descriptor = self.custom_payment_method_descriptor.to_dict()
        elif isinstance(self.custom_payment_method_descriptor, FlightPassWrapper):
            custom_payment_method_descriptor = self.custom_payment_method_descriptor.to_dict()
        else:
            custom_payment_method_descriptor = self.custom_payment_method_descriptor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customPaymentMethodDescriptor": custom_payment_method_descriptor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.amadeus_checkout_wrapper import AmadeusCheckoutWrapper  # noqa: PLC0415
        from ..models.brex_budget_wrapper import BrexBudgetWrapper  # noqa: PLC0415
        from ..models.dpan_wrapper import DpanWrapper  # noqa: PLC0415
        from ..models.flight_pass_wrapper import FlightPassWrapper  # noqa: PLC0415
        from ..models.no_prepayment_wrapper import NoPrepaymentWrapper  # noqa: PLC0415
        from ..models.qantas_travel_fund_wrapper import QantasTravelFundWrapper  # noqa: PLC0415
        from ..models.virtual_payment_metadata_wrapper import VirtualPaymentMetadataWrapper  # noqa: PLC0415

        d = src_dict
        try:
            _custom_payment_method_descriptor_data = d["customPaymentMethodDescriptor"]
            custom_payment_method_descriptor: (
                AmadeusCheckoutWrapper
                | BrexBudgetWrapper
                | DpanWrapper
                | FlightPassWrapper
                | NoPrepaymentWrapper
                | QantasTravelFundWrapper
                | VirtualPaymentMetadataWrapper
            )
            if not isinstance(_custom_payment_method_descriptor_data, dict):
                raise UnknownVariantError(
                    "AmadeusCheckoutWrapper | BrexBudgetWrapper | DpanWrapper | FlightPassWrapper | NoPrepaymentWrapper | QantasTravelFundWrapper | VirtualPaymentMetadataWrapper",
                    _custom_payment_method_descriptor_data,
                )
            elif "brexBudget" in _custom_payment_method_descriptor_data:
                custom_payment_method_descriptor = BrexBudgetWrapper.from_dict(_custom_payment_method_descriptor_data)
            elif "amadeusCheckout" in _custom_payment_method_descriptor_data:
                custom_payment_method_descriptor = AmadeusCheckoutWrapper.from_dict(
                    _custom_payment_method_descriptor_data
                )
            elif "qantasTravelFund" in _custom_payment_method_descriptor_data:
                custom_payment_method_descriptor = QantasTravelFundWrapper.from_dict(
                    _custom_payment_method_descriptor_data
                )
            elif "dpanMetadata" in _custom_payment_method_descriptor_data:
                custom_payment_method_descriptor = DpanWrapper.from_dict(_custom_payment_method_descriptor_data)
            elif "virtualPaymentMetadata" in _custom_payment_method_descriptor_data:
                custom_payment_method_descriptor = VirtualPaymentMetadataWrapper.from_dict(
                    _custom_payment_method_descriptor_data
                )
            elif "flightPassMetadata" in _custom_payment_method_descriptor_data:
                custom_payment_method_descriptor = FlightPassWrapper.from_dict(_custom_payment_method_descriptor_data)
            elif "noPrepaymentMetadata" in _custom_payment_method_descriptor_data:
                custom_payment_method_descriptor = NoPrepaymentWrapper.from_dict(_custom_payment_method_descriptor_data)
            else:
                raise UnknownVariantError(
                    "AmadeusCheckoutWrapper | BrexBudgetWrapper | DpanWrapper | FlightPassWrapper | NoPrepaymentWrapper | QantasTravelFundWrapper | VirtualPaymentMetadataWrapper",
                    _custom_payment_method_descriptor_data,
                )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CustomPaymentMethodDescriptorWrapper", str(exc.args[0])) from None
        custom_payment_method_descriptor_wrapper = cls(
            custom_payment_method_descriptor=custom_payment_method_descriptor,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            custom_payment_method_descriptor_wrapper.additional_properties = {
                k: v for k, v in d.items() if k in extra_keys
            }
        return custom_payment_method_descriptor_wrapper

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
