from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from ..models.event_allowed_booking_type import EventAllowedBookingType
from ..models.event_type import EventType
from ..types import (
    PARSED_UNSET,
    UNSET,
    UnknownVariant,
    Unset,
    check_request_json,
    enum_field,
    enum_list_field,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper
    from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
    from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
    from ..models.payment_access_mapping import PaymentAccessMapping
    from ..models.payment_config_for_travel_type import PaymentConfigForTravelType
    from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper


T = TypeVar("T", bound="UpdateEventBookingGuidelinesRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "bookingGuidelines",
        "allowedBookingTypes",
        "allowedPaymentConfig",
        "paymentMappings",
        "eventType",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "bookingGuidelines",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "bookingGuidelines": (
        "booking_guidelines",
        True,
        (
            "list",
            (
                "union",
                (
                    ("model", "air_booking_guideline_wrapper", "AirBookingGuidelineWrapper"),
                    ("model", "hotel_booking_guideline_wrapper", "HotelBookingGuidelineWrapper"),
                    ("model", "car_booking_guideline_wrapper", "CarBookingGuidelineWrapper"),
                    ("model", "rail_booking_guideline_wrapper", "RailBookingGuidelineWrapper"),
                ),
            ),
        ),
        None,
    ),
    "allowedBookingTypes": (
        "allowed_booking_types",
        False,
        ("list", ("enum", "event_allowed_booking_type", "EventAllowedBookingType")),
        None,
    ),
    "allowedPaymentConfig": (
        "allowed_payment_config",
        False,
        ("list", ("model", "payment_config_for_travel_type", "PaymentConfigForTravelType")),
        None,
    ),
    "paymentMappings": (
        "payment_mappings",
        False,
        ("list", ("model", "payment_access_mapping", "PaymentAccessMapping")),
        None,
    ),
    "eventType": ("event_type", False, ("enum", "event_type", "EventType"), None),
}


def _enum_allowed_booking_types(
    value: Sequence[EventAllowedBookingType | str] | Unset,
) -> list[EventAllowedBookingType] | Unset:
    converted: list[EventAllowedBookingType] | Unset = enum_list_field(
        value, EventAllowedBookingType, "UpdateEventBookingGuidelinesRequest", "allowed_booking_types"
    )
    return converted


def _enum_event_type(value: EventType | str | Unset) -> EventType | Unset:
    converted: EventType | Unset = enum_field(value, EventType, "UpdateEventBookingGuidelinesRequest", "event_type")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class UpdateEventBookingGuidelinesRequest:
    """
    Attributes:
        booking_guidelines (list[AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper]): JSON ``bookingGuidelines``.
        allowed_booking_types (list[EventAllowedBookingType] | Unset): JSON ``allowedBookingTypes``; one of AIR, HOTEL,
            CAR, RAIL.
        allowed_payment_config (list[PaymentConfigForTravelType] | Unset): JSON ``allowedPaymentConfig``.
        payment_mappings (list[PaymentAccessMapping] | Unset): JSON ``paymentMappings``.
        event_type (EventType | Unset): JSON ``eventType``; example GENERIC; one of GENERIC, PROGRAM, PROGRAM_SESSION,
            PROGRAM_TRIP.
    """

    booking_guidelines: list[
        AirBookingGuidelineWrapper
        | CarBookingGuidelineWrapper
        | HotelBookingGuidelineWrapper
        | RailBookingGuidelineWrapper
        | UnknownVariant
    ]
    allowed_booking_types: list[EventAllowedBookingType] | Unset = _attrs_field(
        default=UNSET, converter=_enum_allowed_booking_types
    )
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
    payment_mappings: list[PaymentAccessMapping] | Unset = UNSET
    event_type: EventType | Unset = _attrs_field(default=UNSET, converter=_enum_event_type)
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
            booking_guidelines = []
            for booking_guidelines_item_data in self.booking_guidelines:
                booking_guidelines_item: dict[str, Any]
                if isinstance(booking_guidelines_item_data, AirBookingGuidelineWrapper):
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()
                elif isinstance(booking_guidelines_item_data, HotelBookingGuidelineWrapper):
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()
                elif isinstance(booking_guidelines_item_data, CarBookingGuidelineWrapper):
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()
                else:
                    booking_guidelines_item = booking_guidelines_item_data.to_dict()

                booking_guidelines.append(booking_guidelines_item)

            allowed_booking_types: list[str] | Unset = UNSET
            if not isinstance(self.allowed_booking_types, Unset):
                allowed_booking_types = []
                for allowed_booking_types_item_data in self.allowed_booking_types:
                    allowed_booking_types_item = allowed_booking_types_item_data.value
                    allowed_booking_types.append(allowed_booking_types_item)

            allowed_payment_config: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.allowed_payment_config, Unset):
                allowed_payment_config = []
                for componentsschemas_allowed_payment_config_item_data in self.allowed_payment_config:
                    componentsschemas_allowed_payment_config_item = (
                        componentsschemas_allowed_payment_config_item_data.to_dict()
                    )
                    allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

            payment_mappings: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.payment_mappings, Unset):
                payment_mappings = []
                for payment_mappings_item_data in self.payment_mappings:
                    payment_mappings_item = payment_mappings_item_data.to_dict()
                    payment_mappings.append(payment_mappings_item)

            event_type: str | Unset = UNSET
            if not isinstance(self.event_type, Unset):
                event_type = self.event_type.value

            field_dict: dict[str, Any] = {}
            field_dict["bookingGuidelines"] = booking_guidelines
            if allowed_booking_types is not UNSET:
                field_dict["allowedBookingTypes"] = allowed_booking_types
            if allowed_payment_config is not UNSET:
                field_dict["allowedPaymentConfig"] = allowed_payment_config
            if payment_mappings is not UNSET:
                field_dict["paymentMappings"] = payment_mappings
            if event_type is not UNSET:
                field_dict["eventType"] = event_type
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
        def require(self, name: Literal["allowed_booking_types"], /) -> list[EventAllowedBookingType]: ...
        @overload
        def require(self, name: Literal["allowed_payment_config"], /) -> list[PaymentConfigForTravelType]: ...
        @overload
        def require(self, name: Literal["payment_mappings"], /) -> list[PaymentAccessMapping]: ...
        @overload
        def require(self, name: Literal["event_type"], /) -> EventType: ...
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
            raise ModelParseError(
                f"UpdateEventBookingGuidelinesRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        if "bookingGuidelines" not in src_dict:
            raise MissingRequiredFieldError(
                "UpdateEventBookingGuidelinesRequest", min(_REQUIRED_KEYS - src_dict.keys())
            )
        if cls is UpdateEventBookingGuidelinesRequest:
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


def _parse_booking_guidelines(
    d: Mapping[str, Any],
) -> list[
    AirBookingGuidelineWrapper
    | CarBookingGuidelineWrapper
    | HotelBookingGuidelineWrapper
    | RailBookingGuidelineWrapper
    | UnknownVariant
]:
    booking_guidelines: list[
        AirBookingGuidelineWrapper
        | CarBookingGuidelineWrapper
        | HotelBookingGuidelineWrapper
        | RailBookingGuidelineWrapper
        | UnknownVariant
    ] = []
    _booking_guidelines = d["bookingGuidelines"]
    for booking_guidelines_item_data in _booking_guidelines:
        _booking_guidelines_item_data = booking_guidelines_item_data
        booking_guidelines_item: (
            AirBookingGuidelineWrapper
            | CarBookingGuidelineWrapper
            | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper
            | UnknownVariant
        )
        if not isinstance(_booking_guidelines_item_data, dict):
            raise UnknownVariantError(
                "AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper | RailBookingGuidelineWrapper",
                _booking_guidelines_item_data,
            )
        elif "airBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = AirBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        elif "hotelBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = HotelBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        elif "carBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = CarBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        elif "railBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = RailBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        else:
            booking_guidelines_item = UnknownVariant(_booking_guidelines_item_data)

        booking_guidelines.append(booking_guidelines_item)

    return booking_guidelines


def _parse_allowed_booking_types(d: Mapping[str, Any]) -> list[EventAllowedBookingType] | Unset:
    _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    if _allowed_booking_types is not UNSET:
        allowed_booking_types = []
        for allowed_booking_types_item_data in _allowed_booking_types:
            allowed_booking_types_item = EventAllowedBookingType._members[allowed_booking_types_item_data]

            allowed_booking_types.append(allowed_booking_types_item)

    return allowed_booking_types


def _parse_allowed_payment_config(d: Mapping[str, Any]) -> list[PaymentConfigForTravelType] | Unset:
    _allowed_payment_config = _v if (_v := d.get("allowedPaymentConfig")) is not None else PARSED_UNSET
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
    if _allowed_payment_config is not UNSET:
        allowed_payment_config = []
        for componentsschemas_allowed_payment_config_item_data in _allowed_payment_config:
            componentsschemas_allowed_payment_config_item = PaymentConfigForTravelType.from_dict(
                componentsschemas_allowed_payment_config_item_data
            )

            allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

    return allowed_payment_config


def _parse_payment_mappings(d: Mapping[str, Any]) -> list[PaymentAccessMapping] | Unset:
    _payment_mappings = _v if (_v := d.get("paymentMappings")) is not None else PARSED_UNSET
    payment_mappings: list[PaymentAccessMapping] | Unset = UNSET
    if _payment_mappings is not UNSET:
        payment_mappings = []
        for payment_mappings_item_data in _payment_mappings:
            payment_mappings_item = PaymentAccessMapping.from_dict(payment_mappings_item_data)

            payment_mappings.append(payment_mappings_item)

    return payment_mappings


def _parse_event_type(d: Mapping[str, Any]) -> EventType | Unset:
    _event_type = _v if (_v := d.get("eventType")) is not None else PARSED_UNSET
    event_type: EventType | Unset
    if isinstance(_event_type, Unset):
        event_type = UNSET
    else:
        event_type = EventType._members[_event_type]

    return event_type


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: UpdateEventBookingGuidelinesRequest, d: Mapping[str, Any]) -> None:
    booking_guidelines: list[
        AirBookingGuidelineWrapper
        | CarBookingGuidelineWrapper
        | HotelBookingGuidelineWrapper
        | RailBookingGuidelineWrapper
        | UnknownVariant
    ] = []
    _booking_guidelines = d["bookingGuidelines"]
    for booking_guidelines_item_data in _booking_guidelines:
        _booking_guidelines_item_data = booking_guidelines_item_data
        booking_guidelines_item: (
            AirBookingGuidelineWrapper
            | CarBookingGuidelineWrapper
            | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper
            | UnknownVariant
        )
        if not isinstance(_booking_guidelines_item_data, dict):
            raise UnknownVariantError(
                "AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper | RailBookingGuidelineWrapper",
                _booking_guidelines_item_data,
            )
        elif "airBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = AirBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        elif "hotelBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = HotelBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        elif "carBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = CarBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        elif "railBookingGuideLine" in _booking_guidelines_item_data:
            booking_guidelines_item = RailBookingGuidelineWrapper.from_dict(_booking_guidelines_item_data)
        else:
            booking_guidelines_item = UnknownVariant(_booking_guidelines_item_data)

        booking_guidelines.append(booking_guidelines_item)

    self.booking_guidelines = booking_guidelines
    _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    if _allowed_booking_types is not UNSET:
        allowed_booking_types = []
        for allowed_booking_types_item_data in _allowed_booking_types:
            allowed_booking_types_item = EventAllowedBookingType._members[allowed_booking_types_item_data]

            allowed_booking_types.append(allowed_booking_types_item)

    self.allowed_booking_types = allowed_booking_types
    _allowed_payment_config = _v if (_v := d.get("allowedPaymentConfig")) is not None else PARSED_UNSET
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
    if _allowed_payment_config is not UNSET:
        allowed_payment_config = []
        for componentsschemas_allowed_payment_config_item_data in _allowed_payment_config:
            componentsschemas_allowed_payment_config_item = PaymentConfigForTravelType.from_dict(
                componentsschemas_allowed_payment_config_item_data
            )

            allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

    self.allowed_payment_config = allowed_payment_config
    _payment_mappings = _v if (_v := d.get("paymentMappings")) is not None else PARSED_UNSET
    payment_mappings: list[PaymentAccessMapping] | Unset = UNSET
    if _payment_mappings is not UNSET:
        payment_mappings = []
        for payment_mappings_item_data in _payment_mappings:
            payment_mappings_item = PaymentAccessMapping.from_dict(payment_mappings_item_data)

            payment_mappings.append(payment_mappings_item)

    self.payment_mappings = payment_mappings
    _event_type = _v if (_v := d.get("eventType")) is not None else PARSED_UNSET
    event_type: EventType | Unset
    if isinstance(_event_type, Unset):
        event_type = UNSET
    else:
        event_type = EventType._members[_event_type]

    self.event_type = event_type
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "booking_guidelines": ("bookingGuidelines", _parse_booking_guidelines),
    "allowed_booking_types": ("allowedBookingTypes", _parse_allowed_booking_types),
    "allowed_payment_config": ("allowedPaymentConfig", _parse_allowed_payment_config),
    "payment_mappings": ("paymentMappings", _parse_payment_mappings),
    "event_type": ("eventType", _parse_event_type),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
UpdateEventBookingGuidelinesRequest._field_parsers = _PARSERS
UpdateEventBookingGuidelinesRequest._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(UpdateEventBookingGuidelinesRequest, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = UpdateEventBookingGuidelinesRequest.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper
from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
from ..models.payment_access_mapping import PaymentAccessMapping
from ..models.payment_config_for_travel_type import PaymentConfigForTravelType
from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
