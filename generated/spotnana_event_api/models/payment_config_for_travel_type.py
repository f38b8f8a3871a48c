from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.template_payment_config import TemplatePaymentConfig
from ..models.travel_type import TravelType

T = TypeVar("T", bound="PaymentConfigForTravelType")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelType",
        "paymentConfig",
    }
)


@_attrs_define
class PaymentConfigForTravelType:
    """
    Attributes:
        travel_type (TravelType):  Example: AIR.
        payment_config (TemplatePaymentConfig):  Example: TRAVELER_DEFAULT.
    """

    travel_type: TravelType
    payment_config: TemplatePaymentConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        travel_type = self.travel_type.value

        payment_config = self.payment_config.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "travelType": travel_type,
                "paymentConfig": payment_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            travel_type = TravelType(d["travelType"])

            payment_config = TemplatePaymentConfig(d["paymentConfig"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PaymentConfigForTravelType", str(exc.args[0])) from None
        payment_config_for_travel_type = cls(
            travel_type=travel_type,
            payment_config=payment_config,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            payment_config_for_travel_type.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return payment_config_for_travel_type

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
