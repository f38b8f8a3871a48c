from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.payment_method import PaymentMethod
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.flight_pass_payment_metadata_wrapper import FlightPassPaymentMetadataWrapper


T = TypeVar("T", bound="MoneyOtherCoinageItem")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "coinageCode",
        "amount",
        "conversionRate",
        "preferredCurrencyConversionRate",
        "otherCoinageMetadata",
    }
)


@_attrs_define
class MoneyOtherCoinageItem:
    """
    Attributes:
        coinage_code (PaymentMethod | Unset):  Example: BREX_POINTS.
        amount (float | Unset):  Example: 1000.
        conversion_rate (float | Unset):  Example: 0.01.
        preferred_currency_conversion_rate (float | Unset):  Example: 0.01.
        other_coinage_metadata (FlightPassPaymentMetadataWrapper | Unset):
    """

    coinage_code: PaymentMethod | Unset = UNSET
    amount: float | Unset = UNSET
    conversion_rate: float | Unset = UNSET
    preferred_currency_conversion_rate: float | Unset = UNSET
    other_coinage_metadata: FlightPassPaymentMetadataWrapper | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.flight_pass_payment_metadata_wrapper import FlightPassPaymentMetadataWrapper  # noqa: PLC0415

        d = src_dict
        try:
            _coinage_code = _v if (_v := d.get("coinageCode")) is not None else PARSED_UNSET
            coinage_code: PaymentMethod | Unset
            if isinstance(_coinage_code, Unset):
                coinage_code = UNSET
            else:
                coinage_code = PaymentMethod(_coinage_code)

            amount = _v if (_v := d.get("amount")) is not None else PARSED_UNSET

            conversion_rate = _v if (_v := d.get("conversionRate")) is not None else PARSED_UNSET

            preferred_currency_conversion_rate = (
                _v if (_v := d.get("preferredCurrencyConversionRate")) is not None else PARSED_UNSET
            )

            _other_coinage_metadata = _v if (_v := d.get("otherCoinageMetadata")) is not None else PARSED_UNSET
            other_coinage_metadata: FlightPassPaymentMetadataWrapper | Unset
            if isinstance(_other_coinage_metadata, Unset):
                other_coinage_metadata = UNSET
            else:
                other_coinage_metadata = FlightPassPaymentMetadataWrapper.from_dict(_other_coinage_metadata)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("MoneyOtherCoinageItem", str(exc.args[0])) from None
        money_other_coinage_item = cls(
            coinage_code=coinage_code,
            amount=amount,
            conversion_rate=conversion_rate,
            preferred_currency_conversion_rate=preferred_currency_conversion_rate,
            other_coinage_metadata=other_coinage_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            money_other_coinage_item.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return money_other_coinage_item

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
