"""What a failed call reports: one outcome rule, no secrets, bounded messages, typed errors
for absurd bodies (issue 11: major 6's "not sent" half and the error minors)."""

from __future__ import annotations

import json
import logging
from collections.abc import Generator

import httpx
import pytest
from spotnana_event_api.errors import ModelParseError
from spotnana_event_api.models import GetEventResponse
from spotnana_events import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AsyncSpotnana,
    BearerToken,
    SpotnanaError,
    _retry,
)
from spotnana_events._retry import Outcome, classify

from tests.hostile._client_servers import EVENT_ID, http_response, raw_server, recording_transport

SECRET = "s3cr3t-token"


class _RawHeaderAuth(httpx.Auth):
    """Sets the header as given, the way a token with a trailing newline would arrive."""

    def __init__(self, value: str) -> None:
        self.value = value
        self.flows = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.flows += 1
        request.headers["Authorization"] = self.value
        yield request


@pytest.mark.parametrize("value", [f"Bearer {SECRET}\n", f"Bearer {SECRET}\r\nX-Evil: 1", f"Bearer {SECRET}\x00"])
async def test_a_request_httpx_refuses_is_not_sent_not_retried_and_its_header_is_not_shown(
    value: str, sleeps: list[float]
) -> None:
    auth = _RawHeaderAuth(value)
    async with (
        raw_server(lambda request: http_response(200, b"{}")) as (url, seen),
        AsyncSpotnana(base_url=url, auth=auth) as sp,
    ):
        with pytest.raises(APIConnectionError) as caught:
            await sp.events.delete(EVENT_ID)  # not idempotent: "maybe applied" would forbid a retry
    assert seen == []
    assert auth.flows == 1
    assert sleeps == []
    assert caught.value.maybe_applied is False
    rendered = f"{caught.value} {caught.value!r} {caught.value.__cause__!r} {caught.value.__context__!r}"
    assert SECRET not in rendered
    assert "LocalProtocolError" in str(caught.value)


async def test_a_transport_error_quoting_a_header_value_is_scrubbed() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError(f"peer reset while sending {request.headers['Authorization']!r}")

    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken(SECRET), transport=httpx.MockTransport(fail))
    with pytest.raises(APIConnectionError) as caught:
        await sp.events.get(EVENT_ID)
    assert SECRET not in str(caught.value)
    assert caught.value.maybe_applied is True  # a read error: the request may have arrived


async def test_an_error_body_echoing_the_authorization_header_does_not_put_the_token_in_message_or_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A gateway that quotes the request's headers in its error text (message, debugIdentifier)."""

    def echo(request: httpx.Request) -> httpx.Response:
        auth = request.headers["Authorization"]
        body = {"errorMessages": [{"message": f"rejected {auth}"}], "debugIdentifier": f"dbg {auth}"}
        return httpx.Response(400, json=body)

    caplog.set_level(logging.DEBUG, logger="spotnana_events")
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken(SECRET), transport=httpx.MockTransport(echo))
    with pytest.raises(APIStatusError) as caught:
        await sp.events.get(EVENT_ID)
    assert SECRET not in f"{caught.value} {caught.value!r}"
    assert "rejected <not shown>" in str(caught.value)
    assert "(debugIdentifier dbg <not shown>)" in str(caught.value)
    assert SECRET not in caplog.text
    assert "debugIdentifier dbg <not shown>" in caplog.text


async def test_an_error_message_is_not_garbled_by_a_short_token_or_a_public_header_value() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        message = "the event is taken; send application/json"
        return httpx.Response(400, json={"errorMessages": [{"message": message}]})

    transport = httpx.MockTransport(answer)
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport)
    with pytest.raises(APIStatusError) as caught:
        await sp.events.create(body={"name": "x", "location": {}})
    assert "the event is taken; send application/json" in str(caught.value)


async def test_a_debug_identifier_in_a_log_line_is_one_bounded_line(caplog: pytest.LogCaptureFixture) -> None:
    """Server text in a log line: a newline in it would forge a line of its own, and 60 KB of it
    would be written for every failed call."""
    forged = "dbg-1\n2026-01-01 spotnana_events CRITICAL forged line" + "x" * 60_000

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"errorMessages": [], "debugIdentifier": forged})

    caplog.set_level(logging.DEBUG, logger="spotnana_events")
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken(SECRET), transport=httpx.MockTransport(answer))
    with pytest.raises(APIStatusError):
        await sp.events.get(EVENT_ID)
    lines = [record.getMessage() for record in caplog.records]
    assert lines
    assert all("\n" not in line and len(line) < 400 for line in lines)
    assert any("(debugIdentifier dbg-1\\n2026-01-01" in line for line in lines)


