from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="Airline")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "carrierCode",
        "airlineName",
        "isPresentInPreferredVendors",
    }
)


@_attrs_define
class Airline:
    """
    Attributes:
        carrier_code (str):  Example: AA.
        airline_name (str):  Example: American Airlines.
        is_present_in_preferred_vendors (bool | Unset):  Example: True.
    """

    carrier_code: str
    airline_name: str
    is_present_in_preferred_vendors: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        airline_name = self.airline_name

        is_present_in_preferred_vendors = self.is_present_in_preferred_vendors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierCode": carrier_code,
                "airlineName": airline_name,
            }
        )
        if is_present_in_preferred_vendors is not UNSET:
            field_dict["isPresentInPreferredVendors"] = is_present_in_preferred_vendors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            carrier_code = d["carrierCode"]

            airline_name = d["airlineName"]

            is_present_in_preferred_vendors = (
                _v if (_v := d.get("isPresentInPreferredVendors")) is not None else PARSED_UNSET
            )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Airline", str(exc.args[0])) from None
        airline = cls(
            carrier_code=carrier_code,
            airline_name=airline_name,
            is_present_in_preferred_vendors=is_present_in_preferred_vendors,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            airline.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return airline

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
