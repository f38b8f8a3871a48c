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
     generator would otherwise drop them);
   * each union's plan (tag or key) is computed here, once, and handed to the templates
     as data on its variants (``x-union-tag``, ``x-union-keys``);
   * the item schemas of lists in success responses are marked ``x-page-item``: their
     scalar fields are parsed on their own first (see types.LazyPageItem); small schemas
     free of unions are marked ``x-parse-at-once``: from_dict parses them whole.

The result is unambiguous for strict JSON Schema validators: any instance matches at
most one variant. It is written to ``build/event-api-v2.fixed.json`` for tests and
tools (``make fixed-spec``, through codegen/generate.py).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
OVERLAY = HERE / "spec-fixes.overlay.json"
SCHEMA_REF = "#/components/schemas/"
# Each union's plan, on its variants, for the templates (see _record_plan).
TAG_PLAN = "x-union-tag"
KEY_PLAN = "x-union-keys"
# On the item schema of a list in a response: its scalars are parsed before its nested
# models (a caller reads a few fields of many items), see types.LazyDocument.
PAGE_ITEM = "x-page-item"
# On an object schema whose model, nested ones included, from_dict parses at once: small
# and free of unions, so parsing it costs less than lazy parsing's bookkeeping would.
PARSE_AT_ONCE = "x-parse-at-once"
PARSE_AT_ONCE_MAX_MODELS = 16  # models in the tree (the schema's own included), lists counted once

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


@dataclass
class FixReport:
    """What the fixes could not do: unions left to the generated fallback, overlay actions
    whose target is gone. Printed by ``make pin-spec``; never fatal."""

    fallbacks: list[str] = field(default_factory=list)
    skipped_overlay: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"union fell back: {line}" for line in self.fallbacks] + [
            f"overlay action skipped: {line}" for line in self.skipped_overlay
        ]


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], report: FixReport | None = None) -> None:
    report = report if report is not None else FixReport()
    for action in overlay.get("actions", []):
        segments = _parse_target(action["target"])
        if not segments:  # "$": the document itself
            _merge(document, action.get("update", {}))
            continue
        *parents, last = segments
        node: Any = document
        for name in parents:
            if not isinstance(node, dict) or name not in node:
                node = None
                break
            node = node[name]
        if action.get("remove"):
            if isinstance(node, dict):
                node.pop(last, None)
        elif not isinstance(node, dict) or not isinstance(node.get(last), dict):
            # The spec changed under the fix: the re-pin report shows what changed.
            report.skipped_overlay.append(f"{action['target']} not found")
        else:
            _merge(node[last], action["update"])


