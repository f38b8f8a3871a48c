"""Bulk calls against servers that fail one chunk in every way: nothing lost, nothing left running."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spotnana_event_api import models as m
from spotnana_events import BulkChunkError, BulkPartialFailure, BulkResult, SpotnanaError

from ._paging import client, mock_client
from ._servers import HANG_UP, LoopbackServer, Reply, Request


def _cancels(count: int) -> list[m.CancelEventRequest]:
    return [m.CancelEventRequest(event_id=f"ev-{n:05d}", type_=m.EventType.GENERIC) for n in range(count)]


def _ids(requests: list[m.CancelEventRequest]) -> list[str]:
    return [request.event_id for request in requests]


def _answer(ids: list[str]) -> dict[str, Any]:
    return {"cancelEventResponses": [{"eventId": i, "status": "SUCCESS"} for i in ids]}


def _chunk_of(body: dict[str, Any]) -> int:
    return int(body["cancelEventRequests"][0]["eventId"][3:]) // 100


def _check_partition(failure: BulkPartialFailure[Any, Any], items: list[m.CancelEventRequest]) -> None:
    """completed and unprocessed are the input, each item once, each in input order."""
    completed = [item.request.event_id for item in failure.completed.items]
    unprocessed = [request.event_id for request in failure.unprocessed_items]
    assert sorted(completed + unprocessed) == _ids(items)
    assert not set(completed) & set(unprocessed)
    assert completed == sorted(completed)
    assert unprocessed == sorted(unprocessed)


async def test_a_null_answer_for_one_chunk_keeps_the_others_and_leaves_nothing_running() -> None:
    """The issue's case: `{"cancelEventResponses": null}` for one chunk while others are still slow."""
    applied: list[int] = []
    raised_at: list[int] = []

    async def handler(request: Request) -> Reply:
        body = request.json()
        chunk = _chunk_of(body)
        if chunk == 1:
            return Reply(json={"cancelEventResponses": None})
        await asyncio.sleep(0.05 * chunk)
        applied.append(chunk)  # the server acts only when it answers
        return Reply(json=_answer([item["eventId"] for item in body["cancelEventRequests"]]))

    items = _cancels(400)
    async with LoopbackServer(handler) as server, client(server.url, max_retries=0) as sp:
        with pytest.raises(BulkPartialFailure) as caught:
            await sp.events.bulk_cancel(items, concurrency=4)
        raised_at.append(len(applied))
        assert server.in_flight == 0
        await asyncio.sleep(0.1)
    failure = caught.value
    _check_partition(failure, items)
    assert [i.request.event_id for i in failure.completed.items] == _ids(items[:100] + items[200:])
    assert [chunk.items for chunk in failure.unprocessed] == [items[100:200]]
    assert isinstance(failure.unprocessed[0].error, BulkChunkError)
    assert failure.unprocessed[0].maybe_applied  # the server answered 2xx: it may have acted
    assert raised_at == [3]  # every chunk was applied before the call raised...
    assert sorted(applied) == [0, 2, 3]  # ...and none after
    assert asyncio.all_tasks() == {asyncio.current_task()}


def _bad_item(ids: list[str]) -> Reply:
    return Reply(json={"cancelEventResponses": [{"eventId": i, "status": ["SUCCESS"]} for i in ids]})


FAILURES: dict[str, tuple[Callable[[list[str]], Reply], bool]] = {
    # how the chunk fails -> (reply, whether the server may have acted on it); answers that
    # leave some items without one: test_bulk_answer_matching.py
    "not a list": (lambda ids: Reply(json={"cancelEventResponses": {"eventId": ids[0], "status": "SUCCESS"}}), True),
    "malformed item": (_bad_item, True),
    "not json": (lambda ids: Reply(body=b"<html>oops"), True),
    "400": (lambda ids: Reply(status=400, json={"errorMessages": [{"message": "no"}]}), False),
    "500": (lambda ids: Reply(status=500, json={}), True),
    "hang up": (lambda ids: HANG_UP, True),
}


@pytest.mark.parametrize("how", list(FAILURES))
async def test_every_way_a_chunk_fails_ends_in_a_partial_failure(how: str) -> None:
    reply, maybe_applied = FAILURES[how]

    async def handler(request: Request) -> Reply:
        body = request.json()
        ids = [item["eventId"] for item in body["cancelEventRequests"]]
        return reply(ids) if _chunk_of(body) == 1 else Reply(json=_answer(ids))

    items = _cancels(250)
    async with LoopbackServer(handler) as server, client(server.url, max_retries=0) as sp:
        with pytest.raises(BulkPartialFailure) as caught:
            await sp.events.bulk_cancel(items)
        assert server.in_flight == 0
    failure = caught.value
    _check_partition(failure, items)
    assert [chunk.items for chunk in failure.unprocessed] == [items[100:200]]
    assert isinstance(failure.unprocessed[0].error, SpotnanaError)
    assert failure.unprocessed[0].maybe_applied is maybe_applied
    assert all(item.succeeded for item in failure.completed.items)


