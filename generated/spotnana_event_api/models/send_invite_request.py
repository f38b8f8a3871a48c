from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_type import EventType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_id import UserId


T = TypeVar("T", bound="SendInviteRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "userIds",
    }
)


@_attrs_define
class SendInviteRequest:
    """
    Attributes:
        type_ (EventType | Unset):  Example: GENERIC.
        user_ids (list[UserId] | Unset):
    """

    type_: EventType | Unset = UNSET
    user_ids: list[UserId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = user_ids_item_data.to_dict()
                user_ids.append(user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: EventType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = EventType(_type_)

            _user_ids = _v if (_v := d.get("userIds")) is not None else PARSED_UNSET
            user_ids: list[UserId] | Unset = UNSET
            if _user_ids is not UNSET:
                user_ids = []
                for user_ids_item_data in _user_ids:
                    user_ids_item = UserId.from_dict(user_ids_item_data)

                    user_ids.append(user_ids_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("SendInviteRequest", str(exc.args[0])) from None
        send_invite_request = cls(
            type_=type_,
            user_ids=user_ids,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            send_invite_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return send_invite_request

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
