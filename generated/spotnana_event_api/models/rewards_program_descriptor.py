from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.rewards_program_type import RewardsProgramType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="RewardsProgramDescriptor")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
    }
)


@_attrs_define
class RewardsProgramDescriptor:
    """
    Attributes:
        type_ (RewardsProgramType | Unset):
    """

    type_: RewardsProgramType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: RewardsProgramType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = RewardsProgramType(_type_)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RewardsProgramDescriptor", str(exc.args[0])) from None
        rewards_program_descriptor = cls(
            type_=type_,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            rewards_program_descriptor.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return rewards_program_descriptor

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
