"""The fake over HTTP, scripted as stripe-mock and LocalStack are: seed file and faults on the
command line, the admin API under /_fake/, all over loopback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from spotnana_events import AsyncSpotnana, ClientCredentials, InternalServerError, NotFoundError
from spotnana_events.testing.__main__ import parse_fault

ROOT = Path(__file__).resolve().parents[2]
OTHER = str(uuid.UUID(int=5))
USER = str(uuid.UUID(int=6))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    seed = {
        "companies": [{"companyId": OTHER, "clientId": "other-co", "clientSecret": "other-secret"}],
        "events": [{"id": "e1", "name": "Seeded offsite", "travelers": {USER: {"eventRsvpState": "INVITED"}}}],
    }
    (tmp_path / "seed.json").write_text(json.dumps(seed))
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "spotnana_events.testing", "--port", str(port), "--seed-file", "seed.json",
         "--fault", "status=500,operation=events.get,times=1"],
        cwd=tmp_path, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert process.stdout is not None
        printed = [process.stdout.readline() for _ in range(3)]
        settings = dict(item.split("=", 1) for item in printed[1].split())
        base_url = settings["SPOTNANA_BASE_URL"]
        assert f"{base_url}/_fake/" in printed[2]
        for _ in range(100):  # the banner is printed just before uvicorn binds
            try:
                httpx.get(f"{base_url}/_fake/state", timeout=1)
                break
            except httpx.TransportError:
                import time

                time.sleep(0.05)
        yield base_url, settings
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_the_scripted_fake_over_loopback(served: tuple[str, dict[str, str]]) -> None:
    base_url, settings = served
    auth = ClientCredentials(settings["SPOTNANA_CLIENT_ID"], settings["SPOTNANA_CLIENT_SECRET"])
    async with (
        AsyncSpotnana(base_url=base_url, auth=auth, max_retries=0) as sp,
        httpx.AsyncClient(base_url=f"{base_url}/_fake") as admin,
    ):
        with pytest.raises(InternalServerError):  # the fault given on the command line
            await sp.events.get("e1")
        assert (await sp.events.get("e1")).event.name == "Seeded offsite"  # the seed file

        seeded = (await admin.post("/seed", json={"events": [{"name": "Added over HTTP"}]})).json()
        (added,) = seeded["events"]
        assert (await sp.events.get(added)).event.name == "Added over HTTP"
        faults = await admin.post("/faults", json={"status": 404, "operation": "get"})
        assert faults.status_code == 200
        with pytest.raises(NotFoundError, match="injected fault"):
            await sp.events.get(added)

        calls = (await admin.get("/calls")).json()["calls"]
        assert [(c["operation"], c["status"]) for c in calls if c["operation"] == "getEvent"] == [
            ("getEvent", 500), ("getEvent", 200), ("getEvent", 200), ("getEvent", 404),
        ]  # fmt: skip
        state = (await admin.get("/state")).json()
        assert {e["name"] for e in state["events"]} == {"Seeded offsite", "Added over HTTP"}
        assert state["travelers"]["e1"][USER]["eventRsvpState"] == "INVITED"

        bad = await admin.post("/faults", json={"status": 500, "operation": "nope"})
        assert bad.status_code == 400
        assert "bulkCancelEvents" in bad.json()["error"]
        assert (await admin.post("/reset")).status_code == 200
        assert (await admin.get("/state")).json()["events"] == []
        with pytest.raises(NotFoundError):
            await sp.events.get("e1")

    other = ClientCredentials("other-co", "other-secret")  # the seeded company's client, before the reset
    async with AsyncSpotnana(base_url=base_url, auth=other, max_retries=0) as theirs:
        with pytest.raises(Exception, match="invalid client credentials"):
            await theirs.events.get("e1")


def test_fault_arguments_parse_like_the_admin_api() -> None:
    fault = parse_fault("status=503,retry_after=1.5,operation=bulk_cancel,times=")
    assert (fault.status, fault.retry_after, fault.operation, fault.times) == (503, 1.5, "bulkCancelEvents", None)
    assert parse_fault('{"latency": 0.2, "times": 3}').latency == 0.2
    with pytest.raises(ValueError, match="unknown fault fields"):
        parse_fault("colour=red")
    with pytest.raises(ValueError, match="key=value"):
        parse_fault("status")
