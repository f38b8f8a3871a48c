from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event
    from ..models.pagination_response_params import PaginationResponseParams


T = TypeVar("T", bound="ListEventsResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "events",
        "paginationParams",
    }
)


@_attrs_define
class ListEventsResponse:
    """
    Attributes:
        events (list[Event] | Unset):
        pagination_params (PaginationResponseParams | Unset):
    """

    events: list[Event] | Unset = UNSET
    pagination_params: PaginationResponseParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        pagination_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination_params, Unset):
            pagination_params = self.pagination_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if events is not UNSET:
            field_dict["events"] = events
        if pagination_params is not UNSET:
            field_dict["paginationParams"] = pagination_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.event import Event  # noqa: PLC0415
        from ..models.pagination_response_params import PaginationResponseParams  # noqa: PLC0415

        d = src_dict
        try:
            _events = _v if (_v := d.get("events")) is not None else PARSED_UNSET
            events: list[Event] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = Event.from_dict(events_item_data)

                    events.append(events_item)

            _pagination_params = _v if (_v := d.get("paginationParams")) is not None else PARSED_UNSET
            pagination_params: PaginationResponseParams | Unset
            if isinstance(_pagination_params, Unset):
                pagination_params = UNSET
            else:
                pagination_params = PaginationResponseParams.from_dict(_pagination_params)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ListEventsResponse", str(exc.args[0])) from None
        list_events_response = cls(
            events=events,
            pagination_params=pagination_params,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            list_events_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return list_events_response

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
