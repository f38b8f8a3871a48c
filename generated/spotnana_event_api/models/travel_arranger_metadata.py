from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.traveler_config_for_arranger import TravelerConfigForArranger


T = TypeVar("T", bound="TravelArrangerMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "arrangerFor",
    }
)


@_attrs_define
class TravelArrangerMetadata:
    """
    Attributes:
        arranger_for (list[TravelerConfigForArranger]):
    """

    arranger_for: list[TravelerConfigForArranger]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arranger_for = []
        for arranger_for_item_data in self.arranger_for:
            arranger_for_item = arranger_for_item_data.to_dict()
            arranger_for.append(arranger_for_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arrangerFor": arranger_for,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.traveler_config_for_arranger import TravelerConfigForArranger  # noqa: PLC0415

        d = src_dict
        try:
            arranger_for = []
            _arranger_for = d["arrangerFor"]
            for arranger_for_item_data in _arranger_for:
                arranger_for_item = TravelerConfigForArranger.from_dict(arranger_for_item_data)

                arranger_for.append(arranger_for_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TravelArrangerMetadata", str(exc.args[0])) from None
        travel_arranger_metadata = cls(
            arranger_for=arranger_for,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            travel_arranger_metadata.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return travel_arranger_metadata

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
