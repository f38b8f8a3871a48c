"""A canned Event API on loopback HTTP/1.1, in a process of its own, for the transport rows.

    python -m benchmarks._loopback [--latency SECONDS] [--events N]

prints its port on the first line of stdout and serves until stdin closes. Written on
``asyncio.Protocol`` with prepared answers, so the server's own CPU time per request is
small (it shares the machine's cores with the client being measured):

- ``GET /v2/events/{id}``: a ~250-byte event, answered at once;
- ``POST /v2/events/list``: the page of ``offset``/``limit`` out of ``--events`` events;
- ``POST /v2/events/bulk-cancel``: every item a success;

the last two after ``--latency`` seconds (a timer, not CPU), as a real server's round trip.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

SMALL_EVENT = {
    "event": {
        "id": "0b8a1f52-5c6e-4a3e-9f1d-2c7b9e4d6a10",
        "name": "Sales kickoff 2027",
        "status": "PUBLISH",
        "type": "GENERIC",
        "externalId": "sko-2027",
        "description": "Two days of planning, one of travel.",
        "location": {},
        "travelers": [],
    }
}


def _answer(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


class _Pages:
    def __init__(self, events: int) -> None:
        self.total = events
        self.ids = [str(6926658168 + n) for n in range(events)]
        self.cache: dict[tuple[int, int], bytes] = {}

    def page(self, offset: int, limit: int) -> bytes:
        answer = self.cache.get((offset, limit))
        if answer is None:
            events = [
                {"id": event_id, "name": f"Event {event_id}", "status": "PUBLISH", "type": "GENERIC"}
                for event_id in self.ids[offset : offset + limit]
            ]
            document = {"events": events, "paginationParams": {"totalNumResults": self.total}}
            answer = self.cache[offset, limit] = _answer(json.dumps(document).encode())
        return answer


class _Connection(asyncio.Protocol):
    def __init__(self, pages: _Pages, latency: float, get_answer: bytes) -> None:
        self.pages, self.latency, self.get_answer = pages, latency, get_answer
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            self._respond(head.split(" ", 2), body)

    def _respond(self, line: list[str], body: bytes) -> None:
        method, target = line[0], line[1]
        if method == "GET":
            self._write(self.get_answer)
            return
        document = json.loads(body)
        if target.endswith("/list"):
            answer = self.pages.page(document.get("offset", 0), document.get("limit", 100))
        else:
            answers = [{"eventId": i["eventId"], "status": "SUCCESS"} for i in document["cancelEventRequests"]]
            answer = _answer(json.dumps({"cancelEventResponses": answers}).encode())
        # Answers go out in order on a keep-alive connection: each waits the same latency.
        asyncio.get_running_loop().call_later(self.latency, self._write, answer)

    def _write(self, answer: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(answer)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def _serve(latency: float, events: int) -> None:
    loop = asyncio.get_running_loop()
    pages = _Pages(events)
    for offset in range(0, events, 100):
        pages.page(offset, 100)
    get_answer = _answer(json.dumps(SMALL_EVENT).encode())
    server = await loop.create_server(lambda: _Connection(pages, latency, get_answer), "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


@contextlib.contextmanager
def serving(*, latency: float = 0.0, events: int = 100) -> Iterator[str]:
    """Start the server in a child process; yield its base URL; stop it on exit."""
    command = [sys.executable, "-m", "benchmarks._loopback", "--latency", str(latency), "--events", str(events)]
    root = Path(__file__).resolve().parent.parent
    with subprocess.Popen(command, cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        assert child.stdin is not None
        try:
            port = int(child.stdout.readline())
            yield f"http://127.0.0.1:{port}"
        finally:
            child.stdin.close()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--events", type=int, default=100)
    options = parser.parse_args()
    asyncio.run(_serve(options.latency, options.events))


if __name__ == "__main__":
    main()
