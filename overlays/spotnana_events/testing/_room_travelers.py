"""Travelers, RSVPs and invites: an event's roster and what each traveler answered."""

from __future__ import annotations

import uuid
from typing import Any

from spotnana_event_api import models

from ._room_queries import page
from ._state import Call, FakeState, check_list, now
from ._validation import BadRequest, parse_body


class TravelerRoom(FakeState):
    def _op_addTravelersToEvent(self, call: Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.AddTravelersToEventRequest)
        self._writable(event)
        roster = self.travelers[event["id"]]
        added = []
        for user in document.get("userIds") or []:
            user_id = str(uuid.UUID(user["id"]))
            if user_id not in roster:
                roster[user_id] = {"eventRsvpState": "ADDED"}
                added.append({"id": user_id})
        self._count_travelers(event["id"])
        return {"addedUserIds": added}

    def _op_removeTravelersFromEvent(self, call: Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.RemoveTravelersFromEventRequest)
        check_list(models.RemoveTravelersFromEventRequest, "userIds", document.get("userIds") or [])
        roster = self.travelers[event["id"]]
        removed = []
        for user in document["userIds"]:
            user_id = str(uuid.UUID(user["id"]))
            if roster.pop(user_id, None) is not None:
                removed.append({"id": user_id})
        self._count_travelers(event["id"])
        return {"removedUserIds": removed}

    def _traveler(self, call: Call) -> tuple[dict[str, Any], str]:
        event = self._event(call, call.params["eventId"])
        return event, self._uuid("travelerId", call.params["travelerId"])

    def _op_setUserEventRsvp(self, call: Call) -> None:
        event, traveler = self._traveler(call)
        _, document = parse_body(call.request, models.SetUserEventRsvpRequest)
        roster = self.travelers[event["id"]]
        if traveler not in roster:
            raise BadRequest(f"travelerId {traveler} is not a traveler of event {event['id']}")
        for key in ("eventRsvpState", "eventRsvpResponse"):
            if key in document:
                roster[traveler][key] = document[key]

    def _op_getUserEventRsvp(self, call: Call) -> dict[str, Any]:
        event, traveler = self._traveler(call)
        rsvp = self.travelers[event["id"]].get(traveler)
        if rsvp is None:
            raise BadRequest(f"travelerId {traveler} is not a traveler of event {event['id']}")
        return {"userId": {"id": traveler}, **rsvp}

    def _op_sendInvite(self, call: Call) -> None:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.SendInviteRequest)
        self._invite(event, [str(uuid.UUID(u["id"])) for u in document.get("userIds") or []], test=False)

    def _invite(self, event: dict[str, Any], user_ids: list[str], *, test: bool) -> None:
        if event["status"] != "PUBLISH" and not test:
            raise BadRequest(f"event {event['id']} is {event['status']}: publish it before inviting")
        roster = self.travelers[event["id"]]
        invited = user_ids or list(roster)
        unknown = [u for u in invited if u not in roster]
        if unknown:
            raise BadRequest(f"userIds: {unknown[0]} is not a traveler of event {event['id']}")
        if not test:
            invited_at = now()
            for user_id in invited:
                roster[user_id].update(eventRsvpState="INVITED", invitedAt={"iso8601": invited_at})
        self.invites.append({"eventId": event["id"], "userIds": invited, "test": test})

    def _op_testInvite(self, call: Call) -> None:
        event = self._event(call, call.params["eventId"])
        self._invite(event, [], test=True)

    def _op_listEventTravelers(self, call: Call) -> dict[str, Any]:
        event = self._event(call, call.params["eventId"])
        _, document = parse_body(call.request, models.EventTravelersRequest)
        offset, limit = page(document)
        roster = sorted(self.travelers[event["id"]].items())
        for traveler_filter in document.get("filters") or []:
            if traveler_filter.get("type") == "INVITATION_STATUS_FILTER":
                states = set(traveler_filter.get("rsvpStates") or [])
                roster = [(u, r) for u, r in roster if r.get("eventRsvpState") in states]
        return {
            "travelerEventInfos": [
                {"userId": {"id": user_id}, **{k: v for k, v in rsvp.items() if k != "invitedAt"}}
                for user_id, rsvp in roster[offset : offset + limit]
            ],
            "paginationParams": {"totalNumResults": len(roster)},
        }
