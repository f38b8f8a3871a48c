from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.split_option_by_card_company import SplitOptionByCardCompany


T = TypeVar("T", bound="AmadeusCheckout")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "splitPaymentAllowed",
        "paymentPageId",
        "splitOptionsByCardCompany",
    }
)


@_attrs_define
class AmadeusCheckout:
    """
    Attributes:
        split_payment_allowed (bool):  Default: False. Example: True.
        payment_page_id (str | Unset):  Example: aslkdjalwjd.
        split_options_by_card_company (list[SplitOptionByCardCompany] | Unset):
    """

    split_payment_allowed: bool = False
    payment_page_id: str | Unset = UNSET
    split_options_by_card_company: list[SplitOptionByCardCompany] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        split_payment_allowed = self.split_payment_allowed

        payment_page_id = self.payment_page_id

        split_options_by_card_company: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.split_options_by_card_company, Unset):
            split_options_by_card_company = []
            for split_options_by_card_company_item_data in self.split_options_by_card_company:
                split_options_by_card_company_item = split_options_by_card_company_item_data.to_dict()
                split_options_by_card_company.append(split_options_by_card_company_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "splitPaymentAllowed": split_payment_allowed,
            }
        )
        if payment_page_id is not UNSET:
            field_dict["paymentPageId"] = payment_page_id
        if split_options_by_card_company is not UNSET:
            field_dict["splitOptionsByCardCompany"] = split_options_by_card_company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.split_option_by_card_company import SplitOptionByCardCompany  # noqa: PLC0415

        d = src_dict
        try:
            split_payment_allowed = d["splitPaymentAllowed"]

            payment_page_id = _v if (_v := d.get("paymentPageId")) is not None else PARSED_UNSET

            _split_options_by_card_company = (
                _v if (_v := d.get("splitOptionsByCardCompany")) is not None else PARSED_UNSET
            )
            split_options_by_card_company: list[SplitOptionByCardCompany] | Unset = UNSET
            if _split_options_by_card_company is not UNSET:
                split_options_by_card_company = []
                for split_options_by_card_company_item_data in _split_options_by_card_company:
                    split_options_by_card_company_item = SplitOptionByCardCompany.from_dict(
                        split_options_by_card_company_item_data
                    )

                    split_options_by_card_company.append(split_options_by_card_company_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AmadeusCheckout", str(exc.args[0])) from None
        amadeus_checkout = cls(
            split_payment_allowed=split_payment_allowed,
            payment_page_id=payment_page_id,
            split_options_by_card_company=split_options_by_card_company,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            amadeus_checkout.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return amadeus_checkout

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
