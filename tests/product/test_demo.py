"""The main job runs end to end, and the fake serves over loopback HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_the_main_job_end_to_end() -> None:
    """`make demo`'s script: fake on loopback HTTP, the whole session, exit 0 and a summary."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "OAuth2 login: 1 token request for 120 concurrent calls" in out
    assert "bulk publish: 120/120 items" in out
    assert "first page: 25 events of 120, more: True" in out
    assert "crawled 120 events in 5 pages" in out
    assert "cancel jobs: 120/120 jobs done" in out
    assert "cancel jobs finished: 120 succeeded, 0 failed" in out
    assert "events cancelled     120" in out
    assert out.rstrip().endswith("demo OK")


def test_demo_fails_clearly_when_the_server_is_unreachable() -> None:
    """A failing session exits non-zero with a message naming the error."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {"SPOTNANA_CLIENT_ID": "id", "SPOTNANA_CLIENT_SECRET": "secret", "PATH": ""}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "demo.py"),
            "--base-url",
            f"http://127.0.0.1:{port}",
            "--company-id",
            "f49d00fe-1eda-4304-ba79-a980f565281d",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert result.returncode == 1
    # The first request of an unreachable server is the token request: reported as such (an APIConnectionError).
    assert "demo failed: TokenRequestError: token request failed" in result.stderr


def test_python_m_testing_serves_the_fake_over_loopback_http() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "spotnana_events.testing", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.post(
                    f"http://127.0.0.1:{port}/v2/auth/oauth2-token",
                    data={
                        "grant_type": "client_credentials",
                        "client_id": "fake-client-id",
                        "client_secret": "fake-client-secret",
                    },
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the fake did not start"
                time.sleep(0.1)
        assert response.status_code == 200
        token = response.json()["access_token"]
        missing = httpx.get(f"http://127.0.0.1:{port}/v2/events/1", headers={"Authorization": f"Bearer {token}"})
        assert missing.status_code == 404
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_python_m_testing_loads_every_model_before_it_serves() -> None:
    """A model imported on a first request would block the server's event loop while requests queue."""
    probe = (
        "import sys, uvicorn\n"
        "from spotnana_event_api import models\n"
        "def run(*args, **kwargs):\n"
        "    loaded = [n for n in models.__all__ if n in vars(models)]\n"
        "    print('loaded', len(loaded), 'of', len(models.__all__))\n"
        "uvicorn.run = run\n"
        "from spotnana_events.testing.__main__ import main\n"
        "sys.exit(main(['--port', '9']))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    loaded, total = result.stdout.split("loaded ")[1].split(" of ")
    assert int(loaded) == int(total) > 400
