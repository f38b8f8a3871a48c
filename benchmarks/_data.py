"""Realistic payloads built from the spec's schemas (every property filled, arrays of two)."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

from codegen import spec_fixes

ROOT = Path(__file__).resolve().parent.parent
REF = "#/components/schemas/"


@functools.cache
def _schemas() -> dict[str, Any]:
    spec = spec_fixes.fix(json.loads((ROOT / "openapi" / "event-api-v2.json").read_text()))
    return dict(spec["components"]["schemas"])


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = _schemas()[schema["$ref"].removeprefix(REF)]
    return schema


_STRINGS = {"uuid": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "email": "traveler@example.com"}


def rich(schema: dict[str, Any], depth: int = 0) -> Any:
    schema = _resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][min(1, len(schema["enum"]) - 1)]
    if "oneOf" in schema:
        return rich(schema["oneOf"][0], depth + 1)
    kind = schema.get("type", "object")
    if kind == "array":
        return [] if depth > 5 else [rich(schema["items"], depth + 1) for _ in range(2 if depth < 4 else 1)]
    if kind == "object":
        required = schema.get("required", [])
        return {k: rich(v, depth + 1) for k, v in schema.get("properties", {}).items() if depth <= 4 or k in required}
    if "example" in schema and not isinstance(schema["example"], dict | list):
        return schema["example"]
    if kind == "string":
        return _STRINGS.get(schema.get("format", ""), "text")
    return {"integer": 3, "number": 2.5, "boolean": True}.get(kind)


@functools.cache
def _event_template() -> dict[str, Any]:
    return dict(rich({"$ref": REF + "Event"}))


def event(n: int) -> dict[str, Any]:
    """A realistic event (about 9 KB of JSON) with its own id and name."""
    document = copy.deepcopy(_event_template())
    document["id"] = str(6926658168 + n)
    document["name"] = f"Event {n:05d}"
    return document
