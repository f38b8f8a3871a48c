from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="AirportInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "airportCode",
        "airportName",
        "cityName",
        "countryName",
        "countryCode",
        "zoneName",
        "stateCode",
    }
)


@_attrs_define
class AirportInfo:
    """
    Attributes:
        airport_code (str | Unset):  Example: WRA.
        airport_name (str | Unset):  Example: Warder Airport.
        city_name (str | Unset):  Example: Werder.
        country_name (str | Unset):  Example: Ethiopia.
        country_code (str | Unset):  Example: ET.
        zone_name (str | Unset):  Example: Africa/Addis_Ababa.
        state_code (str | Unset):  Example: CA.
    """

    airport_code: str | Unset = UNSET
    airport_name: str | Unset = UNSET
    city_name: str | Unset = UNSET
    country_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    zone_name: str | Unset = UNSET
    state_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        airport_code = self.airport_code

        airport_name = self.airport_name

        city_name = self.city_name

        country_name = self.country_name

        country_code = self.country_code

        zone_name = self.zone_name

        state_code = self.state_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if airport_code is not UNSET:
            field_dict["airportCode"] = airport_code
        if airport_name is not UNSET:
            field_dict["airportName"] = airport_name
        if city_name is not UNSET:
            field_dict["cityName"] = city_name
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if zone_name is not UNSET:
            field_dict["zoneName"] = zone_name
        if state_code is not UNSET:
            field_dict["stateCode"] = state_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            airport_code = _v if (_v := d.get("airportCode")) is not None else PARSED_UNSET

            airport_name = _v if (_v := d.get("airportName")) is not None else PARSED_UNSET

            city_name = _v if (_v := d.get("cityName")) is not None else PARSED_UNSET

            country_name = _v if (_v := d.get("countryName")) is not None else PARSED_UNSET

            country_code = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET

            zone_name = _v if (_v := d.get("zoneName")) is not None else PARSED_UNSET

            state_code = _v if (_v := d.get("stateCode")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AirportInfo", str(exc.args[0])) from None
        airport_info = cls(
            airport_code=airport_code,
            airport_name=airport_name,
            city_name=city_name,
            country_name=country_name,
            country_code=country_code,
            zone_name=zone_name,
            state_code=state_code,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            airport_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return airport_info

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
