from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.notification_type import NotificationType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_email_preference import NotificationEmailPreference


T = TypeVar("T", bound="NotificationPreferencePerType")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "notificationType",
        "emailPreference",
    }
)


@_attrs_define
class NotificationPreferencePerType:
    """
    Attributes:
        notification_type (NotificationType | Unset):
        email_preference (NotificationEmailPreference | Unset):
    """

    notification_type: NotificationType | Unset = UNSET
    email_preference: NotificationEmailPreference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_type: str | Unset = UNSET
        if not isinstance(self.notification_type, Unset):
            notification_type = self.notification_type.value

        email_preference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_preference, Unset):
            email_preference = self.email_preference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if notification_type is not UNSET:
            field_dict["notificationType"] = notification_type
        if email_preference is not UNSET:
            field_dict["emailPreference"] = email_preference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.notification_email_preference import NotificationEmailPreference  # noqa: PLC0415

        d = src_dict
        try:
            _notification_type = _v if (_v := d.get("notificationType")) is not None else PARSED_UNSET
            notification_type: NotificationType | Unset
            if isinstance(_notification_type, Unset):
                notification_type = UNSET
            else:
                notification_type = NotificationType(_notification_type)

            _email_preference = _v if (_v := d.get("emailPreference")) is not None else PARSED_UNSET
            email_preference: NotificationEmailPreference | Unset
            if isinstance(_email_preference, Unset):
                email_preference = UNSET
            else:
                email_preference = NotificationEmailPreference.from_dict(_email_preference)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("NotificationPreferencePerType", str(exc.args[0])) from None
        notification_preference_per_type = cls(
            notification_type=notification_type,
            email_preference=email_preference,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            notification_preference_per_type.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return notification_preference_per_type

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
