from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_other_coinage_item import MoneyOtherCoinageItem


T = TypeVar("T", bound="Money")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "amount",
        "currencyCode",
        "convertedAmount",
        "convertedCurrency",
        "otherCoinage",
    }
)


@_attrs_define
class Money:
    """
    Attributes:
        amount (float):  Example: 510.
        currency_code (str):  Example: GBP.
        converted_amount (float | Unset):  Example: 715.42.
        converted_currency (str | Unset):  Example: USD.
        other_coinage (list[MoneyOtherCoinageItem] | Unset):
    """

    amount: float
    currency_code: str
    converted_amount: float | Unset = UNSET
    converted_currency: str | Unset = UNSET
    other_coinage: list[MoneyOtherCoinageItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency_code = self.currency_code

        converted_amount = self.converted_amount

        converted_currency = self.converted_currency

        other_coinage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_coinage, Unset):
            other_coinage = []
            for other_coinage_item_data in self.other_coinage:
                other_coinage_item = other_coinage_item_data.to_dict()
                other_coinage.append(other_coinage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currencyCode": currency_code,
            }
        )
        if converted_amount is not UNSET:
            field_dict["convertedAmount"] = converted_amount
        if converted_currency is not UNSET:
            field_dict["convertedCurrency"] = converted_currency
        if other_coinage is not UNSET:
            field_dict["otherCoinage"] = other_coinage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.money_other_coinage_item import MoneyOtherCoinageItem  # noqa: PLC0415

        d = src_dict
        try:
            amount = d["amount"]

            currency_code = d["currencyCode"]

            converted_amount = _v if (_v := d.get("convertedAmount")) is not None else PARSED_UNSET

            converted_currency = _v if (_v := d.get("convertedCurrency")) is not None else PARSED_UNSET

            _other_coinage = _v if (_v := d.get("otherCoinage")) is not None else PARSED_UNSET
            other_coinage: list[MoneyOtherCoinageItem] | Unset = UNSET
            if _other_coinage is not UNSET:
                other_coinage = []
                for other_coinage_item_data in _other_coinage:
                    other_coinage_item = MoneyOtherCoinageItem.from_dict(other_coinage_item_data)

                    other_coinage.append(other_coinage_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Money", str(exc.args[0])) from None
        money = cls(
            amount=amount,
            currency_code=currency_code,
            converted_amount=converted_amount,
            converted_currency=converted_currency,
            other_coinage=other_coinage,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            money.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return money

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
