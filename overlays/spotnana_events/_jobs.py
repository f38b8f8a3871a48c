"""Async event jobs: look one up, wait for it to finish, and resume waiting after a restart.

A job is terminal when its status is ``COMPLETED`` or ``completedAt`` holds a time; any other
status means "keep polling": the spec's ``IN PROGRESS``, the ``IN_PROGRESS`` Spotnana's
workflow guide writes, and one this SDK does not know (logged once per wait).

An answer counts only for the job it names: one for another job id (or reference id, or
type) is an ``APIResponseValidationError`` from ``get``, and a bad answer that ``wait``
polls past until its deadline; never returned as the job's status.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

from spotnana_event_api.facade import (
    JobsResource,
    JobsResourceWithRawResponse,
    RawResponse,
    raw_response_requested,
    with_raw_response,
)

from . import _options, _retry, _telemetry
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    RateLimitError,
    SpotnanaError,
    bounded,
)
from ._logs import logger

if TYPE_CHECKING:
    import httpx
    from spotnana_event_api.models import AsyncJobDetailRequest, AsyncJobDetailResponse, EventJobType

__all__ = [
    "FailedJobItem",
    "InvalidJobToken",
    "JobHandle",
    "JobTimeoutError",
    "Jobs",
    "JobsWithRawResponse",
    "failed_job_items",
]

DEFAULT_JOB_TIMEOUT = 600.0
FIRST_POLL_DELAY = 0.5
MAX_POLL_DELAY = 10.0
# A UUID's 32 hex digits, as a job or reference id's text is compared (hyphens out, lower case).
_UUID_HEX = re.compile(r"[0-9a-f]{32}")
# Spotnana's workflow guide spells the spec's "IN PROGRESS" so: a status, not news.
GUIDE_STATUSES = frozenset({"IN_PROGRESS"})

ProgressCallback = Callable[["AsyncJobDetailResponse"], None]


class InvalidJobToken(SpotnanaError, ValueError):
    """A job token that ``JobHandle.from_token`` cannot read."""


class JobTimeoutError(SpotnanaError):
    """The job did not finish in time. ``job`` is the last status seen (None if none)."""

    def __init__(self, handle: JobHandle, timeout: float, job: AsyncJobDetailResponse | None) -> None:
        self.handle = handle
        self.timeout = timeout
        self.job = job
        status = job.status if job is not None else "no status yet"
        super().__init__(f"{handle!r} not finished after {timeout:g}s (last status: {status})")


class JobHandle:
    """How to find a job: by ``job_id``, or by ``reference_id`` (+ ``type``), in a company.

    ``to_token()`` gives a string to store; ``JobHandle.from_token`` reads it back, so a
    service that restarts can resume waiting.
    """

    __slots__ = ("company_id", "job_id", "reference_id", "type")

    def __init__(
        self,
        company_id: str | uuid.UUID,
        *,
        job_id: str | uuid.UUID | None = None,
        reference_id: str | None = None,
        type: EventJobType | str | None = None,
    ) -> None:
        if (job_id is None) == (reference_id is None):
            raise ValueError("give exactly one of job_id or reference_id")
        self.company_id: str = str(company_id)
        self.job_id: str | None = str(job_id) if job_id is not None else None
        self.reference_id: str | None = reference_id
        self.type: str | None = str(type) if type is not None else None

    def __repr__(self) -> str:
        target = f"job_id={self.job_id!r}" if self.job_id else f"reference_id={self.reference_id!r}, type={self.type!r}"
        return f"JobHandle({target})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JobHandle) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def _fields(self) -> tuple[str | None, ...]:
        return (self.company_id, self.job_id, self.reference_id, self.type)

    def to_token(self) -> str:
        """A compact string (URL-safe) to store and pass to ``from_token`` later."""
        document = {"v": 1, "company": self.company_id, "job": self.job_id, "ref": self.reference_id, "type": self.type}
        raw = json.dumps({k: v for k, v in document.items() if v is not None}, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def from_token(cls, token: str) -> JobHandle:
        """The handle a ``to_token()`` string describes; ``InvalidJobToken`` otherwise."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            document = json.loads(raw)
            if document.get("v") != 1:
                raise InvalidJobToken(f"unsupported job token version {document.get('v')!r}")
            if not all(isinstance(document.get(key), str | None) for key in ("company", "job", "ref", "type")):
                # to_token writes strings only; anything else, turned to text, names another job.
                raise InvalidJobToken("not a job token made by JobHandle.to_token()")
            return cls(
                document["company"],
                job_id=document.get("job"),
                reference_id=document.get("ref"),
                type=document.get("type"),
            )
        except InvalidJobToken:
            raise
        except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
            raise InvalidJobToken("not a job token made by JobHandle.to_token()") from None

    def request_document(self) -> dict[str, Any]:
        """The ``AsyncJobDetailRequest`` JSON that looks this job up."""
        job_filter: dict[str, Any]
        if self.job_id is not None:
            job_filter = {"filterType": "JOB_ID_FILTER", "jobId": self.job_id}
        else:
            job_filter = {"filterType": "REFERENCE_ID_FILTER", "referenceId": self.reference_id}
            if self.type is not None:
                job_filter["type"] = self.type
        return {"companyId": self.company_id, "filters": job_filter}


