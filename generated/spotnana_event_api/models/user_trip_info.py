from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.trip_info import TripInfo
    from ..models.user_id import UserId


T = TypeVar("T", bound="UserTripInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userId",
        "tripInfos",
    }
)


@_attrs_define
class UserTripInfo:
    """
    Attributes:
        user_id (UserId):
        trip_infos (list[TripInfo] | Unset):
    """

    user_id: UserId
    trip_infos: list[TripInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id.to_dict()

        trip_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trip_infos, Unset):
            trip_infos = []
            for trip_infos_item_data in self.trip_infos:
                trip_infos_item = trip_infos_item_data.to_dict()
                trip_infos.append(trip_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if trip_infos is not UNSET:
            field_dict["tripInfos"] = trip_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.trip_info import TripInfo  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            user_id = UserId.from_dict(d["userId"])

            _trip_infos = _v if (_v := d.get("tripInfos")) is not None else PARSED_UNSET
            trip_infos: list[TripInfo] | Unset = UNSET
            if _trip_infos is not UNSET:
                trip_infos = []
                for trip_infos_item_data in _trip_infos:
                    trip_infos_item = TripInfo.from_dict(trip_infos_item_data)

                    trip_infos.append(trip_infos_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UserTripInfo", str(exc.args[0])) from None
        user_trip_info = cls(
            user_id=user_id,
            trip_infos=trip_infos,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            user_trip_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return user_trip_info

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
