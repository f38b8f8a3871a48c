from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.airline_pref_flight_type import AirlinePrefFlightType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="AirlinePref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "airlines",
        "flightType",
    }
)


@_attrs_define
class AirlinePref:
    """
    Attributes:
        airlines (list[str] | Unset):
        flight_type (AirlinePrefFlightType | Unset):  Example: DOMESTIC.
    """

    airlines: list[str] | Unset = UNSET
    flight_type: AirlinePrefFlightType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        airlines: list[str] | Unset = UNSET
        if not isinstance(self.airlines, Unset):
            airlines = self.airlines

        flight_type: str | Unset = UNSET
        if not isinstance(self.flight_type, Unset):
            flight_type = self.flight_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if airlines is not UNSET:
            field_dict["airlines"] = airlines
        if flight_type is not UNSET:
            field_dict["flightType"] = flight_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            airlines = cast(list[str], (_v if (_v := d.get("airlines")) is not None else PARSED_UNSET))

            _flight_type = _v if (_v := d.get("flightType")) is not None else PARSED_UNSET
            flight_type: AirlinePrefFlightType | Unset
            if isinstance(_flight_type, Unset):
                flight_type = UNSET
            else:
                flight_type = AirlinePrefFlightType(_flight_type)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AirlinePref", str(exc.args[0])) from None
        airline_pref = cls(
            airlines=airlines,
            flight_type=flight_type,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            airline_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return airline_pref

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
