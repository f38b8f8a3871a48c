"""Bulk answers are credited by the id each carries, never by position: servers that answer
out of order, twice, not at all, or for ids never sent (issue 23 item 5)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spotnana_event_api import models as m
from spotnana_events import BulkChunkError, BulkPartialFailure, BulkResult

from tests.spec_bodies import spec_body

from ._paging import client, mock_client
from ._servers import LoopbackServer, Reply, Request

A, B, C = "ev-A", "ev-B", "ev-C"


@dataclass(frozen=True)
class Bulk:
    """One bulk method as the wire sees it: where the items and answers are, and their id keys."""

    method: str
    items_key: str
    item_id: str
    answers_key: str
    answer_id: str
    build: Callable[[str], Any]


BULKS = {
    bulk.method: bulk
    for bulk in [
        Bulk("bulk_cancel", "cancelEventRequests", "eventId", "cancelEventResponses", "eventId",
             lambda i: m.CancelEventRequest(event_id=i, type_=m.EventType.GENERIC)),
        Bulk("bulk_delete", "deleteEventList", "id", "deleteEventResponses", "id",
             lambda i: m.DeleteEventRequest(id=i)),
        Bulk("bulk_publish", "publishEventList", "id", "publishEventResponses", "id",
             lambda i: m.PublishEventRequest(id=i, send_invite=False)),
        Bulk("bulk_edit", "eventsToUpdate", "eventId", "updateEventsResponse", "id",
             lambda i: spec_body(m.UpdateEventRequestItem, {"eventId": i})),
    ]
}  # fmt: skip
CANCEL = BULKS["bulk_cancel"]


def _answer(bulk: Bulk, *answers: tuple[Any, str]) -> dict[str, Any]:
    """The JSON of a bulk answer: (id, status) per answer, in the order given."""
    items = [{bulk.answer_id: i, "status": status, "message": f"{status} {i}"} for i, status in answers]
    return {bulk.answers_key: items}


Outcome = BulkResult[Any, Any] | BulkPartialFailure[Any, Any]


async def _run(bulk: Bulk, ids: list[str], answer: dict[str, Any]) -> Outcome:
    """``bulk`` over ``ids`` against a loopback server answering ``answer`` to every request."""

    async def handler(request: Request) -> Reply:
        return Reply(json=answer)

    async with LoopbackServer(handler) as server, client(server.url, max_retries=0) as sp:
        try:
            return await getattr(sp.events, bulk.method)([bulk.build(i) for i in ids])  # type: ignore[no-any-return]
        except BulkPartialFailure as failure:
            return failure
        finally:
            assert server.in_flight == 0


def _credited(result: BulkResult[Any, Any], bulk: Bulk) -> list[tuple[str, bool, str | None]]:
    key = "event_id" if bulk.item_id == "eventId" else "id"
    return [(getattr(item.request, key), item.succeeded, item.message) for item in result.items]


def _unknown(failure: BulkPartialFailure[Any, Any], bulk: Bulk) -> list[str]:
    key = "event_id" if bulk.item_id == "eventId" else "id"
    assert all(chunk.maybe_applied and isinstance(chunk.error, BulkChunkError) for chunk in failure.unprocessed)
    return [getattr(item, key) for item in failure.unprocessed_items]


@pytest.mark.parametrize("method", list(BULKS))
async def test_answers_out_of_order_are_credited_to_the_item_they_name(method: str) -> None:
    """The issue's case: [A, B, C] answered [C: SUCCESS, B: SUCCESS, A: FAILED]."""
    bulk = BULKS[method]
    result = await _run(bulk, [A, B, C], _answer(bulk, (C, "SUCCESS"), (B, "SUCCESS"), (A, "FAILED")))
    assert isinstance(result, BulkResult)
    assert _credited(result, bulk) == [(A, False, "FAILED ev-A"), (B, True, "SUCCESS ev-B"), (C, True, "SUCCESS ev-C")]
    assert [item.request for item in result.failed] == [result.items[0].request]


async def test_three_answers_all_for_one_item_credit_none() -> None:
    """[A, B, C] answered three times for A: B and C have no answer, A too many: all unknown."""
    result = await _run(CANCEL, [A, B, C], _answer(CANCEL, (A, "SUCCESS"), (A, "SUCCESS"), (A, "SUCCESS")))
    assert isinstance(result, BulkPartialFailure)
    assert result.completed.items == []
    assert _unknown(result, CANCEL) == [A, B, C]
    assert "more answers than items for 'ev-A'" in str(result)
    assert "no answer for 'ev-B', 'ev-C'" in str(result)


