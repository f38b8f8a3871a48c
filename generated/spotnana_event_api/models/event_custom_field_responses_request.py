from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse
    from ..models.custom_field_response import CustomFieldResponse


T = TypeVar("T", bound="EventCustomFieldResponsesRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "eventCustomFieldResponses",
        "customFieldV3Responses",
    }
)


@_attrs_define
class EventCustomFieldResponsesRequest:
    """
    Attributes:
        event_custom_field_responses (list[CustomFieldResponse] | Unset):
        custom_field_v3_responses (list[CustomFieldPrefilledResponse] | Unset):
    """

    event_custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_custom_field_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_custom_field_responses, Unset):
            event_custom_field_responses = []
            for event_custom_field_responses_item_data in self.event_custom_field_responses:
                event_custom_field_responses_item = event_custom_field_responses_item_data.to_dict()
                event_custom_field_responses.append(event_custom_field_responses_item)

        custom_field_v3_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_v3_responses, Unset):
            custom_field_v3_responses = []
            for custom_field_v3_responses_item_data in self.custom_field_v3_responses:
                custom_field_v3_responses_item = custom_field_v3_responses_item_data.to_dict()
                custom_field_v3_responses.append(custom_field_v3_responses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if event_custom_field_responses is not UNSET:
            field_dict["eventCustomFieldResponses"] = event_custom_field_responses
        if custom_field_v3_responses is not UNSET:
            field_dict["customFieldV3Responses"] = custom_field_v3_responses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse  # noqa: PLC0415
        from ..models.custom_field_response import CustomFieldResponse  # noqa: PLC0415

        d = src_dict
        try:
            _event_custom_field_responses = (
                _v if (_v := d.get("eventCustomFieldResponses")) is not None else PARSED_UNSET
            )
            event_custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
            if _event_custom_field_responses is not UNSET:
                event_custom_field_responses = []
                for event_custom_field_responses_item_data in _event_custom_field_responses:
                    event_custom_field_responses_item = CustomFieldResponse.from_dict(
                        event_custom_field_responses_item_data
                    )

                    event_custom_field_responses.append(event_custom_field_responses_item)

            _custom_field_v3_responses = _v if (_v := d.get("customFieldV3Responses")) is not None else PARSED_UNSET
            custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
            if _custom_field_v3_responses is not UNSET:
                custom_field_v3_responses = []
                for custom_field_v3_responses_item_data in _custom_field_v3_responses:
                    custom_field_v3_responses_item = CustomFieldPrefilledResponse.from_dict(
                        custom_field_v3_responses_item_data
                    )

                    custom_field_v3_responses.append(custom_field_v3_responses_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventCustomFieldResponsesRequest", str(exc.args[0])) from None
        event_custom_field_responses_request = cls(
            event_custom_field_responses=event_custom_field_responses,
            custom_field_v3_responses=custom_field_v3_responses,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_custom_field_responses_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_custom_field_responses_request

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
