"""Offset pagination: await the first page, ``async for`` every item, or iterate ``pages()``.

Once the first page gives the total, later pages are fetched ahead with bounded
concurrency while items are still yielded in order; memory is bounded by that window.

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

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import Any, Generic, TypeVar

from ._logs import logger

__all__ = ["DEFAULT_CONCURRENCY", "DEFAULT_PAGE_SIZE", "AsyncPaginator", "OffsetPage"]

DEFAULT_PAGE_SIZE = 100  # the spec's maximum `limit`
DEFAULT_CONCURRENCY = 4

ItemT = TypeVar("ItemT")
ResponseT = TypeVar("ResponseT")

FetchPage = Callable[[int, int], Awaitable[ResponseT]]
"""(offset, limit) -> the parsed response of one page."""
ReadPage = Callable[[ResponseT], tuple[Sequence[ItemT], int]]
"""response -> (items, total)."""
ItemKey = Callable[[ItemT], Any]


class OffsetPage(Generic[ItemT, ResponseT]):
    """One page: its items, the server's total, its offset, and the parsed response."""

    __slots__ = ("_paginator", "items", "limit", "offset", "response", "total")

    def __init__(
        self,
        paginator: AsyncPaginator[ItemT, ResponseT],
        *,
        response: ResponseT,
        items: Sequence[ItemT],
        total: int,
        offset: int,
        limit: int,
    ) -> None:
        self._paginator = paginator
        self.response = response
        self.items = list(items)
        self.total = total
        self.offset = offset
        self.limit = limit

    def __repr__(self) -> str:
        return f"OffsetPage(offset={self.offset}, items={len(self.items)}, total={self.total})"

    def has_next_page(self) -> bool:
        """Whether items remain after this page (within ``max_items``)."""
        end = self.offset + len(self.items)
        return bool(self.items) and end < self._paginator._stop(self.total)

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
    ) -> None:
        if not 1 <= page_size <= DEFAULT_PAGE_SIZE:
            raise ValueError(f"page_size must be 1..{DEFAULT_PAGE_SIZE}, got {page_size}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, got {max_items}")
        self._fetch_response = fetch
        self._read = read
        self._key = key
        self._start = start
        self._page_size = page_size
        self._max_items = max_items
        self._concurrency = concurrency

    def _stop(self, total: int) -> int:
        return total if self._max_items is None else min(total, self._start + self._max_items)

    def _limit_at(self, offset: int) -> int:
        if self._max_items is None:
            return self._page_size
        return max(1, min(self._page_size, self._start + self._max_items - offset))

    async def _fetch(self, offset: int, limit: int) -> OffsetPage[ItemT, ResponseT]:
        response = await self._fetch_response(offset, limit)
        items, total = self._read(response)
        return OffsetPage(self, response=response, items=items, total=total, offset=offset, limit=limit)

    def __await__(self) -> Generator[Any, None, OffsetPage[ItemT, ResponseT]]:
        return self._fetch(self._start, self._limit_at(self._start)).__await__()

    def pages(self) -> _PageIterator[ItemT, ResponseT]:
        """Every page in order, later ones prefetched ``concurrency`` at a time."""
        return _PageIterator(self)

    def __aiter__(self) -> _ItemIterator[ItemT, ResponseT]:
        return _ItemIterator(self)


class _PageIterator(Generic[ItemT, ResponseT]):
    """Pages in order; later pages run as tasks in a bounded window.

    Breaking out of the loop (or ``aclose()``) cancels the window's tasks.
    """

    def __init__(self, paginator: AsyncPaginator[ItemT, ResponseT]) -> None:
        self._p = paginator
        self._window: deque[asyncio.Task[OffsetPage[ItemT, ResponseT]]] = deque()
        self._next_offset: int | None = None  # None until the first page is known
        self._stop = 0
        self._first_total: int | None = None
        self._done = False

    def __aiter__(self) -> _PageIterator[ItemT, ResponseT]:
        return self

    def _fill(self) -> None:
        while (
            self._next_offset is not None
            and self._next_offset < self._stop
            and len(self._window) < self._p._concurrency
        ):
            offset = self._next_offset
            self._window.append(asyncio.ensure_future(self._p._fetch(offset, self._p._limit_at(offset))))
            self._next_offset = offset + self._p._page_size

    async def __anext__(self) -> OffsetPage[ItemT, ResponseT]:
        if self._done:
            raise StopAsyncIteration
        try:
            if self._next_offset is None:
                page = await self._p._fetch(self._p._start, self._p._limit_at(self._p._start))
                self._first_total = page.total
                self._stop = self._p._stop(page.total)
                self._next_offset = self._p._start + self._p._page_size
            elif self._window:
                page = await self._window.popleft()
            else:
                raise StopAsyncIteration
            if not page.items:
                raise StopAsyncIteration
            self._fill()
            return page
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        """Cancel every prefetch still running and wait until they are gone."""
        self._done = True
        window, self._window = list(self._window), deque()
        for task in window:
            task.cancel()
        if window:
            await asyncio.gather(*window, return_exceptions=True)

    def __del__(self) -> None:
        # `break` in an `async for` drops the iterator without awaiting anything:
        # cancel the prefetches here so no request outlives the loop.
        for task in self._window:
            task.cancel()


class _ItemIterator(Generic[ItemT, ResponseT]):
    """Every item of every page, in order, each item once."""

    def __init__(self, paginator: AsyncPaginator[ItemT, ResponseT]) -> None:
        self._p = paginator
        self._pages = paginator.pages()
        self._buffer: deque[ItemT] = deque()
        # Ids of the most recent pages only: duplicates come from offsets shifting by
        # insertions, so they sit near the cursor, and memory stays flat however long the crawl.
        self._recent: deque[set[Any]] = deque(maxlen=paginator._concurrency + 2)
        self._yielded = 0

    def __aiter__(self) -> _ItemIterator[ItemT, ResponseT]:
        return self

    async def __anext__(self) -> ItemT:
        while True:
            if self._p._max_items is not None and self._yielded >= self._p._max_items:
                await self._pages.aclose()
                raise StopAsyncIteration
            if self._buffer:
                item = self._buffer.popleft()
                key = self._p._key(item)
                if any(key in ids for ids in self._recent):
                    logger.debug("skipping an item seen on an earlier page (offsets shifted): %r", key)
                    continue
                self._recent[-1].add(key)
                self._yielded += 1
                return item
            page = await self._pages.__anext__()
            self._recent.append(set())
            self._buffer.extend(page.items)

    async def aclose(self) -> None:
        await self._pages.aclose()