async def test_an_item_without_an_answer_is_unknown_and_the_others_are_credited() -> None:
    result = await _run(CANCEL, [A, B, C], _answer(CANCEL, (C, "SUCCESS"), (A, "FAILED")))
    assert isinstance(result, BulkPartialFailure)
    assert _credited(result.completed, CANCEL) == [(A, False, "FAILED ev-A"), (C, True, "SUCCESS ev-C")]
    assert _unknown(result, CANCEL) == [B]
    assert "no answer for 'ev-B'" in str(result)


async def test_an_answer_for_an_id_not_sent_is_credited_to_nobody() -> None:
    """A foreign answer does not stand in for the item left without one."""
    result = await _run(CANCEL, [A, B, C], _answer(CANCEL, (A, "SUCCESS"), ("ev-X", "SUCCESS"), (B, "SUCCESS")))
    assert isinstance(result, BulkPartialFailure)
    assert _credited(result.completed, CANCEL) == [(A, True, "SUCCESS ev-A"), (B, True, "SUCCESS ev-B")]
    assert _unknown(result, CANCEL) == [C]
    assert "1 answer(s) for ids not sent: 'ev-X'" in str(result)


async def test_an_extra_foreign_answer_beside_a_full_set_is_logged_not_dropped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    result = await _run(CANCEL, [A, B], _answer(CANCEL, (B, "SUCCESS"), ("ev-X", "FAILED"), (A, "SUCCESS")))
    assert isinstance(result, BulkResult)
    assert _credited(result, CANCEL) == [(A, True, "SUCCESS ev-A"), (B, True, "SUCCESS ev-B")]
    assert "bulk_cancel: answers credited to no item sent: 1 answer(s) for ids not sent: 'ev-X'" in caplog.text


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"eventId": "", "status": "SUCCESS"}, "1 answer(s) with no readable id"),
        ({"eventId": ["ev-A"], "status": "SUCCESS"}, "1 answer(s) with no readable id"),
        ({"eventId": 7, "status": "SUCCESS"}, "no answer for 'ev-A'"),
        ({"eventId": "ev-A", "status": ["SUCCESS"]}, "an answer that does not read for 'ev-A'"),
    ],
    ids=["empty-id", "list-id", "number-id", "bad-status"],
)
async def test_an_answer_that_does_not_read_leaves_its_item_unknown(bad: dict[str, Any], reason: str) -> None:
    answer = _answer(CANCEL, (B, "SUCCESS"), (C, "FAILED"))
    answer[CANCEL.answers_key].insert(1, bad)
    result = await _run(CANCEL, [A, B, C], answer)
    assert isinstance(result, BulkPartialFailure)
    assert _credited(result.completed, CANCEL) == [(B, True, "SUCCESS ev-B"), (C, False, "FAILED ev-C")]
    assert _unknown(result, CANCEL) == [A]
    assert reason in str(result)


@pytest.mark.parametrize("method", list(BULKS))
@pytest.mark.parametrize("status", ["SUCCEEDED", "success", "PENDING", 1])
async def test_an_answer_with_a_status_this_sdk_does_not_know_leaves_its_item_unknown(method: str, status: Any) -> None:
    """Neither SUCCESS nor a refusal (FAILED, PARTIAL_SUCCESS): what happened to the item cannot
    be told, so it is not listed as failed (a caller would resend what may have been done)."""
    bulk = BULKS[method]
    result = await _run(bulk, [A, B, C], _answer(bulk, (A, "SUCCESS"), (B, status), (C, "FAILED")))
    assert isinstance(result, BulkPartialFailure)
    assert _credited(result.completed, bulk) == [(A, True, "SUCCESS ev-A"), (C, False, "FAILED ev-C")]
    assert _unknown(result, bulk) == [B]
    assert "a status this SDK does not know for 'ev-B'" in str(result)


