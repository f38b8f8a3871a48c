from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.expression import Expression
    from ..models.variable import Variable


T = TypeVar("T", bound="CustomFieldSelectedOption")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "translatedName",
        "description",
        "translatedDescription",
        "additionalUserInput",
        "additionalInfos",
        "additionalInfoConfigs",
    }
)


@_attrs_define
class CustomFieldSelectedOption:
    """
    Attributes:
        name (str):
        translated_name (str | Unset):
        description (str | Unset):
        translated_description (str | Unset):
        additional_user_input (str | Unset):
        additional_infos (list[str] | Unset):
        additional_info_configs (list[Expression | Variable] | Unset):
    """

    name: str
    translated_name: str | Unset = UNSET
    description: str | Unset = UNSET
    translated_description: str | Unset = UNSET
    additional_user_input: str | Unset = UNSET
    additional_infos: list[str] | Unset = UNSET
    additional_info_configs: list[Expression | Variable] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.variable import Variable  # noqa: PLC0415

        name = self.name

        translated_name = self.translated_name

        description = self.description

        translated_description = self.translated_description

        additional_user_input = self.additional_user_input

        additional_infos: list[str] | Unset = UNSET
        if not isinstance(self.additional_infos, Unset):
            additional_infos = self.additional_infos

        additional_info_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_info_configs, Unset):
            additional_info_configs = []
            for additional_info_configs_item_data in self.additional_info_configs:
                additional_info_configs_item: dict[str, Any]
                if isinstance(additional_info_configs_item_data, Variable):
                    additional_info_configs_item = additional_info_configs_item_data.to_dict()
                else:
                    additional_info_configs_item = additional_info_configs_item_data.to_dict()

                additional_info_configs.append(additional_info_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if translated_name is not UNSET:
            field_dict["translatedName"] = translated_name
        if description is not UNSET:
            field_dict["description"] = description
        if translated_description is not UNSET:
            field_dict["translatedDescription"] = translated_description
        if additional_user_input is not UNSET:
            field_dict["additionalUserInput"] = additional_user_input
        if additional_infos is not UNSET:
            field_dict["additionalInfos"] = additional_infos
        if additional_info_configs is not UNSET:
            field_dict["additionalInfoConfigs"] = additional_info_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.expression import Expression  # noqa: PLC0415
        from ..models.variable import Variable  # noqa: PLC0415

        d = src_dict
        try:
            name = d["name"]

            translated_name = _v if (_v := d.get("translatedName")) is not None else PARSED_UNSET

            description = _v if (_v := d.get("description")) is not None else PARSED_UNSET

            translated_description = _v if (_v := d.get("translatedDescription")) is not None else PARSED_UNSET

            additional_user_input = _v if (_v := d.get("additionalUserInput")) is not None else PARSED_UNSET

            additional_infos = cast(list[str], (_v if (_v := d.get("additionalInfos")) is not None else PARSED_UNSET))

            _additional_info_configs = _v if (_v := d.get("additionalInfoConfigs")) is not None else PARSED_UNSET
            additional_info_configs: list[Expression | Variable] | Unset = UNSET
            if _additional_info_configs is not UNSET:
                additional_info_configs = []
                for additional_info_configs_item_data in _additional_info_configs:
                    _additional_info_configs_item_data = additional_info_configs_item_data
                    additional_info_configs_item: Expression | Variable
                    if not isinstance(_additional_info_configs_item_data, dict):
                        raise UnknownVariantError("Expression | Variable", _additional_info_configs_item_data)
                    elif _additional_info_configs_item_data.get("type") == "VARIABLE":
                        additional_info_configs_item = Variable.from_dict(_additional_info_configs_item_data)
                    elif _additional_info_configs_item_data.get("type") == "EXPRESSION":
                        additional_info_configs_item = Expression.from_dict(_additional_info_configs_item_data)
                    else:
                        raise UnknownVariantError("Expression | Variable", _additional_info_configs_item_data)

                    additional_info_configs.append(additional_info_configs_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CustomFieldSelectedOption", str(exc.args[0])) from None
        custom_field_selected_option = cls(
            name=name,
            translated_name=translated_name,
            description=description,
            translated_description=translated_description,
            additional_user_input=additional_user_input,
            additional_infos=additional_infos,
            additional_info_configs=additional_info_configs,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            custom_field_selected_option.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return custom_field_selected_option

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
