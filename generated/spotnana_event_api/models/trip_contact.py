from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="TripContact")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "label",
        "name",
        "email",
        "phoneNumber",
        "isPrimary",
        "restrictVisibility",
    }
)


@_attrs_define
class TripContact:
    """
    Attributes:
        label (str):  Example: Coordinator.
        name (str):  Example: Himani Jain.
        email (str | Unset):  Example: himani@spotnana.com.
        phone_number (PhoneNumber | Unset):
        is_primary (bool | Unset):  Default: False. Example: True.
        restrict_visibility (bool | Unset):  Default: False. Example: True.
    """

    label: str
    name: str
    email: str | Unset = UNSET
    phone_number: PhoneNumber | Unset = UNSET
    is_primary: bool | Unset = False
    restrict_visibility: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        name = self.name

        email = self.email

        phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = self.phone_number.to_dict()

        is_primary = self.is_primary

        restrict_visibility = self.restrict_visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if is_primary is not UNSET:
            field_dict["isPrimary"] = is_primary
        if restrict_visibility is not UNSET:
            field_dict["restrictVisibility"] = restrict_visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = src_dict
        try:
            label = d["label"]

            name = d["name"]

            email = _v if (_v := d.get("email")) is not None else PARSED_UNSET

            _phone_number = _v if (_v := d.get("phoneNumber")) is not None else PARSED_UNSET
            phone_number: PhoneNumber | Unset
            if isinstance(_phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = PhoneNumber.from_dict(_phone_number)

            is_primary = _v if (_v := d.get("isPrimary")) is not None else PARSED_UNSET

            restrict_visibility = _v if (_v := d.get("restrictVisibility")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TripContact", str(exc.args[0])) from None
        trip_contact = cls(
            label=label,
            name=name,
            email=email,
            phone_number=phone_number,
            is_primary=is_primary,
            restrict_visibility=restrict_visibility,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            trip_contact.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return trip_contact

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
