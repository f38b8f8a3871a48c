"""Library logging conventions (as httpx): silent unless configured, SPOTNANA_LOG configures only
our logger and never duplicates a line, debug lines carry the real path and the server's debug
identifier, info gives one line per completed call; no secret in any of them."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from spotnana_events import AsyncSpotnana, ClientCredentials, TokenRequestError
from spotnana_events.testing import FakeEventAPI, Fault

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import asyncio, logging, sys
if {app_configures}:
    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="APP %(name)s %(message)s")
from spotnana_events import NotFoundError
from spotnana_events.testing import FakeEventAPI, Fault

async def main():
    fake = FakeEventAPI()
    event_id = fake.seed_event({{"id": "ev/7"}})
    fake.add_fault(Fault(status=503, retry_after=0, operation="get"))
    async with fake.client() as sp:
        await sp.events.get(event_id)
        try:
            await sp.events.get("missing-1")
        except NotFoundError:
            pass
    print(fake.credentials[1], *fake.tokens)

asyncio.run(main())
"""


def _run(*, spotnana_log: str | None, app_configures: bool) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPOTNANA_")}
    if spotnana_log:
        env["SPOTNANA_LOG"] = spotnana_log
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(app_configures=app_configures)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout, result.stderr


def _ours(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "spotnana_events" in line]


def test_an_app_that_has_not_configured_logging_sees_nothing() -> None:
    """A retried 503 logs a warning: without a NullHandler, Python's last-resort handler prints it."""
    _, stderr = _run(spotnana_log=None, app_configures=False)
    assert stderr == ""


@pytest.mark.parametrize("app_configures", [False, True], ids=["alone", "app-configured-too"])
def test_spotnana_log_prints_each_line_once_with_the_real_path(app_configures: bool) -> None:
    stdout, stderr = _run(spotnana_log="debug", app_configures=app_configures)
    lines = _ours(stderr)
    assert len(lines) == len(set(lines)), stderr  # never a duplicate
    text = "\n".join(lines)
    assert "GET /v2/events/ev%2F7 -> 503 (debugIdentifier fake-1) (attempt 1," in text
    assert "GET /v2/events/ev%2F7 -> 200 (attempt 2," in text
    assert "getEvent GET /v2/events/ev%2F7 -> 200 in " in text
    assert ", 2 attempts" in text
    assert "GET /v2/events/missing-1 -> 404 (debugIdentifier fake-" in text
    for secret in stdout.split():
        assert secret not in stderr
    if app_configures:
        assert all(line.startswith("APP ") for line in lines)  # the app's handler, not ours
    else:
        assert lines
        assert not any(line.startswith("APP ") for line in lines)


def test_spotnana_log_touches_only_our_logger() -> None:
    code = (
        "import logging, os; os.environ['SPOTNANA_LOG'] = 'debug';"
        "from spotnana_events import AsyncSpotnana, BearerToken;"
        "AsyncSpotnana(base_url='http://127.0.0.1:1', auth=BearerToken('t'));"
        "AsyncSpotnana(base_url='http://127.0.0.1:1', auth=BearerToken('t'));"
        "ours = logging.getLogger('spotnana_events');"
        "print(logging.getLogger().level, logging.getLogger().handlers, len(ours.handlers), ours.level)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["30", "[]", "2", "10"]  # root untouched; NullHandler + one stderr handler


def test_info_offers_one_line_per_completed_call() -> None:
    _, stderr = _run(spotnana_log="info", app_configures=False)
    lines = _ours(stderr)
    completed = [line for line in lines if " INFO " in line]
    assert len(completed) == 2, stderr  # get (after a retry), get (404)
    assert not [line for line in lines if " DEBUG " in line]


async def test_each_token_request_logs_a_debug_line(caplog: pytest.LogCaptureFixture) -> None:
    """One line per token request attempt, as for API attempts; never the secret or the token."""
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    fake.add_fault(Fault(status=503, retry_after=0, operation="token", times=1))
    with caplog.at_level(logging.DEBUG, logger="spotnana_events"):
        async with fake.client() as sp:
            await sp.events.get(event_id)
    debug = [record.getMessage() for record in caplog.records if record.levelno == logging.DEBUG]
    assert debug[0].startswith("token request POST /v2/auth/oauth2-token -> 503 (debugIdentifier fake-1) (attempt 1, ")
    assert debug[1].startswith("token request POST /v2/auth/oauth2-token -> 200 (attempt 2, ")
    assert debug[2].startswith(f"GET /v2/events/{event_id} -> 200 (attempt 1, ")
    assert len(debug) == 3
    for secret in (fake.credentials[1], *fake.tokens):
        assert secret not in caplog.text


async def test_a_token_request_that_got_no_answer_shows_on_the_calls_line(caplog: pytest.LogCaptureFixture) -> None:
    def refuse_tokens(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    sp = AsyncSpotnana(
        base_url="http://127.0.0.1:9", auth=ClientCredentials("id", "s3cret-value"),
        transport=httpx.MockTransport(refuse_tokens), max_retries=0,
    )  # fmt: skip
    with caplog.at_level(logging.DEBUG, logger="spotnana_events"), pytest.raises(TokenRequestError):
        await sp.events.get("42")
    (line,) = [record.getMessage() for record in caplog.records if record.levelno == logging.DEBUG]
    assert line.startswith(
        "GET /v2/events/42 -> ConnectError on the token request POST /v2/auth/oauth2-token (attempt 1, "
    )
    assert "s3cret-value" not in caplog.text
