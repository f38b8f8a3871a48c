from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.diners_tac_metadata import DinersTacMetadata


T = TypeVar("T", bound="DinersTacMetadataWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "dinersTacMetadata",
    }
)


@_attrs_define
class DinersTacMetadataWrapper:
    """
    Attributes:
        diners_tac_metadata (DinersTacMetadata):
    """

    diners_tac_metadata: DinersTacMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diners_tac_metadata = self.diners_tac_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dinersTacMetadata": diners_tac_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.diners_tac_metadata import DinersTacMetadata  # noqa: PLC0415

        d = src_dict
        try:
            diners_tac_metadata = DinersTacMetadata.from_dict(d["dinersTacMetadata"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("DinersTacMetadataWrapper", str(exc.args[0])) from None
        diners_tac_metadata_wrapper = cls(
            diners_tac_metadata=diners_tac_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            diners_tac_metadata_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return diners_tac_metadata_wrapper

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
