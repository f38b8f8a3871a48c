from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.company_role_info_role_type import CompanyRoleInfoRoleType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
        ReferenceObjectContainingUuidAndNameOfTheEntity,
    )


T = TypeVar("T", bound="CompanyRoleInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "companyRef",
        "roleType",
        "tmcRef",
    }
)


@_attrs_define
class CompanyRoleInfo:
    """
    Attributes:
        company_ref (ReferenceObjectContainingUuidAndNameOfTheEntity):
        role_type (CompanyRoleInfoRoleType):
        tmc_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
    """

    company_ref: ReferenceObjectContainingUuidAndNameOfTheEntity
    role_type: CompanyRoleInfoRoleType
    tmc_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_ref = self.company_ref.to_dict()

        role_type = self.role_type.value

        tmc_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tmc_ref, Unset):
            tmc_ref = self.tmc_ref.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyRef": company_ref,
                "roleType": role_type,
            }
        )
        if tmc_ref is not UNSET:
            field_dict["tmcRef"] = tmc_ref

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
            company_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["companyRef"])

            role_type = CompanyRoleInfoRoleType(d["roleType"])

            _tmc_ref = _v if (_v := d.get("tmcRef")) is not None else PARSED_UNSET
            tmc_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_tmc_ref, Unset):
                tmc_ref = UNSET
            else:
                tmc_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_tmc_ref)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CompanyRoleInfo", str(exc.args[0])) from None
        company_role_info = cls(
            company_ref=company_ref,
            role_type=role_type,
            tmc_ref=tmc_ref,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            company_role_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return company_role_info

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
