"""Typed facade over the endpoint functions: one method per operation.

Generated from the spec and codegen/operations.toml. Each method checks its arguments,
has its endpoint module build the ``ApiRequest``, and hands it, with the module's parser
of a 2xx answer, to the executor the SDK (``spotnana_events``) supplies: auth, retries,
typed errors. ``with_raw_response`` wraps any one-call method to return ``RawResponse``.
"""

from __future__ import annotations

import datetime
import functools
import time
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, Protocol, TypeVar, cast

import httpx

from .types import UNSET, Unset, check_argument, decode_json, enum_argument, request_json, uuid_argument

if TYPE_CHECKING:
    from uuid import UUID

    from .client import ApiRequest
    from .models.add_travelers_to_event_request import AddTravelersToEventRequest
    from .models.add_travelers_to_event_response import AddTravelersToEventResponse
    from .models.async_job_detail_request import AsyncJobDetailRequest
    from .models.async_job_detail_response import AsyncJobDetailResponse
    from .models.bulk_cancel_event_request import BulkCancelEventRequest
    from .models.bulk_cancel_event_response import BulkCancelEventResponse
    from .models.bulk_delete_event_request import BulkDeleteEventRequest
    from .models.bulk_delete_event_response import BulkDeleteEventResponse
    from .models.bulk_publish_event_request import BulkPublishEventRequest
    from .models.bulk_publish_response import BulkPublishResponse
    from .models.bulk_update_events_request import BulkUpdateEventsRequest
    from .models.bulk_update_events_response import BulkUpdateEventsResponse
    from .models.create_event_request import CreateEventRequest
    from .models.create_event_response import CreateEventResponse
    from .models.entity_non_uuid_id import EntityNonUUIDId
    from .models.event_custom_field_responses_request import EventCustomFieldResponsesRequest
    from .models.event_travelers_request import EventTravelersRequest
    from .models.event_travelers_response import EventTravelersResponse
    from .models.event_type import EventType
    from .models.event_user_rsvp import EventUserRsvp
    from .models.get_event_response import GetEventResponse
    from .models.get_event_summaries_request import GetEventSummariesRequest
    from .models.get_event_summaries_response import GetEventSummariesResponse
    from .models.get_events_payment_sources_response import GetEventsPaymentSourcesResponse
    from .models.list_events_request import ListEventsRequest
    from .models.list_events_response import ListEventsResponse
    from .models.remove_travelers_from_event_request import RemoveTravelersFromEventRequest
    from .models.remove_travelers_from_event_response import RemoveTravelersFromEventResponse
    from .models.send_invite_request import SendInviteRequest
    from .models.set_user_event_rsvp_request import SetUserEventRsvpRequest
    from .models.update_event_basic_info_request import UpdateEventBasicInfoRequest
    from .models.update_event_booking_guidelines_request import UpdateEventBookingGuidelinesRequest


T = TypeVar("T")
P = ParamSpec("P")


