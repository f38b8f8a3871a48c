from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.card import Card


T = TypeVar("T", bound="CardMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "card",
        "isCentrallyBilled",
        "isLodgeCard",
    }
)


@_attrs_define
class CardMetadata:
    """
    Attributes:
        card (Card):
        is_centrally_billed (bool | Unset):  Default: False.
        is_lodge_card (bool | Unset):  Default: False.
    """

    card: Card
    is_centrally_billed: bool | Unset = False
    is_lodge_card: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card = self.card.to_dict()

        is_centrally_billed = self.is_centrally_billed

        is_lodge_card = self.is_lodge_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card": card,
            }
        )
        if is_centrally_billed is not UNSET:
            field_dict["isCentrallyBilled"] = is_centrally_billed
        if is_lodge_card is not UNSET:
            field_dict["isLodgeCard"] = is_lodge_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.card import Card  # noqa: PLC0415

        d = src_dict
        try:
            card = Card.from_dict(d["card"])

            is_centrally_billed = _v if (_v := d.get("isCentrallyBilled")) is not None else PARSED_UNSET

            is_lodge_card = _v if (_v := d.get("isLodgeCard")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CardMetadata", str(exc.args[0])) from None
        card_metadata = cls(
            card=card,
            is_centrally_billed=is_centrally_billed,
            is_lodge_card=is_lodge_card,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            card_metadata.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return card_metadata

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
