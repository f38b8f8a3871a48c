"""Offset pagination: await the first page, ``async for`` every item, or iterate ``pages()``.

Once the first page gives the total, later pages are fetched ahead with bounded
concurrency while items are still yielded in order; memory is bounded by that window.

How the crawl moves, whatever the server does with ``limit``:

- the next offset is the previous one plus the number of items *received*, so a
  server that caps pages below ``limit`` (or varies the size) loses nothing; prefetch
  offsets follow the size the server actually gives;
- the end is the ``totalNumResults`` of the latest page in order (clipped by
  ``max_items``), so a total that changes mid-crawl moves the end with it;
- without ``paginationParams`` the total is unknown and the crawl fetches one page at a
  time until a page comes back empty;
- a total that is not a count (negative, ``null``, a string, ...: a mock server answers
  the int32 minimum) is unknown too: ``page.total`` is None, one warning per paginator
  says so, and the crawl goes one page at a time until a page shorter than asked for, or
  empty (such a server's answer is as likely static as capped);
- an empty page before the total raises ``PaginationError``: the crawl cannot go on
  without skipping; so does, with the total unknown, a page holding only items already
  yielded (``pages()``: only the page before's), as a server ignoring the offset answers.

What a crawl guarantees. Offset paging is not a snapshot:

- an item created during the crawl ahead of the cursor pushes later items forward, so
  a page can start with items already yielded. Those are skipped (told apart by id),
  as long as fewer than ``(concurrency + 2) * page_size`` items were inserted ahead of
  the cursor mid-crawl: the ids of that many recent pages are remembered, so memory
  stays bounded by the window rather than by the total;
- an item removed ahead of the cursor pulls later items back, so one of them can be
  skipped; an item created or removed during the crawl may or may not be seen.

For an exact set, filter on something that does not change (ids, a date range) or
compare ``total`` before and after.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from spotnana_event_api.spec_facts import MAX_PAGE_SIZE

from . import _options, _telemetry  # issue 18: telemetry hooks
from ._errors import SpotnanaError, bounded
from ._logs import logger

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "AsyncPaginator",
    "OffsetPage",
    "PaginationError",
]

DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE  # the largest pages the spec allows: the fewest requests
DEFAULT_CONCURRENCY = 4

ItemT = TypeVar("ItemT")
ResponseT = TypeVar("ResponseT")

FetchPage = Callable[[int, int], Awaitable[ResponseT]]
"""(offset, limit) -> the parsed response of one page."""
ReadPage = Callable[[ResponseT], tuple[Sequence[ItemT], Any]]
"""response -> (items, total as the server sent it, or ``NO_TOTAL``). The paginator checks it."""

NO_TOTAL: Any = type("NoTotal", (), {"__repr__": lambda self: "NO_TOTAL"})()
"""What ``ReadPage`` gives when the server sent no paginationParams (the total is unknown)."""
ItemKey = Callable[[ItemT], Any]
"""item -> what identifies it among pages; None when it has none (then it is never taken for a repeat)."""


class _UnreadableTotal:
    """A total the generated parser refused (``null``, a string, ...): shown as its error says."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"<{self.reason}>"


def total_of(page: Any) -> Any:
    """``page.pagination_params.total_num_results`` for a ``ReadPage``: ``NO_TOTAL`` without
    paginationParams; a value the parser refuses does not fail the page (the total is then unknown)."""
    from spotnana_event_api.errors import ModelParseError

    try:
        params = page.pagination_params
        return params.total_num_results if params else NO_TOTAL
    except ModelParseError as exc:
        return _UnreadableTotal(str(exc))


def _is_count(total: object) -> bool:
    return type(total) is int and total >= 0


class PaginationError(SpotnanaError):
    """The server's pages cannot be followed without skipping or repeating items: an empty
    page before the reported total, or (with no total) a page that only repeats items.

    ``offset`` is where the crawl stood; ``total`` what the server reported there."""

    def __init__(self, message: str, *, offset: int, total: object) -> None:
        super().__init__(message)
        self.offset = offset
        self.total = total


