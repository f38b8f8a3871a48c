from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.override_behavior import OverrideBehavior
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
        ReferenceObjectContainingUuidAndNameOfTheEntity,
    )


T = TypeVar("T", bound="CostCenterOverride")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "behavior",
        "costCenterRef",
    }
)


@_attrs_define
class CostCenterOverride:
    """
    Attributes:
        behavior (OverrideBehavior):  Example: OVERRIDE_ALLOWED.
        cost_center_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
    """

    behavior: OverrideBehavior
    cost_center_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        behavior = self.behavior.value

        cost_center_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center_ref, Unset):
            cost_center_ref = self.cost_center_ref.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "behavior": behavior,
            }
        )
        if cost_center_ref is not UNSET:
            field_dict["costCenterRef"] = cost_center_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
            ReferenceObjectContainingUuidAndNameOfTheEntity,  # noqa: PLC0415
        )

        d = src_dict
        try:
            behavior = OverrideBehavior(d["behavior"])

            _cost_center_ref = _v if (_v := d.get("costCenterRef")) is not None else PARSED_UNSET
            cost_center_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_cost_center_ref, Unset):
                cost_center_ref = UNSET
            else:
                cost_center_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_cost_center_ref)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CostCenterOverride", str(exc.args[0])) from None
        cost_center_override = cls(
            behavior=behavior,
            cost_center_ref=cost_center_ref,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            cost_center_override.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return cost_center_override

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
