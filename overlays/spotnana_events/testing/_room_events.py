"""Events: create, read, publish, edit, cancel and delete one event; summaries and payment sources."""

from __future__ import annotations

from typing import Any

from spotnana_event_api import models
from spotnana_event_api.facade import OPERATIONS

from ._state import Call, FakeState, NotFound, check_list
from ._validation import BadRequest, parse_body

_CREATED_FIELDS = (
    "name", "type", "description", "startDateTime", "endDateTime", "location", "externalId", "parentEventId",
    "policyId",
)  # fmt: skip
# The API's code for a taken externalId, as codegen/operations.toml records it (the spec has none).
_DUPLICATE = getattr(OPERATIONS.get("createEvent"), "exists", None) or "INVALID_REQUEST"
_BASIC_INFO_FIELDS = ("name", "type", "description", "startDateTime", "endDateTime", "location", "policyId")


class EventRoom(FakeState):
    def _op_createEvent(self, call: Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.CreateEventRequest)
        company = self._company_arg(call, (document.get("companyId") or {}).get("id"))
        check_list(models.CreateEventRequest, "travellers", document.get("travellers") or [])
        external_id = document.get("externalId")
        if external_id and self._by_external_id(company, external_id) is not None:
            raise BadRequest(f"externalId {external_id!r} is already used by another event", code=_DUPLICATE)
        event_id = str(next(self._ids))
        event: dict[str, Any] = {"id": event_id}
        for key in _CREATED_FIELDS:
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
        self.booking_guidelines[event_id] = {"bookingGuidelines": document.get("bookingGuidelines") or []}
        self.travelers[event_id] = {}
        for user in document.get("travellers") or []:
            self.travelers[event_id][str(user["id"])] = {"eventRsvpState": "ADDED"}
        self._count_travelers(event_id)
        return {"id": event_id}

    def _by_external_id(self, company: str, external_id: str) -> dict[str, Any] | None:
        for event in self.events.values():
            if event.get("externalId") == external_id and event["companyId"]["id"] == company:
                return event
        return None

    def _op_getEvent(self, call: Call) -> dict[str, Any]:
        self._query_enum(call, "type", models.EventType)
        return {"event": self._event(call, call.params["eventId"])}

    def _op_deleteEvent(self, call: Call) -> None:
        event = self._event(call, call.params["eventId"])
        self._delete(event)

    def _delete(self, event: dict[str, Any]) -> None:
        if event["status"] != "DRAFT":
            raise BadRequest(f"event {event['id']} is {event['status']}: only drafts can be deleted")
        del self.events[event["id"]]
        self.transitions.append((event["id"], "deleted"))

    def _op_getEventByExternalID(self, call: Call) -> dict[str, Any]:
        external_id = call.query.get("externalId")
        if not external_id:
            raise BadRequest("externalId is required")
        company = self._company_arg(call, self._uuid("companyId", call.query.get("companyId")))
        event = self._by_external_id(company, external_id)
        if event is None:
            raise NotFound(f"no event with externalId {external_id!r}")
        return {"event": event}

    def _op_publishEvent(self, call: Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        self._publish(event)
        return {"id": event["id"]}

    def _publish(self, event: dict[str, Any]) -> None:
        if event["status"] != "DRAFT":
            raise BadRequest(f"event {event['id']} is {event['status']}: only drafts can be published")
        event["status"] = "PUBLISH"
        self.transitions.append((event["id"], "PUBLISH"))

    def _op_updateEventBasicInfo(self, call: Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.UpdateEventBasicInfoRequest)
        self._update_basic_info(event, document)
        return {"id": event["id"]}

    def _update_basic_info(self, event: dict[str, Any], document: dict[str, Any]) -> None:
        self._writable(event)
        for key in _BASIC_INFO_FIELDS:
            if document.get(key) is not None:
                event[key] = document[key]

    def _op_updateEventBookingGuidelines(self, call: Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.UpdateEventBookingGuidelinesRequest)
        self._writable(event)
        self.booking_guidelines[event["id"]] = document
        return {"id": event["id"]}

    def _edit(self, event: dict[str, Any], item: dict[str, Any]) -> None:
        """One item of a bulk edit: basic info and booking guidelines together."""
        self._update_basic_info(event, item["eventBasicInfo"])
        self.booking_guidelines[event["id"]] = item["eventBookingGuidelines"]

    def _op_updateCustomFieldResponses(self, call: Call) -> None:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.EventCustomFieldResponsesRequest)
        self._writable(event)
        if "eventCustomFieldResponses" in document:
            event["customFieldResponses"] = document["eventCustomFieldResponses"]
        if "customFieldV3Responses" in document:
            event["customFieldV3Responses"] = document["customFieldV3Responses"]

    def _op_cancelEvent(self, call: Call) -> None:
        self._query_enum(call, "type", models.EventType)
        self._cancel(self._event(call, call.params["eventId"]))

    def _cancel(self, event: dict[str, Any]) -> None:
        if event["status"] != "CANCELLED":
            self.transitions.append((event["id"], "CANCELLED"))
        event["status"] = "CANCELLED"
        event["runningStatus"] = "COMPLETED"

    def _op_getEventSummaries(self, call: Call) -> dict[str, Any]:
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

    def _op_getAllowedPaymentSources(self, call: Call) -> dict[str, Any]:
        self._uuid("userId", call.query.get("userId"))
        return {"paymentSources": self.payment_sources}
