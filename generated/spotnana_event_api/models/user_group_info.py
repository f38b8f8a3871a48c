from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_group import UserGroup
    from ..models.user_id import UserId


T = TypeVar("T", bound="UserGroupInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userGroupCriteria",
        "userIds",
    }
)


@_attrs_define
class UserGroupInfo:
    """
    Attributes:
        user_group_criteria (list[UserGroup] | Unset):
        user_ids (list[UserId] | Unset):
    """

    user_group_criteria: list[UserGroup] | Unset = UNSET
    user_ids: list[UserId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_group_criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_group_criteria, Unset):
            user_group_criteria = []
            for user_group_criteria_item_data in self.user_group_criteria:
                user_group_criteria_item = user_group_criteria_item_data.to_dict()
                user_group_criteria.append(user_group_criteria_item)

        user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = user_ids_item_data.to_dict()
                user_ids.append(user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_group_criteria is not UNSET:
            field_dict["userGroupCriteria"] = user_group_criteria
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.user_group import UserGroup  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _user_group_criteria = _v if (_v := d.get("userGroupCriteria")) is not None else PARSED_UNSET
            user_group_criteria: list[UserGroup] | Unset = UNSET
            if _user_group_criteria is not UNSET:
                user_group_criteria = []
                for user_group_criteria_item_data in _user_group_criteria:
                    user_group_criteria_item = UserGroup.from_dict(user_group_criteria_item_data)

                    user_group_criteria.append(user_group_criteria_item)

            _user_ids = _v if (_v := d.get("userIds")) is not None else PARSED_UNSET
            user_ids: list[UserId] | Unset = UNSET
            if _user_ids is not UNSET:
                user_ids = []
                for user_ids_item_data in _user_ids:
                    user_ids_item = UserId.from_dict(user_ids_item_data)

                    user_ids.append(user_ids_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UserGroupInfo", str(exc.args[0])) from None
        user_group_info = cls(
            user_group_criteria=user_group_criteria,
            user_ids=user_ids,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            user_group_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return user_group_info

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
