from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="InviteEmailConfig")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "emailExcludeCoordinatorInfo",
    }
)


@_attrs_define
class InviteEmailConfig:
    """
    Attributes:
        email_exclude_coordinator_info (bool | Unset):  Default: False. Example: True.
    """

    email_exclude_coordinator_info: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_exclude_coordinator_info = self.email_exclude_coordinator_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email_exclude_coordinator_info is not UNSET:
            field_dict["emailExcludeCoordinatorInfo"] = email_exclude_coordinator_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            email_exclude_coordinator_info = (
                _v if (_v := d.get("emailExcludeCoordinatorInfo")) is not None else PARSED_UNSET
            )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("InviteEmailConfig", str(exc.args[0])) from None
        invite_email_config = cls(
            email_exclude_coordinator_info=email_exclude_coordinator_info,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            invite_email_config.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return invite_email_config

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
