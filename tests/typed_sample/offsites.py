"""Team offsites on the Event API: what a small downstream service writes with the SDK.

It imports only public names (``spotnana_events`` and the generated models) and is checked
by ``mypy --strict`` and pyright in strict mode, so every value below has a precise type: a
type checker that had to guess (``Any``/``Unknown``) anywhere would fail ``make test``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from spotnana_event_api import models as m
from spotnana_events import (
    AsyncSpotnana,
    BulkPartialFailure,
    BulkResult,
    JobHandle,
    JobTimeoutError,
    NotFoundError,
    Unset,
    failed_job_items,
)

__all__ = ["CancelReport", "Offsite", "OffsiteService"]


@dataclass(frozen=True)
class Offsite:
    external_id: str  # the caller's own key: creating twice finds the first event
    name: str
    day: str  # YYYY-MM-DD


@dataclass
class CancelReport:
    cancelled: list[str] = field(default_factory=list[str])  # event ids the jobs cancelled
    # (event id, the server's message) of the items it refused
    refused: list[tuple[str, str | None]] = field(default_factory=list[tuple[str, str | None]])
    unprocessed: list[str] = field(default_factory=list[str])  # event ids to send again
    maybe_applied: bool = False  # some unprocessed request may have reached the server
    unfinished_jobs: list[JobHandle] = field(default_factory=list[JobHandle])  # still running at the deadline


class OffsiteService:
    def __init__(self, sp: AsyncSpotnana, company_id: uuid.UUID) -> None:
        self._sp = sp
        self._company_id = company_id

    async def find(self, external_id: str) -> m.Event | None:
        """The event created under ``external_id``; None when there is none."""
        try:
            found = await self._sp.events.get_by_external_id(external_id=external_id, company_id=self._company_id)
        except NotFoundError:
            return None
        return None if isinstance(found.event, Unset) else found.event

    async def create(self, offsite: Offsite, travelers: Sequence[uuid.UUID]) -> str:
        """Create the event (once per external id), add the travelers, publish it."""
        event = await self.find(offsite.external_id)
        if event is not None and isinstance(event.id, str):
            event_id, published = event.id, event.status == m.EventStatus.PUBLISH
        else:
            body = m.CreateEventRequest(
                name=offsite.name,
                location=m.EventLocation(),
                external_id=offsite.external_id,
                company_id=m.CompanyId(id=self._company_id),
                start_date_time=m.DateTimeLocal(iso8601=f"{offsite.day}T09:00"),
                end_date_time=m.DateTimeLocal(iso8601=f"{offsite.day}T17:00"),
            )
            event_id, published = (await self._sp.events.create(body=body)).id, False
        users = [m.UserId(id=traveler) for traveler in travelers]
        await self._sp.events.add_travelers(event_id, body=m.AddTravelersToEventRequest(user_ids=users))
        if not published:
            await self._sp.events.publish(event_id)
        return event_id

    async def names(self, name_filter: str, *, status: m.EventStatus | None = None) -> dict[str, str]:
        """{event id: name} of every event whose name matches, crawling every page."""
        filters: list[m.EventNameFilterWrapper | m.EventStatusFilterWrapper] = [
            m.EventNameFilterWrapper(event_name_filter=name_filter)
        ]
        if status is not None:
            filters.append(m.EventStatusFilterWrapper(event_status_filter=[status]))
        names: dict[str, str] = {}
        async for event in self._sp.events.list(m.ListEventsRequest(filters=list(filters)), page_size=2):
            if isinstance(event.id, str) and isinstance(event.name, str):
                names[event.id] = event.name
        return names

    async def cancel(self, event_ids: Sequence[str], *, job_timeout: float = 30.0) -> CancelReport:
        """Cancel the events (bulk, asynchronously) and wait for the jobs, each at most ``job_timeout`` s."""
        requests = [m.CancelEventRequest(event_id=event_id, type_=m.EventType.GENERIC) for event_id in event_ids]
        report = CancelReport()
        result: BulkResult[m.CancelEventRequest, m.CancelEventResponse]
        try:
            result = await self._sp.events.bulk_cancel(requests, cancel_async=True, company_id=self._company_id)
        except BulkPartialFailure as error:
            # An except clause cannot name type arguments: `typed` gives them back.
            failure = error.typed(self._sp.events.bulk_cancel)
            report.unprocessed = [request.event_id for request in failure.unprocessed_items]
            report.maybe_applied = any(chunk.maybe_applied for chunk in failure.unprocessed)
            result = failure.completed
        report.refused = [(item.request.event_id, item.message) for item in result.failed]
        for handle in result.jobs:
            try:
                job = await self._sp.jobs.wait(handle, first_delay=0.01, max_delay=0.05, timeout=job_timeout)
            except JobTimeoutError as error:
                report.unfinished_jobs.append(error.handle)
                continue
            failed = {item.event_id for item in failed_job_items(job)}
            if handle.reference_id is not None and handle.reference_id not in failed:
                report.cancelled.append(handle.reference_id)
        return report
