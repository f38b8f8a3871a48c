"""Every ```python example in the README runs, in order, against the fake on loopback HTTP.

The examples run from ``tests/typed_sample/readme_examples.py``, the module derived from the
README that ``make lint`` type-checks; the first test checks it is the README's current text."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from codegen import readme_examples as derive
from tests.typed_sample import readme_examples

ROOT = Path(__file__).resolve().parents[2]
CLIENT = (readme_examples.CLIENT_ID, readme_examples.CLIENT_SECRET)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "spotnana_events.testing", "--port", str(port)], stdout=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(f"{url}/v2/events/1", timeout=1)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the fake did not start"
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_the_typed_sample_is_the_readmes_examples_as_they_are_now() -> None:
    """``make generate`` derives it; ``make check-generated`` (and this) fail when it is stale."""
    assert (ROOT / "tests" / "typed_sample" / "readme_examples.py").read_text() == derive.module(
        (ROOT / "README.md").read_text()
    )


def test_the_readme_has_examples_for_each_section() -> None:
    examples = derive.examples((ROOT / "README.md").read_text())
    assert len(readme_examples.RUN) >= 8
    assert len(examples) == len(readme_examples.RUN) + 3  # the fleet, fixture and mock-server ones: checked only
    assert {example.section for example in examples} >= {
        "Quickstart",
        "Errors and retries",
        "Paging",
        "Bulk operations",
        "Waiting for jobs",
    }


def test_readme_examples_run(server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SPOTNANA_BASE_URL", server)
    monkeypatch.setenv("SPOTNANA_CLIENT_ID", CLIENT[0])
    monkeypatch.setenv("SPOTNANA_CLIENT_SECRET", CLIENT[1])
    token = httpx.post(
        f"{server}/v2/auth/oauth2-token",
        data={"grant_type": "client_credentials", "client_id": CLIENT[0], "client_secret": CLIENT[1]},
    ).json()["access_token"]
    monkeypatch.setattr(readme_examples, "TOKEN", token)
    for example in readme_examples.RUN:
        asyncio.run(example())
    out = capsys.readouterr().out
    assert "Sales kickoff DRAFT\nEvent(id='" in out
    assert "UNSET" not in out
    assert "404 ['event no-such-event not found'] fake-" in out
    assert "\nTrue\n['DUPLICATE_EXTERNAL_ID']\n" in out
    assert "redacted" in out
    assert "Team offsite DRAFT\ncreateEvent POST /v2/events Offsite" in out
    assert "Seeded over HTTP\ngetEvent" in out
