from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.payment_method import PaymentMethod
from ..models.payment_source_type import PaymentSourceType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.card import Card


T = TypeVar("T", bound="UnusedCreditFop")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "paymentMethod",
        "paymentSourceType",
        "card",
    }
)


@_attrs_define
class UnusedCreditFop:
    """
    Attributes:
        payment_method (PaymentMethod | Unset):  Example: BREX_POINTS.
        payment_source_type (PaymentSourceType | Unset):
        card (Card | Unset):
    """

    payment_method: PaymentMethod | Unset = UNSET
    payment_source_type: PaymentSourceType | Unset = UNSET
    card: Card | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        payment_source_type: str | Unset = UNSET
        if not isinstance(self.payment_source_type, Unset):
            payment_source_type = self.payment_source_type.value

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_source_type is not UNSET:
            field_dict["paymentSourceType"] = payment_source_type
        if card is not UNSET:
            field_dict["card"] = card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.card import Card  # noqa: PLC0415

        d = src_dict
        try:
            _payment_method = _v if (_v := d.get("paymentMethod")) is not None else PARSED_UNSET
            payment_method: PaymentMethod | Unset
            if isinstance(_payment_method, Unset):
                payment_method = UNSET
            else:
                payment_method = PaymentMethod(_payment_method)

            _payment_source_type = _v if (_v := d.get("paymentSourceType")) is not None else PARSED_UNSET
            payment_source_type: PaymentSourceType | Unset
            if isinstance(_payment_source_type, Unset):
                payment_source_type = UNSET
            else:
                payment_source_type = PaymentSourceType(_payment_source_type)

            _card = _v if (_v := d.get("card")) is not None else PARSED_UNSET
            card: Card | Unset
            if isinstance(_card, Unset):
                card = UNSET
            else:
                card = Card.from_dict(_card)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UnusedCreditFop", str(exc.args[0])) from None
        unused_credit_fop = cls(
            payment_method=payment_method,
            payment_source_type=payment_source_type,
            card=card,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            unused_credit_fop.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return unused_credit_fop

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
