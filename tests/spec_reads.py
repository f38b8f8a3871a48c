"""Read a parsed response whole and check every value is of the type the spec gives it.

The spec's types come from the generated code itself (each model's ``_json_fields``: JSON
key -> (attribute, required, shape, constraints)), so this follows the spec as it changes.
"""

from __future__ import annotations

import datetime
import importlib
import uuid
import warnings
from typing import Any

from spotnana_event_api.types import UNSET, UnknownVariant

_EXACT: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),  # JSON's number: an integer is one
    "bool": (bool,),
    "uuid": (uuid.UUID,),
    "datetime": (datetime.datetime,),
}


def _model_class(module: str, name: str) -> Any:
    return getattr(importlib.import_module(f"spotnana_event_api.models.{module}"), name)


def _check(value: Any, shape: tuple[Any, ...], where: str) -> int:
    kind = shape[0]
    if kind in _EXACT:
        assert type(value) in _EXACT[kind], f"{where}: {type(value).__name__} for {kind}"
        return 1
    if kind == "date":  # a datetime is a date too: not what a date field holds
        assert type(value) is datetime.date, f"{where}: {type(value).__name__} for date"
        return 1
    if kind == "enum":
        assert isinstance(value, _model_class(shape[1], shape[2])), f"{where}: {value!r} for {shape[2]}"
        return 1
    if kind == "model":
        assert isinstance(value, _model_class(shape[1], shape[2])), f"{where}: {type(value).__name__} for {shape[2]}"
        return read_as_spec(value, where)
    if kind == "list":
        assert type(value) is list, f"{where}: {type(value).__name__} for a list"
        return 1 + sum(_check(item, shape[1], f"{where}[{index}]") for index, item in enumerate(value))
    if kind == "union":
        if isinstance(value, UnknownVariant):
            return 1
        for variant in shape[1]:
            if variant[0] == "model" and isinstance(value, _model_class(variant[1], variant[2])):
                return _check(value, variant, where)
        raise AssertionError(f"{where}: {type(value).__name__} is none of the union's variants")
    if kind == "const":
        assert value == shape[1], f"{where}: {value!r} for const {shape[1]!r}"
        return 1
    return 1  # "any": whatever JSON holds


def read_as_spec(model: Any, where: str | None = None) -> int:
    """Read every field of ``model`` recursively, asserting each value has the spec's type;
    returns how many values were read (so a caller can tell something was)."""
    where = where or type(model).__name__
    count = 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # reading a deprecated field warns
        for key, (attribute, required, shape, _) in type(model)._json_fields.items():
            value = getattr(model, attribute)
            if value is UNSET:
                assert not required, f"{where}.{key}: required, read as UNSET"
                continue
            count += _check(value, shape, f"{where}.{key}")
        if hasattr(type(model), "additional_keys"):
            assert type(model.additional_properties) is dict
    return count
