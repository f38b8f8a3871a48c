from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.travel_type import TravelType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.flight_metadata_wrapper import FlightMetadataWrapper
    from ..models.leg_metadata_wrapper import LegMetadataWrapper
    from ..models.pnr_metadata_wrapper_invoice_metadata import PnrMetadataWrapperInvoiceMetadata


T = TypeVar("T", bound="PnrMetadataWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelType",
        "pnrMetadata",
        "invoiceMetadata",
    }
)


@_attrs_define
class PnrMetadataWrapper:
    """
    Attributes:
        travel_type (TravelType):  Example: AIR.
        pnr_metadata (FlightMetadataWrapper | LegMetadataWrapper | Unset):
        invoice_metadata (PnrMetadataWrapperInvoiceMetadata | Unset):
    """

    travel_type: TravelType
    pnr_metadata: FlightMetadataWrapper | LegMetadataWrapper | Unset = UNSET
    invoice_metadata: PnrMetadataWrapperInvoiceMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flight_metadata_wrapper import FlightMetadataWrapper  # noqa: PLC0415

        travel_type = self.travel_type.value

        pnr_metadata: dict[str, Any] | Unset
        if isinstance(self.pnr_metadata, Unset):
            pnr_metadata = UNSET
        elif isinstance(self.pnr_metadata, FlightMetadataWrapper):
            pnr_metadata = self.pnr_metadata.to_dict()
        else:
            pnr_metadata = self.pnr_metadata.to_dict()

        invoice_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_metadata, Unset):
            invoice_metadata = self.invoice_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "travelType": travel_type,
            }
        )
        if pnr_metadata is not UNSET:
            field_dict["pnrMetadata"] = pnr_metadata
        if invoice_metadata is not UNSET:
            field_dict["invoiceMetadata"] = invoice_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.flight_metadata_wrapper import FlightMetadataWrapper  # noqa: PLC0415
        from ..models.leg_metadata_wrapper import LegMetadataWrapper  # noqa: PLC0415
        from ..models.pnr_metadata_wrapper_invoice_metadata import PnrMetadataWrapperInvoiceMetadata  # noqa: PLC0415

        d = src_dict
        try:
            travel_type = TravelType(d["travelType"])

            _pnr_metadata_data = _v if (_v := d.get("pnrMetadata")) is not None else PARSED_UNSET
            pnr_metadata: FlightMetadataWrapper | LegMetadataWrapper | Unset
            if isinstance(_pnr_metadata_data, Unset):
                pnr_metadata = UNSET
            elif not isinstance(_pnr_metadata_data, dict):
                raise UnknownVariantError("FlightMetadataWrapper | LegMetadataWrapper", _pnr_metadata_data)
            elif "flightMetadata" in _pnr_metadata_data:
                pnr_metadata = FlightMetadataWrapper.from_dict(_pnr_metadata_data)
            elif "legMetadata" in _pnr_metadata_data:
                pnr_metadata = LegMetadataWrapper.from_dict(_pnr_metadata_data)
            else:
                raise UnknownVariantError("FlightMetadataWrapper | LegMetadataWrapper", _pnr_metadata_data)

            _invoice_metadata = _v if (_v := d.get("invoiceMetadata")) is not None else PARSED_UNSET
            invoice_metadata: PnrMetadataWrapperInvoiceMetadata | Unset
            if isinstance(_invoice_metadata, Unset):
                invoice_metadata = UNSET
            else:
                invoice_metadata = PnrMetadataWrapperInvoiceMetadata.from_dict(_invoice_metadata)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PnrMetadataWrapper", str(exc.args[0])) from None
        pnr_metadata_wrapper = cls(
            travel_type=travel_type,
            pnr_metadata=pnr_metadata,
            invoice_metadata=invoice_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            pnr_metadata_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return pnr_metadata_wrapper

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
