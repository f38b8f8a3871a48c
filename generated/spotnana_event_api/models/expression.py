from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.variable_name import VariableName
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    deprecate_fields,
    enum_list_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="Expression")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "formatExpression",
        "variables",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "type",
        "formatExpression",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "type": ("type_", True, ("const", "EXPRESSION"), None),
    "formatExpression": ("format_expression", True, ("str",), None),
    "variables": ("variables", False, ("list", ("enum", "variable_name", "VariableName")), None),
}


def _enum_variables(value: Sequence[VariableName | str] | Unset) -> list[VariableName] | Unset:
    converted: list[VariableName] | Unset = enum_list_field(value, VariableName, "Expression", "variables")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class Expression:
    """
    Attributes:
        type_ (Literal['EXPRESSION']): JSON ``type``.
        format_expression (str): JSON ``formatExpression``; example Result:  ${math.mul(LLF,5)}  ${ADD_COLLECT_AMOUNT}.
        variables (list[VariableName] | Unset): JSON ``variables``; one of PUBLISHED_FARE, LLF, ADD_COLLECT_AMOUNT,
            SELECTED_FARE, SPLIT_PAYMENT_FARE; Deprecated (sunset 2026-07-01).
    """

    format_expression: str
    type_: Literal["EXPRESSION"] = "EXPRESSION"
    variables: list[VariableName] | Unset = _attrs_field(default=UNSET, converter=_enum_variables)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON document of an instance from from_dict while some fields are not parsed yet
    # (see types.LazyDocument, types.PartialDocument); None once they are, and for an
    # instance built by the caller.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)
    # attribute -> (JSON key, parser) of each field, and the keys whose null is absent, for
    # types.PartialDocument (set below).
    _field_parsers: ClassVar[dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]
    _null_means_absent: ClassVar[frozenset[str]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the spec's keys in spec order, then any key the spec does not list.
        An instance from ``from_dict`` whose fields were never read or set writes back the
        document it was parsed from, in the server's order (a copy, less ``null`` optional
        fields)."""
        try:
            type_ = self.type_

            format_expression = self.format_expression

            variables: list[str] | Unset = UNSET
            if not isinstance(self.variables, Unset):
                variables = []
                for variables_item_data in self.variables:
                    variables_item = variables_item_data.value
                    variables.append(variables_item)

            field_dict: dict[str, Any] = {}
            field_dict["type"] = type_
            field_dict["formatExpression"] = format_expression
            if variables is not UNSET:
                field_dict["variables"] = variables
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    if TYPE_CHECKING:

        def require(self, name: Literal["variables"], /) -> list[VariableName]: ...
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"Expression: expected a JSON object, got {type(src_dict).__name__}")
        if not ("type" in src_dict and "formatExpression" in src_dict):
            raise MissingRequiredFieldError("Expression", min(_REQUIRED_KEYS - src_dict.keys()))
        instance = cls.__new__(cls)
        instance._raw = src_dict  # while parsing: a deprecated field set now is not the caller's
        try:
            _parse_document(instance, src_dict)
        except Exception:  # only reading the malformed field will raise (types.PartialDocument)
            parsed_in_part(instance, src_dict)
            return instance
        instance._raw = None
        return instance

    @classmethod
    def from_request(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a request body after checking it strictly, as the SDK checks bodies it sends:
        ``RequestValidationError`` names an unknown key (and the closest known one), a
        value of the wrong JSON type, an enum value the spec does not list, a broken
        pattern or bound. Responses go through the tolerant ``from_dict``."""
        check_request_json(cls, src_dict)
        return cls.from_dict(src_dict)

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


def _parse_type_(d: Mapping[str, Any]) -> Literal["EXPRESSION"]:
    type_ = cast(Literal["EXPRESSION"], d["type"])
    if type_ != "EXPRESSION":
        raise ValueError(f"type must match const 'EXPRESSION', got '{type_}'")

    return type_


def _parse_format_expression(d: Mapping[str, Any]) -> str:
    format_expression: str = d["formatExpression"]
    if type(format_expression) is not str:
        format_expression = read_as("str", format_expression, "Expression", "formatExpression")

    return format_expression


def _parse_variables(d: Mapping[str, Any]) -> list[VariableName] | Unset:
    _variables = _v if (_v := d.get("variables")) is not None else PARSED_UNSET
    variables: list[VariableName] | Unset = UNSET
    if _variables is not UNSET:
        variables = []
        for variables_item_data in _variables:
            variables_item = VariableName._members[variables_item_data]

            variables.append(variables_item)

    return variables


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: Expression, d: Mapping[str, Any]) -> None:
    type_ = cast(Literal["EXPRESSION"], d["type"])
    if type_ != "EXPRESSION":
        raise ValueError(f"type must match const 'EXPRESSION', got '{type_}'")

    self.type_ = type_
    format_expression: str = d["formatExpression"]
    if type(format_expression) is not str:
        format_expression = read_as("str", format_expression, "Expression", "formatExpression")

    self.format_expression = format_expression
    _variables = _v if (_v := d.get("variables")) is not None else PARSED_UNSET
    variables: list[VariableName] | Unset = UNSET
    if _variables is not UNSET:
        variables = []
        for variables_item_data in _variables:
            variables_item = VariableName._members[variables_item_data]

            variables.append(variables_item)

    self.variables = variables
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "type_": ("type", _parse_type_),
    "format_expression": ("formatExpression", _parse_format_expression),
    "variables": ("variables", _parse_variables),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
Expression._field_parsers = _PARSERS
Expression._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    Expression,
    {
        "variables": ("variables", "2026-07-01"),
    },
)

# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = Expression.__dict__["_raw"].__set__
