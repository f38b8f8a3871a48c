"""What either transport must do on the wire (issue 27): each test runs on httpx's own and on
aiohttp (the ``transport_name`` fixture), against loopback servers that misbehave on purpose."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import shutil
import socket
import ssl
import subprocess
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from spotnana_events import (
    APIConnectionError,
    APITimeoutError,
    AsyncSpotnana,
    BearerToken,
    ConfigurationError,
    _retry,
    _transport,
)

from tests.hostile._client_servers import EVENT_ID, _serving, http_response, raw_server

SECRET = "transport-secret-token"
GATEWAY_KEY = "gateway-key-in-the-query"
EVENT = b'{"event": {"id": "' + EVENT_ID.encode() + b'"}}'
CREATE = {"name": "Offsite", "location": {}}


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _client(url: str, **options: Any) -> AsyncSpotnana:
    return AsyncSpotnana(base_url=url, auth=BearerToken(SECRET), **options)


async def test_a_default_client_runs_on_the_named_transport(transport_name: str) -> None:
    async with raw_server(lambda request: http_response(200, EVENT)) as (url, seen), _client(url) as sp:
        await sp.events.get(EVENT_ID)
        pool = sp._http._transport_for_url(httpx.URL(url))
    expected = {"httpx": "AsyncHTTPTransport", "aiohttp": "AiohttpTransport"}[transport_name]
    assert type(pool).__name__ == expected
    assert len(seen) == 1


async def test_a_refused_connection_is_not_sent_so_even_a_create_is_retried(sleeps: list[float]) -> None:
    async with _client(f"http://127.0.0.1:{_closed_port()}") as sp:
        with pytest.raises(APIConnectionError, match="ConnectError") as caught:
            await sp.events.create(body=CREATE)
    assert caught.value.maybe_applied is False
    assert len(sleeps) == 2  # retried twice: nothing reached a server


async def test_a_hang_up_on_a_kept_alive_connection_is_never_resent_by_the_transport() -> None:
    """aiohttp resends an idempotent request (DELETE, PUT) once when a kept-alive connection
    drops; the SDK alone decides resends (here: none, max_retries=0)."""
    answers = iter([http_response(200, EVENT), None, http_response(200, b"{}")])
    async with raw_server(lambda request: next(answers)) as (url, seen), _client(url, max_retries=0) as sp:
        await sp.events.get(EVENT_ID)  # opens the connection that is kept alive
        with pytest.raises(APIConnectionError) as caught:
            await sp.events.delete(EVENT_ID)
    assert caught.value.maybe_applied is True
    assert [request.split(b" ", 1)[0] for request in seen] == [b"GET", b"DELETE"]


@pytest.mark.parametrize(
    "head", [b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c", b"HTTP/1.1 099 Early"]
)
async def test_a_non_final_status_as_the_answer_is_a_protocol_error_maybe_applied(head: bytes) -> None:
    """A 1xx (or lower) status ends no exchange: httpx (h11) refuses it as the answer. It must
    never read as an answer that refused the create unprocessed (maybe_applied False)."""
    async with (
        raw_server(lambda request: head + b"\r\n\r\n", hang_up_after_reply=True) as (url, seen),
        _client(url, max_retries=0) as sp,
    ):
        with pytest.raises(APIConnectionError, match="RemoteProtocolError") as caught:
            await sp.events.create(body=CREATE)
    assert caught.value.maybe_applied is True
    assert len(seen) == 1


async def test_an_http_1_0_answer_reports_its_version() -> None:
    answer = b"HTTP/1.0 200 OK\r\nContent-Length: " + str(len(EVENT)).encode() + b"\r\n\r\n" + EVENT
    async with raw_server(lambda request: answer) as (url, _), _client(url) as sp:
        raw = await sp.events.with_raw_response.get(EVENT_ID)
    assert raw.http_response.http_version == "HTTP/1.0"


async def test_a_full_pool_times_out_as_not_sent() -> None:
    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        await asyncio.sleep(2)

    async with _serving(slow) as url, _client(url, max_retries=0, limits=httpx.Limits(max_connections=1)) as sp:
        holder = asyncio.ensure_future(sp.events.get(EVENT_ID, timeout=5.0))
        await asyncio.sleep(0.2)  # the one connection is taken
        with pytest.raises(APITimeoutError) as caught:
            await sp.events.create(body=CREATE, timeout=0.2)
        holder.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await holder
    assert caught.value.maybe_applied is False


async def test_an_upload_the_server_never_reads_times_out_as_maybe_applied() -> None:
    """httpx's write timeout; aiohttp has none, so the SDK bounds the time to the answer."""

    async def deaf(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(10)

    body = {**CREATE, "description": "x" * 32_000_000}  # more than any socket buffer holds
    async with _serving(deaf) as url, _client(url, max_retries=0, deadline=8.0) as sp:
        with pytest.raises(APITimeoutError, match="timed out") as caught:
            await sp.events.create(body=body, timeout=0.3)
    assert caught.value.maybe_applied is True


async def test_userinfo_in_the_base_url_is_not_sent_as_credentials() -> None:
    """httpx never sends a URL's userinfo (the client's auth decides the Authorization header);
    aiohttp would make it Basic credentials, and refuse them beside the bearer token."""
    async with (
        raw_server(lambda request: http_response(200, EVENT)) as (url, seen),
        _client(url.replace("http://", "http://user:pass@"), max_retries=0) as sp,
    ):
        assert (await sp.events.get(EVENT_ID)).event is not None
    head = seen[0].split(b"\r\n\r\n")[0].lower()
    assert b"authorization: bearer " + SECRET.encode() in head
    assert b"basic" not in head


async def test_a_client_dropped_without_aclose_logs_no_error(caplog: pytest.LogCaptureFixture) -> None:
    """httpx's pool goes quietly with a client nobody closed; aiohttp's session and connector
    would log "Unclosed client session" and "Unclosed connector" as asyncio ERRORs."""
    async with raw_server(lambda request: http_response(200, EVENT)) as (url, _):
        sp = _client(url)
        await sp.events.get(EVENT_ID)  # a kept-alive connection in the pool
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)  # asyncio's own, on either transport
            del sp
            gc.collect()
            for _ in range(3):
                await asyncio.sleep(0)
            gc.collect()
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR] == []


