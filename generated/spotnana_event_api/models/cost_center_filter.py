from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.company_id import CompanyId
    from ..models.cost_center_id import CostCenterId


T = TypeVar("T", bound="CostCenterFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "companyId",
        "costCenterIds",
    }
)


@_attrs_define
class CostCenterFilter:
    """
    Attributes:
        company_id (CompanyId):
        cost_center_ids (list[CostCenterId]):
    """

    company_id: CompanyId
    cost_center_ids: list[CostCenterId]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id.to_dict()

        cost_center_ids = []
        for cost_center_ids_item_data in self.cost_center_ids:
            cost_center_ids_item = cost_center_ids_item_data.to_dict()
            cost_center_ids.append(cost_center_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyId": company_id,
                "costCenterIds": cost_center_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415
        from ..models.cost_center_id import CostCenterId  # noqa: PLC0415

        d = src_dict
        try:
            company_id = CompanyId.from_dict(d["companyId"])

            cost_center_ids = []
            _cost_center_ids = d["costCenterIds"]
            for cost_center_ids_item_data in _cost_center_ids:
                cost_center_ids_item = CostCenterId.from_dict(cost_center_ids_item_data)

                cost_center_ids.append(cost_center_ids_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CostCenterFilter", str(exc.args[0])) from None
        cost_center_filter = cls(
            company_id=company_id,
            cost_center_ids=cost_center_ids,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            cost_center_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return cost_center_filter

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
