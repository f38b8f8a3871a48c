from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.air_pref import AirPref
    from ..models.car_pref import CarPref
    from ..models.hotel_pref import HotelPref
    from ..models.rail_card import RailCard
    from ..models.rail_pref import RailPref


T = TypeVar("T", bound="TravelPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "airPref",
        "preferredCurrency",
        "railCards",
        "railPref",
        "carPref",
        "hotelPref",
    }
)


@_attrs_define
class TravelPref:
    """
    Attributes:
        air_pref (AirPref | Unset):
        preferred_currency (str | Unset):  Example: USD.
        rail_cards (list[RailCard] | Unset):
        rail_pref (RailPref | Unset):
        car_pref (CarPref | Unset):
        hotel_pref (HotelPref | Unset):
    """

    air_pref: AirPref | Unset = UNSET
    preferred_currency: str | Unset = UNSET
    rail_cards: list[RailCard] | Unset = UNSET
    rail_pref: RailPref | Unset = UNSET
    car_pref: CarPref | Unset = UNSET
    hotel_pref: HotelPref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        air_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.air_pref, Unset):
            air_pref = self.air_pref.to_dict()

        preferred_currency = self.preferred_currency

        rail_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rail_cards, Unset):
            rail_cards = []
            for rail_cards_item_data in self.rail_cards:
                rail_cards_item = rail_cards_item_data.to_dict()
                rail_cards.append(rail_cards_item)

        rail_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rail_pref, Unset):
            rail_pref = self.rail_pref.to_dict()

        car_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.car_pref, Unset):
            car_pref = self.car_pref.to_dict()

        hotel_pref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hotel_pref, Unset):
            hotel_pref = self.hotel_pref.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if air_pref is not UNSET:
            field_dict["airPref"] = air_pref
        if preferred_currency is not UNSET:
            field_dict["preferredCurrency"] = preferred_currency
        if rail_cards is not UNSET:
            field_dict["railCards"] = rail_cards
        if rail_pref is not UNSET:
            field_dict["railPref"] = rail_pref
        if car_pref is not UNSET:
            field_dict["carPref"] = car_pref
        if hotel_pref is not UNSET:
            field_dict["hotelPref"] = hotel_pref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.air_pref import AirPref  # noqa: PLC0415
        from ..models.car_pref import CarPref  # noqa: PLC0415
        from ..models.hotel_pref import HotelPref  # noqa: PLC0415
        from ..models.rail_card import RailCard  # noqa: PLC0415
        from ..models.rail_pref import RailPref  # noqa: PLC0415

        d = src_dict
        try:
            _air_pref = _v if (_v := d.get("airPref")) is not None else PARSED_UNSET
            air_pref: AirPref | Unset
            if isinstance(_air_pref, Unset):
                air_pref = UNSET
            else:
                air_pref = AirPref.from_dict(_air_pref)

            preferred_currency = _v if (_v := d.get("preferredCurrency")) is not None else PARSED_UNSET

            _rail_cards = _v if (_v := d.get("railCards")) is not None else PARSED_UNSET
            rail_cards: list[RailCard] | Unset = UNSET
            if _rail_cards is not UNSET:
                rail_cards = []
                for rail_cards_item_data in _rail_cards:
                    rail_cards_item = RailCard.from_dict(rail_cards_item_data)

                    rail_cards.append(rail_cards_item)

            _rail_pref = _v if (_v := d.get("railPref")) is not None else PARSED_UNSET
            rail_pref: RailPref | Unset
            if isinstance(_rail_pref, Unset):
                rail_pref = UNSET
            else:
                rail_pref = RailPref.from_dict(_rail_pref)

            _car_pref = _v if (_v := d.get("carPref")) is not None else PARSED_UNSET
            car_pref: CarPref | Unset
            if isinstance(_car_pref, Unset):
                car_pref = UNSET
            else:
                car_pref = CarPref.from_dict(_car_pref)

            _hotel_pref = _v if (_v := d.get("hotelPref")) is not None else PARSED_UNSET
            hotel_pref: HotelPref | Unset
            if isinstance(_hotel_pref, Unset):
                hotel_pref = UNSET
            else:
                hotel_pref = HotelPref.from_dict(_hotel_pref)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TravelPref", str(exc.args[0])) from None
        travel_pref = cls(
            air_pref=air_pref,
            preferred_currency=preferred_currency,
            rail_cards=rail_cards,
            rail_pref=rail_pref,
            car_pref=car_pref,
            hotel_pref=hotel_pref,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            travel_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return travel_pref

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
