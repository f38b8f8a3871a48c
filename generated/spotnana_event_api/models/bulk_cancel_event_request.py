from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancel_event_request import CancelEventRequest


T = TypeVar("T", bound="BulkCancelEventRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "cancelEventRequests",
        "cancelAsync",
    }
)


@_attrs_define
class BulkCancelEventRequest:
    """
    Attributes:
        cancel_event_requests (list[CancelEventRequest]):
        cancel_async (bool | Unset):  Default: False. Example: False.
    """

    cancel_event_requests: list[CancelEventRequest]
    cancel_async: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_event_requests = []
        for cancel_event_requests_item_data in self.cancel_event_requests:
            cancel_event_requests_item = cancel_event_requests_item_data.to_dict()
            cancel_event_requests.append(cancel_event_requests_item)

        cancel_async = self.cancel_async

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelEventRequests": cancel_event_requests,
            }
        )
        if cancel_async is not UNSET:
            field_dict["cancelAsync"] = cancel_async

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.cancel_event_request import CancelEventRequest  # noqa: PLC0415

        d = src_dict
        try:
            cancel_event_requests = []
            _cancel_event_requests = d["cancelEventRequests"]
            for cancel_event_requests_item_data in _cancel_event_requests:
                cancel_event_requests_item = CancelEventRequest.from_dict(cancel_event_requests_item_data)

                cancel_event_requests.append(cancel_event_requests_item)

            cancel_async = _v if (_v := d.get("cancelAsync")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BulkCancelEventRequest", str(exc.args[0])) from None
        bulk_cancel_event_request = cls(
            cancel_event_requests=cancel_event_requests,
            cancel_async=cancel_async,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            bulk_cancel_event_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return bulk_cancel_event_request

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
