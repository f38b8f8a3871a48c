from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.air_pref import AirPref
    from ..models.car_pref import CarPref
    from ..models.hotel_pref import HotelPref
    from ..models.rail_card import RailCard
    from ..models.rail_pref import RailPref


T = TypeVar("T", bound="TravelPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "airPref",
        "preferredCurrency",
        "railCards",
        "railPref",
        "carPref",
        "hotelPref",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "airPref": ("air_pref", False, ("model", "air_pref", "AirPref"), None),
    "preferredCurrency": ("preferred_currency", False, ("str",), None),
    "railCards": ("rail_cards", False, ("list", ("model", "rail_card", "RailCard")), None),
    "railPref": ("rail_pref", False, ("model", "rail_pref", "RailPref"), None),
    "carPref": ("car_pref", False, ("model", "car_pref", "CarPref"), None),
    "hotelPref": ("hotel_pref", False, ("model", "hotel_pref", "HotelPref"), None),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class TravelPref:
    """
    Attributes:
        air_pref (AirPref | Unset): JSON ``airPref``.
        preferred_currency (str | Unset): JSON ``preferredCurrency``; example USD.
        rail_cards (list[RailCard] | Unset): JSON ``railCards``.
        rail_pref (RailPref | Unset): JSON ``railPref``.
        car_pref (CarPref | Unset): JSON ``carPref``.
        hotel_pref (HotelPref | Unset): JSON ``hotelPref``.
    """

    air_pref: AirPref | Unset = UNSET
    preferred_currency: str | Unset = UNSET
    rail_cards: list[RailCard] | Unset = UNSET
    rail_pref: RailPref | Unset = UNSET
    car_pref: CarPref | Unset = UNSET
    hotel_pref: HotelPref | Unset = UNSET
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
        def require(self, name: Literal["air_pref"], /) -> AirPref: ...
        @overload
        def require(self, name: Literal["preferred_currency"], /) -> str: ...
        @overload
        def require(self, name: Literal["rail_cards"], /) -> list[RailCard]: ...
        @overload
        def require(self, name: Literal["rail_pref"], /) -> RailPref: ...
        @overload
        def require(self, name: Literal["car_pref"], /) -> CarPref: ...
        @overload
        def require(self, name: Literal["hotel_pref"], /) -> HotelPref: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object; its fields are parsed when one is first read or set.

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"TravelPref: expected a JSON object, got {type(src_dict).__name__}")
        if cls is TravelPref:
            lazy: T = _LAZY.__new__(_LAZY)
            _set_raw(lazy, src_dict)
            return lazy
        # A subclass of the caller's is parsed now, as a model of scalars is.
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


def _parse_air_pref(d: Mapping[str, Any]) -> AirPref | Unset:
    _air_pref = _v if (_v := d.get("airPref")) is not None else PARSED_UNSET
    air_pref: AirPref | Unset
    if isinstance(_air_pref, Unset):
        air_pref = UNSET
    else:
        air_pref = AirPref.from_dict(_air_pref)

    return air_pref


def _parse_preferred_currency(d: Mapping[str, Any]) -> str | Unset:
    preferred_currency: str | Unset = _v if (_v := d.get("preferredCurrency")) is not None else PARSED_UNSET
    if preferred_currency is not UNSET and (type(preferred_currency) is not str):
        preferred_currency = read_as("str", preferred_currency, "TravelPref", "preferredCurrency")

    return preferred_currency


def _parse_rail_cards(d: Mapping[str, Any]) -> list[RailCard] | Unset:
    _rail_cards = _v if (_v := d.get("railCards")) is not None else PARSED_UNSET
    rail_cards: list[RailCard] | Unset = UNSET
    if _rail_cards is not UNSET:
        rail_cards = []
        for rail_cards_item_data in _rail_cards:
            rail_cards_item = RailCard.from_dict(rail_cards_item_data)

            rail_cards.append(rail_cards_item)

    return rail_cards


