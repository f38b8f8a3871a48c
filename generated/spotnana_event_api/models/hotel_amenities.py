from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.hotel_amenity_type import HotelAmenityType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="HotelAmenities")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "additionalInfo",
        "complimentary",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "type": ("type_", False, ("enum", "hotel_amenity_type", "HotelAmenityType"), None),
    "additionalInfo": ("additional_info", False, ("str",), None),
    "complimentary": ("complimentary", False, ("bool",), None),
}


def _enum_type_(value: HotelAmenityType | str | Unset) -> HotelAmenityType | Unset:
    converted: HotelAmenityType | Unset = enum_field(value, HotelAmenityType, "HotelAmenities", "type_")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class HotelAmenities:
    """
    Attributes:
        type_ (HotelAmenityType | Unset): JSON ``type``; example ECO_FRIENDLY; one of TWENTY_FOUR_HOUR_FRONT_DESK,
            TWENTY_FOUR_HOUR_ROOM_SERVICE, TWENTY_FOUR_HOUR_SECURITY, ADJOINING_ROOMS, AIR_CONDITIONING, AIRLINE_DESK,
            ATM_CASH_MACHINE, BABY_SITTING, BBQ_PICNIC_AREA, BILINGUAL_STAFF, BOOKSTORE, BOUTIQUES_STORES,
            BRAILED_ELEVATORS, BUSINESS_LIBRARY, CAR_RENTAL_DESK, CASINO, CHECK_CASHING_POLICY, CHECK_IN_KIOSK,
            COCKTAIL_LOUNGE, COFFEE_SHOP, COIN_OPERATED_LAUNDRY, CONCIERGE_DESK, CONCIERGE_FLOOR, CONFERENCE_FACILITIES,
            COURTYARD, CURRENCY_EXCHANGE, DESK_WITH_ELECTRICAL_OUTLET, DOCTOR_ON_CALL, DOOR_MAN, DRIVING_RANGE,
            DRUGSTORE_PHARMACY, DUTY_FREE_SHOP, ELEVATORS, EXECUTIVE_FLOOR, EXERCISE_GYM, EXPRESS_CHECK_IN,
            EXPRESS_CHECK_OUT, FAMILY_PLAN, FLORIST, FOLIOS, FREE_AIRPORT_SHUTTLE, FREE_PARKING, FREE_TRANSPORTATION,
            GAME_ROOM, GIFT_NEWS_STAND, HAIRDRESSER_BARBER, ACCESSIBLE_FACILITIES, HEALTH_CLUB, HEATED_POOL,
            HOUSEKEEPING_DAILY, HOUSEKEEPING_WEEKLY, ICE_MACHINE, INDOOR_PARKING, INDOOR_POOL, JACUZZI, JOGGING_TRACK,
            KENNELS, LAUNDRY_VALET_SERVICE, LIQUOR_STORE, LIVE_ENTERTAINMENT, MASSAGE_SERVICES, NIGHTCLUB, OFF_SITE_PARKING,
            ON_SITE_PARKING, OUTDOOR_PARKING, OUTDOOR_POOL, PACKAGE_PARCEL_SERVICES, PARKING, PHOTOCOPY_CENTER, PLAYGROUND,
            POOL, POOLSIDE_SNACK_BAR, PUBLIC_ADDRESS_SYSTEM, RAMP_ACCESS, RECREATIONAL_VEHICLE_PARKING, RESTAURANT,
            ROOM_SERVICE, SAFE_DEPOSIT_BOX, SAUNA, SECURITY, SHOE_SHINE_STAND, SHOPPING_MALL, SOLARIUM, SPA, SPORTS_BAR,
            STEAM_BATH, STORAGE_SPACE, SUNDRY_CONVENIENCE_STORE, TECHNICAL_CONCIERGE, THEATRE_DESK, TOUR_SIGHTSEEING_DESK,
            TRANSLATION_SERVICES, TRAVEL_AGENCY, TRUCK_PARKING, VALET_CLEANING, DRY_CLEANING, VALET_PARKING,
            VENDING_MACHINES, VIDEO_TAPES, WAKEUP_SERVICE, WHEELCHAIR_ACCESS, WHIRLPOOL, MULTILINGUAL_STAFF,
            WEDDING_SERVICES, BANQUET_FACILITIES, BELL_STAFF_PORTER, BEAUTY_SHOP_SALON, COMPLIMENTARY_SELF_SERVICE_LAUNDRY,
            DIRECT_DIAL_TELEPHONE, FEMALE_TRAVELER_ROOM_FLOOR, PHARMACY, STABLES, ONE_TWENTY_AC, ONE_TWENTY_DC,
            TWO_TWENTY_AC, ACCESSIBLE_PARKING, TWO_TWENTY_DC, BARBEQUE_GRILLS, WOMENS_CLOTHING, MENS_CLOTHING,
            CHILDRENS_CLOTHING, SHOPS_AND_COMMERCIAL_SERVICES, VIDEO_GAMES, SPORTS_BAR_OPEN_FOR_LUNCH,
            SPORTS_BAR_OPEN_FOR_DINNER, ROOM_SERVICE_FULL_MENU, ROOM_SERVICE_LIMITED_MENU, ROOM_SERVICE_LIMITED_HOURS,
            VALET_SAME_DAY_DRY_CLEANING, BODY_SCRUB, BODY_WRAP, PUBLIC_AREA_AIR_CONDITIONED, EFOLIO_AVAILABLE_TO_COMPANY,
            INDIVIDUAL_EFOLIO_AVAILABLE, VIDEO_REVIEW_BILLING, BUTLER_SERVICE, COMPLIMENTARY_IN_ROOM_COFFEE_OR_TEA,
            COMPLIMENTARY_BUFFET_BREAKFAST, COMPLIMENTARY_COCKTAILS, COMPLIMENTARY_COFFEE_IN_LOBBY,
            COMPLIMENTARY_CONTINENTAL_BREAKFAST, COMPLIMENTARY_FULL_AMERICAN_BREAKFAST,
            DINNER_DELIVERY_SERVICE_FROM_LOCAL_RESTAURANT, COMPLIMENTARY_NEWSPAPER_DELIVERED_TO_ROOM,
            COMPLIMENTARY_NEWSPAPER_IN_LOBBY, COMPLIMENTARY_SHOESHINE, EVENING_RECEPTION, FRONT_DESK,
            GROCERY_SHOPPING_SERVICE_AVAILABLE, HALAL_FOOD_AVAILABLE, KOSHER_FOOD_AVAILABLE, LIMOUSINE_SERVICE,
            MANAGERS_RECEPTION, MEDICAL_FACILITIES_SERVICE, TELEPHONE_JACK_ADAPTOR_AVAILABLE, ALL_INCLUSIVE_MEAL_PLAN,
            BUFFET_BREAKFAST, COMMUNAL_BAR_AREA, CONTINENTAL_BREAKFAST, FULL_MEAL_PLAN, FULL_AMERICAN_BREAKFAST,
            MEAL_PLAN_AVAILABLE, MODIFIED_AMERICAN_MEAL_PLAN, FOOD_AND_BEVERAGE_OUTLETS, LOUNGES_BARS, BARBER_SHOP,
            VIDEO_CHECKOUT, ONSITE_LAUNDRY, TWENTY_FOUR_HOUR_FOOD_AND_BEVERAGE_KIOSK, CONCIERGE_LOUNGE,
            PARKING_FEE_MANAGED_BY_HOTEL, TRANSPORTATION, BREAKFAST_SERVED_IN_RESTAURANT, LUNCH_SERVED_IN_RESTAURANT,
            DINNER_SERVED_IN_RESTAURANT, FULL_SERVICE_HOUSEKEEPING, LIMITED_SERVICE_HOUSEKEEPING,
            HIGH_SPEED_INTERNET_ACCESS_FOR_LAPTOP_IN_PUBLIC_AREAS, WIRELESS_INTERNET_CONNECTION_IN_PUBLIC_AREAS,
            ADDITIONAL_SERVICES_AMENITIES_FACILITIES_ON_PROPERTY, TRANSPORTATION_SERVICES_LOCAL_AREA,
            TRANSPORTATION_SERVICES_LOCAL_OFFICE, DVD_VIDEO_RENTAL, PARKING_LOT, PARKING_DECK, STREET_SIDE_PARKING,
            COCKTAIL_LOUNGE_WITH_ENTERTAINMENT, COCKTAIL_LOUNGE_WITH_LIGHT_FARE, MOTORCYCLE_PARKING, PHONE_SERVICES,
            BALLROOM, BUS_PARKING, CHILDRENS_PLAY_AREA, CHILDRENS_NURSERY, DISCO, EARLY_CHECK_IN, LOCKER_ROOM,
            NON_SMOKING_ROOMS_GENERIC, TRAIN_ACCESS, AEROBICS_INSTRUCTION, BAGGAGE_HOLD, BICYCLE_RENTALS, DIETICIAN,
            LATE_CHECK_OUT_AVAILABLE, PET_SITTING_SERVICES, PRAYER_MATS, SPORTS_TRAINER, TURNDOWN_SERVICE,
            DVDS_VIDEOS_CHILDREN, BANK, LOBBY_COFFEE_SERVICE, BANKING_SERVICES, STAIRWELLS, PET_AMENITIES_AVAILABLE,
            EXHIBITION_CONVENTION_FLOOR, LONG_TERM_PARKING, CHILDREN_NOT_ALLOWED, CHILDREN_WELCOME, COURTESY_CAR,
            HOTEL_DOES_NOT_PROVIDE_PORNOGRAPHIC_FILMS_TV, HOTSPOTS, FREE_HIGH_SPEED_INTERNET_CONNECTION, INTERNET_SERVICES,
            PETS_ALLOWED, GOURMET_HIGHLIGHTS, CATERING_SERVICES, COMPLIMENTARY_BREAKFAST, BUSINESS_CENTER,
            BUSINESS_SERVICES, SECURED_PARKING, RACQUETBALL, SNOW_SPORTS, TENNIS_COURT, WATER_SPORTS, CHILD_PROGRAMS, GOLF,
            HORSEBACK_RIDING, OCEANFRONT, BEACHFRONT, HAIR_DRYER, IRONING_BOARD, HEATED_GUEST_ROOMS, TOILET, PARLOR,
            VIDEO_GAME_PLAYER, THALASSOTHERAPY, PRIVATE_DINING_FOR_GROUPS, HEARING_IMPAIRED_SERVICES, CARRYOUT_BREAKFAST,
            DELUXE_CONTINENTAL_BREAKFAST, HOT_CONTINENTAL_BREAKFAST, HOT_BREAKFAST, PRIVATE_POOL, CONNECTING_ROOMS,
            DATA_PORT, EXTERIOR_CORRIDORS, GULF_VIEW, ACCESSIBLE_ROOMS, HIGH_SPEED_INTERNET_ACCESS, INTERIOR_CORRIDORS,
            HIGH_SPEED_WIRELESS, KITCHENETTE, PRIVATE_BATH_OR_SHOWER, FIRE_SAFETY_COMPLIANT, WELCOME_DRINK,
            BOARDING_PASS_PRINT_OUT_AVAILABLE, PRINTING_SERVICES_AVAILABLE, ALL_PUBLIC_AREAS_NON_SMOKING, MEETING_ROOMS,
            MOVIES_IN_ROOM, SECRETARIAL_SERVICE, SNOW_SKIING, WATER_SKIING, FAX_SERVICE, GREAT_ROOM, LOBBY,
            MULTIPLE_PHONE_LINES_BILLED_SEPARATELY, UMBRELLAS, GAS_STATION, GROCERY_STORE, TWENTY_FOUR_HOUR_COFFEE_SHOP,
            AIRPORT_SHUTTLE_SERVICE, LUGGAGE_SERVICE, PIANO_BAR, VIP_SECURITY, COMPLIMENTARY_WIRELESS_INTERNET,
            CONCIERGE_BREAKFAST, SAME_GENDER_FLOOR, CHILDREN_PROGRAMS,
            BUILDING_MEETS_LOCAL_STATE_AND_COUNTRY_BUILDING_CODES, INTERNET_BROWSER_ON_TV, NEWSPAPER,
            PARKING_CONTROLLED_ACCESS_GATES_TO_ENTER_PARKING_AREA, HOTEL_SAFE_DEPOSIT_BOX_NOT_ROOM_SAFE_BOX,
            STORAGE_SPACE_AVAILABLE_FEE, TYPE_OF_ENTRANCES_TO_GUEST_ROOMS, BEVERAGE_COCKTAIL, CELL_PHONE_RENTAL, COFFEE_TEA,
            EARLY_CHECK_IN_GUARANTEE, FOOD_AND_BEVERAGE_DISCOUNT, LATE_CHECK_OUT_GUARANTEE, ROOM_UPGRADE_CONFIRMED,
            ROOM_UPGRADE_ON_AVAILABILITY, SHUTTLE_TO_LOCAL_BUSINESSES, SHUTTLE_TO_LOCAL_ATTRACTIONS, SOCIAL_HOUR,
            VIDEO_BILLING, WELCOME_GIFT, HYPOALLERGENIC_ROOMS, ROOM_AIR_FILTRATION, SMOKE_FREE_PROPERTY,
            WATER_PURIFICATION_SYSTEM_IN_USE, POOLSIDE_SERVICE, CLOTHING_STORE, ELECTRIC_CAR_CHARGING_STATIONS,
            OFFICE_RENTAL, PIANO, INCOMING_FAX, OUTGOING_FAX, SEMI_PRIVATE_SPACE, LOADING_DOCK, BABY_KIT,
            CHILDRENS_BREAKFAST, CLOAKROOM_SERVICE, COFFEE_LOUNGE, EVENTS_TICKET_SERVICE, LATE_CHECK_IN, LIMITED_PARKING,
            OUTDOOR_SUMMER_BAR_CAFE, NO_PARKING_AVAILABLE, BEER_GARDEN, GARDEN_LOUNGE_BAR, SUMMER_TERRACE, WINTER_TERRACE,
            ROOF_TERRACE, BEACH_BAR, HELICOPTER_SERVICE, FERRY, TAPAS_BAR, CAFE_BAR, SNACK_BAR, GUESTROOM_WIRED_INTERNET,
            GUESTROOM_WIRELESS_INTERNET, FITNESS_CENTER, ALCOHOLIC_BEVERAGES, NON_ALCOHOLIC_BEVERAGES,
            HEALTH_AND_BEAUTY_SERVICES, LOCAL_CALLS, MINIBAR, REFRIGERATOR, IN_ROOM_SAFE, SMOKING_ROOMS_AVAILBLE,
            MOUNTAIN_VIEW, POOL_VIEW, BEACH_VIEW, OCEAN_VIEW, ROOMS_WITH_BALCONY, FAMILY_ROOM, CRIB_CHARGE, ROLLAWAY_ADULT,
            FREE_WIFI_IN_MEETING_ROOMS, ECO_FRIENDLY, EXTRA_PERSON, STAY_SAFE, ENHANCED_HYGIENE_CLEANLINESS_PROTOCOLS.
        additional_info (str | Unset): JSON ``additionalInfo``; example Complimentary in-room coffee or tea.
        complimentary (bool | Unset): JSON ``complimentary``; example True.
    """

    type_: HotelAmenityType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    additional_info: str | Unset = UNSET
    complimentary: bool | Unset = UNSET
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
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            additional_info = self.additional_info

            complimentary = self.complimentary

            field_dict: dict[str, Any] = {}
            if type_ is not UNSET:
                field_dict["type"] = type_
            if additional_info is not UNSET:
                field_dict["additionalInfo"] = additional_info
            if complimentary is not UNSET:
                field_dict["complimentary"] = complimentary
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
        def require(self, name: Literal["type_"], /) -> HotelAmenityType: ...
        @overload
        def require(self, name: Literal["additional_info"], /) -> str: ...
        @overload
        def require(self, name: Literal["complimentary"], /) -> bool: ...
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
            raise ModelParseError(f"HotelAmenities: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_type_(d: Mapping[str, Any]) -> HotelAmenityType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: HotelAmenityType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = HotelAmenityType._members[_type_]

    return type_


def _parse_additional_info(d: Mapping[str, Any]) -> str | Unset:
    additional_info: str | Unset = _v if (_v := d.get("additionalInfo")) is not None else PARSED_UNSET
    if additional_info is not UNSET and (type(additional_info) is not str):
        additional_info = read_as("str", additional_info, "HotelAmenities", "additionalInfo")

    return additional_info


def _parse_complimentary(d: Mapping[str, Any]) -> bool | Unset:
    complimentary: bool | Unset = _v if (_v := d.get("complimentary")) is not None else PARSED_UNSET
    if complimentary is not UNSET and (type(complimentary) is not bool):
        complimentary = read_as("bool", complimentary, "HotelAmenities", "complimentary")

    return complimentary


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: HotelAmenities, d: Mapping[str, Any]) -> None:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: HotelAmenityType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = HotelAmenityType._members[_type_]

    self.type_ = type_
    additional_info: str | Unset = _v if (_v := d.get("additionalInfo")) is not None else PARSED_UNSET
    if additional_info is not UNSET and (type(additional_info) is not str):
        additional_info = read_as("str", additional_info, "HotelAmenities", "additionalInfo")

    self.additional_info = additional_info
    complimentary: bool | Unset = _v if (_v := d.get("complimentary")) is not None else PARSED_UNSET
    if complimentary is not UNSET and (type(complimentary) is not bool):
        complimentary = read_as("bool", complimentary, "HotelAmenities", "complimentary")

    self.complimentary = complimentary
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "type_": ("type", _parse_type_),
    "additional_info": ("additionalInfo", _parse_additional_info),
    "complimentary": ("complimentary", _parse_complimentary),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
HotelAmenities._field_parsers = _PARSERS
HotelAmenities._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = HotelAmenities.__dict__["_raw"].__set__
