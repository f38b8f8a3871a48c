from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_id import UserId


T = TypeVar("T", bound="AddTravelersToEventResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "addedUserIds",
    }
)


@_attrs_define
class AddTravelersToEventResponse:
    """
    Attributes:
        added_user_ids (list[UserId] | Unset):
    """

    added_user_ids: list[UserId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added_user_ids, Unset):
            added_user_ids = []
            for added_user_ids_item_data in self.added_user_ids:
                added_user_ids_item = added_user_ids_item_data.to_dict()
                added_user_ids.append(added_user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if added_user_ids is not UNSET:
            field_dict["addedUserIds"] = added_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _added_user_ids = _v if (_v := d.get("addedUserIds")) is not None else PARSED_UNSET
            added_user_ids: list[UserId] | Unset = UNSET
            if _added_user_ids is not UNSET:
                added_user_ids = []
                for added_user_ids_item_data in _added_user_ids:
                    added_user_ids_item = UserId.from_dict(added_user_ids_item_data)

                    added_user_ids.append(added_user_ids_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AddTravelersToEventResponse", str(exc.args[0])) from None
        add_travelers_to_event_response = cls(
            added_user_ids=added_user_ids,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            add_travelers_to_event_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return add_travelers_to_event_response

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
