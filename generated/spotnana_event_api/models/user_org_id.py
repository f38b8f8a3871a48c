from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_agency_id import OrganizationAgencyId
    from ..models.organization_id import OrganizationId
    from ..models.tmc_basic_info import TmcBasicInfo
    from ..models.tmc_info import TmcInfo
    from ..models.user_id import UserId


T = TypeVar("T", bound="UserOrgId")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "organizationId",
        "userId",
        "organizationAgencyId",
        "tmcInfo",
        "tmcBasicInfo",
    }
)


@_attrs_define
class UserOrgId:
    """
    Attributes:
        organization_id (OrganizationId):
        user_id (UserId):
        organization_agency_id (OrganizationAgencyId | Unset):
        tmc_info (TmcInfo | Unset):
        tmc_basic_info (TmcBasicInfo | Unset):
    """

    organization_id: OrganizationId
    user_id: UserId
    organization_agency_id: OrganizationAgencyId | Unset = UNSET
    tmc_info: TmcInfo | Unset = UNSET
    tmc_basic_info: TmcBasicInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id.to_dict()

        user_id = self.user_id.to_dict()

        organization_agency_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization_agency_id, Unset):
            organization_agency_id = self.organization_agency_id.to_dict()

        tmc_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tmc_info, Unset):
            tmc_info = self.tmc_info.to_dict()

        tmc_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tmc_basic_info, Unset):
            tmc_basic_info = self.tmc_basic_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
                "userId": user_id,
            }
        )
        if organization_agency_id is not UNSET:
            field_dict["organizationAgencyId"] = organization_agency_id
        if tmc_info is not UNSET:
            field_dict["tmcInfo"] = tmc_info
        if tmc_basic_info is not UNSET:
            field_dict["tmcBasicInfo"] = tmc_basic_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.organization_agency_id import OrganizationAgencyId  # noqa: PLC0415
        from ..models.organization_id import OrganizationId  # noqa: PLC0415
        from ..models.tmc_basic_info import TmcBasicInfo  # noqa: PLC0415
        from ..models.tmc_info import TmcInfo  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            organization_id = OrganizationId.from_dict(d["organizationId"])

            user_id = UserId.from_dict(d["userId"])

            _organization_agency_id = _v if (_v := d.get("organizationAgencyId")) is not None else PARSED_UNSET
            organization_agency_id: OrganizationAgencyId | Unset
            if isinstance(_organization_agency_id, Unset):
                organization_agency_id = UNSET
            else:
                organization_agency_id = OrganizationAgencyId.from_dict(_organization_agency_id)

            _tmc_info = _v if (_v := d.get("tmcInfo")) is not None else PARSED_UNSET
            tmc_info: TmcInfo | Unset
            if isinstance(_tmc_info, Unset):
                tmc_info = UNSET
            else:
                tmc_info = TmcInfo.from_dict(_tmc_info)

            _tmc_basic_info = _v if (_v := d.get("tmcBasicInfo")) is not None else PARSED_UNSET
            tmc_basic_info: TmcBasicInfo | Unset
            if isinstance(_tmc_basic_info, Unset):
                tmc_basic_info = UNSET
            else:
                tmc_basic_info = TmcBasicInfo.from_dict(_tmc_basic_info)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UserOrgId", str(exc.args[0])) from None
        user_org_id = cls(
            organization_id=organization_id,
            user_id=user_id,
            organization_agency_id=organization_agency_id,
            tmc_info=tmc_info,
            tmc_basic_info=tmc_basic_info,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            user_org_id.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return user_org_id

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
