from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="BrexBudget")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "budgetName",
        "cardNumber",
        "budgetRemainingBalanceFormatted",
    }
)


@_attrs_define
class BrexBudget:
    """
    Attributes:
        budget_name (str | Unset):  Example: Travel Budget.
        card_number (str | Unset):  Example: 1234567812345678123.
        budget_remaining_balance_formatted (str | Unset):  Example: $90,000.00.
    """

    budget_name: str | Unset = UNSET
    card_number: str | Unset = UNSET
    budget_remaining_balance_formatted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_name = self.budget_name

        card_number = self.card_number

        budget_remaining_balance_formatted = self.budget_remaining_balance_formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if budget_name is not UNSET:
            field_dict["budgetName"] = budget_name
        if card_number is not UNSET:
            field_dict["cardNumber"] = card_number
        if budget_remaining_balance_formatted is not UNSET:
            field_dict["budgetRemainingBalanceFormatted"] = budget_remaining_balance_formatted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            budget_name = _v if (_v := d.get("budgetName")) is not None else PARSED_UNSET

            card_number = _v if (_v := d.get("cardNumber")) is not None else PARSED_UNSET

            budget_remaining_balance_formatted = (
                _v if (_v := d.get("budgetRemainingBalanceFormatted")) is not None else PARSED_UNSET
            )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BrexBudget", str(exc.args[0])) from None
        brex_budget = cls(
            budget_name=budget_name,
            card_number=card_number,
            budget_remaining_balance_formatted=budget_remaining_balance_formatted,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            brex_budget.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return brex_budget

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
