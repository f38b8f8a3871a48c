"""Every ```python example in the README runs, in order, against the fake on loopback HTTP."""

from __future__ import annotations

import asyncio
import re
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from spotnana_events.testing import DEFAULT_COMPANY_ID

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.M | re.S)
CLIENT = ("fake-client-id", "fake-client-secret")


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


def test_the_readme_has_examples_for_each_section() -> None:
    assert len(BLOCKS) >= 7


def test_readme_examples_run(server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SPOTNANA_BASE_URL", server)
    monkeypatch.setenv("SPOTNANA_CLIENT_ID", CLIENT[0])
    monkeypatch.setenv("SPOTNANA_CLIENT_SECRET", CLIENT[1])
    token = httpx.post(
        f"{server}/v2/auth/oauth2-token",
        data={"grant_type": "client_credentials", "client_id": CLIENT[0], "client_secret": CLIENT[1]},
    ).json()["access_token"]
    namespace: dict[str, Any] = {
        "CLIENT_ID": CLIENT[0],
        "CLIENT_SECRET": CLIENT[1],
        "TOKEN": token,
        "USER_TOKEN": "a-user-token",
        "USER_ID": uuid.UUID(int=42),
        "COMPANY_ID": DEFAULT_COMPANY_ID,
    }
    for number, block in enumerate(BLOCKS, 1):
        # Examples are written as the body of an async function; names carry to later ones.
        source = "async def __example():\n" + textwrap.indent(block, "    ") + "    globals().update(locals())\n"
        exec(compile(source, f"README.md example {number}", "exec"), namespace)
        asyncio.run(namespace["__example"]())
    out = capsys.readouterr().out
    assert "Sales kickoff DRAFT" in out
    assert "404 ['event no-such-event not found']" in out
    assert "redacted" in out
    assert "Team offsite DRAFT\ncreateEvent POST /v2/events Offsite" in out
    assert "Seeded over HTTP\ngetEvent" in out
