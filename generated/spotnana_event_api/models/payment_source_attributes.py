from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.persona import Persona
from ..models.role_type import RoleType
from ..models.third_party_source import ThirdPartySource
from ..models.trip_usage_type import TripUsageType
from ..models.worker_type import WorkerType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="PaymentSourceAttributes")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "guestTravelAllowed",
        "roleTypes",
        "includedPersonas",
        "excludedPersonas",
        "allowedThirdPartySources",
        "allowedTripTypes",
        "priority",
        "workerType",
    }
)


@_attrs_define
class PaymentSourceAttributes:
    """
    Attributes:
        guest_travel_allowed (bool | Unset):
        role_types (list[RoleType] | Unset):
        included_personas (list[Persona] | Unset):
        excluded_personas (list[Persona] | Unset):
        allowed_third_party_sources (list[ThirdPartySource] | Unset):
        allowed_trip_types (list[TripUsageType] | Unset):
        priority (int | Unset):  Example: 2.
        worker_type (list[WorkerType] | Unset):
    """

    guest_travel_allowed: bool | Unset = UNSET
    role_types: list[RoleType] | Unset = UNSET
    included_personas: list[Persona] | Unset = UNSET
    excluded_personas: list[Persona] | Unset = UNSET
    allowed_third_party_sources: list[ThirdPartySource] | Unset = UNSET
    allowed_trip_types: list[TripUsageType] | Unset = UNSET
    priority: int | Unset = UNSET
    worker_type: list[WorkerType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guest_travel_allowed = self.guest_travel_allowed

        role_types: list[str] | Unset = UNSET
        if not isinstance(self.role_types, Unset):
            role_types = []
            for role_types_item_data in self.role_types:
                role_types_item = role_types_item_data.value
                role_types.append(role_types_item)

        included_personas: list[str] | Unset = UNSET
        if not isinstance(self.included_personas, Unset):
            included_personas = []
            for included_personas_item_data in self.included_personas:
                included_personas_item = included_personas_item_data.value
                included_personas.append(included_personas_item)

        excluded_personas: list[str] | Unset = UNSET
        if not isinstance(self.excluded_personas, Unset):
            excluded_personas = []
            for excluded_personas_item_data in self.excluded_personas:
                excluded_personas_item = excluded_personas_item_data.value
                excluded_personas.append(excluded_personas_item)

        allowed_third_party_sources: list[str] | Unset = UNSET
        if not isinstance(self.allowed_third_party_sources, Unset):
            allowed_third_party_sources = []
            for allowed_third_party_sources_item_data in self.allowed_third_party_sources:
                allowed_third_party_sources_item = allowed_third_party_sources_item_data.value
                allowed_third_party_sources.append(allowed_third_party_sources_item)

        allowed_trip_types: list[str] | Unset = UNSET
        if not isinstance(self.allowed_trip_types, Unset):
            allowed_trip_types = []
            for allowed_trip_types_item_data in self.allowed_trip_types:
                allowed_trip_types_item = allowed_trip_types_item_data.value
                allowed_trip_types.append(allowed_trip_types_item)

        priority = self.priority

        worker_type: list[str] | Unset = UNSET
        if not isinstance(self.worker_type, Unset):
            worker_type = []
            for worker_type_item_data in self.worker_type:
                worker_type_item = worker_type_item_data.value
                worker_type.append(worker_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if guest_travel_allowed is not UNSET:
            field_dict["guestTravelAllowed"] = guest_travel_allowed
        if role_types is not UNSET:
            field_dict["roleTypes"] = role_types
        if included_personas is not UNSET:
            field_dict["includedPersonas"] = included_personas
        if excluded_personas is not UNSET:
            field_dict["excludedPersonas"] = excluded_personas
        if allowed_third_party_sources is not UNSET:
            field_dict["allowedThirdPartySources"] = allowed_third_party_sources
        if allowed_trip_types is not UNSET:
            field_dict["allowedTripTypes"] = allowed_trip_types
        if priority is not UNSET:
            field_dict["priority"] = priority
        if worker_type is not UNSET:
            field_dict["workerType"] = worker_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            guest_travel_allowed = _v if (_v := d.get("guestTravelAllowed")) is not None else PARSED_UNSET

            _role_types = _v if (_v := d.get("roleTypes")) is not None else PARSED_UNSET
            role_types: list[RoleType] | Unset = UNSET
            if _role_types is not UNSET:
                role_types = []
                for role_types_item_data in _role_types:
                    role_types_item = RoleType(role_types_item_data)

                    role_types.append(role_types_item)

            _included_personas = _v if (_v := d.get("includedPersonas")) is not None else PARSED_UNSET
            included_personas: list[Persona] | Unset = UNSET
            if _included_personas is not UNSET:
                included_personas = []
                for included_personas_item_data in _included_personas:
                    included_personas_item = Persona(included_personas_item_data)

                    included_personas.append(included_personas_item)

            _excluded_personas = _v if (_v := d.get("excludedPersonas")) is not None else PARSED_UNSET
            excluded_personas: list[Persona] | Unset = UNSET
            if _excluded_personas is not UNSET:
                excluded_personas = []
                for excluded_personas_item_data in _excluded_personas:
                    excluded_personas_item = Persona(excluded_personas_item_data)

                    excluded_personas.append(excluded_personas_item)

            _allowed_third_party_sources = _v if (_v := d.get("allowedThirdPartySources")) is not None else PARSED_UNSET
            allowed_third_party_sources: list[ThirdPartySource] | Unset = UNSET
            if _allowed_third_party_sources is not UNSET:
                allowed_third_party_sources = []
                for allowed_third_party_sources_item_data in _allowed_third_party_sources:
                    allowed_third_party_sources_item = ThirdPartySource(allowed_third_party_sources_item_data)

                    allowed_third_party_sources.append(allowed_third_party_sources_item)

            _allowed_trip_types = _v if (_v := d.get("allowedTripTypes")) is not None else PARSED_UNSET
            allowed_trip_types: list[TripUsageType] | Unset = UNSET
            if _allowed_trip_types is not UNSET:
                allowed_trip_types = []
                for allowed_trip_types_item_data in _allowed_trip_types:
                    allowed_trip_types_item = TripUsageType(allowed_trip_types_item_data)

                    allowed_trip_types.append(allowed_trip_types_item)

            priority = _v if (_v := d.get("priority")) is not None else PARSED_UNSET

            _worker_type = _v if (_v := d.get("workerType")) is not None else PARSED_UNSET
            worker_type: list[WorkerType] | Unset = UNSET
            if _worker_type is not UNSET:
                worker_type = []
                for worker_type_item_data in _worker_type:
                    worker_type_item = WorkerType(worker_type_item_data)

                    worker_type.append(worker_type_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PaymentSourceAttributes", str(exc.args[0])) from None
        payment_source_attributes = cls(
            guest_travel_allowed=guest_travel_allowed,
            role_types=role_types,
            included_personas=included_personas,
            excluded_personas=excluded_personas,
            allowed_third_party_sources=allowed_third_party_sources,
            allowed_trip_types=allowed_trip_types,
            priority=priority,
            worker_type=worker_type,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            payment_source_attributes.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return payment_source_attributes

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
