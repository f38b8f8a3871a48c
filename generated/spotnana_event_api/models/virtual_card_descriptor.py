from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.virtual_card_vendor import VirtualCardVendor
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.conferma_metadata_wrapper import ConfermaMetadataWrapper
    from ..models.reporting_attribute import ReportingAttribute


T = TypeVar("T", bound="VirtualCardDescriptor")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "vendor",
        "reportingAttributes",
        "metadata",
    }
)


@_attrs_define
class VirtualCardDescriptor:
    """
    Attributes:
        vendor (VirtualCardVendor | Unset):  Example: CONFERMA.
        reporting_attributes (list[ReportingAttribute] | Unset):
        metadata (ConfermaMetadataWrapper | Unset):
    """

    vendor: VirtualCardVendor | Unset = UNSET
    reporting_attributes: list[ReportingAttribute] | Unset = UNSET
    metadata: ConfermaMetadataWrapper | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor: str | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.value

        reporting_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reporting_attributes, Unset):
            reporting_attributes = []
            for reporting_attributes_item_data in self.reporting_attributes:
                reporting_attributes_item = reporting_attributes_item_data.to_dict()
                reporting_attributes.append(reporting_attributes_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if reporting_attributes is not UNSET:
            field_dict["reportingAttributes"] = reporting_attributes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.conferma_metadata_wrapper import ConfermaMetadataWrapper  # noqa: PLC0415
        from ..models.reporting_attribute import ReportingAttribute  # noqa: PLC0415

        d = src_dict
        try:
            _vendor = _v if (_v := d.get("vendor")) is not None else PARSED_UNSET
            vendor: VirtualCardVendor | Unset
            if isinstance(_vendor, Unset):
                vendor = UNSET
            else:
                vendor = VirtualCardVendor(_vendor)

            _reporting_attributes = _v if (_v := d.get("reportingAttributes")) is not None else PARSED_UNSET
            reporting_attributes: list[ReportingAttribute] | Unset = UNSET
            if _reporting_attributes is not UNSET:
                reporting_attributes = []
                for reporting_attributes_item_data in _reporting_attributes:
                    reporting_attributes_item = ReportingAttribute.from_dict(reporting_attributes_item_data)

                    reporting_attributes.append(reporting_attributes_item)

            _metadata = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
            metadata: ConfermaMetadataWrapper | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ConfermaMetadataWrapper.from_dict(_metadata)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("VirtualCardDescriptor", str(exc.args[0])) from None
        virtual_card_descriptor = cls(
            vendor=vendor,
            reporting_attributes=reporting_attributes,
            metadata=metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            virtual_card_descriptor.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return virtual_card_descriptor

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
