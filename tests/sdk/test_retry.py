"""The retry layer: pure decisions, and the rules applied to real calls."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from spotnana_event_api.models import CreateEventRequest
from spotnana_events import (
    APIConnectionError,
    APITimeoutError,
    AsyncSpotnana,
    BearerToken,
    InternalServerError,
    RateLimitError,
    _retry,
)

from tests.conftest import BASE_URL

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0.5"}, 0.5),
        ({"Retry-After": "-4"}, 0.0),
        ({"Retry-After": "86400"}, 86400.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"Retry-After": format_datetime(datetime.fromtimestamp(NOW, UTC) + timedelta(seconds=7), usegmt=True)}, 7.0),
        ({"Retry-After": format_datetime(datetime.fromtimestamp(NOW, UTC) - timedelta(seconds=7), usegmt=True)}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    """Seconds, milliseconds and HTTP dates; negative clamps to 0; garbage is ignored."""
    assert _retry.parse_retry_after(httpx.Headers(headers), now=lambda: NOW) == expected


@pytest.mark.parametrize(("attempt", "low", "high"), [(0, 0.375, 0.5), (1, 0.75, 1.0), (3, 3.0, 4.0), (10, 6.0, 8.0)])
def test_backoff_is_exponential_jittered_and_capped(attempt: int, low: float, high: float) -> None:
    """min(0.5 * 2^n, 8) s, jittered down by at most a quarter."""
    delays = {_retry.backoff_delay(attempt) for _ in range(50)}
    assert all(low <= d <= high for d in delays)
    assert len(delays) > 1


def _response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("POST", BASE_URL))


@pytest.mark.parametrize(
    ("status", "headers", "idempotent", "retry"),
    [
        (429, {}, False, True),
        (429, {"Retry-After": "120"}, True, False),
        (503, {"Retry-After": "1"}, False, True),
        (503, {}, False, False),
        (503, {}, True, True),
        (500, {}, True, True),
        (500, {}, False, False),
        (502, {}, True, True),
        (504, {}, True, True),
        (408, {}, True, True),
        (400, {}, True, False),
        (404, {}, True, False),
    ],
)
def test_decide_by_status(status: int, headers: dict[str, str], idempotent: bool, retry: bool) -> None:
    """The status table crossed with idempotency."""
    decision = _retry.decide(
        attempt=0, max_retries=2, resend_maybe_applied=idempotent, response=_response(status, **headers)
    )
    assert decision.retry is retry
    assert decision.reason


@pytest.mark.parametrize(
    ("error", "idempotent", "retry"),
    [
        (httpx.ConnectError("refused"), False, True),
        (httpx.PoolTimeout("pool"), False, True),
        (httpx.ReadTimeout("slow"), True, True),
        (httpx.ReadTimeout("slow"), False, False),
        (httpx.RemoteProtocolError("hung up"), False, False),
        (httpx.RemoteProtocolError("hung up"), True, True),
    ],
)
def test_decide_by_transport_error(error: Exception, idempotent: bool, retry: bool) -> None:
    """Errors before sending retry anything; after sending only idempotent calls."""
    assert _retry.decide(attempt=0, max_retries=2, resend_maybe_applied=idempotent, error=error).retry is retry


def test_no_retry_when_attempts_are_used_up() -> None:
    assert not _retry.decide(attempt=2, max_retries=2, resend_maybe_applied=True, response=_response(503)).retry


def _client(max_retries: int = 2) -> AsyncSpotnana:
    return AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("tok"), max_retries=max_retries)


async def test_idempotent_call_is_retried_on_500(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_response(status_code=500)
    httpx_mock.add_response(json={"event": {"id": "1"}})
    async with _client() as sp:
        result = await sp.events.get("1")
    assert result.event.id == "1"
    assert len(httpx_mock.get_requests()) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [500, 503], ids=["500", "503 without Retry-After"])
async def test_a_write_answered_with_a_server_error_is_not_retried(httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(status_code=status)
    async with _client() as sp:
        with pytest.raises(InternalServerError):
            await sp.events.publish("1")
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(("status", "retry_after"), [(429, "3"), (503, "2")])
async def test_retry_after_is_honoured_for_any_call(
    httpx_mock: HTTPXMock, sleeps: list[float], status: int, retry_after: str
) -> None:
    httpx_mock.add_response(status_code=status, headers={"Retry-After": retry_after})
    httpx_mock.add_response(json={"id": "1"})
    async with _client() as sp:
        await sp.events.publish("1")
    assert len(httpx_mock.get_requests()) == 2
    assert sleeps == [float(retry_after)]


async def test_retry_after_beyond_the_cap_is_not_waited_for(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3600"})
    async with _client() as sp:
        with pytest.raises(RateLimitError):
            await sp.events.get("1")
    assert sleeps == []


async def test_connection_error_before_sending_is_retried_for_a_write(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json={"id": "1"})
    async with _client() as sp:
        await sp.events.publish("1")
    assert len(httpx_mock.get_requests()) == 2


async def test_read_timeout_is_retried_only_for_idempotent_calls(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(json={"event": {"id": "1"}})
    async with _client() as sp:
        with pytest.raises(APITimeoutError, match="POST /v2/events/1/publish: timed out"):
            await sp.events.publish("1")
        assert len(httpx_mock.get_requests()) == 1
        await sp.events.get("1")
    assert len(httpx_mock.get_requests()) == 3


async def test_max_retries_zero_sends_once(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    async with _client(max_retries=0) as sp:
        with pytest.raises(APIConnectionError):
            await sp.events.get("1")
    assert len(httpx_mock.get_requests()) == 1


async def test_retries_stop_after_max_retries(httpx_mock: HTTPXMock) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=502)
    async with _client(max_retries=2) as sp:
        with pytest.raises(InternalServerError):
            await sp.events.get("1")
    assert len(httpx_mock.get_requests()) == 3


COMPANY = uuid.UUID(int=5)


def _create_request(external_id: str | None) -> CreateEventRequest:
    document: dict[str, Any] = {"name": "Offsite", "location": {}, "companyId": {"id": str(COMPANY)}}
    if external_id:
        document["externalId"] = external_id
    return CreateEventRequest.from_dict(document)


async def test_create_with_external_id_returns_the_event_the_first_attempt_created(httpx_mock: HTTPXMock) -> None:
    """After an ambiguous failure, a lookup by externalId finds the event: nothing is sent twice."""
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), method="POST")
    httpx_mock.add_response(method="GET", json={"event": {"id": "evt-1", "externalId": "ext-1"}})
    async with _client() as sp:
        created = await sp.events.create(body=_create_request("ext-1"))
    assert created.id == "evt-1"
    posts = [r for r in httpx_mock.get_requests() if r.method == "POST"]
    lookup = next(r for r in httpx_mock.get_requests() if r.method == "GET")
    assert len(posts) == 1
    assert lookup.url.path == "/v2/events/read-by-external-id"
    assert lookup.url.params["externalId"] == "ext-1"
    assert lookup.url.params["companyId"] == str(COMPANY)


async def test_create_with_external_id_is_resent_when_the_first_attempt_did_not_land(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", status_code=502)
    httpx_mock.add_response(method="GET", status_code=404, json={"errorMessages": [{"message": "no such event"}]})
    httpx_mock.add_response(method="POST", json={"id": "evt-2"})
    async with _client() as sp:
        created = await sp.events.create(body=_create_request("ext-2"))
    assert created.id == "evt-2"
    assert [r.method for r in httpx_mock.get_requests()] == ["POST", "GET", "POST"]


async def test_create_whose_last_attempt_was_lost_still_finds_the_event(httpx_mock: HTTPXMock) -> None:
    """With no retries left, an ambiguous failure is still checked: the created event is returned."""
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), method="POST")
    httpx_mock.add_response(method="GET", json={"event": {"id": "evt-3", "externalId": "ext-3"}})
    async with _client(max_retries=0) as sp:
        created = await sp.events.create(body=_create_request("ext-3"))
    assert created.id == "evt-3"


async def test_create_without_external_id_is_not_retried_after_an_ambiguous_failure(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    async with _client() as sp:
        with pytest.raises(APITimeoutError):
            await sp.events.create(body=_create_request(None))
    assert len(httpx_mock.get_requests()) == 1


async def test_set_testing_skips_real_waits() -> None:
    """The testing switch makes sleep return at once and restores the previous state."""
    import time

    with _retry.set_testing():
        started = time.monotonic()
        await _retry.sleep(5)
        assert time.monotonic() - started < 1
    assert _retry._testing is False
