from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_item_job_status import EventItemJobStatus
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="JobItem")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "eventId",
        "status",
        "message",
    }
)


@_attrs_define
class JobItem:
    """
    Attributes:
        event_id (str | Unset):  Example: 56789012.
        status (EventItemJobStatus | Unset):  Example: SUCCESS.
        message (str | Unset):
    """

    event_id: str | Unset = UNSET
    status: EventItemJobStatus | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            event_id = _v if (_v := d.get("eventId")) is not None else PARSED_UNSET

            _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
            status: EventItemJobStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = EventItemJobStatus(_status)

            message = _v if (_v := d.get("message")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("JobItem", str(exc.args[0])) from None
        job_item = cls(
            event_id=event_id,
            status=status,
            message=message,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            job_item.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return job_item

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
