from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.conditional_rate import ConditionalRate
from ..models.hotel_pref_amenity import HotelPrefAmenity
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.hotel_brand import HotelBrand
    from ..models.hotel_chain import HotelChain
    from ..models.room_preference import RoomPreference


T = TypeVar("T", bound="HotelPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "hotelParentChains",
        "hotelBrands",
        "hotelAmenityTypes",
        "roomPreference",
        "conditionalRates",
    }
)


@_attrs_define
class HotelPref:
    """
    Attributes:
        hotel_parent_chains (list[HotelChain] | Unset):
        hotel_brands (list[HotelBrand] | Unset):
        hotel_amenity_types (list[HotelPrefAmenity] | Unset):
        room_preference (RoomPreference | Unset):
        conditional_rates (list[ConditionalRate] | Unset):
    """

    hotel_parent_chains: list[HotelChain] | Unset = UNSET
    hotel_brands: list[HotelBrand] | Unset = UNSET
    hotel_amenity_types: list[HotelPrefAmenity] | Unset = UNSET
    room_preference: RoomPreference | Unset = UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hotel_parent_chains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hotel_parent_chains, Unset):
            hotel_parent_chains = []
            for hotel_parent_chains_item_data in self.hotel_parent_chains:
                hotel_parent_chains_item = hotel_parent_chains_item_data.to_dict()
                hotel_parent_chains.append(hotel_parent_chains_item)

        hotel_brands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hotel_brands, Unset):
            hotel_brands = []
            for hotel_brands_item_data in self.hotel_brands:
                hotel_brands_item = hotel_brands_item_data.to_dict()
                hotel_brands.append(hotel_brands_item)

        hotel_amenity_types: list[str] | Unset = UNSET
        if not isinstance(self.hotel_amenity_types, Unset):
            hotel_amenity_types = []
            for hotel_amenity_types_item_data in self.hotel_amenity_types:
                hotel_amenity_types_item = hotel_amenity_types_item_data.value
                hotel_amenity_types.append(hotel_amenity_types_item)

        room_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.room_preference, Unset):
            room_preference = self.room_preference.to_dict()

        conditional_rates: list[str] | Unset = UNSET
        if not isinstance(self.conditional_rates, Unset):
            conditional_rates = []
            for conditional_rates_item_data in self.conditional_rates:
                conditional_rates_item = conditional_rates_item_data.value
                conditional_rates.append(conditional_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hotel_parent_chains is not UNSET:
            field_dict["hotelParentChains"] = hotel_parent_chains
        if hotel_brands is not UNSET:
            field_dict["hotelBrands"] = hotel_brands
        if hotel_amenity_types is not UNSET:
            field_dict["hotelAmenityTypes"] = hotel_amenity_types
        if room_preference is not UNSET:
            field_dict["roomPreference"] = room_preference
        if conditional_rates is not UNSET:
            field_dict["conditionalRates"] = conditional_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.hotel_brand import HotelBrand  # noqa: PLC0415
        from ..models.hotel_chain import HotelChain  # noqa: PLC0415
        from ..models.room_preference import RoomPreference  # noqa: PLC0415

        d = src_dict
        try:
            _hotel_parent_chains = _v if (_v := d.get("hotelParentChains")) is not None else PARSED_UNSET
            hotel_parent_chains: list[HotelChain] | Unset = UNSET
            if _hotel_parent_chains is not UNSET:
                hotel_parent_chains = []
                for hotel_parent_chains_item_data in _hotel_parent_chains:
                    hotel_parent_chains_item = HotelChain.from_dict(hotel_parent_chains_item_data)

                    hotel_parent_chains.append(hotel_parent_chains_item)

            _hotel_brands = _v if (_v := d.get("hotelBrands")) is not None else PARSED_UNSET
            hotel_brands: list[HotelBrand] | Unset = UNSET
            if _hotel_brands is not UNSET:
                hotel_brands = []
                for hotel_brands_item_data in _hotel_brands:
                    hotel_brands_item = HotelBrand.from_dict(hotel_brands_item_data)

                    hotel_brands.append(hotel_brands_item)

            _hotel_amenity_types = _v if (_v := d.get("hotelAmenityTypes")) is not None else PARSED_UNSET
            hotel_amenity_types: list[HotelPrefAmenity] | Unset = UNSET
            if _hotel_amenity_types is not UNSET:
                hotel_amenity_types = []
                for hotel_amenity_types_item_data in _hotel_amenity_types:
                    hotel_amenity_types_item = HotelPrefAmenity(hotel_amenity_types_item_data)

                    hotel_amenity_types.append(hotel_amenity_types_item)

            _room_preference = _v if (_v := d.get("roomPreference")) is not None else PARSED_UNSET
            room_preference: RoomPreference | Unset
            if isinstance(_room_preference, Unset):
                room_preference = UNSET
            else:
                room_preference = RoomPreference.from_dict(_room_preference)

            _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
            conditional_rates: list[ConditionalRate] | Unset = UNSET
            if _conditional_rates is not UNSET:
                conditional_rates = []
                for conditional_rates_item_data in _conditional_rates:
                    conditional_rates_item = ConditionalRate(conditional_rates_item_data)

                    conditional_rates.append(conditional_rates_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelPref", str(exc.args[0])) from None
        hotel_pref = cls(
            hotel_parent_chains=hotel_parent_chains,
            hotel_brands=hotel_brands,
            hotel_amenity_types=hotel_amenity_types,
            room_preference=room_preference,
            conditional_rates=conditional_rates,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_pref

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