class Operation:
    """One operation of the spec and how the SDK may retry it."""

    __slots__ = ("exists", "idempotent", "method", "module", "name", "operation_id", "path", "reconcile", "resource")

    def __init__(
        self,
        operation_id: str,
        *,
        resource: str,
        name: str,
        module: str,
        method: str,
        path: str,
        idempotent: bool,
        reconcile: str | None = None,
        exists: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.resource = resource
        self.name = name
        self.module = module
        self.method = method
        self.path = path
        self.idempotent = idempotent
        # The reconciler that finds what an ambiguous attempt (or an earlier call) made.
        self.reconcile = reconcile
        # The error code the API answers when what the request would make exists already.
        self.exists = exists

    def __repr__(self) -> str:
        return f"Operation({self.operation_id!r}, {self.method} {self.path})"


OPERATIONS: dict[str, Operation] = {
    "createEvent": Operation(
        "createEvent",
        resource="events",
        name="create",
        module="create_event",
        method="POST",
        path="/v2/events",
        idempotent=False,
        reconcile="event_by_external_id",
        exists="DUPLICATE_EXTERNAL_ID",
    ),
    "getEvent": Operation(
        "getEvent",
        resource="events",
        name="get",
        module="get_event",
        method="GET",
        path="/v2/events/{event_id}",
        idempotent=True,
    ),
    "deleteEvent": Operation(
        "deleteEvent",
        resource="events",
        name="delete",
        module="delete_event",
        method="DELETE",
        path="/v2/events/{event_id}",
        idempotent=True,
    ),
    "getEventByExternalID": Operation(
        "getEventByExternalID",
        resource="events",
        name="get_by_external_id",
        module="get_event_by_external_id",
        method="GET",
        path="/v2/events/read-by-external-id",
        idempotent=True,
    ),
    "addTravelersToEvent": Operation(
        "addTravelersToEvent",
        resource="events",
        name="add_travelers",
        module="add_travelers_to_event",
        method="POST",
        path="/v2/events/{event_id}/travelers/add",
        idempotent=True,
    ),
    "removeTravelersFromEvent": Operation(
        "removeTravelersFromEvent",
        resource="events",
        name="remove_travelers",
        module="remove_travelers_from_event",
        method="POST",
        path="/v2/events/{event_id}/travelers/remove",
        idempotent=True,
    ),
    "listEvents": Operation(
        "listEvents",
        resource="events",
        name="list_page",
        module="list_events",
        method="POST",
        path="/v2/events/list",
        idempotent=True,
    ),
    "publishEvent": Operation(
        "publishEvent",
        resource="events",
        name="publish",
        module="publish_event",
        method="POST",
        path="/v2/events/{event_id}/publish",
        idempotent=False,
    ),
    "updateEventBasicInfo": Operation(
        "updateEventBasicInfo",
        resource="events",
        name="update_basic_info",
        module="update_event_basic_info",
        method="POST",
        path="/v2/events/{event_id}/edit-basic-info",
        idempotent=True,
    ),
    "updateEventBookingGuidelines": Operation(
        "updateEventBookingGuidelines",
        resource="events",
        name="update_booking_guidelines",
        module="update_event_booking_guidelines",
        method="POST",
        path="/v2/events/{event_id}/edit-booking-guidelines",
        idempotent=True,
    ),
    "getUserEventRsvp": Operation(
        "getUserEventRsvp",
        resource="events",
        name="get_rsvp",
        module="get_user_event_rsvp",
        method="GET",
        path="/v2/events/{event_id}/travelers/{traveler_id}/rsvp",
        idempotent=True,
    ),
    "setUserEventRsvp": Operation(
        "setUserEventRsvp",
        resource="events",
        name="set_rsvp",
        module="set_user_event_rsvp",
        method="POST",
        path="/v2/events/{event_id}/travelers/{traveler_id}/rsvp",
        idempotent=True,
    ),
    "sendInvite": Operation(
        "sendInvite",
        resource="events",
        name="send_invite",
        module="send_invite",
        method="POST",
        path="/v2/events/{event_id}/invite/send",
        idempotent=False,
    ),
    "testInvite": Operation(
        "testInvite",
        resource="events",
        name="send_test_invite",
        module="test_invite",
        method="POST",
        path="/v2/events/{event_id}/invite/test",
        idempotent=False,
    ),
    "getEventSummaries": Operation(
        "getEventSummaries",
        resource="events",
        name="summaries",
        module="get_event_summaries",
        method="POST",
        path="/v2/events/summaries",
        idempotent=True,
    ),
    "getAllowedPaymentSources": Operation(
        "getAllowedPaymentSources",
        resource="events",
        name="payment_sources",
        module="get_allowed_payment_sources",
        method="GET",
        path="/v2/events/payment-sources",
        idempotent=True,
    ),
    "cancelEvent": Operation(
        "cancelEvent",
        resource="events",
        name="cancel",
        module="cancel_event",
        method="POST",
        path="/v2/events/{event_id}/cancel",
        idempotent=True,
    ),
    "listEventTravelers": Operation(
        "listEventTravelers",
        resource="events",
        name="list_travelers_page",
        module="list_event_travelers",
        method="POST",
        path="/v2/events/{event_id}/travelers-list",
        idempotent=True,
    ),
    "updateCustomFieldResponses": Operation(
        "updateCustomFieldResponses",
        resource="events",
        name="update_custom_field_responses",
        module="update_custom_field_responses",
        method="PUT",
        path="/v2/events/{event_id}/custom-field-responses",
        idempotent=True,
    ),
    "bulkPublishEvents": Operation(
        "bulkPublishEvents",
        resource="events",
        name="bulk_publish_batch",
        module="bulk_publish_events",
        method="POST",
        path="/v2/events/bulk-publish",
        idempotent=False,
    ),
    "bulkEditEvents": Operation(
        "bulkEditEvents",
        resource="events",
        name="bulk_edit_batch",
        module="bulk_edit_events",
        method="POST",
        path="/v2/events/bulk-edit",
        idempotent=False,
    ),
    "bulkDeleteEvents": Operation(
        "bulkDeleteEvents",
        resource="events",
        name="bulk_delete_batch",
        module="bulk_delete_events",
        method="POST",
        path="/v2/events/bulk-delete",
        idempotent=False,
    ),
    "bulkCancelEvents": Operation(
        "bulkCancelEvents",
        resource="events",
        name="bulk_cancel_batch",
        module="bulk_cancel_events",
        method="POST",
        path="/v2/events/bulk-cancel",
        idempotent=False,
    ),
    "getAsyncEventJobDetails": Operation(
        "getAsyncEventJobDetails",
        resource="jobs",
        name="get_details",
        module="get_async_event_job_details",
        method="POST",
        path="/v2/events/jobs/status",
        idempotent=True,
    ),
}


class Executor(Protocol):
    """Sends one operation's request and returns ``parse(response)`` for a 2xx."""

    async def __call__(
        self, operation: Operation, request: ApiRequest, parse: Callable[[httpx.Response], T], /
    ) -> T: ...


# Headers that name a request, in the order they are looked for: the spec names none, and
# these are the ones API gateways and load balancers commonly add.
REQUEST_ID_HEADERS = ("x-request-id", "request-id")
# A debugIdentifier sits in a small error body: a larger body is not decoded to look for one.
_MAX_SCANNED = 64 * 1024
# Marks the answer the SDK made up from a lookup (``RawResponse.reconciled``).
RECONCILED_EXTENSION = "spotnana_reconciled"


def debug_identifier(response: httpx.Response) -> str | None:
    """The ``debugIdentifier`` at the top level of a JSON body (Spotnana's error bodies carry
    it; its support asks for it), or None."""
    if len(response.content) > _MAX_SCANNED:
        return None
    try:
        document = decode_json(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    found = document.get("debugIdentifier") if isinstance(document, dict) else None
    return found if isinstance(found, str) and found else None


def request_id_header(headers: httpx.Headers) -> str | None:
    """The first of ``REQUEST_ID_HEADERS`` the response has, or None."""
    return next((value for name in REQUEST_ID_HEADERS if (value := headers.get(name))), None)


class RawResponse(Generic[T]):
    """A successful response with its HTTP details: status, headers, the httpx response, how
    the server names the request (``request_id``) and how long the call took (``elapsed``)."""

    __slots__ = ("elapsed", "http_response", "parsed")

    def __init__(self, http_response: httpx.Response, parsed: T, elapsed: datetime.timedelta | None = None) -> None:
        self.http_response = http_response
        self.parsed = parsed
        # The whole call: every attempt, token request and wait between retries (the last
        # exchange alone is ``http_response.elapsed``). Set by ``with_raw_response``.
        self.elapsed: datetime.timedelta = elapsed if elapsed is not None else datetime.timedelta(0)

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """How the server names this request, for its support: the body's ``debugIdentifier``,
        else the first of the ``REQUEST_ID_HEADERS`` (``X-Request-Id``, ``Request-Id``); None
        when it sent neither."""
        return debug_identifier(self.http_response) or request_id_header(self.http_response.headers)

    @property
    def reconciled(self) -> bool:
        """True when no API answer was sent for this call's request: the SDK found the result
        by a lookup (a create that may have been applied, or ``if_exists="return"``)."""
        return bool(self.http_response.extensions.get(RECONCILED_EXTENSION))

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={type(self.parsed).__name__})"


# Set by ``with_raw_response`` around one call; the facade method that reads it clears it,
# so requests the executor makes on the call's behalf (a reconciler's lookup) parse as usual.
_RAW_RESPONSE: ContextVar[bool] = ContextVar("spotnana_raw_response", default=False)


def _parser(parse: Callable[[httpx.Response], T]) -> Callable[[httpx.Response], T]:
    """``parse``, or under ``with_raw_response`` a parser that keeps the response around its result."""
    if not _RAW_RESPONSE.get():
        return parse
    _RAW_RESPONSE.set(False)
    return cast(Callable[[httpx.Response], T], lambda response: RawResponse(response, parse(response)))


def raw_response_requested() -> bool:
    """Whether the call running now is wrapped by ``with_raw_response`` and has not made its API
    call yet. A hand-written method that needs the response either way (to check the answer
    against the request) fetches it with ``with_raw_response`` and returns ``RawResponse``
    only when this was true on entry."""
    return _RAW_RESPONSE.get()


def with_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``method`` (one API call) answering ``RawResponse``: status, headers and the parsed body.

    Wraps any method that makes exactly one API call, generated or hand-written."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW_RESPONSE.set(True)
        started = time.monotonic()
        try:
            result: object = await method(*args, **kwargs)
        finally:
            _RAW_RESPONSE.reset(token)
        if not isinstance(result, RawResponse):
            raise TypeError(f"{method.__qualname__} made no API call whose response it could return")
        result.elapsed = datetime.timedelta(seconds=time.monotonic() - started)
        return cast(RawResponse[T], result)

    return call


class EventsResource:
    """``events`` operations; each returns the parsed 2xx body."""

    __slots__ = ("_execute", "_raw_view")

    def __init__(self, execute: Executor) -> None:
        self._execute = execute
        self._raw_view: EventsResourceWithRawResponse | None = None

    @property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same operations, each answering ``RawResponse`` (status, headers, request_id,
        elapsed, parsed): ``await sp.events.with_raw_response.<method>(...)``."""
        if self._raw_view is None:
            self._raw_view = EventsResourceWithRawResponse(self)
        return self._raw_view

    async def create(
        self,
        *,
        body: CreateEventRequest | Mapping[str, Any],
        if_exists: Literal["error", "return"] = "error",
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> CreateEventResponse:
        """``POST /v2/events`` (operationId ``createEvent``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After), or
        when ``event_by_external_id`` finds that an attempt that may have been applied was not.

        ``if_exists="return"``: when the API answers that it exists already (error code
        ``DUPLICATE_EXTERNAL_ID``), answer what ``event_by_external_id`` finds instead of raising, so
        that running this again after a crash, or racing another caller, neither fails nor
        makes a second one.

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.create_event_request import CreateEventRequest  # noqa: PLC0415

        body = CreateEventRequest.from_dict(request_json("body", body, CreateEventRequest))
        from .api.events import create_event  # noqa: PLC0415

        request = create_event._request(
            body=body,
        ).with_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
            if_exists=if_exists,
        )
        return await self._execute(OPERATIONS["createEvent"], request, _parser(create_event._parse_success))

    async def get(
        self,
        event_id: str,
        *,
        type_: EventType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> GetEventResponse:
        """``GET /v2/events/{eventId}`` (operationId ``getEvent``)

        Responses the spec lists: 200, 401, 403, 404.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.event_type import EventType  # noqa: PLC0415

        type_ = enum_argument("type_", type_, EventType, required=False)

        from .api.events import get_event  # noqa: PLC0415

        request = get_event._request(
            event_id=event_id,
            type_=type_,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["getEvent"], request, _parser(get_event._parse_success))

    async def delete(
        self,
        event_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """``DELETE /v2/events/{eventId}`` (operationId ``deleteEvent``)

        Responses the spec lists: 200, 401, 403, 404.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .api.events import delete_event  # noqa: PLC0415

        request = delete_event._request(
            event_id=event_id,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["deleteEvent"], request, _parser(delete_event._parse_success))

    async def get_by_external_id(
        self,
        *,
        external_id: str,
        company_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> GetEventResponse:
        """``GET /v2/events/read-by-external-id`` (operationId ``getEventByExternalID``)

        Responses the spec lists: 200, 401, 403, 404.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        check_argument("external_id", external_id, str, required=True)

        company_id = uuid_argument("company_id", company_id, required=True)

        from .api.events import get_event_by_external_id  # noqa: PLC0415

        request = get_event_by_external_id._request(
            external_id=external_id,
            company_id=company_id,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["getEventByExternalID"], request, _parser(get_event_by_external_id._parse_success)
        )

    async def add_travelers(
        self,
        event_id: str,
        *,
        body: AddTravelersToEventRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AddTravelersToEventResponse:
        """``POST /v2/events/{eventId}/travelers/add`` (operationId ``addTravelersToEvent``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.add_travelers_to_event_request import AddTravelersToEventRequest  # noqa: PLC0415

        body = AddTravelersToEventRequest.from_dict(request_json("body", body, AddTravelersToEventRequest))
        from .api.events import add_travelers_to_event  # noqa: PLC0415

        request = add_travelers_to_event._request(
            event_id=event_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["addTravelersToEvent"], request, _parser(add_travelers_to_event._parse_success)
        )

    async def remove_travelers(
        self,
        event_id: str,
        *,
        body: RemoveTravelersFromEventRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> RemoveTravelersFromEventResponse:
        """``POST /v2/events/{eventId}/travelers/remove`` (operationId ``removeTravelersFromEvent``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.remove_travelers_from_event_request import RemoveTravelersFromEventRequest  # noqa: PLC0415

        body = RemoveTravelersFromEventRequest.from_dict(request_json("body", body, RemoveTravelersFromEventRequest))
        from .api.events import remove_travelers_from_event  # noqa: PLC0415

        request = remove_travelers_from_event._request(
            event_id=event_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["removeTravelersFromEvent"], request, _parser(remove_travelers_from_event._parse_success)
        )

    async def list_page(
        self,
        *,
        body: ListEventsRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> ListEventsResponse:
        """``POST /v2/events/list`` (operationId ``listEvents``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.list_events_request import ListEventsRequest  # noqa: PLC0415

        body = ListEventsRequest.from_dict(request_json("body", body, ListEventsRequest))
        from .api.events import list_events  # noqa: PLC0415

        request = list_events._request(
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["listEvents"], request, _parser(list_events._parse_success))

    async def publish(
        self,
        event_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> EntityNonUUIDId:
        """``POST /v2/events/{eventId}/publish`` (operationId ``publishEvent``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .api.events import publish_event  # noqa: PLC0415

        request = publish_event._request(
            event_id=event_id,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["publishEvent"], request, _parser(publish_event._parse_success))

    async def update_basic_info(
        self,
        event_id: str,
        *,
        body: UpdateEventBasicInfoRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> EntityNonUUIDId:
        """``POST /v2/events/{eventId}/edit-basic-info`` (operationId ``updateEventBasicInfo``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.update_event_basic_info_request import UpdateEventBasicInfoRequest  # noqa: PLC0415

        body = UpdateEventBasicInfoRequest.from_dict(request_json("body", body, UpdateEventBasicInfoRequest))
        from .api.events import update_event_basic_info  # noqa: PLC0415

        request = update_event_basic_info._request(
            event_id=event_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["updateEventBasicInfo"], request, _parser(update_event_basic_info._parse_success)
        )

    async def update_booking_guidelines(
        self,
        event_id: str,
        *,
        body: UpdateEventBookingGuidelinesRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> EntityNonUUIDId:
        """``POST /v2/events/{eventId}/edit-booking-guidelines`` (operationId ``updateEventBookingGuidelines``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.update_event_booking_guidelines_request import UpdateEventBookingGuidelinesRequest  # noqa: PLC0415

        body = UpdateEventBookingGuidelinesRequest.from_dict(
            request_json("body", body, UpdateEventBookingGuidelinesRequest)
        )
        from .api.events import update_event_booking_guidelines  # noqa: PLC0415

        request = update_event_booking_guidelines._request(
            event_id=event_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["updateEventBookingGuidelines"], request, _parser(update_event_booking_guidelines._parse_success)
        )

    async def get_rsvp(
        self,
        event_id: str,
        traveler_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> EventUserRsvp:
        """``GET /v2/events/{eventId}/travelers/{travelerId}/rsvp`` (operationId ``getUserEventRsvp``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .api.events import get_user_event_rsvp  # noqa: PLC0415

        request = get_user_event_rsvp._request(
            event_id=event_id,
            traveler_id=traveler_id,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["getUserEventRsvp"], request, _parser(get_user_event_rsvp._parse_success))

    async def set_rsvp(
        self,
        event_id: str,
        traveler_id: UUID,
        *,
        body: SetUserEventRsvpRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """``POST /v2/events/{eventId}/travelers/{travelerId}/rsvp`` (operationId ``setUserEventRsvp``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.set_user_event_rsvp_request import SetUserEventRsvpRequest  # noqa: PLC0415

        body = SetUserEventRsvpRequest.from_dict(request_json("body", body, SetUserEventRsvpRequest))
        from .api.events import set_user_event_rsvp  # noqa: PLC0415

        request = set_user_event_rsvp._request(
            event_id=event_id,
            traveler_id=traveler_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["setUserEventRsvp"], request, _parser(set_user_event_rsvp._parse_success))

    async def send_invite(
        self,
        event_id: str,
        *,
        body: SendInviteRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """``POST /v2/events/{eventId}/invite/send`` (operationId ``sendInvite``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.send_invite_request import SendInviteRequest  # noqa: PLC0415

        body = SendInviteRequest.from_dict(request_json("body", body, SendInviteRequest))
        from .api.events import send_invite  # noqa: PLC0415

        request = send_invite._request(
            event_id=event_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["sendInvite"], request, _parser(send_invite._parse_success))

    async def send_test_invite(
        self,
        event_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """``POST /v2/events/{eventId}/invite/test`` (operationId ``testInvite``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .api.events import test_invite  # noqa: PLC0415

        request = test_invite._request(
            event_id=event_id,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["testInvite"], request, _parser(test_invite._parse_success))

    async def summaries(
        self,
        *,
        body: GetEventSummariesRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> GetEventSummariesResponse:
        """``POST /v2/events/summaries`` (operationId ``getEventSummaries``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.get_event_summaries_request import GetEventSummariesRequest  # noqa: PLC0415

        body = GetEventSummariesRequest.from_dict(request_json("body", body, GetEventSummariesRequest))
        from .api.events import get_event_summaries  # noqa: PLC0415

        request = get_event_summaries._request(
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["getEventSummaries"], request, _parser(get_event_summaries._parse_success)
        )

    async def payment_sources(
        self,
        *,
        user_id: UUID,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> GetEventsPaymentSourcesResponse:
        """``GET /v2/events/payment-sources`` (operationId ``getAllowedPaymentSources``)

        Responses the spec lists: 200, 401, 403, 404.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        user_id = uuid_argument("user_id", user_id, required=True)

        from .api.events import get_allowed_payment_sources  # noqa: PLC0415

        request = get_allowed_payment_sources._request(
            user_id=user_id,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["getAllowedPaymentSources"], request, _parser(get_allowed_payment_sources._parse_success)
        )

    async def cancel(
        self,
        event_id: str,
        *,
        type_: EventType | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """``POST /v2/events/{eventId}/cancel`` (operationId ``cancelEvent``)

        Responses the spec lists: 200, 401, 403, 404.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.event_type import EventType  # noqa: PLC0415

        type_ = enum_argument("type_", type_, EventType, required=False)

        from .api.events import cancel_event  # noqa: PLC0415

        request = cancel_event._request(
            event_id=event_id,
            type_=type_,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["cancelEvent"], request, _parser(cancel_event._parse_success))

    async def list_travelers_page(
        self,
        event_id: str,
        *,
        body: EventTravelersRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> EventTravelersResponse:
        """``POST /v2/events/{eventId}/travelers-list`` (operationId ``listEventTravelers``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.event_travelers_request import EventTravelersRequest  # noqa: PLC0415

        body = EventTravelersRequest.from_dict(request_json("body", body, EventTravelersRequest))
        from .api.events import list_event_travelers  # noqa: PLC0415

        request = list_event_travelers._request(
            event_id=event_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["listEventTravelers"], request, _parser(list_event_travelers._parse_success)
        )

    async def update_custom_field_responses(
        self,
        event_id: str,
        *,
        body: EventCustomFieldResponsesRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> None:
        """``PUT /v2/events/{eventId}/custom-field-responses`` (operationId ``updateCustomFieldResponses``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.event_custom_field_responses_request import EventCustomFieldResponsesRequest  # noqa: PLC0415

        body = EventCustomFieldResponsesRequest.from_dict(request_json("body", body, EventCustomFieldResponsesRequest))
        from .api.events import update_custom_field_responses  # noqa: PLC0415

        request = update_custom_field_responses._request(
            event_id=event_id,
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["updateCustomFieldResponses"], request, _parser(update_custom_field_responses._parse_success)
        )

    async def bulk_publish_batch(
        self,
        *,
        body: BulkPublishEventRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> BulkPublishResponse:
        """``POST /v2/events/bulk-publish`` (operationId ``bulkPublishEvents``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.bulk_publish_event_request import BulkPublishEventRequest  # noqa: PLC0415

        body = BulkPublishEventRequest.from_dict(request_json("body", body, BulkPublishEventRequest))
        from .api.events import bulk_publish_events  # noqa: PLC0415

        request = bulk_publish_events._request(
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["bulkPublishEvents"], request, _parser(bulk_publish_events._parse_success)
        )

    async def bulk_edit_batch(
        self,
        *,
        body: BulkUpdateEventsRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> BulkUpdateEventsResponse:
        """``POST /v2/events/bulk-edit`` (operationId ``bulkEditEvents``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.bulk_update_events_request import BulkUpdateEventsRequest  # noqa: PLC0415

        body = BulkUpdateEventsRequest.from_dict(request_json("body", body, BulkUpdateEventsRequest))
        from .api.events import bulk_edit_events  # noqa: PLC0415

        request = bulk_edit_events._request(
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["bulkEditEvents"], request, _parser(bulk_edit_events._parse_success))

    async def bulk_delete_batch(
        self,
        *,
        body: BulkDeleteEventRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> BulkDeleteEventResponse:
        """``POST /v2/events/bulk-delete`` (operationId ``bulkDeleteEvents``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.bulk_delete_event_request import BulkDeleteEventRequest  # noqa: PLC0415

        body = BulkDeleteEventRequest.from_dict(request_json("body", body, BulkDeleteEventRequest))
        from .api.events import bulk_delete_events  # noqa: PLC0415

        request = bulk_delete_events._request(
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["bulkDeleteEvents"], request, _parser(bulk_delete_events._parse_success))

    async def bulk_cancel_batch(
        self,
        *,
        body: BulkCancelEventRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> BulkCancelEventResponse:
        """``POST /v2/events/bulk-cancel`` (operationId ``bulkCancelEvents``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.bulk_cancel_event_request import BulkCancelEventRequest  # noqa: PLC0415

        body = BulkCancelEventRequest.from_dict(request_json("body", body, BulkCancelEventRequest))
        from .api.events import bulk_cancel_events  # noqa: PLC0415

        request = bulk_cancel_events._request(
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(OPERATIONS["bulkCancelEvents"], request, _parser(bulk_cancel_events._parse_success))


class EventsResourceWithRawResponse:
    """``events`` operations returning ``RawResponse``: each wraps the resource's own method."""

    def __init__(self, resource: EventsResource) -> None:
        self.create = with_raw_response(resource.create)
        self.get = with_raw_response(resource.get)
        self.delete = with_raw_response(resource.delete)
        self.get_by_external_id = with_raw_response(resource.get_by_external_id)
        self.add_travelers = with_raw_response(resource.add_travelers)
        self.remove_travelers = with_raw_response(resource.remove_travelers)
        self.list_page = with_raw_response(resource.list_page)
        self.publish = with_raw_response(resource.publish)
        self.update_basic_info = with_raw_response(resource.update_basic_info)
        self.update_booking_guidelines = with_raw_response(resource.update_booking_guidelines)
        self.get_rsvp = with_raw_response(resource.get_rsvp)
        self.set_rsvp = with_raw_response(resource.set_rsvp)
        self.send_invite = with_raw_response(resource.send_invite)
        self.send_test_invite = with_raw_response(resource.send_test_invite)
        self.summaries = with_raw_response(resource.summaries)
        self.payment_sources = with_raw_response(resource.payment_sources)
        self.cancel = with_raw_response(resource.cancel)
        self.list_travelers_page = with_raw_response(resource.list_travelers_page)
        self.update_custom_field_responses = with_raw_response(resource.update_custom_field_responses)
        self.bulk_publish_batch = with_raw_response(resource.bulk_publish_batch)
        self.bulk_edit_batch = with_raw_response(resource.bulk_edit_batch)
        self.bulk_delete_batch = with_raw_response(resource.bulk_delete_batch)
        self.bulk_cancel_batch = with_raw_response(resource.bulk_cancel_batch)


class JobsResource:
    """``jobs`` operations; each returns the parsed 2xx body."""

    __slots__ = ("_execute", "_raw_view")

    def __init__(self, execute: Executor) -> None:
        self._execute = execute
        self._raw_view: JobsResourceWithRawResponse | None = None

    @property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same operations, each answering ``RawResponse`` (status, headers, request_id,
        elapsed, parsed): ``await sp.jobs.with_raw_response.<method>(...)``."""
        if self._raw_view is None:
            self._raw_view = JobsResourceWithRawResponse(self)
        return self._raw_view

    async def get_details(
        self,
        *,
        body: AsyncJobDetailRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncJobDetailResponse:
        """``POST /v2/events/jobs/status`` (operationId ``getAsyncEventJobDetails``)

        Responses the spec lists: 200, 400, 401, 403.
        Retries: idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx).

        Per call: ``extra_headers`` and ``extra_query`` add to the request (they never
        replace a header or parameter the SDK sets); ``timeout`` and ``deadline`` replace
        the client's for this call.
        """
        from .models.async_job_detail_request import AsyncJobDetailRequest  # noqa: PLC0415

        body = AsyncJobDetailRequest.from_dict(request_json("body", body, AsyncJobDetailRequest))
        from .api.events import get_async_event_job_details  # noqa: PLC0415

        request = get_async_event_job_details._request(
            body=body,
        ).with_options(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout, deadline=deadline)
        return await self._execute(
            OPERATIONS["getAsyncEventJobDetails"], request, _parser(get_async_event_job_details._parse_success)
        )


class JobsResourceWithRawResponse:
    """``jobs`` operations returning ``RawResponse``: each wraps the resource's own method."""

    def __init__(self, resource: JobsResource) -> None:
        self.get_details = with_raw_response(resource.get_details)


__all__ = [
    "OPERATIONS",
    "Executor",
    "Operation",
    "RECONCILED_EXTENSION",
    "REQUEST_ID_HEADERS",
    "RawResponse",
    "debug_identifier",
    "raw_response_requested",
    "request_id_header",
    "with_raw_response",
    "EventsResource",
    "EventsResourceWithRawResponse",
    "JobsResource",
    "JobsResourceWithRawResponse",
]
