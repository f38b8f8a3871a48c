"""Request validation for the fake: the generated models plus the constraints that matter."""

from __future__ import annotations

import json
import re
from enum import Enum
from typing import Any, TypeVar, cast

import attrs
import httpx
from spotnana_event_api.errors import MissingRequiredFieldError, ModelParseError, UnknownVariantError
from spotnana_event_api.spec_facts import DATE_TIME_PATTERNS
from spotnana_event_api.types import UNSET, UnknownVariant

__all__ = ["MAX_BODY", "BadRequest", "parse_body"]

MAX_BODY = 5 * 1024 * 1024  # larger request bodies get a 400, as a gateway would refuse them

M = TypeVar("M")

# The spec's string patterns (all on `iso8601` of its three date types), by model class.
_PATTERNS = {name: re.compile(pattern) for name, pattern in DATE_TIME_PATTERNS.items()}

_PRIMITIVES: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


class BadRequest(Exception):
    """Answered with 400 and the spec's ErrorResponse naming the field."""

    def __init__(self, message: str, *, code: str = "INVALID_REQUEST") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _json_name(python_name: str) -> str:
    head, *rest = python_name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _type_ok(value: object, annotation: str) -> bool:
    base = annotation.replace(" | Unset", "").strip()
    if base in _PRIMITIVES:
        return isinstance(value, _PRIMITIVES[base]) and not (base in {"int", "float"} and isinstance(value, bool))
    if base.startswith("list[") and base.endswith("]"):
        if not isinstance(value, list):
            return False
        inner = base[5:-1]
        return inner not in _PRIMITIVES or all(_type_ok(item, inner) for item in value)
    return True


def problems(obj: object, path: str = "") -> list[str]:
    """Wrong JSON types and enum values the spec does not list, by JSON path."""
    if isinstance(obj, UnknownVariant):
        return [f"{path}: matches none of the oneOf variants (keys {sorted(obj.data)})"]
    if isinstance(obj, Enum):
        return [f"{path}: {obj.value!r} is not an allowed value"] if getattr(obj, "is_unknown", False) else []
    if isinstance(obj, list):
        return [p for index, item in enumerate(obj) for p in problems(item, f"{path}[{index}]")]
    if not attrs.has(type(obj)):
        return []
    pattern = _PATTERNS.get(type(obj).__name__)
    iso8601 = getattr(obj, "iso8601", None)
    if pattern is not None and isinstance(iso8601, str) and not pattern.match(iso8601):
        return [f"{path}.iso8601: {iso8601!r} does not match {pattern.pattern}"]
    found: list[str] = []
    for field in attrs.fields(cast(Any, type(obj))):
        if field.name in {"additional_properties", "_raw"}:
            continue
        value = getattr(obj, field.name)
        if value is UNSET:
            continue
        where = f"{path}.{_json_name(field.name)}" if path else _json_name(field.name)
        if isinstance(field.type, str) and not _type_ok(value, field.type):
            found.append(f"{where}: expected {field.type.replace(' | Unset', '')}, got {type(value).__name__}")
            continue
        found.extend(problems(value, where))
    return found


def parse_body(request: httpx.Request, model: type[M]) -> tuple[M, dict[str, Any]]:
    """Parse and check a JSON body; raise BadRequest naming what is wrong."""
    name = model.__name__
    content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if request.content and content_type != "application/json" and not content_type.endswith("+json"):
        raise BadRequest(f"Content-Type {content_type or '(none)'!r} is not application/json ({name} expected)")
    if len(request.content) > MAX_BODY:
        raise BadRequest(f"request body is larger than {MAX_BODY} bytes ({name} expected)")
    try:
        document = json.loads(request.content or b"null")
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(f"request body is not valid JSON ({name} expected)") from None
    except RecursionError:
        raise BadRequest(f"request body is nested too deeply ({name} expected)") from None
    if not isinstance(document, dict):
        raise BadRequest(f"request body must be a JSON object ({name})")
    try:
        parsed = model.from_dict(document)  # type: ignore[attr-defined]
        # Models parse lazily: walking every field parses it all, so every problem shows now.
        found = problems(parsed)
        canonical = parsed.to_dict()
    except MissingRequiredFieldError as exc:
        raise BadRequest(f"{exc.field} is required ({exc.model})", code="MISSING_FIELD") from None
    except UnknownVariantError as exc:
        raise BadRequest(f"{exc.union}: no variant matches") from None
    except (ModelParseError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise BadRequest(f"malformed {name}: {exc}") from None
    except RecursionError:
        raise BadRequest(f"request body is nested too deeply ({name} expected)") from None
    if found:
        raise BadRequest(found[0])
    # The model's own serialisation: nulls dropped (absent), unknown keys kept.
    return parsed, canonical


def check_items(field: str, items: list[Any] | Any, *, minimum: int = 0, maximum: int) -> None:
    """The spec's minItems/maxItems for a list field."""
    count = len(items) if isinstance(items, list) else 0
    if not minimum <= count <= maximum:
        raise BadRequest(f"{field} must have {minimum}..{maximum} items, got {count}")
