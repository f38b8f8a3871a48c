from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.trip_event_summary import TripEventSummary


T = TypeVar("T", bound="GetEventSummariesResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "tripEventSummaries",
    }
)


@_attrs_define
class GetEventSummariesResponse:
    """
    Attributes:
        trip_event_summaries (list[TripEventSummary] | Unset):
    """

    trip_event_summaries: list[TripEventSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trip_event_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trip_event_summaries, Unset):
            trip_event_summaries = []
            for trip_event_summaries_item_data in self.trip_event_summaries:
                trip_event_summaries_item = trip_event_summaries_item_data.to_dict()
                trip_event_summaries.append(trip_event_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if trip_event_summaries is not UNSET:
            field_dict["tripEventSummaries"] = trip_event_summaries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.trip_event_summary import TripEventSummary  # noqa: PLC0415

        d = src_dict
        try:
            _trip_event_summaries = _v if (_v := d.get("tripEventSummaries")) is not None else PARSED_UNSET
            trip_event_summaries: list[TripEventSummary] | Unset = UNSET
            if _trip_event_summaries is not UNSET:
                trip_event_summaries = []
                for trip_event_summaries_item_data in _trip_event_summaries:
                    trip_event_summaries_item = TripEventSummary.from_dict(trip_event_summaries_item_data)

                    trip_event_summaries.append(trip_event_summaries_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("GetEventSummariesResponse", str(exc.args[0])) from None
        get_event_summaries_response = cls(
            trip_event_summaries=trip_event_summaries,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            get_event_summaries_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return get_event_summaries_response

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
