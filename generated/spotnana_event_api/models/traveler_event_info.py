from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_rsvp_state import EventRsvpState
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_rsvp_response import EventRsvpResponse
    from ..models.event_user_rsvp import EventUserRsvp
    from ..models.trip_info import TripInfo
    from ..models.user_id import UserId


T = TypeVar("T", bound="TravelerEventInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userId",
        "tripInfos",
        "eventRsvpState",
        "eventRsvpResponse",
        "eventUserRsvp",
    }
)


@_attrs_define
class TravelerEventInfo:
    """
    Attributes:
        user_id (UserId | Unset):
        trip_infos (list[TripInfo] | Unset):
        event_rsvp_state (EventRsvpState | Unset):
        event_rsvp_response (EventRsvpResponse | Unset):
        event_user_rsvp (EventUserRsvp | Unset):
    """

    user_id: UserId | Unset = UNSET
    trip_infos: list[TripInfo] | Unset = UNSET
    event_rsvp_state: EventRsvpState | Unset = UNSET
    event_rsvp_response: EventRsvpResponse | Unset = UNSET
    event_user_rsvp: EventUserRsvp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = self.user_id.to_dict()

        trip_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trip_infos, Unset):
            trip_infos = []
            for trip_infos_item_data in self.trip_infos:
                trip_infos_item = trip_infos_item_data.to_dict()
                trip_infos.append(trip_infos_item)

        event_rsvp_state: str | Unset = UNSET
        if not isinstance(self.event_rsvp_state, Unset):
            event_rsvp_state = self.event_rsvp_state.value

        event_rsvp_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_rsvp_response, Unset):
            event_rsvp_response = self.event_rsvp_response.to_dict()

        event_user_rsvp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_user_rsvp, Unset):
            event_user_rsvp = self.event_user_rsvp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if trip_infos is not UNSET:
            field_dict["tripInfos"] = trip_infos
        if event_rsvp_state is not UNSET:
            field_dict["eventRsvpState"] = event_rsvp_state
        if event_rsvp_response is not UNSET:
            field_dict["eventRsvpResponse"] = event_rsvp_response
        if event_user_rsvp is not UNSET:
            field_dict["eventUserRsvp"] = event_user_rsvp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.event_rsvp_response import EventRsvpResponse  # noqa: PLC0415
        from ..models.event_user_rsvp import EventUserRsvp  # noqa: PLC0415
        from ..models.trip_info import TripInfo  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _user_id = _v if (_v := d.get("userId")) is not None else PARSED_UNSET
            user_id: UserId | Unset
            if isinstance(_user_id, Unset):
                user_id = UNSET
            else:
                user_id = UserId.from_dict(_user_id)

            _trip_infos = _v if (_v := d.get("tripInfos")) is not None else PARSED_UNSET
            trip_infos: list[TripInfo] | Unset = UNSET
            if _trip_infos is not UNSET:
                trip_infos = []
                for trip_infos_item_data in _trip_infos:
                    trip_infos_item = TripInfo.from_dict(trip_infos_item_data)

                    trip_infos.append(trip_infos_item)

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

            _event_user_rsvp = _v if (_v := d.get("eventUserRsvp")) is not None else PARSED_UNSET
            event_user_rsvp: EventUserRsvp | Unset
            if isinstance(_event_user_rsvp, Unset):
                event_user_rsvp = UNSET
            else:
                event_user_rsvp = EventUserRsvp.from_dict(_event_user_rsvp)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TravelerEventInfo", str(exc.args[0])) from None
        traveler_event_info = cls(
            user_id=user_id,
            trip_infos=trip_infos,
            event_rsvp_state=event_rsvp_state,
            event_rsvp_response=event_rsvp_response,
            event_user_rsvp=event_user_rsvp,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            traveler_event_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return traveler_event_info

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
