from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.loyalty_info_type import LoyaltyInfoType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="LoyaltyInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "issuedBy",
        "type",
        "appliedTo",
        "linked",
        "tier",
    }
)


@_attrs_define
class LoyaltyInfo:
    """
    Attributes:
        id (str):  Example: firstId.
        issued_by (str):  Example: firstIssuedBy.
        type_ (LoyaltyInfoType):  Example: AIR.
        applied_to (list[str] | Unset):
        linked (bool | Unset):  Default: False. Example: False.
        tier (str | Unset):  Example: GOLD.
    """

    id: str
    issued_by: str
    type_: LoyaltyInfoType
    applied_to: list[str] | Unset = UNSET
    linked: bool | Unset = False
    tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        issued_by = self.issued_by

        type_ = self.type_.value

        applied_to: list[str] | Unset = UNSET
        if not isinstance(self.applied_to, Unset):
            applied_to = self.applied_to

        linked = self.linked

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "issuedBy": issued_by,
                "type": type_,
            }
        )
        if applied_to is not UNSET:
            field_dict["appliedTo"] = applied_to
        if linked is not UNSET:
            field_dict["linked"] = linked
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            id = d["id"]

            issued_by = d["issuedBy"]

            type_ = LoyaltyInfoType(d["type"])

            applied_to = cast(list[str], (_v if (_v := d.get("appliedTo")) is not None else PARSED_UNSET))

            linked = _v if (_v := d.get("linked")) is not None else PARSED_UNSET

            tier = _v if (_v := d.get("tier")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("LoyaltyInfo", str(exc.args[0])) from None
        loyalty_info = cls(
            id=id,
            issued_by=issued_by,
            type_=type_,
            applied_to=applied_to,
            linked=linked,
            tier=tier,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            loyalty_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return loyalty_info

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
