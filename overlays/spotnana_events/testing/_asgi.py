"""The fake as an ASGI application (for uvicorn and schemathesis): each HTTP request is
turned into an ``httpx.Request`` for the in-process handler, and a dropped connection
into a broken-off answer."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._server import error

Receive = Callable[[], Awaitable[dict[str, Any]]]
Handle = Callable[[httpx.Request], Awaitable[httpx.Response]]


class Drop(Exception):
    """Hang up instead of answering."""


async def serve(handle: Handle, scope: dict[str, Any], receive: Receive, send: Any) -> None:
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    host = dict(scope.get("headers") or []).get(b"host", b"fake").decode("latin-1")
    raw_path = scope.get("raw_path") or urllib.parse.quote(scope["path"]).encode()
    query = scope.get("query_string", b"")
    target = raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
    try:
        url = httpx.URL(f"{scope.get('scheme', 'http')}://{host}{target}")
    except httpx.InvalidURL:
        await _send_json(send, 400, error(400, "malformed URL", "INVALID_REQUEST"))
        return
    request = httpx.Request(scope["method"], url, headers=scope.get("headers"), content=body)
    try:
        response = await handle(request)
    except httpx.RemoteProtocolError:
        # Start an answer and break off: the client sees the connection drop.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
        raise Drop() from None
    except httpx.ConnectError:
        raise Drop() from None
    await send(
        {
            "type": "http.response.start",
            "status": response.status_code,
            "headers": [(k.encode(), v.encode()) for k, v in response.headers.items()],
        }
    )
    await send({"type": "http.response.body", "body": response.content})


async def _send_json(send: Any, status: int, document: dict[str, Any]) -> None:
    body = json.dumps(document).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
