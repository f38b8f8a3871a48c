"""Loopback servers and recording transports for the client's hostile tests."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx

EVENT_ID = "0b8a1f52-5c6e-4a3e-9f1d-2c7b9e4d6a10"


def recording_transport(
    handler: Callable[[httpx.Request], httpx.Response] | None = None,
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A MockTransport that records every request it is given (answers 200 ``{}`` by default)."""
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handler(request) if handler is not None else httpx.Response(200, json={})

    return httpx.MockTransport(handle), sent


def http_response(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


async def read_request(reader: asyncio.StreamReader) -> bytes | None:
    """One HTTP/1.1 request (head and Content-Length body), or None when the peer closed."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return head + body


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def _serving(handle: Handler, *, tls: ssl.SSLContext | None = None) -> AsyncIterator[str]:
    """Serve ``handle`` per connection on 127.0.0.1 (over TLS with ``tls``); yield the base URL.
    On exit every connection still open is cancelled and awaited, so nothing outlives the test."""
    tasks: set[asyncio.Task[None]] = set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            await handle(reader, writer)
        except (ConnectionError, asyncio.CancelledError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()
            tasks.discard(task)

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()


@contextlib.asynccontextmanager
async def slow_server(*, max_delay: float = 0.004, body: Any = None, seed: int = 7) -> AsyncIterator[str]:
    """Keep-alive HTTP/1.1 server on 127.0.0.1 that waits up to ``max_delay`` before reading
    a new connection's first request and before each answer: cancellations land while
    connecting, while the request is written and while the answer is awaited."""
    rng = random.Random(seed)
    payload = json.dumps(body if body is not None else {"event": {"id": EVENT_ID}}).encode()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(rng.random() * max_delay)
        while await read_request(reader) is not None:
            await asyncio.sleep(rng.random() * max_delay)
            writer.write(http_response(200, payload))
            await writer.drain()

    async with _serving(handle) as url:
        yield url


@contextlib.asynccontextmanager
async def raw_server(
    answer: Callable[[bytes], bytes | None], *, hang_up_after_reply: bool = False
) -> AsyncIterator[tuple[str, list[bytes]]]:
    """A server that records each raw request and writes ``answer(request)`` (None: hang up
    without answering); with ``hang_up_after_reply`` it closes after writing each answer."""
    seen: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while (request := await read_request(reader)) is not None:
            seen.append(request)
            reply = answer(request)
            if reply is None:
                break
            writer.write(reply)
            await writer.drain()
            if hang_up_after_reply:
                break

    async with _serving(handle) as url:
        yield url, seen


@contextlib.asynccontextmanager
async def trickling_server(*, interval: float = 0.05, length: int = 10_000) -> AsyncIterator[str]:
    """Answers 200 with a ``length``-byte body sent one byte every ``interval`` seconds:
    no single read ever waits long, so per-operation timeouts never fire."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if await read_request(reader) is None:
            return
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {length}\r\n\r\n".encode())
        for _ in range(length):
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(interval)

    async with _serving(handle) as url:
        yield url