@pytest.mark.parametrize("bad", [{"status": "SUCCESS"}, {"eventId": "ev-A"}, "ev-A", None], ids=repr)
async def test_an_answer_list_that_does_not_read_leaves_the_whole_request_unknown(bad: Any) -> None:
    """An answer missing a required field fails the list's parse: no item can be credited."""
    answer = _answer(CANCEL, (B, "SUCCESS"), (C, "FAILED"))
    answer[CANCEL.answers_key].insert(1, bad)
    result = await _run(CANCEL, [A, B, C], answer)
    assert isinstance(result, BulkPartialFailure)
    assert result.completed.items == []
    assert [item.event_id for item in result.unprocessed_items] == [A, B, C]
    assert result.unprocessed[0].maybe_applied


async def test_an_id_sent_twice_is_credited_only_when_its_answers_agree() -> None:
    agree = await _run(CANCEL, [A, B, A], _answer(CANCEL, (B, "FAILED"), (A, "SUCCESS"), (A, "SUCCESS")))
    assert isinstance(agree, BulkResult)
    assert _credited(agree, CANCEL) == [(A, True, "SUCCESS ev-A"), (B, False, "FAILED ev-B"), (A, True, "SUCCESS ev-A")]
    differ = await _run(CANCEL, [A, B, A], _answer(CANCEL, (A, "FAILED"), (B, "SUCCESS"), (A, "SUCCESS")))
    assert isinstance(differ, BulkPartialFailure)
    assert _credited(differ.completed, CANCEL) == [(B, True, "SUCCESS ev-B")]
    assert _unknown(differ, CANCEL) == [A, A]
    assert "different answers for an id sent more than once for 'ev-A'" in str(differ)


async def test_async_cancel_starts_job_handles_only_for_items_credited_with_success() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=_answer(CANCEL, (C, "SUCCESS"), (B, "FAILED"), (A, "SUCCESS")))

    async with mock_client(handler) as sp:
        result = await sp.events.bulk_cancel([CANCEL.build(i) for i in (A, B, C)], cancel_async=True, company_id="c")
    assert [handle.reference_id for handle in result.jobs] == [A, C]


def test_a_message_naming_many_ids_stays_short() -> None:
    ids = [f"ev-{n:04d}-{'x' * 200}" for n in range(100)]
    result = asyncio.run(_run(CANCEL, ids, _answer(CANCEL)))
    assert isinstance(result, BulkPartialFailure)
    assert "and 97 more" in str(result)
    assert len(str(result)) < 1200


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    count=st.integers(1, 250),
    plan=st.lists(st.tuples(st.integers(0, 3), st.booleans()), min_size=1, max_size=20),
    foreign=st.integers(0, 3),
    seed=st.randoms(use_true_random=False),
)
def test_no_item_is_ever_credited_with_another_items_answer(
    count: int, plan: list[tuple[int, bool]], foreign: int, seed: Any
) -> None:
    """Each id is answered 0..3 times (per ``plan``), shuffled, with foreign answers mixed in:
    an item is credited exactly when it got one answer, and then with that answer's status."""
    copies: dict[str, int] = {}
    status: dict[str, str] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        sent = [item["eventId"] for item in json.loads(request.content)[CANCEL.items_key]]
        answers = []
        for n, event_id in enumerate(sent):
            copies[event_id], ok = plan[(int(event_id[3:]) + n) % len(plan)]
            status[event_id] = "SUCCESS" if ok else "FAILED"
            answers += [(event_id, status[event_id])] * copies[event_id]
        answers += [(f"ev-x{n}", "SUCCESS") for n in range(foreign)]
        seed.shuffle(answers)
        return httpx.Response(200, json=_answer(CANCEL, *answers))

    ids = [f"ev-{n:05d}" for n in range(count)]

    async def run() -> Outcome:
        async with mock_client(handler) as sp:
            try:
                return await sp.events.bulk_cancel([CANCEL.build(i) for i in ids])
            except BulkPartialFailure as failure:
                return failure

    outcome = asyncio.run(run())
    credited = outcome.items if isinstance(outcome, BulkResult) else outcome.completed.items
    unknown = [] if isinstance(outcome, BulkResult) else [item.event_id for item in outcome.unprocessed_items]
    assert isinstance(outcome, BulkResult) or all(chunk.maybe_applied for chunk in outcome.unprocessed)
    assert [item.request.event_id for item in credited] == [i for i in ids if copies[i] == 1]
    assert unknown == [i for i in ids if copies[i] != 1]
    for item in credited:
        assert item.response.event_id == item.request.event_id
        assert str(item.response.status) == status[item.request.event_id]