def iter_unions(document: dict[str, Any], *, operations: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema node holding a ``oneOf``, with a readable location (components, and
    with ``operations`` also those declared inline in paths)."""

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
    if operations:
        yield from walk(document.get("paths", {}), "paths")


def _is_null(schema: Any) -> bool:
    # The 3.1 spelling of a nullable union: a variant that only admits null.
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return (
        kind == "null"
        or kind == ["null"]
        or schema.get("enum") == [None]
        or ("const" in schema and schema["const"] is None)
    )


class _Unhandled(Exception):
    """A union pattern the rules leave to the generated fallback (reported, not fatal)."""


def _variant(document: dict[str, Any], ref_or_schema: dict[str, Any], where: str) -> tuple[str, dict[str, Any]]:
    ref = ref_or_schema.get("$ref") if isinstance(ref_or_schema, dict) else None
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF):
        raise _Unhandled(f"{where}: a variant is not a $ref to a component schema")
    name = ref.removeprefix(SCHEMA_REF)
    schema = document.get("components", {}).get("schemas", {}).get(name)
    if not isinstance(schema, dict):
        raise _Unhandled(f"{where}: variant {name} is not defined")
    return name, schema


def _variants(document: dict[str, Any], union: dict[str, Any], where: str = "") -> list[tuple[str, dict[str, Any]]]:
    return [_variant(document, ref, where) for ref in union["oneOf"] if not _is_null(ref)]


def variant_tags(union: dict[str, Any]) -> dict[str, list[str]]:
    """Variant schema name -> its discriminator values, in mapping order."""
    tags: dict[str, list[str]] = {}
    for value, ref in union["discriminator"].get("mapping", {}).items():
        tags.setdefault(ref.removeprefix(SCHEMA_REF), []).append(value)
    for variant in union["oneOf"]:
        if _is_null(variant) or "$ref" not in variant:
            continue
        # Without an explicit mapping the tag is the schema name (OpenAPI 3.1, 4.8.25).
        name = variant["$ref"].removeprefix(SCHEMA_REF)
        tags.setdefault(name, [name])
    return tags


def _pin_tags(document: dict[str, Any], where: str, union: dict[str, Any]) -> None:
    tag_name = union["discriminator"]["propertyName"]
    tags = variant_tags(union)
    for name, schema in _variants(document, union, where):
        values = tags[name]
        if "allOf" in schema:
            # The generator cannot merge a const with the base's plain string; a
            # one-value enum merges, and the union template reads it as the tag.
            schema["allOf"].append(
                {"type": "object", "required": [tag_name], "properties": {tag_name: {"type": "string", "enum": values}}}
            )
            continue
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


def _own_key(name: str, schema: dict[str, Any], variants: list[tuple[str, dict[str, Any]]]) -> str | None:
    """The property that tells a variant apart from its siblings: its first required
    property that no sibling has (in declaration order, as the model lists them), else its
    only such property; None when there is neither."""
    others = {p for other, s in variants if other != name for p in s.get("properties", {})}
    own = [p for p in schema.get("properties", {}) if p not in others]
    required_own = [p for p in own if p in schema.get("required", [])]
    return required_own[0] if required_own else own[0] if len(own) == 1 else None


def wrapper_keys(document: dict[str, Any], union: dict[str, Any], where: str = "") -> dict[str, str]:
    """Variant schema name -> the property that tells it apart from its siblings."""
    variants = _variants(document, union, where)
    keys: dict[str, str] = {}
    for name, schema in variants:
        key = _own_key(name, schema, variants)
        if key is None:
            raise _Unhandled(f"{where}: variant {name} has no single property of its own to tell it apart")
        keys[name] = key
    return keys


def class_name(name: str, schema: dict[str, Any]) -> str:
    """The generator's name for a model: its title, else its component name."""
    from openapi_python_client.strings import ClassName

    return str(ClassName(schema.get("title") or name, ""))


def _record_plan(document: dict[str, Any], where: str, union: dict[str, Any]) -> None:
    """Hand the union's plan to the templates as data on each variant (the templates see a
    union's variants, not the union): ``x-union-tag`` ({"name", "values"}) for a tagged
    union, else ``x-union-keys``, the key telling the variant apart from its siblings by
    sibling set (the class names of all the union's variants, sorted, joined by "|")."""
    variants = []
    for ref in union["oneOf"]:
        if not _is_null(ref):
            try:
                variants.append(_variant(document, ref, where))
            except _Unhandled:
                continue  # an inline variant: the generated code tells it apart by its type
    if isinstance(union.get("discriminator"), dict) and "propertyName" in union["discriminator"]:
        tags = variant_tags(union)
        for name, schema in variants:
            schema[TAG_PLAN] = {"name": union["discriminator"]["propertyName"], "values": tags[name]}
        return
    siblings = "|".join(sorted(class_name(name, schema) for name, schema in variants))
    for name, schema in variants:
        key = _own_key(name, schema, variants)
        # Only a required key tells variants apart (the fixes require it where they can).
        if key is not None and key in schema.get("required", []):
            schema.setdefault(KEY_PLAN, {})[siblings] = key


def _require_wrapper_keys(document: dict[str, Any], where: str, union: dict[str, Any]) -> None:
    if len([ref for ref in union["oneOf"] if not _is_null(ref)]) < 2:
        return  # a nullable single variant (enum or model): nothing to tell apart
    keys = wrapper_keys(document, union, where)
    for name, key in keys.items():
        required = document["components"]["schemas"][name].setdefault("required", [])
        if key not in required:
            required.append(key)


def _push_down_sibling_properties(document: dict[str, Any], where: str, union: dict[str, Any]) -> None:
    siblings = union.get("properties")
    if not siblings:
        return
    variants = _variants(document, union, where)
    union.pop("properties")
    for _, schema in variants:
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


def _mark_page_items(document: dict[str, Any]) -> None:
    """``x-page-item`` on each schema that is the item of an array property of a success
    response's schema (the events of a list, the results of a bulk call)."""
    schemas = document.get("components", {}).get("schemas", {})
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                if not str(status).startswith("2") or "$ref" not in schema:
                    continue
                body = schemas.get(schema["$ref"].removeprefix(SCHEMA_REF), {})
                for prop in body.get("properties", {}).values():
                    items = prop.get("items", {}) if prop.get("type") == "array" else {}
                    if "$ref" in items and items["$ref"].removeprefix(SCHEMA_REF) in schemas:
                        schemas[items["$ref"].removeprefix(SCHEMA_REF)][PAGE_ITEM] = True


def _model_count(
    schemas: dict[str, Any], name: str, seen: tuple[str, ...], counts: dict[str, int | None]
) -> int | None:
    """Models in the tree of schema ``name`` if it is free of unions, typed additional
    properties and cycles; else None."""
    if name in counts:
        return counts[name]
    schema = schemas[name]
    extra = schema.get("additionalProperties")
    if name in seen or "oneOf" in schema or "anyOf" in schema or (isinstance(extra, dict) and extra):
        return None
    total = 1
    for prop in schema.get("properties", {}).values():
        target = prop.get("items", {}) if prop.get("type") == "array" else prop
        if "$ref" not in target:
            if {"oneOf", "anyOf", "allOf", "properties"} & target.keys() or target.get("type") in ("object", "array"):
                return None  # an inline object or union, or a list of lists
            continue  # a scalar, or a list of scalars
        ref = target["$ref"].removeprefix(SCHEMA_REF)
        if "properties" not in schemas.get(ref, {}) and schemas.get(ref, {}).get("type") != "object":
            continue  # an enum or another scalar schema
        nested = _model_count(schemas, ref, (*seen, name), counts)
        if nested is None:
            return None
        total += nested
    if not seen:  # a count made inside another's walk may reflect that walk's cycle check
        counts[name] = total
    return total


def _mark_parse_at_once(document: dict[str, Any]) -> None:
    """``x-parse-at-once`` on each object schema whose tree holds at most
    PARSE_AT_ONCE_MAX_MODELS models and no union."""
    schemas = document.get("components", {}).get("schemas", {})
    counts: dict[str, int | None] = {}
    for name, schema in schemas.items():
        if "properties" in schema or schema.get("type") == "object":
            total = _model_count(schemas, name, (), counts)
            if total is not None and total <= PARSE_AT_ONCE_MAX_MODELS:
                schema[PARSE_AT_ONCE] = True


def apply_rules(document: dict[str, Any], report: FixReport | None = None) -> None:
    report = report if report is not None else FixReport()
    _restore_required_descriptions(document)
    _mark_page_items(document)
    for where, union in list(iter_unions(document, operations=True)):
        try:
            _push_down_sibling_properties(document, where, union)
            if isinstance(union.get("discriminator"), dict) and "propertyName" in union["discriminator"]:
                _pin_tags(document, where, union)
            else:
                _require_wrapper_keys(document, where, union)
            _record_plan(document, where, union)
        except _Unhandled as exc:
            report.fallbacks.append(f"{exc}; resolved at run time by checking each variant's type")
    _mark_parse_at_once(document)  # on the variants as the union rules leave them


def fix_with_report(document: dict[str, Any]) -> tuple[dict[str, Any], FixReport]:
    fixed, report = copy.deepcopy(document), FixReport()
    apply_overlay(fixed, json.loads(OVERLAY.read_text()), report)
    apply_rules(fixed, report)
    return fixed, report


def fix(document: dict[str, Any]) -> dict[str, Any]:
    return fix_with_report(document)[0]
