"""JSON payloads built from a document's schemas: required-only, full, and with `null`
in every required nullable field."""

from __future__ import annotations

from typing import Any

_FORMATS = {
    "date": "2024-01-02",
    "date-time": "2024-01-02T03:04:05+00:00",
    "uuid": "12345678-1234-5678-1234-567812345678",
}
_SCALARS = {"integer": 2, "number": 1.5, "boolean": True, "string": "s"}


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def nullable(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = _resolve(document, schema)
    kinds = schema.get("type")
    variants = schema.get("oneOf", [])
    return bool(
        schema.get("nullable")
        or (isinstance(kinds, list) and "null" in kinds)
        or any(v.get("type") == "null" for v in variants)
    )


def sample(document: dict[str, Any], schema: dict[str, Any], mode: str, depth: int = 0) -> Any:
    """mode: "required" (required keys only), "full" (every key), "nulls" (required
    only, `null` where the field is nullable)."""
    schema = _resolve(document, schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(sample(document, part, mode, depth))
        return merged
    if "oneOf" in schema:
        variants = [v for v in schema["oneOf"] if v.get("type") != "null" and v != {}]
        value = sample(document, variants[0], mode, depth)
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(value, dict):
            name = variants[0]["$ref"].rsplit("/", 1)[-1]
            tags = [t for t, ref in discriminator.get("mapping", {}).items() if ref.endswith("/" + name)]
            value[discriminator["propertyName"]] = tags[0] if tags else name
        return value
    kinds = schema.get("type", "object")
    kind = next(k for k in kinds if k != "null") if isinstance(kinds, list) else kinds
    if kind == "array":
        return [sample(document, schema.get("items", {}), mode, depth + 1)] if depth < 3 else []
    if kind == "object":
        required = schema.get("required", [])
        out: dict[str, Any] = {}
        for key, sub in schema.get("properties", {}).items():
            if key in required:
                out[key] = (
                    None if mode == "nulls" and nullable(document, sub) else sample(document, sub, mode, depth + 1)
                )
            elif mode == "full" and depth < 3:
                out[key] = sample(document, sub, mode, depth + 1)
        extra = schema.get("additionalProperties")
        if mode == "full" and isinstance(extra, dict) and depth < 3:
            out["extraKey"] = sample(document, extra, "required", depth + 1)
        return out
    return _FORMATS.get(schema.get("format", ""), _SCALARS.get(kind, "s"))
