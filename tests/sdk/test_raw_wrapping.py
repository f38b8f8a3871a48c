"""``sp.with_raw_response`` (issue 12, point 8): built by wrapping the client's own methods,
generated and hand-written alike; nested calls (a reconciler's lookup) stay parsed."""

from __future__ import annotations

import inspect

import httpx
import pytest
from spotnana_event_api.facade import OPERATIONS, RawResponse, with_raw_response
from spotnana_event_api.models import AsyncJobDetailResponse
from spotnana_events import AsyncSpotnana, BearerToken, JobHandle

from tests.hostile._client_servers import EVENT_ID, recording_transport

BASE = "http://127.0.0.1:9"
COMPANY = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
JOB = "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"


def _client(transport: httpx.AsyncBaseTransport) -> AsyncSpotnana:
    return AsyncSpotnana(base_url=BASE, auth=BearerToken("t"), transport=transport)


def test_every_raw_method_wraps_the_clients_own() -> None:
    """One mechanism: each raw method is ``with_raw_response`` around the plain bound method,
    with the same parameters; no second copy of any method exists."""
    transport, _ = recording_transport()
    sp = _client(transport)
    raw = sp.with_raw_response
    wrapped = [(op.resource, op.name) for op in OPERATIONS.values()] + [("jobs", "get")]
    for resource, name in wrapped:
        method = getattr(getattr(raw, resource), name)
        plain = getattr(getattr(sp, resource), name)
        assert method.__wrapped__ == plain, (resource, name)
        assert inspect.signature(method) == inspect.signature(plain)


async def test_the_hand_written_jobs_get_has_a_raw_form() -> None:
    job = {"jobId": JOB, "status": "COMPLETED", "jobItems": []}
    transport, sent = recording_transport(lambda _: httpx.Response(200, json=job, headers={"X-Request-Id": "r-9"}))
    async with _client(transport) as sp:
        answer = await sp.with_raw_response.jobs.get(JobHandle(COMPANY, job_id=JOB))
        plain = await sp.jobs.get(COMPANY, job_id=JOB)
    assert isinstance(answer, RawResponse)
    assert answer.headers["x-request-id"] == "r-9"
    assert isinstance(answer.parsed, AsyncJobDetailResponse)
    assert str(answer.parsed.job_id) == JOB
    assert isinstance(plain, AsyncJobDetailResponse)  # the flag did not leak into the next call
    assert [request.url.path for request in sent] == ["/v2/events/jobs/status"] * 2


async def test_raw_is_for_one_call_not_for_the_calls_it_makes() -> None:
    """A raw create whose answer was lost: the reconciler's lookup parses as usual and the
    create answers ``RawResponse`` of what the first attempt did."""
    from spotnana_event_api.models import CreateEventRequest, CreateEventResponse, EventLocation

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.ReadTimeout("lost", request=request)
        return httpx.Response(200, json={"event": {"id": EVENT_ID}})

    transport, sent = recording_transport(answer)
    document = CreateEventRequest(name="Offsite", location=EventLocation.from_dict({})).to_dict()
    body = CreateEventRequest.from_dict(document | {"companyId": {"id": COMPANY}, "externalId": "ext-1"})
    async with _client(transport) as sp:
        created = await sp.with_raw_response.events.create(body=body)
    assert isinstance(created, RawResponse)
    assert isinstance(created.parsed, CreateEventResponse)
    assert created.parsed.id == EVENT_ID
    assert [request.method for request in sent] == ["POST", "GET"]


async def test_a_method_that_makes_no_call_cannot_be_raw() -> None:
    async def nothing() -> int:
        return 1

    with pytest.raises(TypeError, match="made no API call"):
        await with_raw_response(nothing)()


