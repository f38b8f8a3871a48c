"""The spec's facts the hand-written SDK relies on, read from the fixed spec and rendered
into ``spotnana_event_api/spec_facts.py`` (template ``spec_facts.py.jinja``), so the
overlay imports them instead of retyping them: the sandbox and mock server URLs, the paths'
root, the page-size maximum, the bulk ``maxItems``, every list's item bounds and the
date/time patterns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from codegen.spec_fixes import class_name

TEMPLATES = Path(__file__).parent / "templates"
_BULK_PREFIX = "bulk"  # operationIds of the bulk endpoints (bulkPublishEvents, ...)
# On the server the fixes add (spec-fixes.overlay.json): Spotnana's mock server, which the API
# reference names beside the sandbox and the downloaded spec leaves out.
MOCK_SERVER = "x-mock-server"


class SpecFactError(ValueError):
    """The spec no longer states a fact the SDK relies on (or states it two ways)."""


def _schemas(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(spec.get("components", {}).get("schemas", {}))


def _request_schema(operation: dict[str, Any]) -> str | None:
    ref = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _one(values: set[int], what: str) -> int:
    if len(values) != 1:
        raise SpecFactError(f"the spec gives {what} as {sorted(values) or 'nothing'}, expected one value")
    return values.pop()


def facts(spec: dict[str, Any]) -> dict[str, Any]:
    """The facts, as plain data for the template."""
    schemas = _schemas(spec)
    servers = spec.get("servers") or []
    if not servers:
        raise SpecFactError("the spec names no server: no sandbox base URL")
    mocks = {server["url"] for server in servers if server.get(MOCK_SERVER)}
    if len(mocks) != 1:
        raise SpecFactError(f"the fixed spec names {sorted(mocks) or 'no'} mock server(s), expected one")
    # The sandbox is the spec's first server that is not the mock (a later spec may list the mock too).
    sandboxes = [server["url"] for server in servers if server["url"] not in mocks]
    if not sandboxes:
        raise SpecFactError("the spec names no server: no sandbox base URL")
    list_bounds = {
        (class_name(name, schema), field): (prop.get("minItems", 0), prop.get("maxItems"))
        for name, schema in sorted(schemas.items())
        for field, prop in schema.get("properties", {}).items()
        if prop.get("type") == "array" and ("minItems" in prop or "maxItems" in prop)
    }
    page_limits = {
        schema["properties"]["limit"]["maximum"]
        for schema in schemas.values()
        if {"offset", "limit"} <= set(schema.get("properties", {})) and "maximum" in schema["properties"]["limit"]
    }
    bulk_schemas = {
        _request_schema(operation)
        for item in spec.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and str(operation.get("operationId", "")).startswith(_BULK_PREFIX)
    }
    bulk_limits = {
        prop["maxItems"]
        for name in bulk_schemas
        if name is not None
        for prop in schemas[name].get("properties", {}).values()
        if "maxItems" in prop
    }
    patterns = {
        class_name(name, schema): schema["properties"]["iso8601"]["pattern"]
        for name, schema in sorted(schemas.items())
        if "pattern" in schema.get("properties", {}).get("iso8601", {})
    }
    roots = {"/" + path.split("/")[1] + "/" for path in spec.get("paths", {})}
    if len(roots) != 1:
        raise SpecFactError(f"the spec's paths start with {sorted(roots) or 'nothing'}, expected one root")
    return {
        "sandbox_base_url": sandboxes[0],
        "mock_base_url": mocks.pop(),
        "api_path_root": roots.pop(),
        "max_page_size": _one(page_limits, "the page-size maximum (`limit`)"),
        "max_bulk_items": _one(bulk_limits, "the bulk requests' maxItems"),
        "list_bounds": list_bounds,
        "date_time_patterns": patterns,
    }


def render(spec: dict[str, Any]) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )
    return environment.get_template("spec_facts.py.jinja").render(facts=facts(spec))
