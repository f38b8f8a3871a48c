from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_id import CompanyId


T = TypeVar("T", bound="TmcFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "companyId",
        "showToTraveler",
    }
)


@_attrs_define
class TmcFilter:
    """
    Attributes:
        company_id (CompanyId):
        show_to_traveler (bool | Unset):
    """

    company_id: CompanyId
    show_to_traveler: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id.to_dict()

        show_to_traveler = self.show_to_traveler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyId": company_id,
            }
        )
        if show_to_traveler is not UNSET:
            field_dict["showToTraveler"] = show_to_traveler

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415

        d = src_dict
        try:
            company_id = CompanyId.from_dict(d["companyId"])

            show_to_traveler = _v if (_v := d.get("showToTraveler")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TmcFilter", str(exc.args[0])) from None
        tmc_filter = cls(
            company_id=company_id,
            show_to_traveler=show_to_traveler,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            tmc_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return tmc_filter

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
