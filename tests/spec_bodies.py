"""Request bodies derived from the pinned spec: what a test states, plus whatever else the spec
requires. After a re-pin that makes a field required, tests that do not care about the field
keep passing (it is filled in, unique per body so no two bodies collide on it); tests whose
point is the field's absence fail, naming it."""

from __future__ import annotations

import functools
import itertools
from typing import Any, TypeVar

from tests.spec_samples import class_name, minimal, resolve, schemas

M = TypeVar("M")
_serial = itertools.count(1)


@functools.cache
def _schema_names() -> dict[str, str]:
    return {class_name(name): name for name in schemas()}


def required_extras(model: type[Any], document: dict[str, Any]) -> dict[str, Any]:
    """The fields the spec requires of ``model`` that ``document`` lacks, with valid values."""
    schema = resolve(schemas()[_schema_names()[model.__name__]])
    extras: dict[str, Any] = {}
    for name in schema.get("required", []):
        if name in document or name not in schema.get("properties", {}):
            continue
        prop = resolve(schema["properties"][name])
        plain_string = prop.get("type") == "string" and not {"enum", "format", "pattern"} & set(prop)
        extras[name] = f"{name}-{next(_serial)}" if plain_string else minimal(prop)
    return extras


def spec_body(model: type[M], document: dict[str, Any]) -> M:
    """``model`` parsed from ``document`` completed with the spec's other required fields."""
    return model.from_dict({**required_extras(model, document), **document})  # type: ignore[attr-defined,no-any-return]
