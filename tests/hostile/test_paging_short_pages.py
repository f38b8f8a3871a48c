"""``async for`` against servers that page their own way: capped, short, empty pages and odd totals."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spotnana_events import PaginationError

from ._paging import ABSENT, client, event_id, list_answer, mock_client
from ._servers import LoopbackServer, Reply, Request


def _every(items: int) -> list[str]:
    return [event_id(n) for n in range(items)]


async def _crawl(sp: Any, **options: Any) -> list[str]:
    return [event.id async for event in sp.events.list(**options)]


async def test_a_server_capping_pages_at_50_yields_all_500_items_once_over_the_wire() -> None:
    """The issue's case: at most 50 per page whatever `limit` says, totalNumResults 500."""

    async def handler(request: Request) -> Reply:
        body = request.json()
        await asyncio.sleep(0.002)  # long enough for prefetches to overlap
        return Reply(json=list_answer(500, body["offset"], min(body["limit"], 50), 500))

    async with LoopbackServer(handler) as server, client(server.url) as sp:
        assert await _crawl(sp) == _every(500)
    offsets = [request.json()["offset"] for request in server.requests]
    # The next offset is what was received; after the first short page, prefetches use the
    # server's size, so no offset is asked twice and none is skipped.
    assert sorted(offsets) == list(range(0, 500, 50))
    assert server.peak_in_flight > 1  # prefetch still runs against a capping server
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_one_short_page_in_the_middle_does_not_end_or_skip() -> None:
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        offsets.append(body["offset"])
        count = 30 if body["offset"] == 100 else body["limit"]
        return httpx.Response(200, json=list_answer(350, body["offset"], count, 350))

    async with mock_client(handler) as sp:
        assert await _crawl(sp, concurrency=1) == _every(350)
    assert offsets == [0, 100, 130, 230, 330]


async def test_a_page_larger_than_the_limit_is_used_whole() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(200, json=list_answer(95, body["offset"], body["limit"] * 3, 95))

    async with mock_client(handler) as sp:
        assert await _crawl(sp, page_size=10) == _every(95)


async def test_an_empty_page_before_the_total_raises_instead_of_looping() -> None:
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        body = json.loads(request.content)
        count = body["limit"] if body["offset"] < 200 else 0
        return httpx.Response(200, json=list_answer(500, body["offset"], count, 500))

    seen: list[str] = []

    async def crawl(sp: Any) -> None:
        async for event in sp.events.list():
            seen.append(event.id)

    async with mock_client(handler) as sp:
        with pytest.raises(PaginationError, match="empty page at offset 200") as caught:
            await crawl(sp)
    assert seen == _every(200)  # everything before the gap was yielded, once
    assert (caught.value.offset, caught.value.total) == (200, 500)
    assert requests <= 2 + 4  # no retry loop: the pages in order plus the prefetch window
    assert asyncio.all_tasks() == {asyncio.current_task()}


NOT_COUNTS = [None, "five hundred", 500.5, -1, -(2**31), True, [500], {"n": 500}, "x" * 100_000]


def _total_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "totalNumResults" in r.getMessage()]


