from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_status import EventStatus

T = TypeVar("T", bound="EventStatusFilterWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "eventStatusFilter",
    }
)


@_attrs_define
class EventStatusFilterWrapper:
    """
    Attributes:
        event_status_filter (list[EventStatus]):
    """

    event_status_filter: list[EventStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_status_filter = []
        for componentsschemas_event_status_filter_item_data in self.event_status_filter:
            componentsschemas_event_status_filter_item = componentsschemas_event_status_filter_item_data.value
            event_status_filter.append(componentsschemas_event_status_filter_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventStatusFilter": event_status_filter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            event_status_filter = []
            _event_status_filter = d["eventStatusFilter"]
            for componentsschemas_event_status_filter_item_data in _event_status_filter:
                componentsschemas_event_status_filter_item = EventStatus(
                    componentsschemas_event_status_filter_item_data
                )

                event_status_filter.append(componentsschemas_event_status_filter_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventStatusFilterWrapper", str(exc.args[0])) from None
        event_status_filter_wrapper = cls(
            event_status_filter=event_status_filter,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_status_filter_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_status_filter_wrapper

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
