"""The fake and its fixture's type import where pytest is not installed: the `testing` extra
does not bring pytest, and `from spotnana_events.testing import SpotnanaFake` must still work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from spotnana_events import testing
from spotnana_events.testing import plugin

ROOT = Path(__file__).resolve().parents[2]

# Importing pytest (or uvicorn, which only the HTTP server needs) raises ImportError, as where
# it is not installed; the script then uses the fake and the fixture's type for real.
SCRIPT = """
import asyncio, sys
for name in ("pytest", "_pytest", "uvicorn"):
    sys.modules[name] = None
from spotnana_events.testing import FakeEventAPI, SpotnanaFake

async def main():
    fake = FakeEventAPI()
    pair = SpotnanaFake(fake, fake.client())
    async with pair.client as sp:
        print((await sp.events.get(fake.seed_event({"name": "No pytest here"}))).event.name)
    try:
        import pytest
    except ImportError:
        print("pytest blocked")

asyncio.run(main())
"""


def test_spotnana_fake_imports_and_works_without_pytest() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["No pytest here", "pytest blocked"]


def test_the_plugin_gives_the_same_type() -> None:
    """Annotating with `spotnana_events.testing.SpotnanaFake` names what the fixture returns."""
    assert plugin.SpotnanaFake is testing.SpotnanaFake
    assert isinstance(plugin.spotnana_fake.__wrapped__(), testing.SpotnanaFake)  # type: ignore[attr-defined]
