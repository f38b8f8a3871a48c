from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.document_type import DocumentType
from ..models.entity_type import EntityType

if TYPE_CHECKING:
    from ..models.event_metadata_wrapper import EventMetadataWrapper
    from ..models.pnr_metadata_wrapper import PnrMetadataWrapper


T = TypeVar("T", bound="DocumentMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "documentType",
        "entityType",
        "entityId",
        "entityMetadata",
        "name",
    }
)


@_attrs_define
class DocumentMetadata:
    """
    Attributes:
        document_type (DocumentType):  Example: VISA.
        entity_type (EntityType):  Example: PNR.
        entity_id (str):  Example: 123124.
        entity_metadata (EventMetadataWrapper | PnrMetadataWrapper):
        name (str):  Example: BoardingPass.pdf.
    """

    document_type: DocumentType
    entity_type: EntityType
    entity_id: str
    entity_metadata: EventMetadataWrapper | PnrMetadataWrapper
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pnr_metadata_wrapper import PnrMetadataWrapper  # noqa: PLC0415

        document_type = self.document_type.value

        entity_type = self.entity_type.value

        entity_id = self.entity_id

        entity_metadata: dict[str, Any]
        if isinstance(self.entity_metadata, PnrMetadataWrapper):
            entity_metadata = self.entity_metadata.to_dict()
        else:
            entity_metadata = self.entity_metadata.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentType": document_type,
                "entityType": entity_type,
                "entityId": entity_id,
                "entityMetadata": entity_metadata,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.event_metadata_wrapper import EventMetadataWrapper  # noqa: PLC0415
        from ..models.pnr_metadata_wrapper import PnrMetadataWrapper  # noqa: PLC0415

        d = src_dict
        try:
            document_type = DocumentType(d["documentType"])

            entity_type = EntityType(d["entityType"])

            entity_id = d["entityId"]

            _entity_metadata_data = d["entityMetadata"]
            entity_metadata: EventMetadataWrapper | PnrMetadataWrapper
            if not isinstance(_entity_metadata_data, dict):
                raise UnknownVariantError("EventMetadataWrapper | PnrMetadataWrapper", _entity_metadata_data)
            elif "travelType" in _entity_metadata_data:
                entity_metadata = PnrMetadataWrapper.from_dict(_entity_metadata_data)
            elif "eventMetadata" in _entity_metadata_data:
                entity_metadata = EventMetadataWrapper.from_dict(_entity_metadata_data)
            else:
                raise UnknownVariantError("EventMetadataWrapper | PnrMetadataWrapper", _entity_metadata_data)

            name = d["name"]

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("DocumentMetadata", str(exc.args[0])) from None
        document_metadata = cls(
            document_type=document_type,
            entity_type=entity_type,
            entity_id=entity_id,
            entity_metadata=entity_metadata,
            name=name,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            document_metadata.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return document_metadata

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
