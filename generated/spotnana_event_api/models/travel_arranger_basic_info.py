from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.traveler_arranger_status import TravelerArrangerStatus
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.name import Name
    from ..models.phone_number import PhoneNumber
    from ..models.user_id import UserId


T = TypeVar("T", bound="TravelArrangerBasicInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userId",
        "name",
        "email",
        "phoneNumbers",
        "status",
    }
)


@_attrs_define
class TravelArrangerBasicInfo:
    """
    Attributes:
        user_id (UserId):
        name (Name | Unset):
        email (str | Unset):  Example: example@email.com.
        phone_numbers (list[PhoneNumber] | Unset):
        status (TravelerArrangerStatus | Unset):  Example: PENDING.
    """

    user_id: UserId
    name: Name | Unset = UNSET
    email: str | Unset = UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    status: TravelerArrangerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        email = self.email

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.name import Name  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            user_id = UserId.from_dict(d["userId"])

            _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
            name: Name | Unset
            if isinstance(_name, Unset):
                name = UNSET
            else:
                name = Name.from_dict(_name)

            email = _v if (_v := d.get("email")) is not None else PARSED_UNSET

            _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
            phone_numbers: list[PhoneNumber] | Unset = UNSET
            if _phone_numbers is not UNSET:
                phone_numbers = []
                for phone_numbers_item_data in _phone_numbers:
                    phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                    phone_numbers.append(phone_numbers_item)

            _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
            status: TravelerArrangerStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = TravelerArrangerStatus(_status)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TravelArrangerBasicInfo", str(exc.args[0])) from None
        travel_arranger_basic_info = cls(
            user_id=user_id,
            name=name,
            email=email,
            phone_numbers=phone_numbers,
            status=status,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            travel_arranger_basic_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return travel_arranger_basic_info

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
