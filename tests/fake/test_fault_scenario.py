"""One seeded end-to-end run with faults on: the fake ends in exactly the fault-free state.

1,000 events with external ids are created, published in bulk, paged through, cancelled
asynchronously, and their jobs awaited, while the fake injects 429s with Retry-After,
5xx, dropped connections (before and after processing) and token expiry. Every call
either succeeds or raises one of the typed errors the resume logic below expects.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from spotnana_event_api import models as m
from spotnana_events import (
    APIConnectionError,
    APIStatusError,
    AsyncSpotnana,
    AuthenticationError,
    BulkPartialFailure,
    InternalServerError,
    JobHandle,
    NotFoundError,
    RateLimitError,
)
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault

EVENTS = 1000
COMPANY = uuid.UUID(DEFAULT_COMPANY_ID)
# AuthenticationError: the token expired again while a call refreshed it (a second 401 is final).
EXPECTED = (APIConnectionError, AuthenticationError, InternalServerError, RateLimitError)
T = TypeVar("T")


class Outcomes:
    def __init__(self) -> None:
        self.errors: Counter[str] = Counter()

    async def until_done(self, call: Callable[[], Awaitable[T]]) -> T:
        """Repeat a call the SDK gave up on; anything but an expected typed error fails the test."""
        while True:
            try:
                return await call()
            except EXPECTED as exc:
                self.errors[type(exc).__name__] += 1


async def create_all(sp: AsyncSpotnana, outcomes: Outcomes) -> dict[str, str]:
    gate = asyncio.Semaphore(50)

    async def create(n: int) -> tuple[str, str]:
        external_id = f"evt-{n:04d}"
        body = m.CreateEventRequest.from_dict(
            {"name": f"Event {n:04d}", "location": {}, "externalId": external_id, "companyId": {"id": str(COMPANY)}}
        )

        async def attempt() -> str:
            try:
                return (await sp.events.create(body=body)).id
            except APIStatusError as exc:
                if exc.status_code != 400 or "already used" not in str(exc):
                    raise
            # An earlier attempt of ours went through after all: find it, never create twice.
            found = await sp.events.get_by_external_id(external_id=external_id, company_id=COMPANY)
            return found.event.id

        async with gate:
            return external_id, await outcomes.until_done(attempt)

    return dict(await asyncio.gather(*(create(n) for n in range(EVENTS))))


async def resume_bulk(
    outcomes: Outcomes,
    run: Callable[[list[Any]], Awaitable[Any]],
    items: list[Any],
    still_needed: Callable[[list[Any]], Awaitable[list[Any]]],
) -> list[Any]:
    """Run a bulk call; resume with the unprocessed items, re-checking those that may have been applied."""
    results: list[Any] = []
    while items:
        try:
            results.append(await run(items))
            return results
        except BulkPartialFailure as failure:
            outcomes.errors["BulkPartialFailure"] += 1
            results.append(failure.completed)
            unsure = [i for chunk in failure.unprocessed if chunk.maybe_applied for i in chunk.items]
            sure = [i for chunk in failure.unprocessed if not chunk.maybe_applied for i in chunk.items]
            items = sure + await still_needed(unsure)
    return results


async def scenario(fake: FakeEventAPI) -> tuple[dict[str, str], Outcomes]:
    sp = fake.client(max_retries=4)
    outcomes = Outcomes()
    by_external = await create_all(sp, outcomes)
    ids = list(by_external.values())

    async def status_is(wanted: str, event_ids: list[str]) -> list[str]:
        statuses = await asyncio.gather(*(outcomes.until_done(lambda e=e: sp.events.get(e)) for e in event_ids))
        return [e for e, s in zip(event_ids, statuses, strict=True) if str(s.event.status) == wanted]

    async def publish(items: list[m.PublishEventRequest]) -> Any:
        return await sp.events.bulk_publish(items)

    async def drafts(items: list[m.PublishEventRequest]) -> list[m.PublishEventRequest]:
        still = set(await status_is("DRAFT", [i.id for i in items]))
        return [i for i in items if i.id in still]

    await resume_bulk(outcomes, publish, [m.PublishEventRequest(id=e, send_invite=False) for e in ids], drafts)

    crawled = await outcomes.until_done(lambda: _crawl(sp))
    assert sorted(crawled) == sorted(ids)

    handles: list[JobHandle] = []

    async def cancel(items: list[m.CancelEventRequest]) -> Any:
        result = await sp.events.bulk_cancel(items, cancel_async=True, company_id=COMPANY)
        handles.extend(result.jobs)
        return result

    async def without_job(items: list[m.CancelEventRequest]) -> list[m.CancelEventRequest]:
        """Of the items a lost answer left unsure: wait for the jobs that did start, resend the rest."""
        resend = []
        for item in items:
            handle = JobHandle(COMPANY, reference_id=item.event_id, type="CANCEL")
            try:
                await outcomes.until_done(lambda h=handle: sp.jobs.get(h))
                handles.append(handle)
            except NotFoundError:
                resend.append(item)
        return resend

    results = await resume_bulk(
        outcomes, cancel, [m.CancelEventRequest(event_id=e, type_=m.EventType.GENERIC) for e in ids], without_job
    )
    for partial in results:
        handles.extend(JobHandle(COMPANY, reference_id=i.request.event_id, type="CANCEL") for i in partial.succeeded)
    gate = asyncio.Semaphore(100)

    async def wait(handle: JobHandle) -> m.AsyncJobDetailResponse:
        async with gate:
            return await outcomes.until_done(lambda: sp.jobs.wait(handle, first_delay=0.01))

    jobs = await asyncio.gather(*(wait(h) for h in set(handles)))
    assert all(str(j.status) == "COMPLETED" for j in jobs)
    return by_external, outcomes


async def _crawl(sp: AsyncSpotnana) -> list[str]:
    return [e.id or "" async for e in sp.events.list()]


def _state(fake: FakeEventAPI, by_external: dict[str, str]) -> dict[str, tuple[str, str]]:
    return {external: (fake.events[i]["name"], fake.events[i]["status"]) for external, i in by_external.items()}


async def test_faults_leave_exactly_the_fault_free_state() -> None:
    clean = FakeEventAPI(seed=3)
    clean_ids, clean_outcomes = await scenario(clean)
    assert not clean_outcomes.errors

    faulty = FakeEventAPI(seed=3)
    faulty.add_fault(
        # Aimed faults, so the resume paths run on every seed ...
        Fault(status=502, operation="bulkPublishEvents", times=1),
        Fault(drop="after", operation="bulkCancelEvents", times=1),
        Fault(drop="after", operation="createEvent", times=5),
        # ... and background noise on every operation.
        Fault(status=429, retry_after=0.0, probability=0.03),
        Fault(status=502, probability=0.02),
        Fault(status=503, probability=0.01),
        Fault(drop="connect", probability=0.01),
        Fault(drop="before", probability=0.01),
        Fault(drop="after", probability=0.01),
        Fault(expire_token=True, probability=0.005),
    )
    faulty_ids, outcomes = await scenario(faulty)

    assert _state(faulty, faulty_ids) == _state(clean, clean_ids)
    assert len(faulty.events) == EVENTS
    # Every event went through each state change exactly once: nothing created,
    # published or cancelled twice, nothing lost.
    assert Counter(Counter(faulty.transitions).values()) == Counter({1: 3 * EVENTS})
    assert Counter(action for _, action in faulty.transitions) == Counter(
        {"created": EVENTS, "PUBLISH": EVENTS, "CANCELLED": EVENTS}
    )
    assert outcomes.errors["BulkPartialFailure"] == 2
    fired = {repr(rule): rule.fired for rule in faulty.faults.rules}
    assert all(rule.fired > 0 for rule in faulty.faults.rules), fired
    assert sum(f.fired for f in faulty.faults.rules) > 100