async def test_a_large_body_is_sent_without_a_warning() -> None:
    """httpx sends a 2 MB create quietly; aiohttp warns (ResourceWarning) for any body over 1 MiB
    given as bytes, which a suite run with ``-W error`` (filterwarnings = error) turns into a failure."""
    created = b'{"id": "' + EVENT_ID.encode() + b'"}'
    body = {**CREATE, "description": "x" * 2_000_000}
    async with raw_server(lambda request: http_response(200, created)) as (url, seen), _client(url) as sp:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            await sp.events.create(body=body)
    assert [str(warning.message) for warning in caught] == []
    assert len(seen[0]) > 2_000_000  # the whole body went out


async def test_proxies_from_the_environment_are_used_as_httpx_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    async with raw_server(lambda request: http_response(200, EVENT)) as (proxy_url, seen):
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # plain http to a non-loopback host (warned once per host)
            sp = _client("http://api.spotnana-proxy-test.invalid")
        async with sp:
            await sp.events.get(EVENT_ID)
    # A proxy is asked for the absolute URL (the API host is never resolved here).
    assert seen[0].startswith(f"GET http://api.spotnana-proxy-test.invalid/v2/events/{EVENT_ID} ".encode())


async def test_no_proxy_sends_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    async with (
        raw_server(lambda request: http_response(502, b"{}")) as (proxy_url, proxied),
        raw_server(lambda request: http_response(200, EVENT)) as (url, direct),
    ):
        monkeypatch.setenv("HTTP_PROXY", proxy_url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with _client(url) as sp:
            await sp.events.get(EVENT_ID)
    assert proxied == []
    assert len(direct) == 1


async def test_a_tunnel_the_proxy_refuses_is_not_sent(monkeypatch: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    """A CONNECT answered 407 (or 403, 502): the request never reached the API, so a create is
    "not sent" (maybe_applied False) and may be sent again, as after a refused connection."""
    connects: list[bytes] = []

    async def refusing_proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connects.append((await reader.readuntil(b"\r\n\r\n")).split(b"\r\n")[0])
        writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()

    async with _serving(refusing_proxy) as proxy_url:
        monkeypatch.setenv("HTTPS_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        async with _client("https://api.spotnana-proxy-test.invalid") as sp:
            with pytest.raises(APIConnectionError, match="ProxyError") as caught:
                await sp.events.create(body=CREATE)
    assert caught.value.maybe_applied is False
    assert set(connects) == {b"CONNECT api.spotnana-proxy-test.invalid:443 HTTP/1.1"}
    assert len(sleeps) == 2  # retried: nothing reached the API


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl), and its key."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_tls_trusts_ssl_cert_file_as_httpx_does(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, ssl.SSLError, asyncio.IncompleteReadError):
            await reader.readuntil(b"\r\n\r\n")
            writer.write(http_response(200, EVENT))
            await writer.drain()

    async with _serving(answer, tls=context) as url:
        https = url.replace("http://", "https://")
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        async with _client(https, max_retries=0) as sp:
            with pytest.raises(APIConnectionError, match="ConnectError") as caught:
                await sp.events.get(EVENT_ID)  # an unknown issuer: refused before sending
        assert caught.value.maybe_applied is False
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        async with _client(https, max_retries=0) as sp:
            assert (await sp.events.get(EVENT_ID)).event is not None


def test_an_unreadable_ssl_cert_file_fails_when_the_client_is_made(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As httpx's transport does: not at the first call, where it would read as a failure after
    sending (a create reported maybe applied, though nothing left this machine)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing-ca.pem"))
    with pytest.raises(FileNotFoundError):
        _client("https://127.0.0.1:9")


async def test_a_query_key_in_the_base_url_stays_out_of_transport_errors() -> None:
    async with _client(f"http://127.0.0.1:{_closed_port()}/?key={GATEWAY_KEY}", max_retries=0) as sp:
        with pytest.raises(APIConnectionError) as caught:
            await sp.events.get(EVENT_ID)
    rendered, error = "", caught.value
    for link in _chain(error):
        rendered += f"{link} {link!r} "
    assert GATEWAY_KEY not in rendered
    assert SECRET not in rendered


def _chain(error: BaseException | None) -> list[BaseException]:
    links: list[BaseException] = []
    while error is not None and error not in links:
        links.append(error)
        error = error.__cause__ or error.__context__
    return links


def test_an_unknown_transport_name_is_refused_naming_the_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match=r"transport must be one of 'httpx', 'aiohttp'"):
        AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"), transport="curl")  # type: ignore[arg-type]
    monkeypatch.setenv(_transport.ENV_TRANSPORT, "")
    with pytest.raises(ConfigurationError, match="SPOTNANA_TRANSPORT must be one of"):
        AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"))


def test_limits_size_a_named_transport_but_not_a_transport_instance() -> None:
    limits = httpx.Limits(max_connections=3)
    AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"), transport="httpx", limits=limits)
    with pytest.raises(ConfigurationError, match="limits sizes the client's own pool"):
        AsyncSpotnana(
            base_url="https://api.test", auth=BearerToken("t"), transport=httpx.MockTransport(print), limits=limits
        )


def test_a_mocked_or_instrumented_httpx_transport_keeps_the_default_on_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-httpx and OpenTelemetry hook httpx's own transport: they would miss aiohttp's requests."""
    monkeypatch.delenv(_transport.ENV_TRANSPORT)
    assert _transport.resolve(None) == "aiohttp"  # the development environment has the extra
    original = httpx.AsyncHTTPTransport.handle_async_request

    async def mocked(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        return await original(self, request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", mocked)
    assert _transport.resolve(None) == "httpx"
    assert _transport.resolve("aiohttp") == "aiohttp"  # an explicit choice stands


def test_every_aiohttp_error_maps_to_the_httpx_error_for_the_same_event() -> None:
    """Connecting failed: not sent (a write may be sent again); after that: maybe applied."""
    aiohttp = pytest.importorskip("aiohttp")
    from spotnana_events._aiohttp import mapped_error

    request = httpx.Request("POST", "http://127.0.0.1:9/v2/events")
    key = _connection_key(aiohttp)
    cases: list[tuple[Exception, type[httpx.HTTPError], _retry.Outcome]] = [
        (aiohttp.ConnectionTimeoutError("pool"), httpx.ConnectTimeout, _retry.Outcome.NOT_SENT),
        (aiohttp.ClientConnectorError(key, OSError(111, "refused")), httpx.ConnectError, _retry.Outcome.NOT_SENT),
        (aiohttp.ClientConnectorDNSError(key, OSError(-2, "no host")), httpx.ConnectError, _retry.Outcome.NOT_SENT),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout, _retry.Outcome.MAYBE_APPLIED),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, _retry.Outcome.MAYBE_APPLIED),
        (aiohttp.ClientPayloadError("cut"), httpx.RemoteProtocolError, _retry.Outcome.MAYBE_APPLIED),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError, _retry.Outcome.MAYBE_APPLIED),
        (TimeoutError(), httpx.ReadTimeout, _retry.Outcome.MAYBE_APPLIED),
        (ConnectionResetError(104, "reset"), httpx.ReadError, _retry.Outcome.MAYBE_APPLIED),
    ]
    for error, expected, outcome in cases:
        mapped = mapped_error(error, request)
        assert type(mapped) is expected, (error, mapped)
        assert _retry.classify(error=mapped, sent=request) is outcome, error
    bug = RuntimeError("not a transport event")
    assert mapped_error(bug, request) is bug
    # aiohttp quotes the URL in some messages: never its query (a gateway key) or password.
    keyed = httpx.Request("GET", f"http://user:pw-{GATEWAY_KEY}@127.0.0.1:9/v2/events?key={GATEWAY_KEY}")
    timeout = aiohttp.ConnectionTimeoutError(f"Connection timeout to host {keyed.url}")
    assert GATEWAY_KEY not in str(mapped_error(timeout, keyed))


def _connection_key(aiohttp: Any) -> Any:
    from aiohttp.client_reqrep import ConnectionKey

    return ConnectionKey("127.0.0.1", 9, False, True, None, None, None, None)


def test_an_aiohttp_older_than_the_extras_floor_is_not_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """aiohttp installed for something else, older than the ``aiohttp`` extra asks (>=3.10; the
    transport reads names 3.10 added): the default stays on httpx, an explicit choice says why."""
    monkeypatch.setattr(_transport, "_aiohttp_version", lambda: (3, 9))
    monkeypatch.delenv(_transport.ENV_TRANSPORT)
    assert _transport.resolve(None) == "httpx"
    with pytest.raises(ConfigurationError, match=r"aiohttp>=3\.10"):
        _transport.resolve("aiohttp")


def test_aiohttp_chosen_but_not_installed_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_transport, "_aiohttp_installed", lambda: False)
    with pytest.raises(ConfigurationError, match=r"spotnana-events\[aiohttp\]"):
        AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"), transport="aiohttp")
    monkeypatch.delenv(_transport.ENV_TRANSPORT)
    assert _transport.resolve(None) == "httpx"  # without the extra, the default is httpx's own
