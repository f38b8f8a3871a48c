"""``python -m spotnana_events.testing``'s arguments: the admin API is unauthenticated, so a
non-loopback address needs --allow-remote (and warns), and every value is checked before the
fake serves (faults by the Fault constructor's own check, seeds by seed_events' bound)."""

from __future__ import annotations

from typing import Any

import pytest
import uvicorn
from spotnana_events.testing import __main__ as cli
from spotnana_events.testing._api import MAX_SEED_EVENTS


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What would have been served (uvicorn.run's arguments): nothing binds in these tests."""
    runs: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: runs.append(kwargs))
    return runs


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.7", "fake.example"])
def test_a_non_loopback_host_is_refused_without_allow_remote(
    host: str, started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    error = _refused(["--host", host], capsys)
    assert f"--host {host} is not a loopback address" in error
    assert "admin API (/_fake/) has no authentication" in error
    assert "--allow-remote" in error
    assert started == []


def test_allow_remote_binds_it_with_a_warning(
    started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--host", "0.0.0.0", "--allow-remote", "--port", "8123"]) == 0
    printed = capsys.readouterr()
    assert printed.err.startswith("warning: --host 0.0.0.0 is not a loopback address")
    assert "fake Event API on http://127.0.0.1:8123" in printed.out  # a wildcard is reached on loopback
    (run,) = started
    assert (run["host"], run["port"]) == ("0.0.0.0", 8123)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_hosts_start_silently(
    host: str, started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--host", host]) == 0
    assert capsys.readouterr().err == ""
    assert started[0]["host"] == host


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--seed-events", str(MAX_SEED_EVENTS + 1)], f"from 0 to {MAX_SEED_EVENTS:,}"),
        (["--seed-events", "-1"], f"from 0 to {MAX_SEED_EVENTS:,}"),
        (["--fault", "status=200"], "Fault.status must be from 400 to 599, got 200"),
        (["--fault", "status=503,retry_after=soon"], "Fault.retry_after must be a number"),
        (["--fault", '{"status": 503, "times": "2"}'], "Fault.times must be an integer"),
        (["--fault", "{not json"], "--fault: Expecting property name"),
        (["--latency", "-1"], "Fault.latency must be at least 0"),
        (["--latency", "nan"], "Fault.latency must be at least 0, got nan"),
        (["--port", "0"], "--port must be from 1 to 65535"),
        (["--port", "70000"], "--port must be from 1 to 65535"),
        (["--token-ttl", "0"], "--token-ttl and --job-polls must be at least 1"),
    ],
)
def test_bad_arguments_are_refused_before_serving(
    argv: list[str], message: str, started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert message in _refused(argv, capsys)
    assert started == []


def test_a_deeply_nested_seed_file_is_refused(
    tmp_path: Any, started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text("[" * 100_000)
    assert "--seed-file: the document is nested too deeply" in _refused(["--seed-file", str(seed)], capsys)
    assert started == []
