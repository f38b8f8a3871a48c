from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.flight_pass_payment_amounts import FlightPassPaymentAmounts


T = TypeVar("T", bound="FlightPassPaymentMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "flightPassNumber",
        "flightPassAmounts",
    }
)


@_attrs_define
class FlightPassPaymentMetadata:
    """
    Attributes:
        flight_pass_number (str | Unset):  Example: FP123456789.
        flight_pass_amounts (FlightPassPaymentAmounts | Unset):
    """

    flight_pass_number: str | Unset = UNSET
    flight_pass_amounts: FlightPassPaymentAmounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flight_pass_number = self.flight_pass_number

        flight_pass_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flight_pass_amounts, Unset):
            flight_pass_amounts = self.flight_pass_amounts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if flight_pass_number is not UNSET:
            field_dict["flightPassNumber"] = flight_pass_number
        if flight_pass_amounts is not UNSET:
            field_dict["flightPassAmounts"] = flight_pass_amounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.flight_pass_payment_amounts import FlightPassPaymentAmounts  # noqa: PLC0415

        d = src_dict
        try:
            flight_pass_number = _v if (_v := d.get("flightPassNumber")) is not None else PARSED_UNSET

            _flight_pass_amounts = _v if (_v := d.get("flightPassAmounts")) is not None else PARSED_UNSET
            flight_pass_amounts: FlightPassPaymentAmounts | Unset
            if isinstance(_flight_pass_amounts, Unset):
                flight_pass_amounts = UNSET
            else:
                flight_pass_amounts = FlightPassPaymentAmounts.from_dict(_flight_pass_amounts)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("FlightPassPaymentMetadata", str(exc.args[0])) from None
        flight_pass_payment_metadata = cls(
            flight_pass_number=flight_pass_number,
            flight_pass_amounts=flight_pass_amounts,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            flight_pass_payment_metadata.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return flight_pass_payment_metadata

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
