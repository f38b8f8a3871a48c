from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.car_vendor_basic import CarVendorBasic


T = TypeVar("T", bound="CarPaymentSourceMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelType",
        "vendors",
    }
)


@_attrs_define
class CarPaymentSourceMetadata:
    """
    Attributes:
        travel_type (Literal['CAR']):  Default: 'CAR'.
        vendors (list[CarVendorBasic] | Unset):
    """

    travel_type: Literal["CAR"] = "CAR"
    vendors: list[CarVendorBasic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        travel_type = self.travel_type

        vendors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendors, Unset):
            vendors = []
            for vendors_item_data in self.vendors:
                vendors_item = vendors_item_data.to_dict()
                vendors.append(vendors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "travelType": travel_type,
            }
        )
        if vendors is not UNSET:
            field_dict["vendors"] = vendors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.car_vendor_basic import CarVendorBasic  # noqa: PLC0415

        d = src_dict
        try:
            travel_type = cast(Literal["CAR"], d["travelType"])
            if travel_type != "CAR":
                raise ValueError(f"travelType must match const 'CAR', got '{travel_type}'")

            _vendors = _v if (_v := d.get("vendors")) is not None else PARSED_UNSET
            vendors: list[CarVendorBasic] | Unset = UNSET
            if _vendors is not UNSET:
                vendors = []
                for vendors_item_data in _vendors:
                    vendors_item = CarVendorBasic.from_dict(vendors_item_data)

                    vendors.append(vendors_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CarPaymentSourceMetadata", str(exc.args[0])) from None
        car_payment_source_metadata = cls(
            travel_type=travel_type,
            vendors=vendors,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            car_payment_source_metadata.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return car_payment_source_metadata

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
