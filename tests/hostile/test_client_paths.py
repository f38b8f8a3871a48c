"""Path parameters can never re-target a request (issue 11, major 1).

The operations with path parameters come from the generated facade's OPERATIONS table,
so an operation added to the spec is covered without editing this file."""

from __future__ import annotations

import inspect
import re
from typing import Any

import httpx
import pytest
from spotnana_event_api import models
from spotnana_event_api.facade import OPERATIONS, Operation
from spotnana_event_api.types import path_segment
from spotnana_events import AsyncSpotnana, BearerToken

from tests.hostile._client_servers import EVENT_ID, recording_transport
from tests.spec_bodies import spec_body

BASE = "http://127.0.0.1:9"

PATH_OPERATIONS = [op for op in OPERATIONS.values() if "{" in op.path]


def test_the_path_operations_are_found() -> None:
    names = {op.operation_id for op in PATH_OPERATIONS}
    assert {"getEvent", "deleteEvent", "cancelEvent", "addTravelersToEvent", "getUserEventRsvp"} <= names


def _call(sp: AsyncSpotnana, op: Operation, raw: bool, values: dict[str, Any]) -> Any:
    resource = getattr(sp.with_raw_response if raw else sp, op.resource)
    method = getattr(resource, op.name)
    positional, keywords = [], {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            positional.append(values.get(name, EVENT_ID))
        elif parameter.default is parameter.empty:
            # A valid body of the right class: bodies are checked before the path.
            model = getattr(models, str(parameter.annotation).split(" | ")[0])
            keywords[name] = spec_body(model, {})
    return method(*positional, **keywords)


@pytest.mark.parametrize("raw", [False, True], ids=["plain", "raw"])
@pytest.mark.parametrize("bad", ["", ".", "..", None, b"42", 4.2, True], ids=repr)
@pytest.mark.parametrize("op", PATH_OPERATIONS, ids=lambda op: op.operation_id)
async def test_a_path_parameter_that_would_change_the_path_is_refused_before_sending(
    op: Operation, bad: object, raw: bool
) -> None:
    transport, sent = recording_transport()
    sp = AsyncSpotnana(base_url=BASE, auth=BearerToken("t"), transport=transport)
    for name in re.findall(r"{(\w+)}", op.path):
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
        expected = TypeError if not isinstance(bad, str) else ValueError
        with pytest.raises(expected, match=snake):
            await _call(sp, op, raw, {snake: bad})
    assert sent == []


@pytest.mark.parametrize(
    ("value", "segment"),
    [("a/b", "a%2Fb"), ("%41", "%2541"), ("..x", "..x"), ("a?b#c", "a%3Fb%23c"), (" ", "%20"), ("..%2F", "..%252F")],
)
async def test_any_other_text_is_sent_as_exactly_one_segment(value: str, segment: str) -> None:
    transport, sent = recording_transport(lambda r: httpx.Response(200, json={"event": {"id": "x"}}))
    sp = AsyncSpotnana(base_url=BASE, auth=BearerToken("t"), transport=transport)
    await sp.events.get(value)
    assert sent[0].url.raw_path == f"/v2/events/{segment}".encode()


def test_path_segment_names_the_parameter() -> None:
    with pytest.raises(ValueError, match=r"traveler_id.*'\.\.'"):
        path_segment("traveler_id", "..")
    with pytest.raises(TypeError, match="event_id must be a str, got NoneType"):
        path_segment("event_id", None)
    with pytest.raises(ValueError, match="event_id"):
        path_segment("event_id", "\ud800")
