from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.date_time_local import DateTimeLocal


T = TypeVar("T", bound="EventBookingWindow")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "startDateTime",
        "endDateTime",
    }
)


@_attrs_define
class EventBookingWindow:
    """
    Attributes:
        start_date_time (DateTimeLocal):
        end_date_time (DateTimeLocal):
    """

    start_date_time: DateTimeLocal
    end_date_time: DateTimeLocal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date_time = self.start_date_time.to_dict()

        end_date_time = self.end_date_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date_time_local import DateTimeLocal  # noqa: PLC0415

        d = src_dict
        try:
            start_date_time = DateTimeLocal.from_dict(d["startDateTime"])

            end_date_time = DateTimeLocal.from_dict(d["endDateTime"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventBookingWindow", str(exc.args[0])) from None
        event_booking_window = cls(
            start_date_time=start_date_time,
            end_date_time=end_date_time,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_booking_window.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_booking_window

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
