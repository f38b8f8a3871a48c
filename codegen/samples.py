"""Documents made from the spec's schemas, and the JSON a mock server of the spec answers.

One builder, two sizes: ``document(schema, schemas)`` is a minimal instance (required
properties only; tests build requests from it), ``document(..., every_property=True)`` fills
every property, one item per list, cutting the recursion of a schema that contains itself.
Both take the first enum value and the first ``oneOf`` variant, and are valid against the
*fixed* spec (its union rules require each variant's tag or key).

``render`` writes ``spotnana_event_api/response_samples.py`` (template
``response_samples.py.jinja``): per operation, the spec's own example of its success
answer where it gives one, and a full document made from the answer's schema. Spotnana's
mock server answers the first, else something like the second; the fake answers the second
for an operation it has no handler for. Generated data, not a runtime copy of the spec: a
vendored copy has no ``openapi/`` folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from codegen.spec_fixes import SCHEMA_REF

TEMPLATES = Path(__file__).parent / "templates"

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


class _Cut:
    """A schema met again inside itself: the property holding it is left out."""


_CUT = _Cut()


def resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].removeprefix(SCHEMA_REF)]
    return schema


def document(schema: dict[str, Any], schemas: dict[str, Any], *, every_property: bool = False) -> Any:
    """An instance of ``schema`` (component schemas from ``schemas``): see the module docstring."""
    built = _build(schema, schemas, every_property, ())
    if built is _CUT:
        raise ValueError("the schema requires an instance of itself: no finite document exists")
    return built


def _build(schema: dict[str, Any], schemas: dict[str, Any], every: bool, path: tuple[str, ...]) -> Any:
    if every and "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_REF)
        if name in path:
            return _CUT
        path = (*path, name)
    schema = resolve(schema, schemas)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "oneOf" in schema:
        for variant in schema["oneOf"] if every else schema["oneOf"][:1]:
            built = _build(variant, schemas, every, path)
            if built is not _CUT:
                return built
        return _CUT
    kind = schema.get("type", "object")
    if kind == "array":
        least = schema.get("minItems", 0)
        count = max(least, 1 if every else 0)
        item = _build(schema["items"], schemas, every, path) if count else None
        if item is _CUT:
            return _CUT if least else []
        return [item for _ in range(count)]
    if kind == "object":
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        names = list(properties) if every else [name for name in required if name in properties]
        built_object = {}
        for name in names:
            value = _build(properties[name], schemas, every, path)
            if value is _CUT:
                if name in required:
                    return _CUT
                continue
            built_object[name] = value
        return built_object
    if "pattern" in schema and isinstance(schema.get("example"), str):
        return schema["example"]  # the spec's own example fits its pattern
    if kind == "string":
        return _SCALARS.get(("string", schema.get("format")), "x")
    value = _SCALARS[(kind, schema.get("format"))]
    return max(value, schema.get("minimum", value))


def _success_json(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON media type of the operation's first 2xx answer (None: that answer has no body)."""
    for status in sorted(operation.get("responses", {})):
        if str(status).startswith("2"):
            content = operation["responses"][status].get("content", {})
            media = content.get("application/json")
            return media if isinstance(media, dict) else None
    return None


def _example(media: dict[str, Any]) -> tuple[bool, Any]:
    """(found, value) of the spec's own example of an answer: the media type's ``example``,
    its first ``examples`` value, or the ``example`` beside the answer's schema reference."""
    if "example" in media:
        return True, media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return True, example["value"]
    schema = media.get("schema", {})
    if isinstance(schema, dict) and "example" in schema:
        return True, schema["example"]
    return False, None


def operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(operationId, operation) of every operation, in the spec's order."""
    return [
        (operation["operationId"], operation)
        for item in spec.get("paths", {}).values()
        for method, operation in item.items()
        if method != "parameters" and isinstance(operation, dict) and "operationId" in operation
    ]


def response_documents(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(examples, samples) by operationId, for the fixed spec ``spec``. A sample is None
    for an operation whose success answer has no body."""
    schemas = spec.get("components", {}).get("schemas", {})
    examples: dict[str, Any] = {}
    samples: dict[str, Any] = {}
    for operation_id, operation in operations(spec):
        media = _success_json(operation)
        if media is None or "schema" not in media:
            samples[operation_id] = None
            continue
        found, example = _example(media)
        if found:
            examples[operation_id] = example
        samples[operation_id] = document(media["schema"], schemas, every_property=True)
    return examples, samples


def render(spec: dict[str, Any]) -> str:
    examples, samples = response_documents(spec)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )
    # repr keeps the spec's key order (jinja's pprint would sort it); ruff formats the module.
    template = environment.get_template("response_samples.py.jinja")
    return template.render(examples=repr(examples), samples=repr(samples))
