"""Misbehaving HTTP/1.1 servers on loopback, written on raw ``asyncio.start_server``.

A test gives a handler ``async (Request) -> Reply``; the server speaks just enough
HTTP/1.1 (keep-alive, Content-Length bodies) for httpx, and lets the handler send
anything on the wire: odd header values, malformed bodies, a hang-up instead of an
answer. It counts requests in flight: a request stops being in flight when its answer
is written or when the client hangs up on it (the handler is then cancelled, so work
it had not finished is never "applied").
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["HANG_UP", "LoopbackServer", "Reply", "Request"]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    json: Any = None
    body: bytes | None = None  # sent as is when given (overrides json)
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        body = self.body if self.body is not None else json.dumps(self.json).encode()
        head = [f"HTTP/1.1 {self.status} X", f"Content-Length: {len(body)}", "Content-Type: application/json"]
        head += [f"{name}: {value}" for name, value in self.headers.items()]
        return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


HANG_UP = Reply(status=0)
"""Returned by a handler: close the connection without answering (a reset mid-request)."""

Handler = Callable[[Request], Awaitable[Reply]]


class LoopbackServer:
    """``async with LoopbackServer(handler) as server:`` -> ``server.url`` on 127.0.0.1."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._helpers: set[asyncio.Future[Any]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.requests: list[Request] = []
        self.in_flight = 0
        self.peak_in_flight = 0
        self.abandoned = 0  # requests whose client hung up before the answer
        self.url = ""

    async def __aenter__(self) -> LoopbackServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._server is not None
        self._server.close()
        # Closing the sockets ends each connection's loop (its reads see end of file);
        # cancelling the tasks instead would make asyncio log them as errors.
        for writer in list(self._writers):
            writer.close()
        if self._connections:
            await asyncio.wait(self._connections, timeout=2)
        await self._server.wait_closed()

    def connection_tasks(self) -> set[asyncio.Future[Any]]:
        """The server's own tasks (to tell them apart from the client's in ``asyncio.all_tasks()``)."""
        return {*self._connections, *self._helpers}

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        self._writers.add(writer)
        try:
            while await self._one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            # Only now: a client that closes without waiting (aiohttp) must not leave this
            # task running past the server's exit, which waits for these.
            self._connections.discard(task)

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False
        line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = line.split(" ", 2)
        headers = {}
        for header in header_lines:
            if header:
                name, _, value = header.partition(":")
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        url = urlsplit(target)
        request = Request(method, url.path, dict(parse_qsl(url.query)), headers, body)
        self.requests.append(request)
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            reply = await self._answer_unless_hung_up(request, reader)
        finally:
            self.in_flight -= 1
        if reply is None or reply is HANG_UP:
            return False
        writer.write(reply.encode())
        await writer.drain()
        return True

    async def _answer_unless_hung_up(self, request: Request, reader: asyncio.StreamReader) -> Reply | None:
        """The handler's reply, or None when the client closed the connection first."""
        answer = asyncio.ensure_future(self._handler(request))
        # httpx sends nothing more on this connection before reading the answer, so any
        # read completing here is the client going away.
        hang_up = asyncio.ensure_future(reader.read(1))
        self._helpers |= {answer, hang_up}
        try:
            await asyncio.wait({answer, hang_up}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (answer, hang_up):
                if not task.done():
                    task.cancel()
            await asyncio.gather(answer, hang_up, return_exceptions=True)
            self._helpers -= {answer, hang_up}
        if answer.cancelled() or answer.exception() is not None:
            if not answer.cancelled():
                raise answer.exception()  # type: ignore[misc]
            self.abandoned += 1
            return None
        return answer.result()
