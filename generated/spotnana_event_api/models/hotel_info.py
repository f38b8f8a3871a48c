from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..types import (
    ITEM_TYPES,
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    read_list_as,
    require_field,
    to_dict_prepared,
)

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
_KNOWN_KEYS: frozenset[str] = frozenset(
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
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "address",
        "name",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "address": ("address", True, ("model", "postal_address", "PostalAddress"), None),
    "name": ("name", True, ("str",), None),
    "chainCode": ("chain_code", False, ("str",), None),
    "chainName": ("chain_name", False, ("str",), None),
    "coordinates": ("coordinates", False, ("model", "latlng", "Latlng"), None),
    "email": ("email", False, ("str",), None),
    "hotelId": ("hotel_id", False, ("str",), None),
    "phone": ("phone", False, ("model", "phone_number", "PhoneNumber"), None),
    "starRating": ("star_rating", False, ("float",), None),
    "fax": ("fax", False, ("list", ("model", "phone_number", "PhoneNumber")), None),
    "masterChainCode": ("master_chain_code", False, ("str",), None),
    "brandName": ("brand_name", False, ("str",), None),
    "amenities": ("amenities", False, ("list", ("model", "hotel_amenities", "HotelAmenities")), None),
    "additionalAmenities": ("additional_amenities", False, ("list", ("str",)), None),
    "imageSets": ("image_sets", False, ("list", ("model", "hotel_image_set", "HotelImageSet")), None),
    "descriptions": ("descriptions", False, ("list", ("model", "hotel_description", "HotelDescription")), None),
    "thirdPartyHotelCodes": (
        "third_party_hotel_codes",
        False,
        ("list", ("model", "third_party_hotel_code", "ThirdPartyHotelCode")),
        None,
    ),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class HotelInfo:
    """
    Attributes:
        address (PostalAddress): JSON ``address``.
        name (str): JSON ``name``; example San Francisco Airport Red Roof.
        chain_code (str | Unset): JSON ``chainCode``; example RF.
        chain_name (str | Unset): JSON ``chainName``; example Red Roof Inns.
        coordinates (Latlng | Unset): JSON ``coordinates``.
        email (str | Unset): JSON ``email``; example user@business.com.
        hotel_id (str | Unset): JSON ``hotelId``; example 100094780.
        phone (PhoneNumber | Unset): JSON ``phone``.
        star_rating (float | Unset): JSON ``starRating``; format double; example 3.5.
        fax (list[PhoneNumber] | Unset): JSON ``fax``.
        master_chain_code (str | Unset): JSON ``masterChainCode``; example EM.
        brand_name (str | Unset): JSON ``brandName``; example Marriott Hotel Brands.
        amenities (list[HotelAmenities] | Unset): JSON ``amenities``.
        additional_amenities (list[str] | Unset): JSON ``additionalAmenities``; example ['Room service', 'Wifi'].
        image_sets (list[HotelImageSet] | Unset): JSON ``imageSets``.
        descriptions (list[HotelDescription] | Unset): JSON ``descriptions``.
        third_party_hotel_codes (list[ThirdPartyHotelCode] | Unset): JSON ``thirdPartyHotelCodes``.
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
    # The JSON document of an instance from from_dict while some fields are not parsed yet
    # (see types.LazyDocument, types.PartialDocument); None once they are, and for an
    # instance built by the caller.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)
    # attribute -> (JSON key, parser) of each field, and the keys whose null is absent, for
    # types.PartialDocument (set below).
    _field_parsers: ClassVar[dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]
    _null_means_absent: ClassVar[frozenset[str]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the spec's keys in spec order, then any key the spec does not list.
        An instance from ``from_dict`` whose fields were never read or set writes back the
        document it was parsed from, in the server's order (a copy, less ``null`` optional
        fields)."""
        try:
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
            field_dict["address"] = address
            field_dict["name"] = name
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
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    if TYPE_CHECKING:

        @overload
        def require(self, name: Literal["chain_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["chain_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["coordinates"], /) -> Latlng: ...
        @overload
        def require(self, name: Literal["email"], /) -> str: ...
        @overload
        def require(self, name: Literal["hotel_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["phone"], /) -> PhoneNumber: ...
        @overload
        def require(self, name: Literal["star_rating"], /) -> float: ...
        @overload
        def require(self, name: Literal["fax"], /) -> list[PhoneNumber]: ...
        @overload
        def require(self, name: Literal["master_chain_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["brand_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["amenities"], /) -> list[HotelAmenities]: ...
        @overload
        def require(self, name: Literal["additional_amenities"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["image_sets"], /) -> list[HotelImageSet]: ...
        @overload
        def require(self, name: Literal["descriptions"], /) -> list[HotelDescription]: ...
        @overload
        def require(self, name: Literal["third_party_hotel_codes"], /) -> list[ThirdPartyHotelCode]: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"HotelInfo: expected a JSON object, got {type(src_dict).__name__}")
        if not ("address" in src_dict and "name" in src_dict):
            raise MissingRequiredFieldError("HotelInfo", min(_REQUIRED_KEYS - src_dict.keys()))
        instance = cls.__new__(cls)
        instance._raw = src_dict  # while parsing: a deprecated field set now is not the caller's
        try:
            _parse_document(instance, src_dict)
        except Exception:  # only reading the malformed field will raise (types.PartialDocument)
            parsed_in_part(instance, src_dict)
            return instance
        instance._raw = None
        return instance

    @classmethod
    def from_request(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a request body after checking it strictly, as the SDK checks bodies it sends:
        ``RequestValidationError`` names an unknown key (and the closest known one), a
        value of the wrong JSON type, an enum value the spec does not list, a broken
        pattern or bound. Responses go through the tolerant ``from_dict``."""
        check_request_json(cls, src_dict)
        return cls.from_dict(src_dict)

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


def _parse_address(d: Mapping[str, Any]) -> PostalAddress:
    address = PostalAddress.from_dict(d["address"])

    return address


def _parse_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "HotelInfo", "name")

    return name


def _parse_chain_code(d: Mapping[str, Any]) -> str | Unset:
    chain_code: str | Unset = _v if (_v := d.get("chainCode")) is not None else PARSED_UNSET
    if chain_code is not UNSET and (type(chain_code) is not str):
        chain_code = read_as("str", chain_code, "HotelInfo", "chainCode")

    return chain_code


def _parse_chain_name(d: Mapping[str, Any]) -> str | Unset:
    chain_name: str | Unset = _v if (_v := d.get("chainName")) is not None else PARSED_UNSET
    if chain_name is not UNSET and (type(chain_name) is not str):
        chain_name = read_as("str", chain_name, "HotelInfo", "chainName")

    return chain_name


def _parse_coordinates(d: Mapping[str, Any]) -> Latlng | Unset:
    _coordinates = _v if (_v := d.get("coordinates")) is not None else PARSED_UNSET
    coordinates: Latlng | Unset
    if isinstance(_coordinates, Unset):
        coordinates = UNSET
    else:
        coordinates = Latlng.from_dict(_coordinates)

    return coordinates


def _parse_email(d: Mapping[str, Any]) -> str | Unset:
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "HotelInfo", "email")

    return email


def _parse_hotel_id(d: Mapping[str, Any]) -> str | Unset:
    hotel_id: str | Unset = _v if (_v := d.get("hotelId")) is not None else PARSED_UNSET
    if hotel_id is not UNSET and (type(hotel_id) is not str):
        hotel_id = read_as("str", hotel_id, "HotelInfo", "hotelId")

    return hotel_id


def _parse_phone(d: Mapping[str, Any]) -> PhoneNumber | Unset:
    _phone = _v if (_v := d.get("phone")) is not None else PARSED_UNSET
    phone: PhoneNumber | Unset
    if isinstance(_phone, Unset):
        phone = UNSET
    else:
        phone = PhoneNumber.from_dict(_phone)

    return phone


def _parse_star_rating(d: Mapping[str, Any]) -> float | Unset:
    star_rating: float | Unset = _v if (_v := d.get("starRating")) is not None else PARSED_UNSET
    if star_rating is not UNSET and (type(star_rating) is not float and type(star_rating) is not int):
        star_rating = read_as("float", star_rating, "HotelInfo", "starRating")

    return star_rating


def _parse_fax(d: Mapping[str, Any]) -> list[PhoneNumber] | Unset:
    _fax = _v if (_v := d.get("fax")) is not None else PARSED_UNSET
    fax: list[PhoneNumber] | Unset = UNSET
    if _fax is not UNSET:
        fax = []
        for fax_item_data in _fax:
            fax_item = PhoneNumber.from_dict(fax_item_data)

            fax.append(fax_item)

    return fax


def _parse_master_chain_code(d: Mapping[str, Any]) -> str | Unset:
    master_chain_code: str | Unset = _v if (_v := d.get("masterChainCode")) is not None else PARSED_UNSET
    if master_chain_code is not UNSET and (type(master_chain_code) is not str):
        master_chain_code = read_as("str", master_chain_code, "HotelInfo", "masterChainCode")

    return master_chain_code


def _parse_brand_name(d: Mapping[str, Any]) -> str | Unset:
    brand_name: str | Unset = _v if (_v := d.get("brandName")) is not None else PARSED_UNSET
    if brand_name is not UNSET and (type(brand_name) is not str):
        brand_name = read_as("str", brand_name, "HotelInfo", "brandName")

    return brand_name


def _parse_amenities(d: Mapping[str, Any]) -> list[HotelAmenities] | Unset:
    _amenities = _v if (_v := d.get("amenities")) is not None else PARSED_UNSET
    amenities: list[HotelAmenities] | Unset = UNSET
    if _amenities is not UNSET:
        amenities = []
        for amenities_item_data in _amenities:
            amenities_item = HotelAmenities.from_dict(amenities_item_data)

            amenities.append(amenities_item)

    return amenities


def _parse_additional_amenities(d: Mapping[str, Any]) -> list[str] | Unset:
    additional_amenities = cast(
        list[str] | Unset, (_v if (_v := d.get("additionalAmenities")) is not None else PARSED_UNSET)
    )

    if additional_amenities is not UNSET and (
        type(additional_amenities) is not list or not ITEM_TYPES["str"].issuperset(map(type, additional_amenities))
    ):
        additional_amenities = read_list_as("str", additional_amenities, "HotelInfo", "additionalAmenities")

    return additional_amenities


def _parse_image_sets(d: Mapping[str, Any]) -> list[HotelImageSet] | Unset:
    _image_sets = _v if (_v := d.get("imageSets")) is not None else PARSED_UNSET
    image_sets: list[HotelImageSet] | Unset = UNSET
    if _image_sets is not UNSET:
        image_sets = []
        for image_sets_item_data in _image_sets:
            image_sets_item = HotelImageSet.from_dict(image_sets_item_data)

            image_sets.append(image_sets_item)

    return image_sets


def _parse_descriptions(d: Mapping[str, Any]) -> list[HotelDescription] | Unset:
    _descriptions = _v if (_v := d.get("descriptions")) is not None else PARSED_UNSET
    descriptions: list[HotelDescription] | Unset = UNSET
    if _descriptions is not UNSET:
        descriptions = []
        for descriptions_item_data in _descriptions:
            descriptions_item = HotelDescription.from_dict(descriptions_item_data)

            descriptions.append(descriptions_item)

    return descriptions


def _parse_third_party_hotel_codes(d: Mapping[str, Any]) -> list[ThirdPartyHotelCode] | Unset:
    _third_party_hotel_codes = _v if (_v := d.get("thirdPartyHotelCodes")) is not None else PARSED_UNSET
    third_party_hotel_codes: list[ThirdPartyHotelCode] | Unset = UNSET
    if _third_party_hotel_codes is not UNSET:
        third_party_hotel_codes = []
        for third_party_hotel_codes_item_data in _third_party_hotel_codes:
            third_party_hotel_codes_item = ThirdPartyHotelCode.from_dict(third_party_hotel_codes_item_data)

            third_party_hotel_codes.append(third_party_hotel_codes_item)

    return third_party_hotel_codes


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: HotelInfo, d: Mapping[str, Any]) -> None:
    address = PostalAddress.from_dict(d["address"])

    self.address = address
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "HotelInfo", "name")

    self.name = name
    chain_code: str | Unset = _v if (_v := d.get("chainCode")) is not None else PARSED_UNSET
    if chain_code is not UNSET and (type(chain_code) is not str):
        chain_code = read_as("str", chain_code, "HotelInfo", "chainCode")

    self.chain_code = chain_code
    chain_name: str | Unset = _v if (_v := d.get("chainName")) is not None else PARSED_UNSET
    if chain_name is not UNSET and (type(chain_name) is not str):
        chain_name = read_as("str", chain_name, "HotelInfo", "chainName")

    self.chain_name = chain_name
    _coordinates = _v if (_v := d.get("coordinates")) is not None else PARSED_UNSET
    coordinates: Latlng | Unset
    if isinstance(_coordinates, Unset):
        coordinates = UNSET
    else:
        coordinates = Latlng.from_dict(_coordinates)

    self.coordinates = coordinates
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "HotelInfo", "email")

    self.email = email
    hotel_id: str | Unset = _v if (_v := d.get("hotelId")) is not None else PARSED_UNSET
    if hotel_id is not UNSET and (type(hotel_id) is not str):
        hotel_id = read_as("str", hotel_id, "HotelInfo", "hotelId")

    self.hotel_id = hotel_id
    _phone = _v if (_v := d.get("phone")) is not None else PARSED_UNSET
    phone: PhoneNumber | Unset
    if isinstance(_phone, Unset):
        phone = UNSET
    else:
        phone = PhoneNumber.from_dict(_phone)

    self.phone = phone
    star_rating: float | Unset = _v if (_v := d.get("starRating")) is not None else PARSED_UNSET
    if star_rating is not UNSET and (type(star_rating) is not float and type(star_rating) is not int):
        star_rating = read_as("float", star_rating, "HotelInfo", "starRating")

    self.star_rating = star_rating
    _fax = _v if (_v := d.get("fax")) is not None else PARSED_UNSET
    fax: list[PhoneNumber] | Unset = UNSET
    if _fax is not UNSET:
        fax = []
        for fax_item_data in _fax:
            fax_item = PhoneNumber.from_dict(fax_item_data)

            fax.append(fax_item)

    self.fax = fax
    master_chain_code: str | Unset = _v if (_v := d.get("masterChainCode")) is not None else PARSED_UNSET
    if master_chain_code is not UNSET and (type(master_chain_code) is not str):
        master_chain_code = read_as("str", master_chain_code, "HotelInfo", "masterChainCode")

    self.master_chain_code = master_chain_code
    brand_name: str | Unset = _v if (_v := d.get("brandName")) is not None else PARSED_UNSET
    if brand_name is not UNSET and (type(brand_name) is not str):
        brand_name = read_as("str", brand_name, "HotelInfo", "brandName")

    self.brand_name = brand_name
    _amenities = _v if (_v := d.get("amenities")) is not None else PARSED_UNSET
    amenities: list[HotelAmenities] | Unset = UNSET
    if _amenities is not UNSET:
        amenities = []
        for amenities_item_data in _amenities:
            amenities_item = HotelAmenities.from_dict(amenities_item_data)

            amenities.append(amenities_item)

    self.amenities = amenities
    additional_amenities = cast(
        list[str] | Unset, (_v if (_v := d.get("additionalAmenities")) is not None else PARSED_UNSET)
    )

    if additional_amenities is not UNSET and (
        type(additional_amenities) is not list or not ITEM_TYPES["str"].issuperset(map(type, additional_amenities))
    ):
        additional_amenities = read_list_as("str", additional_amenities, "HotelInfo", "additionalAmenities")

    self.additional_amenities = additional_amenities
    _image_sets = _v if (_v := d.get("imageSets")) is not None else PARSED_UNSET
    image_sets: list[HotelImageSet] | Unset = UNSET
    if _image_sets is not UNSET:
        image_sets = []
        for image_sets_item_data in _image_sets:
            image_sets_item = HotelImageSet.from_dict(image_sets_item_data)

            image_sets.append(image_sets_item)

    self.image_sets = image_sets
    _descriptions = _v if (_v := d.get("descriptions")) is not None else PARSED_UNSET
    descriptions: list[HotelDescription] | Unset = UNSET
    if _descriptions is not UNSET:
        descriptions = []
        for descriptions_item_data in _descriptions:
            descriptions_item = HotelDescription.from_dict(descriptions_item_data)

            descriptions.append(descriptions_item)

    self.descriptions = descriptions
    _third_party_hotel_codes = _v if (_v := d.get("thirdPartyHotelCodes")) is not None else PARSED_UNSET
    third_party_hotel_codes: list[ThirdPartyHotelCode] | Unset = UNSET
    if _third_party_hotel_codes is not UNSET:
        third_party_hotel_codes = []
        for third_party_hotel_codes_item_data in _third_party_hotel_codes:
            third_party_hotel_codes_item = ThirdPartyHotelCode.from_dict(third_party_hotel_codes_item_data)

            third_party_hotel_codes.append(third_party_hotel_codes_item)

    self.third_party_hotel_codes = third_party_hotel_codes
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "address": ("address", _parse_address),
    "name": ("name", _parse_name),
    "chain_code": ("chainCode", _parse_chain_code),
    "chain_name": ("chainName", _parse_chain_name),
    "coordinates": ("coordinates", _parse_coordinates),
    "email": ("email", _parse_email),
    "hotel_id": ("hotelId", _parse_hotel_id),
    "phone": ("phone", _parse_phone),
    "star_rating": ("starRating", _parse_star_rating),
    "fax": ("fax", _parse_fax),
    "master_chain_code": ("masterChainCode", _parse_master_chain_code),
    "brand_name": ("brandName", _parse_brand_name),
    "amenities": ("amenities", _parse_amenities),
    "additional_amenities": ("additionalAmenities", _parse_additional_amenities),
    "image_sets": ("imageSets", _parse_image_sets),
    "descriptions": ("descriptions", _parse_descriptions),
    "third_party_hotel_codes": ("thirdPartyHotelCodes", _parse_third_party_hotel_codes),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
HotelInfo._field_parsers = _PARSERS
HotelInfo._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = HotelInfo.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.hotel_amenities import HotelAmenities
from ..models.hotel_description import HotelDescription
from ..models.hotel_image_set import HotelImageSet
from ..models.latlng import Latlng
from ..models.phone_number import PhoneNumber
from ..models.postal_address import PostalAddress
from ..models.third_party_hotel_code import ThirdPartyHotelCode
