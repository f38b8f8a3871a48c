"""The fake served over loopback HTTP as ``python -m spotnana_events.testing`` serves it (our
uvicorn protocol, Host policy), from a thread of the test's process: its state and faults stay
reachable in-process."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from spotnana_events.testing import FakeEventAPI
from spotnana_events.testing._http import uvicorn_config


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def served(fake: FakeEventAPI, allow_hosts: tuple[str, ...] = ()) -> Iterator[str]:
    """Serve ``fake`` until the block ends; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn_config(fake, host="127.0.0.1", port=port, allow_hosts=allow_hosts))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the fake did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