def _parse_rail_pref(d: Mapping[str, Any]) -> RailPref | Unset:
    _rail_pref = _v if (_v := d.get("railPref")) is not None else PARSED_UNSET
    rail_pref: RailPref | Unset
    if isinstance(_rail_pref, Unset):
        rail_pref = UNSET
    else:
        rail_pref = RailPref.from_dict(_rail_pref)

    return rail_pref


def _parse_car_pref(d: Mapping[str, Any]) -> CarPref | Unset:
    _car_pref = _v if (_v := d.get("carPref")) is not None else PARSED_UNSET
    car_pref: CarPref | Unset
    if isinstance(_car_pref, Unset):
        car_pref = UNSET
    else:
        car_pref = CarPref.from_dict(_car_pref)

    return car_pref


def _parse_hotel_pref(d: Mapping[str, Any]) -> HotelPref | Unset:
    _hotel_pref = _v if (_v := d.get("hotelPref")) is not None else PARSED_UNSET
    hotel_pref: HotelPref | Unset
    if isinstance(_hotel_pref, Unset):
        hotel_pref = UNSET
    else:
        hotel_pref = HotelPref.from_dict(_hotel_pref)

    return hotel_pref


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: TravelPref, d: Mapping[str, Any]) -> None:
    _air_pref = _v if (_v := d.get("airPref")) is not None else PARSED_UNSET
    air_pref: AirPref | Unset
    if isinstance(_air_pref, Unset):
        air_pref = UNSET
    else:
        air_pref = AirPref.from_dict(_air_pref)

    self.air_pref = air_pref
    preferred_currency: str | Unset = _v if (_v := d.get("preferredCurrency")) is not None else PARSED_UNSET
    if preferred_currency is not UNSET and (type(preferred_currency) is not str):
        preferred_currency = read_as("str", preferred_currency, "TravelPref", "preferredCurrency")

    self.preferred_currency = preferred_currency
    _rail_cards = _v if (_v := d.get("railCards")) is not None else PARSED_UNSET
    rail_cards: list[RailCard] | Unset = UNSET
    if _rail_cards is not UNSET:
        rail_cards = []
        for rail_cards_item_data in _rail_cards:
            rail_cards_item = RailCard.from_dict(rail_cards_item_data)

            rail_cards.append(rail_cards_item)

    self.rail_cards = rail_cards
    _rail_pref = _v if (_v := d.get("railPref")) is not None else PARSED_UNSET
    rail_pref: RailPref | Unset
    if isinstance(_rail_pref, Unset):
        rail_pref = UNSET
    else:
        rail_pref = RailPref.from_dict(_rail_pref)

    self.rail_pref = rail_pref
    _car_pref = _v if (_v := d.get("carPref")) is not None else PARSED_UNSET
    car_pref: CarPref | Unset
    if isinstance(_car_pref, Unset):
        car_pref = UNSET
    else:
        car_pref = CarPref.from_dict(_car_pref)

    self.car_pref = car_pref
    _hotel_pref = _v if (_v := d.get("hotelPref")) is not None else PARSED_UNSET
    hotel_pref: HotelPref | Unset
    if isinstance(_hotel_pref, Unset):
        hotel_pref = UNSET
    else:
        hotel_pref = HotelPref.from_dict(_hotel_pref)

    self.hotel_pref = hotel_pref
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "air_pref": ("airPref", _parse_air_pref),
    "preferred_currency": ("preferredCurrency", _parse_preferred_currency),
    "rail_cards": ("railCards", _parse_rail_cards),
    "rail_pref": ("railPref", _parse_rail_pref),
    "car_pref": ("carPref", _parse_car_pref),
    "hotel_pref": ("hotelPref", _parse_hotel_pref),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
TravelPref._field_parsers = _PARSERS
TravelPref._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(TravelPref, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = TravelPref.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.air_pref import AirPref
from ..models.car_pref import CarPref
from ..models.hotel_pref import HotelPref
from ..models.rail_card import RailCard
from ..models.rail_pref import RailPref
