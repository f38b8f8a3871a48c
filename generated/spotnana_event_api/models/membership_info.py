from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_info import LoyaltyInfo


T = TypeVar("T", bound="MembershipInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "membershipInfos",
        "isLoyaltyBlocked",
    }
)


@_attrs_define
class MembershipInfo:
    """
    Attributes:
        membership_infos (list[LoyaltyInfo] | Unset):
        is_loyalty_blocked (bool | Unset):  Example: False.
    """

    membership_infos: list[LoyaltyInfo] | Unset = UNSET
    is_loyalty_blocked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        membership_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.membership_infos, Unset):
            membership_infos = []
            for membership_infos_item_data in self.membership_infos:
                membership_infos_item = membership_infos_item_data.to_dict()
                membership_infos.append(membership_infos_item)

        is_loyalty_blocked = self.is_loyalty_blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if membership_infos is not UNSET:
            field_dict["membershipInfos"] = membership_infos
        if is_loyalty_blocked is not UNSET:
            field_dict["isLoyaltyBlocked"] = is_loyalty_blocked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.loyalty_info import LoyaltyInfo  # noqa: PLC0415

        d = src_dict
        try:
            _membership_infos = _v if (_v := d.get("membershipInfos")) is not None else PARSED_UNSET
            membership_infos: list[LoyaltyInfo] | Unset = UNSET
            if _membership_infos is not UNSET:
                membership_infos = []
                for membership_infos_item_data in _membership_infos:
                    membership_infos_item = LoyaltyInfo.from_dict(membership_infos_item_data)

                    membership_infos.append(membership_infos_item)

            is_loyalty_blocked = _v if (_v := d.get("isLoyaltyBlocked")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("MembershipInfo", str(exc.args[0])) from None
        membership_info = cls(
            membership_infos=membership_infos,
            is_loyalty_blocked=is_loyalty_blocked,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            membership_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return membership_info

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
