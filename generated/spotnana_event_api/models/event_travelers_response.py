from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_response_params import PaginationResponseParams
    from ..models.traveler_event_info import TravelerEventInfo
    from ..models.user_group_info import UserGroupInfo


T = TypeVar("T", bound="EventTravelersResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "travelerEventInfos",
        "userGroupInfo",
        "paginationParams",
    }
)


@_attrs_define
class EventTravelersResponse:
    """
    Attributes:
        traveler_event_infos (list[TravelerEventInfo] | Unset):
        user_group_info (UserGroupInfo | Unset):
        pagination_params (PaginationResponseParams | Unset):
    """

    traveler_event_infos: list[TravelerEventInfo] | Unset = UNSET
    user_group_info: UserGroupInfo | Unset = UNSET
    pagination_params: PaginationResponseParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        traveler_event_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.traveler_event_infos, Unset):
            traveler_event_infos = []
            for traveler_event_infos_item_data in self.traveler_event_infos:
                traveler_event_infos_item = traveler_event_infos_item_data.to_dict()
                traveler_event_infos.append(traveler_event_infos_item)

        user_group_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_group_info, Unset):
            user_group_info = self.user_group_info.to_dict()

        pagination_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination_params, Unset):
            pagination_params = self.pagination_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if traveler_event_infos is not UNSET:
            field_dict["travelerEventInfos"] = traveler_event_infos
        if user_group_info is not UNSET:
            field_dict["userGroupInfo"] = user_group_info
        if pagination_params is not UNSET:
            field_dict["paginationParams"] = pagination_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.pagination_response_params import PaginationResponseParams  # noqa: PLC0415
        from ..models.traveler_event_info import TravelerEventInfo  # noqa: PLC0415
        from ..models.user_group_info import UserGroupInfo  # noqa: PLC0415

        d = src_dict
        try:
            _traveler_event_infos = _v if (_v := d.get("travelerEventInfos")) is not None else PARSED_UNSET
            traveler_event_infos: list[TravelerEventInfo] | Unset = UNSET
            if _traveler_event_infos is not UNSET:
                traveler_event_infos = []
                for traveler_event_infos_item_data in _traveler_event_infos:
                    traveler_event_infos_item = TravelerEventInfo.from_dict(traveler_event_infos_item_data)

                    traveler_event_infos.append(traveler_event_infos_item)

            _user_group_info = _v if (_v := d.get("userGroupInfo")) is not None else PARSED_UNSET
            user_group_info: UserGroupInfo | Unset
            if isinstance(_user_group_info, Unset):
                user_group_info = UNSET
            else:
                user_group_info = UserGroupInfo.from_dict(_user_group_info)

            _pagination_params = _v if (_v := d.get("paginationParams")) is not None else PARSED_UNSET
            pagination_params: PaginationResponseParams | Unset
            if isinstance(_pagination_params, Unset):
                pagination_params = UNSET
            else:
                pagination_params = PaginationResponseParams.from_dict(_pagination_params)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventTravelersResponse", str(exc.args[0])) from None
        event_travelers_response = cls(
            traveler_event_infos=traveler_event_infos,
            user_group_info=user_group_info,
            pagination_params=pagination_params,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_travelers_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_travelers_response

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
