from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.conditional_rate import ConditionalRate
from ..models.hotel_pref_amenity import HotelPrefAmenity
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.hotel_brand import HotelBrand
    from ..models.hotel_chain import HotelChain
    from ..models.room_preference import RoomPreference


T = TypeVar("T", bound="HotelPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "hotelParentChains",
        "hotelBrands",
        "hotelAmenityTypes",
        "roomPreference",
        "conditionalRates",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "hotelParentChains": ("hotel_parent_chains", False, ("list", ("model", "hotel_chain", "HotelChain")), None),
    "hotelBrands": ("hotel_brands", False, ("list", ("model", "hotel_brand", "HotelBrand")), None),
    "hotelAmenityTypes": (
        "hotel_amenity_types",
        False,
        ("list", ("enum", "hotel_pref_amenity", "HotelPrefAmenity")),
        None,
    ),
    "roomPreference": ("room_preference", False, ("model", "room_preference", "RoomPreference"), None),
    "conditionalRates": ("conditional_rates", False, ("list", ("enum", "conditional_rate", "ConditionalRate")), None),
}


def _enum_hotel_amenity_types(value: Sequence[HotelPrefAmenity | str] | Unset) -> list[HotelPrefAmenity] | Unset:
    converted: list[HotelPrefAmenity] | Unset = enum_list_field(
        value, HotelPrefAmenity, "HotelPref", "hotel_amenity_types"
    )
    return converted


