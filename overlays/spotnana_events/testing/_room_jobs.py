"""Bulk operations and the async jobs they start.

Assumption (the spec does not say): an async job's ``referenceId`` is the id of the event
it works on, and a bulk call with an async flag starts one job per event. The fake states
it as ``JOB_REFERENCE_IS_EVENT_ID``; the SDK's side of it is ``_events._job_handles``.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from spotnana_event_api import models

from ._room_events import EventRoom
from ._room_travelers import TravelerRoom
from ._state import Call, Forbidden, NotFound, check_list, now
from ._validation import BadRequest, parse_body

JOB_REFERENCE_IS_EVENT_ID = True


class Job:
    """One async job: the work still pending and the items done, one step per status read."""

    def __init__(self, job_id: str, job_type: str, reference_id: str, company: str, work: list[str]) -> None:
        self.job_id = job_id
        self.type = job_type
        self.reference_id = reference_id
        self.company = company
        self.pending = list(work)
        self.items: list[dict[str, str]] = []
        self.total = len(work)
        self.created_at = now()
        self.completed_at: str | None = None
        self.polls = 0


Action = Callable[[dict[str, Any]], None]


class Later(NamedTuple):
    """The job an async bulk item becomes, and the check it passes first."""

    type: str
    work: str
    check: Action


def _anything(event: dict[str, Any]) -> None:
    """An async cancel accepts any event of the company (the job reports what it finds)."""


def _item_status(key: str, event_id: str, status: str, message: str | None) -> dict[str, Any]:
    item = {key: event_id, "status": status}
    if message:
        item["message"] = message
    return item


def check_seed_job(events: Mapping[str, Any], event_id: object, job_type: object, done: object) -> None:
    """What ``seed_job`` takes: an event of ``events``, a value of the spec's ``EventJobType``
    and a bool; a ``ValueError`` or ``TypeError`` naming what is wrong."""
    if not isinstance(event_id, str) or event_id not in events:
        raise ValueError(f"seed_job: no event {event_id!r:.100}")
    if not isinstance(job_type, str) or models.EventJobType(job_type).is_unknown:
        allowed = ", ".join(member.value for member in models.EventJobType)
        raise ValueError(f"seed_job: type must be one of {allowed}, got {job_type!r:.100}")
    if not isinstance(done, bool):
        raise TypeError(f"seed_job: done must be true or false, got {type(done).__name__}")


class JobRoom(EventRoom, TravelerRoom):
    def seed_job(self, event_id: str, job_type: str = "CANCEL", *, done: bool = False) -> str:
        """Start an async job on a seeded event (as a bulk call with an async flag would);
        returns the job id. ``done=True`` finishes it now. ``job_type`` is a value of the
        spec's ``EventJobType``; anything else is a ``ValueError``, as is an unknown event."""
        check_seed_job(self.events, event_id, job_type, done)
        event = self.events[event_id]
        work = [event_id] if job_type == "CANCEL" else ["{}"] if job_type == "MODIFY" else ["[]"]
        job = self._new_job(event["companyId"]["id"], job_type, event_id, work)
        if done:
            while job.completed_at is None:
                self._step(job)
        return job.job_id

    def run_jobs(self) -> None:
        """Finish every pending job now."""
        for job in self.jobs.values():
            while job.completed_at is None:
                self._step(job)

    def _per_item(self, call: Call, event_id: str, action: Action) -> tuple[str, str | None]:
        try:
            action(self._event(call, event_id))
        except (BadRequest, NotFound, Forbidden) as exc:
            return "FAILED", getattr(exc, "message", None) or str(exc)
        return "SUCCESS", None

    def _op_bulkPublishEvents(self, call: Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkPublishEventRequest)
        items = document["publishEventList"]
        check_list(models.BulkPublishEventRequest, "publishEventList", items)
        responses = []
        for item in items:
            status, message = self._per_item(call, item["id"], self._publish)
            if status == "SUCCESS" and item.get("sendInvite"):
                users = [str(uuid.UUID(u["id"])) for u in item.get("userIds") or []]
                self._new_job(call.company, "SEND_INVITE", item["id"], [json.dumps(users)])
            responses.append(_item_status("id", item["id"], status, message))
        return {"publishEventResponses": responses}

    def _op_bulkEditEvents(self, call: Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkUpdateEventsRequest)
        items = document.get("eventsToUpdate") or []
        check_list(models.BulkUpdateEventsRequest, "eventsToUpdate", items)
        later = bool(document.get("updateAsync"))
        edits = [
            (
                item["eventId"],
                functools.partial(self._edit, item=item),
                Later("MODIFY", json.dumps(item), self._writable),
            )
            for item in items
        ]
        return {"updateEventsResponse": [self._now_or_later(call, "id", *edit, later=later) for edit in edits]}

    def _op_bulkDeleteEvents(self, call: Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkDeleteEventRequest)
        items = document["deleteEventList"]
        check_list(models.BulkDeleteEventRequest, "deleteEventList", items)
        return {
            "deleteEventResponses": [
                _item_status("id", item["id"], *self._per_item(call, item["id"], self._delete)) for item in items
            ]
        }

    def _op_bulkCancelEvents(self, call: Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkCancelEventRequest)
        items = document["cancelEventRequests"]
        check_list(models.BulkCancelEventRequest, "cancelEventRequests", items)
        later = bool(document.get("cancelAsync"))
        cancels = [(item["eventId"], self._cancel, Later("CANCEL", item["eventId"], _anything)) for item in items]
        return {"cancelEventResponses": [self._now_or_later(call, "eventId", *c, later=later) for c in cancels]}

    def _now_or_later(
        self, call: Call, key: str, event_id: str, action: Action, job: Later, *, later: bool
    ) -> dict[str, Any]:
        """One item of a bulk call: done now, or (an async call) checked now and left to a job."""
        if not later:
            return _item_status(key, event_id, *self._per_item(call, event_id, action))
        status, message = self._per_item(call, event_id, job.check)
        if status == "SUCCESS":
            self._new_job(call.company, job.type, event_id, [job.work])
        return _item_status(key, event_id, status, message)

    def _new_job(self, company: str, job_type: str, event_id: str, work: list[str]) -> Job:
        job_id = str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        job = Job(job_id, job_type, event_id, company, work)  # referenceId: see JOB_REFERENCE_IS_EVENT_ID
        self.jobs[job_id] = job
        return job

    def _step(self, job: Job) -> None:
        """One step of a job's progress: each status read is one step, and a job is done
        after ``job_polls_to_complete`` steps, its items processed in proportion."""
        job.polls += 1
        target = job.total * min(job.polls, self.job_polls_to_complete) // self.job_polls_to_complete
        while len(job.items) < target:
            status, message = self._run_job_item(job, job.pending.pop(0))
            item = {"eventId": job.reference_id, "status": status}
            if message:
                item["message"] = message
            job.items.append(item)
        if not job.pending and job.completed_at is None:
            job.completed_at = now()

    def _run_job_item(self, job: Job, payload: str) -> tuple[str, str | None]:
        event = self.events.get(job.reference_id)
        if event is None:
            return "FAILED", f"event {job.reference_id} no longer exists"
        try:
            if job.type == "CANCEL":
                if event["status"] == "CANCELLED":
                    return "FAILED", f"event {event['id']} is already cancelled"
                self._cancel(event)
            elif job.type == "MODIFY":
                self._edit(event, json.loads(payload))
            elif job.type == "SEND_INVITE":
                self._invite(event, json.loads(payload), test=False)
        except BadRequest as exc:
            return "FAILED", exc.message
        return "SUCCESS", None

    def _op_getAsyncEventJobDetails(self, call: Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.AsyncJobDetailRequest)
        self._company_arg(call, document["companyId"])
        job_filter = document.get("filters") or {}
        if job_filter.get("filterType") == "JOB_ID_FILTER":
            job = self.jobs.get(str(uuid.UUID(job_filter["jobId"])))
        elif job_filter.get("filterType") == "REFERENCE_ID_FILTER":
            candidates = [
                j
                for j in self.jobs.values()
                if j.reference_id == job_filter["referenceId"] and job_filter.get("type") in (None, j.type)
            ]
            job = candidates[-1] if candidates else None
        else:
            raise BadRequest("filters is required: a JOB_ID_FILTER or a REFERENCE_ID_FILTER")
        if job is None or job.company != call.company:
            raise NotFound("no such job")
        self._step(job)
        failures = sum(1 for item in job.items if item["status"] == "FAILED")
        answer: dict[str, Any] = {
            "jobId": job.job_id,
            "referenceId": job.reference_id,
            "type": job.type,
            "status": "COMPLETED" if job.completed_at else "IN PROGRESS",
            "totalItems": job.total,
            "successCount": len(job.items) - failures,
            "failureCount": failures,
            "jobItems": list(job.items),
            "createdAt": {"iso8601": job.created_at},
        }
        if job.completed_at:
            answer["completedAt"] = {"iso8601": job.completed_at}
        return answer
