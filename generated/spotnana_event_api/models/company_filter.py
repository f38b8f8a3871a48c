from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_id import CompanyId


T = TypeVar("T", bound="CompanyFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "companyIds",
        "companyId",
    }
)


@_attrs_define
class CompanyFilter:
    """
    Attributes:
        company_ids (list[CompanyId] | Unset):
        company_id (CompanyId | Unset):
    """

    company_ids: list[CompanyId] | Unset = UNSET
    company_id: CompanyId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = []
            for company_ids_item_data in self.company_ids:
                company_ids_item = company_ids_item_data.to_dict()
                company_ids.append(company_ids_item)

        company_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = self.company_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if company_ids is not UNSET:
            field_dict["companyIds"] = company_ids
        if company_id is not UNSET:
            field_dict["companyId"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415

        d = src_dict
        try:
            _company_ids = _v if (_v := d.get("companyIds")) is not None else PARSED_UNSET
            company_ids: list[CompanyId] | Unset = UNSET
            if _company_ids is not UNSET:
                company_ids = []
                for company_ids_item_data in _company_ids:
                    company_ids_item = CompanyId.from_dict(company_ids_item_data)

                    company_ids.append(company_ids_item)

            _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
            company_id: CompanyId | Unset
            if isinstance(_company_id, Unset):
                company_id = UNSET
            else:
                company_id = CompanyId.from_dict(_company_id)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CompanyFilter", str(exc.args[0])) from None
        company_filter = cls(
            company_ids=company_ids,
            company_id=company_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            company_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return company_filter

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