@pytest.mark.parametrize("total", NOT_COUNTS, ids=repr)
async def test_a_total_that_is_not_a_count_is_unknown_and_the_crawl_ends_at_a_short_page(
    total: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Not an error: page.total is None, one warning (bounded), pages one at a time to the short one."""
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        offsets.append(body["offset"])
        return httpx.Response(200, json=list_answer(250, body["offset"], body["limit"], total))

    async with mock_client(handler) as sp:
        first = await sp.events.list()
        assert (first.total, len(first.items), first.has_next_page()) == (None, 100, True)
        assert len(_total_warnings(caplog)) == 1
        caplog.clear()
        assert await _crawl(sp) == _every(250)
        pages = [(page.total, len(page.items), page.has_next_page()) async for page in sp.events.list().pages()]
    assert pages == [(None, 100, True), (None, 100, True), (None, 50, False)]
    assert offsets == [0, 0, 100, 200, 0, 100, 200]  # one page at a time: nothing fetched past the short page
    warnings = _total_warnings(caplog)
    assert len(warnings) == 2  # one per paginator (the crawl, then pages())
    assert all(len(line) < 400 for line in warnings)
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_a_prism_style_mock_answer_pages_over_the_wire(caplog: pytest.LogCaptureFixture) -> None:
    """A mock answering the same document to every request, total -2147483648 (int32 minimum):
    both crawls return the page, then end after it, with one warning each."""
    from spotnana_event_api.response_samples import RESPONSE_SAMPLES

    caplog.set_level(logging.WARNING, logger="spotnana_events")
    answers = {}
    for operation, items in (("listEvents", "events"), ("listEventTravelers", "travelerEventInfos")):
        answer = json.loads(json.dumps(RESPONSE_SAMPLES[operation]))
        answer["paginationParams"]["totalNumResults"] = -(2**31)
        assert len(answer[items]) == 1
        answers["travelers" if operation == "listEventTravelers" else "events"] = answer

    async def handler(request: Request) -> Reply:
        return Reply(json=answers["travelers" if "travelers-list" in request.path else "events"])

    async with LoopbackServer(handler) as server, client(server.url) as sp:
        page = await sp.events.list()
        assert (page.total, len(page.items), page.has_next_page()) == (None, 1, False)
        assert len([event async for event in sp.events.list()]) == 1
        travelers = await sp.events.list_travelers("ev-1")
        assert (travelers.total, len(travelers.items), travelers.has_next_page()) == (None, 1, False)
        assert len([info async for info in sp.events.list_travelers("ev-1")]) == 1
    assert len(server.requests) == 4
    assert len(_total_warnings(caplog)) == 4
    assert "-2147483648, not a count" in _total_warnings(caplog)[0]


async def test_with_a_total_that_is_not_a_count_a_server_ignoring_the_offset_still_raises() -> None:
    """Today's loop guard holds: full pages that only repeat items end in PaginationError."""
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        body = json.loads(request.content)
        return httpx.Response(200, json=list_answer(500, 0, body["limit"], -1))

    async with mock_client(handler) as sp:
        with pytest.raises(PaginationError, match="repeats items"):
            await _crawl(sp)
    assert requests == 2


async def test_a_total_that_grows_mid_crawl_extends_the_crawl() -> None:
    """The latest page in order sets the end: items added at the end are reached."""
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        body = json.loads(request.content)
        items = 100 if requests == 1 else 150
        return httpx.Response(200, json=list_answer(items, body["offset"], body["limit"], items))

    async with mock_client(handler) as sp:
        assert await _crawl(sp, page_size=25, concurrency=1) == _every(150)


async def test_a_total_that_shrinks_mid_crawl_ends_the_crawl_there_without_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        items = 500 if body["offset"] < 100 else 180
        return httpx.Response(200, json=list_answer(items, body["offset"], body["limit"], items))

    async with mock_client(handler) as sp:
        assert await _crawl(sp, concurrency=1) == _every(180)


async def test_without_a_total_the_crawl_runs_until_an_empty_page() -> None:
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        offsets.append(body["offset"])
        return httpx.Response(200, json=list_answer(95, body["offset"], min(body["limit"], 30), ABSENT))

    async with mock_client(handler) as sp:
        assert await _crawl(sp) == _every(95)
        first = await sp.events.list()
        assert first.total is None
        assert first.has_next_page()
    assert offsets[:5] == [0, 30, 60, 90, 95]  # one page at a time, ending at the empty one


async def test_without_a_total_a_server_ignoring_the_offset_raises_instead_of_looping() -> None:
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        return httpx.Response(200, json=list_answer(95, 0, 10, ABSENT))

    async with mock_client(handler) as sp:
        with pytest.raises(PaginationError, match="repeats items"):
            await _crawl(sp)
    assert requests == 2


async def test_max_items_still_bounds_a_capped_crawl() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(200, json=list_answer(500, body["offset"], min(body["limit"], 7), 500))

    async with mock_client(handler) as sp:
        assert await _crawl(sp, max_items=33) == _every(33)
        pages = [page async for page in sp.events.list(max_items=33).pages()]
    assert [(page.offset, page.limit, len(page.items)) for page in pages][-2:] == [(21, 12, 7), (28, 5, 5)]
    assert sum(len(page.items) for page in pages) == 33  # the last request asks only for what is left


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    items=st.integers(0, 260),
    page_size=st.integers(1, 100),
    concurrency=st.integers(1, 5),
    caps=st.lists(st.integers(1, 150), min_size=1, max_size=12),
    delays=st.lists(st.sampled_from([0, 0, 1, 2]), min_size=1, max_size=7),
)
def test_any_page_size_behaviour_yields_every_item_once_in_order(
    items: int, page_size: int, concurrency: int, caps: list[int], delays: list[int]
) -> None:
    """Per-request caps that vary (below or above `limit`), answers completing out of order."""
    asked: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        number = len(asked)
        asked.append(body["offset"])
        for _ in range(delays[number % len(delays)]):
            await asyncio.sleep(0)  # reorders the completion of concurrent prefetches
        cap = caps[number % len(caps)]
        count = min(body["limit"], cap) if cap <= 100 else cap  # above 100: more than asked for
        return httpx.Response(200, json=list_answer(items, body["offset"], count, items))

    async def run() -> list[str]:
        async with mock_client(handler) as sp:
            crawled = await _crawl(sp, page_size=page_size, concurrency=concurrency)
        assert asyncio.all_tasks() == {asyncio.current_task()}
        return crawled

    assert asyncio.run(run()) == _every(items)
    # Each page in order advances by at least one item; the window adds at most `concurrency`
    # requests per page: the crawl terminates with a bounded number of requests.
    assert len(asked) <= (items + 1) * (concurrency + 1)


