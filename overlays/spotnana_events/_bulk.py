"""Bulk operations over any number of items: chunks of at most 100 (the spec's maxItems),
sent with bounded concurrency, aggregated back in input order.

A chunk that still fails after the retry policy does not lose the others: the call
raises ``BulkPartialFailure`` carrying the completed results and the exact items that
were not processed, so the caller can resume with them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from ._errors import SpotnanaError

if TYPE_CHECKING:
    from ._jobs import JobHandle

__all__ = ["MAX_BULK_ITEMS", "BulkItem", "BulkPartialFailure", "BulkResult", "UnprocessedChunk"]

MAX_BULK_ITEMS = 100
DEFAULT_BULK_CONCURRENCY = 4

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")

Progress = Callable[[int, int], None]
"""on_progress(items_done, items_total)."""


class BulkItem(Generic[RequestT, ResponseT]):
    """One input item and the server's per-item answer."""

    __slots__ = ("request", "response")

    def __init__(self, request: RequestT, response: ResponseT) -> None:
        self.request = request
        self.response = response

    @property
    def succeeded(self) -> bool:
        """The server answered SUCCESS for this item."""
        return str(getattr(self.response, "status", "")) == "SUCCESS"

    @property
    def message(self) -> str | None:
        """The server's message for this item, if any."""
        message = getattr(self.response, "message", None)
        return message if isinstance(message, str) else None

    def __repr__(self) -> str:
        return f"BulkItem(status={getattr(self.response, 'status', None)!s}, message={self.message!r})"


class BulkResult(Generic[RequestT, ResponseT]):
    """Every processed item's status, in input order, and the succeeded/failed split."""

    def __init__(self, items: Sequence[BulkItem[RequestT, ResponseT]], jobs: Sequence[JobHandle] = ()) -> None:
        self.items = list(items)
        # Handles of the async jobs the call started (bulk_cancel / bulk_edit with their async flag).
        self.jobs: list[JobHandle] = list(jobs)

    @property
    def succeeded(self) -> list[BulkItem[RequestT, ResponseT]]:
        """Items the server answered SUCCESS for, in input order."""
        return [item for item in self.items if item.succeeded]

    @property
    def failed(self) -> list[BulkItem[RequestT, ResponseT]]:
        """Items the server refused (status FAILED or PARTIAL_SUCCESS), with its messages."""
        return [item for item in self.items if not item.succeeded]

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"BulkResult(succeeded={len(self.succeeded)}, failed={len(self.failed)})"


class UnprocessedChunk(Generic[RequestT]):
    """Items of one request that failed as a whole. ``maybe_applied`` is true when the
    request may have reached the server (a timeout or 5xx after sending): check before
    resending those items."""

    __slots__ = ("error", "items", "maybe_applied")

    def __init__(self, items: Sequence[RequestT], error: SpotnanaError) -> None:
        self.items = list(items)
        self.error = error
        self.maybe_applied = _maybe_applied(error)

    def __repr__(self) -> str:
        error = type(self.error).__name__
        return f"UnprocessedChunk(items={len(self.items)}, error={error}, maybe_applied={self.maybe_applied})"


def _maybe_applied(error: SpotnanaError) -> bool:
    return bool(getattr(error, "maybe_applied", False))


class BulkPartialFailure(SpotnanaError, Generic[RequestT, ResponseT]):
    """Some chunks failed after retries. ``completed`` holds what was processed (in input
    order); ``unprocessed`` the chunks to resume with; ``unprocessed_items`` all their items."""

    def __init__(
        self,
        operation: str,
        completed: BulkResult[RequestT, ResponseT],
        unprocessed: Sequence[UnprocessedChunk[RequestT]],
    ) -> None:
        self.completed = completed
        self.unprocessed = list(unprocessed)
        first = self.unprocessed[0].error
        super().__init__(
            f"{operation}: {len(self.unprocessed_items)} item(s) in {len(self.unprocessed)} request(s) not processed "
            f"({len(completed)} processed); first error: {first}"
        )

    @property
    def unprocessed_items(self) -> list[RequestT]:
        """Every item of every failed request, in input order: resume with these."""
        return [item for chunk in self.unprocessed for item in chunk.items]


def chunked(items: Sequence[RequestT], size: int = MAX_BULK_ITEMS) -> list[Sequence[RequestT]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


async def run_chunks(
    operation: str,
    items: Iterable[RequestT],
    send: Callable[[Sequence[RequestT]], Awaitable[Sequence[ResponseT]]],
    *,
    concurrency: int = DEFAULT_BULK_CONCURRENCY,
    on_progress: Progress | None = None,
) -> BulkResult[RequestT, ResponseT]:
    """Send ``items`` in chunks through ``send`` (one request per chunk, answers in chunk order)."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    pending = list(items)
    if not pending:
        return BulkResult([])
    chunks = chunked(pending)
    answers: list[Sequence[ResponseT] | None] = [None] * len(chunks)
    failures: list[UnprocessedChunk[RequestT] | None] = [None] * len(chunks)
    gate = asyncio.Semaphore(concurrency)
    done = 0

    async def one(index: int, chunk: Sequence[RequestT]) -> None:
        nonlocal done
        async with gate:
            try:
                answer = await send(chunk)
            except SpotnanaError as exc:
                failures[index] = UnprocessedChunk(chunk, exc)
                return
        if len(answer) != len(chunk):
            failures[index] = UnprocessedChunk(
                chunk, SpotnanaError(f"{operation}: {len(answer)} answers for {len(chunk)} items")
            )
            return
        answers[index] = answer
        done += len(chunk)
        if on_progress is not None:
            on_progress(done, len(pending))

    await asyncio.gather(*(one(index, chunk) for index, chunk in enumerate(chunks)))
    processed = [
        BulkItem(request, response)
        for chunk, answer in zip(chunks, answers, strict=True)
        if answer is not None
        for request, response in zip(chunk, answer, strict=True)
    ]
    result: BulkResult[RequestT, ResponseT] = BulkResult(processed)
    unprocessed = [failure for failure in failures if failure is not None]
    if unprocessed:
        raise BulkPartialFailure(operation, result, unprocessed)
    return result
