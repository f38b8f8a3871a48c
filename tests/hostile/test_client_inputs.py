"""Wrong arguments fail before anything is sent, naming the argument (issue 11 minors)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from spotnana_event_api.models import CreateEventRequest, EventLocation, EventType, GetEventResponse
from spotnana_events import AsyncSpotnana, BearerToken, RequestValidationError

from tests.hostile._client_servers import EVENT_ID, recording_transport


def _client() -> tuple[AsyncSpotnana, list[httpx.Request]]:
    body = {"id": EVENT_ID, "paymentSources": []}  # fits every response these tests read
    transport, sent = recording_transport(lambda request: httpx.Response(200, json=body))
    return AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport), sent


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (
            lambda sp: sp.events.create(body=GetEventResponse.from_dict({})),
            TypeError,
            "body must be a CreateEventRequest",
        ),
        (
            lambda sp: sp.events.create(body={"name": "x"}),
            RequestValidationError,
            "CreateEventRequest: required key 'location' is missing",
        ),
        (
            lambda sp: sp.events.create(body=None),
            TypeError,
            "body must be a CreateEventRequest or a dict, got NoneType",
        ),
        (lambda sp: sp.events.payment_sources(user_id=None), TypeError, "user_id must be a UUID, got NoneType"),
        (lambda sp: sp.events.payment_sources(user_id="nope"), ValueError, "user_id is not a UUID"),
        (lambda sp: sp.events.get(EVENT_ID, type_=3), TypeError, "type_ must be a EventType, got int"),
        (
            lambda sp: sp.events.get_by_external_id(external_id=None, company_id=uuid.uuid4()),
            TypeError,
            "external_id must be a str, got NoneType",
        ),
    ],
)
async def test_a_wrong_argument_is_refused_before_sending(call: Any, error: type[Exception], match: str) -> None:
    sp, sent = _client()
    with pytest.raises(error, match=match):
        await call(sp)
    assert sent == []


async def test_a_str_where_an_enum_is_expected_is_converted_exactly() -> None:
    sp, sent = _client()
    await sp.events.get(EVENT_ID, type_="PROGRAM")  # type: ignore[arg-type]
    await sp.events.get(EVENT_ID, type_=EventType.PROGRAM)
    assert [request.url.params["type"] for request in sent] == ["PROGRAM", "PROGRAM"]


async def test_a_uuid_given_as_text_is_sent_in_canonical_form() -> None:
    sp, sent = _client()
    user = uuid.UUID(int=7)
    await sp.events.payment_sources(user_id=str(user).upper())  # type: ignore[arg-type]
    assert sent[0].url.params["userId"] == str(user)


async def test_the_right_model_class_is_accepted() -> None:
    sp, sent = _client()
    sent_body = CreateEventRequest(name="Offsite", location=EventLocation.from_dict({}))
    await sp.events.create(body=sent_body)
    assert len(sent) == 1
