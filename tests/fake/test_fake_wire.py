"""The fake over HTTP behaves like the wire: a dropped connection is a broken connection (never
an answer such as a 500), bulk outcomes are those of the in-process fake, a body is kept no
further than the limit, and only loopback Host names (or allowed ones) are served."""

from __future__ import annotations

import errno
import logging
import socket
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from spotnana_event_api import models as m
from spotnana_events import APIConnectionError, AsyncSpotnana, BulkPartialFailure, ClientCredentials
from spotnana_events.testing import FakeEventAPI, Fault
from spotnana_events.testing._asgi import serve
from spotnana_events.testing._server import DROPPED
from spotnana_events.testing._validation import MAX_BODY

from tests.fake._wire import served

OVER_LIMIT = 60 * 1024 * 1024


def _raw_exchange(base_url: str, request: bytes) -> bytes:
    """Send raw bytes and read until the server closes: what a client sees on the wire."""
    url = httpx.URL(base_url)
    with socket.create_connection((url.host, url.port or 80), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
        return received


@pytest.fixture
def quiet_server(caplog: pytest.LogCaptureFixture) -> logging.Logger:
    """uvicorn's error log: a drop must not be an application error there."""
    caplog.set_level(logging.WARNING, logger="uvicorn.error")
    return logging.getLogger("uvicorn.error")


@pytest.mark.usefixtures("quiet_server")
def test_drop_connect_resets_the_connection_before_any_byte(caplog: pytest.LogCaptureFixture) -> None:
    """Not a 500 (what uvicorn makes of an application error before its answer): a TCP reset."""
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    token = fake.issue_token()
    fake.add_fault(Fault(drop="connect", operation="get"))
    request = f"GET /v2/events/{event_id} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\r\n"
    with served(fake) as url, pytest.raises(ConnectionResetError) as raised:
        _raw_exchange(url, request.encode())
    assert raised.value.errno == errno.ECONNRESET
    assert [(c.operation, c.status) for c in fake.calls] == [("getEvent", DROPPED)]
    assert not [r for r in caplog.records if r.name.startswith("uvicorn")], caplog.text


@pytest.mark.parametrize("drop", ["before", "after"])
@pytest.mark.usefixtures("quiet_server")
def test_drop_before_and_after_close_the_connection_without_an_answer(
    drop: str, caplog: pytest.LogCaptureFixture
) -> None:
    """As in-process ("server hung up"): not one byte of an answer, then the end of the connection."""
    fake = FakeEventAPI()
    event_id = fake.seed_event({"status": "DRAFT"})
    token = fake.issue_token()
    fake.add_fault(Fault(drop=drop, operation="publish"))  # type: ignore[arg-type]
    body = b'{"sendInvite": false}'
    request = (
        f"POST /v2/events/{event_id}/publish HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    with served(fake) as url:
        assert _raw_exchange(url, request) == b""
    assert fake.events[event_id]["status"] == ("PUBLISH" if drop == "after" else "DRAFT")
    assert not [r for r in caplog.records if r.name.startswith("uvicorn")], caplog.text


async def _cancel_in_bulk(sp: AsyncSpotnana, ids: list[str]) -> BulkPartialFailure[Any, Any]:
    requests = [m.CancelEventRequest(event_id=i, type_=m.EventType.GENERIC) for i in ids]
    with pytest.raises(BulkPartialFailure) as raised:
        await sp.events.bulk_cancel(requests, concurrency=1)  # chunks in order: the first is dropped
    return raised.value


# drop -> maybe_applied of the failed chunk (in-process, over HTTP). Over HTTP the request has
# left before the connection breaks, so a client cannot know the server did not act on it:
# only in-process can "connect" fail before sending.
MAYBE_APPLIED = {"connect": (False, True), "before": (True, True), "after": (True, True)}


@pytest.mark.parametrize("drop", sorted(MAYBE_APPLIED))
async def test_bulk_outcomes_match_in_process_and_over_http(drop: str) -> None:
    """250 cancels (3 chunks), the first chunk's connection dropped: the same chunk fails, with
    the same error type and items, and the fakes end in the same state."""

    async def run(over_http: bool) -> tuple[BulkPartialFailure[Any, Any], dict[str, str]]:
        fake = FakeEventAPI(seed=1)
        ids = fake.seed_events(250)
        fake.add_fault(Fault(drop=drop, operation="bulk_cancel"))  # type: ignore[arg-type]
        auth = ClientCredentials(*fake.credentials)
        if over_http:
            with served(fake) as url:
                async with AsyncSpotnana(base_url=url, auth=auth, max_retries=0) as sp:
                    failure = await _cancel_in_bulk(sp, ids)
        else:
            async with fake.client(max_retries=0) as sp:
                failure = await _cancel_in_bulk(sp, ids)
        return failure, {event_id: event["status"] for event_id, event in fake.events.items()}

    local, local_state = await run(over_http=False)
    remote, remote_state = await run(over_http=True)
    assert local_state == remote_state
    for failure in (local, remote):
        assert [len(chunk.items) for chunk in failure.unprocessed] == [100]
        assert isinstance(failure.unprocessed[0].error, APIConnectionError)
    assert [i.event_id for i in local.unprocessed_items] == [i.event_id for i in remote.unprocessed_items]
    assert [i.request.event_id for i in local.completed.items] == [i.request.event_id for i in remote.completed.items]
    cancelled = sum(status == "CANCELLED" for status in local_state.values())
    assert cancelled == (250 if drop == "after" else 150)
    assert (local.unprocessed[0].maybe_applied, remote.unprocessed[0].maybe_applied) == MAYBE_APPLIED[drop]


def _admin(url: str, **kwargs: Any) -> httpx.Client:
    return httpx.Client(base_url=f"{url}/_fake", timeout=30, **kwargs)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8089", "127.0.0.1.evil.example", "0.0.0.0:8089"])
def test_a_foreign_host_is_refused_everywhere(host: str) -> None:
    """DNS rebinding: a page whose name now points at 127.0.0.1 sends its own name as Host."""
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    token = fake.issue_token()
    with served(fake) as url, _admin(url, headers={"Host": host}) as admin:
        assert admin.post("/reset").status_code == 403
        state = admin.get("/state")
        api = httpx.get(f"{url}/v2/events/{event_id}", headers={"Host": host, "Authorization": f"Bearer {token}"})
    assert state.status_code == api.status_code == 403
    assert "is not served here" in api.json()["errorMessages"][0]["message"]
    assert list(fake.events) == [event_id]  # not reset
    assert fake.calls == []  # refused before it reached the fake


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST.:1", "127.0.0.9", "[::1]:80", "tests.localhost", "fake.internal"]
)
def test_loopback_names_and_allowed_names_are_served(host: str) -> None:
    fake = FakeEventAPI()
    with served(fake, allow_hosts=("Fake.Internal",)) as url, _admin(url, headers={"Host": host}) as admin:
        assert admin.get("/state").status_code == 200


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Origin": "http://evil.example", "Content-Type": "application/json"}, 403),
        ({"Origin": "null", "Content-Type": "application/json"}, 403),
        ({"Sec-Fetch-Site": "cross-site", "Content-Type": "application/json"}, 403),
        ({"Content-Type": "text/plain"}, 415),  # a "simple" request: no CORS preflight
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
    ],
)
def test_the_admin_api_refuses_what_a_web_page_can_send(headers: dict[str, str], status: int) -> None:
    """CSRF: a cross-origin page can POST text/plain or a form without a preflight."""
    fake = FakeEventAPI()
    with served(fake) as url, _admin(url) as admin:
        answer = admin.post("/faults", content=b'{"status": 503}', headers=headers)
        reset = admin.post("/reset", headers=headers)  # no body: a form's Content-Type is still refused
    assert answer.status_code == reset.status_code == status
    assert "error" in answer.json()
    assert fake.faults.rules == []


