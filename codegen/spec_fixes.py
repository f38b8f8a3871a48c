"""Declarative fixes that turn the pinned spec into the one we generate from.

Two kinds, applied in this order:

1. ``spec-fixes.overlay.json``: an OpenAPI Overlay 1.0 document (targets are JSONPath
   restricted to member access, e.g. ``$.paths['/v2/events'].post.requestBody``),
   for one-off fixes.
2. Rules. Response objects get back the empty ``description`` OpenAPI requires (the
   pin strips all prose). And rules that hold for every ``oneOf`` of the document, so a union added by a later
   spec version is fixed without edits here:

   * wrapper unions (no discriminator, each variant an object told apart by a key)
     require that key in each variant;
   * discriminated unions require the tag in each variant and pin it to the
     variant's mapping value(s) (``const`` + ``default`` when there is one value);
   * properties declared beside a ``oneOf`` are copied into every variant (the
     generator would otherwise drop them).

The result is unambiguous for strict JSON Schema validators: any instance matches at
most one variant. It is written to ``build/event-api-v2.fixed.json`` for tests and
tools (``make fixed-spec``, through codegen/generate.py).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
OVERLAY = HERE / "spec-fixes.overlay.json"
SCHEMA_REF = "#/components/schemas/"

_SEGMENT = re.compile(r"\.([A-Za-z_$][\w$-]*)|\['((?:[^'\\]|\\.)*)'\]")


class SpecFixError(ValueError):
    """A fix does not apply to the document (the spec changed under it)."""


def _parse_target(target: str) -> list[str]:
    if not target.startswith("$"):
        raise SpecFixError(f"overlay target must start with '$': {target!r}")
    segments, pos = [], 1
    while pos < len(target):
        match = _SEGMENT.match(target, pos)
        if match is None:
            raise SpecFixError(f"unsupported JSONPath at {target[pos:]!r} in {target!r}")
        segments.append(match.group(1) if match.group(1) is not None else match.group(2))
        pos = match.end()
    return segments


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    # Overlay 1.0 semantics: objects merge recursively, arrays append, scalars replace.
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key].extend(item for item in value if item not in into[key])
        else:
            into[key] = copy.deepcopy(value)


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> None:
    for action in overlay.get("actions", []):
        *parents, last = _parse_target(action["target"])
        node: Any = document
        for name in parents:
            if not isinstance(node, dict) or name not in node:
                raise SpecFixError(f"overlay target {action['target']!r} not found (at {name!r})")
            node = node[name]
        if action.get("remove"):
            node.pop(last, None)
        elif last not in node:
            raise SpecFixError(f"overlay target {action['target']!r} not found (at {last!r})")
        else:
            _merge(node[last], action["update"])


def iter_unions(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema node holding a ``oneOf``, with a readable location."""

    def walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict):
            if isinstance(node.get("oneOf"), list):
                yield where, node
            for key, value in node.items():
                yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}[{index}]")

    yield from walk(document.get("components", {}).get("schemas", {}), "schemas")


def _variant(document: dict[str, Any], ref_or_schema: dict[str, Any], where: str) -> tuple[str, dict[str, Any]]:
    ref = ref_or_schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF):
        raise SpecFixError(f"{where}: oneOf variants must be $refs to component schemas")
    name = ref.removeprefix(SCHEMA_REF)
    return name, document["components"]["schemas"][name]


def variant_tags(union: dict[str, Any]) -> dict[str, list[str]]:
    """Variant schema name -> its discriminator values, in mapping order."""
    tags: dict[str, list[str]] = {}
    for value, ref in union["discriminator"].get("mapping", {}).items():
        tags.setdefault(ref.removeprefix(SCHEMA_REF), []).append(value)
    for variant in union["oneOf"]:
        # Without an explicit mapping the tag is the schema name (OpenAPI 3.1, 4.8.25).
        name = variant["$ref"].removeprefix(SCHEMA_REF)
        tags.setdefault(name, [name])
    return tags


def _pin_tags(document: dict[str, Any], where: str, union: dict[str, Any]) -> None:
    tag_name = union["discriminator"]["propertyName"]
    tags = variant_tags(union)
    for ref in union["oneOf"]:
        name, schema = _variant(document, ref, where)
        values = tags[name]
        prop = schema.setdefault("properties", {}).setdefault(tag_name, {"type": "string"})
        prop.pop("enum", None)
        prop.pop("const", None)
        if len(values) == 1:
            prop["const"] = values[0]
            prop["default"] = values[0]
        else:
            prop["enum"] = values
            prop.pop("default", None)
        required = schema.setdefault("required", [])
        if tag_name not in required:
            required.insert(0, tag_name)


def wrapper_keys(document: dict[str, Any], union: dict[str, Any], where: str = "") -> dict[str, str]:
    """Variant schema name -> the property that tells it apart from its siblings."""
    variants = [_variant(document, ref, where) for ref in union["oneOf"]]
    keys: dict[str, str] = {}
    for name, schema in variants:
        others = {p for other, s in variants if other != name for p in s.get("properties", {})}
        own = [p for p in schema.get("properties", {}) if p not in others]
        required_own = [p for p in schema.get("required", []) if p in own]
        if required_own:
            keys[name] = required_own[0]
        elif len(own) == 1:
            keys[name] = own[0]
        else:
            raise SpecFixError(f"{where}: variant {name} has no single property of its own to tell it apart")
    return keys


def _require_wrapper_keys(document: dict[str, Any], where: str, union: dict[str, Any]) -> None:
    for name, key in wrapper_keys(document, union, where).items():
        required = document["components"]["schemas"][name].setdefault("required", [])
        if key not in required:
            required.append(key)


def _push_down_sibling_properties(document: dict[str, Any], where: str, union: dict[str, Any]) -> None:
    siblings = union.pop("properties", None)
    if not siblings:
        return
    for ref in union["oneOf"]:
        _, schema = _variant(document, ref, where)
        props = schema.setdefault("properties", {})
        for key, value in siblings.items():
            props.setdefault(key, copy.deepcopy(value))


def _restore_required_descriptions(document: dict[str, Any]) -> None:
    # OpenAPI requires `description` on Response objects; the pin strips all prose,
    # so an empty one keeps the fixed spec valid for the generator and validators.
    responses = [
        response
        for path_item in document.get("paths", {}).values()
        for operation in path_item.values()
        if isinstance(operation, dict)
        for response in operation.get("responses", {}).values()
    ]
    responses += document.get("components", {}).get("responses", {}).values()
    for response in responses:
        if "$ref" not in response:
            response.setdefault("description", "")


def apply_rules(document: dict[str, Any]) -> None:
    _restore_required_descriptions(document)
    for where, union in list(iter_unions(document)):
        _push_down_sibling_properties(document, where, union)
        if "discriminator" in union:
            _pin_tags(document, where, union)
        else:
            _require_wrapper_keys(document, where, union)


def fix(document: dict[str, Any]) -> dict[str, Any]:
    fixed = copy.deepcopy(document)
    apply_overlay(fixed, json.loads(OVERLAY.read_text()))
    apply_rules(fixed)
    return fixed
