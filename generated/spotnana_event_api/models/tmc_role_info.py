from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.tmc_role_info_role_type import TmcRoleInfoRoleType

if TYPE_CHECKING:
    from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
        ReferenceObjectContainingUuidAndNameOfTheEntity,
    )


T = TypeVar("T", bound="TmcRoleInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "tmcRef",
        "roleType",
    }
)


@_attrs_define
class TmcRoleInfo:
    """
    Attributes:
        tmc_ref (ReferenceObjectContainingUuidAndNameOfTheEntity):
        role_type (TmcRoleInfoRoleType):
    """

    tmc_ref: ReferenceObjectContainingUuidAndNameOfTheEntity
    role_type: TmcRoleInfoRoleType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tmc_ref = self.tmc_ref.to_dict()

        role_type = self.role_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tmcRef": tmc_ref,
                "roleType": role_type,
            }
        )

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
            tmc_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["tmcRef"])

            role_type = TmcRoleInfoRoleType(d["roleType"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TmcRoleInfo", str(exc.args[0])) from None
        tmc_role_info = cls(
            tmc_ref=tmc_ref,
            role_type=role_type,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            tmc_role_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return tmc_role_info

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
