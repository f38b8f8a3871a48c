"""``sp.events``: the generated one-call methods plus crawling and chunked bulk operations."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from spotnana_event_api.facade import EventsResource

from . import _options, _telemetry
from ._bulk import DEFAULT_BULK_CONCURRENCY, BulkPartialFailure, BulkResult, Progress, run_chunks
from ._bulk_match import ItemIds
from ._jobs import JobHandle
from ._pagination import DEFAULT_CONCURRENCY, DEFAULT_PAGE_SIZE, AsyncPaginator, total_of

if TYPE_CHECKING:
    import httpx
    from spotnana_event_api.models import (
        CancelEventRequest,
        CancelEventResponse,
        DeleteEventRequest,
        DeleteEventResponse,
        Event,
        EventTravelersRequest,
        EventTravelersResponse,
        ListEventsRequest,
        ListEventsResponse,
        PublishEventRequest,
        PublishEventResponse,
        TravelerEventInfo,
        UpdateEventRequestItem,
        UpdateEventResponse,
    )

__all__ = ["Events"]


def _start(body: Any) -> int:
    offset = getattr(body, "offset", None)
    return offset if isinstance(offset, int) else 0


def _bulk_attributes(span: _telemetry.Span, result: BulkResult[Any, Any] | None, error: BaseException | None) -> None:
    """A bulk run's span: chunk requests sent, items, and how they ended."""
    unprocessed = 0
    if isinstance(error, BulkPartialFailure):
        result, unprocessed = error.completed, len(error.unprocessed_items)
    if result is None:
        return
    span.set("spotnana.bulk.chunks", span.children)
    span.set("spotnana.bulk.items", len(result) + unprocessed)
    span.set("spotnana.bulk.succeeded", len(result.succeeded))
    span.set("spotnana.bulk.failed", len(result.failed))
    span.set("spotnana.bulk.unprocessed", unprocessed)


