from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_traveler_payment_access import ManagedTravelerPaymentAccess
    from ..models.user_id import UserId


T = TypeVar("T", bound="PersonalFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "managedTravelerAccess",
    }
)


@_attrs_define
class PersonalFilter:
    """
    Attributes:
        id (UserId):
        managed_traveler_access (ManagedTravelerPaymentAccess | Unset):
    """

    id: UserId
    managed_traveler_access: ManagedTravelerPaymentAccess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.to_dict()

        managed_traveler_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_traveler_access, Unset):
            managed_traveler_access = self.managed_traveler_access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if managed_traveler_access is not UNSET:
            field_dict["managedTravelerAccess"] = managed_traveler_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.managed_traveler_payment_access import ManagedTravelerPaymentAccess  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            id = UserId.from_dict(d["id"])

            _managed_traveler_access = _v if (_v := d.get("managedTravelerAccess")) is not None else PARSED_UNSET
            managed_traveler_access: ManagedTravelerPaymentAccess | Unset
            if isinstance(_managed_traveler_access, Unset):
                managed_traveler_access = UNSET
            else:
                managed_traveler_access = ManagedTravelerPaymentAccess.from_dict(_managed_traveler_access)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PersonalFilter", str(exc.args[0])) from None
        personal_filter = cls(
            id=id,
            managed_traveler_access=managed_traveler_access,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            personal_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return personal_filter

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
