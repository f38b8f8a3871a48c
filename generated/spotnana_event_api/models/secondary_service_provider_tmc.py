from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.supplier_type import SupplierType
from ..models.travel_type import TravelType

if TYPE_CHECKING:
    from ..models.company_id import CompanyId


T = TypeVar("T", bound="SecondaryServiceProviderTmc")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "tmcId",
        "supplier",
        "travelType",
    }
)


@_attrs_define
class SecondaryServiceProviderTmc:
    """
    Attributes:
        tmc_id (CompanyId):
        supplier (SupplierType):  Example: SABRE.
        travel_type (TravelType):  Example: AIR.
    """

    tmc_id: CompanyId
    supplier: SupplierType
    travel_type: TravelType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tmc_id = self.tmc_id.to_dict()

        supplier = self.supplier.value

        travel_type = self.travel_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tmcId": tmc_id,
                "supplier": supplier,
                "travelType": travel_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415

        d = src_dict
        try:
            tmc_id = CompanyId.from_dict(d["tmcId"])

            supplier = SupplierType(d["supplier"])

            travel_type = TravelType(d["travelType"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("SecondaryServiceProviderTmc", str(exc.args[0])) from None
        secondary_service_provider_tmc = cls(
            tmc_id=tmc_id,
            supplier=supplier,
            travel_type=travel_type,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            secondary_service_provider_tmc.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return secondary_service_provider_tmc

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
