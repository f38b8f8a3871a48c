from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_instruction_config_daily_buffer import PaymentInstructionConfigDailyBuffer


T = TypeVar("T", bound="PaymentInstructionConfig")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "bufferPercentage",
        "dailyBuffer",
        "supplierText",
    }
)


@_attrs_define
class PaymentInstructionConfig:
    """
    Attributes:
        buffer_percentage (float | Unset):  Example: 20.
        daily_buffer (PaymentInstructionConfigDailyBuffer | Unset):
        supplier_text (str | Unset):  Example: Supplier Text.
    """

    buffer_percentage: float | Unset = UNSET
    daily_buffer: PaymentInstructionConfigDailyBuffer | Unset = UNSET
    supplier_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buffer_percentage = self.buffer_percentage

        daily_buffer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily_buffer, Unset):
            daily_buffer = self.daily_buffer.to_dict()

        supplier_text = self.supplier_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if buffer_percentage is not UNSET:
            field_dict["bufferPercentage"] = buffer_percentage
        if daily_buffer is not UNSET:
            field_dict["dailyBuffer"] = daily_buffer
        if supplier_text is not UNSET:
            field_dict["supplierText"] = supplier_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.payment_instruction_config_daily_buffer import PaymentInstructionConfigDailyBuffer  # noqa: PLC0415

        d = src_dict
        try:
            buffer_percentage = _v if (_v := d.get("bufferPercentage")) is not None else PARSED_UNSET

            _daily_buffer = _v if (_v := d.get("dailyBuffer")) is not None else PARSED_UNSET
            daily_buffer: PaymentInstructionConfigDailyBuffer | Unset
            if isinstance(_daily_buffer, Unset):
                daily_buffer = UNSET
            else:
                daily_buffer = PaymentInstructionConfigDailyBuffer.from_dict(_daily_buffer)

            supplier_text = _v if (_v := d.get("supplierText")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PaymentInstructionConfig", str(exc.args[0])) from None
        payment_instruction_config = cls(
            buffer_percentage=buffer_percentage,
            daily_buffer=daily_buffer,
            supplier_text=supplier_text,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            payment_instruction_config.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return payment_instruction_config

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
