"""Per-call options on every operation (issue 12, point 5), observed on the wire of a
loopback server: ``extra_headers``, ``extra_query``, ``timeout``, ``deadline``; and
``with_options(base_url=, default_headers=)`` checked as the constructor checks."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import AsyncIterator

import httpx
import pytest
from spotnana_event_api.facade import OPERATIONS
from spotnana_event_api.models import CreateEventRequest, EventLocation, EventType
from spotnana_events import APITimeoutError, AsyncSpotnana, BearerToken, ConfigurationError

from tests.hostile._client_servers import EVENT_ID, _serving, http_response, raw_server

OPTIONS = ("extra_headers", "extra_query", "timeout", "deadline")
SECRET = "s3cr3t-header-value"


def _ok(_request: bytes) -> bytes:
    return http_response(200, json.dumps({"event": {"id": EVENT_ID}}).encode())


def _head(raw: bytes) -> tuple[str, dict[str, list[str]]]:
    """The request line's target and the headers (lower-cased names) of one raw request."""
    lines = raw.split(b"\r\n\r\n", 1)[0].decode().split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return lines[0].split(" ")[1], headers


@pytest.fixture
async def wire() -> AsyncIterator[tuple[str, list[bytes]]]:
    async with raw_server(_ok) as served:
        yield served


def test_every_operation_takes_the_options_keyword_only() -> None:
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"))
    for op in OPERATIONS.values():
        parameters = inspect.signature(getattr(getattr(sp, op.resource), op.name)).parameters
        for name in OPTIONS:
            assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, (op.operation_id, name)
            assert parameters[name].default is None


async def test_extra_headers_and_query_reach_the_wire_and_add_to_the_request(
    wire: tuple[str, list[bytes]],
) -> None:
    url, seen = wire
    async with AsyncSpotnana(base_url=url + "?gateway=g1", auth=BearerToken("tok")) as sp:
        await sp.events.get(
            EVENT_ID, type_=EventType.GENERIC, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1", "n": 2}
        )
    target, headers = _head(seen[0])
    assert target == f"/v2/events/{EVENT_ID}?type=GENERIC&gateway=g1&debug=1&n=2"
    assert headers["x-trace"] == ["t-1"]
    assert headers["authorization"] == ["Bearer tok"]


@pytest.mark.parametrize(
    "name", ["Authorization", "authorization", "Host", "Content-Length", "Transfer-Encoding", "content-TYPE"]
)
async def test_extra_headers_cannot_replace_what_the_sdk_sets(wire: tuple[str, list[bytes]], name: str) -> None:
    """Auth, framing and the request's own headers (Content-Type of a JSON body) are the SDK's:
    a clear error before anything is sent, naming the header and never its value."""
    url, seen = wire
    body = CreateEventRequest(name="Offsite", location=EventLocation.from_dict({}))
    async with AsyncSpotnana(base_url=url, auth=BearerToken("tok")) as sp:
        with pytest.raises(ConfigurationError, match=f"extra_headers: '{name}'") as caught:
            await sp.events.create(body=body, extra_headers={name: SECRET})
    assert SECRET not in str(caught.value)
    assert seen == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"X-Trace": f"a\r\nX-Injected: {SECRET}"}, "the value of 'X-Trace' must be printable ASCII"),
        ({"X-Trace": f"{SECRET}\n"}, "the value of 'X-Trace' must be printable ASCII"),
        ({"X-Trace": f"sécret {SECRET}"}, "the value of 'X-Trace' must be printable ASCII"),
        ({"X Trace": SECRET}, "'X Trace' is not a valid header name"),
        ({"X-Trace\r\nX-Injected": SECRET}, "is not a valid header name"),
    ],
)
async def test_a_header_that_would_break_the_wire_is_refused_without_its_value(
    wire: tuple[str, list[bytes]], extra: dict[str, str], message: str
) -> None:
    """CR/LF would split the header (header injection), non-ASCII has no one encoding: refused
    before sending, as a ConfigurationError naming the header and never showing the value."""
    url, seen = wire
    async with AsyncSpotnana(base_url=url, auth=BearerToken("tok")) as sp:
        with pytest.raises(ConfigurationError, match=message) as caught:
            await sp.events.get(EVENT_ID, extra_headers=extra)
    assert SECRET not in str(caught.value)
    assert seen == []
    with pytest.raises(ConfigurationError, match=message):
        AsyncSpotnana(base_url=url, auth=BearerToken("tok"), default_headers=extra)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"type": "OTHER"}, "'type' is already set by the request"),
        ({"gateway": "g2"}, "'gateway' is already set by the request"),
        ({"x": None}, "'x' must be a str, int, float or a list of them"),
        ({1: "x"}, "parameter names must be str"),
        ({"x": 10**5000}, "'x' holds a number with no text to send"),
        ({"x": [1, float("nan")]}, "'x' holds a number with no text to send"),
        ({"x": float("inf")}, "'x' holds a number with no text to send"),
    ],
)
async def test_extra_query_only_adds(wire: tuple[str, list[bytes]], extra: dict[object, object], message: str) -> None:
    url, seen = wire
    async with AsyncSpotnana(base_url=url + "?gateway=g1", auth=BearerToken("tok")) as sp:
        with pytest.raises(ConfigurationError, match=message):
            await sp.events.get(EVENT_ID, type_=EventType.GENERIC, extra_query=extra)  # type: ignore[arg-type]
    assert seen == []


