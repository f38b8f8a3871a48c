from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.hotel_booking_guideline import HotelBookingGuideline


T = TypeVar("T", bound="HotelBookingGuidelineWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "hotelBookingGuideLine",
        "numGuestsAllowed",
    }
)


@_attrs_define
class HotelBookingGuidelineWrapper:
    """
    Attributes:
        hotel_booking_guide_line (HotelBookingGuideline):
        num_guests_allowed (int | Unset):  Example: 1.
    """

    hotel_booking_guide_line: HotelBookingGuideline
    num_guests_allowed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hotel_booking_guide_line = self.hotel_booking_guide_line.to_dict()

        num_guests_allowed = self.num_guests_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hotelBookingGuideLine": hotel_booking_guide_line,
            }
        )
        if num_guests_allowed is not UNSET:
            field_dict["numGuestsAllowed"] = num_guests_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.hotel_booking_guideline import HotelBookingGuideline  # noqa: PLC0415

        d = src_dict
        try:
            hotel_booking_guide_line = HotelBookingGuideline.from_dict(d["hotelBookingGuideLine"])

            num_guests_allowed = _v if (_v := d.get("numGuestsAllowed")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelBookingGuidelineWrapper", str(exc.args[0])) from None
        hotel_booking_guideline_wrapper = cls(
            hotel_booking_guide_line=hotel_booking_guide_line,
            num_guests_allowed=num_guests_allowed,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_booking_guideline_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_booking_guideline_wrapper

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
