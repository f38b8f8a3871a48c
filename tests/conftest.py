"""Shared fixtures: no SPOTNANA_* variable leaks into a test, and retries never really sleep."""

from __future__ import annotations

import pytest
from spotnana_events import _retry

BASE_URL = "http://127.0.0.1:8089"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("SPOTNANA_"):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every wait the SDK asks for, recorded instead of slept."""
    recorded: list[float] = []

    async def record(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retry, "sleep", record)
    return recorded
