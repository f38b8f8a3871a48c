from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.name import Name
    from ..models.phone_number import PhoneNumber
    from ..models.postal_address import PostalAddress
    from ..models.user_org_id import UserOrgId


T = TypeVar("T", bound="EmergencyContactInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "email",
        "address",
        "designation",
        "name",
        "phoneNumber",
        "userOrgId",
    }
)


@_attrs_define
class EmergencyContactInfo:
    """
    Attributes:
        email (str):  Example: emergency-contact@email.com.
        address (PostalAddress | Unset):
        designation (str | Unset):  Example: MANAGER.
        name (Name | Unset):
        phone_number (PhoneNumber | Unset):
        user_org_id (UserOrgId | Unset):
    """

    email: str
    address: PostalAddress | Unset = UNSET
    designation: str | Unset = UNSET
    name: Name | Unset = UNSET
    phone_number: PhoneNumber | Unset = UNSET
    user_org_id: UserOrgId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        designation = self.designation

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = self.phone_number.to_dict()

        user_org_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_org_id, Unset):
            user_org_id = self.user_org_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if designation is not UNSET:
            field_dict["designation"] = designation
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if user_org_id is not UNSET:
            field_dict["userOrgId"] = user_org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.name import Name  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415
        from ..models.user_org_id import UserOrgId  # noqa: PLC0415

        d = src_dict
        try:
            email = d["email"]

            _address = _v if (_v := d.get("address")) is not None else PARSED_UNSET
            address: PostalAddress | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = PostalAddress.from_dict(_address)

            designation = _v if (_v := d.get("designation")) is not None else PARSED_UNSET

            _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
            name: Name | Unset
            if isinstance(_name, Unset):
                name = UNSET
            else:
                name = Name.from_dict(_name)

            _phone_number = _v if (_v := d.get("phoneNumber")) is not None else PARSED_UNSET
            phone_number: PhoneNumber | Unset
            if isinstance(_phone_number, Unset):
                phone_number = UNSET
            else:
                phone_number = PhoneNumber.from_dict(_phone_number)

            _user_org_id = _v if (_v := d.get("userOrgId")) is not None else PARSED_UNSET
            user_org_id: UserOrgId | Unset
            if isinstance(_user_org_id, Unset):
                user_org_id = UNSET
            else:
                user_org_id = UserOrgId.from_dict(_user_org_id)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EmergencyContactInfo", str(exc.args[0])) from None
        emergency_contact_info = cls(
            email=email,
            address=address,
            designation=designation,
            name=name,
            phone_number=phone_number,
            user_org_id=user_org_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            emergency_contact_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return emergency_contact_info

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
