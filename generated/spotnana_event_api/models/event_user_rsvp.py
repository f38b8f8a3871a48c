from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.booking_status_type import BookingStatusType
from ..models.event_rsvp_state import EventRsvpState
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_offset import DateTimeOffset
    from ..models.event_rsvp_response import EventRsvpResponse
    from ..models.user_id import UserId


T = TypeVar("T", bound="EventUserRsvp")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userId",
        "eventRsvpState",
        "eventRsvpResponse",
        "invitedAt",
        "airBookingStatus",
        "railBookingStatus",
        "carBookingStatus",
        "hotelBookingStatus",
    }
)


@_attrs_define
class EventUserRsvp:
    """
    Attributes:
        user_id (UserId | Unset):
        event_rsvp_state (EventRsvpState | Unset):
        event_rsvp_response (EventRsvpResponse | Unset):
        invited_at (DateTimeOffset | Unset):
        air_booking_status (BookingStatusType | Unset):  Example: BOOKED.
        rail_booking_status (BookingStatusType | Unset):  Example: BOOKED.
        car_booking_status (BookingStatusType | Unset):  Example: BOOKED.
        hotel_booking_status (BookingStatusType | Unset):  Example: BOOKED.
    """

    user_id: UserId | Unset = UNSET
    event_rsvp_state: EventRsvpState | Unset = UNSET
    event_rsvp_response: EventRsvpResponse | Unset = UNSET
    invited_at: DateTimeOffset | Unset = UNSET
    air_booking_status: BookingStatusType | Unset = UNSET
    rail_booking_status: BookingStatusType | Unset = UNSET
    car_booking_status: BookingStatusType | Unset = UNSET
    hotel_booking_status: BookingStatusType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = self.user_id.to_dict()

        event_rsvp_state: str | Unset = UNSET
        if not isinstance(self.event_rsvp_state, Unset):
            event_rsvp_state = self.event_rsvp_state.value

        event_rsvp_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_rsvp_response, Unset):
            event_rsvp_response = self.event_rsvp_response.to_dict()

        invited_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invited_at, Unset):
            invited_at = self.invited_at.to_dict()

        air_booking_status: str | Unset = UNSET
        if not isinstance(self.air_booking_status, Unset):
            air_booking_status = self.air_booking_status.value

        rail_booking_status: str | Unset = UNSET
        if not isinstance(self.rail_booking_status, Unset):
            rail_booking_status = self.rail_booking_status.value

        car_booking_status: str | Unset = UNSET
        if not isinstance(self.car_booking_status, Unset):
            car_booking_status = self.car_booking_status.value

        hotel_booking_status: str | Unset = UNSET
        if not isinstance(self.hotel_booking_status, Unset):
            hotel_booking_status = self.hotel_booking_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if event_rsvp_state is not UNSET:
            field_dict["eventRsvpState"] = event_rsvp_state
        if event_rsvp_response is not UNSET:
            field_dict["eventRsvpResponse"] = event_rsvp_response
        if invited_at is not UNSET:
            field_dict["invitedAt"] = invited_at
        if air_booking_status is not UNSET:
            field_dict["airBookingStatus"] = air_booking_status
        if rail_booking_status is not UNSET:
            field_dict["railBookingStatus"] = rail_booking_status
        if car_booking_status is not UNSET:
            field_dict["carBookingStatus"] = car_booking_status
        if hotel_booking_status is not UNSET:
            field_dict["hotelBookingStatus"] = hotel_booking_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date_time_offset import DateTimeOffset  # noqa: PLC0415
        from ..models.event_rsvp_response import EventRsvpResponse  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _user_id = _v if (_v := d.get("userId")) is not None else PARSED_UNSET
            user_id: UserId | Unset
            if isinstance(_user_id, Unset):
                user_id = UNSET
            else:
                user_id = UserId.from_dict(_user_id)

            _event_rsvp_state = _v if (_v := d.get("eventRsvpState")) is not None else PARSED_UNSET
            event_rsvp_state: EventRsvpState | Unset
            if isinstance(_event_rsvp_state, Unset):
                event_rsvp_state = UNSET
            else:
                event_rsvp_state = EventRsvpState(_event_rsvp_state)

            _event_rsvp_response = _v if (_v := d.get("eventRsvpResponse")) is not None else PARSED_UNSET
            event_rsvp_response: EventRsvpResponse | Unset
            if isinstance(_event_rsvp_response, Unset):
                event_rsvp_response = UNSET
            else:
                event_rsvp_response = EventRsvpResponse.from_dict(_event_rsvp_response)

            _invited_at = _v if (_v := d.get("invitedAt")) is not None else PARSED_UNSET
            invited_at: DateTimeOffset | Unset
            if isinstance(_invited_at, Unset):
                invited_at = UNSET
            else:
                invited_at = DateTimeOffset.from_dict(_invited_at)

            _air_booking_status = _v if (_v := d.get("airBookingStatus")) is not None else PARSED_UNSET
            air_booking_status: BookingStatusType | Unset
            if isinstance(_air_booking_status, Unset):
                air_booking_status = UNSET
            else:
                air_booking_status = BookingStatusType(_air_booking_status)

            _rail_booking_status = _v if (_v := d.get("railBookingStatus")) is not None else PARSED_UNSET
            rail_booking_status: BookingStatusType | Unset
            if isinstance(_rail_booking_status, Unset):
                rail_booking_status = UNSET
            else:
                rail_booking_status = BookingStatusType(_rail_booking_status)

            _car_booking_status = _v if (_v := d.get("carBookingStatus")) is not None else PARSED_UNSET
            car_booking_status: BookingStatusType | Unset
            if isinstance(_car_booking_status, Unset):
                car_booking_status = UNSET
            else:
                car_booking_status = BookingStatusType(_car_booking_status)

            _hotel_booking_status = _v if (_v := d.get("hotelBookingStatus")) is not None else PARSED_UNSET
            hotel_booking_status: BookingStatusType | Unset
            if isinstance(_hotel_booking_status, Unset):
                hotel_booking_status = UNSET
            else:
                hotel_booking_status = BookingStatusType(_hotel_booking_status)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventUserRsvp", str(exc.args[0])) from None
        event_user_rsvp = cls(
            user_id=user_id,
            event_rsvp_state=event_rsvp_state,
            event_rsvp_response=event_rsvp_response,
            invited_at=invited_at,
            air_booking_status=air_booking_status,
            rail_booking_status=rail_booking_status,
            car_booking_status=car_booking_status,
            hotel_booking_status=hotel_booking_status,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_user_rsvp.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_user_rsvp

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
