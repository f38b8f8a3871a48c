from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_event_request_item import UpdateEventRequestItem


T = TypeVar("T", bound="BulkUpdateEventsRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "eventsToUpdate",
        "updateAsync",
    }
)


@_attrs_define
class BulkUpdateEventsRequest:
    """
    Attributes:
        events_to_update (list[UpdateEventRequestItem] | Unset):
        update_async (bool | Unset):  Default: False. Example: True.
    """

    events_to_update: list[UpdateEventRequestItem] | Unset = UNSET
    update_async: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events_to_update: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_to_update, Unset):
            events_to_update = []
            for events_to_update_item_data in self.events_to_update:
                events_to_update_item = events_to_update_item_data.to_dict()
                events_to_update.append(events_to_update_item)

        update_async = self.update_async

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if events_to_update is not UNSET:
            field_dict["eventsToUpdate"] = events_to_update
        if update_async is not UNSET:
            field_dict["updateAsync"] = update_async

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.update_event_request_item import UpdateEventRequestItem  # noqa: PLC0415

        d = src_dict
        try:
            _events_to_update = _v if (_v := d.get("eventsToUpdate")) is not None else PARSED_UNSET
            events_to_update: list[UpdateEventRequestItem] | Unset = UNSET
            if _events_to_update is not UNSET:
                events_to_update = []
                for events_to_update_item_data in _events_to_update:
                    events_to_update_item = UpdateEventRequestItem.from_dict(events_to_update_item_data)

                    events_to_update.append(events_to_update_item)

            update_async = _v if (_v := d.get("updateAsync")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BulkUpdateEventsRequest", str(exc.args[0])) from None
        bulk_update_events_request = cls(
            events_to_update=events_to_update,
            update_async=update_async,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            bulk_update_events_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return bulk_update_events_request

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
