from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.third_party_hotel_code_hotel_code_type import ThirdPartyHotelCodeHotelCodeType

T = TypeVar("T", bound="ThirdPartyHotelCode")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "hotelCode",
        "hotelCodeType",
    }
)


@_attrs_define
class ThirdPartyHotelCode:
    """
    Attributes:
        hotel_code (str):
        hotel_code_type (ThirdPartyHotelCodeHotelCodeType):
    """

    hotel_code: str
    hotel_code_type: ThirdPartyHotelCodeHotelCodeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hotel_code = self.hotel_code

        hotel_code_type = self.hotel_code_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hotelCode": hotel_code,
                "hotelCodeType": hotel_code_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            hotel_code = d["hotelCode"]

            hotel_code_type = ThirdPartyHotelCodeHotelCodeType(d["hotelCodeType"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ThirdPartyHotelCode", str(exc.args[0])) from None
        third_party_hotel_code = cls(
            hotel_code=hotel_code,
            hotel_code_type=hotel_code_type,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            third_party_hotel_code.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return third_party_hotel_code

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
