from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.update_event_basic_info_request import UpdateEventBasicInfoRequest
    from ..models.update_event_booking_guidelines_request import UpdateEventBookingGuidelinesRequest


T = TypeVar("T", bound="UpdateEventRequestItem")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "eventId",
        "eventBasicInfo",
        "eventBookingGuidelines",
    }
)


@_attrs_define
class UpdateEventRequestItem:
    """
    Attributes:
        event_id (str):  Example: 56789012.
        event_basic_info (UpdateEventBasicInfoRequest):
        event_booking_guidelines (UpdateEventBookingGuidelinesRequest):
    """

    event_id: str
    event_basic_info: UpdateEventBasicInfoRequest
    event_booking_guidelines: UpdateEventBookingGuidelinesRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_basic_info = self.event_basic_info.to_dict()

        event_booking_guidelines = self.event_booking_guidelines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "eventBasicInfo": event_basic_info,
                "eventBookingGuidelines": event_booking_guidelines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.update_event_basic_info_request import UpdateEventBasicInfoRequest  # noqa: PLC0415
        from ..models.update_event_booking_guidelines_request import UpdateEventBookingGuidelinesRequest  # noqa: PLC0415

        d = src_dict
        try:
            event_id = d["eventId"]

            event_basic_info = UpdateEventBasicInfoRequest.from_dict(d["eventBasicInfo"])

            event_booking_guidelines = UpdateEventBookingGuidelinesRequest.from_dict(d["eventBookingGuidelines"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UpdateEventRequestItem", str(exc.args[0])) from None
        update_event_request_item = cls(
            event_id=event_id,
            event_basic_info=event_basic_info,
            event_booking_guidelines=event_booking_guidelines,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            update_event_request_item.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return update_event_request_item

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
