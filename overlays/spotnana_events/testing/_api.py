"""``FakeEventAPI``: a stateful, in-memory Event API (all 24 operations and the token endpoint).

State is plain JSON documents in the spec's shapes. Requests are validated with the
generated models; responses are built to validate against the spec's response schemas.

Assumption (the spec does not say): an async job's ``referenceId`` is the id of the
event it works on; a bulk call with an async flag starts one job per event. The SDK
does not depend on this: it only passes reference ids through.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import itertools
import json
import math
import random
import re
import secrets
import time
import urllib.parse
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import attrs
import httpx
from spotnana_event_api import models
from spotnana_event_api.facade import OPERATIONS

from .._auth import TOKEN_PATH
from ._admin import ADMIN_PREFIX, handle_admin
from ._faults import TOKEN_OPERATION, Fault, FaultInjector, operation_names
from ._ratelimit import FakeRateLimit

if TYPE_CHECKING:
    from spotnana_events import AsyncSpotnana
from ._validation import MAX_BODY, BadRequest, check_items, parse_body, problems

__all__ = ["DEFAULT_COMPANY_ID", "JOB_REFERENCE_IS_EVENT_ID", "OTHER_COMPANY_ID", "FakeEventAPI", "RecordedCall"]

JOB_REFERENCE_IS_EVENT_ID = True  # the one place the reference-id assumption is written down

DEFAULT_COMPANY_ID = "f49d00fe-1eda-4304-ba79-a980f565281d"
OTHER_COMPANY_ID = "0b6a1e0e-5f0c-4d55-9f55-3c3c1f0a7e21"
DEFAULT_CLIENT = ("fake-client-id", "fake-client-secret")
OTHER_CLIENT = ("other-client-id", "other-client-secret")
MAX_PAGE = 100
DROPPED = 0  # the status recorded in `calls` for a request whose connection was dropped
MAX_BULK = 100


@attrs.frozen
class RecordedCall:
    """One request the fake saw: what a test asserts about what its service sent.

    ``status`` is ``DROPPED`` (0) when the connection was dropped before processing;
    ``body`` is the parsed JSON body (a form dict for the token endpoint, None if absent
    or not JSON). ``path`` is the path as sent, ids still percent-encoded.
    """

    operation: str
    method: str
    path: str
    status: int
    body: Any = None


class _NotFound(Exception):
    pass


class _Forbidden(Exception):
    pass


class _Unauthorized(Exception):
    pass


class _NotServed(Exception):
    pass


class _Drop(Exception):
    """Hang up instead of answering."""


Handler = Callable[["_Call"], Any]


class _Call:
    __slots__ = ("company", "params", "query", "request")

    def __init__(self, request: httpx.Request, params: dict[str, str], company: str) -> None:
        self.request = request
        self.params = params
        self.query = dict(request.url.params)
        self.company = company


class _Job:
    def __init__(self, job_id: str, job_type: str, reference_id: str, company: str, work: list[str]) -> None:
        self.job_id = job_id
        self.type = job_type
        self.reference_id = reference_id
        self.company = company
        self.pending = list(work)
        self.items: list[dict[str, str]] = []
        self.total = len(work)
        self.created_at = _now()
        self.completed_at: str | None = None
        self.polls = 0


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _iso_date(value: Any) -> str:
    return value.get("iso8601", "") if isinstance(value, dict) else ""


class FakeEventAPI:
    """In-memory Event API. Serve it in-process with ``transport()`` or over HTTP with ``asgi_app``.

    ``job_polls_to_complete``: how many status reads an async job takes to finish (its
    step function). ``clock`` drives token expiry.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        token_ttl: int = 3600,
        job_polls_to_complete: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._config = {
            "seed": seed,
            "token_ttl": token_ttl,
            "job_polls_to_complete": job_polls_to_complete,
            "clock": clock,
        }
        self.token_ttl = token_ttl
        self.job_polls_to_complete: int = max(1, job_polls_to_complete)
        self.clock = clock
        self.faults: FaultInjector = FaultInjector(seed)
        self.rate_limit: FakeRateLimit | None = None  # set one to answer 429 beyond a budget
        self._random = random.Random(seed)
        self._ids = itertools.count(6926658168)
        self._debug_ids = itertools.count(1)
        self.clients: dict[str, tuple[str, str]] = {
            DEFAULT_CLIENT[0]: (DEFAULT_CLIENT[1], DEFAULT_COMPANY_ID),
            OTHER_CLIENT[0]: (OTHER_CLIENT[1], OTHER_COMPANY_ID),
        }
        self.tokens: dict[str, tuple[str, float]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self._listing_cache: dict[str, tuple[tuple[Any, ...], list[dict[str, Any]]]] = {}
        self.booking_guidelines: dict[str, dict[str, Any]] = {}
        # event id -> traveler id -> RSVP; an event put into `events` directly has no roster yet.
        self.travelers: collections.defaultdict[str, dict[str, dict[str, Any]]] = collections.defaultdict(dict)
        self.invites: list[dict[str, Any]] = []
        self.jobs: dict[str, _Job] = {}
        self.trip_summaries: dict[str, dict[str, Any]] = {}
        self.payment_sources: list[dict[str, Any]] = [
            {
                "id": str(uuid.UUID(int=self._random.getrandbits(128), version=4)),
                "type": "CASH",
                "status": "ACTIVE",
                "paymentSource": {"cashDescriptor": {"label": "Cash (fake)"}},
            }
        ]
        # Every request, in order (see RecordedCall). A request dropped after processing
        # keeps its real status.
        self.calls: list[RecordedCall] = []
        # (event id, what happened) for every state change: created, PUBLISH, CANCELLED, deleted
        self.transitions: list[tuple[str, str]] = []
        self._routes = _routes(self)

    # -- helpers for tests and the demo ------------------------------------------------

    def reset(self) -> None:
        """Back to a fresh fake with the same settings: no state, faults or recorded calls."""
        self.__init__(**self._config)  # type: ignore[misc]

    @property
    def credentials(self) -> tuple[str, str]:
        """(client id, client secret) of the default company's API client."""
        return DEFAULT_CLIENT

    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process transport: ``AsyncSpotnana(transport=fake.transport())``."""
        return httpx.MockTransport(self.handle)

    def client(self, **kwargs: Any) -> AsyncSpotnana:
        """An ``AsyncSpotnana`` wired to this fake in-process, logged in with client credentials."""
        from spotnana_events import AsyncSpotnana, ClientCredentials

        kwargs.setdefault("base_url", "http://fake.spotnana.test")
        kwargs.setdefault("auth", ClientCredentials(*self.credentials))
        return AsyncSpotnana(transport=self.transport(), **kwargs)

    def issue_token(self, client_id: str = DEFAULT_CLIENT[0]) -> str:
        """A valid access token for ``client_id``, without a token request."""
        token = secrets.token_urlsafe(24)
        self.tokens[token] = (self.clients[client_id][1], self.clock() + self.token_ttl)
        return token

    def add_fault(self, *faults: Fault) -> None:
        """Turn on fault rules (see ``Fault``)."""
        self.faults.add(*faults)

    def seed_events(self, count: int, *, status: str = "PUBLISH", company_id: str = DEFAULT_COMPANY_ID) -> list[str]:
        """Add ``count`` events directly (no requests); returns their ids."""
        return [self.seed_event({"status": status}, company_id=company_id) for _ in range(count)]

    def seed_event(
        self,
        event: Mapping[str, Any] | Any = None,
        *,
        travelers: Iterable[str] | Mapping[str, Mapping[str, Any]] = (),
        company_id: str | None = None,
    ) -> str:
        """Put one event into the fake (no request); returns its id.

        ``event`` is an ``Event`` model or its JSON dict; missing fields get defaults (a
        published GENERIC event of the default company). ``travelers`` is a list of user
        ids, or user id -> RSVP (``{"eventRsvpState": "ACCEPTED"}``). A seed the spec's
        ``Event`` schema refuses raises ``ValueError`` naming the field.
        """
        document = dict(event.to_dict() if hasattr(event, "to_dict") else (event or {}))
        event_id = str(document.get("id") or next(self._ids))
        company = str(uuid.UUID(company_id or (document.get("companyId") or {}).get("id") or DEFAULT_COMPANY_ID))
        document = {
            "name": f"Seeded event {event_id}",
            "type": "GENERIC",
            "status": "PUBLISH",
            "runningStatus": "UPCOMING",
            **document,
            "id": event_id,
            "companyId": {"id": company},
        }
        try:
            found = problems(models.Event.from_dict(document))
        except Exception as exc:  # the generated parser's errors, whatever they are
            raise ValueError(f"seed_event: not an Event: {exc}") from None
        if found:
            raise ValueError(f"seed_event: {found[0]}")
        roster = travelers if isinstance(travelers, Mapping) else {t: {} for t in travelers}
        self.events[event_id] = document
        self.travelers[event_id] = {
            str(uuid.UUID(str(user))): {"eventRsvpState": "ADDED", **dict(rsvp)} for user, rsvp in roster.items()
        }
        self._count_travelers(event_id)
        return event_id

    def seed_job(self, event_id: str, job_type: str = "CANCEL", *, done: bool = False) -> str:
        """Start an async job on a seeded event (as a bulk call with an async flag would);
        returns the job id. ``done=True`` finishes it now."""
        event = self.events[event_id]
        work = [event_id] if job_type == "CANCEL" else ["{}"] if job_type == "MODIFY" else ["[]"]
        job = self._new_job(event["companyId"]["id"], job_type, event_id, work)
        if done:
            while job.completed_at is None:
                self._step(job)
        return job.job_id

    def add_company(
        self, company_id: str, *, client_id: str | None = None, client_secret: str | None = None
    ) -> tuple[str, str]:
        """Another company with its own API client; returns its (client id, client secret)."""
        company = str(uuid.UUID(company_id))
        credentials = (client_id or f"client-{company[:8]}", client_secret or secrets.token_urlsafe(16))
        self.clients[credentials[0]] = (credentials[1], company)
        return credentials

    def seed_trip_summary(self, trip_id: str, event_id: str) -> None:
        """Make ``getEventSummaries`` report ``event_id`` for ``trip_id``."""
        event = self.events[event_id]
        self.trip_summaries[trip_id] = {
            "id": event_id,
            **{k: event[k] for k in ("name", "type", "status", "startDateTime", "endDateTime") if k in event},
        }

    def operation_count(self, operation_id: str, status: int | None = None) -> int:
        """How many requests of an operation were seen (answered with ``status``, if given)."""
        operation_id = operation_names().get(operation_id, operation_id)
        return sum(1 for c in self.calls if c.operation == operation_id and (status is None or c.status == status))

    # -- serving -------------------------------------------------------------------------

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the in-process transport's handler)."""
        if _raw_path(request).startswith(ADMIN_PREFIX):
            return handle_admin(self, request, _raw_path(request))
        operation_id, handler, params = self._route(request)
        if self.rate_limit is not None and operation_id != "fetchOauth2Token":
            wait = self.rate_limit.admit()
            if wait is not None:
                headers = {"Retry-After": f"{math.ceil(wait * 1000) / 1000:g}"}
                return self._answer(request, operation_id, 429, _error(429, "rate limit exceeded"), headers)
        faults = self.faults.select(operation_id)
        latency = sum(fault.latency or 0.0 for fault in faults)
        if latency:
            await _sleep_within_timeout(request, latency)
        for fault in faults:
            if fault.drop == "connect":
                self._record(request, operation_id, DROPPED)
                raise httpx.ConnectError("fake: connection refused", request=request)
            if fault.drop == "before":
                self._record(request, operation_id, DROPPED)
                raise httpx.RemoteProtocolError("fake: server hung up before answering", request=request)
            if fault.status is not None:
                headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
                return self._answer(
                    request, operation_id, fault.status, _error(fault.status, "injected fault"), headers
                )
            if fault.expire_token:
                self._expire(request)
        status, document = self._dispatch(request, operation_id, handler, params)
        if any(fault.drop == "after" for fault in faults):
            self._record(request, operation_id, status)
            raise httpx.RemoteProtocolError("fake: server hung up after processing", request=request)
        return self._answer(request, operation_id, status, document)

    def _answer(
        self,
        request: httpx.Request,
        operation_id: str,
        status: int,
        document: Any,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        self._record(request, operation_id, status)
        if document is None:
            return httpx.Response(status, headers=headers, request=request)
        if isinstance(document, dict) and "errorMessages" in document:
            document["debugIdentifier"] = f"fake-{next(self._debug_ids)}"
        return httpx.Response(status, json=document, headers=headers, request=request)

    def _record(self, request: httpx.Request, operation_id: str, status: int) -> None:
        self.calls.append(RecordedCall(operation_id, request.method, _raw_path(request), status, _sent_body(request)))

    def _route(self, request: httpx.Request) -> tuple[str, Handler | None, dict[str, str]]:
        # Match the path as sent and decode each parameter once: "%2541" is the id "%41",
        # and "a%2Fb" is the id "a/b" (url.path is decoded already: decoding it again is wrong).
        path = _raw_path(request)
        if request.method == "POST" and path == TOKEN_PATH:
            return TOKEN_OPERATION, None, {}
        for method, pattern, operation_id, handler in self._routes:
            match = pattern.fullmatch(path)
            if match and method == request.method:
                return operation_id, handler, {k: urllib.parse.unquote(v) for k, v in match.groupdict().items()}
        return "unknown", None, {}

    def _dispatch(
        self, request: httpx.Request, operation_id: str, handler: Handler | None, params: dict[str, str]
    ) -> tuple[int, Any]:
        try:
            if operation_id == "fetchOauth2Token":
                return 200, self._issue_token(request)
            if handler is None:
                return 404, _error(404, f"no operation {request.method} {request.url.path}", "NOT_FOUND")
            company = self._authenticate(request)
            result = handler(_Call(request, params, company))
            return 200, result
        except BadRequest as exc:
            return 400, _error(400, exc.message, exc.code)
        except RecursionError:
            return 400, _error(400, "request body is nested too deeply", "INVALID_REQUEST")
        except _Unauthorized as exc:
            return 401, _error(401, str(exc), "UNAUTHENTICATED")
        except _Forbidden as exc:
            return 403, _error(403, str(exc), "PERMISSION_DENIED")
        except _NotFound as exc:
            return 404, _error(404, str(exc), "NOT_FOUND")
        except _NotServed as exc:
            return 501, _error(501, str(exc), "UNIMPLEMENTED")

    # -- auth ----------------------------------------------------------------------------

    def _issue_token(self, request: httpx.Request) -> dict[str, Any]:
        form = dict(urllib.parse.parse_qsl(request.content.decode("utf-8", "replace")))
        grant = form.get("grant_type")
        if grant not in {"client_credentials", "urn:ietf:params:oauth:grant-type:token-exchange"}:
            raise BadRequest(f"grant_type {grant!r} is not supported")
        known = self.clients.get(form.get("client_id", ""))
        if known is None or not secrets.compare_digest(known[0], form.get("client_secret", "")):
            raise _Forbidden("invalid client credentials")
        if grant != "client_credentials" and not form.get("subject_token"):
            raise BadRequest("subject_token is required for token exchange")
        token = self.issue_token(form["client_id"])
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.token_ttl}

    def _authenticate(self, request: httpx.Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise _Unauthorized("missing bearer token")
        entry = self.tokens.get(token)
        if entry is None:
            raise _Unauthorized("unknown token")
        company, expires_at = entry
        if self.clock() >= expires_at:
            raise _Unauthorized("token expired")
        return company

    def _expire(self, request: httpx.Request) -> None:
        token = request.headers.get("authorization", "").partition(" ")[2]
        if token in self.tokens:
            self.tokens[token] = (self.tokens[token][0], float("-inf"))

    def expire_all_tokens(self) -> None:
        """Every token issued so far expires now (the next call gets a 401)."""
        for token, (company, _) in list(self.tokens.items()):
            self.tokens[token] = (company, float("-inf"))

    # -- shared rules ----------------------------------------------------------------------

    def _event(self, call: _Call, event_id: str) -> dict[str, Any]:
        event = self.events.get(event_id)
        if event is None:
            raise _NotFound(f"event {event_id} not found")
        if event["companyId"]["id"] != call.company:
            raise _Forbidden(f"event {event_id} belongs to another company")
        return event

    def _company_arg(self, call: _Call, company_id: str | None) -> str:
        if company_id is None:
            return call.company
        try:
            normalised = str(uuid.UUID(str(company_id)))
        except ValueError:
            raise BadRequest(f"companyId: {company_id!r} is not a UUID") from None
        if normalised != call.company:
            raise _Forbidden(f"company {normalised} is not yours")
        return normalised

    def _query_enum(self, call: _Call, name: str, enum: type[Any]) -> Any:
        value = call.query.get(name)
        if value is None:
            return None
        member = enum(value)
        if member.is_unknown:
            raise BadRequest(f"{name}: {value!r} is not an allowed value")
        return member

    @staticmethod
    def _uuid(name: str, value: str | None) -> str:
        if value is None:
            raise BadRequest(f"{name} is required")
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise BadRequest(f"{name}: {value!r} is not a UUID") from None

    # -- events ----------------------------------------------------------------------------

    def _op_createEvent(self, call: _Call) -> dict[str, Any]:
        body, document = parse_body(call.request, models.CreateEventRequest)
        company = self._company_arg(call, (document.get("companyId") or {}).get("id"))
        check_items("travellers", document.get("travellers", []), maximum=1000)
        external_id = document.get("externalId")
        if external_id and self._by_external_id(company, external_id) is not None:
            raise BadRequest(
                f"externalId {external_id!r} is already used by another event", code="DUPLICATE_EXTERNAL_ID"
            )
        event_id = str(next(self._ids))
        event: dict[str, Any] = {"id": event_id}
        for key in ("name", "type", "description", "startDateTime", "endDateTime", "location", "externalId",
                    "parentEventId", "policyId"):  # fmt: skip
            if document.get(key) is not None:
                event[key] = document[key]
        event.setdefault("type", "GENERIC")
        event["status"] = "DRAFT"
        event["runningStatus"] = "UPCOMING"
        event["companyId"] = {"id": company}
        if document.get("eventCustomFieldResponses"):
            event["customFieldResponses"] = document["eventCustomFieldResponses"]
        if document.get("eventCustomFieldV3Responses"):
            event["customFieldV3Responses"] = document["eventCustomFieldV3Responses"]
        self.events[event_id] = event
        self.transitions.append((event_id, "created"))
        self.booking_guidelines[event_id] = {"bookingGuidelines": document.get("bookingGuidelines", [])}
        self.travelers[event_id] = {}
        for user in document.get("travellers", []):
            self.travelers[event_id][str(user["id"])] = {"eventRsvpState": "ADDED"}
        self._count_travelers(event_id)
        _ = body
        return {"id": event_id}

    def _company_events(self, company: str) -> list[dict[str, Any]]:
        # Membership changes only when events are added or deleted: cache it per company,
        # so listing a large fake does not scan every event on every page.
        key = (company, len(self.events), next(reversed(self.events), None))
        cached = self._listing_cache.get(company)
        if cached is None or cached[0] != key:
            cached = (key, [e for e in self.events.values() if e["companyId"]["id"] == company])
            self._listing_cache[company] = cached
        return list(cached[1])

    def _by_external_id(self, company: str, external_id: str) -> dict[str, Any] | None:
        for event in self.events.values():
            if event.get("externalId") == external_id and event["companyId"]["id"] == company:
                return event
        return None

    def _count_travelers(self, event_id: str) -> None:
        self.events[event_id]["numTravelers"] = len(self.travelers[event_id])

    def _op_getEvent(self, call: _Call) -> dict[str, Any]:
        self._query_enum(call, "type", models.EventType)
        return {"event": self._event(call, call.params["eventId"])}

    def _op_deleteEvent(self, call: _Call) -> None:
        event = self._event(call, call.params["eventId"])
        self._delete(event)

    def _delete(self, event: dict[str, Any]) -> None:
        if event["status"] != "DRAFT":
            raise BadRequest(f"event {event['id']} is {event['status']}: only drafts can be deleted")
        del self.events[event["id"]]
        self.transitions.append((event["id"], "deleted"))

    def _op_getEventByExternalID(self, call: _Call) -> dict[str, Any]:
        external_id = call.query.get("externalId")
        if not external_id:
            raise BadRequest("externalId is required")
        company = self._company_arg(call, self._uuid("companyId", call.query.get("companyId")))
        event = self._by_external_id(company, external_id)
        if event is None:
            raise _NotFound(f"no event with externalId {external_id!r}")
        return {"event": event}

    def _op_addTravelersToEvent(self, call: _Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.AddTravelersToEventRequest)
        self._writable(event)
        roster = self.travelers[event["id"]]
        added = []
        for user in document.get("userIds", []):
            user_id = str(uuid.UUID(user["id"]))
            if user_id not in roster:
                roster[user_id] = {"eventRsvpState": "ADDED"}
                added.append({"id": user_id})
        self._count_travelers(event["id"])
        return {"addedUserIds": added}

    def _op_removeTravelersFromEvent(self, call: _Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.RemoveTravelersFromEventRequest)
        check_items("userIds", document.get("userIds", []), minimum=1, maximum=10)
        roster = self.travelers[event["id"]]
        removed = []
        for user in document["userIds"]:
            user_id = str(uuid.UUID(user["id"]))
            if roster.pop(user_id, None) is not None:
                removed.append({"id": user_id})
        self._count_travelers(event["id"])
        return {"removedUserIds": removed}

    @staticmethod
    def _writable(event: dict[str, Any]) -> None:
        if event["status"] == "CANCELLED":
            raise BadRequest(f"event {event['id']} is cancelled")

    def _op_listEvents(self, call: _Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.ListEventsRequest)
        offset, limit = _page(document)
        matching = self._company_events(call.company)
        for wrapper in document.get("filters", []):
            matching = self._apply_filter(call, wrapper, matching)
        matching = _list_type(document.get("listEventType"), matching)
        for option in reversed(document.get("sortOptions", [])):
            matching = _sorted(matching, option)
        return {
            "events": matching[offset : offset + limit],
            "paginationParams": {"totalNumResults": len(matching)},
        }

    def _apply_filter(self, call: _Call, wrapper: dict[str, Any], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        kind, value = next(iter(wrapper.items()))
        if kind == "eventIdFilter":
            wanted = set(value.get("eventIdList", []))
            return [e for e in events if e["id"] in wanted]
        if kind == "eventNameFilter":
            needle = str(value).lower()
            return [e for e in events if needle in e.get("name", "").lower()]
        if kind == "eventStatusFilter":
            return [e for e in events if e["status"] in set(value)]
        if kind == "eventTypeFilter":
            types = set(value.get("types", []))
            return [e for e in events if e.get("type") in types] if types else events
        if kind == "companyFilter":
            company = self._company_arg(call, (value.get("companyId") or {}).get("id"))
            return [e for e in events if e["companyId"]["id"] == company]
        if kind in {"eventDateRangeFilter", "eventEndDateRangeFilter"}:
            field = "startDateTime" if kind == "eventDateRangeFilter" else "endDateTime"
            window = value.get("eventDateRange" if field == "startDateTime" else "eventEndDateRange") or {}
            low, high = _iso_date(window.get("min")), _iso_date(window.get("max"))
            return [
                e
                for e in events
                if (not low or _iso_date(e.get(field)) >= low) and (not high or _iso_date(e.get(field)) <= high)
            ]
        if kind == "eventParentFilter":
            return [e for e in events if e.get("parentEventId") == value.get("parentEventId")]
        if kind == "eventDetachedFilter":
            return [e for e in events if bool(e.get("isDetached")) == bool(value.get("isDetached"))]
        if kind == "userFilter":
            user = str((value.get("userId") or {}).get("id", ""))
            return [e for e in events if user in self.travelers.get(e["id"], {})]
        return events

    def _op_publishEvent(self, call: _Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        self._publish(event)
        return {"id": event["id"]}

    def _publish(self, event: dict[str, Any]) -> None:
        if event["status"] != "DRAFT":
            raise BadRequest(f"event {event['id']} is {event['status']}: only drafts can be published")
        event["status"] = "PUBLISH"
        self.transitions.append((event["id"], "PUBLISH"))

    def _op_updateEventBasicInfo(self, call: _Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.UpdateEventBasicInfoRequest)
        self._update_basic_info(event, document)
        return {"id": event["id"]}

    def _update_basic_info(self, event: dict[str, Any], document: dict[str, Any]) -> None:
        self._writable(event)
        for key in ("name", "type", "description", "startDateTime", "endDateTime", "location", "policyId"):
            if document.get(key) is not None:
                event[key] = document[key]

    def _op_updateEventBookingGuidelines(self, call: _Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.UpdateEventBookingGuidelinesRequest)
        self._writable(event)
        self.booking_guidelines[event["id"]] = document
        return {"id": event["id"]}

    def _traveler(self, call: _Call) -> tuple[dict[str, Any], str]:
        event = self._event(call, call.params["eventId"])
        return event, self._uuid("travelerId", call.params["travelerId"])

    def _op_setUserEventRsvp(self, call: _Call) -> None:
        event, traveler = self._traveler(call)
        _, document = parse_body(call.request, models.SetUserEventRsvpRequest)
        roster = self.travelers[event["id"]]
        if traveler not in roster:
            raise BadRequest(f"travelerId {traveler} is not a traveler of event {event['id']}")
        for key in ("eventRsvpState", "eventRsvpResponse"):
            if key in document:
                roster[traveler][key] = document[key]

    def _op_getUserEventRsvp(self, call: _Call) -> dict[str, Any]:
        event, traveler = self._traveler(call)
        rsvp = self.travelers[event["id"]].get(traveler)
        if rsvp is None:
            raise BadRequest(f"travelerId {traveler} is not a traveler of event {event['id']}")
        return {"userId": {"id": traveler}, **rsvp}

    def _op_sendInvite(self, call: _Call) -> None:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.SendInviteRequest)
        self._invite(event, [str(uuid.UUID(u["id"])) for u in document.get("userIds", [])], test=False)

    def _invite(self, event: dict[str, Any], user_ids: list[str], *, test: bool) -> None:
        if event["status"] != "PUBLISH" and not test:
            raise BadRequest(f"event {event['id']} is {event['status']}: publish it before inviting")
        roster = self.travelers[event["id"]]
        invited = user_ids or list(roster)
        unknown = [u for u in invited if u not in roster]
        if unknown:
            raise BadRequest(f"userIds: {unknown[0]} is not a traveler of event {event['id']}")
        if not test:
            now = _now()
            for user_id in invited:
                roster[user_id].update(eventRsvpState="INVITED", invitedAt={"iso8601": now})
        self.invites.append({"eventId": event["id"], "userIds": invited, "test": test})

    def _op_testInvite(self, call: _Call) -> None:
        event = self._event(call, call.params["eventId"])
        self._invite(event, [], test=True)

    def _op_getEventSummaries(self, call: _Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.GetEventSummariesRequest)
        self._company_arg(call, (document.get("companyId") or {}).get("id"))
        trip_ids = document.get("tripIds") or list(self.trip_summaries)
        return {
            "tripEventSummaries": [
                {"tripId": trip_id, "travelerEventSummary": self.trip_summaries[trip_id]}
                for trip_id in trip_ids
                if trip_id in self.trip_summaries
            ]
        }

    def _op_getAllowedPaymentSources(self, call: _Call) -> dict[str, Any]:
        self._uuid("userId", call.query.get("userId"))
        return {"paymentSources": self.payment_sources}

    def _op_cancelEvent(self, call: _Call) -> None:
        self._query_enum(call, "type", models.EventType)
        self._cancel(self._event(call, call.params["eventId"]))

    def _cancel(self, event: dict[str, Any]) -> None:
        if event["status"] != "CANCELLED":
            self.transitions.append((event["id"], "CANCELLED"))
        event["status"] = "CANCELLED"
        event["runningStatus"] = "COMPLETED"

    def _op_listEventTravelers(self, call: _Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.EventTravelersRequest)
        offset, limit = _page(document)
        roster = sorted(self.travelers[event["id"]].items())
        for traveler_filter in document.get("filters", []):
            if traveler_filter.get("type") == "INVITATION_STATUS_FILTER":
                states = set(traveler_filter.get("rsvpStates", []))
                roster = [(u, r) for u, r in roster if r.get("eventRsvpState") in states]
        return {
            "travelerEventInfos": [
                {"userId": {"id": user_id}, **{k: v for k, v in rsvp.items() if k != "invitedAt"}}
                for user_id, rsvp in roster[offset : offset + limit]
            ],
            "paginationParams": {"totalNumResults": len(roster)},
        }

    def _op_updateCustomFieldResponses(self, call: _Call) -> None:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.EventCustomFieldResponsesRequest)
        self._writable(event)
        if "eventCustomFieldResponses" in document:
            event["customFieldResponses"] = document["eventCustomFieldResponses"]
        if "customFieldV3Responses" in document:
            event["customFieldV3Responses"] = document["customFieldV3Responses"]

    # -- bulk and jobs ---------------------------------------------------------------------

    def _per_item(self, call: _Call, event_id: str, action: Callable[[dict[str, Any]], None]) -> tuple[str, str | None]:
        try:
            action(self._event(call, event_id))
        except (BadRequest, _NotFound, _Forbidden) as exc:
            return "FAILED", getattr(exc, "message", None) or str(exc)
        return "SUCCESS", None

    def _op_bulkPublishEvents(self, call: _Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkPublishEventRequest)
        items = document["publishEventList"]
        check_items("publishEventList", items, minimum=1, maximum=MAX_BULK)
        responses = []
        for item in items:
            status, message = self._per_item(call, item["id"], self._publish)
            if status == "SUCCESS" and item.get("sendInvite"):
                users = [str(uuid.UUID(u["id"])) for u in item.get("userIds", [])]
                self._start_job(call, "SEND_INVITE", item["id"], [json.dumps(users)])
            responses.append(_item_status("id", item["id"], status, message))
        return {"publishEventResponses": responses}

    def _op_bulkEditEvents(self, call: _Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkUpdateEventsRequest)
        items = document.get("eventsToUpdate", [])
        check_items("eventsToUpdate", items, minimum=1, maximum=MAX_BULK)
        responses = []
        for item in items:
            if document.get("updateAsync"):
                status, message = self._per_item(call, item["eventId"], self._writable)
                if status == "SUCCESS":
                    self._start_job(call, "MODIFY", item["eventId"], [json.dumps(item)])
            else:
                status, message = self._per_item(call, item["eventId"], functools.partial(self._edit, item=item))
            responses.append(_item_status("id", item["eventId"], status, message))
        return {"updateEventsResponse": responses}

    def _edit(self, event: dict[str, Any], item: dict[str, Any]) -> None:
        self._update_basic_info(event, item["eventBasicInfo"])
        self.booking_guidelines[event["id"]] = item["eventBookingGuidelines"]

    def _op_bulkDeleteEvents(self, call: _Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkDeleteEventRequest)
        items = document["deleteEventList"]
        check_items("deleteEventList", items, minimum=1, maximum=MAX_BULK)
        return {
            "deleteEventResponses": [
                _item_status("id", item["id"], *self._per_item(call, item["id"], self._delete)) for item in items
            ]
        }

    def _op_bulkCancelEvents(self, call: _Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.BulkCancelEventRequest)
        items = document["cancelEventRequests"]
        check_items("cancelEventRequests", items, minimum=1, maximum=MAX_BULK)
        responses = []
        for item in items:
            if document.get("cancelAsync"):
                status, message = self._per_item(call, item["eventId"], lambda e: None)
                if status == "SUCCESS":
                    self._start_job(call, "CANCEL", item["eventId"], [item["eventId"]])
            else:
                status, message = self._per_item(call, item["eventId"], self._cancel)
            responses.append(_item_status("eventId", item["eventId"], status, message))
        return {"cancelEventResponses": responses}

    def _start_job(self, call: _Call, job_type: str, event_id: str, work: list[str]) -> _Job:
        return self._new_job(call.company, job_type, event_id, work)

    def _new_job(self, company: str, job_type: str, event_id: str, work: list[str]) -> _Job:
        job_id = str(uuid.UUID(int=self._random.getrandbits(128), version=4))
        reference_id = event_id if JOB_REFERENCE_IS_EVENT_ID else job_id
        job = _Job(job_id, job_type, reference_id, company, work)
        self.jobs[job_id] = job
        return job

    def _step(self, job: _Job) -> None:
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
            job.completed_at = _now()

    def _run_job_item(self, job: _Job, payload: str) -> tuple[str, str | None]:
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

    def run_jobs(self) -> None:
        """Finish every pending job now."""
        for job in self.jobs.values():
            while job.completed_at is None:
                self._step(job)

    def _op_getAsyncEventJobDetails(self, call: _Call) -> dict[str, Any]:
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
            raise _NotFound("no such job")
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

    # -- ASGI ------------------------------------------------------------------------------

    async def asgi_app(
        self, scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any
    ) -> None:
        """The fake as an ASGI application (for uvicorn and schemathesis)."""
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        host = dict(scope.get("headers") or []).get(b"host", b"fake").decode("latin-1")
        raw_path = scope.get("raw_path") or urllib.parse.quote(scope["path"]).encode()
        query = scope.get("query_string", b"")
        target = raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
        try:
            url = httpx.URL(f"{scope.get('scheme', 'http')}://{host}{target}")
        except httpx.InvalidURL:
            await _send_json(send, 400, _error(400, "malformed URL", "INVALID_REQUEST"))
            return
        request = httpx.Request(scope["method"], url, headers=scope.get("headers"), content=body)
        try:
            response = await self.handle(request)
        except httpx.RemoteProtocolError:
            # Start an answer and break off: the client sees the connection drop.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
            raise _Drop() from None
        except httpx.ConnectError:
            raise _Drop() from None
        await send(
            {
                "type": "http.response.start",
                "status": response.status_code,
                "headers": [(k.encode(), v.encode()) for k, v in response.headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": response.content})


async def _send_json(send: Any, status: int, document: dict[str, Any]) -> None:
    body = json.dumps(document).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _error(status: int, message: str, code: str = "ERROR") -> dict[str, Any]:
    return {"errorMessages": [{"errorCode": code, "message": message}]}


def _item_status(key: str, event_id: str, status: str, message: str | None) -> dict[str, Any]:
    item = {key: event_id, "status": status}
    if message:
        item["message"] = message
    return item


def _page(document: dict[str, Any]) -> tuple[int, int]:
    offset, limit = document.get("offset", 0), document.get("limit", MAX_PAGE)
    if offset < 0:
        raise BadRequest(f"offset must be >= 0, got {offset}")
    if not 0 < limit <= MAX_PAGE:
        raise BadRequest(f"limit must be 1..{MAX_PAGE}, got {limit}")
    return offset, limit


def _list_type(list_type: str | None, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if list_type == "CANCELLED_EVENT":
        return [e for e in events if e["status"] == "CANCELLED"]
    if list_type == "UPCOMING":
        return [e for e in events if e["status"] != "CANCELLED" and e.get("runningStatus") != "COMPLETED"]
    if list_type == "PAST_OR_COMPLETED":
        return [e for e in events if e.get("runningStatus") == "COMPLETED"]
    return events


_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "START_DATE": lambda e: _iso_date(e.get("startDateTime")),
    "END_DATE": lambda e: _iso_date(e.get("endDateTime")),
    "EVENT_NAME": lambda e: e.get("name", ""),
    "CREATION_DATE": lambda e: int(e["id"]),
}


def _sorted(events: list[dict[str, Any]], option: dict[str, Any]) -> list[dict[str, Any]]:
    key = _SORT_KEYS.get(option["sortField"])
    if key is None:
        return events
    return sorted(events, key=key, reverse=option.get("sortOrder") == "DESC")


_PARAMETER = re.compile(r"\{(\w+)\}")


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part.title() for part in rest)


def _routes(fake: FakeEventAPI) -> list[tuple[str, re.Pattern[str], str, Handler]]:
    """The generated operation table as routes: an operation the spec drops is not served,
    one the fake has no handler for answers 501. Literal paths win over parameters
    (``/v2/events/payment-sources`` is not the event ``payment-sources``)."""
    routes = []
    for operation in OPERATIONS.values():
        pattern = "".join(
            f"(?P<{_camel(part)}>[^/]+)" if index % 2 else re.escape(part)
            for index, part in enumerate(_PARAMETER.split(operation.path))
        )
        handler = getattr(fake, f"_op_{operation.operation_id}", None) or functools.partial(
            _not_served, operation.operation_id
        )
        routes.append((operation.method, re.compile(pattern), operation.operation_id, handler))
    routes.sort(key=lambda route: route[1].pattern.count("(?P<"))
    return routes


def _not_served(operation_id: str, call: _Call) -> Any:
    raise _NotServed(f"the fake does not implement {operation_id} yet")


def _raw_path(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii").partition("?")[0]


def _sent_body(request: httpx.Request) -> Any:
    content = request.content
    if not content or len(content) > MAX_BODY:
        return None
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        form = dict(urllib.parse.parse_qsl(content.decode("utf-8", "replace")))
        return {k: ("<redacted>" if "secret" in k or "token" in k else v) for k, v in form.items()}
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


async def _sleep_within_timeout(request: httpx.Request, seconds: float) -> None:
    """Latency as the network would give it: a client whose read timeout is shorter gets
    the same ``ReadTimeout`` in-process as over loopback."""
    timeout = (request.extensions.get("timeout") or {}).get("read")
    if timeout is not None and seconds > timeout:
        await asyncio.sleep(timeout)
        raise httpx.ReadTimeout("fake: no answer within the read timeout", request=request)
    await asyncio.sleep(seconds)
