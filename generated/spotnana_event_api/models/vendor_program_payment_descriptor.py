from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.airline_program_wrapper import AirlineProgramWrapper
    from ..models.direct_billing_wrapper import DirectBillingWrapper
    from ..models.vendor_info import VendorInfo


T = TypeVar("T", bound="VendorProgramPaymentDescriptor")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "vendorProgramPaymentMetadata",
        "vendorInfo",
    }
)


@_attrs_define
class VendorProgramPaymentDescriptor:
    """
    Attributes:
        vendor_program_payment_metadata (AirlineProgramWrapper | DirectBillingWrapper):
        vendor_info (VendorInfo | Unset):
    """

    vendor_program_payment_metadata: AirlineProgramWrapper | DirectBillingWrapper
    vendor_info: VendorInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.direct_billing_wrapper import DirectBillingWrapper  # noqa: PLC0415

        vendor_program_payment_metadata: dict[str, Any]
        if isinstance(self.vendor_program_payment_metadata, DirectBillingWrapper):
            vendor_program_payment_metadata = self.vendor_program_payment_metadata.to_dict()
        else:
            vendor_program_payment_metadata = self.vendor_program_payment_metadata.to_dict()

        vendor_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_info, Unset):
            vendor_info = self.vendor_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendorProgramPaymentMetadata": vendor_program_payment_metadata,
            }
        )
        if vendor_info is not UNSET:
            field_dict["vendorInfo"] = vendor_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.airline_program_wrapper import AirlineProgramWrapper  # noqa: PLC0415
        from ..models.direct_billing_wrapper import DirectBillingWrapper  # noqa: PLC0415
        from ..models.vendor_info import VendorInfo  # noqa: PLC0415

        d = src_dict
        try:
            _vendor_program_payment_metadata_data = d["vendorProgramPaymentMetadata"]
            vendor_program_payment_metadata: AirlineProgramWrapper | DirectBillingWrapper
            if not isinstance(_vendor_program_payment_metadata_data, dict):
                raise UnknownVariantError(
                    "AirlineProgramWrapper | DirectBillingWrapper", _vendor_program_payment_metadata_data
                )
            elif "directBilling" in _vendor_program_payment_metadata_data:
                vendor_program_payment_metadata = DirectBillingWrapper.from_dict(_vendor_program_payment_metadata_data)
            elif "airlineProgram" in _vendor_program_payment_metadata_data:
                vendor_program_payment_metadata = AirlineProgramWrapper.from_dict(_vendor_program_payment_metadata_data)
            else:
                raise UnknownVariantError(
                    "AirlineProgramWrapper | DirectBillingWrapper", _vendor_program_payment_metadata_data
                )

            _vendor_info = _v if (_v := d.get("vendorInfo")) is not None else PARSED_UNSET
            vendor_info: VendorInfo | Unset
            if isinstance(_vendor_info, Unset):
                vendor_info = UNSET
            else:
                vendor_info = VendorInfo.from_dict(_vendor_info)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("VendorProgramPaymentDescriptor", str(exc.args[0])) from None
        vendor_program_payment_descriptor = cls(
            vendor_program_payment_metadata=vendor_program_payment_metadata,
            vendor_info=vendor_info,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            vendor_program_payment_descriptor.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return vendor_program_payment_descriptor

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
