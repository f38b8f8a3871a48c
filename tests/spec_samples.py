"""Minimal valid instances built from the (fixed) spec, so tests follow the spec as it changes."""

from __future__ import annotations

import functools
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from codegen import samples, spec_fixes

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
    return samples.resolve(schema, schemas())


def class_name(schema_name: str) -> str:
    """The generator's class name for a component schema."""
    return str(ClassName(schemas()[schema_name].get("title", schema_name), ""))


def attribute_name(json_name: str) -> str:
    return str(PythonIdentifier(json_name, prefix="field_"))


def minimal(schema: dict[str, Any]) -> Any:
    """A minimal instance: required properties only, first enum value, first variant
    (codegen/samples.py, which also makes the generated package's response samples)."""
    return samples.document(schema, schemas())


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


def read_deeply(obj: Any) -> int:
    """Read every attribute of every model reachable from ``obj`` (a lazy model parses each
    on its first read, raising there if it cannot); the number of distinct values read.
    Deprecated fields are read too, on purpose: their warnings are not this reader's news."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return len(find_instances(obj, object))
