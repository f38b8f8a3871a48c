from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.tokenized_expiry import TokenizedExpiry


T = TypeVar("T", bound="TokenizedExpiryWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "tokenizedExpiry",
    }
)


@_attrs_define
class TokenizedExpiryWrapper:
    """
    Attributes:
        tokenized_expiry (TokenizedExpiry):
    """

    tokenized_expiry: TokenizedExpiry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokenized_expiry = self.tokenized_expiry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenizedExpiry": tokenized_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.tokenized_expiry import TokenizedExpiry  # noqa: PLC0415

        d = src_dict
        try:
            tokenized_expiry = TokenizedExpiry.from_dict(d["tokenizedExpiry"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TokenizedExpiryWrapper", str(exc.args[0])) from None
        tokenized_expiry_wrapper = cls(
            tokenized_expiry=tokenized_expiry,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            tokenized_expiry_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return tokenized_expiry_wrapper

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
