"""What a spec must satisfy before we pin or generate from it, beyond being OpenAPI 3.

openapi-python-client skips, with a warning, an operation or model it cannot read (an
external or missing ``$ref``, a cycle of references), and the regenerated SDK silently lacks
it. We read nothing from outside the document, so every ``$ref`` must be local (``#/...``)
and resolve; and a path template with ``.`` or ``..`` segments would send a call somewhere
other than the route it names.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from codegen.pin_spec import DATA_KEYWORDS


class SpecCheckError(ValueError):
    """The document cannot be pinned or generated from; the message names each place."""


def pointer(parts: list[str]) -> str:
    """The JSON pointer (RFC 6901) of a location, as a URI fragment: ``#/a/b~1c``."""
    return "#" + "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _references(node: Any, parts: list[str]) -> Iterator[tuple[list[str], str]]:
    """(location, target) of every ``$ref`` that is a reference, not instance data."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _references(item, [*parts, str(index)])
        return
    if not isinstance(node, dict):
        return
    reference = node.get("$ref")
    if isinstance(reference, str):
        yield parts, reference
    for key, value in node.items():
        # Instance data (examples, defaults, enum values) and extensions may hold a "$ref" key.
        if key in DATA_KEYWORDS or key.startswith("x-") or (key == "examples" and isinstance(value, list)):
            continue
        yield from _references(value, [*parts, key])


_MISSING = object()


def _resolve(document: Any, reference: str) -> Any:
    """The node a local reference points at, or _MISSING."""
    node = document
    fragment = urllib.parse.unquote(reference[1:])
    if fragment == "":
        return node
    if not fragment.startswith("/"):
        return _MISSING
    for raw in fragment[1:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return _MISSING
    return node


def reference_problems(document: dict[str, Any]) -> list[str]:
    """One line per ``$ref`` that is external, does not resolve, or only leads to other
    references in a circle (a schema that refers to itself through a property is fine)."""
    problems = []
    for parts, reference in _references(document, []):
        where = pointer(parts)
        if not reference.startswith("#"):
            problems.append(f"{where}: $ref {reference!r} is external; only references inside the document (#/...)")
            continue
        seen = [reference]
        target = _resolve(document, reference)
        while target is not _MISSING and isinstance(target, dict) and isinstance(target.get("$ref"), str):
            following = target["$ref"]
            if following in seen:
                problems.append(f"{where}: $ref {reference!r} is a cycle ({' -> '.join([*seen, following])})")
                break
            if not following.startswith("#"):
                break  # reported where that reference is written
            seen.append(following)
            target = _resolve(document, following)
        else:
            if target is _MISSING:
                via = f" (it leads to {seen[-1]!r}, which names nothing)" if len(seen) > 1 else ""
                problems.append(f"{where}: $ref {reference!r} does not resolve{via}")
    return problems


def path_problems(document: dict[str, Any]) -> list[str]:
    """One line per path template with a ``.`` or ``..`` segment (percent-encoded too)."""
    problems = []
    for path in document.get("paths", {}):
        segments = path.split("/")[1:] if path.startswith("/") else None
        if segments is None:
            problems.append(f"{pointer(['paths', path])}: path {path!r} does not start with '/'")
        elif any(urllib.parse.unquote(segment) in {".", ".."} for segment in segments):
            problems.append(f"{pointer(['paths', path])}: path {path!r} has a '.' or '..' segment")
    return problems


def check(document: dict[str, Any]) -> None:
    """SpecCheckError naming every problem, or nothing."""
    problems = reference_problems(document) + path_problems(document)
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise SpecCheckError(f"{len(problems)} problem(s) in the spec:\n  {shown}{more}")
