from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.traveler_event_summary import TravelerEventSummary


T = TypeVar("T", bound="TripEventSummary")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "tripId",
        "travelerEventSummary",
    }
)


@_attrs_define
class TripEventSummary:
    """
    Attributes:
        trip_id (str | Unset):  Example: 6926658168.
        traveler_event_summary (TravelerEventSummary | Unset):
    """

    trip_id: str | Unset = UNSET
    traveler_event_summary: TravelerEventSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trip_id = self.trip_id

        traveler_event_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traveler_event_summary, Unset):
            traveler_event_summary = self.traveler_event_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if trip_id is not UNSET:
            field_dict["tripId"] = trip_id
        if traveler_event_summary is not UNSET:
            field_dict["travelerEventSummary"] = traveler_event_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.traveler_event_summary import TravelerEventSummary  # noqa: PLC0415

        d = src_dict
        try:
            trip_id = _v if (_v := d.get("tripId")) is not None else PARSED_UNSET

            _traveler_event_summary = _v if (_v := d.get("travelerEventSummary")) is not None else PARSED_UNSET
            traveler_event_summary: TravelerEventSummary | Unset
            if isinstance(_traveler_event_summary, Unset):
                traveler_event_summary = UNSET
            else:
                traveler_event_summary = TravelerEventSummary.from_dict(_traveler_event_summary)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TripEventSummary", str(exc.args[0])) from None
        trip_event_summary = cls(
            trip_id=trip_id,
            traveler_event_summary=traveler_event_summary,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            trip_event_summary.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return trip_event_summary

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
