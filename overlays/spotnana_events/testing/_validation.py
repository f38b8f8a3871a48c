"""Request validation for the fake: the generated models' own strict request check
(``Model.from_request``), plus the few rules the spec cannot express."""

from __future__ import annotations

import json
from typing import Any, TypeVar

import httpx
from spotnana_event_api.errors import MissingRequiredFieldError, ModelParseError, RequestValidationError
from spotnana_event_api.types import check_request_json

__all__ = ["MAX_BODY", "BadRequest", "body_too_large", "declared_too_large", "is_json", "parse_body"]

MAX_BODY = 5 * 1024 * 1024  # larger request bodies get a 400, as a gateway would refuse them

M = TypeVar("M")


class BadRequest(Exception):
    """Answered with 400 and the spec's ErrorResponse naming the field."""

    def __init__(self, message: str, *, code: str = "INVALID_REQUEST") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def is_json(content_type: str | None) -> bool:
    """Whether a ``Content-Type`` is JSON's (``application/json``, ``application/problem+json``)."""
    media = (content_type or "").partition(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def declared_too_large(content_length: str | None) -> bool:
    """Whether a ``Content-Length`` announces a body over ``MAX_BODY`` (never parsing a huge number)."""
    if content_length is None or not content_length.isdigit():
        return False
    digits = content_length.lstrip("0")
    return len(digits) > len(str(MAX_BODY)) or int(digits or "0") > MAX_BODY


def body_too_large(request: httpx.Request) -> str | None:
    """Why a request's body is over ``MAX_BODY``, or None. Over HTTP no more than one byte past
    the limit is read (``_asgi``), so the declared length counts as much as what was read."""
    if len(request.content) > MAX_BODY or declared_too_large(request.headers.get("content-length")):
        return f"request body is larger than {MAX_BODY} bytes"
    return None


def problems(parsed: Any) -> list[str]:
    """What in a parsed model breaks the spec (wrong JSON types, enum values it does not list,
    patterns, bounds), through the generated request check. Unknown keys are allowed: a
    seeded document may carry fields a later spec adds."""
    try:
        check_request_json(type(parsed), parsed.to_dict(), unknown_keys=True)
    except RequestValidationError as exc:
        return [str(exc)]
    return []


def parse_body(request: httpx.Request, model: type[M]) -> tuple[M, dict[str, Any]]:
    """Parse and check a JSON body; raise BadRequest naming what is wrong."""
    name = model.__name__
    content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if request.content and not is_json(content_type):
        raise BadRequest(f"Content-Type {content_type or '(none)'!r} is not application/json ({name} expected)")
    try:
        document = json.loads(request.content or b"null")
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(f"request body is not valid JSON ({name} expected)") from None
    except RecursionError:
        raise BadRequest(f"request body is nested too deeply ({name} expected)") from None
    if not isinstance(document, dict):
        raise BadRequest(f"request body must be a JSON object ({name})")
    try:
        model.from_dict(document)  # type: ignore[attr-defined]  # a missing top-level key: MISSING_FIELD
        parsed = model.from_request(document)  # type: ignore[attr-defined]
        canonical = parsed.to_dict()
    except MissingRequiredFieldError as exc:
        raise BadRequest(f"{exc.field} is required ({exc.model})", code="MISSING_FIELD") from None
    except RequestValidationError as exc:
        raise BadRequest(str(exc)) from None
    except (ModelParseError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise BadRequest(f"malformed {name}: {exc}") from None
    except RecursionError:
        raise BadRequest(f"request body is nested too deeply ({name} expected)") from None
    # The model's own serialisation: nulls dropped (absent).
    return parsed, canonical


def check_items(field: str, items: list[Any] | Any, *, minimum: int = 0, maximum: int) -> None:
    """The spec's minItems/maxItems for a list field."""
    count = len(items) if isinstance(items, list) else 0
    if not minimum <= count <= maximum:
        raise BadRequest(f"{field} must have {minimum}..{maximum} items, got {count}")
