"""The fake as an ASGI application (for uvicorn and schemathesis): each HTTP request is
turned into an ``httpx.Request`` for the in-process handler, and a dropped connection into
a broken connection.

What only the wire has is decided here: which ``Host`` is served (``_hosts``), and how much
of a body is kept (no more than the limit: the answer to a larger one needs none of it).
A server that offers the ``CONNECTION`` extension (``_http``, used by
``python -m spotnana_events.testing``) lets a dropped connection be one: a TCP reset before
any byte of an answer for ``drop="connect"``, a close for ``"before"`` and ``"after"``.
Elsewhere an answer is started and broken off, which a client also sees as a failed
connection, never as an answer.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import httpx

from ._hosts import HostPolicy
from ._server import error
from ._validation import MAX_BODY, declared_too_large

Receive = Callable[[], Awaitable[dict[str, Any]]]
Handle = Callable[[httpx.Request], Awaitable[httpx.Response]]
App = Callable[[dict[str, Any], Receive, Any], Awaitable[None]]

# scope["extensions"] key under which a server hands over the request's connection.
CONNECTION = "spotnana_fake.connection"
LOOPBACK_ONLY = HostPolicy()


class Connection(Protocol):
    """What the fake may do to the connection a request came on."""

    def reset(self) -> None:
        """Break it with a TCP reset, no byte of an answer sent."""

    def hang_up(self) -> None:
        """Close it, no byte of an answer sent."""


class Drop(Exception):
    """Hang up instead of answering (where the server offers no ``CONNECTION``)."""


async def serve(
    handle: Handle, scope: dict[str, Any], receive: Receive, send: Any, *, hosts: HostPolicy = LOOPBACK_ONLY
) -> None:
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    headers: list[tuple[bytes, bytes]] = list(scope.get("headers") or [])
    host = _header(headers, b"host")
    if not hosts.admits(host):
        # Before reading the body: a page that rebound its own name to this address gets nothing.
        message = f"Host {(host or '')[:100]!r} is not served here (loopback names, and --allow-host NAME, are)"
        await _send_json(send, 403, error(403, message, "PERMISSION_DENIED"))
        return
    body = await _read_body(receive, _header(headers, b"content-length"))
    if body is None:
        return  # the client went away mid-request: nothing to perform, no one to answer
    raw_path = scope.get("raw_path") or urllib.parse.quote(scope["path"]).encode()
    query = scope.get("query_string", b"")
    target = raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
    try:
        url = httpx.URL(f"{scope.get('scheme', 'http')}://{host or 'fake'}{target}")
    except httpx.InvalidURL:
        await _send_json(send, 400, error(400, "malformed URL", "INVALID_REQUEST"))
        return
    request = httpx.Request(scope["method"], url, headers=headers, content=body)
    try:
        response = await handle(request)
    except httpx.ConnectError:
        await _drop(scope, receive, send, reset=True)
        return
    except httpx.RemoteProtocolError:
        await _drop(scope, receive, send, reset=False)
        return
    response_headers = [(k.encode(), v.encode()) for k, v in response.headers.items()]
    await send({"type": "http.response.start", "status": response.status_code, "headers": response_headers})
    await send({"type": "http.response.body", "body": response.content})


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


async def _read_body(receive: Receive, declared: str | None) -> bytes | None:
    """The body, kept no further than one byte past ``MAX_BODY``: the handler answers 400 beyond
    it (from that byte or the declared length) at once. What the client sends after that the
    server reads and drops (uvicorn does, once the answer is out), so the client, still
    sending, gets the answer rather than a reset connection. None if the client went away."""
    if declared_too_large(declared):
        return b""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)
        if size > MAX_BODY:
            return b"".join(chunks)[: MAX_BODY + 1]


async def _drop(scope: dict[str, Any], receive: Receive, send: Any, *, reset: bool) -> None:
    connection: Connection | None = (scope.get("extensions") or {}).get(CONNECTION)
    if connection is None:
        # Start an answer and break off: the client sees the connection drop.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
        raise Drop()
    if reset:
        connection.reset()
    else:
        connection.hang_up()
    # Return once the server has seen the connection go, so it does not answer for us.
    while (await receive())["type"] != "http.disconnect":
        pass


async def _send_json(send: Any, status: int, document: dict[str, Any]) -> None:
    body = json.dumps(document).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
