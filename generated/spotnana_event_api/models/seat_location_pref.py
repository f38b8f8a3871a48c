from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.seat_location_pref_cabins_item import SeatLocationPrefCabinsItem
from ..models.seat_location_pref_position import SeatLocationPrefPosition
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="SeatLocationPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "cabins",
        "isBulkHeadPref",
        "maxFlightDurationInHours",
        "position",
    }
)


@_attrs_define
class SeatLocationPref:
    """
    Attributes:
        cabins (list[SeatLocationPrefCabinsItem] | Unset):
        is_bulk_head_pref (bool | Unset):  Example: False.
        max_flight_duration_in_hours (int | Unset):  Example: 3.
        position (SeatLocationPrefPosition | Unset):  Example: WINDOW.
    """

    cabins: list[SeatLocationPrefCabinsItem] | Unset = UNSET
    is_bulk_head_pref: bool | Unset = UNSET
    max_flight_duration_in_hours: int | Unset = UNSET
    position: SeatLocationPrefPosition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cabins: list[str] | Unset = UNSET
        if not isinstance(self.cabins, Unset):
            cabins = []
            for cabins_item_data in self.cabins:
                cabins_item = cabins_item_data.value
                cabins.append(cabins_item)

        is_bulk_head_pref = self.is_bulk_head_pref

        max_flight_duration_in_hours = self.max_flight_duration_in_hours

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cabins is not UNSET:
            field_dict["cabins"] = cabins
        if is_bulk_head_pref is not UNSET:
            field_dict["isBulkHeadPref"] = is_bulk_head_pref
        if max_flight_duration_in_hours is not UNSET:
            field_dict["maxFlightDurationInHours"] = max_flight_duration_in_hours
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            _cabins = _v if (_v := d.get("cabins")) is not None else PARSED_UNSET
            cabins: list[SeatLocationPrefCabinsItem] | Unset = UNSET
            if _cabins is not UNSET:
                cabins = []
                for cabins_item_data in _cabins:
                    cabins_item = SeatLocationPrefCabinsItem(cabins_item_data)

                    cabins.append(cabins_item)

            is_bulk_head_pref = _v if (_v := d.get("isBulkHeadPref")) is not None else PARSED_UNSET

            max_flight_duration_in_hours = _v if (_v := d.get("maxFlightDurationInHours")) is not None else PARSED_UNSET

            _position = _v if (_v := d.get("position")) is not None else PARSED_UNSET
            position: SeatLocationPrefPosition | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = SeatLocationPrefPosition(_position)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("SeatLocationPref", str(exc.args[0])) from None
        seat_location_pref = cls(
            cabins=cabins,
            is_bulk_head_pref=is_bulk_head_pref,
            max_flight_duration_in_hours=max_flight_duration_in_hours,
            position=position,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            seat_location_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return seat_location_pref

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
