from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.passport_type import PassportType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date import Date


T = TypeVar("T", bound="Passport")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "docId",
        "expiryDate",
        "issueCountry",
        "nationalityCountry",
        "issuedDate",
        "type",
    }
)


@_attrs_define
class Passport:
    """
    Attributes:
        doc_id (str):  Example: PassportID.
        expiry_date (Date):
        issue_country (str):  Example: IN.
        nationality_country (str):  Example: IN.
        issued_date (Date | Unset):
        type_ (PassportType | Unset):  Example: REGULAR.
    """

    doc_id: str
    expiry_date: Date
    issue_country: str
    nationality_country: str
    issued_date: Date | Unset = UNSET
    type_: PassportType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_id = self.doc_id

        expiry_date = self.expiry_date.to_dict()

        issue_country = self.issue_country

        nationality_country = self.nationality_country

        issued_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issued_date, Unset):
            issued_date = self.issued_date.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docId": doc_id,
                "expiryDate": expiry_date,
                "issueCountry": issue_country,
                "nationalityCountry": nationality_country,
            }
        )
        if issued_date is not UNSET:
            field_dict["issuedDate"] = issued_date
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date import Date  # noqa: PLC0415

        d = src_dict
        try:
            doc_id = d["docId"]

            expiry_date = Date.from_dict(d["expiryDate"])

            issue_country = d["issueCountry"]

            nationality_country = d["nationalityCountry"]

            _issued_date = _v if (_v := d.get("issuedDate")) is not None else PARSED_UNSET
            issued_date: Date | Unset
            if isinstance(_issued_date, Unset):
                issued_date = UNSET
            else:
                issued_date = Date.from_dict(_issued_date)

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: PassportType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = PassportType(_type_)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Passport", str(exc.args[0])) from None
        passport = cls(
            doc_id=doc_id,
            expiry_date=expiry_date,
            issue_country=issue_country,
            nationality_country=nationality_country,
            issued_date=issued_date,
            type_=type_,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            passport.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return passport

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
