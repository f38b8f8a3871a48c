"""What changed between two pinned specs, and whether each change breaks SDK users.

Breaking: code written against the old SDK may stop working (an operation, schema,
property or enum value removed; a type changed; something made required). Additive:
old code keeps working (new operations, optional properties, enum values: older SDKs
parse an unknown value as ``is_unknown``). Deprecations are reported on their own.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any, Literal, NamedTuple

Kind = Literal["breaking", "additive", "deprecated"]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
REF = "#/components/schemas/"


class Change(NamedTuple):
    kind: Kind
    where: str
    what: str

    def __str__(self) -> str:
        return f"[{self.kind.upper() if self.kind == 'breaking' else self.kind}] {self.where}: {self.what}"


def _type(schema: dict[str, Any]) -> str:
    """A short, comparable description of a schema's type."""
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(REF)
    if "oneOf" in schema:
        return " | ".join(_type(s) for s in schema["oneOf"])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = "|".join(kind)
    if kind == "array":
        return f"array<{_type(schema.get('items', {}))}>"
    fmt = schema.get("format")
    return f"{kind}({fmt})" if fmt else str(kind)


def _deprecation(node: dict[str, Any]) -> str | None:
    if node.get("deprecated"):
        sunset = node.get("x-sunset")
        return f"deprecated (sunset {sunset})" if sunset else "deprecated"
    if "x-sunset" in node:
        return f"sunset {node['x-sunset']}"
    return None


