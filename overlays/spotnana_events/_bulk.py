"""Bulk operations over any number of items: chunks of at most ``MAX_BULK_ITEMS`` (the spec's maxItems),
sent with bounded concurrency, aggregated back in input order.

What a call guarantees:

- every input item ends up in exactly one place: ``BulkResult.items`` (the server
  answered for it) or, if anything went wrong, ``BulkPartialFailure.unprocessed``;
- an answer counts for the item whose id it carries, never by its position
  (``_bulk_match``): an item with no answer, more answers than one, or an answer that does
  not read has an unknown outcome, and is unprocessed with ``maybe_applied``;
- a chunk fails as a whole when its request fails after the retry policy (transport
  error, error status), when its answer is not a list, or when it was never sent because
  ``on_progress`` raised: chunks already in flight then finish and count, no new chunk starts;
- when the call returns or raises, none of its requests is still running (the chunks
  run in one ``asyncio.TaskGroup``); cancelling the caller cancels them and propagates
  ``CancelledError``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from spotnana_event_api.spec_facts import MAX_BULK_ITEMS

from . import _options
from ._bulk_match import ItemIds, match
from ._errors import ConfigurationError, SpotnanaError

if TYPE_CHECKING:
    from ._jobs import JobHandle

__all__ = ["MAX_BULK_ITEMS", "BulkChunkError", "BulkItem", "BulkPartialFailure", "BulkResult", "UnprocessedChunk"]

DEFAULT_BULK_CONCURRENCY = 4

if TYPE_CHECKING:
    # A bare ``except BulkPartialFailure as failure`` reads as ``BulkPartialFailure[object,
    # object]`` (PEP 696 defaults), not Unknown; ``failure.typed(method)`` gives the precise
    # types. typing.TypeVar takes ``default`` from 3.13 on: type checkers only.
    from typing_extensions import TypeVar as _DefaultedTypeVar

    RequestT = _DefaultedTypeVar("RequestT", default=object)
    ResponseT = _DefaultedTypeVar("ResponseT", default=object)
else:
    RequestT = TypeVar("RequestT")
    ResponseT = TypeVar("ResponseT")
# The item types of the bulk method a failure is narrowed to (BulkPartialFailure.typed).
_OtherRequestT = TypeVar("_OtherRequestT")
_OtherResponseT = TypeVar("_OtherResponseT")

Progress = Callable[[int, int], None]
"""on_progress(items_done, items_total)."""


class BulkItem(Generic[RequestT, ResponseT]):
    """One input item and the server's per-item answer."""

    __slots__ = ("request", "response")

    def __init__(self, request: RequestT, response: ResponseT) -> None:
        self.request: RequestT = request
        self.response: ResponseT = response

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
        self.items: list[BulkItem[RequestT, ResponseT]] = list(items)
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


class BulkChunkError(SpotnanaError):
    """A chunk failed in a way the SDK's other errors do not describe: the server's answer
    is not a list, leaves items without an answer of their own (none, several, unreadable),
    or the chunk was not sent because the call stopped. ``maybe_applied`` says whether the
    server may have acted on it."""

    def __init__(self, message: str, *, maybe_applied: bool) -> None:
        super().__init__(message)
        self.maybe_applied: bool = maybe_applied


class UnprocessedChunk(Generic[RequestT]):
    """Items of one request with no known outcome: the request failed as a whole, or the
    answer had none for them (those items only). ``maybe_applied`` is true when the
    request may have reached the server (a timeout or 5xx after sending, an answer that
    could not be read or matched): check before resending those items. It is the error's
    own ``maybe_applied``; an error that does not say counts as "maybe"."""

    __slots__ = ("error", "items", "maybe_applied")

    def __init__(self, items: Sequence[RequestT], error: SpotnanaError) -> None:
        self.items: list[RequestT] = list(items)
        self.error: SpotnanaError = error
        self.maybe_applied: bool = _maybe_applied(error)

    def __repr__(self) -> str:
        error = type(self.error).__name__
        return f"UnprocessedChunk(items={len(self.items)}, error={error}, maybe_applied={self.maybe_applied})"


def _chunk_error(operation: str, exc: Exception) -> SpotnanaError:
    """The error a failed chunk keeps: an API error as it is (it says whether it was applied);
    anything else, such as a 2xx answer that does not parse, as a ``BulkChunkError`` that may
    have been applied (the server answered, so it may well have acted)."""
    if isinstance(exc, SpotnanaError) and hasattr(exc, "maybe_applied"):
        return exc
    if isinstance(exc, ConfigurationError):  # raised while building the request: nothing was sent
        refused = BulkChunkError(f"{operation}: not sent: {exc}", maybe_applied=False)
        refused.__cause__ = exc
        return refused
    error = BulkChunkError(f"{operation}: {type(exc).__name__}: {exc}", maybe_applied=True)
    error.__cause__ = exc
    return error


def _maybe_applied(error: SpotnanaError) -> bool:
    return bool(getattr(error, "maybe_applied", True))


