from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.travel_arranger_metadata import TravelArrangerMetadata


T = TypeVar("T", bound="RoleMeta")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelArrangerMetadata",
    }
)


@_attrs_define
class RoleMeta:
    """
    Attributes:
        travel_arranger_metadata (TravelArrangerMetadata | Unset):
    """

    travel_arranger_metadata: TravelArrangerMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        travel_arranger_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_arranger_metadata, Unset):
            travel_arranger_metadata = self.travel_arranger_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if travel_arranger_metadata is not UNSET:
            field_dict["travelArrangerMetadata"] = travel_arranger_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.travel_arranger_metadata import TravelArrangerMetadata  # noqa: PLC0415

        d = src_dict
        try:
            _travel_arranger_metadata = _v if (_v := d.get("travelArrangerMetadata")) is not None else PARSED_UNSET
            travel_arranger_metadata: TravelArrangerMetadata | Unset
            if isinstance(_travel_arranger_metadata, Unset):
                travel_arranger_metadata = UNSET
            else:
                travel_arranger_metadata = TravelArrangerMetadata.from_dict(_travel_arranger_metadata)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RoleMeta", str(exc.args[0])) from None
        role_meta = cls(
            travel_arranger_metadata=travel_arranger_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            role_meta.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return role_meta

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
