from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_rsvp_state import EventRsvpState

T = TypeVar("T", bound="InvitationStatusFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "rsvpStates",
    }
)


@_attrs_define
class InvitationStatusFilter:
    """
    Attributes:
        type_ (Literal['INVITATION_STATUS_FILTER']):  Default: 'INVITATION_STATUS_FILTER'.
        rsvp_states (list[EventRsvpState]):
    """

    rsvp_states: list[EventRsvpState]
    type_: Literal["INVITATION_STATUS_FILTER"] = "INVITATION_STATUS_FILTER"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        rsvp_states = []
        for rsvp_states_item_data in self.rsvp_states:
            rsvp_states_item = rsvp_states_item_data.value
            rsvp_states.append(rsvp_states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "rsvpStates": rsvp_states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            type_ = cast(Literal["INVITATION_STATUS_FILTER"], d["type"])
            if type_ != "INVITATION_STATUS_FILTER":
                raise ValueError(f"type must match const 'INVITATION_STATUS_FILTER', got '{type_}'")

            rsvp_states = []
            _rsvp_states = d["rsvpStates"]
            for rsvp_states_item_data in _rsvp_states:
                rsvp_states_item = EventRsvpState(rsvp_states_item_data)

                rsvp_states.append(rsvp_states_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("InvitationStatusFilter", str(exc.args[0])) from None
        invitation_status_filter = cls(
            type_=type_,
            rsvp_states=rsvp_states,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            invitation_status_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return invitation_status_filter

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