async def test_the_flag_is_restored_when_the_method_raises() -> None:
    transport, sent = recording_transport()
    async with _client(transport) as sp:
        with pytest.raises(TypeError):
            await sp.with_raw_response.events.get(None)  # type: ignore[arg-type]
        assert not isinstance(await sp.events.get(EVENT_ID), RawResponse)
    assert len(sent) == 1


def test_each_resource_has_its_raw_view_and_the_client_shares_it() -> None:
    """``sp.events.with_raw_response`` (issue 26, point 4) is the one view ``sp.with_raw_response``
    hands out: built once per resource, wrapping that resource's methods."""
    transport, _ = recording_transport()
    sp = _client(transport)
    assert sp.events.with_raw_response is sp.with_raw_response.events
    assert sp.jobs.with_raw_response is sp.with_raw_response.jobs
    assert sp.jobs.with_raw_response.get.__wrapped__ == sp.jobs.get
    assert sp.events.with_raw_response.get.__wrapped__ == sp.events.get
    other = sp.with_options(timeout=5)
    assert other.events.with_raw_response.get.__wrapped__ == other.events.get  # the clone's own


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"X-Request-Id": "req-1"}, {"event": {"id": EVENT_ID}}, "req-1"),
        ({"Request-Id": "req-2"}, {"event": {"id": EVENT_ID}}, "req-2"),
        ({"Request-Id": "req-2", "X-Request-Id": "req-1"}, {}, "req-1"),
        ({"X-Request-Id": "req-1"}, {"debugIdentifier": "dbg-9"}, "dbg-9"),
        ({}, {"debugIdentifier": 42}, None),
        ({}, {"event": {"id": EVENT_ID}}, None),
        ({}, {"debugIdentifier": "dbg-9", "pad": "x" * 70_000}, None),  # a large body is not scanned
    ],
)
async def test_a_raw_response_names_the_request_as_the_server_did(
    headers: dict[str, str], body: dict[str, object], expected: str | None
) -> None:
    transport, _ = recording_transport(lambda _: httpx.Response(200, json=body, headers=headers))
    async with _client(transport) as sp:
        raw = await sp.events.with_raw_response.get(EVENT_ID)
    assert raw.request_id == expected
    assert not raw.reconciled


async def test_an_api_error_names_the_request_as_the_server_did() -> None:
    from spotnana_events import NotFoundError

    bodies = iter([{"debugIdentifier": "dbg-1", "errorMessages": [{"errorCode": "NOT_FOUND"}, {"message": "x"}]}, {}])
    transport, _ = recording_transport(
        lambda _: httpx.Response(404, json=next(bodies), headers={"X-Request-Id": "req-1"})
    )
    async with _client(transport) as sp:
        with pytest.raises(NotFoundError) as with_body:
            await sp.events.get(EVENT_ID)
        with pytest.raises(NotFoundError) as without:
            await sp.events.get(EVENT_ID)
    assert (with_body.value.request_id, with_body.value.error_codes) == ("dbg-1", ["NOT_FOUND"])
    assert (without.value.request_id, without.value.error_codes) == ("req-1", [])


async def test_elapsed_is_the_whole_call_retries_included() -> None:
    """A loopback server answering a GET 500 after 0.05 s, then 200 after 0.05 s: ``elapsed``
    covers both attempts; the last exchange alone is ``http_response.elapsed``."""
    import asyncio

    from tests.hostile._client_servers import _serving, http_response, read_request

    statuses = iter([500, 200])

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await read_request(reader) is not None:
            await asyncio.sleep(0.05)
            writer.write(http_response(next(statuses), b'{"event": {"id": "1"}}'))
            await writer.drain()

    async with _serving(handle) as url, AsyncSpotnana(base_url=url, auth=BearerToken("t")) as sp:
        raw = await sp.events.with_raw_response.get(EVENT_ID)
    assert raw.status_code == 200
    assert raw.elapsed.total_seconds() >= 0.1
    assert raw.http_response.elapsed.total_seconds() >= 0.05
    assert raw.elapsed > raw.http_response.elapsed
