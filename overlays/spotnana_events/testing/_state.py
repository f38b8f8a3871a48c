"""The fake's state and the rules every room shares: whose event it is, which company a
request speaks for, what a writable event is. Rooms (``_room_*.py``) add operations."""

from __future__ import annotations

import collections
import itertools
import random
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx
from spotnana_event_api.spec_facts import LIST_BOUNDS

from ._faults import FaultInjector
from ._ratelimit import FakeRateLimit
from ._validation import BadRequest, check_items

if TYPE_CHECKING:
    from ._room_jobs import Job
    from ._server import RecordedCall

DEFAULT_COMPANY_ID = "f49d00fe-1eda-4304-ba79-a980f565281d"
OTHER_COMPANY_ID = "0b6a1e0e-5f0c-4d55-9f55-3c3c1f0a7e21"
DEFAULT_CLIENT = ("fake-client-id", "fake-client-secret")
OTHER_CLIENT = ("other-client-id", "other-client-secret")


class NotFound(Exception):
    pass


class Forbidden(Exception):
    pass


class Unauthorized(Exception):
    pass


class NotServed(Exception):
    pass


class Call:
    """One authenticated request to an operation: its path parameters, query and company."""

    __slots__ = ("company", "params", "query", "request")

    def __init__(self, request: httpx.Request, params: dict[str, str], company: str) -> None:
        self.request = request
        self.params = params
        self.query = dict(request.url.params)
        self.company = company


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_date(value: Any) -> str:
    return value.get("iso8601", "") if isinstance(value, dict) else ""


def check_list(model: type[Any], field: str, items: list[Any] | Any) -> None:
    """The spec's minItems/maxItems of ``model.field`` (generated into spec_facts)."""
    low, high = LIST_BOUNDS[(model.__name__, field)]
    check_items(field, items, minimum=low, maximum=sys.maxsize if high is None else high)


class FakeState:
    """Everything the fake holds, as plain JSON documents in the spec's shapes."""

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
        self.jobs: dict[str, Job] = {}
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

    def _event(self, call: Call, event_id: str) -> dict[str, Any]:
        event = self.events.get(event_id)
        if event is None:
            raise NotFound(f"event {event_id} not found")
        if event["companyId"]["id"] != call.company:
            raise Forbidden(f"event {event_id} belongs to another company")
        return event

    def _company_arg(self, call: Call, company_id: str | None) -> str:
        if company_id is None:
            return call.company
        try:
            normalised = str(uuid.UUID(str(company_id)))
        except ValueError:
            raise BadRequest(f"companyId: {company_id!r} is not a UUID") from None
        if normalised != call.company:
            raise Forbidden(f"company {normalised} is not yours")
        return normalised

    def _query_enum(self, call: Call, name: str, enum: type[Any]) -> Any:
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

    @staticmethod
    def _writable(event: dict[str, Any]) -> None:
        if event["status"] == "CANCELLED":
            raise BadRequest(f"event {event['id']} is cancelled")

    def _count_travelers(self, event_id: str) -> None:
        self.events[event_id]["numTravelers"] = len(self.travelers[event_id])
