from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.unused_credit_descriptor import UnusedCreditDescriptor


T = TypeVar("T", bound="UnusedCreditDescriptorWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "unusedCreditDescriptor",
    }
)


@_attrs_define
class UnusedCreditDescriptorWrapper:
    """
    Attributes:
        unused_credit_descriptor (UnusedCreditDescriptor):
    """

    unused_credit_descriptor: UnusedCreditDescriptor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unused_credit_descriptor = self.unused_credit_descriptor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unusedCreditDescriptor": unused_credit_descriptor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.unused_credit_descriptor import UnusedCreditDescriptor  # noqa: PLC0415

        d = src_dict
        try:
            unused_credit_descriptor = UnusedCreditDescriptor.from_dict(d["unusedCreditDescriptor"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UnusedCreditDescriptorWrapper", str(exc.args[0])) from None
        unused_credit_descriptor_wrapper = cls(
            unused_credit_descriptor=unused_credit_descriptor,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            unused_credit_descriptor_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return unused_credit_descriptor_wrapper

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
