from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_source_travel_type import PaymentSourceTravelType


T = TypeVar("T", bound="TravelTypeFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelTypes",
    }
)


@_attrs_define
class TravelTypeFilter:
    """
    Attributes:
        travel_types (list[PaymentSourceTravelType] | Unset):
    """

    travel_types: list[PaymentSourceTravelType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        travel_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.travel_types, Unset):
            travel_types = []
            for travel_types_item_data in self.travel_types:
                travel_types_item = travel_types_item_data.to_dict()
                travel_types.append(travel_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if travel_types is not UNSET:
            field_dict["travelTypes"] = travel_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.payment_source_travel_type import PaymentSourceTravelType  # noqa: PLC0415

        d = src_dict
        try:
            _travel_types = _v if (_v := d.get("travelTypes")) is not None else PARSED_UNSET
            travel_types: list[PaymentSourceTravelType] | Unset = UNSET
            if _travel_types is not UNSET:
                travel_types = []
                for travel_types_item_data in _travel_types:
                    travel_types_item = PaymentSourceTravelType.from_dict(travel_types_item_data)

                    travel_types.append(travel_types_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TravelTypeFilter", str(exc.args[0])) from None
        travel_type_filter = cls(
            travel_types=travel_types,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            travel_type_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return travel_type_filter

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
