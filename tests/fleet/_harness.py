"""Real parts for the fleet tests: a ``redis-server`` on a free loopback port (no persistence)
and the fake Event API over loopback HTTP in a background thread."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from spotnana_events.testing import FakeEventAPI
from spotnana_events.testing._warm import load_models

INSTALL_HINT = (
    "the fleet tests need a real Redis: install Debian's redis-server package "
    "(apt-get install -y redis-server; `make setup` does it where it can)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    """``redis-server`` on 127.0.0.1:port; ``kill()`` and ``start()`` simulate an outage."""

    def __init__(self) -> None:
        executable = shutil.which("redis-server")
        if executable is None:
            pytest.fail(INSTALL_HINT, pytrace=False)
        self.executable = executable
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.executable, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        give_up = time.monotonic() + 10
        while time.monotonic() < give_up:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.02)
        self.kill()
        pytest.fail(f"redis-server did not answer on port {self.port}", pytrace=False)

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def flush(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
            sock.sendall(b"FLUSHALL\r\n")
            sock.recv(16)


class FakeServer:
    """``FakeEventAPI`` served by uvicorn on a loopback port from a background thread.

    ``request_times`` holds the monotonic time of every API request (not token requests).
    """

    def __init__(self, fake: FakeEventAPI) -> None:
        import uvicorn

        self.fake = fake
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.request_times: list[float] = []
        config = uvicorn.Config(
            self._app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off", interface="asgi3"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    async def _app(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]], send: Any) -> None:
        if scope["type"] == "http" and not scope["path"].endswith("/oauth2-token"):
            self.request_times.append(time.monotonic())
        await self.fake.asgi_app(scope, receive, send)

    def __enter__(self) -> FakeServer:
        load_models()  # not on the first requests, with the server's event loop blocked
        self._thread.start()
        give_up = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > give_up:
                raise RuntimeError("the fake did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.should_exit = True
        self._thread.join(10)

    def token_requests(self) -> int:
        return self.fake.operation_count("fetchOauth2Token")
