"""Typed facade over the endpoint functions: one method per operation.

Generated from the spec and codegen/operations.toml. The SDK (``spotnana_events``)
supplies the executor that sends requests (auth, retries, errors); this module only
knows how to build each request and parse its successful response.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from .types import UNSET, Unset, check_argument, decode_json, enum_argument, request_json, uuid_argument

if TYPE_CHECKING:
    from uuid import UUID

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


class Operation:
    """One operation of the spec and how the SDK may retry it."""

    __slots__ = ("idempotent", "method", "module", "name", "operation_id", "path", "reconcile", "resource")

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
    ) -> None:
        self.operation_id = operation_id
        self.resource = resource
        self.name = name
        self.module = module
        self.method = method
        self.path = path
        self.idempotent = idempotent
        self.reconcile = reconcile

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
    """Sends one request of an operation and returns ``parse(response)`` for a 2xx."""

    async def __call__(
        self, operation: Operation, request: dict[str, Any], parse: Callable[[httpx.Response], T], /
    ) -> T: ...


class RawResponse(Generic[T]):
    """A successful response with its HTTP details: status, headers, the httpx response."""

    __slots__ = ("http_response", "parsed")

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self.parsed = parsed

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={type(self.parsed).__name__})"


def _raw(parse: Callable[[httpx.Response], T]) -> Callable[[httpx.Response], RawResponse[T]]:
    return lambda response: RawResponse(response, parse(response))


def _parse_create_event(response: httpx.Response) -> CreateEventResponse:
    from .models.create_event_response import CreateEventResponse  # noqa: PLC0415

    return CreateEventResponse.from_dict(decode_json(response.content))


def _parse_get_event(response: httpx.Response) -> GetEventResponse:
    from .models.get_event_response import GetEventResponse  # noqa: PLC0415

    return GetEventResponse.from_dict(decode_json(response.content))


def _parse_delete_event(response: httpx.Response) -> None:
    return None


def _parse_get_event_by_external_id(response: httpx.Response) -> GetEventResponse:
    from .models.get_event_response import GetEventResponse  # noqa: PLC0415

    return GetEventResponse.from_dict(decode_json(response.content))


def _parse_add_travelers_to_event(response: httpx.Response) -> AddTravelersToEventResponse:
    from .models.add_travelers_to_event_response import AddTravelersToEventResponse  # noqa: PLC0415

    return AddTravelersToEventResponse.from_dict(decode_json(response.content))


def _parse_remove_travelers_from_event(response: httpx.Response) -> RemoveTravelersFromEventResponse:
    from .models.remove_travelers_from_event_response import RemoveTravelersFromEventResponse  # noqa: PLC0415

    return RemoveTravelersFromEventResponse.from_dict(decode_json(response.content))


def _parse_list_events(response: httpx.Response) -> ListEventsResponse:
    from .models.list_events_response import ListEventsResponse  # noqa: PLC0415

    return ListEventsResponse.from_dict(decode_json(response.content))


def _parse_publish_event(response: httpx.Response) -> EntityNonUUIDId:
    from .models.entity_non_uuid_id import EntityNonUUIDId  # noqa: PLC0415

    return EntityNonUUIDId.from_dict(decode_json(response.content))


def _parse_update_event_basic_info(response: httpx.Response) -> EntityNonUUIDId:
    from .models.entity_non_uuid_id import EntityNonUUIDId  # noqa: PLC0415

    return EntityNonUUIDId.from_dict(decode_json(response.content))


def _parse_update_event_booking_guidelines(response: httpx.Response) -> EntityNonUUIDId:
    from .models.entity_non_uuid_id import EntityNonUUIDId  # noqa: PLC0415

    return EntityNonUUIDId.from_dict(decode_json(response.content))


def _parse_get_user_event_rsvp(response: httpx.Response) -> EventUserRsvp:
    from .models.event_user_rsvp import EventUserRsvp  # noqa: PLC0415

    return EventUserRsvp.from_dict(decode_json(response.content))


def _parse_set_user_event_rsvp(response: httpx.Response) -> None:
    return None


def _parse_send_invite(response: httpx.Response) -> None:
    return None


def _parse_test_invite(response: httpx.Response) -> None:
    return None


def _parse_get_event_summaries(response: httpx.Response) -> GetEventSummariesResponse:
    from .models.get_event_summaries_response import GetEventSummariesResponse  # noqa: PLC0415

    return GetEventSummariesResponse.from_dict(decode_json(response.content))


def _parse_get_allowed_payment_sources(response: httpx.Response) -> GetEventsPaymentSourcesResponse:
    from .models.get_events_payment_sources_response import GetEventsPaymentSourcesResponse  # noqa: PLC0415

    return GetEventsPaymentSourcesResponse.from_dict(decode_json(response.content))


def _parse_cancel_event(response: httpx.Response) -> None:
    return None


def _parse_list_event_travelers(response: httpx.Response) -> EventTravelersResponse:
    from .models.event_travelers_response import EventTravelersResponse  # noqa: PLC0415

    return EventTravelersResponse.from_dict(decode_json(response.content))


def _parse_update_custom_field_responses(response: httpx.Response) -> None:
    return None


def _parse_bulk_publish_events(response: httpx.Response) -> BulkPublishResponse:
    from .models.bulk_publish_response import BulkPublishResponse  # noqa: PLC0415

    return BulkPublishResponse.from_dict(decode_json(response.content))


def _parse_bulk_edit_events(response: httpx.Response) -> BulkUpdateEventsResponse:
    from .models.bulk_update_events_response import BulkUpdateEventsResponse  # noqa: PLC0415

    return BulkUpdateEventsResponse.from_dict(decode_json(response.content))


def _parse_bulk_delete_events(response: httpx.Response) -> BulkDeleteEventResponse:
    from .models.bulk_delete_event_response import BulkDeleteEventResponse  # noqa: PLC0415

    return BulkDeleteEventResponse.from_dict(decode_json(response.content))


def _parse_bulk_cancel_events(response: httpx.Response) -> BulkCancelEventResponse:
    from .models.bulk_cancel_event_response import BulkCancelEventResponse  # noqa: PLC0415

    return BulkCancelEventResponse.from_dict(decode_json(response.content))


def _parse_get_async_event_job_details(response: httpx.Response) -> AsyncJobDetailResponse:
    from .models.async_job_detail_response import AsyncJobDetailResponse  # noqa: PLC0415

    return AsyncJobDetailResponse.from_dict(decode_json(response.content))


class EventsResource:
    """``events`` operations; each returns the parsed 2xx body."""

    __slots__ = ("_execute",)

    def __init__(self, execute: Executor) -> None:
        self._execute = execute

    async def create(
        self,
        *,
        body: CreateEventRequest | Mapping[str, Any],
    ) -> CreateEventResponse:
        """``POST /v2/events`` (createEvent)."""
        from .models.create_event_request import CreateEventRequest  # noqa: PLC0415

        body = CreateEventRequest.from_dict(request_json("body", body, CreateEventRequest))
        from .api.events import create_event  # noqa: PLC0415

        request = create_event._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["createEvent"], request, _parse_create_event)

    async def get(
        self,
        event_id: str,
        *,
        type_: EventType | Unset = UNSET,
    ) -> GetEventResponse:
        """``GET /v2/events/{event_id}`` (getEvent)."""
        from .models.event_type import EventType  # noqa: PLC0415

        type_ = enum_argument("type_", type_, EventType, required=False)

        from .api.events import get_event  # noqa: PLC0415

        request = get_event._get_kwargs(
            event_id=event_id,
            type_=type_,
        )
        return await self._execute(OPERATIONS["getEvent"], request, _parse_get_event)

    async def delete(
        self,
        event_id: str,
    ) -> None:
        """``DELETE /v2/events/{event_id}`` (deleteEvent)."""
        from .api.events import delete_event  # noqa: PLC0415

        request = delete_event._get_kwargs(
            event_id=event_id,
        )
        return await self._execute(OPERATIONS["deleteEvent"], request, _parse_delete_event)

    async def get_by_external_id(
        self,
        *,
        external_id: str,
        company_id: UUID,
    ) -> GetEventResponse:
        """``GET /v2/events/read-by-external-id`` (getEventByExternalID)."""
        check_argument("external_id", external_id, str, required=True)

        company_id = uuid_argument("company_id", company_id, required=True)

        from .api.events import get_event_by_external_id  # noqa: PLC0415

        request = get_event_by_external_id._get_kwargs(
            external_id=external_id,
            company_id=company_id,
        )
        return await self._execute(OPERATIONS["getEventByExternalID"], request, _parse_get_event_by_external_id)

    async def add_travelers(
        self,
        event_id: str,
        *,
        body: AddTravelersToEventRequest | Mapping[str, Any],
    ) -> AddTravelersToEventResponse:
        """``POST /v2/events/{event_id}/travelers/add`` (addTravelersToEvent)."""
        from .models.add_travelers_to_event_request import AddTravelersToEventRequest  # noqa: PLC0415

        body = AddTravelersToEventRequest.from_dict(request_json("body", body, AddTravelersToEventRequest))
        from .api.events import add_travelers_to_event  # noqa: PLC0415

        request = add_travelers_to_event._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["addTravelersToEvent"], request, _parse_add_travelers_to_event)

    async def remove_travelers(
        self,
        event_id: str,
        *,
        body: RemoveTravelersFromEventRequest | Mapping[str, Any],
    ) -> RemoveTravelersFromEventResponse:
        """``POST /v2/events/{event_id}/travelers/remove`` (removeTravelersFromEvent)."""
        from .models.remove_travelers_from_event_request import RemoveTravelersFromEventRequest  # noqa: PLC0415

        body = RemoveTravelersFromEventRequest.from_dict(request_json("body", body, RemoveTravelersFromEventRequest))
        from .api.events import remove_travelers_from_event  # noqa: PLC0415

        request = remove_travelers_from_event._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["removeTravelersFromEvent"], request, _parse_remove_travelers_from_event)

    async def list_page(
        self,
        *,
        body: ListEventsRequest | Mapping[str, Any],
    ) -> ListEventsResponse:
        """``POST /v2/events/list`` (listEvents)."""
        from .models.list_events_request import ListEventsRequest  # noqa: PLC0415

        body = ListEventsRequest.from_dict(request_json("body", body, ListEventsRequest))
        from .api.events import list_events  # noqa: PLC0415

        request = list_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["listEvents"], request, _parse_list_events)

    async def publish(
        self,
        event_id: str,
    ) -> EntityNonUUIDId:
        """``POST /v2/events/{event_id}/publish`` (publishEvent)."""
        from .api.events import publish_event  # noqa: PLC0415

        request = publish_event._get_kwargs(
            event_id=event_id,
        )
        return await self._execute(OPERATIONS["publishEvent"], request, _parse_publish_event)

    async def update_basic_info(
        self,
        event_id: str,
        *,
        body: UpdateEventBasicInfoRequest | Mapping[str, Any],
    ) -> EntityNonUUIDId:
        """``POST /v2/events/{event_id}/edit-basic-info`` (updateEventBasicInfo)."""
        from .models.update_event_basic_info_request import UpdateEventBasicInfoRequest  # noqa: PLC0415

        body = UpdateEventBasicInfoRequest.from_dict(request_json("body", body, UpdateEventBasicInfoRequest))
        from .api.events import update_event_basic_info  # noqa: PLC0415

        request = update_event_basic_info._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["updateEventBasicInfo"], request, _parse_update_event_basic_info)

    async def update_booking_guidelines(
        self,
        event_id: str,
        *,
        body: UpdateEventBookingGuidelinesRequest | Mapping[str, Any],
    ) -> EntityNonUUIDId:
        """``POST /v2/events/{event_id}/edit-booking-guidelines`` (updateEventBookingGuidelines)."""
        from .models.update_event_booking_guidelines_request import UpdateEventBookingGuidelinesRequest  # noqa: PLC0415

        body = UpdateEventBookingGuidelinesRequest.from_dict(
            request_json("body", body, UpdateEventBookingGuidelinesRequest)
        )
        from .api.events import update_event_booking_guidelines  # noqa: PLC0415

        request = update_event_booking_guidelines._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(
            OPERATIONS["updateEventBookingGuidelines"], request, _parse_update_event_booking_guidelines
        )

    async def get_rsvp(
        self,
        event_id: str,
        traveler_id: UUID,
    ) -> EventUserRsvp:
        """``GET /v2/events/{event_id}/travelers/{traveler_id}/rsvp`` (getUserEventRsvp)."""
        from .api.events import get_user_event_rsvp  # noqa: PLC0415

        request = get_user_event_rsvp._get_kwargs(
            event_id=event_id,
            traveler_id=traveler_id,
        )
        return await self._execute(OPERATIONS["getUserEventRsvp"], request, _parse_get_user_event_rsvp)

    async def set_rsvp(
        self,
        event_id: str,
        traveler_id: UUID,
        *,
        body: SetUserEventRsvpRequest | Mapping[str, Any],
    ) -> None:
        """``POST /v2/events/{event_id}/travelers/{traveler_id}/rsvp`` (setUserEventRsvp)."""
        from .models.set_user_event_rsvp_request import SetUserEventRsvpRequest  # noqa: PLC0415

        body = SetUserEventRsvpRequest.from_dict(request_json("body", body, SetUserEventRsvpRequest))
        from .api.events import set_user_event_rsvp  # noqa: PLC0415

        request = set_user_event_rsvp._get_kwargs(
            event_id=event_id,
            traveler_id=traveler_id,
            body=body,
        )
        return await self._execute(OPERATIONS["setUserEventRsvp"], request, _parse_set_user_event_rsvp)

    async def send_invite(
        self,
        event_id: str,
        *,
        body: SendInviteRequest | Mapping[str, Any],
    ) -> None:
        """``POST /v2/events/{event_id}/invite/send`` (sendInvite)."""
        from .models.send_invite_request import SendInviteRequest  # noqa: PLC0415

        body = SendInviteRequest.from_dict(request_json("body", body, SendInviteRequest))
        from .api.events import send_invite  # noqa: PLC0415

        request = send_invite._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["sendInvite"], request, _parse_send_invite)

    async def send_test_invite(
        self,
        event_id: str,
    ) -> None:
        """``POST /v2/events/{event_id}/invite/test`` (testInvite)."""
        from .api.events import test_invite  # noqa: PLC0415

        request = test_invite._get_kwargs(
            event_id=event_id,
        )
        return await self._execute(OPERATIONS["testInvite"], request, _parse_test_invite)

    async def summaries(
        self,
        *,
        body: GetEventSummariesRequest | Mapping[str, Any],
    ) -> GetEventSummariesResponse:
        """``POST /v2/events/summaries`` (getEventSummaries)."""
        from .models.get_event_summaries_request import GetEventSummariesRequest  # noqa: PLC0415

        body = GetEventSummariesRequest.from_dict(request_json("body", body, GetEventSummariesRequest))
        from .api.events import get_event_summaries  # noqa: PLC0415

        request = get_event_summaries._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["getEventSummaries"], request, _parse_get_event_summaries)

    async def payment_sources(
        self,
        *,
        user_id: UUID,
    ) -> GetEventsPaymentSourcesResponse:
        """``GET /v2/events/payment-sources`` (getAllowedPaymentSources)."""
        user_id = uuid_argument("user_id", user_id, required=True)

        from .api.events import get_allowed_payment_sources  # noqa: PLC0415

        request = get_allowed_payment_sources._get_kwargs(
            user_id=user_id,
        )
        return await self._execute(OPERATIONS["getAllowedPaymentSources"], request, _parse_get_allowed_payment_sources)

    async def cancel(
        self,
        event_id: str,
        *,
        type_: EventType | Unset = UNSET,
    ) -> None:
        """``POST /v2/events/{event_id}/cancel`` (cancelEvent)."""
        from .models.event_type import EventType  # noqa: PLC0415

        type_ = enum_argument("type_", type_, EventType, required=False)

        from .api.events import cancel_event  # noqa: PLC0415

        request = cancel_event._get_kwargs(
            event_id=event_id,
            type_=type_,
        )
        return await self._execute(OPERATIONS["cancelEvent"], request, _parse_cancel_event)

    async def list_travelers_page(
        self,
        event_id: str,
        *,
        body: EventTravelersRequest | Mapping[str, Any],
    ) -> EventTravelersResponse:
        """``POST /v2/events/{event_id}/travelers-list`` (listEventTravelers)."""
        from .models.event_travelers_request import EventTravelersRequest  # noqa: PLC0415

        body = EventTravelersRequest.from_dict(request_json("body", body, EventTravelersRequest))
        from .api.events import list_event_travelers  # noqa: PLC0415

        request = list_event_travelers._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["listEventTravelers"], request, _parse_list_event_travelers)

    async def update_custom_field_responses(
        self,
        event_id: str,
        *,
        body: EventCustomFieldResponsesRequest | Mapping[str, Any],
    ) -> None:
        """``PUT /v2/events/{event_id}/custom-field-responses`` (updateCustomFieldResponses)."""
        from .models.event_custom_field_responses_request import EventCustomFieldResponsesRequest  # noqa: PLC0415

        body = EventCustomFieldResponsesRequest.from_dict(request_json("body", body, EventCustomFieldResponsesRequest))
        from .api.events import update_custom_field_responses  # noqa: PLC0415

        request = update_custom_field_responses._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(
            OPERATIONS["updateCustomFieldResponses"], request, _parse_update_custom_field_responses
        )

    async def bulk_publish_batch(
        self,
        *,
        body: BulkPublishEventRequest | Mapping[str, Any],
    ) -> BulkPublishResponse:
        """``POST /v2/events/bulk-publish`` (bulkPublishEvents)."""
        from .models.bulk_publish_event_request import BulkPublishEventRequest  # noqa: PLC0415

        body = BulkPublishEventRequest.from_dict(request_json("body", body, BulkPublishEventRequest))
        from .api.events import bulk_publish_events  # noqa: PLC0415

        request = bulk_publish_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkPublishEvents"], request, _parse_bulk_publish_events)

    async def bulk_edit_batch(
        self,
        *,
        body: BulkUpdateEventsRequest | Mapping[str, Any],
    ) -> BulkUpdateEventsResponse:
        """``POST /v2/events/bulk-edit`` (bulkEditEvents)."""
        from .models.bulk_update_events_request import BulkUpdateEventsRequest  # noqa: PLC0415

        body = BulkUpdateEventsRequest.from_dict(request_json("body", body, BulkUpdateEventsRequest))
        from .api.events import bulk_edit_events  # noqa: PLC0415

        request = bulk_edit_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkEditEvents"], request, _parse_bulk_edit_events)

    async def bulk_delete_batch(
        self,
        *,
        body: BulkDeleteEventRequest | Mapping[str, Any],
    ) -> BulkDeleteEventResponse:
        """``POST /v2/events/bulk-delete`` (bulkDeleteEvents)."""
        from .models.bulk_delete_event_request import BulkDeleteEventRequest  # noqa: PLC0415

        body = BulkDeleteEventRequest.from_dict(request_json("body", body, BulkDeleteEventRequest))
        from .api.events import bulk_delete_events  # noqa: PLC0415

        request = bulk_delete_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkDeleteEvents"], request, _parse_bulk_delete_events)

    async def bulk_cancel_batch(
        self,
        *,
        body: BulkCancelEventRequest | Mapping[str, Any],
    ) -> BulkCancelEventResponse:
        """``POST /v2/events/bulk-cancel`` (bulkCancelEvents)."""
        from .models.bulk_cancel_event_request import BulkCancelEventRequest  # noqa: PLC0415

        body = BulkCancelEventRequest.from_dict(request_json("body", body, BulkCancelEventRequest))
        from .api.events import bulk_cancel_events  # noqa: PLC0415

        request = bulk_cancel_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkCancelEvents"], request, _parse_bulk_cancel_events)


class EventsResourceWithRawResponse:
    """``events`` operations returning ``RawResponse`` (status, headers, parsed body)."""

    __slots__ = ("_execute",)

    def __init__(self, execute: Executor) -> None:
        self._execute = execute

    async def create(
        self,
        *,
        body: CreateEventRequest | Mapping[str, Any],
    ) -> RawResponse[CreateEventResponse]:
        """``POST /v2/events`` (createEvent)."""
        from .models.create_event_request import CreateEventRequest  # noqa: PLC0415

        body = CreateEventRequest.from_dict(request_json("body", body, CreateEventRequest))
        from .api.events import create_event  # noqa: PLC0415

        request = create_event._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["createEvent"], request, _raw(_parse_create_event))

    async def get(
        self,
        event_id: str,
        *,
        type_: EventType | Unset = UNSET,
    ) -> RawResponse[GetEventResponse]:
        """``GET /v2/events/{event_id}`` (getEvent)."""
        from .models.event_type import EventType  # noqa: PLC0415

        type_ = enum_argument("type_", type_, EventType, required=False)

        from .api.events import get_event  # noqa: PLC0415

        request = get_event._get_kwargs(
            event_id=event_id,
            type_=type_,
        )
        return await self._execute(OPERATIONS["getEvent"], request, _raw(_parse_get_event))

    async def delete(
        self,
        event_id: str,
    ) -> RawResponse[None]:
        """``DELETE /v2/events/{event_id}`` (deleteEvent)."""
        from .api.events import delete_event  # noqa: PLC0415

        request = delete_event._get_kwargs(
            event_id=event_id,
        )
        return await self._execute(OPERATIONS["deleteEvent"], request, _raw(_parse_delete_event))

    async def get_by_external_id(
        self,
        *,
        external_id: str,
        company_id: UUID,
    ) -> RawResponse[GetEventResponse]:
        """``GET /v2/events/read-by-external-id`` (getEventByExternalID)."""
        check_argument("external_id", external_id, str, required=True)

        company_id = uuid_argument("company_id", company_id, required=True)

        from .api.events import get_event_by_external_id  # noqa: PLC0415

        request = get_event_by_external_id._get_kwargs(
            external_id=external_id,
            company_id=company_id,
        )
        return await self._execute(OPERATIONS["getEventByExternalID"], request, _raw(_parse_get_event_by_external_id))

    async def add_travelers(
        self,
        event_id: str,
        *,
        body: AddTravelersToEventRequest | Mapping[str, Any],
    ) -> RawResponse[AddTravelersToEventResponse]:
        """``POST /v2/events/{event_id}/travelers/add`` (addTravelersToEvent)."""
        from .models.add_travelers_to_event_request import AddTravelersToEventRequest  # noqa: PLC0415

        body = AddTravelersToEventRequest.from_dict(request_json("body", body, AddTravelersToEventRequest))
        from .api.events import add_travelers_to_event  # noqa: PLC0415

        request = add_travelers_to_event._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["addTravelersToEvent"], request, _raw(_parse_add_travelers_to_event))

    async def remove_travelers(
        self,
        event_id: str,
        *,
        body: RemoveTravelersFromEventRequest | Mapping[str, Any],
    ) -> RawResponse[RemoveTravelersFromEventResponse]:
        """``POST /v2/events/{event_id}/travelers/remove`` (removeTravelersFromEvent)."""
        from .models.remove_travelers_from_event_request import RemoveTravelersFromEventRequest  # noqa: PLC0415

        body = RemoveTravelersFromEventRequest.from_dict(request_json("body", body, RemoveTravelersFromEventRequest))
        from .api.events import remove_travelers_from_event  # noqa: PLC0415

        request = remove_travelers_from_event._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(
            OPERATIONS["removeTravelersFromEvent"], request, _raw(_parse_remove_travelers_from_event)
        )

    async def list_page(
        self,
        *,
        body: ListEventsRequest | Mapping[str, Any],
    ) -> RawResponse[ListEventsResponse]:
        """``POST /v2/events/list`` (listEvents)."""
        from .models.list_events_request import ListEventsRequest  # noqa: PLC0415

        body = ListEventsRequest.from_dict(request_json("body", body, ListEventsRequest))
        from .api.events import list_events  # noqa: PLC0415

        request = list_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["listEvents"], request, _raw(_parse_list_events))

    async def publish(
        self,
        event_id: str,
    ) -> RawResponse[EntityNonUUIDId]:
        """``POST /v2/events/{event_id}/publish`` (publishEvent)."""
        from .api.events import publish_event  # noqa: PLC0415

        request = publish_event._get_kwargs(
            event_id=event_id,
        )
        return await self._execute(OPERATIONS["publishEvent"], request, _raw(_parse_publish_event))

    async def update_basic_info(
        self,
        event_id: str,
        *,
        body: UpdateEventBasicInfoRequest | Mapping[str, Any],
    ) -> RawResponse[EntityNonUUIDId]:
        """``POST /v2/events/{event_id}/edit-basic-info`` (updateEventBasicInfo)."""
        from .models.update_event_basic_info_request import UpdateEventBasicInfoRequest  # noqa: PLC0415

        body = UpdateEventBasicInfoRequest.from_dict(request_json("body", body, UpdateEventBasicInfoRequest))
        from .api.events import update_event_basic_info  # noqa: PLC0415

        request = update_event_basic_info._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["updateEventBasicInfo"], request, _raw(_parse_update_event_basic_info))

    async def update_booking_guidelines(
        self,
        event_id: str,
        *,
        body: UpdateEventBookingGuidelinesRequest | Mapping[str, Any],
    ) -> RawResponse[EntityNonUUIDId]:
        """``POST /v2/events/{event_id}/edit-booking-guidelines`` (updateEventBookingGuidelines)."""
        from .models.update_event_booking_guidelines_request import UpdateEventBookingGuidelinesRequest  # noqa: PLC0415

        body = UpdateEventBookingGuidelinesRequest.from_dict(
            request_json("body", body, UpdateEventBookingGuidelinesRequest)
        )
        from .api.events import update_event_booking_guidelines  # noqa: PLC0415

        request = update_event_booking_guidelines._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(
            OPERATIONS["updateEventBookingGuidelines"], request, _raw(_parse_update_event_booking_guidelines)
        )

    async def get_rsvp(
        self,
        event_id: str,
        traveler_id: UUID,
    ) -> RawResponse[EventUserRsvp]:
        """``GET /v2/events/{event_id}/travelers/{traveler_id}/rsvp`` (getUserEventRsvp)."""
        from .api.events import get_user_event_rsvp  # noqa: PLC0415

        request = get_user_event_rsvp._get_kwargs(
            event_id=event_id,
            traveler_id=traveler_id,
        )
        return await self._execute(OPERATIONS["getUserEventRsvp"], request, _raw(_parse_get_user_event_rsvp))

    async def set_rsvp(
        self,
        event_id: str,
        traveler_id: UUID,
        *,
        body: SetUserEventRsvpRequest | Mapping[str, Any],
    ) -> RawResponse[None]:
        """``POST /v2/events/{event_id}/travelers/{traveler_id}/rsvp`` (setUserEventRsvp)."""
        from .models.set_user_event_rsvp_request import SetUserEventRsvpRequest  # noqa: PLC0415

        body = SetUserEventRsvpRequest.from_dict(request_json("body", body, SetUserEventRsvpRequest))
        from .api.events import set_user_event_rsvp  # noqa: PLC0415

        request = set_user_event_rsvp._get_kwargs(
            event_id=event_id,
            traveler_id=traveler_id,
            body=body,
        )
        return await self._execute(OPERATIONS["setUserEventRsvp"], request, _raw(_parse_set_user_event_rsvp))

    async def send_invite(
        self,
        event_id: str,
        *,
        body: SendInviteRequest | Mapping[str, Any],
    ) -> RawResponse[None]:
        """``POST /v2/events/{event_id}/invite/send`` (sendInvite)."""
        from .models.send_invite_request import SendInviteRequest  # noqa: PLC0415

        body = SendInviteRequest.from_dict(request_json("body", body, SendInviteRequest))
        from .api.events import send_invite  # noqa: PLC0415

        request = send_invite._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["sendInvite"], request, _raw(_parse_send_invite))

    async def send_test_invite(
        self,
        event_id: str,
    ) -> RawResponse[None]:
        """``POST /v2/events/{event_id}/invite/test`` (testInvite)."""
        from .api.events import test_invite  # noqa: PLC0415

        request = test_invite._get_kwargs(
            event_id=event_id,
        )
        return await self._execute(OPERATIONS["testInvite"], request, _raw(_parse_test_invite))

    async def summaries(
        self,
        *,
        body: GetEventSummariesRequest | Mapping[str, Any],
    ) -> RawResponse[GetEventSummariesResponse]:
        """``POST /v2/events/summaries`` (getEventSummaries)."""
        from .models.get_event_summaries_request import GetEventSummariesRequest  # noqa: PLC0415

        body = GetEventSummariesRequest.from_dict(request_json("body", body, GetEventSummariesRequest))
        from .api.events import get_event_summaries  # noqa: PLC0415

        request = get_event_summaries._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["getEventSummaries"], request, _raw(_parse_get_event_summaries))

    async def payment_sources(
        self,
        *,
        user_id: UUID,
    ) -> RawResponse[GetEventsPaymentSourcesResponse]:
        """``GET /v2/events/payment-sources`` (getAllowedPaymentSources)."""
        user_id = uuid_argument("user_id", user_id, required=True)

        from .api.events import get_allowed_payment_sources  # noqa: PLC0415

        request = get_allowed_payment_sources._get_kwargs(
            user_id=user_id,
        )
        return await self._execute(
            OPERATIONS["getAllowedPaymentSources"], request, _raw(_parse_get_allowed_payment_sources)
        )

    async def cancel(
        self,
        event_id: str,
        *,
        type_: EventType | Unset = UNSET,
    ) -> RawResponse[None]:
        """``POST /v2/events/{event_id}/cancel`` (cancelEvent)."""
        from .models.event_type import EventType  # noqa: PLC0415

        type_ = enum_argument("type_", type_, EventType, required=False)

        from .api.events import cancel_event  # noqa: PLC0415

        request = cancel_event._get_kwargs(
            event_id=event_id,
            type_=type_,
        )
        return await self._execute(OPERATIONS["cancelEvent"], request, _raw(_parse_cancel_event))

    async def list_travelers_page(
        self,
        event_id: str,
        *,
        body: EventTravelersRequest | Mapping[str, Any],
    ) -> RawResponse[EventTravelersResponse]:
        """``POST /v2/events/{event_id}/travelers-list`` (listEventTravelers)."""
        from .models.event_travelers_request import EventTravelersRequest  # noqa: PLC0415

        body = EventTravelersRequest.from_dict(request_json("body", body, EventTravelersRequest))
        from .api.events import list_event_travelers  # noqa: PLC0415

        request = list_event_travelers._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(OPERATIONS["listEventTravelers"], request, _raw(_parse_list_event_travelers))

    async def update_custom_field_responses(
        self,
        event_id: str,
        *,
        body: EventCustomFieldResponsesRequest | Mapping[str, Any],
    ) -> RawResponse[None]:
        """``PUT /v2/events/{event_id}/custom-field-responses`` (updateCustomFieldResponses)."""
        from .models.event_custom_field_responses_request import EventCustomFieldResponsesRequest  # noqa: PLC0415

        body = EventCustomFieldResponsesRequest.from_dict(request_json("body", body, EventCustomFieldResponsesRequest))
        from .api.events import update_custom_field_responses  # noqa: PLC0415

        request = update_custom_field_responses._get_kwargs(
            event_id=event_id,
            body=body,
        )
        return await self._execute(
            OPERATIONS["updateCustomFieldResponses"], request, _raw(_parse_update_custom_field_responses)
        )

    async def bulk_publish_batch(
        self,
        *,
        body: BulkPublishEventRequest | Mapping[str, Any],
    ) -> RawResponse[BulkPublishResponse]:
        """``POST /v2/events/bulk-publish`` (bulkPublishEvents)."""
        from .models.bulk_publish_event_request import BulkPublishEventRequest  # noqa: PLC0415

        body = BulkPublishEventRequest.from_dict(request_json("body", body, BulkPublishEventRequest))
        from .api.events import bulk_publish_events  # noqa: PLC0415

        request = bulk_publish_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkPublishEvents"], request, _raw(_parse_bulk_publish_events))

    async def bulk_edit_batch(
        self,
        *,
        body: BulkUpdateEventsRequest | Mapping[str, Any],
    ) -> RawResponse[BulkUpdateEventsResponse]:
        """``POST /v2/events/bulk-edit`` (bulkEditEvents)."""
        from .models.bulk_update_events_request import BulkUpdateEventsRequest  # noqa: PLC0415

        body = BulkUpdateEventsRequest.from_dict(request_json("body", body, BulkUpdateEventsRequest))
        from .api.events import bulk_edit_events  # noqa: PLC0415

        request = bulk_edit_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkEditEvents"], request, _raw(_parse_bulk_edit_events))

    async def bulk_delete_batch(
        self,
        *,
        body: BulkDeleteEventRequest | Mapping[str, Any],
    ) -> RawResponse[BulkDeleteEventResponse]:
        """``POST /v2/events/bulk-delete`` (bulkDeleteEvents)."""
        from .models.bulk_delete_event_request import BulkDeleteEventRequest  # noqa: PLC0415

        body = BulkDeleteEventRequest.from_dict(request_json("body", body, BulkDeleteEventRequest))
        from .api.events import bulk_delete_events  # noqa: PLC0415

        request = bulk_delete_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkDeleteEvents"], request, _raw(_parse_bulk_delete_events))

    async def bulk_cancel_batch(
        self,
        *,
        body: BulkCancelEventRequest | Mapping[str, Any],
    ) -> RawResponse[BulkCancelEventResponse]:
        """``POST /v2/events/bulk-cancel`` (bulkCancelEvents)."""
        from .models.bulk_cancel_event_request import BulkCancelEventRequest  # noqa: PLC0415

        body = BulkCancelEventRequest.from_dict(request_json("body", body, BulkCancelEventRequest))
        from .api.events import bulk_cancel_events  # noqa: PLC0415

        request = bulk_cancel_events._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["bulkCancelEvents"], request, _raw(_parse_bulk_cancel_events))


class JobsResource:
    """``jobs`` operations; each returns the parsed 2xx body."""

    __slots__ = ("_execute",)

    def __init__(self, execute: Executor) -> None:
        self._execute = execute

    async def get_details(
        self,
        *,
        body: AsyncJobDetailRequest | Mapping[str, Any],
    ) -> AsyncJobDetailResponse:
        """``POST /v2/events/jobs/status`` (getAsyncEventJobDetails)."""
        from .models.async_job_detail_request import AsyncJobDetailRequest  # noqa: PLC0415

        body = AsyncJobDetailRequest.from_dict(request_json("body", body, AsyncJobDetailRequest))
        from .api.events import get_async_event_job_details  # noqa: PLC0415

        request = get_async_event_job_details._get_kwargs(
            body=body,
        )
        return await self._execute(OPERATIONS["getAsyncEventJobDetails"], request, _parse_get_async_event_job_details)


class JobsResourceWithRawResponse:
    """``jobs`` operations returning ``RawResponse`` (status, headers, parsed body)."""

    __slots__ = ("_execute",)

    def __init__(self, execute: Executor) -> None:
        self._execute = execute

    async def get_details(
        self,
        *,
        body: AsyncJobDetailRequest | Mapping[str, Any],
    ) -> RawResponse[AsyncJobDetailResponse]:
        """``POST /v2/events/jobs/status`` (getAsyncEventJobDetails)."""
        from .models.async_job_detail_request import AsyncJobDetailRequest  # noqa: PLC0415

        body = AsyncJobDetailRequest.from_dict(request_json("body", body, AsyncJobDetailRequest))
        from .api.events import get_async_event_job_details  # noqa: PLC0415

        request = get_async_event_job_details._get_kwargs(
            body=body,
        )
        return await self._execute(
            OPERATIONS["getAsyncEventJobDetails"], request, _raw(_parse_get_async_event_job_details)
        )


__all__ = [
    "OPERATIONS",
    "Executor",
    "Operation",
    "RawResponse",
    "EventsResource",
    "EventsResourceWithRawResponse",
    "JobsResource",
    "JobsResourceWithRawResponse",
]
