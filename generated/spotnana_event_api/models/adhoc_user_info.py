from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_owner import ProfileOwner


T = TypeVar("T", bound="AdhocUserInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "profileOwner",
        "isSaved",
    }
)


@_attrs_define
class AdhocUserInfo:
    """
    Attributes:
        profile_owner (ProfileOwner):
        is_saved (bool | Unset):  Default: False.
    """

    profile_owner: ProfileOwner
    is_saved: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_owner = self.profile_owner.to_dict()

        is_saved = self.is_saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profileOwner": profile_owner,
            }
        )
        if is_saved is not UNSET:
            field_dict["isSaved"] = is_saved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.profile_owner import ProfileOwner  # noqa: PLC0415

        d = src_dict
        try:
            profile_owner = ProfileOwner.from_dict(d["profileOwner"])

            is_saved = _v if (_v := d.get("isSaved")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AdhocUserInfo", str(exc.args[0])) from None
        adhoc_user_info = cls(
            profile_owner=profile_owner,
            is_saved=is_saved,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            adhoc_user_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return adhoc_user_info

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
