from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError

if TYPE_CHECKING:
    from ..models.air_itinerary import AirItinerary
    from ..models.car_itinerary import CarItinerary
    from ..models.hotel_itinerary import HotelItinerary
    from ..models.limo_itinerary import LimoItinerary
    from ..models.rail_itinerary import RailItinerary


T = TypeVar("T", bound="ItineraryFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "itineraryInfo",
    }
)


@_attrs_define
class ItineraryFilter:
    """
    Attributes:
        itinerary_info (AirItinerary | CarItinerary | HotelItinerary | LimoItinerary | RailItinerary):
    """

    itinerary_info: AirItinerary | CarItinerary | HotelItinerary | LimoItinerary | RailItinerary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.air_itinerary import AirItinerary  # noqa: PLC0415
        from ..models.car_itinerary import CarItinerary  # noqa: PLC0415
        from ..models.hotel_itinerary import HotelItinerary  # noqa: PLC0415
        from ..models.rail_itinerary import RailItinerary  # noqa: PLC0415

        itinerary_info: dict[str, Any]
        if isinstance(self.itinerary_info, AirItinerary):
            itinerary_info = self.itinerary_info.to_dict()
        elif isinstance(self.itinerary_info, HotelItinerary):
            itinerary_info = self.itinerary_info.to_dict()
        elif isinstance(self.itinerary_info, CarItinerary):
            itinerary_info = self.itinerary_info.to_dict()
        elif isinstance(self.itinerary_info, RailItinerary):
            itinerary_info = self.itinerary_info.to_dict()
        else:
            itinerary_info = self.itinerary_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itineraryInfo": itinerary_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.air_itinerary import AirItinerary  # noqa: PLC0415
        from ..models.car_itinerary import CarItinerary  # noqa: PLC0415
        from ..models.hotel_itinerary import HotelItinerary  # noqa: PLC0415
        from ..models.limo_itinerary import LimoItinerary  # noqa: PLC0415
        from ..models.rail_itinerary import RailItinerary  # noqa: PLC0415

        d = src_dict
        try:
            _itinerary_info_data = d["itineraryInfo"]
            itinerary_info: AirItinerary | CarItinerary | HotelItinerary | LimoItinerary | RailItinerary
            if not isinstance(_itinerary_info_data, dict):
                raise UnknownVariantError(
                    "AirItinerary | CarItinerary | HotelItinerary | LimoItinerary | RailItinerary", _itinerary_info_data
                )
            elif "airItineraryId" in _itinerary_info_data:
                itinerary_info = AirItinerary.from_dict(_itinerary_info_data)
            elif "hotelItineraryId" in _itinerary_info_data:
                itinerary_info = HotelItinerary.from_dict(_itinerary_info_data)
            elif "carItineraryId" in _itinerary_info_data:
                itinerary_info = CarItinerary.from_dict(_itinerary_info_data)
            elif "railItineraryId" in _itinerary_info_data:
                itinerary_info = RailItinerary.from_dict(_itinerary_info_data)
            elif "limoItineraryId" in _itinerary_info_data:
                itinerary_info = LimoItinerary.from_dict(_itinerary_info_data)
            else:
                raise UnknownVariantError(
                    "AirItinerary | CarItinerary | HotelItinerary | LimoItinerary | RailItinerary", _itinerary_info_data
                )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ItineraryFilter", str(exc.args[0])) from None
        itinerary_filter = cls(
            itinerary_info=itinerary_info,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            itinerary_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return itinerary_filter

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
