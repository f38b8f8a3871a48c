"""``AiohttpTransport``: an httpx transport on an aiohttp connection pool (the ``aiohttp`` extra).

It keeps httpx's promises: per-phase timeouts, no redirects, TCP_NODELAY, TLS settings as
httpx reads them from the environment (proxies come from ``_transport``'s client, as httpx
reads them), and every aiohttp error mapped to the httpx error for the same event: a
connection never made is ``ConnectError`` or ``ConnectTimeout`` (not sent); anything after
is a read, write or protocol error (maybe sent). So the retry rules in ``_retry`` read one
vocabulary, whichever transport ran. Imported only when a client on it is made.
"""

from __future__ import annotations

import asyncio
import io
import re
import ssl
import weakref
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import httpx
import yarl

from ._errors import ConfigurationError
from ._transport import _AIOHTTP_PROXY_SCHEMES, DEFAULT_LIMITS

__all__ = ["ERRORS", "AiohttpTransport", "mapped_error"]

# aiohttp's limit for a body given as bytes (``payload.TOO_LARGE_BYTES_BODY``).
_LARGE_BODY = 2**20
# An answer's HTTP version as httpx names it (``Response.http_version``).
_VERSIONS: dict[aiohttp.HttpVersion, bytes] = {
    aiohttp.HttpVersion10: b"HTTP/1.0",
    aiohttp.HttpVersion11: b"HTTP/1.1",
}
# Longest response header line or field aiohttp reads; h11 (httpx) allows 16 KiB of headers.
_MAX_HEADER_BYTES = 16 * 1024
# What h11 (httpx's HTTP/1.1) accepts as a header name and value (RFC 9110 token and
# field-value): aiohttp would send a CR, LF or NUL that httpx refuses.
_HEADER_NAME = re.compile(rb"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")
_HEADER_VALUE = re.compile(rb"(?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?")


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport on an aiohttp connection pool (HTTP/1.1).

    ``limits`` sizes the pool (``max_connections``; aiohttp keeps every released connection
    alive for ``keepalive_expiry``); ``proxy`` is an http(s) proxy; ``verify``/``cert``/
    ``trust_env`` make the TLS context as httpx does (``SSL_CERT_FILE``, ``SSL_CERT_DIR``).
    The pool is made on the first request, in that request's event loop."""

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        proxy: httpx.Proxy | None = None,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
    ) -> None:
        if proxy is not None and proxy.url.scheme not in _AIOHTTP_PROXY_SCHEMES:
            raise ConfigurationError(f"aiohttp speaks only http(s) proxies, not {proxy.url.scheme}://")
        self._limits = limits
        self._proxy = proxy
        # Made here, as httpx's transport makes it: a bad SSL_CERT_FILE fails the client's
        # construction, not its first call (where it would read as a failure after sending).
        self._ssl = httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        self._closed = False
        self._dropped: Callable[[], object] = _nothing

    def __repr__(self) -> str:
        return f"AiohttpTransport(max_connections={self._limits.max_connections})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _check_headers(request)
        session = self._session_for_this_loop()
        try:
            body: bytes | None = request.content
        except httpx.RequestNotRead:  # a streamed body (multipart): read it, as small as it is here
            body = await request.aread()
        url = request.url
        if url.userinfo:  # httpx never sends it (auth decides); aiohttp would send it as Basic auth
            url = url.copy_with(userinfo=b"")
        try:
            sending = session.request(
                request.method,
                # encoded=True: the exact target httpx would send, never re-quoted.
                yarl.URL(str(url), encoded=True),
                headers=request.headers.multi_items(),
                data=_payload(body),
                allow_redirects=False,
                timeout=self._timeout(request.extensions.get("timeout")),
                server_hostname=request.extensions.get("sni_hostname"),
                **self._proxy_options(),
            )
            if body:
                # aiohttp has no write timeout: bound the time to the answer's head instead.
                response = await _bounded_write(sending, request)
            else:
                response = await sending
        except Exception as exc:
            error = mapped_error(exc, request)
            if error is exc:
                raise
            raise error from exc
        if response.status < 200:
            # aiohttp hands over a 101 (or a status under 100) as the answer; httpx (h11) refuses
            # it, as no 1xx ends an exchange: a protocol error after sending, never a refusal.
            response.close()
            raise httpx.RemoteProtocolError(f"a non-final status ({response.status}) as the answer", request=request)
        extensions: dict[str, Any] = {"http_version": _http_version(response.version)}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("ascii", "replace")
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_ResponseBody(response, request),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    def _session_for_this_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is not None and self._loop is loop:
            return self._session
        if self._closed:
            raise RuntimeError("the client is closed")
        if self._session is not None and self._loop is not None and not self._loop.is_closed():
            raise RuntimeError(
                "this client's aiohttp connection pool belongs to another running event loop: "
                "make one client per event loop"
            )
        # First request, or the loop that owned the pool has ended (its connections with it).
        self._dropped()  # the ended loop's pool, if any
        self._session, self._loop = self._new_session(), loop
        # A client left to the collector (never closed, or its last loop has ended): its pool goes
        # as quietly as httpx's would, where aiohttp would log "Unclosed client session" and
        # "Unclosed connector" as asyncio ERRORs. A finalizer, not __del__: the collector runs it
        # before the session's own __del__, which it may run first when both sit in a cycle.
        self._dropped = weakref.finalize(self, _drop, self._session, loop)
        return self._session

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,  # 0: no limit, as httpx's None
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._ssl,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            auto_decompress=False,  # httpx decodes
            trust_env=False,  # proxies come from httpx's reading of the environment; no ~/.netrc
            skip_auto_headers=("Content-Type",),  # httpx sets the headers it means to send
            timeout=aiohttp.ClientTimeout(),
            max_line_size=_MAX_HEADER_BYTES,
            max_field_size=_MAX_HEADER_BYTES,
        )
        # aiohttp resends an idempotent request (PUT, DELETE too) once when a kept-alive
        # connection drops: the SDK decides every resend (a write may have been applied).
        session._retry_connection = False
        return session

    def _timeout(self, phases: dict[str, float | None] | None) -> aiohttp.ClientTimeout:
        phases = phases or {}
        key = (phases.get("connect"), phases.get("read"), phases.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            connect, read, pool = key
            # aiohttp's ``connect`` covers waiting for a pooled connection and making one.
            whole = None if connect is None or pool is None else connect + pool
            timeout = aiohttp.ClientTimeout(total=None, connect=whole, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:  # per-call timeouts: keep a few, not one per call
                self._timeouts[key] = timeout
        return timeout

    def _proxy_options(self) -> dict[str, Any]:
        if self._proxy is None:
            return {}
        auth = self._proxy.auth
        return {
            "proxy": str(self._proxy.url),
            "proxy_auth": aiohttp.BasicAuth(auth[0], auth[1]) if auth else None,
            "proxy_headers": dict(self._proxy.headers) or None,
        }


def _http_version(version: aiohttp.HttpVersion | None) -> bytes:
    """The answer's own version (an HTTP/1.0 server's too), named as httpx names it."""
    if version is None:
        return b"HTTP/1.1"
    return _VERSIONS.get(version) or f"HTTP/{version.major}.{version.minor}".encode()


def _nothing() -> None:
    return None


def _drop(session: aiohttp.ClientSession, loop: asyncio.AbstractEventLoop) -> None:
    """Close the pool of a transport nobody closed: at once when its loop is not running (ended,
    or at exit) or runs in this thread, else as that loop's next callback (another thread's)."""
    if session.closed:
        return
    try:
        running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if loop.is_running() and running is not loop:
        try:
            loop.call_soon_threadsafe(_forget, session)
            return
        except RuntimeError:  # closed meanwhile
            pass
    _forget(session)


def _forget(session: aiohttp.ClientSession) -> None:
    """Close a pool nobody will close, so aiohttp does not report it as leaked ("Unclosed client
    session"): its connections are closed at once (on a closed loop there is nothing left to
    close); what ``close()`` would wait for afterwards is left to the loop, or to the collector."""
    closing = session.close()
    try:
        closing.send(None)
    except StopIteration:
        return
    closing.close()  # it would have to wait on a loop: leave it to the collector


def _payload(body: bytes | None) -> bytes | io.BytesIO | None:
    """The body as aiohttp sends it: over 1 MiB as a stream, as aiohttp asks (given as bytes, it
    warns with a ResourceWarning, an error in a suite run with ``-W error``; httpx is silent)."""
    if not body:
        return None
    return io.BytesIO(body) if len(body) > _LARGE_BODY else body


def _check_headers(request: httpx.Request) -> None:
    """Refuse, as httpx would before sending, a header that would split or corrupt the head."""
    for name, value in request.headers.raw:
        if not _HEADER_NAME.fullmatch(name):
            raise httpx.LocalProtocolError("Illegal header name", request=request)
        if not _HEADER_VALUE.fullmatch(value):
            raise httpx.LocalProtocolError("Illegal header value", request=request)


async def _bounded_write(sending: Any, request: httpx.Request) -> aiohttp.ClientResponse:
    """The answer's head, within the connect + pool + write + read timeouts together: aiohttp
    bounds connecting and reading, not a body write the server does not read."""
    phases = request.extensions.get("timeout") or {}
    if any(phases.get(name) is None for name in ("connect", "pool", "write", "read")):
        response: aiohttp.ClientResponse = await sending
        return response
    bound = phases["connect"] + phases["pool"] + phases["write"] + phases["read"]
    try:
        async with asyncio.timeout(bound) as scope:
            response = await sending
            return response
    except TimeoutError:
        if scope.expired():
            raise httpx.WriteTimeout(f"no answer within {bound:g}s of sending", request=request) from None
        raise


class _ResponseBody(httpx.AsyncByteStream):
    """An aiohttp response body read by httpx; closing it returns the connection to the pool
    (or closes it, when the body was not read to its end)."""

    __slots__ = ("_request", "_response")

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        while True:
            try:
                chunk = await content.readany()
            except Exception as exc:
                error = mapped_error(exc, self._request)
                if error is exc:
                    raise
                raise error from exc
            if not chunk:
                return
            yield chunk

    async def aclose(self) -> None:
        self._response.release()


# aiohttp error -> the httpx error for the same event, most specific first: the one table.
# Connecting (or waiting for the pool) failed: never sent. After that: maybe sent.
ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # pool wait or connect, incl. TLS
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),  # no byte within the read timeout
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS, proxy unreachable
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),  # the proxy refused the tunnel
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),  # hung up before answering
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # body cut short or malformed
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # a malformed answer
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.ClientConnectionError, httpx.ReadError),  # reset while sending or reading
    (aiohttp.ClientError, httpx.ReadError),
    (TimeoutError, httpx.ReadTimeout),  # one of aiohttp's timers, outside its own classes
    (OSError, httpx.ReadError),
)


def mapped_error(error: Exception, request: httpx.Request) -> Exception:
    """The httpx error for an aiohttp (or socket) error; httpx's own errors, and anything
    else (a bug, not a transport event), pass unchanged."""
    if isinstance(error, httpx.HTTPError):
        return error
    for source, target in ERRORS:
        if isinstance(error, source):
            return target(_described(error, request.url), request=request)
    return error


def _described(error: Exception, url: httpx.URL) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    # Some aiohttp messages quote the URL: never its query (a gateway key) or password.
    for secret in (url.query.decode("ascii", "replace"), url.password):
        if secret:
            text = text.replace(secret, "<redacted>")
    return text
