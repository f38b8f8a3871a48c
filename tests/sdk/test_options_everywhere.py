"""The same per-call options everywhere (issue 26, point 3): crawls, bulk runs and jobs take
``extra_headers``, ``extra_query``, ``timeout`` and ``deadline`` as the one-call methods do;
a deadline bounds the whole crawl or bulk run, and a bulk run it cuts short still accounts
for every item."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from spotnana_event_api.models import CancelEventRequest, EventType
from spotnana_events import (
    APITimeoutError,
    AsyncSpotnana,
    BearerToken,
    BulkChunkError,
    BulkPartialFailure,
    ConfigurationError,
    JobHandle,
)

OPTIONS = ("extra_headers", "extra_query", "timeout", "deadline")
COMPANY = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
JOB = "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
MANY_REQUESTS = [("events", "list"), ("events", "list_travelers")] + [
    ("events", f"bulk_{kind}") for kind in ("publish", "edit", "delete", "cancel")
]


Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


class Server:
    """An in-process API: events to page through, bulk cancels answered SUCCESS, a job
    completed; each answer after ``delay`` seconds. Records every request."""

    def __init__(self, *, events: int = 250, delay: float = 0.0) -> None:
        self.events = events
        self.delay = delay
        self.sent: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        if self.delay:
            await asyncio.sleep(self.delay)
        body = json.loads(request.content) if request.content else {}
        if request.url.path == "/v2/events/list":
            offset, limit = body.get("offset", 0), body.get("limit", 100)
            events = [{"id": str(n), "name": f"E{n}"} for n in range(offset, min(offset + limit, self.events))]
            return httpx.Response(200, json={"events": events, "paginationParams": {"totalNumResults": self.events}})
        if request.url.path == "/v2/events/bulk-cancel":
            answers = [{"eventId": item["eventId"], "status": "SUCCESS"} for item in body["cancelEventRequests"]]
            return httpx.Response(200, json={"cancelEventResponses": answers})
        if request.url.path == "/v2/events/jobs/status":
            return httpx.Response(200, json={"jobId": JOB, "status": "COMPLETED", "jobItems": []})
        return httpx.Response(404, json={})

    def client(self, **options: Any) -> AsyncSpotnana:
        transport = httpx.MockTransport(self)
        return AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, **options)


def _cancels(count: int) -> list[CancelEventRequest]:
    return [CancelEventRequest(event_id=str(n), type_=EventType.GENERIC) for n in range(count)]


def test_crawls_bulk_methods_and_jobs_take_the_options_keyword_only() -> None:
    sp = Server().client()
    for resource, name in [*MANY_REQUESTS, ("jobs", "get")]:
        parameters = inspect.signature(getattr(getattr(sp, resource), name)).parameters
        for option in OPTIONS:
            assert parameters[option].kind is inspect.Parameter.KEYWORD_ONLY, (name, option)
            assert parameters[option].default is None, (name, option)
    wait = inspect.signature(sp.jobs.wait).parameters
    assert wait["extra_headers"].default is None and wait["extra_query"].default is None  # noqa: PT018


def _extras(request: httpx.Request) -> tuple[str | None, str | None]:
    return request.headers.get("x-trace"), request.url.params.get("trace")


async def test_every_request_of_a_crawl_carries_the_options() -> None:
    server = Server(events=250)
    async with server.client() as sp:
        names = [
            event.name
            async for event in sp.events.list(extra_headers={"X-Trace": "t"}, extra_query={"trace": "1"}, timeout=7)
        ]
    assert len(names) == 250
    assert len(server.sent) == 3
    assert {_extras(request) for request in server.sent} == {("t", "1")}
    assert {request.extensions["timeout"]["read"] for request in server.sent} == {7.0}


async def test_every_chunk_of_a_bulk_run_carries_the_options() -> None:
    server = Server()
    async with server.client() as sp:
        result = await sp.events.bulk_cancel(
            _cancels(250), extra_headers={"X-Trace": "t"}, extra_query={"trace": "1"}, timeout=7
        )
    assert len(result.succeeded) == 250
    assert len(server.sent) == 3
    assert {_extras(request) for request in server.sent} == {("t", "1")}
    assert {request.extensions["timeout"]["read"] for request in server.sent} == {7.0}


async def test_jobs_get_and_wait_carry_the_options() -> None:
    server = Server()
    async with server.client() as sp:
        await sp.jobs.get(COMPANY, job_id=JOB, extra_headers={"X-Trace": "t"}, extra_query={"trace": "1"}, timeout=7)
        await sp.jobs.wait(JobHandle(COMPANY, job_id=JOB), extra_headers={"X-Trace": "t"}, extra_query={"trace": "1"})
    assert [_extras(request) for request in server.sent] == [("t", "1")] * 2
    assert server.sent[0].extensions["timeout"]["read"] == 7.0


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("timeout", 0),
        ("timeout", float("inf")),
        ("deadline", float("nan")),
        ("deadline", -1),
        ("extra_headers", {"Authorization": "Bearer s3cr3t"}),
        ("extra_headers", {"X-Trace": "a\r\nX-Injected: 1"}),
        ("extra_query", {"x": None}),
    ],
)
async def test_a_bad_option_fails_before_anything_is_sent_as_on_a_one_call_method(option: str, value: object) -> None:
    server = Server()
    async with server.client() as sp:
        with pytest.raises(ConfigurationError) as one_call:
            await sp.events.get("1", **{option: value})
        with pytest.raises(ConfigurationError) as crawl:
            sp.events.list(**{option: value})
        with pytest.raises(ConfigurationError) as bulk:
            await sp.events.bulk_cancel(_cancels(3), **{option: value})
        with pytest.raises(ConfigurationError) as job:
            await sp.jobs.get(COMPANY, job_id=JOB, **{option: value})
    assert str(crawl.value) == str(bulk.value) == str(one_call.value) == str(job.value)
    assert "s3cr3t" not in str(one_call.value)
    assert server.sent == []


async def test_a_deadline_bounds_the_whole_crawl() -> None:
    """Pages of one item, each answered after 0.1 s: a 0.25 s deadline ends the crawl after two
    or three, naming the crawl's deadline, however long each page's own timeout is."""
    server = Server(events=20, delay=0.1)
    seen: list[str] = []

    async def crawl(sp: AsyncSpotnana) -> None:
        async for event in sp.events.list(page_size=1, concurrency=1, deadline=0.25, timeout=60):
            seen.append(event.require("id"))

    async with server.client(max_retries=0) as sp:
        with pytest.raises(APITimeoutError, match=r"events\.list: not (finished within|sent: ).*deadline of 0\.25s"):
            await crawl(sp)
    assert 1 <= len(seen) <= 3
    assert len(server.sent) <= 3


async def test_a_deadline_cuts_a_bulk_run_short_and_every_item_stays_accounted_for() -> None:
    """Five chunks sent one at a time, each answered after 0.2 s, with a 0.3 s deadline: the
    first is processed, the second is cut in flight (it may have been applied), the rest are
    never sent (not applied)."""
    server = Server(delay=0.2)
    items = _cancels(500)
    async with server.client(max_retries=0) as sp:
        with pytest.raises(BulkPartialFailure) as caught:
            await sp.events.bulk_cancel(items, concurrency=1, deadline=0.3)
    failure = caught.value.typed(sp.events.bulk_cancel)
    accounted = [item.request for item in failure.completed.items] + failure.unprocessed_items
    assert sorted(accounted, key=lambda item: int(item.event_id)) == items
    assert len(server.sent) <= 2
    unsent = [chunk for chunk in failure.unprocessed if not chunk.maybe_applied]
    assert len(unsent) >= 3
    assert all(isinstance(chunk.error, APITimeoutError) for chunk in failure.unprocessed)
    assert all(str(chunk.error) == "events.bulk_cancel: not sent: the deadline of 0.3s has passed" for chunk in unsent)


async def test_a_chunk_whose_request_cannot_be_built_was_not_applied() -> None:
    """An extra header the request sets itself is refused when each chunk's request is built:
    nothing is sent, so no chunk may have been applied."""
    server = Server()
    async with server.client() as sp:
        with pytest.raises(BulkPartialFailure) as caught:
            await sp.events.bulk_cancel(_cancels(150), extra_headers={"Content-Type": "text/plain"})
    assert server.sent == []
    chunks = caught.value.unprocessed
    assert len(chunks) == 2
    assert not any(chunk.maybe_applied for chunk in chunks)
    assert all(isinstance(chunk.error, BulkChunkError) for chunk in chunks)
    assert all(isinstance(chunk.error.__cause__, ConfigurationError) for chunk in chunks)
