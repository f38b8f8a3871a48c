from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_preference_per_type import NotificationPreferencePerType


T = TypeVar("T", bound="NotificationPreferences")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "preferences",
    }
)


@_attrs_define
class NotificationPreferences:
    """
    Attributes:
        preferences (list[NotificationPreferencePerType] | Unset):
    """

    preferences: list[NotificationPreferencePerType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = []
            for preferences_item_data in self.preferences:
                preferences_item = preferences_item_data.to_dict()
                preferences.append(preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preferences is not UNSET:
            field_dict["preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.notification_preference_per_type import NotificationPreferencePerType  # noqa: PLC0415

        d = src_dict
        try:
            _preferences = _v if (_v := d.get("preferences")) is not None else PARSED_UNSET
            preferences: list[NotificationPreferencePerType] | Unset = UNSET
            if _preferences is not UNSET:
                preferences = []
                for preferences_item_data in _preferences:
                    preferences_item = NotificationPreferencePerType.from_dict(preferences_item_data)

                    preferences.append(preferences_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("NotificationPreferences", str(exc.args[0])) from None
        notification_preferences = cls(
            preferences=preferences,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            notification_preferences.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return notification_preferences

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
