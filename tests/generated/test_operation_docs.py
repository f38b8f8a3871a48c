"""Operation docstrings carry the spec's machine facts (issue 12, point 7): operationId,
method and path, the statuses the spec lists, and whether the SDK retries the call.
The facts are read here from the pinned spec and codegen/operations.toml, not retyped."""

from __future__ import annotations

import json
import pydoc
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from spotnana_events import AsyncSpotnana, BearerToken

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi" / "event-api-v2.json").read_text())
TABLE = tomllib.loads((ROOT / "codegen" / "operations.toml").read_text())
METHODS = {"get", "put", "post", "delete", "patch"}


def _spec_operations() -> list[Any]:
    return [
        pytest.param(method.upper(), path, operation, id=operation["operationId"])
        for path, item in SPEC["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


@pytest.mark.parametrize(("method", "path", "operation"), _spec_operations())
def test_help_shows_the_operations_machine_facts(method: str, path: str, operation: dict[str, Any]) -> None:
    row = TABLE.get(operation["operationId"], {})
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"))
    bound = getattr(getattr(sp, row.get("resource", "events")), row.get("name", _snake(operation["operationId"])))
    text = pydoc.render_doc(bound, renderer=pydoc.TextDoc())
    assert f"{method} {path}" in text
    assert f"operationId ``{operation['operationId']}``" in text
    assert f"Responses the spec lists: {', '.join(sorted(operation['responses']))}." in text
    idempotent = row.get("idempotent", method in {"GET", "PUT", "DELETE"})
    retries = " ".join(text.split("Retries:", 1)[1].split())
    assert retries.startswith("idempotent;" if idempotent else "not idempotent;")
    if row.get("reconcile"):
        assert f"``{row['reconcile']}`` finds" in retries
    # No prose from the spec: its summaries and descriptions stay out.
    for prose in (operation.get("summary"), operation.get("description")):
        assert not prose or prose not in text
