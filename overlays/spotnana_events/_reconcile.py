"""Checks that make a non-idempotent call safe to retry after an ambiguous failure.

A reconciler looks at the original request and asks the API whether the first attempt
went through. It returns the JSON body the operation would have answered (the first
attempt succeeded; the client parses it as it parses a real answer), or
``NOT_DONE`` (safe to send again), or ``CANNOT_TELL`` (do not retry). Named in
codegen/operations.toml, so the table stays the one place that says what is retried.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final

from ._errors import NotFoundError

if TYPE_CHECKING:
    from spotnana_event_api.facade import EventsResource

__all__ = ["CANNOT_TELL", "NOT_DONE", "RECONCILERS"]

NOT_DONE: Final = object()
CANNOT_TELL: Final = object()

Reconciler = Callable[["EventsResource", dict[str, Any]], Awaitable[object]]


async def event_by_external_id(events: EventsResource, request: dict[str, Any]) -> object:
    """createEvent: the event exists if its externalId is already taken in its company."""
    body = request.get("json") or {}
    external_id = body.get("externalId")
    company_id = (body.get("companyId") or {}).get("id")
    if not external_id or not company_id:
        return CANNOT_TELL
    try:
        found = await events.get_by_external_id(external_id=external_id, company_id=uuid.UUID(str(company_id)))
    except NotFoundError:
        return NOT_DONE
    if not found.event or not found.event.id:
        return NOT_DONE
    return {"id": found.event.id}


RECONCILERS: dict[str, Reconciler] = {"event_by_external_id": event_by_external_id}
