from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.card_company import CardCompany
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_instruction_config import PaymentInstructionConfig
    from ..models.payment_instruction_id import PaymentInstructionId


T = TypeVar("T", bound="Conferma")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "cardPoolClientId",
        "cardLabel",
        "company",
        "paymentInstructionIds",
        "paymentInstruction",
    }
)


@_attrs_define
class Conferma:
    """
    Attributes:
        card_pool_client_id (str):  Example: test-id.
        card_label (str | Unset):  Example: cardCompany.
        company (CardCompany | Unset):  Example: VISA.
        payment_instruction_ids (list[PaymentInstructionId] | Unset):
        payment_instruction (PaymentInstructionConfig | Unset):
    """

    card_pool_client_id: str
    card_label: str | Unset = UNSET
    company: CardCompany | Unset = UNSET
    payment_instruction_ids: list[PaymentInstructionId] | Unset = UNSET
    payment_instruction: PaymentInstructionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_pool_client_id = self.card_pool_client_id

        card_label = self.card_label

        company: str | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.value

        payment_instruction_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_instruction_ids, Unset):
            payment_instruction_ids = []
            for payment_instruction_ids_item_data in self.payment_instruction_ids:
                payment_instruction_ids_item = payment_instruction_ids_item_data.to_dict()
                payment_instruction_ids.append(payment_instruction_ids_item)

        payment_instruction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_instruction, Unset):
            payment_instruction = self.payment_instruction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cardPoolClientId": card_pool_client_id,
            }
        )
        if card_label is not UNSET:
            field_dict["cardLabel"] = card_label
        if company is not UNSET:
            field_dict["company"] = company
        if payment_instruction_ids is not UNSET:
            field_dict["paymentInstructionIds"] = payment_instruction_ids
        if payment_instruction is not UNSET:
            field_dict["paymentInstruction"] = payment_instruction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.payment_instruction_config import PaymentInstructionConfig  # noqa: PLC0415
        from ..models.payment_instruction_id import PaymentInstructionId  # noqa: PLC0415

        d = src_dict
        try:
            card_pool_client_id = d["cardPoolClientId"]

            card_label = _v if (_v := d.get("cardLabel")) is not None else PARSED_UNSET

            _company = _v if (_v := d.get("company")) is not None else PARSED_UNSET
            company: CardCompany | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = CardCompany(_company)

            _payment_instruction_ids = _v if (_v := d.get("paymentInstructionIds")) is not None else PARSED_UNSET
            payment_instruction_ids: list[PaymentInstructionId] | Unset = UNSET
            if _payment_instruction_ids is not UNSET:
                payment_instruction_ids = []
                for payment_instruction_ids_item_data in _payment_instruction_ids:
                    payment_instruction_ids_item = PaymentInstructionId.from_dict(payment_instruction_ids_item_data)

                    payment_instruction_ids.append(payment_instruction_ids_item)

            _payment_instruction = _v if (_v := d.get("paymentInstruction")) is not None else PARSED_UNSET
            payment_instruction: PaymentInstructionConfig | Unset
            if isinstance(_payment_instruction, Unset):
                payment_instruction = UNSET
            else:
                payment_instruction = PaymentInstructionConfig.from_dict(_payment_instruction)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Conferma", str(exc.args[0])) from None
        conferma = cls(
            card_pool_client_id=card_pool_client_id,
            card_label=card_label,
            company=company,
            payment_instruction_ids=payment_instruction_ids,
            payment_instruction=payment_instruction,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            conferma.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return conferma

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