class OffsetPage(Generic[ItemT, ResponseT]):
    """One page: its items, the server's total (None if it gave none, or not a count), its
    offset, and the parsed response."""

    __slots__ = ("_ends_short", "_paginator", "items", "limit", "offset", "response", "total")

    def __init__(
        self,
        paginator: AsyncPaginator[ItemT, ResponseT],
        *,
        response: ResponseT,
        items: Sequence[ItemT],
        total: int | None,
        offset: int,
        limit: int,
        ends_short: bool = False,
    ) -> None:
        self._paginator = paginator
        # The server sent a total that is not a count: a page shorter than asked for is the last.
        self._ends_short = ends_short
        self.response: ResponseT = response
        self.items: list[ItemT] = list(items)
        self.total: int | None = total
        self.offset: int = offset
        self.limit: int = limit

    def __repr__(self) -> str:
        return f"OffsetPage(offset={self.offset}, items={len(self.items)}, total={self.total})"

    def has_next_page(self) -> bool:
        """Whether items remain after this page (within ``max_items``); without a total,
        whether this page had items (the end is the first empty page), and with a total that
        is not a count, whether it was full (the end is also the first short page)."""
        stop = self._paginator._stop(self.total)
        return not self._is_last_by_size() and (stop is None or self.offset + len(self.items) < stop)

    def _is_last_by_size(self) -> bool:
        """The page is empty, or short when the server's total is not a count."""
        return not self.items or (self._ends_short and len(self.items) < self.limit)

    async def next_page(self) -> OffsetPage[ItemT, ResponseT]:
        """The page after this one (raises ``StopAsyncIteration`` at the end)."""
        if not self.has_next_page():
            raise StopAsyncIteration
        offset = self.offset + len(self.items)
        return await self._paginator._fetch(offset, self._paginator._limit_at(offset))


class AsyncPaginator(Generic[ItemT, ResponseT]):
    """``await`` it for the first page; ``async for`` it for every item; ``pages()`` for pages."""

    def __init__(
        self,
        fetch: FetchPage[ResponseT],
        read: ReadPage[ResponseT, ItemT],
        *,
        key: ItemKey[ItemT],
        start: int = 0,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        crawl_span: Callable[[], _telemetry.Span] | None = None,
    ) -> None:
        self._page_size = _options.count("page_size", page_size, minimum=1, maximum=MAX_PAGE_SIZE)
        self._concurrency = _options.count("concurrency", concurrency, minimum=1)
        self._max_items = None if max_items is None else _options.count("max_items", max_items, minimum=0)
        self._fetch_response = fetch
        self._read = read
        self._key = key
        self._start = start
        self._crawl_span = crawl_span  # issue 18: one span per crawl (pages()/async for)
        self._warned_total = False

    def _stop(self, total: int | None) -> int | None:
        """Where the crawl ends: the total, clipped by ``max_items``; None if neither bounds it."""
        if self._max_items is None:
            return total
        limit = self._start + self._max_items
        return limit if total is None else min(total, limit)

    def _limit_at(self, offset: int) -> int:
        if self._max_items is None:
            return self._page_size
        return max(1, min(self._page_size, self._start + self._max_items - offset))

    async def _fetch(self, offset: int, limit: int) -> OffsetPage[ItemT, ResponseT]:
        from spotnana_event_api.errors import ModelParseError

        response = await self._fetch_response(offset, limit)
        try:
            items, total = self._read(response)
        except ModelParseError as exc:
            message = f"the page at offset {offset} does not parse: {exc}"
            raise PaginationError(message, offset=offset, total=None) from exc
        counted = total is NO_TOTAL or _is_count(total)
        if not counted and not self._warned_total:
            self._warned_total = True
            logger.warning(
                "the page at offset %d reports totalNumResults=%s, not a count: the total is unknown "
                "(page.total is None) and the crawl ends at the first page shorter than asked for, or empty",
                offset,
                bounded(repr(total), 100),
            )
        return OffsetPage(
            self,
            response=response,
            items=items,
            total=total if _is_count(total) else None,
            offset=offset,
            limit=limit,
            ends_short=not counted,
        )

    def __await__(self) -> Generator[Any, None, OffsetPage[ItemT, ResponseT]]:
        return self._fetch(self._start, self._limit_at(self._start)).__await__()

    def pages(self) -> _PageIterator[ItemT, ResponseT]:
        """Every page in order, later ones prefetched ``concurrency`` at a time."""
        return _PageIterator(self)

    def __aiter__(self) -> _ItemIterator[ItemT, ResponseT]:
        return _ItemIterator(self)


