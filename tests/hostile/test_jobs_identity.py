"""A job's status answer counts only for the job it names (issue 23 items 6 and 7): answers
about another job id, reference id or type, and statuses spelled the guide's way or unknown."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from spotnana_event_api.facade import RawResponse
from spotnana_events import APIResponseValidationError, JobHandle, JobTimeoutError

from ._paging import client
from ._servers import LoopbackServer, Reply, Request
from .conftest import FakeClock

COMPANY = "00000000-0000-0000-0000-0000000000cc"
X = "00000000-0000-4000-8000-00000000000a"
Y = "00000000-0000-4000-8000-00000000000b"
BY_ID = JobHandle(COMPANY, job_id=X)
BY_REFERENCE = JobHandle(COMPANY, reference_id="ev-1", type="CANCEL")
DONE = {"completedAt": {"iso8601": "2026-01-02T03:04:05Z"}}


def _server(answers: list[dict[str, Any]]) -> LoopbackServer:
    """Answers in turn, the last one from then on."""
    replies: Iterator[dict[str, Any]] = iter(answers)
    last: list[dict[str, Any]] = []

    async def handler(request: Request) -> Reply:
        last[:] = [next(replies, *last)]
        return Reply(json=last[0])

    return LoopbackServer(handler)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


@pytest.mark.parametrize(
    ("handle", "answer", "problem"),
    [
        (BY_ID, {"jobId": Y, "status": "COMPLETED"}, f"it is about jobId '{Y}', not '{X}'"),
        (BY_ID, {"status": "COMPLETED", "referenceId": X}, "it names no jobId"),
        (BY_ID, {"jobId": "not-a-uuid", "status": "COMPLETED"}, "jobId"),
        (BY_REFERENCE, {"referenceId": "ev-2", "type": "CANCEL", "status": "COMPLETED"}, "referenceId 'ev-2'"),
        (BY_REFERENCE, {"jobId": X, "status": "COMPLETED"}, "it names no referenceId"),
        (
            BY_REFERENCE,
            {"referenceId": "ev-1", "type": "MODIFY", "status": "COMPLETED"},
            "a 'MODIFY' job, not 'CANCEL'",
        ),
    ],
    ids=["other-job-id", "no-job-id", "unreadable-job-id", "other-reference", "no-reference", "other-type"],
)
async def test_an_answer_about_another_job_is_never_returned(
    clock: FakeClock, caplog: pytest.LogCaptureFixture, handle: JobHandle, answer: dict[str, Any], problem: str
) -> None:
    """The issue's case: wait(job X) answered {"jobId": Y, "status": "COMPLETED"} again and again."""
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    progress: list[Any] = []
    async with _server([answer]) as server, client(server.url) as sp:
        with pytest.raises(APIResponseValidationError, match=problem) as got:
            await sp.jobs.get(handle)
        with pytest.raises(APIResponseValidationError, match=problem):
            await sp.with_raw_response.jobs.get(handle)
        with pytest.raises(JobTimeoutError) as waited:
            await sp.jobs.wait(handle, timeout=20, clock=clock, on_progress=progress.append)
    assert got.value.status_code == 200
    assert waited.value.job is None  # nothing about this job was ever seen
    assert isinstance(waited.value.__cause__, APIResponseValidationError)
    assert problem in str(waited.value.__cause__)
    assert progress == []
    assert len(server.requests) > 3  # polled past each one until the deadline
    assert len([line for line in _warnings(caplog) if "not about this job" in line]) == 1  # once per wait


async def test_a_wait_polls_past_a_stray_answer_to_the_jobs_own(clock: FakeClock) -> None:
    answers = [{"jobId": Y, "status": "COMPLETED"}, {"jobId": X, "status": "IN PROGRESS"}, {"jobId": X, **DONE}]
    async with _server(answers) as server, client(server.url) as sp:
        job = await sp.jobs.wait(BY_ID, timeout=60, clock=clock)
    assert str(job.job_id) == X
    assert job.completed_at
    assert len(server.requests) == 3
    assert clock.sleeps == [0.5, 1.0]


