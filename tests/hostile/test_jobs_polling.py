"""``jobs.wait`` against status endpoints that push it to poll too fast or past its deadline."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from spotnana_events import JobHandle, JobTimeoutError, RateLimitError, _retry

from ._paging import client
from ._servers import LoopbackServer, Reply, Request
from .conftest import FakeClock

HANDLE = JobHandle("00000000-0000-0000-0000-0000000000cc", job_id="00000000-0000-0000-0000-000000000001")
RUNNING = {"jobId": "00000000-0000-0000-0000-000000000001", "status": "IN PROGRESS"}
DONE = {"jobId": "00000000-0000-0000-0000-000000000001", "status": "COMPLETED"}


def _status(headers: dict[str, str], status: int = 200, body: Any = RUNNING) -> LoopbackServer:
    async def handler(request: Request) -> Reply:
        assert request.path == "/v2/events/jobs/status"
        return Reply(status=status, json=body, headers=headers)

    return LoopbackServer(handler)


@pytest.fixture
def real_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    async def sleep(seconds: float) -> None:
        await asyncio.sleep(seconds)

    monkeypatch.setattr(_retry, "sleep", sleep)


@pytest.mark.parametrize(
    "retry_after", ["0", "-5", "nan", "NaN", "inf", "-inf", "garbage", "", "0.0001", "1e309", "99999999999"]
)
async def test_no_retry_after_value_makes_wait_poll_faster_than_its_backoff(clock: FakeClock, retry_after: str) -> None:
    async with _status({"Retry-After": retry_after}) as server, client(server.url) as sp:
        with pytest.raises(JobTimeoutError):
            await sp.jobs.wait(HANDLE, timeout=10, clock=clock)
    # Backoff 0.5, 1, 2, 4 (then 8 would pass the deadline): at most 5 polls in 10 s, and
    # no pause shorter than the backoff except the last one, which ends at the deadline.
    assert 1 <= len(server.requests) <= 5
    backoff = [0.5, 1.0, 2.0, 4.0]
    assert all(pause >= floor for pause, floor in zip(clock.sleeps[:-1], backoff, strict=False))
    assert clock.now == pytest.approx(10)


async def test_a_retry_after_of_zero_polls_twice_in_a_real_second(real_sleep: None) -> None:
    """The issue's case (4,787 polls in one second), with real time."""
    async with _status({"Retry-After": "0"}) as server, client(server.url) as sp:
        started = time.monotonic()
        with pytest.raises(JobTimeoutError):
            await sp.jobs.wait(HANDLE, timeout=1)
        elapsed = time.monotonic() - started
    assert len(server.requests) == 2  # at 0 and 0.5 s; the next pause would pass the deadline
    assert 0.9 <= elapsed < 1.5


async def test_a_rate_limited_status_ends_in_job_timeout_near_the_deadline(real_sleep: None) -> None:
    """429 with Retry-After: 5 against timeout=1: the client's own retry wait is cut at the deadline."""
    async with _status({"Retry-After": "5"}, status=429, body={}) as server, client(server.url) as sp:
        started = time.monotonic()
        with pytest.raises(JobTimeoutError) as caught:
            await sp.jobs.wait(HANDLE, timeout=1)
        elapsed = time.monotonic() - started
    assert caught.value.job is None
    assert 0.9 <= elapsed < 1.5
    assert len(server.requests) == 1


async def test_a_hung_status_endpoint_ends_in_job_timeout_at_the_deadline(real_sleep: None) -> None:
    async def handler(request: Request) -> Reply:
        await asyncio.sleep(30)
        return Reply(json=DONE)

    async with LoopbackServer(handler) as server, client(server.url) as sp:
        started = time.monotonic()
        with pytest.raises(JobTimeoutError):
            await sp.jobs.wait(HANDLE, timeout=0.5)
        elapsed = time.monotonic() - started
        for _ in range(50):
            if server.in_flight == 0:
                break
            await asyncio.sleep(0.01)
        assert server.in_flight == 0  # the poll was cancelled, not left running
    assert 0.4 <= elapsed < 1.0


async def test_rate_limiting_keeps_the_wait_going_until_its_deadline(clock: FakeClock) -> None:
    async with _status({"Retry-After": "5"}, status=429, body={}) as server, client(server.url) as sp:
        with pytest.raises(JobTimeoutError) as caught:
            await sp.jobs.wait(HANDLE, timeout=30, clock=clock)
    assert isinstance(caught.value.__cause__, RateLimitError)
    assert clock.now == pytest.approx(30)
    assert all(pause >= 5 for pause in clock.sleeps[:-1])  # the server's hint is honoured when longer
    assert len(server.requests) <= 3 * 4  # three attempts per poll, polls every >= 5 s


async def test_a_transient_failure_does_not_end_the_wait(clock: FakeClock) -> None:
    answers = iter([Reply(status=503, json={}), Reply(status=502, json={}), Reply(json=RUNNING), Reply(json=DONE)])

    async def handler(request: Request) -> Reply:
        return next(answers)

    async with LoopbackServer(handler) as server, client(server.url, max_retries=0) as sp:
        job = await sp.jobs.wait(HANDLE, timeout=60, clock=clock)
    assert str(job.status) == "COMPLETED"
    assert clock.sleeps == [0.5, 1.0, 2.0]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"first_delay": 0}, "first_delay"),
        ({"first_delay": -1}, "first_delay"),
        ({"first_delay": float("nan")}, "first_delay"),
        ({"max_delay": 0.1}, "max_delay"),
        ({"max_delay": float("inf")}, "max_delay"),
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": -1}, "timeout"),
    ],
)
async def test_wait_refuses_arguments_that_would_storm_or_never_end(options: dict[str, Any], message: str) -> None:
    async with _status({}) as server, client(server.url) as sp:
        with pytest.raises(ValueError, match=message):
            await sp.jobs.wait(HANDLE, **options)
    assert server.requests == []