async def _count(crawl: Any) -> int:
    """The items a crawl yields, each let go at once (as a loop that stores nothing does)."""
    count = 0
    async for _ in crawl:
        count += 1
    return count


@pytest.mark.parametrize("item", [{"name": "no id"}, {"id": "", "name": "empty id"}], ids=["no-id", "empty-id"])
async def test_events_without_an_id_are_each_yielded(item: dict[str, Any]) -> None:
    """The spec makes Event.id optional: an event without one has no identity to repeat, so
    it is never skipped as seen (its object's address, reused once freed, once stood in)."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        events = [item] * max(0, min(body["limit"], 3000 - body["offset"]))
        return httpx.Response(200, json={"events": events, "paginationParams": {"totalNumResults": 3000}})

    async with mock_client(handler) as sp:
        assert await _count(sp.events.list(page_size=100)) == 3000


async def test_travelers_without_a_user_id_are_each_yielded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        infos = [{"tripInfos": []}] * max(0, min(body["limit"], 3000 - body["offset"]))
        return httpx.Response(200, json={"travelerEventInfos": infos, "paginationParams": {"totalNumResults": 3000}})

    async with mock_client(handler) as sp:
        assert await _count(sp.events.list_travelers("ev-1", page_size=100)) == 3000


@pytest.mark.parametrize("total", [-1, ABSENT], ids=["not-a-count", "no-total"])
async def test_pages_from_a_server_ignoring_the_offset_raise_instead_of_looping(total: Any) -> None:
    """``pages()`` has the items' loop guard too: with no total to end at, a full page holding
    only the previous page's items is a PaginationError (it used to loop for ever)."""
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        body = json.loads(request.content)
        return httpx.Response(200, json=list_answer(500, 0, body["limit"], total))

    async def every_page(sp: Any) -> None:
        async for _ in sp.events.list(page_size=10).pages():
            assert requests < 50

    async with mock_client(handler) as sp:
        with pytest.raises(PaginationError, match="repeats items"):
            await every_page(sp)
    assert requests == 2


async def test_pages_with_no_total_still_come_when_an_id_does_not_read() -> None:
    """The guard reads ids, which pages() otherwise leaves to the caller: one that does not
    read turns the guard off for that page rather than failing it."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        events = [{"id": ["not", "a", "string"]}] if body["offset"] == 0 else []
        return httpx.Response(200, json={"events": events})

    async with mock_client(handler) as sp:
        pages = [page async for page in sp.events.list(page_size=10).pages()]
    assert [len(page.items) for page in pages] == [1]
