from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.cancel_event_response import CancelEventResponse


T = TypeVar("T", bound="BulkCancelEventResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "cancelEventResponses",
    }
)


@_attrs_define
class BulkCancelEventResponse:
    """
    Attributes:
        cancel_event_responses (list[CancelEventResponse]):
    """

    cancel_event_responses: list[CancelEventResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_event_responses = []
        for cancel_event_responses_item_data in self.cancel_event_responses:
            cancel_event_responses_item = cancel_event_responses_item_data.to_dict()
            cancel_event_responses.append(cancel_event_responses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelEventResponses": cancel_event_responses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.cancel_event_response import CancelEventResponse  # noqa: PLC0415

        d = src_dict
        try:
            cancel_event_responses = []
            _cancel_event_responses = d["cancelEventResponses"]
            for cancel_event_responses_item_data in _cancel_event_responses:
                cancel_event_responses_item = CancelEventResponse.from_dict(cancel_event_responses_item_data)

                cancel_event_responses.append(cancel_event_responses_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BulkCancelEventResponse", str(exc.args[0])) from None
        bulk_cancel_event_response = cls(
            cancel_event_responses=cancel_event_responses,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            bulk_cancel_event_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return bulk_cancel_event_response

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
