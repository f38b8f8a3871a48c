from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.preferred_location_label import PreferredLocationLabel
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="PreferredRailStation")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "stationCode",
        "label",
        "stationName",
        "cityName",
        "countryCode",
    }
)


@_attrs_define
class PreferredRailStation:
    """
    Attributes:
        station_code (str):  Example: CHI.
        label (PreferredLocationLabel):  Example: HOME.
        station_name (str | Unset):  Example: Chicago Union Station.
        city_name (str | Unset):  Example: Chicago.
        country_code (str | Unset):
    """

    station_code: str
    label: PreferredLocationLabel
    station_name: str | Unset = UNSET
    city_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        station_code = self.station_code

        label = self.label.value

        station_name = self.station_name

        city_name = self.city_name

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stationCode": station_code,
                "label": label,
            }
        )
        if station_name is not UNSET:
            field_dict["stationName"] = station_name
        if city_name is not UNSET:
            field_dict["cityName"] = city_name
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            station_code = d["stationCode"]

            label = PreferredLocationLabel(d["label"])

            station_name = _v if (_v := d.get("stationName")) is not None else PARSED_UNSET

            city_name = _v if (_v := d.get("cityName")) is not None else PARSED_UNSET

            country_code = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PreferredRailStation", str(exc.args[0])) from None
        preferred_rail_station = cls(
            station_code=station_code,
            label=label,
            station_name=station_name,
            city_name=city_name,
            country_code=country_code,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            preferred_rail_station.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return preferred_rail_station

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
