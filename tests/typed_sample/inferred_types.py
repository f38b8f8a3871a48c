"""What type checkers infer at the SDK's generic seams. ``assert_type`` fails ``mypy --strict``
and pyright (strict) on any other type, ``Any`` and ``Unknown`` included; at run time it does
nothing, so this module is checked, not run."""

from __future__ import annotations

import datetime
from typing import assert_type

from spotnana_event_api import models as m
from spotnana_events import (
    APIStatusError,
    AsyncPaginator,
    AsyncSpotnana,
    BulkItem,
    BulkPartialFailure,
    BulkResult,
    JobHandle,
    OffsetPage,
    RawResponse,
    UnprocessedChunk,
    Unset,
    UnsetFieldError,
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


async def reading(sp: AsyncSpotnana, event_id: str) -> None:
    """Issue 26: what the server always sends, typed without Unset guards."""
    response = await sp.events.get(event_id)
    assert_type(response.event, m.Event | Unset)
    event = response.require("event")
    assert_type(event, m.Event)
    assert_type(event.require("id"), str)
    assert_type(event.require("status"), m.EventStatus)
    assert_type(event.require("company_id"), m.EntityId)
    assert_type(event.require("start_date_time").iso8601, str)  # required by the spec: no require
    assert_type(event.to_json(), str)
    assert_type(event.to_json(indent=None), str)
    async for item in sp.events.list():
        assert_type(item.require("name"), str)


async def errors_and_create_or_get(sp: AsyncSpotnana, body: m.CreateEventRequest) -> None:
    created = await sp.events.create(body=body, if_exists="return")
    assert_type(created, m.CreateEventResponse)
    try:
        await sp.events.create(body=body)
    except APIStatusError as error:
        assert_type(error.error_codes, list[str])
        assert_type(error.request_id, str | None)
    except UnsetFieldError as error:
        assert_type(error.model, str)


async def options_everywhere(sp: AsyncSpotnana, requests: list[m.CancelEventRequest], handle: JobHandle) -> None:
    result = await sp.events.bulk_cancel(requests, deadline=60, timeout=5, extra_headers={"X-Run": "nightly"})
    assert_type(result, BulkResult[m.CancelEventRequest, m.CancelEventResponse])
    pages = sp.events.list(deadline=30, extra_query={"trace": "1"})
    assert_type(pages, AsyncPaginator[m.Event, m.ListEventsResponse])
    assert_type(await sp.jobs.get(handle, timeout=5), m.AsyncJobDetailResponse)


async def raw_responses(sp: AsyncSpotnana, event_id: str, handle: JobHandle) -> None:
    raw = await sp.events.with_raw_response.get(event_id)
    assert_type(raw, RawResponse[m.GetEventResponse])
    assert_type(raw.request_id, str | None)
    assert_type(raw.elapsed, datetime.timedelta)
    assert_type(raw.reconciled, bool)
    assert_type(raw.parsed.require("event"), m.Event)
    assert_type(await sp.jobs.with_raw_response.get(handle), RawResponse[m.AsyncJobDetailResponse])
    assert_type(await sp.jobs.with_raw_response.get_details(body={}), RawResponse[m.AsyncJobDetailResponse])
    created = await sp.events.with_raw_response.create(body={"name": "x", "location": {}}, if_exists="return")
    assert_type(created, RawResponse[m.CreateEventResponse])
