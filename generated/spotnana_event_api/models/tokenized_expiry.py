from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

T = TypeVar("T", bound="TokenizedExpiry")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "expiryMonth",
        "expiryYear",
    }
)


@_attrs_define
class TokenizedExpiry:
    """
    Attributes:
        expiry_month (str):  Example: KvAuPANQWCpjwRQxcC8EXg==.
        expiry_year (str):  Example: fPBm0OWrKwPyIrCVcbg4cA==.
    """

    expiry_month: str
    expiry_year: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiryMonth": expiry_month,
                "expiryYear": expiry_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            expiry_month = d["expiryMonth"]

            expiry_year = d["expiryYear"]

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TokenizedExpiry", str(exc.args[0])) from None
        tokenized_expiry = cls(
            expiry_month=expiry_month,
            expiry_year=expiry_year,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            tokenized_expiry.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return tokenized_expiry

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
