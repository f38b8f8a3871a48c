"""Async event jobs: look one up, wait for it to finish, and resume waiting after a restart.

A job is terminal when its status is ``COMPLETED`` or ``completedAt`` is set; any other
status, including one this SDK does not know, means "keep polling".
"""

from __future__ import annotations

import base64
import binascii
import json
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spotnana_event_api.facade import JobsResource, JobsResourceWithRawResponse, RawResponse

from . import _retry
from ._errors import SpotnanaError
from ._logs import logger

if TYPE_CHECKING:
    from spotnana_event_api.facade import Executor
    from spotnana_event_api.models import AsyncJobDetailResponse, EventJobType

__all__ = ["FailedJobItem", "InvalidJobToken", "JobHandle", "JobTimeoutError", "Jobs", "failed_job_items"]

DEFAULT_JOB_TIMEOUT = 600.0
FIRST_POLL_DELAY = 0.5
MAX_POLL_DELAY = 10.0

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
        self.company_id = str(company_id)
        self.job_id = str(job_id) if job_id is not None else None
        self.reference_id = reference_id
        self.type = str(type) if type is not None else None

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
        self.event_id = event_id
        self.message = message

    def __repr__(self) -> str:
        return f"FailedJobItem(event_id={self.event_id!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FailedJobItem) and (self.event_id, self.message) == (other.event_id, other.message)

    __hash__ = None  # type: ignore[assignment]


def failed_job_items(job: AsyncJobDetailResponse) -> list[FailedJobItem]:
    """The job's items that failed, with their event ids and the server's messages."""
    return [
        FailedJobItem(item.event_id or None, item.message or None)
        for item in job.job_items or []
        if str(item.status) == "FAILED"
    ]


def is_terminal(job: AsyncJobDetailResponse) -> bool:
    return str(job.status) == "COMPLETED" or bool(job.completed_at)


class Jobs(JobsResource):
    """``sp.jobs``: ``get`` a job's status, ``wait`` for it to finish."""

    __slots__ = ("_raw",)

    def __init__(self, execute: Executor) -> None:
        super().__init__(execute)
        self._raw = JobsResourceWithRawResponse(execute)

    @staticmethod
    def handle(
        company_id: str | uuid.UUID,
        *,
        job_id: str | uuid.UUID | None = None,
        reference_id: str | None = None,
        type: EventJobType | str | None = None,
    ) -> JobHandle:
        return JobHandle(company_id, job_id=job_id, reference_id=reference_id, type=type)

    async def get(
        self,
        company_id: str | uuid.UUID | JobHandle,
        *,
        job_id: str | uuid.UUID | None = None,
        reference_id: str | None = None,
        type: EventJobType | str | None = None,
    ) -> AsyncJobDetailResponse:
        """The job's current status, by job id or by reference id (+ type)."""
        handle = (
            company_id
            if isinstance(company_id, JobHandle)
            else self.handle(company_id, job_id=job_id, reference_id=reference_id, type=type)
        )
        return (await self._get_raw(handle)).parsed

    async def _get_raw(self, handle: JobHandle) -> RawResponse[AsyncJobDetailResponse]:
        from spotnana_event_api.models import AsyncJobDetailRequest

        return await self._raw.get_details(body=AsyncJobDetailRequest.from_dict(handle.request_document()))

    async def wait(
        self,
        handle: JobHandle,
        *,
        timeout: float = DEFAULT_JOB_TIMEOUT,  # noqa: ASYNC109 - the error must carry the last status seen
        first_delay: float = FIRST_POLL_DELAY,
        max_delay: float = MAX_POLL_DELAY,
        on_progress: ProgressCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> AsyncJobDetailResponse:
        """Poll until the job is terminal; raise ``JobTimeoutError`` after ``timeout`` seconds.

        Waits ``first_delay`` doubling to ``max_delay`` between polls, or the server's
        ``Retry-After`` when it sends one. Cancelling the awaiting task stops polling.
        """
        deadline = clock() + timeout
        delay = first_delay
        last: AsyncJobDetailResponse | None = None
        while True:
            raw = await self._get_raw(handle)
            last = raw.parsed
            if on_progress is not None:
                on_progress(last)
            if is_terminal(last):
                failures = failed_job_items(last)
                if failures:
                    logger.warning("%r finished with %d failed item(s): %r", handle, len(failures), failures[:3])
                return last
            remaining = deadline - clock()
            if remaining <= 0:
                raise JobTimeoutError(handle, timeout, last)
            hint = _retry.parse_retry_after(raw.headers)
            await _retry.sleep(min(hint if hint is not None else delay, remaining))
            delay = min(delay * 2, max_delay)