async def test_extra_headers_may_replace_a_default_header(wire: tuple[str, list[bytes]]) -> None:
    url, seen = wire
    async with AsyncSpotnana(base_url=url, auth=BearerToken("tok"), default_headers={"X-Team": "a"}) as sp:
        await sp.events.get(EVENT_ID)
        await sp.events.get(EVENT_ID, extra_headers={"x-team": "b"})
        other = sp.with_options(default_headers={"X-Tenant": "t2"})
        await other.events.get(EVENT_ID)
    assert [_head(raw)[1].get("x-team") for raw in seen] == [["a"], ["b"], None]
    assert _head(seen[2])[1]["x-tenant"] == ["t2"]


@pytest.mark.parametrize("value", [0, -1.0, float("inf"), float("nan"), "5", True])
async def test_a_bad_per_call_timeout_or_deadline_is_the_constructors_error(
    wire: tuple[str, list[bytes]], value: object
) -> None:
    url, seen = wire
    for option in ("timeout", "deadline"):
        with pytest.raises(ConfigurationError) as at_construction:
            AsyncSpotnana(base_url=url, auth=BearerToken("tok"), **{option: value})  # type: ignore[arg-type]
        async with AsyncSpotnana(base_url=url, auth=BearerToken("tok")) as sp:
            with pytest.raises(ConfigurationError) as per_call:
                await sp.events.get(EVENT_ID, **{option: value})  # type: ignore[arg-type]
        assert str(per_call.value) == str(at_construction.value)
    assert seen == []


async def _answer_after(seconds: float, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while await reader.readuntil(b"\r\n\r\n"):
        await asyncio.sleep(seconds)
        writer.write(_ok(b""))
        await writer.drain()


async def test_per_call_timeout_and_deadline_apply_to_that_call_only() -> None:
    """A server answering after 0.3 s: the client's settings wait for it, a call's own
    ``timeout`` (read) or ``deadline`` (total) of 0.05 s does not."""
    async with (
        _serving(lambda r, w: _answer_after(0.3, r, w)) as url,
        AsyncSpotnana(base_url=url, auth=BearerToken("tok"), max_retries=0) as sp,
    ):
        with pytest.raises(APITimeoutError, match="timed out"):
            await sp.events.get(EVENT_ID, timeout=0.05)
        with pytest.raises(APITimeoutError, match=r"deadline of 0\.05s"):
            await sp.events.get(EVENT_ID, deadline=0.05)
        answer = await sp.events.get(EVENT_ID)
        assert answer.to_dict() == {"event": {"id": EVENT_ID}}


@pytest.mark.parametrize("bad", ["ftp://example.com", "", "not a url", "http://", "https://h/#frag", 42])
def test_with_options_checks_base_url_as_the_constructor_does(bad: object) -> None:
    with pytest.raises(ConfigurationError) as at_construction:
        AsyncSpotnana(base_url=bad, auth=BearerToken("t"))  # type: ignore[arg-type]
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"))
    with pytest.raises(ConfigurationError) as in_with_options:
        sp.with_options(base_url=bad)  # type: ignore[arg-type]
    assert str(in_with_options.value) == str(at_construction.value)


def test_default_headers_refuse_the_authorization_header() -> None:
    with pytest.raises(ConfigurationError, match="default_headers: 'Authorization'"):
        AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), default_headers={"Authorization": SECRET})
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"))
    with pytest.raises(ConfigurationError, match="default_headers: 'authorization'"):
        sp.with_options(default_headers={"authorization": SECRET})


async def test_with_options_base_url_sends_there_sharing_the_pool(wire: tuple[str, list[bytes]]) -> None:
    url, seen = wire
    async with raw_server(_ok) as (other_url, other_seen), AsyncSpotnana(base_url=url, auth=BearerToken("tok")) as sp:
        moved = sp.with_options(base_url=other_url + "/prefix")
        await moved.events.get(EVENT_ID)
        assert moved._http is sp._http
    assert seen == []
    assert _head(other_seen[0])[0] == f"/prefix/v2/events/{EVENT_ID}"


def test_options_reach_the_httpx_request_unchanged_types() -> None:
    """``timeout`` as an ``httpx.Timeout`` is taken as it is (its phases checked)."""
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"))
    from spotnana_event_api.api.events import get_event

    request = get_event._request(EVENT_ID).with_options(timeout=httpx.Timeout(2.0, connect=1.0))
    built = sp._build(request)
    assert built.extensions["timeout"] == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}
    with pytest.raises(ConfigurationError, match=r"timeout\.read must be bounded"):
        sp._build(get_event._request(EVENT_ID).with_options(timeout=httpx.Timeout(None, connect=1.0)))