class _PageIterator(Generic[ItemT, ResponseT]):
    """Pages in order; later pages run as tasks in a bounded window.

    The cursor is the offset after the last item received, whatever ``limit`` asked for.
    Prefetches go to ``cursor + k * step``, where ``step`` is the page size asked for until
    the server answers a page short with items remaining (a per-request cap): from then on
    it is the size the server actually gave. A prefetch that no longer starts where the
    crawl will continue is cancelled. Breaking out of the loop (or ``aclose()``) cancels
    the window's tasks.
    """

    def __init__(self, paginator: AsyncPaginator[ItemT, ResponseT]) -> None:
        self._p = paginator
        self._window: dict[int, asyncio.Task[OffsetPage[ItemT, ResponseT]]] = {}
        self._cursor = paginator._start
        self._stop: int | None = None  # None: unbounded (no total, no max_items)
        self._total_known = False
        self._step = paginator._page_size
        self._done = False
        self._last_keys: set[Any] = set()  # of the page before, while the total is unknown
        # issue 18: the crawl's span; its page calls run with it current (children)
        self._span = paginator._crawl_span() if paginator._crawl_span is not None else _telemetry.NOOP_SPAN

    def __aiter__(self) -> _PageIterator[ItemT, ResponseT]:
        return self

    async def __anext__(self) -> OffsetPage[ItemT, ResponseT]:
        if self._done:
            self._span.end()  # issue 18
            raise StopAsyncIteration
        try:
            offset = self._cursor
            task = self._window.pop(offset, None)
            page = (
                await task
                if task is not None
                else await self._span.run(self._p._fetch, offset, self._p._limit_at(offset))
            )
            if not self._advance(page):
                raise StopAsyncIteration
            self._span.add("spotnana.pages", 1)  # issue 18
            self._span.add("spotnana.items", len(page.items))  # issue 18
            await self._replan()
            return page
        except BaseException as exc:
            self._span.end(exc)  # issue 18
            await self.aclose()
            raise

    def _advance(self, page: OffsetPage[ItemT, ResponseT]) -> bool:
        """Move the cursor past ``page``; False when the crawl is over."""
        # The latest page in order has the say: a total that changes mid-crawl moves the end.
        self._stop = self._p._stop(page.total)
        self._total_known = page.total is not None
        received = len(page.items)
        if page._is_last_by_size() and received:
            self._done = True  # a short page is the last when the total is not a count
        if not received:
            if self._total_known and self._stop is not None and page.offset < self._stop:
                raise PaginationError(
                    f"the server answered an empty page at offset {page.offset} although it reports "
                    f"{page.total} results: the crawl cannot continue",
                    offset=page.offset,
                    total=page.total,
                )
            return False
        if page.total is None:
            # No total to end at: a server that ignores the offset would answer this page for ever.
            from spotnana_event_api.errors import ModelParseError

            try:
                keys = {self._p._key(item) for item in page.items}
            except ModelParseError:  # an id that does not read: no guard (pages() reads no ids otherwise)
                keys = {None}
            if None not in keys and keys <= self._last_keys:
                raise PaginationError(
                    f"the page at offset {page.offset} repeats items of the page before and the server "
                    "gives no total: the crawl cannot tell where it ends",
                    offset=page.offset,
                    total=None,
                )
            self._last_keys = keys
        self._cursor = page.offset + received
        if received < page.limit and (self._stop is None or self._cursor < self._stop):
            self._step = received  # the server caps pages: plan prefetches with its size
        elif received >= self._p._page_size:
            self._step = self._p._page_size
        return True

    async def _replan(self) -> None:
        """Cancel prefetches that no longer line up; start those that now should run."""
        if self._stop is not None and self._cursor >= self._stop:
            self._done = True
        # Without a total the end is the first empty page: fetch one page at a time.
        plan = (
            []
            if self._done or self._stop is None or not self._total_known
            else [
                offset
                for offset in range(self._cursor, self._cursor + self._step * self._p._concurrency, self._step)
                if offset < self._stop
            ]
        )
        stale = [task for offset, task in self._window.items() if offset not in plan]
        self._window = {offset: task for offset, task in self._window.items() if offset in plan}
        await _cancel(stale)
        import asyncio  # deferred: keeps `import spotnana_events` cheap

        for offset in plan:
            if offset not in self._window:
                self._window[offset] = asyncio.ensure_future(
                    self._span.run(self._p._fetch, offset, self._p._limit_at(offset))  # issue 18: run in the span
                )

    async def aclose(self) -> None:
        """Cancel every prefetch still running and wait until they are gone."""
        self._done = True
        window, self._window = list(self._window.values()), {}
        await _cancel(window)
        self._span.end()  # issue 18

    def __del__(self) -> None:
        # `break` in an `async for` drops the iterator without awaiting anything:
        # cancel the prefetches here so no request outlives the loop.
        for task in self._window.values():
            task.cancel()
        self._span.end()  # issue 18


