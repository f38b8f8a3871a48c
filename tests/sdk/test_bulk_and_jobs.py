"""Chunked bulk operations and async job polling, against the fake."""

from __future__ import annotations

import asyncio
import logging

import pytest
from spotnana_event_api import models as m
from spotnana_events import (
    BulkPartialFailure,
    InvalidJobToken,
    JobHandle,
    JobTimeoutError,
    _retry,
    failed_job_items,
)
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault

from tests.spec_bodies import spec_body


async def _seed(fake: FakeEventAPI, count: int) -> list[m.CreateEventResponse]:
    sp = fake.client()
    bodies = [spec_body(m.CreateEventRequest, {"name": f"Event {n}", "location": {}}) for n in range(count)]
    return list(await asyncio.gather(*(sp.events.create(body=b) for b in bodies)))


def _ids(created: list[m.CreateEventResponse]) -> list[str]:
    return [c.id for c in created]


def _cancels(ids: list[str]) -> list[m.CancelEventRequest]:
    return [m.CancelEventRequest(event_id=i, type_=m.EventType.GENERIC) for i in ids]


async def test_bulk_sends_at_most_100_per_request_and_keeps_input_order() -> None:
    fake = FakeEventAPI()
    ids = _ids(await _seed(fake, 250))
    sp = fake.client()
    progress: list[tuple[int, int]] = []
    order = ids[::-1]
    result = await sp.events.bulk_cancel(
        _cancels(order), on_progress=lambda done, total: progress.append((done, total))
    )
    assert [item.request.event_id for item in result.items] == order
    assert [item.response.event_id for item in result.items] == order
    assert len(result.succeeded) == 250
    assert fake.operation_count("bulkCancelEvents") == 3
    assert sorted(progress)[-1] == (250, 250)
    assert all(e["status"] == "CANCELLED" for e in fake.events.values())


async def test_server_refusals_are_split_out_with_messages() -> None:
    fake = FakeEventAPI()
    ids = _ids(await _seed(fake, 3))
    sp = fake.client()
    await sp.events.publish(ids[1])
    result = await sp.events.bulk_delete([m.DeleteEventRequest(id=i) for i in [*ids, "no-such-event"]])
    assert [item.request.id for item in result.succeeded] == [ids[0], ids[2]]
    assert [(item.request.id, item.message) for item in result.failed] == [
        (ids[1], f"event {ids[1]} is PUBLISH: only drafts can be deleted"),
        ("no-such-event", "event no-such-event not found"),
    ]


async def test_a_chunk_that_keeps_failing_does_not_lose_the_others() -> None:
    """One request fails after the retry policy; the caller gets results and the exact leftovers."""
    fake = FakeEventAPI()
    ids = _ids(await _seed(fake, 250))
    sp = fake.client(max_retries=0)
    fake.add_fault(Fault(status=500, operation="bulkCancelEvents", times=1))
    with pytest.raises(BulkPartialFailure) as caught:
        await sp.events.bulk_cancel(_cancels(ids), concurrency=1)
    failure = caught.value
    assert len(failure.completed) == 150
    assert [r.event_id for r in failure.unprocessed_items] == ids[:100]
    assert failure.unprocessed[0].maybe_applied  # a 500 may have been applied
    assert {e["id"] for e in fake.events.values() if e["status"] == "CANCELLED"} == set(ids[100:])
    resumed = await sp.events.bulk_cancel(failure.unprocessed_items)
    assert len(resumed.succeeded) == 100
    assert all(e["status"] == "CANCELLED" for e in fake.events.values())


async def test_a_rate_limited_chunk_is_retried() -> None:
    fake = FakeEventAPI()
    ids = _ids(await _seed(fake, 120))
    sp = fake.client()
    fake.add_fault(Fault(status=429, retry_after=0, operation="bulkPublishEvents", times=1))
    result = await sp.events.bulk_publish([m.PublishEventRequest(id=i, send_invite=False) for i in ids])
    assert len(result.succeeded) == 120