@pytest.mark.parametrize(
    ("status", "headers", "outcome"),
    [
        (400, {}, Outcome.REFUSED),
        (404, {}, Outcome.REFUSED),
        (429, {}, Outcome.REFUSED),
        (503, {"Retry-After": "1"}, Outcome.REFUSED),
        (503, {}, Outcome.MAYBE_APPLIED),
        (500, {}, Outcome.MAYBE_APPLIED),
        (502, {}, Outcome.MAYBE_APPLIED),
        (504, {}, Outcome.MAYBE_APPLIED),
        (408, {}, Outcome.MAYBE_APPLIED),
    ],
)
async def test_status_errors_and_retry_decisions_read_one_outcome_rule(
    status: int, headers: dict[str, str], outcome: Outcome
) -> None:
    response = httpx.Response(status, headers=headers, request=httpx.Request("POST", "http://h/v2/x"))
    assert classify(response) is outcome
    transport, _ = recording_transport(lambda request: httpx.Response(status, headers=headers, json={}))
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, max_retries=0)
    with pytest.raises(APIStatusError) as caught:
        await sp.events.delete(EVENT_ID)
    assert caught.value.maybe_applied is outcome.maybe_applied
    decision = _retry.decide(attempt=2, max_retries=2, resend_maybe_applied=False, response=response)
    assert decision.maybe_applied is outcome.maybe_applied


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (httpx.ConnectError("refused"), Outcome.NOT_SENT),
        (httpx.ConnectTimeout("slow"), Outcome.NOT_SENT),
        (httpx.PoolTimeout("full"), Outcome.NOT_SENT),
        (httpx.LocalProtocolError("bad header"), Outcome.NOT_SENT),
        (httpx.ReadTimeout("slow"), Outcome.MAYBE_APPLIED),
        (httpx.WriteError("reset"), Outcome.MAYBE_APPLIED),
        (httpx.RemoteProtocolError("hung up"), Outcome.MAYBE_APPLIED),
    ],
)
def test_transport_errors_are_classified_once(error: Exception, outcome: Outcome) -> None:
    assert classify(error=error) is outcome
    decision = _retry.decide(attempt=5, max_retries=5, resend_maybe_applied=True, error=error)
    assert decision.maybe_applied is outcome.maybe_applied


@pytest.mark.parametrize("retry_after", ["nan", "inf", "-inf", "NaN"])
def test_a_non_finite_retry_after_is_ignored(retry_after: str) -> None:
    assert _retry.parse_retry_after(httpx.Headers({"Retry-After": retry_after})) is None
    assert _retry.parse_retry_after(httpx.Headers({"retry-after-ms": retry_after})) is None


NESTED = b"[" * 100_000 + b"]" * 100_000


async def test_a_deeply_nested_success_body_is_a_typed_error() -> None:
    async with (
        raw_server(lambda request: http_response(200, NESTED)) as (url, _),
        AsyncSpotnana(base_url=url, auth=BearerToken("t")) as sp,
    ):
        with pytest.raises(APIResponseValidationError, match="nested too deeply"):
            await sp.events.get(EVENT_ID)


async def test_a_deeply_nested_error_body_is_a_status_error_without_a_body() -> None:
    nested_object = b'{"errorMessages": ' + NESTED + b"}"
    async with (
        raw_server(lambda request: http_response(400, nested_object)) as (url, _),
        AsyncSpotnana(base_url=url, auth=BearerToken("t")) as sp,
    ):
        with pytest.raises(APIStatusError) as caught:
            await sp.events.get(EVENT_ID)
    assert caught.value.status_code == 400
    assert caught.value.body is None


async def test_a_huge_error_body_makes_a_short_message_and_stays_on_the_exception() -> None:
    message = "x" * 50_000_000
    body = json.dumps({"errorMessages": [{"message": message}], "debugIdentifier": "d" * 10_000}).encode()
    transport, _ = recording_transport(lambda request: httpx.Response(400, content=body))
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport)
    with pytest.raises(APIStatusError) as caught:
        await sp.events.get(EVENT_ID)
    assert len(str(caught.value)) < 1_000
    assert "more characters" in str(caught.value)
    assert caught.value.error_messages == [message]
    assert caught.value.response.content == body


def test_a_lazily_raised_parse_error_is_a_spotnana_error() -> None:
    parsed = GetEventResponse.from_dict({"event": 5})
    with pytest.raises(SpotnanaError) as caught:
        _ = parsed.event
    assert isinstance(caught.value, ModelParseError)
