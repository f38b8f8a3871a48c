from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.event_allowed_booking_type import EventAllowedBookingType
from ..models.event_type import EventType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper
    from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper
    from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
    from ..models.payment_access_mapping import PaymentAccessMapping
    from ..models.payment_config_for_travel_type import PaymentConfigForTravelType
    from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper


T = TypeVar("T", bound="UpdateEventBookingGuidelinesRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "bookingGuidelines",
        "allowedBookingTypes",
        "allowedPaymentConfig",
        "paymentMappings",
        "eventType",
    }
)


@_attrs_define
class UpdateEventBookingGuidelinesRequest:
    """
    Attributes:
        booking_guidelines (list[AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper
            | RailBookingGuidelineWrapper]):
        allowed_booking_types (list[EventAllowedBookingType] | Unset):
        allowed_payment_config (list[PaymentConfigForTravelType] | Unset):
        payment_mappings (list[PaymentAccessMapping] | Unset):
        event_type (EventType | Unset):  Example: GENERIC.
    """

    booking_guidelines: list[
        AirBookingGuidelineWrapper
        | CarBookingGuidelineWrapper
        | HotelBookingGuidelineWrapper
        | RailBookingGuidelineWrapper
    ]
    allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
    allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
    payment_mappings: list[PaymentAccessMapping] | Unset = UNSET
    event_type: EventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper  # noqa: PLC0415

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookingGuidelines": booking_guidelines,
            }
        )
        if allowed_booking_types is not UNSET:
            field_dict["allowedBookingTypes"] = allowed_booking_types
        if allowed_payment_config is not UNSET:
            field_dict["allowedPaymentConfig"] = allowed_payment_config
        if payment_mappings is not UNSET:
            field_dict["paymentMappings"] = payment_mappings
        if event_type is not UNSET:
            field_dict["eventType"] = event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.air_booking_guideline_wrapper import AirBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.car_booking_guideline_wrapper import CarBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper  # noqa: PLC0415
        from ..models.payment_access_mapping import PaymentAccessMapping  # noqa: PLC0415
        from ..models.payment_config_for_travel_type import PaymentConfigForTravelType  # noqa: PLC0415
        from ..models.rail_booking_guideline_wrapper import RailBookingGuidelineWrapper  # noqa: PLC0415

        d = src_dict
        try:
            booking_guidelines = []
            _booking_guidelines = d["bookingGuidelines"]
            for booking_guidelines_item_data in _booking_guidelines:
                _booking_guidelines_item_data = booking_guidelines_item_data
                booking_guidelines_item: (
                    AirBookingGuidelineWrapper
                    | CarBookingGuidelineWrapper
                    | HotelBookingGuidelineWrapper
                    | RailBookingGuidelineWrapper
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
                    raise UnknownVariantError(
                        "AirBookingGuidelineWrapper | CarBookingGuidelineWrapper | HotelBookingGuidelineWrapper | RailBookingGuidelineWrapper",
                        _booking_guidelines_item_data,
                    )

                booking_guidelines.append(booking_guidelines_item)

            _allowed_booking_types = _v if (_v := d.get("allowedBookingTypes")) is not None else PARSED_UNSET
            allowed_booking_types: list[EventAllowedBookingType] | Unset = UNSET
            if _allowed_booking_types is not UNSET:
                allowed_booking_types = []
                for allowed_booking_types_item_data in _allowed_booking_types:
                    allowed_booking_types_item = EventAllowedBookingType(allowed_booking_types_item_data)

                    allowed_booking_types.append(allowed_booking_types_item)

            _allowed_payment_config = _v if (_v := d.get("allowedPaymentConfig")) is not None else PARSED_UNSET
            allowed_payment_config: list[PaymentConfigForTravelType] | Unset = UNSET
            if _allowed_payment_config is not UNSET:
                allowed_payment_config = []
                for componentsschemas_allowed_payment_config_item_data in _allowed_payment_config:
                    componentsschemas_allowed_payment_config_item = PaymentConfigForTravelType.from_dict(
                        componentsschemas_allowed_payment_config_item_data
                    )

                    allowed_payment_config.append(componentsschemas_allowed_payment_config_item)

            _payment_mappings = _v if (_v := d.get("paymentMappings")) is not None else PARSED_UNSET
            payment_mappings: list[PaymentAccessMapping] | Unset = UNSET
            if _payment_mappings is not UNSET:
                payment_mappings = []
                for payment_mappings_item_data in _payment_mappings:
                    payment_mappings_item = PaymentAccessMapping.from_dict(payment_mappings_item_data)

                    payment_mappings.append(payment_mappings_item)

            _event_type = _v if (_v := d.get("eventType")) is not None else PARSED_UNSET
            event_type: EventType | Unset
            if isinstance(_event_type, Unset):
                event_type = UNSET
            else:
                event_type = EventType(_event_type)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UpdateEventBookingGuidelinesRequest", str(exc.args[0])) from None
        update_event_booking_guidelines_request = cls(
            booking_guidelines=booking_guidelines,
            allowed_booking_types=allowed_booking_types,
            allowed_payment_config=allowed_payment_config,
            payment_mappings=payment_mappings,
            event_type=event_type,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            update_event_booking_guidelines_request.additional_properties = {
                k: v for k, v in d.items() if k in extra_keys
            }
        return update_event_booking_guidelines_request

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