async def test_async_cancel_returns_job_handles_and_wait_reports_progress() -> None:
    fake = FakeEventAPI(job_polls_to_complete=3)
    ids = _ids(await _seed(fake, 3))
    sp = fake.client()
    result = await sp.events.bulk_cancel(_cancels(ids), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    assert [h.reference_id for h in result.jobs] == ids
    seen: list[str] = []
    job = await sp.jobs.wait(result.jobs[0], first_delay=0.01, on_progress=lambda j: seen.append(str(j.status)))
    assert seen == ["IN PROGRESS", "IN PROGRESS", "COMPLETED"]
    assert (job.total_items, job.success_count, job.failure_count) == (1, 1, 0)
    assert fake.events[ids[0]]["status"] == "CANCELLED"


async def test_publish_with_invites_returns_handles_for_the_invite_jobs() -> None:
    fake = FakeEventAPI(job_polls_to_complete=1)
    ids = _ids(await _seed(fake, 2))
    sp = fake.client()
    items = [m.PublishEventRequest(id=ids[0], send_invite=True), m.PublishEventRequest(id=ids[1], send_invite=False)]
    result = await sp.events.bulk_publish(items, company_id=DEFAULT_COMPANY_ID)
    assert [(h.reference_id, h.type) for h in result.jobs] == [(ids[0], "SEND_INVITE")]
    job = await sp.jobs.wait(result.jobs[0], first_delay=0.01)
    assert str(job.status) == "COMPLETED"


async def test_failed_job_items_carry_event_ids_and_messages(caplog: pytest.LogCaptureFixture) -> None:
    """The server's item messages are on the result and in DEBUG lines, never in a WARNING line."""
    caplog.set_level(logging.DEBUG, logger="spotnana_events")
    fake = FakeEventAPI()
    ids = _ids(await _seed(fake, 1))
    sp = fake.client()
    result = await sp.events.bulk_cancel(_cancels(ids), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    await sp.events.cancel(ids[0])  # cancelled before the job runs
    job = await sp.jobs.wait(result.jobs[0], first_delay=0.01)
    message = f"event {ids[0]} is already cancelled"
    assert failed_job_items(job)[0].event_id == ids[0]
    assert failed_job_items(job)[0].message == message
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("finished with 1 failed item(s)" in line for line in warnings)
    assert not any("already cancelled" in line for line in warnings)
    assert any(message in r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)


async def test_jobs_get_by_job_id_and_by_reference() -> None:
    fake = FakeEventAPI()
    ids = _ids(await _seed(fake, 1))
    sp = fake.client()
    result = await sp.events.bulk_cancel(_cancels(ids), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    by_reference = await sp.jobs.get(DEFAULT_COMPANY_ID, reference_id=ids[0], type="CANCEL")
    by_id = await sp.jobs.get(DEFAULT_COMPANY_ID, job_id=by_reference.job_id)
    assert by_id.job_id == by_reference.job_id
    assert by_id.reference_id == ids[0] == result.jobs[0].reference_id


async def test_wait_times_out_with_the_last_job_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeEventAPI(job_polls_to_complete=1000)
    ids = _ids(await _seed(fake, 1))
    sp = fake.client()
    result = await sp.events.bulk_cancel(_cancels(ids), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    now = [0.0]
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    with pytest.raises(JobTimeoutError) as caught:
        await sp.jobs.wait(result.jobs[0], timeout=30, first_delay=0.5, max_delay=10, clock=lambda: now[0])
    assert caught.value.job is not None
    assert str(caught.value.job.status) == "IN PROGRESS"
    assert waits[:6] == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0]
    assert sum(waits) == pytest.approx(30)


async def test_wait_honours_retry_after_and_keeps_polling_unknown_statuses(monkeypatch: pytest.MonkeyPatch) -> None:
    """A status this SDK does not know is not terminal; a Retry-After hint sets the wait."""
    import httpx
    from spotnana_events import AsyncSpotnana, BearerToken

    answers = iter(["QUEUED", "SOMETHING_NEW", "COMPLETED"])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={"jobId": "00000000-0000-0000-0000-000000000001", "referenceId": "1", "status": next(answers)},
            headers={"Retry-After": "3"},
        )

    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(_retry, "sleep", record)
    sp = AsyncSpotnana(base_url="http://127.0.0.1:1", auth=BearerToken("t"), transport=httpx.MockTransport(handler))
    job = await sp.jobs.wait(JobHandle(DEFAULT_COMPANY_ID, reference_id="1"))
    assert str(job.status) == "COMPLETED"
    assert job.status.is_unknown is False
    assert waits == [3.0, 3.0]


async def test_cancelling_the_waiting_task_stops_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry, "sleep", asyncio.sleep)
    fake = FakeEventAPI(job_polls_to_complete=10**6)
    ids = _ids(await _seed(fake, 1))
    sp = fake.client()
    result = await sp.events.bulk_cancel(_cancels(ids), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    task = asyncio.create_task(real_sleep_wait(sp, result.jobs[0]))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    polls = fake.operation_count("getAsyncEventJobDetails")
    await asyncio.sleep(0.05)
    assert fake.operation_count("getAsyncEventJobDetails") == polls


async def real_sleep_wait(sp: object, handle: JobHandle) -> None:
    from spotnana_events import AsyncSpotnana

    assert isinstance(sp, AsyncSpotnana)
    await sp.jobs.wait(handle, first_delay=0.01, max_delay=0.01)


def test_job_handle_round_trips_through_a_token() -> None:
    """A restarted service can resume waiting from a stored string."""
    for handle in (
        JobHandle(DEFAULT_COMPANY_ID, job_id="f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b"),
        JobHandle(DEFAULT_COMPANY_ID, reference_id="6926658168", type="CANCEL"),
    ):
        token = handle.to_token()
        assert isinstance(token, str)
        assert JobHandle.from_token(token) == handle
    with pytest.raises(InvalidJobToken):
        JobHandle.from_token("not-a-token")
    with pytest.raises(ValueError, match="exactly one"):
        JobHandle(DEFAULT_COMPANY_ID)


@pytest.mark.parametrize(
    "document",
    [
        {"v": 1, "company": {"a": 1}, "ref": "6926658168"},
        {"v": 1, "company": DEFAULT_COMPANY_ID, "ref": 6926658168},
        {"v": 1, "company": DEFAULT_COMPANY_ID, "job": ["f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b"]},
        {"v": 1, "company": DEFAULT_COMPANY_ID, "ref": "6926658168", "type": 7},
        ["v", 1],
    ],
    ids=["company-object", "ref-number", "job-list", "type-number", "not-an-object"],
)
def test_a_job_token_with_a_field_of_another_type_is_not_a_job_token(document: object) -> None:
    """to_token writes strings only: a token holding anything else was not made by it, and its
    values turned to text (a companyId "{'a': 1}") would ask about some other job."""
    import base64
    import json

    token = base64.urlsafe_b64encode(json.dumps(document).encode()).decode().rstrip("=")
    with pytest.raises(InvalidJobToken):
        JobHandle.from_token(token)
