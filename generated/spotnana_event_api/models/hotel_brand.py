from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="HotelBrand")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "brandCode",
        "brandName",
    }
)


@_attrs_define
class HotelBrand:
    """
    Attributes:
        brand_code (str | Unset):  Example: HY.
        brand_name (str | Unset):  Example: Global Hytt Corp..
    """

    brand_code: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_code = self.brand_code

        brand_name = self.brand_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if brand_code is not UNSET:
            field_dict["brandCode"] = brand_code
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            brand_code = _v if (_v := d.get("brandCode")) is not None else PARSED_UNSET

            brand_name = _v if (_v := d.get("brandName")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelBrand", str(exc.args[0])) from None
        hotel_brand = cls(
            brand_code=brand_code,
            brand_name=brand_name,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_brand.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_brand

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
