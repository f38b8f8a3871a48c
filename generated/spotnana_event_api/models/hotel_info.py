from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.hotel_amenities import HotelAmenities
    from ..models.hotel_description import HotelDescription
    from ..models.hotel_image_set import HotelImageSet
    from ..models.latlng import Latlng
    from ..models.phone_number import PhoneNumber
    from ..models.postal_address import PostalAddress
    from ..models.third_party_hotel_code import ThirdPartyHotelCode


T = TypeVar("T", bound="HotelInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "address",
        "name",
        "chainCode",
        "chainName",
        "coordinates",
        "email",
        "hotelId",
        "phone",
        "starRating",
        "fax",
        "masterChainCode",
        "brandName",
        "amenities",
        "additionalAmenities",
        "imageSets",
        "descriptions",
        "thirdPartyHotelCodes",
    }
)


@_attrs_define
class HotelInfo:
    """
    Attributes:
        address (PostalAddress):
        name (str):  Example: San Francisco Airport Red Roof.
        chain_code (str | Unset):  Example: RF.
        chain_name (str | Unset):  Example: Red Roof Inns.
        coordinates (Latlng | Unset):
        email (str | Unset):  Example: user@business.com.
        hotel_id (str | Unset):  Example: 100094780.
        phone (PhoneNumber | Unset):
        star_rating (float | Unset):  Example: 3.5.
        fax (list[PhoneNumber] | Unset):
        master_chain_code (str | Unset):  Example: EM.
        brand_name (str | Unset):  Example: Marriott Hotel Brands.
        amenities (list[HotelAmenities] | Unset):
        additional_amenities (list[str] | Unset):  Example: ['Room service', 'Wifi'].
        image_sets (list[HotelImageSet] | Unset):
        descriptions (list[HotelDescription] | Unset):
        third_party_hotel_codes (list[ThirdPartyHotelCode] | Unset):
    """

    address: PostalAddress
    name: str
    chain_code: str | Unset = UNSET
    chain_name: str | Unset = UNSET
    coordinates: Latlng | Unset = UNSET
    email: str | Unset = UNSET
    hotel_id: str | Unset = UNSET
    phone: PhoneNumber | Unset = UNSET
    star_rating: float | Unset = UNSET
    fax: list[PhoneNumber] | Unset = UNSET
    master_chain_code: str | Unset = UNSET
    brand_name: str | Unset = UNSET
    amenities: list[HotelAmenities] | Unset = UNSET
    additional_amenities: list[str] | Unset = UNSET
    image_sets: list[HotelImageSet] | Unset = UNSET
    descriptions: list[HotelDescription] | Unset = UNSET
    third_party_hotel_codes: list[ThirdPartyHotelCode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        name = self.name

        chain_code = self.chain_code

        chain_name = self.chain_name

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        email = self.email

        hotel_id = self.hotel_id

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        star_rating = self.star_rating

        fax: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = []
            for fax_item_data in self.fax:
                fax_item = fax_item_data.to_dict()
                fax.append(fax_item)

        master_chain_code = self.master_chain_code

        brand_name = self.brand_name

        amenities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amenities, Unset):
            amenities = []
            for amenities_item_data in self.amenities:
                amenities_item = amenities_item_data.to_dict()
                amenities.append(amenities_item)

        additional_amenities: list[str] | Unset = UNSET
        if not isinstance(self.additional_amenities, Unset):
            additional_amenities = self.additional_amenities

        image_sets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_sets, Unset):
            image_sets = []
            for image_sets_item_data in self.image_sets:
                image_sets_item = image_sets_item_data.to_dict()
                image_sets.append(image_sets_item)

        descriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = []
            for descriptions_item_data in self.descriptions:
                descriptions_item = descriptions_item_data.to_dict()
                descriptions.append(descriptions_item)

        third_party_hotel_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.third_party_hotel_codes, Unset):
            third_party_hotel_codes = []
            for third_party_hotel_codes_item_data in self.third_party_hotel_codes:
                third_party_hotel_codes_item = third_party_hotel_codes_item_data.to_dict()
                third_party_hotel_codes.append(third_party_hotel_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "name": name,
            }
        )
        if chain_code is not UNSET:
            field_dict["chainCode"] = chain_code
        if chain_name is not UNSET:
            field_dict["chainName"] = chain_name
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if email is not UNSET:
            field_dict["email"] = email
        if hotel_id is not UNSET:
            field_dict["hotelId"] = hotel_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if star_rating is not UNSET:
            field_dict["starRating"] = star_rating
        if fax is not UNSET:
            field_dict["fax"] = fax
        if master_chain_code is not UNSET:
            field_dict["masterChainCode"] = master_chain_code
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if amenities is not UNSET:
            field_dict["amenities"] = amenities
        if additional_amenities is not UNSET:
            field_dict["additionalAmenities"] = additional_amenities
        if image_sets is not UNSET:
            field_dict["imageSets"] = image_sets
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if third_party_hotel_codes is not UNSET:
            field_dict["thirdPartyHotelCodes"] = third_party_hotel_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.hotel_amenities import HotelAmenities  # noqa: PLC0415
        from ..models.hotel_description import HotelDescription  # noqa: PLC0415
        from ..models.hotel_image_set import HotelImageSet  # noqa: PLC0415
        from ..models.latlng import Latlng  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415
        from ..models.third_party_hotel_code import ThirdPartyHotelCode  # noqa: PLC0415

        d = src_dict
        try:
            address = PostalAddress.from_dict(d["address"])

            name = d["name"]

            chain_code = _v if (_v := d.get("chainCode")) is not None else PARSED_UNSET

            chain_name = _v if (_v := d.get("chainName")) is not None else PARSED_UNSET

            _coordinates = _v if (_v := d.get("coordinates")) is not None else PARSED_UNSET
            coordinates: Latlng | Unset
            if isinstance(_coordinates, Unset):
                coordinates = UNSET
            else:
                coordinates = Latlng.from_dict(_coordinates)

            email = _v if (_v := d.get("email")) is not None else PARSED_UNSET

            hotel_id = _v if (_v := d.get("hotelId")) is not None else PARSED_UNSET

            _phone = _v if (_v := d.get("phone")) is not None else PARSED_UNSET
            phone: PhoneNumber | Unset
            if isinstance(_phone, Unset):
                phone = UNSET
            else:
                phone = PhoneNumber.from_dict(_phone)

            star_rating = _v if (_v := d.get("starRating")) is not None else PARSED_UNSET

            _fax = _v if (_v := d.get("fax")) is not None else PARSED_UNSET
            fax: list[PhoneNumber] | Unset = UNSET
            if _fax is not UNSET:
                fax = []
                for fax_item_data in _fax:
                    fax_item = PhoneNumber.from_dict(fax_item_data)

                    fax.append(fax_item)

            master_chain_code = _v if (_v := d.get("masterChainCode")) is not None else PARSED_UNSET

            brand_name = _v if (_v := d.get("brandName")) is not None else PARSED_UNSET

            _amenities = _v if (_v := d.get("amenities")) is not None else PARSED_UNSET
            amenities: list[HotelAmenities] | Unset = UNSET
            if _amenities is not UNSET:
                amenities = []
                for amenities_item_data in _amenities:
                    amenities_item = HotelAmenities.from_dict(amenities_item_data)

                    amenities.append(amenities_item)

            additional_amenities = cast(
                list[str], (_v if (_v := d.get("additionalAmenities")) is not None else PARSED_UNSET)
            )

            _image_sets = _v if (_v := d.get("imageSets")) is not None else PARSED_UNSET
            image_sets: list[HotelImageSet] | Unset = UNSET
            if _image_sets is not UNSET:
                image_sets = []
                for image_sets_item_data in _image_sets:
                    image_sets_item = HotelImageSet.from_dict(image_sets_item_data)

                    image_sets.append(image_sets_item)

            _descriptions = _v if (_v := d.get("descriptions")) is not None else PARSED_UNSET
            descriptions: list[HotelDescription] | Unset = UNSET
            if _descriptions is not UNSET:
                descriptions = []
                for descriptions_item_data in _descriptions:
                    descriptions_item = HotelDescription.from_dict(descriptions_item_data)

                    descriptions.append(descriptions_item)

            _third_party_hotel_codes = _v if (_v := d.get("thirdPartyHotelCodes")) is not None else PARSED_UNSET
            third_party_hotel_codes: list[ThirdPartyHotelCode] | Unset = UNSET
            if _third_party_hotel_codes is not UNSET:
                third_party_hotel_codes = []
                for third_party_hotel_codes_item_data in _third_party_hotel_codes:
                    third_party_hotel_codes_item = ThirdPartyHotelCode.from_dict(third_party_hotel_codes_item_data)

                    third_party_hotel_codes.append(third_party_hotel_codes_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelInfo", str(exc.args[0])) from None
        hotel_info = cls(
            address=address,
            name=name,
            chain_code=chain_code,
            chain_name=chain_name,
            coordinates=coordinates,
            email=email,
            hotel_id=hotel_id,
            phone=phone,
            star_rating=star_rating,
            fax=fax,
            master_chain_code=master_chain_code,
            brand_name=brand_name,
            amenities=amenities,
            additional_amenities=additional_amenities,
            image_sets=image_sets,
            descriptions=descriptions,
            third_party_hotel_codes=third_party_hotel_codes,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_info

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
