from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from ..types import (
    ITEM_TYPES,
    PARSED_UNSET,
    UNSET,
    UnknownVariant,
    Unset,
    check_request_json,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    read_list_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.expression import Expression
    from ..models.variable import Variable


T = TypeVar("T", bound="CustomFieldSelectedOption")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
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
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "name",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "name": ("name", True, ("str",), None),
    "translatedName": ("translated_name", False, ("str",), None),
    "description": ("description", False, ("str",), None),
    "translatedDescription": ("translated_description", False, ("str",), None),
    "additionalUserInput": ("additional_user_input", False, ("str",), None),
    "additionalInfos": ("additional_infos", False, ("list", ("str",)), None),
    "additionalInfoConfigs": (
        "additional_info_configs",
        False,
        (
            "list",
            (
                "union",
                (
                    ("model", "variable", "Variable"),
                    ("model", "expression", "Expression"),
                ),
            ),
        ),
        None,
    ),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class CustomFieldSelectedOption:
    """
    Attributes:
        name (str): JSON ``name``.
        translated_name (str | Unset): JSON ``translatedName``.
        description (str | Unset): JSON ``description``.
        translated_description (str | Unset): JSON ``translatedDescription``.
        additional_user_input (str | Unset): JSON ``additionalUserInput``.
        additional_infos (list[str] | Unset): JSON ``additionalInfos``.
        additional_info_configs (list[Expression | Variable] | Unset): JSON ``additionalInfoConfigs``.
    """

    name: str
    translated_name: str | Unset = UNSET
    description: str | Unset = UNSET
    translated_description: str | Unset = UNSET
    additional_user_input: str | Unset = UNSET
    additional_infos: list[str] | Unset = UNSET
    additional_info_configs: list[Expression | Variable | UnknownVariant] | Unset = UNSET
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
            field_dict["name"] = name
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

        @overload
        def require(self, name: Literal["translated_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["description"], /) -> str: ...
        @overload
        def require(self, name: Literal["translated_description"], /) -> str: ...
        @overload
        def require(self, name: Literal["additional_user_input"], /) -> str: ...
        @overload
        def require(self, name: Literal["additional_infos"], /) -> list[str]: ...
        @overload
        def require(
            self, name: Literal["additional_info_configs"], /
        ) -> list[Expression | Variable | UnknownVariant]: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object; its fields are parsed when one is first read or set.

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"CustomFieldSelectedOption: expected a JSON object, got {type(src_dict).__name__}")
        if "name" not in src_dict:
            raise MissingRequiredFieldError("CustomFieldSelectedOption", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is CustomFieldSelectedOption:
            lazy: T = _LAZY.__new__(_LAZY)
            _set_raw(lazy, src_dict)
            return lazy
        # A subclass of the caller's is parsed now, as a model of scalars is.
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


def _parse_name(d: Mapping[str, Any]) -> str:
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "CustomFieldSelectedOption", "name")

    return name


def _parse_translated_name(d: Mapping[str, Any]) -> str | Unset:
    translated_name: str | Unset = _v if (_v := d.get("translatedName")) is not None else PARSED_UNSET
    if translated_name is not UNSET and (type(translated_name) is not str):
        translated_name = read_as("str", translated_name, "CustomFieldSelectedOption", "translatedName")

    return translated_name


def _parse_description(d: Mapping[str, Any]) -> str | Unset:
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "CustomFieldSelectedOption", "description")

    return description


def _parse_translated_description(d: Mapping[str, Any]) -> str | Unset:
    translated_description: str | Unset = _v if (_v := d.get("translatedDescription")) is not None else PARSED_UNSET
    if translated_description is not UNSET and (type(translated_description) is not str):
        translated_description = read_as(
            "str", translated_description, "CustomFieldSelectedOption", "translatedDescription"
        )

    return translated_description


def _parse_additional_user_input(d: Mapping[str, Any]) -> str | Unset:
    additional_user_input: str | Unset = _v if (_v := d.get("additionalUserInput")) is not None else PARSED_UNSET
    if additional_user_input is not UNSET and (type(additional_user_input) is not str):
        additional_user_input = read_as(
            "str", additional_user_input, "CustomFieldSelectedOption", "additionalUserInput"
        )

    return additional_user_input


def _parse_additional_infos(d: Mapping[str, Any]) -> list[str] | Unset:
    additional_infos = cast(list[str] | Unset, (_v if (_v := d.get("additionalInfos")) is not None else PARSED_UNSET))

    if additional_infos is not UNSET and (
        type(additional_infos) is not list or not ITEM_TYPES["str"].issuperset(map(type, additional_infos))
    ):
        additional_infos = read_list_as("str", additional_infos, "CustomFieldSelectedOption", "additionalInfos")

    return additional_infos


def _parse_additional_info_configs(d: Mapping[str, Any]) -> list[Expression | Variable | UnknownVariant] | Unset:
    _additional_info_configs = _v if (_v := d.get("additionalInfoConfigs")) is not None else PARSED_UNSET
    additional_info_configs: list[Expression | Variable | UnknownVariant] | Unset = UNSET
    if _additional_info_configs is not UNSET:
        additional_info_configs = []
        for additional_info_configs_item_data in _additional_info_configs:
            _additional_info_configs_item_data = additional_info_configs_item_data
            additional_info_configs_item: Expression | Variable | UnknownVariant
            if not isinstance(_additional_info_configs_item_data, dict):
                raise UnknownVariantError("Expression | Variable", _additional_info_configs_item_data)
            elif _additional_info_configs_item_data.get("type") == "VARIABLE":
                additional_info_configs_item = Variable.from_dict(_additional_info_configs_item_data)
            elif _additional_info_configs_item_data.get("type") == "EXPRESSION":
                additional_info_configs_item = Expression.from_dict(_additional_info_configs_item_data)
            else:
                additional_info_configs_item = UnknownVariant(_additional_info_configs_item_data)

            additional_info_configs.append(additional_info_configs_item)

    return additional_info_configs


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: CustomFieldSelectedOption, d: Mapping[str, Any]) -> None:
    name: str = d["name"]
    if type(name) is not str:
        name = read_as("str", name, "CustomFieldSelectedOption", "name")

    self.name = name
    translated_name: str | Unset = _v if (_v := d.get("translatedName")) is not None else PARSED_UNSET
    if translated_name is not UNSET and (type(translated_name) is not str):
        translated_name = read_as("str", translated_name, "CustomFieldSelectedOption", "translatedName")

    self.translated_name = translated_name
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "CustomFieldSelectedOption", "description")

    self.description = description
    translated_description: str | Unset = _v if (_v := d.get("translatedDescription")) is not None else PARSED_UNSET
    if translated_description is not UNSET and (type(translated_description) is not str):
        translated_description = read_as(
            "str", translated_description, "CustomFieldSelectedOption", "translatedDescription"
        )

    self.translated_description = translated_description
    additional_user_input: str | Unset = _v if (_v := d.get("additionalUserInput")) is not None else PARSED_UNSET
    if additional_user_input is not UNSET and (type(additional_user_input) is not str):
        additional_user_input = read_as(
            "str", additional_user_input, "CustomFieldSelectedOption", "additionalUserInput"
        )

    self.additional_user_input = additional_user_input
    additional_infos = cast(list[str] | Unset, (_v if (_v := d.get("additionalInfos")) is not None else PARSED_UNSET))

    if additional_infos is not UNSET and (
        type(additional_infos) is not list or not ITEM_TYPES["str"].issuperset(map(type, additional_infos))
    ):
        additional_infos = read_list_as("str", additional_infos, "CustomFieldSelectedOption", "additionalInfos")

    self.additional_infos = additional_infos
    _additional_info_configs = _v if (_v := d.get("additionalInfoConfigs")) is not None else PARSED_UNSET
    additional_info_configs: list[Expression | Variable | UnknownVariant] | Unset = UNSET
    if _additional_info_configs is not UNSET:
        additional_info_configs = []
        for additional_info_configs_item_data in _additional_info_configs:
            _additional_info_configs_item_data = additional_info_configs_item_data
            additional_info_configs_item: Expression | Variable | UnknownVariant
            if not isinstance(_additional_info_configs_item_data, dict):
                raise UnknownVariantError("Expression | Variable", _additional_info_configs_item_data)
            elif _additional_info_configs_item_data.get("type") == "VARIABLE":
                additional_info_configs_item = Variable.from_dict(_additional_info_configs_item_data)
            elif _additional_info_configs_item_data.get("type") == "EXPRESSION":
                additional_info_configs_item = Expression.from_dict(_additional_info_configs_item_data)
            else:
                additional_info_configs_item = UnknownVariant(_additional_info_configs_item_data)

            additional_info_configs.append(additional_info_configs_item)

    self.additional_info_configs = additional_info_configs
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "name": ("name", _parse_name),
    "translated_name": ("translatedName", _parse_translated_name),
    "description": ("description", _parse_description),
    "translated_description": ("translatedDescription", _parse_translated_description),
    "additional_user_input": ("additionalUserInput", _parse_additional_user_input),
    "additional_infos": ("additionalInfos", _parse_additional_infos),
    "additional_info_configs": ("additionalInfoConfigs", _parse_additional_info_configs),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
CustomFieldSelectedOption._field_parsers = _PARSERS
CustomFieldSelectedOption._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(CustomFieldSelectedOption, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = CustomFieldSelectedOption.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.expression import Expression
from ..models.variable import Variable
