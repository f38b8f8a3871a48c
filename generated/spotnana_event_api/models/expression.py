from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.variable_name import VariableName
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="Expression")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "formatExpression",
        "variables",
    }
)


@_attrs_define
class Expression:
    """
    Attributes:
        type_ (Literal['EXPRESSION']):  Default: 'EXPRESSION'.
        format_expression (str):  Example: Result:  ${math.mul(LLF,5)}  ${ADD_COLLECT_AMOUNT}.
        variables (list[VariableName] | Unset):
    """

    format_expression: str
    type_: Literal["EXPRESSION"] = "EXPRESSION"
    variables: list[VariableName] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        format_expression = self.format_expression

        variables: list[str] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.value
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "formatExpression": format_expression,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            type_ = cast(Literal["EXPRESSION"], d["type"])
            if type_ != "EXPRESSION":
                raise ValueError(f"type must match const 'EXPRESSION', got '{type_}'")

            format_expression = d["formatExpression"]

            _variables = _v if (_v := d.get("variables")) is not None else PARSED_UNSET
            variables: list[VariableName] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = VariableName(variables_item_data)

                    variables.append(variables_item)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Expression", str(exc.args[0])) from None
        expression = cls(
            type_=type_,
            format_expression=format_expression,
            variables=variables,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            expression.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return expression

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
