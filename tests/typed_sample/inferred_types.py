"""What type checkers infer at the SDK's generic seams. ``assert_type`` fails ``mypy --strict``
and pyright (strict) on any other type, ``Any`` and ``Unknown`` included; at run time it does
nothing, so this module is checked, not run."""

from __future__ import annotations

from typing import assert_type

from spotnana_event_api import models as m
from spotnana_event_api.types import Unset
from spotnana_events import (
    AsyncSpotnana,
    BulkItem,
    BulkPartialFailure,
    BulkResult,
    JobHandle,
    OffsetPage,
    UnprocessedChunk,
)


async def bulk(sp: AsyncSpotnana, requests: list[m.CancelEventRequest]) -> None:
    try:
        result = await sp.events.bulk_cancel(requests)
        assert_type(result, BulkResult[m.CancelEventRequest, m.CancelEventResponse])
        assert_type(result.items, list[BulkItem[m.CancelEventRequest, m.CancelEventResponse]])
        assert_type(result.jobs, list[JobHandle])
    except BulkPartialFailure as error:
        # An except clause cannot name type arguments. pyright reads them from the PEP 696
        # defaults (object, never Unknown); mypy reads a bare class in an except clause as
        # [Any, Any]. Hence the ignores, for mypy only: pyright does not honour `type: ignore`
        # here (enableTypeIgnoreComments = false in pyproject.toml).
        assert_type(error, BulkPartialFailure[object, object])  # type: ignore[assert-type]
        assert_type(error.unprocessed_items, list[object])  # type: ignore[assert-type]
        failure = error.typed(sp.events.bulk_cancel)
        assert_type(failure, BulkPartialFailure[m.CancelEventRequest, m.CancelEventResponse])
        assert_type(failure.unprocessed_items, list[m.CancelEventRequest])
        assert_type(failure.unprocessed, list[UnprocessedChunk[m.CancelEventRequest]])
        assert_type(failure.completed.items[0].response, m.CancelEventResponse)
        published = error.typed(sp.events.bulk_publish)  # the wrong method raises TypeError at run time
        assert_type(published, BulkPartialFailure[m.PublishEventRequest, m.PublishEventResponse])


async def pages(sp: AsyncSpotnana) -> None:
    page = await sp.events.list(m.ListEventsRequest(), page_size=10)
    assert_type(page, OffsetPage[m.Event, m.ListEventsResponse])
    assert_type(page.items, list[m.Event])
    assert_type(page.total, int | None)
    async for event in sp.events.list():
        assert_type(event, m.Event)
    async for traveler in sp.events.list_travelers("event-id"):
        assert_type(traveler, m.TravelerEventInfo)


async def attributes(sp: AsyncSpotnana, handle: JobHandle) -> None:
    assert_type(sp.max_retries, int)
    assert_type(sp.deadline, float | None)
    assert_type(handle.company_id, str)
    assert_type(handle.job_id, str | None)
    assert_type(await sp.jobs.wait(handle), m.AsyncJobDetailResponse)


def enum_fields() -> None:
    # __init__ converts a plain value of an enum field: the parameter takes it, the attribute
    # holds the member.
    request = m.CreateEventRequest(
        name="x", location=m.EventLocation(), type_="GENERIC", traveler_types=("EMPLOYEE", m.Persona.GUEST)
    )
    assert_type(request.type_, m.EventType | Unset)
    assert_type(request.traveler_types, list[m.Persona] | Unset)
    assert_type(m.CancelEventRequest(event_id="1", type_="GENERIC").type_, m.EventType)
