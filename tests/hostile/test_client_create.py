"""The retry-safe create through the raw-response API and when its lookup fails (issue 11, major 8)."""

from __future__ import annotations

import uuid

import httpx
import pytest
from spotnana_event_api.facade import RawResponse
from spotnana_event_api.models import CreateEventRequest, CreateEventResponse, EventLocation
from spotnana_events import APIConnectionError, APITimeoutError, AsyncSpotnana, BearerToken, InternalServerError

from tests.hostile._client_servers import recording_transport

COMPANY = uuid.UUID(int=5)


def _body(external_id: str) -> CreateEventRequest:
    document = CreateEventRequest(name="Offsite", location=EventLocation.from_dict({})).to_dict()
    return CreateEventRequest.from_dict(document | {"companyId": {"id": str(COMPANY)}, "externalId": external_id})


def _server(lookup: httpx.Response | Exception) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.ReadTimeout("the answer was lost", request=request)
        if isinstance(lookup, Exception):
            raise lookup
        return lookup

    return recording_transport(answer)


async def test_raw_create_found_by_external_id_is_a_raw_response() -> None:
    transport, sent = _server(httpx.Response(200, json={"event": {"id": "evt-1", "externalId": "ext-1"}}))
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport)
    raw = await sp.with_raw_response.events.create(body=_body("ext-1"))
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parsed, CreateEventResponse)
    assert raw.parsed.id == "evt-1"
    assert raw.status_code == 200
    assert raw.reconciled
    assert [request.method for request in sent] == ["POST", "GET"]
    plain = await sp.events.create(body=_body("ext-1"))
    assert isinstance(plain, CreateEventResponse)
    assert plain.id == "evt-1"


@pytest.mark.parametrize(
    ("lookup", "cause"),
    [
        (httpx.Response(500, json={}), InternalServerError),
        (httpx.ConnectError("lookup refused"), APIConnectionError),
    ],
)
async def test_when_the_lookup_fails_the_create_failure_is_raised_with_the_lookup_as_cause(
    lookup: httpx.Response | Exception, cause: type[Exception]
) -> None:
    transport, sent = _server(lookup)
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, max_retries=0)
    with pytest.raises(APITimeoutError) as caught:
        await sp.events.create(body=_body("ext-2"))
    assert caught.value.maybe_applied is True
    assert "POST /v2/events" in str(caught.value)
    assert isinstance(caught.value.__cause__, cause)
    assert any("checking whether it was done failed" in note for note in caught.value.__notes__)
    assert sent[0].method == "POST"


async def test_a_resend_answered_duplicate_after_a_lookup_that_missed_is_the_first_attempts_event() -> None:
    """The first create went through but its answer was lost (500); the lookup, not seeing it yet
    (a replica behind), says it was not done; the resend answers DUPLICATE_EXTERNAL_ID. That
    is the first attempt's event: found and answered (reconciled), not a BadRequestError
    saying, with maybe_applied False, that the create was refused."""
    created: list[bool] = []
    lookups: list[bool] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            if created:
                duplicate = {"errorMessages": [{"errorCode": "DUPLICATE_EXTERNAL_ID", "message": "taken"}]}
                return httpx.Response(400, json=duplicate)
            created.append(True)
            return httpx.Response(500, json={})
        lookups.append(True)
        if len(lookups) == 1:
            return httpx.Response(404, json={})
        return httpx.Response(200, json={"event": {"id": "evt-1", "externalId": "ext-1"}})

    transport, sent = recording_transport(answer)
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, max_retries=3)
    raw = await sp.with_raw_response.events.create(body=_body("ext-1"))
    assert raw.parsed.id == "evt-1"
    assert raw.reconciled
    assert [request.method for request in sent] == ["POST", "GET", "POST", "GET"]
