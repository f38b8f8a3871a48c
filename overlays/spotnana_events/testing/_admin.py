"""The fake's admin API and seed documents: script the fake over HTTP, as stripe-mock and
LocalStack are scripted. Served under ``/_fake/`` (no Event API path starts with ``/_``):

    POST   /_fake/reset      state, faults and recorded calls back to a fresh fake
    POST   /_fake/seed       a seed document (below); answers the ids created
    POST   /_fake/faults     one fault ({"status": 503, "operation": "get", "times": 2}) or a list
    DELETE /_fake/faults     remove every fault
    GET    /_fake/calls      the recorded calls
    GET    /_fake/state      events, rosters and jobs

A seed document (also ``--seed-file``)::

    {"companies": [{"companyId": "...", "clientId": "...", "clientSecret": "..."}],
     "events": [{"name": "Offsite", "travelers": {"<user id>": {"eventRsvpState": "INVITE_ACCEPTED"}}}],
     "jobs": [{"eventId": "...", "type": "CANCEL", "done": false}]}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._faults import Fault
from ._room_jobs import check_seed_job
from ._validation import body_too_large, is_json

if TYPE_CHECKING:
    from ._api import FakeEventAPI

__all__ = ["ADMIN_PREFIX", "AdminError", "fault_from_document", "handle_admin", "seed_from_document"]

ADMIN_PREFIX = "/_fake/"
_FAULT_FIELDS = {"status", "retry_after", "drop", "latency", "expire_token", "operation", "times", "probability"}


class AdminError(ValueError):
    """A seed or fault document the fake cannot use (the message names the problem)."""


def fault_from_document(document: Any) -> Fault:
    if not isinstance(document, dict):
        raise AdminError(f"a fault is a JSON object, got {type(document).__name__}")
    unknown = set(document) - _FAULT_FIELDS
    if unknown:
        raise AdminError(f"unknown fault fields {sorted(unknown)}; allowed: {sorted(_FAULT_FIELDS)}")
    try:
        return Fault(**document)
    except (TypeError, ValueError) as exc:  # Fault's own checks, naming the field
        raise AdminError(f"bad fault: {exc}") from None


def seed_from_document(fake: FakeEventAPI, document: Any) -> dict[str, list[str]]:
    """Apply a seed document, all of it or (on an ``AdminError``) none of it; returns the ids
    created, by kind."""
    if not isinstance(document, dict):
        raise AdminError("a seed document is a JSON object with companies, events and jobs")
    unknown = set(document) - {"companies", "events", "jobs"}
    if unknown:
        raise AdminError(f"unknown seed keys {sorted(unknown)}; allowed: companies, events, jobs")
    companies, events, jobs = (_objects(document, kind) for kind in ("companies", "events", "jobs"))
    # Seeding companies and events only adds or replaces entries of these three: saved
    # shallowly, they are put back whole if a later entry fails.
    saved: list[tuple[dict[str, Any], dict[str, Any]]] = [
        (live, dict(live)) for live in (fake.clients, fake.events, fake.travelers)
    ]
    created: dict[str, list[str]] = {"companies": [], "events": [], "jobs": []}
    try:
        for company in companies:
            client_id, _ = fake.add_company(
                company["companyId"], client_id=company.get("clientId"), client_secret=company.get("clientSecret")
            )
            created["companies"].append(client_id)
        for event in events:
            body = dict(event)
            travelers = body.pop("travelers", [])
            created["events"].append(fake.seed_event(body, travelers=travelers))
        for job in jobs:  # checked before any starts: a job done at once changes its event
            check_seed_job(fake.events, job["eventId"], job.get("type", "CANCEL"), job.get("done", False))
    except (KeyError, TypeError, ValueError) as exc:
        for live, before in saved:
            live.clear()
            live.update(before)
        problem = f"missing {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
        raise AdminError(f"seed document: {problem}; nothing was seeded") from None
    for job in jobs:
        created["jobs"].append(fake.seed_job(job["eventId"], job.get("type", "CANCEL"), done=job.get("done", False)))
    return created


def _objects(document: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    items = document.get(kind, [])
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise AdminError(f"seed document: {kind} must be a list of JSON objects")
    return items


def _state(fake: FakeEventAPI) -> dict[str, Any]:
    return {
        "events": list(fake.events.values()),
        "travelers": {event_id: roster for event_id, roster in fake.travelers.items() if roster},
        "jobs": [
            {
                "jobId": job.job_id,
                "type": job.type,
                "referenceId": job.reference_id,
                "done": job.completed_at is not None,
            }
            for job in fake.jobs.values()
        ],
        "faults": [repr(rule) for rule in fake.faults.rules],
    }


def _refusal(request: httpx.Request) -> tuple[int, str] | None:
    """Why an admin request is refused (status, reason), or None. The admin API has no
    authentication: a web page must not reach it (CSRF). A browser names the page's origin
    (``Origin``, ``Sec-Fetch-Site``) and sends JSON only after a CORS preflight, which the
    fake never grants; other clients send neither header."""
    origin = request.headers.get("origin")
    own_origin = f"{request.url.scheme}://{request.headers.get('host', '')}"
    if origin is not None and origin != own_origin:
        return 403, f"admin requests from another origin ({origin[:100]!r}) are refused"
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return 403, "admin requests from another site are refused"
    content_type = request.headers.get("content-type")
    if (request.content or content_type is not None) and not is_json(content_type):
        return 415, f"admin requests carry JSON (Content-Type: application/json), not {content_type!r:.100}"
    too_large = body_too_large(request)
    if too_large is not None:
        return 400, too_large
    return None


def handle_admin(fake: FakeEventAPI, request: httpx.Request, path: str) -> httpx.Response:
    refused = _refusal(request)
    if refused is not None:
        return httpx.Response(refused[0], json={"error": refused[1]}, request=request)
    action = (request.method, path.removeprefix(ADMIN_PREFIX).strip("/"))
    try:
        document = json.loads(request.content) if request.content else None
        if action == ("POST", "reset"):
            fake.reset()
            answer: Any = {"reset": True}
        elif action == ("POST", "seed"):
            answer = seed_from_document(fake, document)
        elif action == ("POST", "faults"):
            faults = [fault_from_document(d) for d in (document if isinstance(document, list) else [document])]
            fake.add_fault(*faults)
            answer = {"faults": [repr(f) for f in fake.faults.rules]}
        elif action == ("DELETE", "faults"):
            fake.faults.clear()
            answer = {"faults": []}
        elif action == ("GET", "calls"):
            answer = {"calls": [attrs.asdict(call) for call in fake.calls]}
        elif action == ("GET", "state"):
            answer = _state(fake)
        else:
            return httpx.Response(404, json={"error": f"no admin action {request.method} {path}"}, request=request)
    except (AdminError, ValueError) as exc:
        return httpx.Response(400, json={"error": str(exc)}, request=request)
    except RecursionError:
        return httpx.Response(400, json={"error": "the document is nested too deeply"}, request=request)
    return httpx.Response(200, json=answer, request=request)
