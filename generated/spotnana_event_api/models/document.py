from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.document_metadata import DocumentMetadata


T = TypeVar("T", bound="Document")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "url",
        "documentId",
        "documentMetadata",
    }
)


@_attrs_define
class Document:
    """
    Attributes:
        url (str):  Example: https://s3.amazonaws.com/bucket-name/folder-name/file-name.
        document_id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        document_metadata (DocumentMetadata):
    """

    url: str
    document_id: UUID
    document_metadata: DocumentMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        document_id = str(self.document_id)

        document_metadata = self.document_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "documentId": document_id,
                "documentMetadata": document_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.document_metadata import DocumentMetadata  # noqa: PLC0415

        d = src_dict
        try:
            url = d["url"]

            document_id = UUID(d["documentId"])

            document_metadata = DocumentMetadata.from_dict(d["documentMetadata"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Document", str(exc.args[0])) from None
        document = cls(
            url=url,
            document_id=document_id,
            document_metadata=document_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            document.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return document

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
