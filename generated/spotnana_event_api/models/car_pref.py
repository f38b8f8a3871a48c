from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.car_type import CarType
from ..models.conditional_rate import ConditionalRate
from ..models.engine_type import EngineType
from ..models.transmission_search_filter import TransmissionSearchFilter
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.car_vendor import CarVendor


T = TypeVar("T", bound="CarPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "vendors",
        "carTypes",
        "engineTypes",
        "transmissionTypes",
        "conditionalRates",
    }
)


@_attrs_define
class CarPref:
    """
    Attributes:
        vendors (list[CarVendor] | Unset):
        car_types (list[CarType] | Unset):
        engine_types (list[EngineType] | Unset):
        transmission_types (list[TransmissionSearchFilter] | Unset):
        conditional_rates (list[ConditionalRate] | Unset):
    """

    vendors: list[CarVendor] | Unset = UNSET
    car_types: list[CarType] | Unset = UNSET
    engine_types: list[EngineType] | Unset = UNSET
    transmission_types: list[TransmissionSearchFilter] | Unset = UNSET
    conditional_rates: list[ConditionalRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendors, Unset):
            vendors = []
            for vendors_item_data in self.vendors:
                vendors_item = vendors_item_data.to_dict()
                vendors.append(vendors_item)

        car_types: list[str] | Unset = UNSET
        if not isinstance(self.car_types, Unset):
            car_types = []
            for car_types_item_data in self.car_types:
                car_types_item = car_types_item_data.value
                car_types.append(car_types_item)

        engine_types: list[str] | Unset = UNSET
        if not isinstance(self.engine_types, Unset):
            engine_types = []
            for engine_types_item_data in self.engine_types:
                engine_types_item = engine_types_item_data.value
                engine_types.append(engine_types_item)

        transmission_types: list[str] | Unset = UNSET
        if not isinstance(self.transmission_types, Unset):
            transmission_types = []
            for transmission_types_item_data in self.transmission_types:
                transmission_types_item = transmission_types_item_data.value
                transmission_types.append(transmission_types_item)

        conditional_rates: list[str] | Unset = UNSET
        if not isinstance(self.conditional_rates, Unset):
            conditional_rates = []
            for conditional_rates_item_data in self.conditional_rates:
                conditional_rates_item = conditional_rates_item_data.value
                conditional_rates.append(conditional_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if vendors is not UNSET:
            field_dict["vendors"] = vendors
        if car_types is not UNSET:
            field_dict["carTypes"] = car_types
        if engine_types is not UNSET:
            field_dict["engineTypes"] = engine_types
        if transmission_types is not UNSET:
            field_dict["transmissionTypes"] = transmission_types
        if conditional_rates is not UNSET:
            field_dict["conditionalRates"] = conditional_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.car_vendor import CarVendor  # noqa: PLC0415

        d = src_dict
        try:
            _vendors = _v if (_v := d.get("vendors")) is not None else PARSED_UNSET
            vendors: list[CarVendor] | Unset = UNSET
            if _vendors is not UNSET:
                vendors = []
                for vendors_item_data in _vendors:
                    vendors_item = CarVendor.from_dict(vendors_item_data)

                    vendors.append(vendors_item)

            _car_types = _v if (_v := d.get("carTypes")) is not None else PARSED_UNSET
            car_types: list[CarType] | Unset = UNSET
            if _car_types is not UNSET:
                car_types = []
                for car_types_item_data in _car_types:
                    car_types_item = CarType(car_types_item_data)

                    car_types.append(car_types_item)

            _engine_types = _v if (_v := d.get("engineTypes")) is not None else PARSED_UNSET
            engine_types: list[EngineType] | Unset = UNSET
            if _engine_types is not UNSET:
                engine_types = []
                for engine_types_item_data in _engine_types:
                    engine_types_item = EngineType(engine_types_item_data)

                    engine_types.append(engine_types_item)

            _transmission_types = _v if (_v := d.get("transmissionTypes")) is not None else PARSED_UNSET
            transmission_types: list[TransmissionSearchFilter] | Unset = UNSET
            if _transmission_types is not UNSET:
                transmission_types = []
                for transmission_types_item_data in _transmission_types:
                    transmission_types_item = TransmissionSearchFilter(transmission_types_item_data)

                    transmission_types.append(transmission_types_item)

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
            raise MissingRequiredFieldError("CarPref", str(exc.args[0])) from None
        car_pref = cls(
            vendors=vendors,
            car_types=car_types,
            engine_types=engine_types,
            transmission_types=transmission_types,
            conditional_rates=conditional_rates,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            car_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return car_pref

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
