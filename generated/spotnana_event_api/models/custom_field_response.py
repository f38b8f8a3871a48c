from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.custom_field_traveler_access import CustomFieldTravelerAccess
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_response_item import CustomFieldResponseItem


T = TypeVar("T", bound="CustomFieldResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "customFieldId",
        "travelerAccess",
        "responseItems",
    }
)


@_attrs_define
class CustomFieldResponse:
    """
    Attributes:
        custom_field_id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        traveler_access (CustomFieldTravelerAccess):  Example: HIDDEN.
        response_items (list[CustomFieldResponseItem] | Unset):
    """

    custom_field_id: UUID
    traveler_access: CustomFieldTravelerAccess
    response_items: list[CustomFieldResponseItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = str(self.custom_field_id)

        traveler_access = self.traveler_access.value

        response_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.response_items, Unset):
            response_items = []
            for response_items_item_data in self.response_items:
                response_items_item = response_items_item_data.to_dict()
                response_items.append(response_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldId": custom_field_id,
                "travelerAccess": traveler_access,
            }
        )
        if response_items is not UNSET:
            field_dict["responseItems"] = response_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.custom_field_response_item import CustomFieldResponseItem  # noqa: PLC0415

        d = src_dict
        try:
            custom_field_id = UUID(d["customFieldId"])

            traveler_access = CustomFieldTravelerAccess(d["travelerAccess"])

            _response_items = _v if (_v := d.get("responseItems")) is not None else PARSED_UNSET
            response_items: list[CustomFieldResponseItem] | Unset = UNSET
            if _response_items is not UNSET:
                response_items = []
                for response_items_item_data in _response_items:
                    response_items_item = CustomFieldResponseItem.from_dict(response_items_item_data)

                    response_items.append(response_items_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CustomFieldResponse", str(exc.args[0])) from None
        custom_field_response = cls(
            custom_field_id=custom_field_id,
            traveler_access=traveler_access,
            response_items=response_items,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            custom_field_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return custom_field_response

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
