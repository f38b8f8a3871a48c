from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_specified_attribute_override import CompanySpecifiedAttributeOverride
    from ..models.cost_center_override import CostCenterOverride
    from ..models.department_override import DepartmentOverride
    from ..models.legal_entity_override import LegalEntityOverride
    from ..models.rate_code_override import RateCodeOverride


T = TypeVar("T", bound="TripOverrides")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "legalEntity",
        "costCenter",
        "department",
        "userAttributes",
        "rateCodeOverrides",
    }
)


@_attrs_define
class TripOverrides:
    """
    Attributes:
        legal_entity (LegalEntityOverride):
        cost_center (CostCenterOverride):
        department (DepartmentOverride):
        user_attributes (list[CompanySpecifiedAttributeOverride]):
        rate_code_overrides (list[RateCodeOverride] | Unset):
    """

    legal_entity: LegalEntityOverride
    cost_center: CostCenterOverride
    department: DepartmentOverride
    user_attributes: list[CompanySpecifiedAttributeOverride]
    rate_code_overrides: list[RateCodeOverride] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_entity = self.legal_entity.to_dict()

        cost_center = self.cost_center.to_dict()

        department = self.department.to_dict()

        user_attributes = []
        for user_attributes_item_data in self.user_attributes:
            user_attributes_item = user_attributes_item_data.to_dict()
            user_attributes.append(user_attributes_item)

        rate_code_overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_code_overrides, Unset):
            rate_code_overrides = []
            for rate_code_overrides_item_data in self.rate_code_overrides:
                rate_code_overrides_item = rate_code_overrides_item_data.to_dict()
                rate_code_overrides.append(rate_code_overrides_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legalEntity": legal_entity,
                "costCenter": cost_center,
                "department": department,
                "userAttributes": user_attributes,
            }
        )
        if rate_code_overrides is not UNSET:
            field_dict["rateCodeOverrides"] = rate_code_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_specified_attribute_override import CompanySpecifiedAttributeOverride  # noqa: PLC0415
        from ..models.cost_center_override import CostCenterOverride  # noqa: PLC0415
        from ..models.department_override import DepartmentOverride  # noqa: PLC0415
        from ..models.legal_entity_override import LegalEntityOverride  # noqa: PLC0415
        from ..models.rate_code_override import RateCodeOverride  # noqa: PLC0415

        d = src_dict
        try:
            legal_entity = LegalEntityOverride.from_dict(d["legalEntity"])

            cost_center = CostCenterOverride.from_dict(d["costCenter"])

            department = DepartmentOverride.from_dict(d["department"])

            user_attributes = []
            _user_attributes = d["userAttributes"]
            for user_attributes_item_data in _user_attributes:
                user_attributes_item = CompanySpecifiedAttributeOverride.from_dict(user_attributes_item_data)

                user_attributes.append(user_attributes_item)

            _rate_code_overrides = _v if (_v := d.get("rateCodeOverrides")) is not None else PARSED_UNSET
            rate_code_overrides: list[RateCodeOverride] | Unset = UNSET
            if _rate_code_overrides is not UNSET:
                rate_code_overrides = []
                for rate_code_overrides_item_data in _rate_code_overrides:
                    rate_code_overrides_item = RateCodeOverride.from_dict(rate_code_overrides_item_data)

                    rate_code_overrides.append(rate_code_overrides_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TripOverrides", str(exc.args[0])) from None
        trip_overrides = cls(
            legal_entity=legal_entity,
            cost_center=cost_center,
            department=department,
            user_attributes=user_attributes,
            rate_code_overrides=rate_code_overrides,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            trip_overrides.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return trip_overrides

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
