from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.publish_event_request import PublishEventRequest


T = TypeVar("T", bound="BulkPublishEventRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "publishEventList",
    }
)


@_attrs_define
class BulkPublishEventRequest:
    """
    Attributes:
        publish_event_list (list[PublishEventRequest]):
    """

    publish_event_list: list[PublishEventRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publish_event_list = []
        for publish_event_list_item_data in self.publish_event_list:
            publish_event_list_item = publish_event_list_item_data.to_dict()
            publish_event_list.append(publish_event_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publishEventList": publish_event_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.publish_event_request import PublishEventRequest  # noqa: PLC0415

        d = src_dict
        try:
            publish_event_list = []
            _publish_event_list = d["publishEventList"]
            for publish_event_list_item_data in _publish_event_list:
                publish_event_list_item = PublishEventRequest.from_dict(publish_event_list_item_data)

                publish_event_list.append(publish_event_list_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BulkPublishEventRequest", str(exc.args[0])) from None
        bulk_publish_event_request = cls(
            publish_event_list=publish_event_list,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            bulk_publish_event_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return bulk_publish_event_request

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
