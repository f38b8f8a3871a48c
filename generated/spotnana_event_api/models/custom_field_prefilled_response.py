from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_selected_option import CustomFieldSelectedOption


T = TypeVar("T", bound="CustomFieldPrefilledResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "fieldId",
        "armId",
        "selectedOptions",
        "fieldName",
        "readOnly",
        "hidden",
    }
)


@_attrs_define
class CustomFieldPrefilledResponse:
    """
    Attributes:
        field_id (UUID):
        arm_id (UUID):
        selected_options (list[CustomFieldSelectedOption]):
        field_name (str | Unset):
        read_only (bool | Unset):  Default: False. Example: True.
        hidden (bool | Unset):  Default: False. Example: True.
    """

    field_id: UUID
    arm_id: UUID
    selected_options: list[CustomFieldSelectedOption]
    field_name: str | Unset = UNSET
    read_only: bool | Unset = False
    hidden: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = str(self.field_id)

        arm_id = str(self.arm_id)

        selected_options = []
        for selected_options_item_data in self.selected_options:
            selected_options_item = selected_options_item_data.to_dict()
            selected_options.append(selected_options_item)

        field_name = self.field_name

        read_only = self.read_only

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldId": field_id,
                "armId": arm_id,
                "selectedOptions": selected_options,
            }
        )
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.custom_field_selected_option import CustomFieldSelectedOption  # noqa: PLC0415

        d = src_dict
        try:
            field_id = UUID(d["fieldId"])

            arm_id = UUID(d["armId"])

            selected_options = []
            _selected_options = d["selectedOptions"]
            for selected_options_item_data in _selected_options:
                selected_options_item = CustomFieldSelectedOption.from_dict(selected_options_item_data)

                selected_options.append(selected_options_item)

            field_name = _v if (_v := d.get("fieldName")) is not None else PARSED_UNSET

            read_only = _v if (_v := d.get("readOnly")) is not None else PARSED_UNSET

            hidden = _v if (_v := d.get("hidden")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CustomFieldPrefilledResponse", str(exc.args[0])) from None
        custom_field_prefilled_response = cls(
            field_id=field_id,
            arm_id=arm_id,
            selected_options=selected_options,
            field_name=field_name,
            read_only=read_only,
            hidden=hidden,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            custom_field_prefilled_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return custom_field_prefilled_response

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
