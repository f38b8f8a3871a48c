"""Auto-pagination: first page, every item, pages, prefetch, early exit, offset shifts."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from spotnana_event_api import models as m
from spotnana_events import AsyncPaginator
from spotnana_events.testing import FakeEventAPI, Fault

from tests.spec_bodies import spec_body


async def _seed(fake: FakeEventAPI, count: int) -> list[str]:
    sp = fake.client()
    bodies = [spec_body(m.CreateEventRequest, {"name": f"Event {n:04d}", "location": {}}) for n in range(count)]
    return [(await sp.events.create(body=b)).id for b in bodies]


async def test_await_gives_the_first_page_and_next_page_walks_on() -> None:
    fake = FakeEventAPI()
    ids = await _seed(fake, 7)
    sp = fake.client()
    page = await sp.events.list(page_size=3)
    assert [e.id for e in page.items] == ids[:3]
    assert (page.total, page.offset) == (7, 0)
    assert page.has_next_page()
    second = await page.next_page()
    third = await second.next_page()
    assert [e.id for e in third.items] == ids[6:]
    assert not third.has_next_page()
    with pytest.raises(StopAsyncIteration):
        await third.next_page()


async def test_async_for_yields_every_item_in_order() -> None:
    fake = FakeEventAPI()
    ids = await _seed(fake, 250)
    sp = fake.client()
    assert [e.id async for e in sp.events.list()] == ids
    requests = [c.operation for c in fake.calls if c.operation == "listEvents"]
    assert len(requests) == 3  # page size defaults to the spec maximum, 100


async def test_pages_and_max_items_and_start_offset() -> None:
    fake = FakeEventAPI()
    ids = await _seed(fake, 30)
    sp = fake.client()
    pages = [page async for page in sp.events.list(page_size=10).pages()]
    assert [p.offset for p in pages] == [0, 10, 20]
    limited = [e.id async for e in sp.events.list(page_size=10, max_items=15)]
    assert limited == ids[:15]
    started = [e.id async for e in sp.events.list(m.ListEventsRequest(offset=25), page_size=10)]
    assert started == ids[25:]
    filtered = [
        e.id async for e in sp.events.list(m.ListEventsRequest.from_dict({"filters": [{"eventNameFilter": "0002"}]}))
    ]
    assert filtered == [ids[2]]


async def test_later_pages_are_prefetched_with_bounded_concurrency() -> None:
    """After the first page, up to `concurrency` page requests are in flight at once."""
    in_flight = peak = 0

    async def fetch(offset: int, limit: int) -> tuple[list[int], int]:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return list(range(offset, min(offset + limit, 1000))), 1000

    paginator: AsyncPaginator[int, Any] = AsyncPaginator(
        fetch, lambda r: r, key=lambda i: i, page_size=10, concurrency=4
    )
    items = [i async for i in paginator]
    assert items == list(range(1000))
    assert peak == 4


async def test_breaking_out_cancels_outstanding_requests_and_leaves_no_task() -> None:
    started: list[int] = []
    finished: list[int] = []

    async def fetch(offset: int, limit: int) -> tuple[list[int], int]:
        started.append(offset)
        await asyncio.sleep(0 if offset == 0 else 10)
        finished.append(offset)
        return list(range(offset, offset + limit)), 10_000

    paginator: AsyncPaginator[int, Any] = AsyncPaginator(
        fetch, lambda r: r, key=lambda i: i, page_size=10, concurrency=3
    )
    async for item in paginator:
        await asyncio.sleep(0.001)  # the prefetches get going while the first page is consumed
        if item == 5:
            break
    await asyncio.sleep(0)  # let the cancellations run
    assert started == [0, 10, 20, 30]
    assert finished == [0]
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_explicit_aclose_of_pages_cancels_prefetches() -> None:
    async def fetch(offset: int, limit: int) -> tuple[list[int], int]:
        await asyncio.sleep(0 if offset == 0 else 10)
        return list(range(offset, offset + limit)), 100

    pages = AsyncPaginator(fetch, lambda r: r, key=lambda i: i, page_size=10).pages()
    await pages.__anext__()
    await pages.aclose()
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_memory_window_is_bounded() -> None:
    """At most `concurrency` pages are held ahead of the consumer, whatever the total."""
    fetched = 0

    async def fetch(offset: int, limit: int) -> tuple[list[int], int]:
        nonlocal fetched
        fetched += 1
        return list(range(offset, offset + limit)), 100_000

    iterator = AsyncPaginator(fetch, lambda r: r, key=lambda i: i, page_size=10, concurrency=2).__aiter__()
    await iterator.__anext__()
    await asyncio.sleep(0)
    assert fetched <= 1 + 2


async def test_items_created_during_a_crawl_never_yield_an_event_twice() -> None:
    """Creating events ahead of the cursor shifts offsets; no event is yielded twice."""
    fake = FakeEventAPI()
    await _seed(fake, 25)
    sp = fake.client()
    seen: list[str] = []
    async for event in sp.events.list(
        m.ListEventsRequest.from_dict({"sortOptions": [{"sortField": "CREATION_DATE", "sortOrder": "DESC"}]}),
        page_size=10,
        concurrency=1,
    ):
        seen.append(event.id or "")
        if len(seen) == 5:  # newest first: new events land before the cursor and push items back
            await _seed(fake, 3)
    assert len(seen) == len(set(seen))


async def test_errors_on_a_later_page_propagate_and_stop_the_crawl() -> None:
    fake = FakeEventAPI()
    await _seed(fake, 30)
    sp = fake.client(max_retries=0)
    fake.add_fault(Fault(status=400, operation="listEvents", times=1))
    with pytest.raises(Exception, match="400"):
        [e async for e in sp.events.list(page_size=10)]
    await asyncio.sleep(0)
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_list_travelers_pages_too() -> None:
    import uuid

    fake = FakeEventAPI()
    sp = fake.client()
    event_id = (await _seed(fake, 1))[0]
    users = [m.UserId(id=uuid.UUID(int=n)) for n in range(1, 8)]
    await sp.events.add_travelers(event_id, body=m.AddTravelersToEventRequest(user_ids=users))
    found = [str(t.user_id.id) async for t in sp.events.list_travelers(event_id, page_size=3)]
    assert found == sorted(str(u.id) for u in users)