class FailedJobItem:
    """A job item that failed: the event it concerned and the server's message."""

    __slots__ = ("event_id", "message")

    def __init__(self, event_id: str | None, message: str | None) -> None:
        self.event_id: str | None = event_id
        self.message: str | None = message

    def __repr__(self) -> str:
        return f"FailedJobItem(event_id={self.event_id!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FailedJobItem) and (self.event_id, self.message) == (other.event_id, other.message)

    __hash__: ClassVar[None] = None  # type: ignore[assignment]


def failed_job_items(job: AsyncJobDetailResponse) -> list[FailedJobItem]:
    """The job's items that failed, with their event ids and the server's messages."""
    return [
        FailedJobItem(item.event_id or None, item.message or None)
        for item in job.job_items or []
        if str(item.status) == "FAILED"
    ]


def is_terminal(job: AsyncJobDetailResponse) -> bool:
    from spotnana_event_api.models import EventJobStatus
    from spotnana_event_api.types import Unset

    if str(job.status) == EventJobStatus.COMPLETED.value:
        return True
    # completedAt says when the job finished: one with an empty time ({"iso8601": ""}) says nothing.
    completed = job.completed_at
    return not isinstance(completed, Unset) and bool(str(completed.iso8601).strip())


def _known_statuses() -> frozenset[str]:
    from spotnana_event_api.models import EventJobStatus

    return frozenset(member.value for member in EventJobStatus) | GUIDE_STATUSES


def answer_problem(handle: JobHandle, job: AsyncJobDetailResponse) -> str | None:
    """Why ``job`` is not the answer about the job ``handle`` names; None when it is. The answer
    must name the same job id, or the same reference id (and, when both say, the same type)."""
    from spotnana_event_api.errors import ModelParseError

    try:
        if handle.job_id is not None:
            return _id_problem("jobId", handle.job_id, job.job_id)
        problem = _id_problem("referenceId", handle.reference_id, job.reference_id)
        if problem is None and handle.type is not None and job.type_ and str(job.type_) != handle.type:
            problem = f"it is about a {bounded(str(job.type_), 60)!r} job, not {handle.type!r}"
        return problem
    except ModelParseError as exc:
        return f"its id does not read ({exc})"


def _id_problem(name: str, asked: str | None, answered: object) -> str | None:
    if not answered:  # UNSET, None or ""
        return f"it names no {name}"
    if _same_id(str(asked), str(answered)):
        return None
    return f"it is about {name} {bounded(str(answered), 60)!r}, not {asked!r}"


def _same_id(asked: str, answered: str) -> bool:
    """Equal as sent, or as UUIDs (case and hyphens aside). Not ``uuid.UUID()``'s equality: it
    also reads "+...", "0_...", braces and "urn:uuid:" forms, other texts than the id asked."""
    if asked == answered:
        return True
    hex_asked, hex_answered = (text.replace("-", "").lower() for text in (asked, answered))
    return hex_asked == hex_answered and _UUID_HEX.fullmatch(hex_asked) is not None