def _newly_deprecated(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    now = _deprecation(new)
    if now and now != _deprecation(old):
        yield Change("deprecated", where, now)


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    found = {}
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                operation = item[method]
                found[f"{method.upper()} {path}"] = (operation.get("operationId", ""), operation, shared)
    return found


def _parameters(operation: dict[str, Any], shared: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f"{p.get('in')}:{p.get('name')}": p for p in shared + operation.get("parameters", []) if "name" in p}


def _body(operation: dict[str, Any]) -> tuple[str | None, bool]:
    body = operation.get("requestBody")
    if not body:
        return None, False
    media: dict[str, Any] = next(iter(body.get("content", {}).values()), {})
    return _type(media.get("schema", {})), bool(body.get("required"))


def _responses(operation: dict[str, Any]) -> dict[str, str]:
    result = {}
    for status, response in operation.get("responses", {}).items():
        media: dict[str, Any] = next(iter(response.get("content", {}).values()), {})
        schema = media.get("schema")
        result[status] = _type(schema) if schema else (response.get("$ref", "").rsplit("/", 1)[-1] or "no body")
    return result


def _diff_operations(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before, after = _operations(old), _operations(new)
    for key in sorted(after.keys() - before.keys()):
        yield Change("additive", key, f"operation added ({after[key][0]})")
    for key in sorted(before.keys() - after.keys()):
        yield Change("breaking", key, f"operation removed ({before[key][0]})")
    for key in sorted(before.keys() & after.keys()):
        (old_id, old_op, old_shared), (new_id, new_op, new_shared) = before[key], after[key]
        where = f"{key} ({new_id})"
        if old_id != new_id:
            yield Change("breaking", where, f"operationId renamed from {old_id} (the SDK method name follows it)")
        yield from _newly_deprecated(where, old_op, new_op)
        old_params, new_params = _parameters(old_op, old_shared), _parameters(new_op, new_shared)
        for name in sorted(new_params.keys() - old_params.keys()):
            required = new_params[name].get("required")
            yield Change(
                "breaking" if required else "additive",
                where,
                f"{'required' if required else 'optional'} parameter {name} added",
            )
        for name in sorted(old_params.keys() - new_params.keys()):
            yield Change("breaking", where, f"parameter {name} removed")
        for name in sorted(old_params.keys() & new_params.keys()):
            a, b = old_params[name], new_params[name]
            if _type(a.get("schema", {})) != _type(b.get("schema", {})):
                yield Change(
                    "breaking",
                    where,
                    f"parameter {name} retyped {_type(a.get('schema', {}))} -> {_type(b.get('schema', {}))}",
                )
            if bool(a.get("required")) != bool(b.get("required")):
                state = "required" if b.get("required") else "optional"
                yield Change("breaking" if b.get("required") else "additive", where, f"parameter {name} made {state}")
            yield from _newly_deprecated(f"{where} parameter {name}", a, b)
        (old_body, old_required), (new_body, new_required) = _body(old_op), _body(new_op)
        if old_body != new_body:
            kind: Kind = "additive" if old_body is None and not new_required else "breaking"
            yield Change(kind, where, f"request body {old_body or 'none'} -> {new_body or 'none'}")
        elif old_body and old_required != new_required:
            yield Change(
                "breaking" if new_required else "additive",
                where,
                f"request body made {'required' if new_required else 'optional'}",
            )
        old_responses, new_responses = _responses(old_op), _responses(new_op)
        for status in sorted(new_responses.keys() - old_responses.keys()):
            yield Change("additive", where, f"response {status} added ({new_responses[status]})")
        for status in sorted(old_responses.keys() - new_responses.keys()):
            yield Change("breaking" if status.startswith("2") else "additive", where, f"response {status} removed")
        for status in sorted(old_responses.keys() & new_responses.keys()):
            if old_responses[status] != new_responses[status]:
                yield Change("breaking", where, f"response {status} {old_responses[status]} -> {new_responses[status]}")


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    return schema.get("enum") if isinstance(schema.get("enum"), list) else None


def _diff_enum(where: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before, after = _enum(old), _enum(new)
    if before is None or after is None:
        return
    for value in [v for v in after if v not in before]:
        yield Change("additive", where, f"enum value {value!r} added (older SDKs read it as is_unknown)")
    for value in [v for v in before if v not in after]:
        yield Change("breaking", where, f"enum value {value!r} removed")


def _diff_schemas(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before = old.get("components", {}).get("schemas", {})
    after = new.get("components", {}).get("schemas", {})
    added, removed = sorted(after.keys() - before.keys()), sorted(before.keys() - after.keys())
    renamed = {
        gone: came
        for gone in removed
        for came in added
        if json.dumps({k: v for k, v in before[gone].items() if k != "title"}, sort_keys=True)
        == json.dumps({k: v for k, v in after[came].items() if k != "title"}, sort_keys=True)
    }
    for gone, came in renamed.items():
        yield Change("breaking", f"schema {gone}", f"renamed to {came} (the model class name changes)")
    for name in added:
        if name not in renamed.values():
            yield Change("additive", f"schema {name}", "added")
    for name in removed:
        if name not in renamed:
            yield Change("breaking", f"schema {name}", "removed")
    for name in sorted(before.keys() & after.keys()):
        a, b = before[name], after[name]
        where = f"schema {name}"
        yield from _newly_deprecated(where, a, b)
        yield from _diff_enum(where, a, b)
        old_props, new_props = a.get("properties", {}), b.get("properties", {})
        old_required, new_required = set(a.get("required", [])), set(b.get("required", []))
        for prop in sorted(new_props.keys() - old_props.keys()):
            required = prop in new_required
            yield Change(
                "breaking" if required else "additive",
                f"{where}.{prop}",
                f"{'required' if required else 'optional'} property added ({_type(new_props[prop])})",
            )
        for prop in sorted(old_props.keys() - new_props.keys()):
            yield Change("breaking", f"{where}.{prop}", "property removed")
        for prop in sorted(old_props.keys() & new_props.keys()):
            pa, pb = old_props[prop], new_props[prop]
            if _type(pa) != _type(pb):
                yield Change("breaking", f"{where}.{prop}", f"retyped {_type(pa)} -> {_type(pb)}")
            if (prop in old_required) != (prop in new_required):
                state = "required" if prop in new_required else "optional"
                yield Change("breaking", f"{where}.{prop}", f"made {state}")
            yield from _diff_enum(f"{where}.{prop}", pa, pb)
            yield from _newly_deprecated(f"{where}.{prop}", pa, pb)
        old_variants = [_type(v) for v in a.get("oneOf", [])]
        new_variants = [_type(v) for v in b.get("oneOf", [])]
        for variant in [v for v in new_variants if v not in old_variants]:
            yield Change("additive", where, f"oneOf variant {variant} added (older SDKs read it as UnknownVariant)")
        for variant in [v for v in old_variants if v not in new_variants]:
            yield Change("breaking", where, f"oneOf variant {variant} removed")


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return [*_diff_operations(old, new), *_diff_schemas(old, new)]


def report(changes: list[Change]) -> str:
    if not changes:
        return "no changes to operations or schemas"
    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in ("breaking", "additive", "deprecated")}
    lines = [f"{counts['breaking']} breaking, {counts['additive']} additive, {counts['deprecated']} deprecation(s)"]
    order = {"breaking": 0, "deprecated": 1, "additive": 2}
    lines += [f"  {change}" for change in sorted(changes, key=lambda c: order[c.kind])]
    return "\n".join(lines)


def _sunsets(node: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("x-sunset"), str):
            yield where, node["x-sunset"]
        for key, value in node.items():
            yield from _sunsets(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _sunsets(value, f"{where}[{index}]")


def past_sunsets(spec: dict[str, Any], today: datetime.date) -> str:
    """The items whose ``x-sunset`` date has passed: what the SDK still offers but the API may drop."""
    past = sorted(
        (sunset, where.removeprefix("components.schemas.").replace(".properties.", "."))
        for where, sunset in _sunsets(spec, "")
        if sunset <= today.isoformat()
    )
    if not past:
        return f"no item is past its sunset date (as of {today.isoformat()})"
    lines = [f"{len(past)} item(s) past their sunset date (as of {today.isoformat()}):"]
    lines += [f"  {where} (sunset {sunset})" for sunset, where in past]
    return "\n".join(lines)
