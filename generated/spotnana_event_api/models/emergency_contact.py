from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.emergency_contact_relation import EmergencyContactRelation
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="EmergencyContact")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "phoneNumbers",
        "email",
        "designation",
        "relation",
        "preferredLanguage",
    }
)


@_attrs_define
class EmergencyContact:
    """
    Attributes:
        name (str):  Example: John Smith.
        phone_numbers (list[PhoneNumber]):
        email (str | Unset):  Example: emergency-contact@email.com.
        designation (str | Unset):  Example: MANAGER.
        relation (EmergencyContactRelation | Unset):  Example: SPOUSE.
        preferred_language (str | Unset):  Example: en-US.
    """

    name: str
    phone_numbers: list[PhoneNumber]
    email: str | Unset = UNSET
    designation: str | Unset = UNSET
    relation: EmergencyContactRelation | Unset = UNSET
    preferred_language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        email = self.email

        designation = self.designation

        relation: str | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation.value

        preferred_language = self.preferred_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phoneNumbers": phone_numbers,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if designation is not UNSET:
            field_dict["designation"] = designation
        if relation is not UNSET:
            field_dict["relation"] = relation
        if preferred_language is not UNSET:
            field_dict["preferredLanguage"] = preferred_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = src_dict
        try:
            name = d["name"]

            phone_numbers = []
            _phone_numbers = d["phoneNumbers"]
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

            email = _v if (_v := d.get("email")) is not None else PARSED_UNSET

            designation = _v if (_v := d.get("designation")) is not None else PARSED_UNSET

            _relation = _v if (_v := d.get("relation")) is not None else PARSED_UNSET
            relation: EmergencyContactRelation | Unset
            if isinstance(_relation, Unset):
                relation = UNSET
            else:
                relation = EmergencyContactRelation(_relation)

            preferred_language = _v if (_v := d.get("preferredLanguage")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EmergencyContact", str(exc.args[0])) from None
        emergency_contact = cls(
            name=name,
            phone_numbers=phone_numbers,
            email=email,
            designation=designation,
            relation=relation,
            preferred_language=preferred_language,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            emergency_contact.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return emergency_contact

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
