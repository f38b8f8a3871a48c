from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.user_facing_status import UserFacingStatus
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date import Date
    from ..models.date_time_offset import DateTimeOffset
    from ..models.user_group_info import UserGroupInfo
    from ..models.user_id import UserId
    from ..models.user_trip_info import UserTripInfo


T = TypeVar("T", bound="UserTripGroup")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "ownerId",
        "id",
        "name",
        "userGroupInfo",
        "userTripInfos",
        "status",
        "startDate",
        "endDate",
        "createdAt",
    }
)


@_attrs_define
class UserTripGroup:
    """
    Attributes:
        owner_id (UserId):
        id (UUID | Unset):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        name (str | Unset):  Example: Sample group name.
        user_group_info (UserGroupInfo | Unset):
        user_trip_infos (list[UserTripInfo] | Unset):
        status (UserFacingStatus | Unset):  Example: PENDING_STATUS.
        start_date (Date | Unset):
        end_date (Date | Unset):
        created_at (DateTimeOffset | Unset):
    """

    owner_id: UserId
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    user_group_info: UserGroupInfo | Unset = UNSET
    user_trip_infos: list[UserTripInfo] | Unset = UNSET
    status: UserFacingStatus | Unset = UNSET
    start_date: Date | Unset = UNSET
    end_date: Date | Unset = UNSET
    created_at: DateTimeOffset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner_id = self.owner_id.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        user_group_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_group_info, Unset):
            user_group_info = self.user_group_info.to_dict()

        user_trip_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_trip_infos, Unset):
            user_trip_infos = []
            for user_trip_infos_item_data in self.user_trip_infos:
                user_trip_infos_item = user_trip_infos_item_data.to_dict()
                user_trip_infos.append(user_trip_infos_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownerId": owner_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if user_group_info is not UNSET:
            field_dict["userGroupInfo"] = user_group_info
        if user_trip_infos is not UNSET:
            field_dict["userTripInfos"] = user_trip_infos
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date import Date  # noqa: PLC0415
        from ..models.date_time_offset import DateTimeOffset  # noqa: PLC0415
        from ..models.user_group_info import UserGroupInfo  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415
        from ..models.user_trip_info import UserTripInfo  # noqa: PLC0415

        d = src_dict
        try:
            owner_id = UserId.from_dict(d["ownerId"])

            _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

            name = _v if (_v := d.get("name")) is not None else PARSED_UNSET

            _user_group_info = _v if (_v := d.get("userGroupInfo")) is not None else PARSED_UNSET
            user_group_info: UserGroupInfo | Unset
            if isinstance(_user_group_info, Unset):
                user_group_info = UNSET
            else:
                user_group_info = UserGroupInfo.from_dict(_user_group_info)

            _user_trip_infos = _v if (_v := d.get("userTripInfos")) is not None else PARSED_UNSET
            user_trip_infos: list[UserTripInfo] | Unset = UNSET
            if _user_trip_infos is not UNSET:
                user_trip_infos = []
                for user_trip_infos_item_data in _user_trip_infos:
                    user_trip_infos_item = UserTripInfo.from_dict(user_trip_infos_item_data)

                    user_trip_infos.append(user_trip_infos_item)

            _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
            status: UserFacingStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = UserFacingStatus(_status)

            _start_date = _v if (_v := d.get("startDate")) is not None else PARSED_UNSET
            start_date: Date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = Date.from_dict(_start_date)

            _end_date = _v if (_v := d.get("endDate")) is not None else PARSED_UNSET
            end_date: Date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = Date.from_dict(_end_date)

            _created_at = _v if (_v := d.get("createdAt")) is not None else PARSED_UNSET
            created_at: DateTimeOffset | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = DateTimeOffset.from_dict(_created_at)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UserTripGroup", str(exc.args[0])) from None
        user_trip_group = cls(
            owner_id=owner_id,
            id=id,
            name=name,
            user_group_info=user_group_info,
            user_trip_infos=user_trip_infos,
            status=status,
            start_date=start_date,
            end_date=end_date,
            created_at=created_at,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            user_trip_group.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return user_trip_group

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
