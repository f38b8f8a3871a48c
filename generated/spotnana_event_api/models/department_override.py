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


T = TypeVar("T", bound="DepartmentOverride")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "behavior",
        "departmentRef",
    }
)


@_attrs_define
class DepartmentOverride:
    """
    Attributes:
        behavior (OverrideBehavior):  Example: OVERRIDE_ALLOWED.
        department_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
    """

    behavior: OverrideBehavior
    department_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        behavior = self.behavior.value

        department_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department_ref, Unset):
            department_ref = self.department_ref.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "behavior": behavior,
            }
        )
        if department_ref is not UNSET:
            field_dict["departmentRef"] = department_ref

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

            _department_ref = _v if (_v := d.get("departmentRef")) is not None else PARSED_UNSET
            department_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_department_ref, Unset):
                department_ref = UNSET
            else:
                department_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_department_ref)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("DepartmentOverride", str(exc.args[0])) from None
        department_override = cls(
            behavior=behavior,
            department_ref=department_ref,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            department_override.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return department_override

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
