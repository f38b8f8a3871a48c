from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.travel_type_filter import TravelTypeFilter


T = TypeVar("T", bound="AccessTypeAttributes")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelTypeFilter",
    }
)


@_attrs_define
class AccessTypeAttributes:
    """
    Attributes:
        travel_type_filter (TravelTypeFilter | Unset):
    """

    travel_type_filter: TravelTypeFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        travel_type_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_type_filter, Unset):
            travel_type_filter = self.travel_type_filter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if travel_type_filter is not UNSET:
            field_dict["travelTypeFilter"] = travel_type_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.travel_type_filter import TravelTypeFilter  # noqa: PLC0415

        d = src_dict
        try:
            _travel_type_filter = _v if (_v := d.get("travelTypeFilter")) is not None else PARSED_UNSET
            travel_type_filter: TravelTypeFilter | Unset
            if isinstance(_travel_type_filter, Unset):
                travel_type_filter = UNSET
            else:
                travel_type_filter = TravelTypeFilter.from_dict(_travel_type_filter)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AccessTypeAttributes", str(exc.args[0])) from None
        access_type_attributes = cls(
            travel_type_filter=travel_type_filter,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            access_type_attributes.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return access_type_attributes

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
