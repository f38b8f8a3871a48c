from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.virtual_payment_metadata import VirtualPaymentMetadata


T = TypeVar("T", bound="VirtualPaymentMetadataWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "virtualPaymentMetadata",
    }
)


@_attrs_define
class VirtualPaymentMetadataWrapper:
    """
    Attributes:
        virtual_payment_metadata (VirtualPaymentMetadata):
    """

    virtual_payment_metadata: VirtualPaymentMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        virtual_payment_metadata = self.virtual_payment_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "virtualPaymentMetadata": virtual_payment_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.virtual_payment_metadata import VirtualPaymentMetadata  # noqa: PLC0415

        d = src_dict
        try:
            virtual_payment_metadata = VirtualPaymentMetadata.from_dict(d["virtualPaymentMetadata"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("VirtualPaymentMetadataWrapper", str(exc.args[0])) from None
        virtual_payment_metadata_wrapper = cls(
            virtual_payment_metadata=virtual_payment_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            virtual_payment_metadata_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return virtual_payment_metadata_wrapper

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