class BulkPartialFailure(SpotnanaError, Generic[RequestT, ResponseT]):
    """Some chunks failed after retries, or ``on_progress`` raised (then it is the
    ``__cause__``). ``completed`` holds what was processed (in input order); ``unprocessed``
    the chunks to resume with; ``unprocessed_items`` all their items. Together they are the
    input, each item once.

    An ``except`` clause cannot name type arguments, so there the items are ``object``;
    ``failure.typed(sp.events.bulk_cancel)`` is the same failure typed as the method's
    (``BulkPartialFailure[CancelEventRequest, CancelEventResponse]``)."""

    def __init__(
        self,
        operation: str,
        completed: BulkResult[RequestT, ResponseT],
        unprocessed: Sequence[UnprocessedChunk[RequestT]],
        *,
        reason: str | None = None,
    ) -> None:
        self.operation: str = operation
        self.completed: BulkResult[RequestT, ResponseT] = completed
        self.unprocessed: list[UnprocessedChunk[RequestT]] = list(unprocessed)
        if reason is None:
            reason = f"first error: {self.unprocessed[0].error}"
        super().__init__(
            f"{operation}: {len(self.unprocessed_items)} item(s) in {len(self.unprocessed)} request(s) not processed "
            f"({len(completed)} processed); {reason}"
        )

    @property
    def unprocessed_items(self) -> list[RequestT]:
        """Every item of every failed request, in input order: resume with these."""
        return [item for chunk in self.unprocessed for item in chunk.items]

    def typed(
        self, method: Callable[..., Awaitable[BulkResult[_OtherRequestT, _OtherResponseT]]]
    ) -> BulkPartialFailure[_OtherRequestT, _OtherResponseT]:
        """This failure, typed with the item types of ``method``, the bulk method that raised it
        (``sp.events.bulk_cancel``). ``TypeError`` if another operation raised it."""
        name = getattr(method, "__name__", None)
        if name != self.operation:
            raise TypeError(f"this BulkPartialFailure was raised by {self.operation}, not by {name}")
        return cast("BulkPartialFailure[_OtherRequestT, _OtherResponseT]", self)


def chunked(items: Sequence[RequestT], size: int = MAX_BULK_ITEMS) -> list[Sequence[RequestT]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


async def run_chunks(
    operation: str,
    items: Iterable[RequestT],
    send: Callable[[Sequence[RequestT]], Awaitable[Sequence[ResponseT]]],
    *,
    ids: ItemIds[RequestT, ResponseT],
    concurrency: int = DEFAULT_BULK_CONCURRENCY,
    on_progress: Progress | None = None,
    finish: Callable[[BulkResult[RequestT, ResponseT]], None] | None = None,
) -> BulkResult[RequestT, ResponseT]:
    """Send ``items`` in chunks through ``send`` (one request per chunk), each answer
    matched to its item by the id ``ids`` reads from both.

    ``finish`` completes the result (job handles, say) whether the call returns it or
    raises ``BulkPartialFailure`` with it as ``completed``."""
    _options.count("concurrency", concurrency, minimum=1)
    pending = list(items)
    if not pending:
        return BulkResult([])
    chunks = chunked(pending)
    answers: list[list[tuple[RequestT, ResponseT]]] = [[] for _ in chunks]
    failures: list[UnprocessedChunk[RequestT] | None] = [None] * len(chunks)
    queue = iter(range(len(chunks)))  # shared by the workers: each chunk is taken once
    stopped: Exception | None = None  # what on_progress raised
    done = 0

    async def send_one(index: int) -> None:
        nonlocal done, stopped
        chunk = chunks[index]
        try:
            matched = match(operation, chunk, _checked(operation, await send(chunk)), ids)
        except Exception as exc:
            failures[index] = UnprocessedChunk(chunk, _chunk_error(operation, exc))
            return
        answers[index] = matched.pairs
        if matched.unknown:
            error = BulkChunkError(f"{operation}: {matched.reason}", maybe_applied=True)
            failures[index] = UnprocessedChunk(matched.unknown, error)
        done += len(matched.pairs)
        if on_progress is not None and stopped is None:
            try:
                on_progress(done, len(pending))
            except Exception as exc:
                stopped = exc

    async def worker() -> None:
        for index in queue:
            if stopped is None:
                await send_one(index)
            else:
                reason = f"{operation}: not sent: on_progress raised {type(stopped).__name__}"
                failures[index] = UnprocessedChunk(chunks[index], BulkChunkError(reason, maybe_applied=False))

    import asyncio  # deferred: keeps `import spotnana_events` cheap

    async with asyncio.TaskGroup() as group:
        for _ in range(min(concurrency, len(chunks))):
            group.create_task(worker())
    processed = [BulkItem(request, response) for pairs in answers for request, response in pairs]
    result: BulkResult[RequestT, ResponseT] = BulkResult(processed)
    if finish is not None:
        finish(result)
    unprocessed = [failure for failure in failures if failure is not None]
    if stopped is not None:
        reason = f"on_progress raised {type(stopped).__name__}: {stopped}"
        raise BulkPartialFailure(operation, result, unprocessed, reason=reason) from stopped
    if unprocessed:
        raise BulkPartialFailure(operation, result, unprocessed)
    return result


def _checked(operation: str, answer: object) -> Sequence[Any]:
    """``answer`` if it is a list of results; ``BulkChunkError`` otherwise.

    The server answered 2xx, so it may well have acted: a mismatch is ``maybe_applied``."""
    if not isinstance(answer, Sequence) or isinstance(answer, str | bytes):
        raise BulkChunkError(
            f"{operation}: the answer holds {type(answer).__name__}, not a list of results", maybe_applied=True
        )
    return answer
