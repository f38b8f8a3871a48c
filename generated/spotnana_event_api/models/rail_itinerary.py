from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.rail_itinerary_id import RailItineraryId


T = TypeVar("T", bound="RailItinerary")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "railItineraryId",
    }
)


@_attrs_define
class RailItinerary:
    """
    Attributes:
        rail_itinerary_id (RailItineraryId):
    """

    rail_itinerary_id: RailItineraryId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rail_itinerary_id = self.rail_itinerary_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "railItineraryId": rail_itinerary_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.rail_itinerary_id import RailItineraryId  # noqa: PLC0415

        d = src_dict
        try:
            rail_itinerary_id = RailItineraryId.from_dict(d["railItineraryId"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RailItinerary", str(exc.args[0])) from None
        rail_itinerary = cls(
            rail_itinerary_id=rail_itinerary_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            rail_itinerary.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return rail_itinerary

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
