from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="SplitOptionByCardCompany")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "cardCompanyCode",
        "splitWithCardCompanyCodes",
    }
)


@_attrs_define
class SplitOptionByCardCompany:
    """
    Attributes:
        card_company_code (str):  Example: VI, TP.
        split_with_card_company_codes (list[str] | Unset):
    """

    card_company_code: str
    split_with_card_company_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_company_code = self.card_company_code

        split_with_card_company_codes: list[str] | Unset = UNSET
        if not isinstance(self.split_with_card_company_codes, Unset):
            split_with_card_company_codes = self.split_with_card_company_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cardCompanyCode": card_company_code,
            }
        )
        if split_with_card_company_codes is not UNSET:
            field_dict["splitWithCardCompanyCodes"] = split_with_card_company_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            card_company_code = d["cardCompanyCode"]

            split_with_card_company_codes = cast(
                list[str], (_v if (_v := d.get("splitWithCardCompanyCodes")) is not None else PARSED_UNSET)
            )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("SplitOptionByCardCompany", str(exc.args[0])) from None
        split_option_by_card_company = cls(
            card_company_code=card_company_code,
            split_with_card_company_codes=split_with_card_company_codes,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            split_option_by_card_company.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return split_option_by_card_company

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
