"""Queries: listing events with the spec's filters, list types, sorting and offset pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spotnana_event_api import models
from spotnana_event_api.spec_facts import MAX_PAGE_SIZE

from ._state import Call, FakeState, iso_date
from ._validation import BadRequest, parse_body


def page(document: dict[str, Any]) -> tuple[int, int]:
    """(offset, limit) of a list request, within the spec's bounds."""
    offset, limit = document.get("offset", 0), document.get("limit", MAX_PAGE_SIZE)
    if offset < 0:
        raise BadRequest(f"offset must be >= 0, got {offset}")
    if not 0 < limit <= MAX_PAGE_SIZE:
        raise BadRequest(f"limit must be 1..{MAX_PAGE_SIZE}, got {limit}")
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
    "START_DATE": lambda e: iso_date(e.get("startDateTime")),
    "END_DATE": lambda e: iso_date(e.get("endDateTime")),
    "EVENT_NAME": lambda e: e.get("name", ""),
    "CREATION_DATE": lambda e: int(e["id"]),
}


def _sorted(events: list[dict[str, Any]], option: dict[str, Any]) -> list[dict[str, Any]]:
    key = _SORT_KEYS.get(option["sortField"])
    if key is None:
        return events
    return sorted(events, key=key, reverse=option.get("sortOrder") == "DESC")


class QueryRoom(FakeState):
    def _op_listEvents(self, call: Call) -> dict[str, Any]:
        _, document = parse_body(call.request, models.ListEventsRequest)
        offset, limit = page(document)
        matching = self._company_events(call.company)
        for wrapper in document.get("filters") or []:
            matching = self._apply_filter(call, wrapper, matching)
        matching = _list_type(document.get("listEventType"), matching)
        for option in reversed(document.get("sortOptions") or []):
            matching = _sorted(matching, option)
        return {
            "events": matching[offset : offset + limit],
            "paginationParams": {"totalNumResults": len(matching)},
        }

    def _company_events(self, company: str) -> list[dict[str, Any]]:
        # Membership changes only when events are added or deleted: cache it per company,
        # so listing a large fake does not scan every event on every page.
        key = (company, len(self.events), next(reversed(self.events), None))
        cached = self._listing_cache.get(company)
        if cached is None or cached[0] != key:
            cached = (key, [e for e in self.events.values() if e["companyId"]["id"] == company])
            self._listing_cache[company] = cached
        return list(cached[1])

    def _apply_filter(self, call: Call, wrapper: dict[str, Any], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        kind, value = next(iter(wrapper.items()))
        if kind == "eventIdFilter":
            wanted = set(value.get("eventIdList") or [])
            return [e for e in events if e["id"] in wanted]
        if kind == "eventNameFilter":
            needle = str(value).lower()
            return [e for e in events if needle in e.get("name", "").lower()]
        if kind == "eventStatusFilter":
            return [e for e in events if e["status"] in set(value)]
        if kind == "eventTypeFilter":
            types = set(value.get("types") or [])
            return [e for e in events if e.get("type") in types] if types else events
        if kind == "companyFilter":
            company = self._company_arg(call, (value.get("companyId") or {}).get("id"))
            return [e for e in events if e["companyId"]["id"] == company]
        if kind in {"eventDateRangeFilter", "eventEndDateRangeFilter"}:
            field = "startDateTime" if kind == "eventDateRangeFilter" else "endDateTime"
            window = value.get("eventDateRange" if field == "startDateTime" else "eventEndDateRange") or {}
            low, high = iso_date(window.get("min")), iso_date(window.get("max"))
            return [
                e
                for e in events
                if (not low or iso_date(e.get(field)) >= low) and (not high or iso_date(e.get(field)) <= high)
            ]
        if kind == "eventParentFilter":
            return [e for e in events if e.get("parentEventId") == value.get("parentEventId")]
        if kind == "eventDetachedFilter":
            return [e for e in events if bool(e.get("isDetached")) == bool(value.get("isDetached"))]
        if kind == "userFilter":
            user = str((value.get("userId") or {}).get("id", ""))
            return [e for e in events if user in self.travelers.get(e["id"], {})]
        return events
