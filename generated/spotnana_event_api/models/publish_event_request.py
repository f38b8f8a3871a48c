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


T = TypeVar("T", bound="PublishEventRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "sendInvite",
        "userIds",
        "type",
    }
)


@_attrs_define
class PublishEventRequest:
    """
    Attributes:
        id (str):  Example: 56789012.
        send_invite (bool):  Example: True.
        user_ids (list[UserId] | Unset):
        type_ (EventType | Unset):  Example: GENERIC.
    """

    id: str
    send_invite: bool
    user_ids: list[UserId] | Unset = UNSET
    type_: EventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        send_invite = self.send_invite

        user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = user_ids_item_data.to_dict()
                user_ids.append(user_ids_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sendInvite": send_invite,
            }
        )
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            id = d["id"]

            send_invite = d["sendInvite"]

            _user_ids = _v if (_v := d.get("userIds")) is not None else PARSED_UNSET
            user_ids: list[UserId] | Unset = UNSET
            if _user_ids is not UNSET:
                user_ids = []
                for user_ids_item_data in _user_ids:
                    user_ids_item = UserId.from_dict(user_ids_item_data)

                    user_ids.append(user_ids_item)

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: EventType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = EventType(_type_)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PublishEventRequest", str(exc.args[0])) from None
        publish_event_request = cls(
            id=id,
            send_invite=send_invite,
            user_ids=user_ids,
            type_=type_,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            publish_event_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return publish_event_request

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