@pytest.mark.parametrize(
    ("handle", "answer"),
    [
        (BY_ID, {"jobId": X.upper(), "status": "COMPLETED"}),
        (JobHandle(COMPANY, job_id=X.replace("-", "")), {"jobId": X, "status": "COMPLETED"}),
        (BY_REFERENCE, {"referenceId": "ev-1", "type": "CANCEL", "status": "COMPLETED"}),
        (BY_REFERENCE, {"referenceId": "ev-1", "status": "COMPLETED"}),  # no type to compare
        (JobHandle(COMPANY, reference_id="ev-1"), {"referenceId": "ev-1", "type": "MODIFY", "status": "COMPLETED"}),
    ],
    ids=["upper-case-uuid", "uuid-without-hyphens", "reference-and-type", "reference-no-type", "handle-no-type"],
)
async def test_an_answer_about_the_job_is_returned(clock: FakeClock, handle: JobHandle, answer: dict[str, Any]) -> None:
    async with _server([answer]) as server, client(server.url) as sp:
        assert str((await sp.jobs.get(handle)).status) == "COMPLETED"
        raw = await sp.with_raw_response.jobs.get(handle)
        assert isinstance(raw, RawResponse)
        assert str(raw.parsed.status) == "COMPLETED"
        assert str((await sp.jobs.wait(handle, clock=clock)).status) == "COMPLETED"
    assert len(server.requests) == 3


async def test_every_in_progress_spelling_and_unknown_status_means_not_finished(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """The spec's "IN PROGRESS" and the guide's "IN_PROGRESS" are quiet; an unknown status is
    logged once per wait; only COMPLETED or completedAt ends the wait."""
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    statuses = ["IN PROGRESS", "IN_PROGRESS", "QUEUED", "QUEUED", "IN_PROGRESS", "QUEUED", "PAUSED"]
    answers = [{"jobId": X, "status": status} for status in statuses] + [{"jobId": X, "status": "PAUSED", **DONE}]
    seen: list[str] = []
    async with _server(answers) as server, client(server.url) as sp:
        job = await sp.jobs.wait(BY_ID, timeout=600, clock=clock, on_progress=lambda j: seen.append(str(j.status)))
        assert str(job.status) == "PAUSED"
        assert job.completed_at
        assert seen == [*statuses, "PAUSED"]
        lines = [line for line in _warnings(caplog) if "not one this SDK knows" in line]
        assert len(lines) == 2  # QUEUED once, PAUSED once
        assert "'QUEUED'" in lines[0]
        assert "'PAUSED'" in lines[1]
        caplog.clear()
        await sp.jobs.wait(BY_ID, timeout=600, clock=clock)  # the server now answers PAUSED + completedAt
        assert len([line for line in _warnings(caplog) if "'PAUSED'" in line]) == 1  # once per wait, again
    assert len(server.requests) == len(answers) + 1


async def test_a_status_the_server_leaves_out_is_not_finished(clock: FakeClock) -> None:
    answers = [{"jobId": X}, {"jobId": X, "status": "COMPLETED"}]
    async with _server(answers) as server, client(server.url) as sp:
        assert str((await sp.jobs.wait(BY_ID, clock=clock)).status) == "COMPLETED"
    assert len(server.requests) == 2


async def test_a_completed_at_without_a_time_does_not_finish_the_job(clock: FakeClock) -> None:
    """completedAt says when the job finished: one with an empty time says nothing, so an
    IN PROGRESS answer carrying it is polled past, not returned as the finished job."""
    answers = [
        {"jobId": X, "status": "IN PROGRESS", "completedAt": {"iso8601": ""}},
        {"jobId": X, "status": "IN PROGRESS", "completedAt": {"iso8601": "  "}},
        {"jobId": X, "status": "COMPLETED"},
    ]
    async with _server(answers) as server, client(server.url) as sp:
        assert str((await sp.jobs.wait(BY_ID, clock=clock)).status) == "COMPLETED"
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    "answered",
    ["+" + "0" * 30 + "1", "0_" + "0" * 29 + "1", "urn:uuid:" + "0" * 31 + "1", "{" + "0" * 31 + "1}"],
    ids=["sign", "underscore", "urn", "braces"],
)
async def test_a_reference_id_that_only_python_reads_as_the_same_uuid_is_another_job(answered: str) -> None:
    """A reference id is the server's text: one written as a UUID matches another spelling of
    it only with case and hyphens aside, not every form uuid.UUID() accepts ("+...", "0_...")."""
    handle = JobHandle(COMPANY, reference_id="0" * 31 + "1")
    async with _server([{"referenceId": answered, "status": "COMPLETED"}]) as server, client(server.url) as sp:
        with pytest.raises(APIResponseValidationError, match="it is about referenceId"):
            await sp.jobs.get(handle)
