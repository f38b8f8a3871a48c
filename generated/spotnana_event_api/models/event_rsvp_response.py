from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.air_rsvp_response import AirRsvpResponse
    from ..models.car_rsvp_response import CarRsvpResponse
    from ..models.hotel_rsvp_response import HotelRsvpResponse
    from ..models.rail_rsvp_response import RailRsvpResponse


T = TypeVar("T", bound="EventRsvpResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "air",
        "hotel",
        "car",
        "rail",
    }
)


@_attrs_define
class EventRsvpResponse:
    """
    Attributes:
        air (AirRsvpResponse | Unset):
        hotel (HotelRsvpResponse | Unset):
        car (CarRsvpResponse | Unset):
        rail (RailRsvpResponse | Unset):
    """

    air: AirRsvpResponse | Unset = UNSET
    hotel: HotelRsvpResponse | Unset = UNSET
    car: CarRsvpResponse | Unset = UNSET
    rail: RailRsvpResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        air: dict[str, Any] | Unset = UNSET
        if not isinstance(self.air, Unset):
            air = self.air.to_dict()

        hotel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hotel, Unset):
            hotel = self.hotel.to_dict()

        car: dict[str, Any] | Unset = UNSET
        if not isinstance(self.car, Unset):
            car = self.car.to_dict()

        rail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rail, Unset):
            rail = self.rail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if air is not UNSET:
            field_dict["air"] = air
        if hotel is not UNSET:
            field_dict["hotel"] = hotel
        if car is not UNSET:
            field_dict["car"] = car
        if rail is not UNSET:
            field_dict["rail"] = rail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.air_rsvp_response import AirRsvpResponse  # noqa: PLC0415
        from ..models.car_rsvp_response import CarRsvpResponse  # noqa: PLC0415
        from ..models.hotel_rsvp_response import HotelRsvpResponse  # noqa: PLC0415
        from ..models.rail_rsvp_response import RailRsvpResponse  # noqa: PLC0415

        d = src_dict
        try:
            _air = _v if (_v := d.get("air")) is not None else PARSED_UNSET
            air: AirRsvpResponse | Unset
            if isinstance(_air, Unset):
                air = UNSET
            else:
                air = AirRsvpResponse.from_dict(_air)

            _hotel = _v if (_v := d.get("hotel")) is not None else PARSED_UNSET
            hotel: HotelRsvpResponse | Unset
            if isinstance(_hotel, Unset):
                hotel = UNSET
            else:
                hotel = HotelRsvpResponse.from_dict(_hotel)

            _car = _v if (_v := d.get("car")) is not None else PARSED_UNSET
            car: CarRsvpResponse | Unset
            if isinstance(_car, Unset):
                car = UNSET
            else:
                car = CarRsvpResponse.from_dict(_car)

            _rail = _v if (_v := d.get("rail")) is not None else PARSED_UNSET
            rail: RailRsvpResponse | Unset
            if isinstance(_rail, Unset):
                rail = UNSET
            else:
                rail = RailRsvpResponse.from_dict(_rail)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventRsvpResponse", str(exc.args[0])) from None
        event_rsvp_response = cls(
            air=air,
            hotel=hotel,
            car=car,
            rail=rail,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_rsvp_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_rsvp_response

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
