from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..models.card_company import CardCompany
from ..models.card_type import CardType
from ..models.ownership_label import OwnershipLabel
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.expiry_wrapper import ExpiryWrapper
    from ..models.postal_address import PostalAddress
    from ..models.tokenized_expiry_wrapper import TokenizedExpiryWrapper


T = TypeVar("T", bound="Card")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "number",
        "id",
        "type",
        "company",
        "name",
        "address",
        "expiryMonth",
        "expiryYear",
        "cvv",
        "label",
        "currency",
        "externalId",
        "vaultId",
        "expiry",
        "ownershipLabel",
    }
)


@_attrs_define
class Card:
    """
    Attributes:
        number (str):  Example: 4111111111111111.
        id (UUID | Unset):  Example: 34d536b6-f8ff-11eb-9a61-0242ac180002.
        type_ (CardType | Unset):  Example: CREDIT.
        company (CardCompany | Unset):  Example: VISA.
        name (str | Unset):  Example: Harrison Schwartz.
        address (PostalAddress | Unset):
        expiry_month (int | Unset):  Example: 1.
        expiry_year (int | Unset):  Example: 2010.
        cvv (str | Unset):  Example: 012.
        label (str | Unset):  Example: Label amex.
        currency (str | Unset):  Example: USD.
        external_id (str | Unset):  Example: bxt_RNGsNfzgJDaTstKIKqK4xEuhGYAnMdYK8T40.
        vault_id (UUID | Unset):  Example: 34d536b6-f8ff-11eb-9a61-0242ac180002.
        expiry (ExpiryWrapper | TokenizedExpiryWrapper | Unset):
        ownership_label (OwnershipLabel | Unset):
    """

    number: str
    id: UUID | Unset = UNSET
    type_: CardType | Unset = UNSET
    company: CardCompany | Unset = UNSET
    name: str | Unset = UNSET
    address: PostalAddress | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    cvv: str | Unset = UNSET
    label: str | Unset = UNSET
    currency: str | Unset = UNSET
    external_id: str | Unset = UNSET
    vault_id: UUID | Unset = UNSET
    expiry: ExpiryWrapper | TokenizedExpiryWrapper | Unset = UNSET
    ownership_label: OwnershipLabel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tokenized_expiry_wrapper import TokenizedExpiryWrapper  # noqa: PLC0415

        number = self.number

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        company: str | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.value

        name = self.name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        cvv = self.cvv

        label = self.label

        currency = self.currency

        external_id = self.external_id

        vault_id: str | Unset = UNSET
        if not isinstance(self.vault_id, Unset):
            vault_id = str(self.vault_id)

        expiry: dict[str, Any] | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        elif isinstance(self.expiry, TokenizedExpiryWrapper):
            expiry = self.expiry.to_dict()
        else:
            expiry = self.expiry.to_dict()

        ownership_label: str | Unset = UNSET
        if not isinstance(self.ownership_label, Unset):
            ownership_label = self.ownership_label.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if company is not UNSET:
            field_dict["company"] = company
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if expiry_month is not UNSET:
            field_dict["expiryMonth"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiryYear"] = expiry_year
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if label is not UNSET:
            field_dict["label"] = label
        if currency is not UNSET:
            field_dict["currency"] = currency
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if vault_id is not UNSET:
            field_dict["vaultId"] = vault_id
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if ownership_label is not UNSET:
            field_dict["ownershipLabel"] = ownership_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.expiry_wrapper import ExpiryWrapper  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415
        from ..models.tokenized_expiry_wrapper import TokenizedExpiryWrapper  # noqa: PLC0415

        d = src_dict
        try:
            number = d["number"]

            _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: CardType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = CardType(_type_)

            _company = _v if (_v := d.get("company")) is not None else PARSED_UNSET
            company: CardCompany | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = CardCompany(_company)

            name = _v if (_v := d.get("name")) is not None else PARSED_UNSET

            _address = _v if (_v := d.get("address")) is not None else PARSED_UNSET
            address: PostalAddress | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = PostalAddress.from_dict(_address)

            expiry_month = _v if (_v := d.get("expiryMonth")) is not None else PARSED_UNSET

            expiry_year = _v if (_v := d.get("expiryYear")) is not None else PARSED_UNSET

            cvv = _v if (_v := d.get("cvv")) is not None else PARSED_UNSET

            label = _v if (_v := d.get("label")) is not None else PARSED_UNSET

            currency = _v if (_v := d.get("currency")) is not None else PARSED_UNSET

            external_id = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET

            _vault_id = _v if (_v := d.get("vaultId")) is not None else PARSED_UNSET
            vault_id: UUID | Unset
            if isinstance(_vault_id, Unset):
                vault_id = UNSET
            else:
                vault_id = UUID(_vault_id)

            _expiry_data = _v if (_v := d.get("expiry")) is not None else PARSED_UNSET
            expiry: ExpiryWrapper | TokenizedExpiryWrapper | Unset
            if isinstance(_expiry_data, Unset):
                expiry = UNSET
            elif not isinstance(_expiry_data, dict):
                raise UnknownVariantError("ExpiryWrapper | TokenizedExpiryWrapper", _expiry_data)
            elif "tokenizedExpiry" in _expiry_data:
                expiry = TokenizedExpiryWrapper.from_dict(_expiry_data)
            elif "expiry" in _expiry_data:
                expiry = ExpiryWrapper.from_dict(_expiry_data)
            else:
                raise UnknownVariantError("ExpiryWrapper | TokenizedExpiryWrapper", _expiry_data)

            _ownership_label = _v if (_v := d.get("ownershipLabel")) is not None else PARSED_UNSET
            ownership_label: OwnershipLabel | Unset
            if isinstance(_ownership_label, Unset):
                ownership_label = UNSET
            else:
                ownership_label = OwnershipLabel(_ownership_label)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Card", str(exc.args[0])) from None
        card = cls(
            number=number,
            id=id,
            type_=type_,
            company=company,
            name=name,
            address=address,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            cvv=cvv,
            label=label,
            currency=currency,
            external_id=external_id,
            vault_id=vault_id,
            expiry=expiry,
            ownership_label=ownership_label,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            card.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return card

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