async def test_an_exception_from_on_progress_stops_new_chunks_and_keeps_every_result() -> None:
    started: list[int] = []

    async def handler(request: Request) -> Reply:
        body = request.json()
        started.append(_chunk_of(body))
        await asyncio.sleep(0.02 * (1 + _chunk_of(body)))
        return Reply(json=_answer([item["eventId"] for item in body["cancelEventRequests"]]))

    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        raise RuntimeError("dashboard down")

    items = _cancels(500)
    async with LoopbackServer(handler) as server, client(server.url) as sp:
        with pytest.raises(BulkPartialFailure, match="on_progress raised RuntimeError") as caught:
            await sp.events.bulk_cancel(items, concurrency=2, on_progress=progress)
        assert server.in_flight == 0
    failure = caught.value
    assert isinstance(failure.__cause__, RuntimeError)
    assert calls == [(100, 500)]  # not called again once it raised
    _check_partition(failure, items)
    # chunk 0 answered and raised; chunk 1 was in flight and finished; 2..4 never sent
    assert sorted(started) == [0, 1]
    assert [i.request.event_id for i in failure.completed.items] == _ids(items[:200])
    assert [(len(c.items), c.maybe_applied) for c in failure.unprocessed] == [(100, False)] * 3


async def test_an_exception_from_on_progress_after_the_last_chunk_still_reports_everything() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(200, json=_answer([item["eventId"] for item in body["cancelEventRequests"]]))

    def progress(done: int, total: int) -> None:
        if done == total:
            raise ValueError("bad")

    items = _cancels(150)
    async with mock_client(handler) as sp:
        with pytest.raises(BulkPartialFailure) as caught:
            await sp.events.bulk_cancel(items, concurrency=1, on_progress=progress)
    assert len(caught.value.completed) == 150
    assert caught.value.unprocessed == []


async def test_async_cancel_keeps_the_job_handles_of_completed_chunks_on_partial_failure() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if _chunk_of(body) == 1:
            return httpx.Response(400, json={})
        return httpx.Response(200, json=_answer([item["eventId"] for item in body["cancelEventRequests"]]))

    async with mock_client(handler) as sp:
        with pytest.raises(BulkPartialFailure) as caught:
            await sp.events.bulk_cancel(_cancels(150), cancel_async=True, company_id="c")
    assert [h.reference_id for h in caught.value.completed.jobs] == _ids(_cancels(100))


async def test_cancelling_the_caller_cancels_every_chunk_and_propagates() -> None:
    entered = asyncio.Event()

    async def handler(request: Request) -> Reply:
        entered.set()
        await asyncio.sleep(10)
        return Reply(json={})

    async with LoopbackServer(handler) as server, client(server.url) as sp:
        call = asyncio.create_task(sp.events.bulk_cancel(_cancels(400)))
        await entered.wait()
        await asyncio.sleep(0.02)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        assert asyncio.all_tasks() - server.connection_tasks() == {asyncio.current_task()}
        for _ in range(100):
            if server.in_flight == 0:
                break
            await asyncio.sleep(0.01)
        assert server.in_flight == 0
        assert server.abandoned == 4  # the server saw each in-flight request hung up on


BEHAVIOURS = ["ok", "ok", "slow", "null", "short", "400", "500", "429 once", "reset", "not json"]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    count=st.integers(1, 700),
    behaviours=st.lists(st.sampled_from(BEHAVIOURS), min_size=1, max_size=8),
    concurrency=st.integers(1, 4),
    raise_at=st.one_of(st.none(), st.integers(1, 7)),
)
def test_any_pattern_of_chunk_failures_keeps_the_invariants(
    count: int, behaviours: list[str], concurrency: int, raise_at: int | None
) -> None:
    in_flight = 0
    requests: dict[int, int] = {}
    applied: set[int] = set()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight
        body = json.loads(request.content)
        chunk = _chunk_of(body)
        ids = [item["eventId"] for item in body["cancelEventRequests"]]
        requests[chunk] = requests.get(chunk, 0) + 1
        how = behaviours[chunk % len(behaviours)]
        in_flight += 1
        try:
            await asyncio.sleep(0)
            if how == "slow":
                for _ in range(5):
                    await asyncio.sleep(0)
            if how == "reset":
                raise httpx.ReadError("connection reset")
            if how == "400":
                return httpx.Response(400, json={})
            if how == "500":
                return httpx.Response(500, json={})
            if how == "429 once" and requests[chunk] == 1:
                return httpx.Response(429, headers={"Retry-After": "0"}, json={})
            applied.add(chunk)
            if how == "null":
                return httpx.Response(200, json={"cancelEventResponses": None})
            if how == "short":
                return httpx.Response(200, json=_answer(ids[1:]))
            if how == "not json":
                return httpx.Response(200, content=b"{")
            return httpx.Response(200, json=_answer(ids))
        finally:
            in_flight -= 1

    progress: list[int] = []

    def on_progress(done: int, total: int) -> None:
        progress.append(done)
        if raise_at is not None and len(progress) == raise_at:
            raise RuntimeError("stop")

    items = _cancels(count)

    async def run() -> BulkResult[Any, Any] | BulkPartialFailure[Any, Any]:
        async with mock_client(handler) as sp:
            try:
                return await sp.events.bulk_cancel(items, concurrency=concurrency, on_progress=on_progress)
            except BulkPartialFailure as failure:
                return failure
            finally:
                assert in_flight == 0
                assert asyncio.all_tasks() == {asyncio.current_task()}

    outcome = asyncio.run(run())
    chunks = (count + 99) // 100
    if isinstance(outcome, BulkResult):
        assert [item.request.event_id for item in outcome.items] == _ids(items)
        assert applied == set(range(chunks))
        return
    _check_partition(outcome, items)
    completed_chunks = {int(item.request.event_id[3:]) // 100 for item in outcome.completed.items}
    assert completed_chunks <= applied  # nothing reported done that the server did not do
    for chunk in outcome.unprocessed:
        index = int(chunk.items[0].event_id[3:]) // 100
        if index in applied:
            assert chunk.maybe_applied  # an applied chunk is never reported as safe to resend
    assert sum(requests.values()) <= chunks * 2  # one retry at most, and only for the 429
