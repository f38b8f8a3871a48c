from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_error_messages_item import ErrorResponseErrorMessagesItem


T = TypeVar("T", bound="ErrorResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "debugIdentifier",
        "errorMessages",
    }
)


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        debug_identifier (str | Unset):
        error_messages (list[ErrorResponseErrorMessagesItem] | Unset):
    """

    debug_identifier: str | Unset = UNSET
    error_messages: list[ErrorResponseErrorMessagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debug_identifier = self.debug_identifier

        error_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_messages, Unset):
            error_messages = []
            for error_messages_item_data in self.error_messages:
                error_messages_item = error_messages_item_data.to_dict()
                error_messages.append(error_messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if debug_identifier is not UNSET:
            field_dict["debugIdentifier"] = debug_identifier
        if error_messages is not UNSET:
            field_dict["errorMessages"] = error_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.error_response_error_messages_item import ErrorResponseErrorMessagesItem  # noqa: PLC0415

        d = src_dict
        try:
            debug_identifier = _v if (_v := d.get("debugIdentifier")) is not None else PARSED_UNSET

            _error_messages = _v if (_v := d.get("errorMessages")) is not None else PARSED_UNSET
            error_messages: list[ErrorResponseErrorMessagesItem] | Unset = UNSET
            if _error_messages is not UNSET:
                error_messages = []
                for error_messages_item_data in _error_messages:
                    error_messages_item = ErrorResponseErrorMessagesItem.from_dict(error_messages_item_data)

                    error_messages.append(error_messages_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ErrorResponse", str(exc.args[0])) from None
        error_response = cls(
            debug_identifier=debug_identifier,
            error_messages=error_messages,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            error_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return error_response

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
