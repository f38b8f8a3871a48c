from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_type_attributes import AccessTypeAttributes


T = TypeVar("T", bound="PaymentAccessMapping")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "accessTypeAttributes",
    }
)


@_attrs_define
class PaymentAccessMapping:
    """
    Attributes:
        id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        access_type_attributes (AccessTypeAttributes | Unset):
    """

    id: UUID
    access_type_attributes: AccessTypeAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        access_type_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_type_attributes, Unset):
            access_type_attributes = self.access_type_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if access_type_attributes is not UNSET:
            field_dict["accessTypeAttributes"] = access_type_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.access_type_attributes import AccessTypeAttributes  # noqa: PLC0415

        d = src_dict
        try:
            id = UUID(d["id"])

            _access_type_attributes = _v if (_v := d.get("accessTypeAttributes")) is not None else PARSED_UNSET
            access_type_attributes: AccessTypeAttributes | Unset
            if isinstance(_access_type_attributes, Unset):
                access_type_attributes = UNSET
            else:
                access_type_attributes = AccessTypeAttributes.from_dict(_access_type_attributes)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PaymentAccessMapping", str(exc.args[0])) from None
        payment_access_mapping = cls(
            id=id,
            access_type_attributes=access_type_attributes,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            payment_access_mapping.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return payment_access_mapping

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
