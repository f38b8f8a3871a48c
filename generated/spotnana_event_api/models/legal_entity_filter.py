from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_id import CompanyId
    from ..models.legal_entity_id import LegalEntityId


T = TypeVar("T", bound="LegalEntityFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "legalEntityIds",
        "companyId",
    }
)


@_attrs_define
class LegalEntityFilter:
    """
    Attributes:
        legal_entity_ids (list[LegalEntityId]):
        company_id (CompanyId | Unset):
    """

    legal_entity_ids: list[LegalEntityId]
    company_id: CompanyId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_entity_ids = []
        for legal_entity_ids_item_data in self.legal_entity_ids:
            legal_entity_ids_item = legal_entity_ids_item_data.to_dict()
            legal_entity_ids.append(legal_entity_ids_item)

        company_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = self.company_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legalEntityIds": legal_entity_ids,
            }
        )
        if company_id is not UNSET:
            field_dict["companyId"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415
        from ..models.legal_entity_id import LegalEntityId  # noqa: PLC0415

        d = src_dict
        try:
            legal_entity_ids = []
            _legal_entity_ids = d["legalEntityIds"]
            for legal_entity_ids_item_data in _legal_entity_ids:
                legal_entity_ids_item = LegalEntityId.from_dict(legal_entity_ids_item_data)

                legal_entity_ids.append(legal_entity_ids_item)

            _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
            company_id: CompanyId | Unset
            if isinstance(_company_id, Unset):
                company_id = UNSET
            else:
                company_id = CompanyId.from_dict(_company_id)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("LegalEntityFilter", str(exc.args[0])) from None
        legal_entity_filter = cls(
            legal_entity_ids=legal_entity_ids,
            company_id=company_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            legal_entity_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return legal_entity_filter

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
