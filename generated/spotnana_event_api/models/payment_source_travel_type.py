from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.travel_type import TravelType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.car_payment_source_metadata import CarPaymentSourceMetadata


T = TypeVar("T", bound="PaymentSourceTravelType")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelType",
        "isRequired",
        "allowPostPaidBookings",
        "metadata",
    }
)


@_attrs_define
class PaymentSourceTravelType:
    """
    Attributes:
        travel_type (TravelType):  Example: AIR.
        is_required (bool | Unset):
        allow_post_paid_bookings (bool | Unset):  Default: False.
        metadata (CarPaymentSourceMetadata | Unset):
    """

    travel_type: TravelType
    is_required: bool | Unset = UNSET
    allow_post_paid_bookings: bool | Unset = False
    metadata: CarPaymentSourceMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        travel_type = self.travel_type.value

        is_required = self.is_required

        allow_post_paid_bookings = self.allow_post_paid_bookings

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "travelType": travel_type,
            }
        )
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if allow_post_paid_bookings is not UNSET:
            field_dict["allowPostPaidBookings"] = allow_post_paid_bookings
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.car_payment_source_metadata import CarPaymentSourceMetadata  # noqa: PLC0415

        d = src_dict
        try:
            travel_type = TravelType(d["travelType"])

            is_required = _v if (_v := d.get("isRequired")) is not None else PARSED_UNSET

            allow_post_paid_bookings = _v if (_v := d.get("allowPostPaidBookings")) is not None else PARSED_UNSET

            _metadata = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
            metadata: CarPaymentSourceMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = CarPaymentSourceMetadata.from_dict(_metadata)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PaymentSourceTravelType", str(exc.args[0])) from None
        payment_source_travel_type = cls(
            travel_type=travel_type,
            is_required=is_required,
            allow_post_paid_bookings=allow_post_paid_bookings,
            metadata=metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            payment_source_travel_type.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return payment_source_travel_type

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
