from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_range import DateTimeRange


T = TypeVar("T", bound="EventDateRangeFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "eventDateRange",
    }
)


@_attrs_define
class EventDateRangeFilter:
    """
    Attributes:
        event_date_range (DateTimeRange | Unset):
    """

    event_date_range: DateTimeRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_date_range, Unset):
            event_date_range = self.event_date_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_date_range is not UNSET:
            field_dict["eventDateRange"] = event_date_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date_time_range import DateTimeRange  # noqa: PLC0415

        d = src_dict
        try:
            _event_date_range = _v if (_v := d.get("eventDateRange")) is not None else PARSED_UNSET
            event_date_range: DateTimeRange | Unset
            if isinstance(_event_date_range, Unset):
                event_date_range = UNSET
            else:
                event_date_range = DateTimeRange.from_dict(_event_date_range)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventDateRangeFilter", str(exc.args[0])) from None
        event_date_range_filter = cls(
            event_date_range=event_date_range,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_date_range_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_date_range_filter

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
