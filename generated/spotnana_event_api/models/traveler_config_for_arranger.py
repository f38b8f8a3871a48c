from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="TravelerConfigForArranger")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userId",
        "sendConfirmationEmail",
        "sendFlightStatsNotificationEmail",
    }
)


@_attrs_define
class TravelerConfigForArranger:
    """
    Attributes:
        user_id (UUID | Unset):
        send_confirmation_email (bool | Unset):  Default: False. Example: False.
        send_flight_stats_notification_email (bool | Unset):  Default: False. Example: False.
    """

    user_id: UUID | Unset = UNSET
    send_confirmation_email: bool | Unset = False
    send_flight_stats_notification_email: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        send_confirmation_email = self.send_confirmation_email

        send_flight_stats_notification_email = self.send_flight_stats_notification_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if send_confirmation_email is not UNSET:
            field_dict["sendConfirmationEmail"] = send_confirmation_email
        if send_flight_stats_notification_email is not UNSET:
            field_dict["sendFlightStatsNotificationEmail"] = send_flight_stats_notification_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            _user_id = _v if (_v := d.get("userId")) is not None else PARSED_UNSET
            user_id: UUID | Unset
            if isinstance(_user_id, Unset):
                user_id = UNSET
            else:
                user_id = UUID(_user_id)

            send_confirmation_email = _v if (_v := d.get("sendConfirmationEmail")) is not None else PARSED_UNSET

            send_flight_stats_notification_email = (
                _v if (_v := d.get("sendFlightStatsNotificationEmail")) is not None else PARSED_UNSET
            )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TravelerConfigForArranger", str(exc.args[0])) from None
        traveler_config_for_arranger = cls(
            user_id=user_id,
            send_confirmation_email=send_confirmation_email,
            send_flight_stats_notification_email=send_flight_stats_notification_email,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            traveler_config_for_arranger.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return traveler_config_for_arranger

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
