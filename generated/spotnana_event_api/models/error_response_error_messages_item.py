from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_parameter import ErrorParameter


T = TypeVar("T", bound="ErrorResponseErrorMessagesItem")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "errorCode",
        "message",
        "errorParameters",
        "errorDetail",
    }
)


@_attrs_define
class ErrorResponseErrorMessagesItem:
    """
    Attributes:
        error_code (str | Unset):
        message (str | Unset):
        error_parameters (list[ErrorParameter] | Unset):
        error_detail (str | Unset):
    """

    error_code: str | Unset = UNSET
    message: str | Unset = UNSET
    error_parameters: list[ErrorParameter] | Unset = UNSET
    error_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        error_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_parameters, Unset):
            error_parameters = []
            for error_parameters_item_data in self.error_parameters:
                error_parameters_item = error_parameters_item_data.to_dict()
                error_parameters.append(error_parameters_item)

        error_detail = self.error_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if message is not UNSET:
            field_dict["message"] = message
        if error_parameters is not UNSET:
            field_dict["errorParameters"] = error_parameters
        if error_detail is not UNSET:
            field_dict["errorDetail"] = error_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.error_parameter import ErrorParameter  # noqa: PLC0415

        d = src_dict
        try:
            error_code = _v if (_v := d.get("errorCode")) is not None else PARSED_UNSET

            message = _v if (_v := d.get("message")) is not None else PARSED_UNSET

            _error_parameters = _v if (_v := d.get("errorParameters")) is not None else PARSED_UNSET
            error_parameters: list[ErrorParameter] | Unset = UNSET
            if _error_parameters is not UNSET:
                error_parameters = []
                for error_parameters_item_data in _error_parameters:
                    error_parameters_item = ErrorParameter.from_dict(error_parameters_item_data)

                    error_parameters.append(error_parameters_item)

            error_detail = _v if (_v := d.get("errorDetail")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ErrorResponseErrorMessagesItem", str(exc.args[0])) from None
        error_response_error_messages_item = cls(
            error_code=error_code,
            message=message,
            error_parameters=error_parameters,
            error_detail=error_detail,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            error_response_error_messages_item.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return error_response_error_messages_item

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
