from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_rsvp_state import EventRsvpState
from ..models.event_type import EventType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_rsvp_response import EventRsvpResponse


T = TypeVar("T", bound="SetUserEventRsvpRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "eventRsvpState",
        "eventRsvpResponse",
    }
)


@_attrs_define
class SetUserEventRsvpRequest:
    """
    Attributes:
        type_ (EventType | Unset):  Example: GENERIC.
        event_rsvp_state (EventRsvpState | Unset):
        event_rsvp_response (EventRsvpResponse | Unset):
    """

    type_: EventType | Unset = UNSET
    event_rsvp_state: EventRsvpState | Unset = UNSET
    event_rsvp_response: EventRsvpResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        event_rsvp_state: str | Unset = UNSET
        if not isinstance(self.event_rsvp_state, Unset):
            event_rsvp_state = self.event_rsvp_state.value

        event_rsvp_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_rsvp_response, Unset):
            event_rsvp_response = self.event_rsvp_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if event_rsvp_state is not UNSET:
            field_dict["eventRsvpState"] = event_rsvp_state
        if event_rsvp_response is not UNSET:
            field_dict["eventRsvpResponse"] = event_rsvp_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.event_rsvp_response import EventRsvpResponse  # noqa: PLC0415

        d = src_dict
        try:
            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: EventType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = EventType(_type_)

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

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("SetUserEventRsvpRequest", str(exc.args[0])) from None
        set_user_event_rsvp_request = cls(
            type_=type_,
            event_rsvp_state=event_rsvp_state,
            event_rsvp_response=event_rsvp_response,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            set_user_event_rsvp_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return set_user_event_rsvp_request

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
