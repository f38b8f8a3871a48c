from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date import Date


T = TypeVar("T", bound="RailCard")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "spotnanaCode",
        "vendor",
        "cardNumber",
        "expiryDate",
    }
)


@_attrs_define
class RailCard:
    """
    Attributes:
        name (str):  Example: Veterans Railcard.
        spotnana_code (str):  Example: VET.
        vendor (str):  Example: ATOC.
        card_number (str | Unset):
        expiry_date (Date | Unset):
    """

    name: str
    spotnana_code: str
    vendor: str
    card_number: str | Unset = UNSET
    expiry_date: Date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        spotnana_code = self.spotnana_code

        vendor = self.vendor

        card_number = self.card_number

        expiry_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "spotnanaCode": spotnana_code,
                "vendor": vendor,
            }
        )
        if card_number is not UNSET:
            field_dict["cardNumber"] = card_number
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date import Date  # noqa: PLC0415

        d = src_dict
        try:
            name = d["name"]

            spotnana_code = d["spotnanaCode"]

            vendor = d["vendor"]

            card_number = _v if (_v := d.get("cardNumber")) is not None else PARSED_UNSET

            _expiry_date = _v if (_v := d.get("expiryDate")) is not None else PARSED_UNSET
            expiry_date: Date | Unset
            if isinstance(_expiry_date, Unset):
                expiry_date = UNSET
            else:
                expiry_date = Date.from_dict(_expiry_date)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RailCard", str(exc.args[0])) from None
        rail_card = cls(
            name=name,
            spotnana_code=spotnana_code,
            vendor=vendor,
            card_number=card_number,
            expiry_date=expiry_date,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            rail_card.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return rail_card

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
