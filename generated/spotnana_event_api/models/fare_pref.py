from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.fare_pref_fare_types_item import FarePrefFareTypesItem

T = TypeVar("T", bound="FarePref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "fareTypes",
    }
)


@_attrs_define
class FarePref:
    """
    Attributes:
        fare_types (list[FarePrefFareTypesItem]):
    """

    fare_types: list[FarePrefFareTypesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fare_types = []
        for fare_types_item_data in self.fare_types:
            fare_types_item = fare_types_item_data.value
            fare_types.append(fare_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fareTypes": fare_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            fare_types = []
            _fare_types = d["fareTypes"]
            for fare_types_item_data in _fare_types:
                fare_types_item = FarePrefFareTypesItem(fare_types_item_data)

                fare_types.append(fare_types_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("FarePref", str(exc.args[0])) from None
        fare_pref = cls(
            fare_types=fare_types,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            fare_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return fare_pref

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
