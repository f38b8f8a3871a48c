from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.preferred_location_label import PreferredLocationLabel
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="PreferredAirport")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "airportCode",
        "label",
        "airportName",
    }
)


@_attrs_define
class PreferredAirport:
    """
    Attributes:
        airport_code (str):  Example: SFO.
        label (PreferredLocationLabel):  Example: HOME.
        airport_name (str | Unset):  Example: San Francisco International Airport.
    """

    airport_code: str
    label: PreferredLocationLabel
    airport_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        airport_code = self.airport_code

        label = self.label.value

        airport_name = self.airport_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "airportCode": airport_code,
                "label": label,
            }
        )
        if airport_name is not UNSET:
            field_dict["airportName"] = airport_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            airport_code = d["airportCode"]

            label = PreferredLocationLabel(d["label"])

            airport_name = _v if (_v := d.get("airportName")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PreferredAirport", str(exc.args[0])) from None
        preferred_airport = cls(
            airport_code=airport_code,
            label=label,
            airport_name=airport_name,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            preferred_airport.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return preferred_airport

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
