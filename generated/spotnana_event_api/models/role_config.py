from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.role_type_enum import RoleTypeEnum
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_role_info import CompanyRoleInfo
    from ..models.role_meta import RoleMeta
    from ..models.tmc_role_info import TmcRoleInfo
    from ..models.travel_arranger_metadata_v2 import TravelArrangerMetadataV2


T = TypeVar("T", bound="RoleConfig")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "roleType",
        "roleMetadata",
        "metadata",
    }
)


@_attrs_define
class RoleConfig:
    """
    Attributes:
        role_type (RoleTypeEnum | Unset):
        role_metadata (RoleMeta | Unset):
        metadata (CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | Unset):
    """

    role_type: RoleTypeEnum | Unset = UNSET
    role_metadata: RoleMeta | Unset = UNSET
    metadata: CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.company_role_info import CompanyRoleInfo  # noqa: PLC0415
        from ..models.travel_arranger_metadata_v2 import TravelArrangerMetadataV2  # noqa: PLC0415

        role_type: str | Unset = UNSET
        if not isinstance(self.role_type, Unset):
            role_type = self.role_type.value

        role_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_metadata, Unset):
            role_metadata = self.role_metadata.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TravelArrangerMetadataV2):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, CompanyRoleInfo):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role_type is not UNSET:
            field_dict["roleType"] = role_type
        if role_metadata is not UNSET:
            field_dict["roleMetadata"] = role_metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_role_info import CompanyRoleInfo  # noqa: PLC0415
        from ..models.role_meta import RoleMeta  # noqa: PLC0415
        from ..models.tmc_role_info import TmcRoleInfo  # noqa: PLC0415
        from ..models.travel_arranger_metadata_v2 import TravelArrangerMetadataV2  # noqa: PLC0415

        d = src_dict
        try:
            _role_type = _v if (_v := d.get("roleType")) is not None else PARSED_UNSET
            role_type: RoleTypeEnum | Unset
            if isinstance(_role_type, Unset):
                role_type = UNSET
            else:
                role_type = RoleTypeEnum(_role_type)

            _role_metadata = _v if (_v := d.get("roleMetadata")) is not None else PARSED_UNSET
            role_metadata: RoleMeta | Unset
            if isinstance(_role_metadata, Unset):
                role_metadata = UNSET
            else:
                role_metadata = RoleMeta.from_dict(_role_metadata)

            _metadata_data = _v if (_v := d.get("metadata")) is not None else PARSED_UNSET
            metadata: CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2 | Unset
            if isinstance(_metadata_data, Unset):
                metadata = UNSET
            elif not isinstance(_metadata_data, dict):
                raise UnknownVariantError("CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2", _metadata_data)
            elif _metadata_data.get("roleType") == "TRAVEL_ARRANGER":
                metadata = TravelArrangerMetadataV2.from_dict(_metadata_data)
            elif _metadata_data.get("roleType") in (
                "COMPANY_ADMIN",
                "COMPANY_TRAVEL_ARRANGER",
                "COMPANY_REPORT_ADMIN",
            ):
                metadata = CompanyRoleInfo.from_dict(_metadata_data)
            elif _metadata_data.get("roleType") in (
                "TMC_ADMIN",
                "TMC_AGENT",
            ):
                metadata = TmcRoleInfo.from_dict(_metadata_data)
            else:
                raise UnknownVariantError("CompanyRoleInfo | TmcRoleInfo | TravelArrangerMetadataV2", _metadata_data)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RoleConfig", str(exc.args[0])) from None
        role_config = cls(
            role_type=role_type,
            role_metadata=role_metadata,
            metadata=metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            role_config.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return role_config

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