def _enum_conditional_rates(value: Sequence[ConditionalRate | str] | Unset) -> list[ConditionalRate] | Unset:
    converted: list[ConditionalRate] | Unset = enum_list_field(value, ConditionalRate, "HotelPref", "conditional_rates")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class HotelPref:
    """
    Attributes:
        hotel_parent_chains (list[HotelChain] | Unset): JSON ``hotelParentChains``.
        hotel_brands (list[HotelBrand] | Unset): JSON ``hotelBrands``.
        hotel_amenity_types (list[HotelPrefAmenity] | Unset): JSON ``hotelAmenityTypes``; one of PARKING, FREE_PARKING,
            FREE_BREAKFAST, POOL, WIFI, FITNESS_CENTER, FAMILY_FRIENDLY, RECEPTION, SPA, RESTAURANT, BAR, TRANSPORTATION,
            PET_FRIENDLY, BUSINESS_CENTER, AIR_CONDITIONING, BEACH_ACCESS, LAUNDRY_SERVICES, ROOM_SERVICE, ACCESSIBLE.
        room_preference (RoomPreference | Unset): JSON ``roomPreference``.
        conditional_rates (list[ConditionalRate] | Unset): JSON ``conditionalRates``; one of MILITARY, AAA, GOVERNMENT.
    """

    hotel_parent_chains: list[HotelChain] | Unset = UNSET
    hotel_brands: list[HotelBrand] | Unset = UNSET
    hotel_amenity_types: list[HotelPrefAmenity] | Unset = _attrs_field(
        default=UNSET, converter=_enum_hotel_amenity_types
    )
    room_preference: RoomPreference | Unset = UNSET
    conditional_rates: list[ConditionalRate] | Unset = _attrs_field(default=UNSET, converter=_enum_conditional_rates)
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
        def require(self, name: Literal["hotel_parent_chains"], /) -> list[HotelChain]: ...
        @overload
        def require(self, name: Literal["hotel_brands"], /) -> list[HotelBrand]: ...
        @overload
        def require(self, name: Literal["hotel_amenity_types"], /) -> list[HotelPrefAmenity]: ...
        @overload
        def require(self, name: Literal["room_preference"], /) -> RoomPreference: ...
        @overload
        def require(self, name: Literal["conditional_rates"], /) -> list[ConditionalRate]: ...
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
            raise ModelParseError(f"HotelPref: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_hotel_parent_chains(d: Mapping[str, Any]) -> list[HotelChain] | Unset:
    _hotel_parent_chains = _v if (_v := d.get("hotelParentChains")) is not None else PARSED_UNSET
    hotel_parent_chains: list[HotelChain] | Unset = UNSET
    if _hotel_parent_chains is not UNSET:
        hotel_parent_chains = []
        for hotel_parent_chains_item_data in _hotel_parent_chains:
            hotel_parent_chains_item = HotelChain.from_dict(hotel_parent_chains_item_data)

            hotel_parent_chains.append(hotel_parent_chains_item)

    return hotel_parent_chains


def _parse_hotel_brands(d: Mapping[str, Any]) -> list[HotelBrand] | Unset:
    _hotel_brands = _v if (_v := d.get("hotelBrands")) is not None else PARSED_UNSET
    hotel_brands: list[HotelBrand] | Unset = UNSET
    if _hotel_brands is not UNSET:
        hotel_brands = []
        for hotel_brands_item_data in _hotel_brands:
            hotel_brands_item = HotelBrand.from_dict(hotel_brands_item_data)

            hotel_brands.append(hotel_brands_item)

    return hotel_brands


def _parse_hotel_amenity_types(d: Mapping[str, Any]) -> list[HotelPrefAmenity] | Unset:
    _hotel_amenity_types = _v if (_v := d.get("hotelAmenityTypes")) is not None else PARSED_UNSET
    hotel_amenity_types: list[HotelPrefAmenity] | Unset = UNSET
    if _hotel_amenity_types is not UNSET:
        hotel_amenity_types = []
        for hotel_amenity_types_item_data in _hotel_amenity_types:
            hotel_amenity_types_item = HotelPrefAmenity._members[hotel_amenity_types_item_data]

            hotel_amenity_types.append(hotel_amenity_types_item)

    return hotel_amenity_types


def _parse_room_preference(d: Mapping[str, Any]) -> RoomPreference | Unset:
    _room_preference = _v if (_v := d.get("roomPreference")) is not None else PARSED_UNSET
    room_preference: RoomPreference | Unset
    if isinstance(_room_preference, Unset):
        room_preference = UNSET
    else:
        room_preference = RoomPreference.from_dict(_room_preference)

    return room_preference


def _parse_conditional_rates(d: Mapping[str, Any]) -> list[ConditionalRate] | Unset:
    _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    if _conditional_rates is not UNSET:
        conditional_rates = []
        for conditional_rates_item_data in _conditional_rates:
            conditional_rates_item = ConditionalRate._members[conditional_rates_item_data]

            conditional_rates.append(conditional_rates_item)

    return conditional_rates


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: HotelPref, d: Mapping[str, Any]) -> None:
    _hotel_parent_chains = _v if (_v := d.get("hotelParentChains")) is not None else PARSED_UNSET
    hotel_parent_chains: list[HotelChain] | Unset = UNSET
    if _hotel_parent_chains is not UNSET:
        hotel_parent_chains = []
        for hotel_parent_chains_item_data in _hotel_parent_chains:
            hotel_parent_chains_item = HotelChain.from_dict(hotel_parent_chains_item_data)

            hotel_parent_chains.append(hotel_parent_chains_item)

    self.hotel_parent_chains = hotel_parent_chains
    _hotel_brands = _v if (_v := d.get("hotelBrands")) is not None else PARSED_UNSET
    hotel_brands: list[HotelBrand] | Unset = UNSET
    if _hotel_brands is not UNSET:
        hotel_brands = []
        for hotel_brands_item_data in _hotel_brands:
            hotel_brands_item = HotelBrand.from_dict(hotel_brands_item_data)

            hotel_brands.append(hotel_brands_item)

    self.hotel_brands = hotel_brands
    _hotel_amenity_types = _v if (_v := d.get("hotelAmenityTypes")) is not None else PARSED_UNSET
    hotel_amenity_types: list[HotelPrefAmenity] | Unset = UNSET
    if _hotel_amenity_types is not UNSET:
        hotel_amenity_types = []
        for hotel_amenity_types_item_data in _hotel_amenity_types:
            hotel_amenity_types_item = HotelPrefAmenity._members[hotel_amenity_types_item_data]

            hotel_amenity_types.append(hotel_amenity_types_item)

    self.hotel_amenity_types = hotel_amenity_types
    _room_preference = _v if (_v := d.get("roomPreference")) is not None else PARSED_UNSET
    room_preference: RoomPreference | Unset
    if isinstance(_room_preference, Unset):
        room_preference = UNSET
    else:
        room_preference = RoomPreference.from_dict(_room_preference)

    self.room_preference = room_preference
    _conditional_rates = _v if (_v := d.get("conditionalRates")) is not None else PARSED_UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    if _conditional_rates is not UNSET:
        conditional_rates = []
        for conditional_rates_item_data in _conditional_rates:
            conditional_rates_item = ConditionalRate._members[conditional_rates_item_data]

            conditional_rates.append(conditional_rates_item)

    self.conditional_rates = conditional_rates
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "hotel_parent_chains": ("hotelParentChains", _parse_hotel_parent_chains),
    "hotel_brands": ("hotelBrands", _parse_hotel_brands),
    "hotel_amenity_types": ("hotelAmenityTypes", _parse_hotel_amenity_types),
    "room_preference": ("roomPreference", _parse_room_preference),
    "conditional_rates": ("conditionalRates", _parse_conditional_rates),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
HotelPref._field_parsers = _PARSERS
HotelPref._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = HotelPref.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.hotel_brand import HotelBrand
from ..models.hotel_chain import HotelChain
from ..models.room_preference import RoomPreference
