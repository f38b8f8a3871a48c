from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.pnr_metadata_wrapper_invoice_metadata_invoice_type import PnrMetadataWrapperInvoiceMetadataInvoiceType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="PnrMetadataWrapperInvoiceMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "invoiceNumber",
        "invoiceType",
    }
)


@_attrs_define
class PnrMetadataWrapperInvoiceMetadata:
    """
    Attributes:
        invoice_number (str):  Example: SPOT-0001.
        invoice_type (PnrMetadataWrapperInvoiceMetadataInvoiceType | Unset):  Example: FARE_INVOICE.
    """

    invoice_number: str
    invoice_type: PnrMetadataWrapperInvoiceMetadataInvoiceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_number = self.invoice_number

        invoice_type: str | Unset = UNSET
        if not isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceNumber": invoice_number,
            }
        )
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            invoice_number = d["invoiceNumber"]

            _invoice_type = _v if (_v := d.get("invoiceType")) is not None else PARSED_UNSET
            invoice_type: PnrMetadataWrapperInvoiceMetadataInvoiceType | Unset
            if isinstance(_invoice_type, Unset):
                invoice_type = UNSET
            else:
                invoice_type = PnrMetadataWrapperInvoiceMetadataInvoiceType(_invoice_type)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PnrMetadataWrapperInvoiceMetadata", str(exc.args[0])) from None
        pnr_metadata_wrapper_invoice_metadata = cls(
            invoice_number=invoice_number,
            invoice_type=invoice_type,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            pnr_metadata_wrapper_invoice_metadata.additional_properties = {
                k: v for k, v in d.items() if k in extra_keys
            }
        return pnr_metadata_wrapper_invoice_metadata

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
