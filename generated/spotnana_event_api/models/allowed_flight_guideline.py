from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.allowed_flight_type import AllowedFlightType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="AllowedFlightGuideline")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "allowedFlightType",
        "numberOfLegs",
    }
)


@_attrs_define
class AllowedFlightGuideline:
    """
    Attributes:
        allowed_flight_type (AllowedFlightType):  Example: ROUND_TRIP.
        number_of_legs (int | Unset):  Example: 2.
    """

    allowed_flight_type: AllowedFlightType
    number_of_legs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_flight_type = self.allowed_flight_type.value

        number_of_legs = self.number_of_legs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowedFlightType": allowed_flight_type,
            }
        )
        if number_of_legs is not UNSET:
            field_dict["numberOfLegs"] = number_of_legs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            allowed_flight_type = AllowedFlightType(d["allowedFlightType"])

            number_of_legs = _v if (_v := d.get("numberOfLegs")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AllowedFlightGuideline", str(exc.args[0])) from None
        allowed_flight_guideline = cls(
            allowed_flight_type=allowed_flight_type,
            number_of_legs=number_of_legs,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            allowed_flight_guideline.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return allowed_flight_guideline

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