class Events(EventsResource):
    """``sp.events``: every generated operation, plus ``list``/``list_travelers`` crawls over all
    pages and ``bulk_*`` over any number of items (chunked to the spec's maxItems).

    The crawls and bulk methods take the per-call options of the one-call methods: each of
    their requests gets ``extra_headers``, ``extra_query`` and ``timeout``, and ``deadline``
    bounds them all, from the first request. A bulk chunk left unsent at the deadline is
    unprocessed (``APITimeoutError``, not applied), so the items stay accounted for."""

    __slots__ = ()

    def list(
        self,
        body: ListEventsRequest | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[Event, ListEventsResponse]:
        """Events matching ``body``'s filters: ``await`` for the first page, ``async for`` for all.

        ``body.offset`` is where the crawl starts; ``body.limit`` is replaced by ``page_size``.
        Every page request takes ``extra_headers``, ``extra_query`` and ``timeout``;
        ``deadline`` bounds the whole crawl, from its first request.
        """
        import attrs  # with the models: `import spotnana_events` stays free of attrs
        from spotnana_event_api.models import ListEventsRequest

        request = body if body is not None else ListEventsRequest()
        options = _options.CallOptions(
            "events.list", extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline
        )

        async def fetch(offset: int, limit: int) -> ListEventsResponse:
            return await options.call(self.list_page, body=attrs.evolve(request, offset=offset, limit=limit))

        def read(page: ListEventsResponse) -> tuple[Sequence[Event], object]:
            return page.events or [], total_of(page)

        return AsyncPaginator(
            fetch,
            read,
            key=lambda event: event.id or None,
            start=_start(request),
            page_size=page_size,
            max_items=max_items,
            concurrency=concurrency,
            crawl_span=functools.partial(_telemetry.of(self._execute).composite, "spotnana.events.list"),
        )

    def list_travelers(
        self,
        event_id: str,
        body: EventTravelersRequest | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[TravelerEventInfo, EventTravelersResponse]:
        """An event's travelers, paged (and the options taken) like ``list``."""
        import attrs
        from spotnana_event_api.models import EventTravelersRequest

        request = body if body is not None else EventTravelersRequest()
        options = _options.CallOptions(
            "events.list_travelers",
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

        async def fetch(offset: int, limit: int) -> EventTravelersResponse:
            page = attrs.evolve(request, offset=offset, limit=limit)
            return await options.call(self.list_travelers_page, event_id=event_id, body=page)

        def read(page: EventTravelersResponse) -> tuple[Sequence[TravelerEventInfo], object]:
            return page.traveler_event_infos or [], total_of(page)

        return AsyncPaginator(
            fetch,
            read,
            key=lambda info: str(info.user_id.id) if info.user_id else None,
            start=_start(request),
            page_size=page_size,
            max_items=max_items,
            concurrency=concurrency,
            crawl_span=functools.partial(_telemetry.of(self._execute).composite, "spotnana.events.list_travelers"),
        )

    @_telemetry.traced("events", finish=_bulk_attributes)
    async def bulk_publish(
        self,
        items: Iterable[PublishEventRequest],
        *,
        company_id: str | uuid.UUID | None = None,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - per network operation, as in every method
        deadline: float | None = None,
    ) -> BulkResult[PublishEventRequest, PublishEventResponse]:
        """Publish any number of events, ``MAX_BULK_ITEMS`` (the spec's maxItems) per request.
        Raises ``BulkPartialFailure`` if a request fails.

        Invites (``send_invite``) go out as async jobs: with ``company_id``, ``result.jobs``
        holds a handle per published event that sends them."""
        from spotnana_event_api.models import BulkPublishEventRequest

        options = _options.CallOptions(
            "events.bulk_publish",
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

        async def send(chunk: Sequence[PublishEventRequest]) -> Sequence[PublishEventResponse]:
            answer = await options.call(
                self.bulk_publish_batch, body=BulkPublishEventRequest(publish_event_list=list(chunk))
            )
            return answer.publish_event_responses

        def finish(result: BulkResult[PublishEventRequest, PublishEventResponse]) -> None:
            if company_id is not None:
                inviting = [item.request.id for item in result.succeeded if item.request.send_invite]
                result.jobs = _job_handles(company_id, "SEND_INVITE", inviting)

        ids: ItemIds[PublishEventRequest, PublishEventResponse] = ItemIds(lambda r: r.id, lambda a: a.id)
        return await run_chunks(
            "bulk_publish", items, send, ids=ids, concurrency=concurrency, on_progress=on_progress, finish=finish
        )

    @_telemetry.traced("events", finish=_bulk_attributes)
    async def bulk_edit(
        self,
        items: Iterable[UpdateEventRequestItem],
        *,
        update_async: bool = False,
        company_id: str | uuid.UUID | None = None,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - per network operation, as in every method
        deadline: float | None = None,
    ) -> BulkResult[UpdateEventRequestItem, UpdateEventResponse]:
        """Edit any number of events, ``MAX_BULK_ITEMS`` per request; with ``update_async`` and ``company_id``,
        ``result.jobs`` holds a handle per accepted event."""
        from spotnana_event_api.models import BulkUpdateEventsRequest

        options = _options.CallOptions(
            "events.bulk_edit", extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline
        )

        async def send(chunk: Sequence[UpdateEventRequestItem]) -> Sequence[UpdateEventResponse]:
            body = BulkUpdateEventsRequest(events_to_update=list(chunk), update_async=update_async)
            return (await options.call(self.bulk_edit_batch, body=body)).update_events_response

        def finish(result: BulkResult[UpdateEventRequestItem, UpdateEventResponse]) -> None:
            if update_async and company_id is not None:
                result.jobs = _job_handles(company_id, "MODIFY", [item.request.event_id for item in result.succeeded])

        ids: ItemIds[UpdateEventRequestItem, UpdateEventResponse] = ItemIds(lambda r: r.event_id, lambda a: a.id)
        return await run_chunks(
            "bulk_edit", items, send, ids=ids, concurrency=concurrency, on_progress=on_progress, finish=finish
        )

    @_telemetry.traced("events", finish=_bulk_attributes)
    async def bulk_delete(
        self,
        items: Iterable[DeleteEventRequest],
        *,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - per network operation, as in every method
        deadline: float | None = None,
    ) -> BulkResult[DeleteEventRequest, DeleteEventResponse]:
        """Delete any number of draft events, ``MAX_BULK_ITEMS`` per request."""
        from spotnana_event_api.models import BulkDeleteEventRequest

        options = _options.CallOptions(
            "events.bulk_delete",
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

        async def send(chunk: Sequence[DeleteEventRequest]) -> Sequence[DeleteEventResponse]:
            answer = await options.call(
                self.bulk_delete_batch, body=BulkDeleteEventRequest(delete_event_list=list(chunk))
            )
            return answer.delete_event_responses

        ids: ItemIds[DeleteEventRequest, DeleteEventResponse] = ItemIds(lambda r: r.id, lambda a: a.id)
        return await run_chunks("bulk_delete", items, send, ids=ids, concurrency=concurrency, on_progress=on_progress)

    @_telemetry.traced("events", finish=_bulk_attributes)
    async def bulk_cancel(
        self,
        items: Iterable[CancelEventRequest],
        *,
        cancel_async: bool = False,
        company_id: str | uuid.UUID | None = None,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Progress | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - per network operation, as in every method
        deadline: float | None = None,
    ) -> BulkResult[CancelEventRequest, CancelEventResponse]:
        """Cancel any number of events, ``MAX_BULK_ITEMS`` per request; with ``cancel_async`` and ``company_id``,
        ``result.jobs`` holds a handle per accepted event for ``sp.jobs.wait``."""
        from spotnana_event_api.models import BulkCancelEventRequest

        options = _options.CallOptions(
            "events.bulk_cancel",
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )

        async def send(chunk: Sequence[CancelEventRequest]) -> Sequence[CancelEventResponse]:
            body = BulkCancelEventRequest(cancel_event_requests=list(chunk), cancel_async=cancel_async)
            return (await options.call(self.bulk_cancel_batch, body=body)).cancel_event_responses

        def finish(result: BulkResult[CancelEventRequest, CancelEventResponse]) -> None:
            if cancel_async and company_id is not None:
                result.jobs = _job_handles(company_id, "CANCEL", [item.request.event_id for item in result.succeeded])

        ids: ItemIds[CancelEventRequest, CancelEventResponse] = ItemIds(lambda r: r.event_id, lambda a: a.event_id)
        return await run_chunks(
            "bulk_cancel", items, send, ids=ids, concurrency=concurrency, on_progress=on_progress, finish=finish
        )


def _job_handles(company_id: str | uuid.UUID, job_type: str, event_ids: list[str]) -> list[JobHandle]:
    # The bulk responses carry no job ids. The spec does not say what a job's referenceId
    # is; the SDK assumes the id of the event the job works on (one job per event), here
    # only. The fake makes the same assumption (testing.JOB_REFERENCE_IS_EVENT_ID).
    return [JobHandle(company_id, reference_id=event_id, type=job_type) for event_id in event_ids]
