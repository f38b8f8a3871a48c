"""``FakeEventAPI``: a stateful, in-memory Event API (all 24 operations and the token endpoint).

State is plain JSON documents in the spec's shapes. Requests are validated with the
generated models; responses are built to validate against the spec's response schemas.
The fake is assembled from rooms, one concern each: ``_state`` (what it holds and the
shared rules), ``_server`` (routing, rate limit, faults, recorded calls), ``_asgi``,
``_room_tokens``, ``_room_events``, ``_room_travelers`` (RSVPs, invites),
``_room_queries`` (filters, sorting, pages) and ``_room_jobs`` (bulk and async jobs).
"""

from __future__ import annotations

import functools
import secrets
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from spotnana_event_api import models
from spotnana_event_api.facade import OPERATIONS

from . import _asgi
from ._faults import Fault, operation_names
from ._hosts import HostPolicy
from ._room_jobs import JOB_REFERENCE_IS_EVENT_ID, JobRoom
from ._room_queries import QueryRoom
from ._server import RecordedCall, Route, Server, routes
from ._state import DEFAULT_COMPANY_ID, OTHER_COMPANY_ID
from ._validation import problems

if TYPE_CHECKING:
    from spotnana_events import AsyncSpotnana

__all__ = [
    "DEFAULT_COMPANY_ID",
    "JOB_REFERENCE_IS_EVENT_ID",
    "MAX_SEED_EVENTS",
    "OTHER_COMPANY_ID",
    "FakeEventAPI",
    "RecordedCall",
]

# seed_events' bound per call (and so --seed-events'): 100,000 take about 25 s and 100 MB.
MAX_SEED_EVENTS = 100_000


class FakeEventAPI(Server, QueryRoom, JobRoom):
    """In-memory Event API. Serve it in-process with ``transport()`` or over HTTP with ``asgi_app``.

    ``FakeEventAPI(seed=0, token_ttl=3600, job_polls_to_complete=3, clock=time.monotonic)``:
    ``seed`` makes job ids and probabilistic faults repeatable; ``job_polls_to_complete``:
    how many status reads an async job takes to finish (its step function). ``clock``
    drives token expiry.
    """

    @functools.cached_property
    def _routes(self) -> list[Route]:
        return routes(self, OPERATIONS)

    def reset(self) -> None:
        """Back to a fresh fake with the same settings: no state, faults or recorded calls."""
        self.__init__(**self._config)  # type: ignore[misc]

    async def asgi_app(self, scope: dict[str, Any], receive: _asgi.Receive, send: Any) -> None:
        """The fake as an ASGI application (for uvicorn and schemathesis), answering requests
        whose ``Host`` is a loopback name (see ``asgi`` for others)."""
        await _asgi.serve(self.handle, scope, receive, send)

    def asgi(self, *, allow_hosts: Iterable[str] = ()) -> _asgi.App:
        """The fake as an ASGI application that also answers the ``Host`` names ``allow_hosts``
        (any port), as ``--allow-host`` does: for a fake other machines or containers reach
        by name. Any other name is answered 403 (DNS rebinding)."""
        hosts = HostPolicy(allow_hosts)

        async def app(scope: dict[str, Any], receive: _asgi.Receive, send: Any) -> None:
            await _asgi.serve(self.handle, scope, receive, send, hosts=hosts)

        return app

    def client(self, **kwargs: Any) -> AsyncSpotnana:
        """An ``AsyncSpotnana`` wired to this fake in-process, logged in with client credentials.

        Strict about responses unless ``strict_responses=False`` is given: a test then fails
        when the fake answers a value of another type than the spec's, which a tolerant
        client would read and hide."""
        from spotnana_events import AsyncSpotnana, ClientCredentials

        kwargs.setdefault("strict_responses", True)
        kwargs.setdefault("base_url", "http://fake.spotnana.test")
        kwargs.setdefault("auth", ClientCredentials(*self.credentials))
        return AsyncSpotnana(transport=self.transport(), **kwargs)

    def add_fault(self, *faults: Fault) -> None:
        """Turn on fault rules (see ``Fault``)."""
        self.faults.add(*faults)

    def seed_events(self, count: int, *, status: str = "PUBLISH", company_id: str = DEFAULT_COMPANY_ID) -> list[str]:
        """Add ``count`` events directly (no requests); returns their ids. At most
        ``MAX_SEED_EVENTS`` per call (each costs about 0.25 ms and 1 KB)."""
        if isinstance(count, bool) or not isinstance(count, int):
            raise TypeError(f"seed_events: count must be an integer, got {type(count).__name__}")
        if not 0 <= count <= MAX_SEED_EVENTS:
            raise ValueError(f"seed_events: count must be from 0 to {MAX_SEED_EVENTS:,}, got {count:,}")
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
        roster = _roster(travelers)  # before anything is stored: a bad traveler leaves no half-seeded event
        self.events[event_id] = document
        self.travelers[event_id] = roster
        self._count_travelers(event_id)
        return event_id

    def add_company(
        self, company_id: str, *, client_id: str | None = None, client_secret: str | None = None
    ) -> tuple[str, str]:
        """Another company with its own API client; returns its (client id, client secret)."""
        company = str(uuid.UUID(company_id))
        for name, value in (("client_id", client_id), ("client_secret", client_secret)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"add_company: {name} must be a string, got {type(value).__name__}")
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


def _roster(travelers: Iterable[str] | Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Traveler id -> RSVP, ids as canonical UUIDs; a ``ValueError`` naming a bad one."""
    roster = travelers if isinstance(travelers, Mapping) else {user: {} for user in travelers}
    checked: dict[str, dict[str, Any]] = {}
    for user, rsvp in roster.items():
        try:
            checked[str(uuid.UUID(str(user)))] = {"eventRsvpState": "ADDED", **dict(rsvp)}
        except (ValueError, TypeError):
            raise ValueError(f"seed_event: traveler {str(user)[:100]!r} is not a UUID with an RSVP object") from None
    return checked
