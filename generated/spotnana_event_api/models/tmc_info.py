from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_id import CompanyId
    from ..models.primary_service_provider_tmc import PrimaryServiceProviderTmc
    from ..models.secondary_service_provider_tmc import SecondaryServiceProviderTmc


T = TypeVar("T", bound="TmcInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "primaryServiceProviderTmc",
        "secondaryServiceProviderTmcs",
        "partnerTmcId",
    }
)


@_attrs_define
class TmcInfo:
    """
    Attributes:
        id (CompanyId):
        primary_service_provider_tmc (PrimaryServiceProviderTmc):
        secondary_service_provider_tmcs (list[SecondaryServiceProviderTmc] | Unset):
        partner_tmc_id (CompanyId | Unset):
    """

    id: CompanyId
    primary_service_provider_tmc: PrimaryServiceProviderTmc
    secondary_service_provider_tmcs: list[SecondaryServiceProviderTmc] | Unset = UNSET
    partner_tmc_id: CompanyId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.to_dict()

        primary_service_provider_tmc = self.primary_service_provider_tmc.to_dict()

        secondary_service_provider_tmcs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secondary_service_provider_tmcs, Unset):
            secondary_service_provider_tmcs = []
            for secondary_service_provider_tmcs_item_data in self.secondary_service_provider_tmcs:
                secondary_service_provider_tmcs_item = secondary_service_provider_tmcs_item_data.to_dict()
                secondary_service_provider_tmcs.append(secondary_service_provider_tmcs_item)

        partner_tmc_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_tmc_id, Unset):
            partner_tmc_id = self.partner_tmc_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "primaryServiceProviderTmc": primary_service_provider_tmc,
            }
        )
        if secondary_service_provider_tmcs is not UNSET:
            field_dict["secondaryServiceProviderTmcs"] = secondary_service_provider_tmcs
        if partner_tmc_id is not UNSET:
            field_dict["partnerTmcId"] = partner_tmc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415
        from ..models.primary_service_provider_tmc import PrimaryServiceProviderTmc  # noqa: PLC0415
        from ..models.secondary_service_provider_tmc import SecondaryServiceProviderTmc  # noqa: PLC0415

        d = src_dict
        try:
            id = CompanyId.from_dict(d["id"])

            primary_service_provider_tmc = PrimaryServiceProviderTmc.from_dict(d["primaryServiceProviderTmc"])

            _secondary_service_provider_tmcs = (
                _v if (_v := d.get("secondaryServiceProviderTmcs")) is not None else PARSED_UNSET
            )
            secondary_service_provider_tmcs: list[SecondaryServiceProviderTmc] | Unset = UNSET
            if _secondary_service_provider_tmcs is not UNSET:
                secondary_service_provider_tmcs = []
                for secondary_service_provider_tmcs_item_data in _secondary_service_provider_tmcs:
                    secondary_service_provider_tmcs_item = SecondaryServiceProviderTmc.from_dict(
                        secondary_service_provider_tmcs_item_data
                    )

                    secondary_service_provider_tmcs.append(secondary_service_provider_tmcs_item)

            _partner_tmc_id = _v if (_v := d.get("partnerTmcId")) is not None else PARSED_UNSET
            partner_tmc_id: CompanyId | Unset
            if isinstance(_partner_tmc_id, Unset):
                partner_tmc_id = UNSET
            else:
                partner_tmc_id = CompanyId.from_dict(_partner_tmc_id)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TmcInfo", str(exc.args[0])) from None
        tmc_info = cls(
            id=id,
            primary_service_provider_tmc=primary_service_provider_tmc,
            secondary_service_provider_tmcs=secondary_service_provider_tmcs,
            partner_tmc_id=partner_tmc_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            tmc_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return tmc_info

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