async def _cancel(tasks: list[asyncio.Task[Any]]) -> None:
    for task in tasks:
        task.cancel()
    if tasks:
        import asyncio

        await asyncio.gather(*tasks, return_exceptions=True)


class _ItemIterator(Generic[ItemT, ResponseT]):
    """Every item of every page, in order, each item once."""

    def __init__(self, paginator: AsyncPaginator[ItemT, ResponseT]) -> None:
        self._p = paginator
        self._pages = paginator.pages()
        self._buffer: deque[ItemT] = deque()
        # Ids of the most recent items only: duplicates come from offsets shifting by
        # insertions, so they sit near the cursor, and memory stays flat however long the crawl
        # (counted in items, not pages: a server that caps pages must not shrink it).
        self._memory = (paginator._concurrency + 2) * paginator._page_size
        self._recent: set[Any] = set()
        self._recent_order: deque[Any] = deque()
        self._forgotten = 0
        self._yielded = 0

    def __aiter__(self) -> _ItemIterator[ItemT, ResponseT]:
        return self

    async def __anext__(self) -> ItemT:
        while True:
            if self._p._max_items is not None and self._yielded >= self._p._max_items:
                await self._pages.aclose()
                raise StopAsyncIteration
            if self._buffer:
                self._yielded += 1
                return self._buffer.popleft()
            page = await self._pages.__anext__()
            fresh = [item for item in page.items if self._remember(self._p._key(item))]
            if not fresh and page.total is None:
                # No total to end at: a server that ignores the offset would repeat this page forever.
                await self._pages.aclose()
                raise PaginationError(
                    f"the page at offset {page.offset} repeats items already yielded and the server "
                    "gives no total: the crawl cannot tell where it ends",
                    offset=page.offset,
                    total=None,
                )
            self._buffer.extend(fresh)

    def _remember(self, key: Any) -> bool:
        """Record ``key``; False if it was seen recently (an item pushed forward by an insertion)."""
        if key is None:
            # No identity (the spec makes ids optional): nothing to tell a repeat by. Never a
            # stand-in such as the object's address: a freed item's is reused by the next one.
            return True
        if key in self._recent:
            logger.debug("skipping an item seen on an earlier page (offsets shifted): %r", key)
            return False
        self._recent.add(key)
        self._recent_order.append(key)
        if len(self._recent_order) > self._memory:
            self._recent.discard(self._recent_order.popleft())
            self._forgotten += 1
            if self._forgotten >= self._memory:
                # A set keeps the slots of what it drops and grows past them: made afresh
                # now and then, its size follows the ids held, not the crawl's length.
                self._recent, self._forgotten = set(self._recent_order), 0
        return True

    async def aclose(self) -> None:
        await self._pages.aclose()
