from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.flight_pass_tax import FlightPassTax
    from ..models.money import Money


T = TypeVar("T", bound="FlightPassPaymentAmounts")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "totalAmount",
        "baseAmount",
        "totalTaxes",
        "taxBreakdown",
    }
)


@_attrs_define
class FlightPassPaymentAmounts:
    """
    Attributes:
        total_amount (Money | Unset):
        base_amount (Money | Unset):
        total_taxes (Money | Unset):
        tax_breakdown (list[FlightPassTax] | Unset):
    """

    total_amount: Money | Unset = UNSET
    base_amount: Money | Unset = UNSET
    total_taxes: Money | Unset = UNSET
    tax_breakdown: list[FlightPassTax] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if base_amount is not UNSET:
            field_dict["baseAmount"] = base_amount
        if total_taxes is not UNSET:
            field_dict["totalTaxes"] = total_taxes
        if tax_breakdown is not UNSET:
            field_dict["taxBreakdown"] = tax_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.flight_pass_tax import FlightPassTax  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = src_dict
        try:
            _total_amount = _v if (_v := d.get("totalAmount")) is not None else PARSED_UNSET
            total_amount: Money | Unset
            if isinstance(_total_amount, Unset):
                total_amount = UNSET
            else:
                total_amount = Money.from_dict(_total_amount)

            _base_amount = _v if (_v := d.get("baseAmount")) is not None else PARSED_UNSET
            base_amount: Money | Unset
            if isinstance(_base_amount, Unset):
                base_amount = UNSET
            else:
                base_amount = Money.from_dict(_base_amount)

            _total_taxes = _v if (_v := d.get("totalTaxes")) is not None else PARSED_UNSET
            total_taxes: Money | Unset
            if isinstance(_total_taxes, Unset):
                total_taxes = UNSET
            else:
                total_taxes = Money.from_dict(_total_taxes)

            _tax_breakdown = _v if (_v := d.get("taxBreakdown")) is not None else PARSED_UNSET
            tax_breakdown: list[FlightPassTax] | Unset = UNSET
            if _tax_breakdown is not UNSET:
                tax_breakdown = []
                for tax_breakdown_item_data in _tax_breakdown:
                    tax_breakdown_item = FlightPassTax.from_dict(tax_breakdown_item_data)

                    tax_breakdown.append(tax_breakdown_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("FlightPassPaymentAmounts", str(exc.args[0])) from None
        flight_pass_payment_amounts = cls(
            total_amount=total_amount,
            base_amount=base_amount,
            total_taxes=total_taxes,
            tax_breakdown=tax_breakdown,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            flight_pass_payment_amounts.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return flight_pass_payment_amounts

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
