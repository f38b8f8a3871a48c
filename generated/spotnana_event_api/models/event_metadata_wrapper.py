from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.event_entity_metadata import EventEntityMetadata


T = TypeVar("T", bound="EventMetadataWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "eventMetadata",
    }
)


@_attrs_define
class EventMetadataWrapper:
    """
    Attributes:
        event_metadata (EventEntityMetadata):
    """

    event_metadata: EventEntityMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_metadata = self.event_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventMetadata": event_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.event_entity_metadata import EventEntityMetadata  # noqa: PLC0415

        d = src_dict
        try:
            event_metadata = EventEntityMetadata.from_dict(d["eventMetadata"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventMetadataWrapper", str(exc.args[0])) from None
        event_metadata_wrapper = cls(
            event_metadata=event_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_metadata_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_metadata_wrapper

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
