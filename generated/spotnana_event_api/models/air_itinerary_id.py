from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="AirItineraryId")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "ancillaryResponseId",
        "seatMapResponseId",
        "initiateBookingResponseId",
    }
)


@_attrs_define
class AirItineraryId:
    """
    Attributes:
        ancillary_response_id (str | Unset):
        seat_map_response_id (str | Unset):
        initiate_booking_response_id (str | Unset):
    """

    ancillary_response_id: str | Unset = UNSET
    seat_map_response_id: str | Unset = UNSET
    initiate_booking_response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ancillary_response_id = self.ancillary_response_id

        seat_map_response_id = self.seat_map_response_id

        initiate_booking_response_id = self.initiate_booking_response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ancillary_response_id is not UNSET:
            field_dict["ancillaryResponseId"] = ancillary_response_id
        if seat_map_response_id is not UNSET:
            field_dict["seatMapResponseId"] = seat_map_response_id
        if initiate_booking_response_id is not UNSET:
            field_dict["initiateBookingResponseId"] = initiate_booking_response_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            ancillary_response_id = _v if (_v := d.get("ancillaryResponseId")) is not None else PARSED_UNSET

            seat_map_response_id = _v if (_v := d.get("seatMapResponseId")) is not None else PARSED_UNSET

            initiate_booking_response_id = (
                _v if (_v := d.get("initiateBookingResponseId")) is not None else PARSED_UNSET
            )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AirItineraryId", str(exc.args[0])) from None
        air_itinerary_id = cls(
            ancillary_response_id=ancillary_response_id,
            seat_map_response_id=seat_map_response_id,
            initiate_booking_response_id=initiate_booking_response_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            air_itinerary_id.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return air_itinerary_id

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
