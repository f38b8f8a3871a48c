from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.hotel_itinerary_id import HotelItineraryId


T = TypeVar("T", bound="HotelItinerary")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "hotelItineraryId",
    }
)


@_attrs_define
class HotelItinerary:
    """
    Attributes:
        hotel_itinerary_id (HotelItineraryId):
    """

    hotel_itinerary_id: HotelItineraryId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hotel_itinerary_id = self.hotel_itinerary_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hotelItineraryId": hotel_itinerary_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.hotel_itinerary_id import HotelItineraryId  # noqa: PLC0415

        d = src_dict
        try:
            hotel_itinerary_id = HotelItineraryId.from_dict(d["hotelItineraryId"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelItinerary", str(exc.args[0])) from None
        hotel_itinerary = cls(
            hotel_itinerary_id=hotel_itinerary_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_itinerary.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_itinerary

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
