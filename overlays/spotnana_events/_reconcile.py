"""Checks that make a non-idempotent call safe to retry after an ambiguous failure.

A reconciler reads the original request (the typed ``ApiRequest``: its body model) and
asks the API whether the first attempt went through. It returns the JSON body the
operation would have answered (the first attempt succeeded; the client parses it as it
parses a real answer), or
``NOT_DONE`` (safe to send again), or ``CANNOT_TELL`` (do not retry). Named in
codegen/operations.toml, so the table stays the one place that says what is retried.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Final

from ._errors import NotFoundError

if TYPE_CHECKING:
    from spotnana_event_api.client import ApiRequest
    from spotnana_event_api.facade import EventsResource

__all__ = ["CANNOT_TELL", "NOT_DONE", "RECONCILERS"]

NOT_DONE: Final = object()
CANNOT_TELL: Final = object()

Reconciler = Callable[["EventsResource", "ApiRequest"], Awaitable[object]]


async def event_by_external_id(events: EventsResource, request: ApiRequest) -> object:
    """createEvent: the event exists if its externalId is already taken in its company."""
    from spotnana_event_api.models import CreateEventRequest
    from spotnana_event_api.types import Unset

    body = request.body
    if not isinstance(body, CreateEventRequest):
        return CANNOT_TELL
    external_id, company = body.external_id, body.company_id
    company_id = None if isinstance(company, Unset) else company.id
    if isinstance(external_id, Unset) or not external_id or not company_id:
        return CANNOT_TELL
    try:
        found = await events.get_by_external_id(external_id=external_id, company_id=uuid.UUID(str(company_id)))
    except NotFoundError:
        return NOT_DONE
    if not found.event or not found.event.id:
        return NOT_DONE
    return {"id": found.event.id}


RECONCILERS: dict[str, Reconciler] = {"event_by_external_id": event_by_external_id}
