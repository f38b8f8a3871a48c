from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_traveler_payment_access_visibility import ManagedTravelerPaymentAccessVisibility


T = TypeVar("T", bound="ManagedTravelerPaymentAccess")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "enabled",
        "visibility",
    }
)


@_attrs_define
class ManagedTravelerPaymentAccess:
    """
    Attributes:
        enabled (bool):  Default: False.
        visibility (ManagedTravelerPaymentAccessVisibility | Unset):
    """

    enabled: bool = False
    visibility: ManagedTravelerPaymentAccessVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.managed_traveler_payment_access_visibility import ManagedTravelerPaymentAccessVisibility  # noqa: PLC0415

        d = src_dict
        try:
            enabled = d["enabled"]

            _visibility = _v if (_v := d.get("visibility")) is not None else PARSED_UNSET
            visibility: ManagedTravelerPaymentAccessVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                visibility = ManagedTravelerPaymentAccessVisibility.from_dict(_visibility)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ManagedTravelerPaymentAccess", str(exc.args[0])) from None
        managed_traveler_payment_access = cls(
            enabled=enabled,
            visibility=visibility,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            managed_traveler_payment_access.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return managed_traveler_payment_access

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