def test_the_admin_api_answers_its_own_origin_and_plain_clients() -> None:
    fake = FakeEventAPI()
    with served(fake) as url, _admin(url) as admin:
        own = {"Origin": url, "Sec-Fetch-Site": "same-origin"}
        assert admin.post("/faults", json={"status": 503, "operation": "get"}, headers=own).status_code == 200
        assert admin.post("/reset").status_code == 200  # no body, no Content-Type: httpx, curl -X POST
    assert fake.faults.rules == []


@pytest.mark.parametrize(
    "document", [b"[" * 100_000, b'{"events": [{"name": ' + b"[" * 50_000 + b"]" * 50_000 + b"}]}"]
)
def test_a_deeply_nested_admin_document_is_a_400(document: bytes) -> None:
    fake = FakeEventAPI()
    with served(fake) as url, _admin(url) as admin:
        answer = admin.post("/seed", content=document, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert "nested too deeply" in answer.json()["error"]


def _over_the_limit() -> Any:
    """60 MB in 1 MB chunks, sent with chunked encoding (no length announced)."""

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(60):
            yield b" " * (1024 * 1024)

    return chunks()


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "chunked"])
async def test_a_body_over_the_limit_is_answered_400_not_read_whole(announced: bool) -> None:
    """The client, still sending, gets the answer (not a reset); the fake recorded a 400."""
    fake = FakeEventAPI()
    token = fake.issue_token()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with served(fake) as url:
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:
            content = b" " * OVER_LIMIT if announced else _over_the_limit()
            answer = await client.post("/v2/events", content=content, headers=headers)
            admin = await client.post("/_fake/seed", content=b" " * OVER_LIMIT, headers=headers)
            after = await client.get("/_fake/state")  # the connection still serves
    assert answer.status_code == 400
    assert f"larger than {MAX_BODY} bytes" in answer.json()["errorMessages"][0]["message"]
    assert (admin.status_code, after.status_code) == (400, 200)
    assert [(c.operation, c.status, c.body) for c in fake.calls] == [("createEvent", 400, None)]


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "chunked"])
async def test_the_app_stops_reading_at_the_limit(announced: bool) -> None:
    """At the ASGI level: of a 60 MB body in 1 MB messages, the fake takes at most 6 before it answers."""
    taken = 0

    async def receive() -> dict[str, Any]:
        nonlocal taken
        taken += 1
        return {"type": "http.request", "body": b" " * (1024 * 1024), "more_body": taken < 60}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")]
    if announced:
        headers.append((b"content-length", str(OVER_LIMIT).encode()))
    scope = {"type": "http", "method": "POST", "path": "/v2/events", "raw_path": b"/v2/events", "headers": headers}
    await serve(FakeEventAPI().handle, scope, receive, send)
    assert sent[0]["status"] == 400
    assert taken == (0 if announced else 6)


async def test_an_oversized_body_is_refused_before_faults_and_handlers_in_process_too() -> None:
    fake = FakeEventAPI()
    fake.add_fault(Fault(status=503, times=None))
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://fake") as client:
        answer = await client.post("/v2/events", content=b" " * (MAX_BODY + 1))
    assert answer.status_code == 400
    assert fake.faults.rules[0].fired == 0


async def test_a_request_the_client_abandoned_mid_body_is_not_performed() -> None:
    """The first part of a body can be valid JSON on its own: performing it would act on a
    request the client never finished sending."""
    fake = FakeEventAPI()
    body = b'{"name": "Half sent", "location": {}}'
    messages = iter([{"type": "http.request", "body": body, "more_body": True}, {"type": "http.disconnect"}])

    async def receive() -> dict[str, Any]:
        return next(messages)

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [
        (b"host", b"127.0.0.1"),
        (b"authorization", f"Bearer {fake.issue_token()}".encode()),
        (b"content-type", b"application/json"),
    ]
    scope = {"type": "http", "method": "POST", "path": "/v2/events", "raw_path": b"/v2/events", "headers": headers}
    await serve(fake.handle, scope, receive, send)
    assert (fake.events, fake.calls, sent) == ({}, [], [])
