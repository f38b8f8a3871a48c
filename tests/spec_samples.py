"""Minimal valid instances built from the (fixed) spec, so tests follow the spec as it changes."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from codegen import spec_fixes

ROOT = Path(__file__).resolve().parent.parent
REF = "#/components/schemas/"


@functools.cache
def fixed_spec() -> dict[str, Any]:
    return spec_fixes.fix(json.loads((ROOT / "openapi" / "event-api-v2.json").read_text()))


def operation_ids() -> set[str]:
    """Every operationId of the pinned spec: what a re-pin adds or removes, tests read from here."""
    return {
        operation["operationId"]
        for item in fixed_spec()["paths"].values()
        for method, operation in item.items()
        if method != "parameters" and "operationId" in operation
    }


def schemas() -> dict[str, Any]:
    return dict(fixed_spec()["components"]["schemas"])


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas()[schema["$ref"].removeprefix(REF)]
    return schema


def class_name(schema_name: str) -> str:
    """The generator's class name for a component schema."""
    return str(ClassName(schemas()[schema_name].get("title", schema_name), ""))


def attribute_name(json_name: str) -> str:
    return str(PythonIdentifier(json_name, prefix="field_"))


_SCALARS: dict[tuple[str, str | None], Any] = {
    ("string", "uuid"): "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
    ("string", "email"): "traveler@example.com",
    ("string", "byte"): "AAAA",
    ("integer", None): 1,
    ("integer", "int32"): 1,
    ("integer", "int64"): 1,
    ("number", None): 1.5,
    ("number", "double"): 1.5,
    ("boolean", None): True,
}


def minimal(schema: dict[str, Any], *, depth: int = 0) -> Any:
    """A minimal instance: required properties only, first enum value, first variant."""
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "oneOf" in schema:
        return minimal(schema["oneOf"][0], depth=depth + 1)
    kind = schema.get("type", "object")
    if kind == "array":
        count = schema.get("minItems", 0)
        return [minimal(schema["items"], depth=depth + 1) for _ in range(count)]
    if kind == "object":
        props = schema.get("properties", {})
        return {name: minimal(props[name], depth=depth + 1) for name in schema.get("required", []) if name in props}
    if "pattern" in schema and isinstance(schema.get("example"), str):
        return schema["example"]  # the spec's own example fits its pattern
    if kind == "string":
        return _SCALARS.get(("string", schema.get("format")), "x")
    value = _SCALARS[(kind, schema.get("format"))]
    return max(value, schema.get("minimum", value))


def union_sites() -> Iterator[tuple[str, str, list[str], dict[str, Any]]]:
    """(union label, owner component, JSON path from the owner to the union, union schema).

    A union declared as a component is reached through the first component property
    that refers to it; an inline union through the component that holds it.
    """
    all_schemas = schemas()
    for where, union in spec_fixes.iter_unions(fixed_spec()):
        parts = where.split(".")[1:]
        owner = parts[0]
        if len(parts) == 1:
            owner, path = _referrer(all_schemas, owner)
            yield parts[0], owner, path, union
        else:
            yield where.removeprefix("schemas."), owner, parts[1:], union


def _referrer(all_schemas: dict[str, Any], target: str) -> tuple[str, list[str]]:
    ref = REF + target
    for name, schema in all_schemas.items():
        for prop, sub in schema.get("properties", {}).items():
            if sub.get("$ref") == ref:
                return name, ["properties", prop]
            if sub.get("items", {}).get("$ref") == ref:
                return name, ["properties", prop, "items"]
    raise LookupError(f"no component refers to {target}")


def instance_with(owner: str, path: list[str], value: Any) -> dict[str, Any]:
    """A minimal instance of ``owner`` with ``value`` placed at the schema ``path``."""
    root: dict[str, Any] = minimal({"$ref": REF + owner})
    node: Any = root
    schema = resolve({"$ref": REF + owner})
    steps = list(path)
    while steps:
        keyword = steps.pop(0)
        if keyword == "properties":
            prop = steps.pop(0)
            sub = resolve(schema["properties"][prop])
            if not steps:
                node[prop] = value
                return root
            if steps[0] == "items":
                steps.pop(0)
                item_schema = resolve(sub["items"])
                item = value if not steps else minimal(item_schema)
                node[prop] = [item]
                if not steps:
                    return root
                node, schema = item, item_schema
            else:
                node = node.setdefault(prop, minimal(sub))
                schema = sub
        else:
            raise ValueError(f"unsupported path step {keyword!r}")
    raise ValueError("empty path")


def find_instances(obj: Any, cls: type) -> list[Any]:
    """Every object of type ``cls`` reachable from a parsed model."""
    found: list[Any] = []
    seen: set[int] = set()

    def walk(node: Any) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, cls):
            found.append(node)
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif hasattr(node, "__attrs_attrs__"):
            for attribute in node.__attrs_attrs__:
                walk(getattr(node, attribute.name))

    walk(obj)
    return found