def _wait_attributes(span: _telemetry.Span, job: AsyncJobDetailResponse | None, error: BaseException | None) -> None:
    """issue 18: a wait's span records its polls and the last status seen."""
    if isinstance(error, JobTimeoutError):
        job = error.job
    span.set("spotnana.jobs.polls", span.children)
    if job is not None:
        span.set("spotnana.job.status", str(job.status))


class Jobs(JobsResource):
    """``sp.jobs``: ``get`` a job's status, ``wait`` for it to finish."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> JobsWithRawResponse:
        """``get`` and the generated operation, each answering ``RawResponse``."""
        if not isinstance(self._raw_view, JobsWithRawResponse):
            self._raw_view = JobsWithRawResponse(self)
        return self._raw_view

    @_telemetry.traced("jobs")  # issue 18
    async def get(
        self,
        company_id: str | uuid.UUID | JobHandle,
        *,
        job_id: str | uuid.UUID | None = None,
        reference_id: str | None = None,
        type: EventJobType | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,  # noqa: ASYNC109 - per network operation, as in every method
        deadline: float | None = None,
    ) -> AsyncJobDetailResponse:
        """The job's current status, by job id or by reference id (+ type). The per-call
        options are those of every one-call method."""
        handle = (
            company_id
            if isinstance(company_id, JobHandle)
            else JobHandle(company_id, job_id=job_id, reference_id=reference_id, type=type)
        )
        raw_wanted = raw_response_requested()  # sp.jobs.with_raw_response.get
        raw = await with_raw_response(self.get_details)(
            body=_detail_request(handle),
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )
        foreign = _foreign_answer(handle, raw)
        if foreign is not None:
            raise foreign
        return cast("AsyncJobDetailResponse", raw) if raw_wanted else raw.parsed

    @_telemetry.traced("jobs", finish=_wait_attributes)  # issue 18
    async def wait(
        self,
        handle: JobHandle,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,  # noqa: ASYNC109 - the error must carry the last status seen
        first_delay: float = FIRST_POLL_DELAY,
        max_delay: float = MAX_POLL_DELAY,
        on_progress: ProgressCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncJobDetailResponse:
        """Poll until the job is terminal; raise ``JobTimeoutError`` at ``timeout`` seconds.
        ``extra_headers`` and ``extra_query`` go with every poll (checked before the first).

        ``timeout`` is a total deadline: a poll still running then (a slow server, the
        client's own retries of a 429) is cancelled, and no poll starts after it.
        Between polls it waits ``first_delay`` doubling to ``max_delay``, or longer when
        the server's ``Retry-After`` says so; never shorter, whatever the server sends
        (0, negative, ``nan``, garbage). A poll that fails transiently after the client's
        retries (429, 5xx, connection error), or answers about another job (an
        ``APIResponseValidationError``, logged), does not end the wait: polling goes on until
        the deadline, and the ``JobTimeoutError`` then has that error as its ``__cause__``.
        A status this SDK does not know means "not finished" and is logged once per wait.
        Cancelling the awaiting task stops polling.
        """
        import asyncio  # deferred: keeps `import spotnana_events` cheap

        _check_wait_arguments(timeout, first_delay, max_delay)
        options = _options.CallOptions(extra_headers=extra_headers, extra_query=extra_query)
        deadline = clock() + timeout
        delay = first_delay
        last: AsyncJobDetailResponse | None = None
        error: SpotnanaError | None = None
        logged: set[str] = set()  # what this wait has logged once: unknown statuses, foreign answers
        while True:
            foreign: APIResponseValidationError | None = None
            try:
                async with asyncio.timeout(max(deadline - clock(), 0.0)) as poll:
                    # Raw: the answer's Retry-After paces the next poll.
                    raw = await with_raw_response(self.get_details)(
                        body=_detail_request(handle), **options.per_request()
                    )
                foreign = _foreign_answer(handle, raw, logged)
                if foreign is not None:
                    raise foreign
            except TimeoutError:
                if not poll.expired():
                    raise
                raise JobTimeoutError(handle, timeout, last) from error
            except (RateLimitError, InternalServerError, APIConnectionError) as exc:
                error = exc
                hint = _retry_after(getattr(exc, "response", None))
            except APIResponseValidationError as exc:
                if exc is not foreign:
                    raise  # an answer that does not parse ends the wait
                # An answer about another job is polled past, as a 5xx is: the job's own may come next.
                error = exc
                hint = _retry_after(raw)
            else:
                error = None
                last = raw.parsed
                _log_unknown_status(handle, last, logged)
                if on_progress is not None:
                    on_progress(last)
                if is_terminal(last):
                    failures = failed_job_items(last)
                    if failures:
                        # The count at WARNING; the items (the server's text, which can quote ids and
                        # names) at DEBUG only.
                        logger.warning("%r finished with %d failed item(s)", handle, len(failures))
                        logger.debug("%r failed items: %r", handle, failures[:3])
                    return last
                hint = _retry_after(raw)
            pause = delay if hint is None else max(delay, hint)
            remaining = deadline - clock()
            if pause >= remaining:
                # A poll at the deadline would have no time to run: wait it out and stop.
                await _retry.sleep(max(remaining, 0.0))
                raise JobTimeoutError(handle, timeout, last) from error
            await _retry.sleep(pause)
            delay = min(delay * 2, max_delay)


def _foreign_answer(
    handle: JobHandle, raw: RawResponse[AsyncJobDetailResponse], logged: set[str] | None = None
) -> APIResponseValidationError | None:
    """The error for an answer about another job, or None. A wait passes ``logged``: the first
    such answer of the wait is logged (it polls past them)."""
    problem = answer_problem(handle, raw.parsed)
    if problem is None:
        return None
    if logged is not None and "another job" not in logged:
        logged.add("another job")
        logger.warning("%r: a status answer is not about this job (%s): polling on", handle, problem)
    return APIResponseValidationError(raw.http_response, f"not the answer about {handle!r}: {problem}")


def _log_unknown_status(handle: JobHandle, job: AsyncJobDetailResponse, logged: set[str]) -> None:
    """A status this SDK does not know: logged once per wait, and taken as not finished."""
    status = str(job.status) if job.status else "(none)"
    if status not in _known_statuses() and f"status {status}" not in logged:
        logged.add(f"status {status}")
        logger.warning(
            "%r: job status %s is not one this SDK knows: taken as not finished until COMPLETED or completedAt",
            handle,
            bounded(repr(status), 100),
        )


class JobsWithRawResponse(JobsResourceWithRawResponse):
    """``sp.jobs.with_raw_response`` (also ``sp.with_raw_response.jobs``): the generated
    operation and ``get`` (one call each).

    ``wait`` polls many times: it has no raw form (see README, Raw responses)."""

    # Declared for type checkers: the wrapper keeps ``Jobs.get``'s parameters at run time.
    get: Callable[..., Awaitable[RawResponse[AsyncJobDetailResponse]]]

    def __init__(self, jobs: Jobs) -> None:
        super().__init__(jobs)
        self.get = with_raw_response(jobs.get)


def _detail_request(handle: JobHandle) -> AsyncJobDetailRequest:
    from spotnana_event_api.models import AsyncJobDetailRequest

    return AsyncJobDetailRequest.from_dict(handle.request_document())


def _retry_after(response: RawResponse[Any] | httpx.Response | None) -> float | None:
    """The server's ``Retry-After`` in seconds when it is a usable number (``nan`` and ``inf`` are not)."""
    if response is None:
        return None
    hint = _retry.parse_retry_after(response.headers)
    return hint if hint is not None and math.isfinite(hint) and hint >= 0 else None


def _check_wait_arguments(timeout: float, first_delay: float, max_delay: float) -> None:
    # A zero or negative delay would poll as fast as the server answers; nan compares false with everything.
    if not (math.isfinite(timeout) and timeout >= 0):
        raise ValueError(f"timeout must be a finite number of seconds >= 0, got {timeout!r}")
    if not (math.isfinite(first_delay) and first_delay > 0):
        raise ValueError(f"first_delay must be a finite number of seconds > 0, got {first_delay!r}")
    if not (math.isfinite(max_delay) and max_delay >= first_delay):
        raise ValueError(f"max_delay must be finite and >= first_delay ({first_delay!r}), got {max_delay!r}")
