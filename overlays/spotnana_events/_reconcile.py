"""Checks that make a non-idempotent call safe to retry after an ambiguous failure, and
that find what exists already for ``if_exists="return"`` (create-or-get).

A reconciler reads the original request (the typed ``ApiRequest``: its body model) and
asks the API whether what it would make exists. It returns the JSON body the
operation would have answered (the client parses it as it parses a real answer), or
``NOT_DONE`` (nothing found: safe to send again), or ``CANNOT_TELL`` (do not retry). Named in
codegen/operations.toml, so the table stays the one place that says what is retried.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Final

from ._errors import NotFoundError
from ._logs import logger

if TYPE_CHECKING:
    from spotnana_event_api.client import ApiRequest
    from spotnana_event_api.facade import EventsResource

__all__ = ["CANNOT_TELL", "NEEDS", "NOT_DONE", "RECONCILERS"]

NOT_DONE: Final = object()
CANNOT_TELL: Final = object()

Reconciler = Callable[["EventsResource", "ApiRequest"], Awaitable[object]]


def external_key(request: ApiRequest) -> tuple[str, uuid.UUID] | None:
    """(externalId, companyId) of a createEvent request; None when it lacks either, since
    externalId is unique per company only."""
    from spotnana_event_api.models import CreateEventRequest
    from spotnana_event_api.types import Unset

    body = request.body
    if not isinstance(body, CreateEventRequest):
        return None
    external_id, company = body.external_id, body.company_id
    if isinstance(external_id, Unset) or not external_id or isinstance(company, Unset) or not company.id:
        return None
    return external_id, uuid.UUID(str(company.id))


async def event_by_external_id(events: EventsResource, request: ApiRequest) -> object:
    """createEvent: the event exists if its externalId is already taken in its company."""
    key = external_key(request)
    if key is None:
        return CANNOT_TELL
    external_id, company_id = key
    try:
        found = await events.get_by_external_id(external_id=external_id, company_id=company_id)
    except NotFoundError:
        return NOT_DONE
    event = found.event
    if not event or not event.id:
        return NOT_DONE
    # Trust what can be checked: an answer naming another event (another externalId, another
    # company) is not the one this request made, and not a reason to send it again either.
    company = None if not event.company_id else str(event.company_id.id)
    if (event.external_id and event.external_id != external_id) or (company and company != str(company_id)):
        logger.warning("createEvent: the lookup by externalId answered another event; cannot tell")
        return CANNOT_TELL
    return {"id": event.id}


RECONCILERS: dict[str, Reconciler] = {"event_by_external_id": event_by_external_id}

# What each reconciler reads from the request, as (a function giving it or None, the words
# that say what it is): ``if_exists="return"`` refuses, before sending, a request lacking it.
NEEDS: dict[str, tuple[Callable[[ApiRequest], object], str]] = {
    "event_by_external_id": (external_key, "the body's externalId and companyId (externalId is unique per company)"),
}
