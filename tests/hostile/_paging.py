"""A hostile ``POST /v2/events/list``: items 0..n-1 as events, pages shaped by the test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from spotnana_events import AsyncSpotnana, BearerToken

PageShape = Callable[[int, int, int], tuple[int, Any]]
"""(request number, offset, limit) -> (items to return, totalNumResults to report)."""


def event_id(n: int) -> str:
    return f"ev-{n:05d}"


def list_answer(items: int, offset: int, count: int, total: Any) -> dict[str, Any]:
    """The JSON of a page of ``count`` events from ``offset`` among ``items``."""
    events = [{"id": event_id(n), "name": f"Event {n}"} for n in range(offset, min(offset + count, items))]
    answer: dict[str, Any] = {"events": events}
    if total is not _ABSENT:
        answer["paginationParams"] = {"totalNumResults": total}
    return answer


_ABSENT = object()
ABSENT = _ABSENT
"""A total the server leaves out (no paginationParams)."""


def client(url: str, **options: Any) -> AsyncSpotnana:
    return AsyncSpotnana(base_url=url, auth=BearerToken("t"), **options)


def mock_client(handler: Callable[[httpx.Request], Any], **options: Any) -> AsyncSpotnana:
    """A client whose requests go to an in-process handler (where the wire does not matter)."""
    return AsyncSpotnana(
        base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=httpx.MockTransport(handler), **options
    )
