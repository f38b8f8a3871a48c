from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.update_event_response import UpdateEventResponse


T = TypeVar("T", bound="BulkUpdateEventsResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "updateEventsResponse",
    }
)


@_attrs_define
class BulkUpdateEventsResponse:
    """
    Attributes:
        update_events_response (list[UpdateEventResponse]):
    """

    update_events_response: list[UpdateEventResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_events_response = []
        for update_events_response_item_data in self.update_events_response:
            update_events_response_item = update_events_response_item_data.to_dict()
            update_events_response.append(update_events_response_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updateEventsResponse": update_events_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.update_event_response import UpdateEventResponse  # noqa: PLC0415

        d = src_dict
        try:
            update_events_response = []
            _update_events_response = d["updateEventsResponse"]
            for update_events_response_item_data in _update_events_response:
                update_events_response_item = UpdateEventResponse.from_dict(update_events_response_item_data)

                update_events_response.append(update_events_response_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BulkUpdateEventsResponse", str(exc.args[0])) from None
        bulk_update_events_response = cls(
            update_events_response=update_events_response,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            bulk_update_events_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return bulk_update_events_response

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
