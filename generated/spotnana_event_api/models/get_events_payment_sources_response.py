from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.payment_source_info import PaymentSourceInfo


T = TypeVar("T", bound="GetEventsPaymentSourcesResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "paymentSources",
    }
)


@_attrs_define
class GetEventsPaymentSourcesResponse:
    """
    Attributes:
        payment_sources (list[PaymentSourceInfo]):
    """

    payment_sources: list[PaymentSourceInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_sources = []
        for payment_sources_item_data in self.payment_sources:
            payment_sources_item = payment_sources_item_data.to_dict()
            payment_sources.append(payment_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentSources": payment_sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.payment_source_info import PaymentSourceInfo  # noqa: PLC0415

        d = src_dict
        try:
            payment_sources = []
            _payment_sources = d["paymentSources"]
            for payment_sources_item_data in _payment_sources:
                payment_sources_item = PaymentSourceInfo.from_dict(payment_sources_item_data)

                payment_sources.append(payment_sources_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("GetEventsPaymentSourcesResponse", str(exc.args[0])) from None
        get_events_payment_sources_response = cls(
            payment_sources=payment_sources,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            get_events_payment_sources_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return get_events_payment_sources_response

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
