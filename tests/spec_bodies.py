"""Request bodies derived from the pinned spec: what a test states, plus whatever else the spec
requires. After a re-pin that makes a field required, tests that do not care about the field
keep passing (it is filled in, unique per body so no two bodies collide on it); tests whose
point is the field's absence fail, naming it."""

from __future__ import annotations

import functools
import itertools
from typing import Any, TypeVar

from tests.spec_samples import attribute_name, class_name, fixed_spec, minimal, resolve, schemas

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


def operation_arguments(operation_id: str) -> dict[str, Any]:
    """Keyword arguments for the facade method of ``operation_id`` (``sp.events.get(**...)``):
    every parameter the spec requires and the request body, minimal instances of their schemas."""
    for item in fixed_spec()["paths"].values():
        for method, operation in item.items():
            if method == "parameters" or operation.get("operationId") != operation_id:
                continue
            arguments = {
                attribute_name(parameter["name"]): minimal(parameter["schema"])
                for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]
                if parameter.get("required")
            }
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                arguments["body"] = minimal(body["schema"])
            return arguments
    raise LookupError(f"no operation {operation_id} in the spec")
