from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.override_behavior import OverrideBehavior
from ..models.supplier_type import SupplierType
from ..models.travel_type import TravelType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="RateCodeOverride")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "behavior",
        "supplier",
        "travelType",
        "rateCodeIds",
    }
)


@_attrs_define
class RateCodeOverride:
    """
    Attributes:
        behavior (OverrideBehavior):  Example: OVERRIDE_ALLOWED.
        supplier (SupplierType | Unset):  Example: SABRE.
        travel_type (TravelType | Unset):  Example: AIR.
        rate_code_ids (list[UUID] | Unset):
    """

    behavior: OverrideBehavior
    supplier: SupplierType | Unset = UNSET
    travel_type: TravelType | Unset = UNSET
    rate_code_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        behavior = self.behavior.value

        supplier: str | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.value

        travel_type: str | Unset = UNSET
        if not isinstance(self.travel_type, Unset):
            travel_type = self.travel_type.value

        rate_code_ids: list[str] | Unset = UNSET
        if not isinstance(self.rate_code_ids, Unset):
            rate_code_ids = []
            for rate_code_ids_item_data in self.rate_code_ids:
                rate_code_ids_item = str(rate_code_ids_item_data)
                rate_code_ids.append(rate_code_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "behavior": behavior,
            }
        )
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if travel_type is not UNSET:
            field_dict["travelType"] = travel_type
        if rate_code_ids is not UNSET:
            field_dict["rateCodeIds"] = rate_code_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            behavior = OverrideBehavior(d["behavior"])

            _supplier = _v if (_v := d.get("supplier")) is not None else PARSED_UNSET
            supplier: SupplierType | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = SupplierType(_supplier)

            _travel_type = _v if (_v := d.get("travelType")) is not None else PARSED_UNSET
            travel_type: TravelType | Unset
            if isinstance(_travel_type, Unset):
                travel_type = UNSET
            else:
                travel_type = TravelType(_travel_type)

            _rate_code_ids = _v if (_v := d.get("rateCodeIds")) is not None else PARSED_UNSET
            rate_code_ids: list[UUID] | Unset = UNSET
            if _rate_code_ids is not UNSET:
                rate_code_ids = []
                for rate_code_ids_item_data in _rate_code_ids:
                    rate_code_ids_item = UUID(rate_code_ids_item_data)

                    rate_code_ids.append(rate_code_ids_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RateCodeOverride", str(exc.args[0])) from None
        rate_code_override = cls(
            behavior=behavior,
            supplier=supplier,
            travel_type=travel_type,
            rate_code_ids=rate_code_ids,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            rate_code_override.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return rate_code_override

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
