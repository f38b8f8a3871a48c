"""The fake over HTTP with uvicorn (``python -m spotnana_events.testing``), on connections the
fake can break as a network does: uvicorn's h11 protocol, handing each request's connection
to the application under ``scope["extensions"]`` (``_asgi.CONNECTION``).

Imported only to serve: it needs uvicorn (the ``testing`` extra).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from typing import TYPE_CHECKING, Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from . import _asgi

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._api import FakeEventAPI

__all__ = ["run", "uvicorn_config"]


class _Connection:
    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport

    def reset(self) -> None:
        sock = self._transport.get_extra_info("socket")
        # Linger on, timeout 0: closing sends a reset instead of an orderly end. (Where the
        # platform wants another layout of the option, the abort below still breaks it off.)
        with contextlib.suppress(OSError, AttributeError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._transport.abort()

    def hang_up(self) -> None:
        self._transport.close()


class _BreakableH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, its application given the connection of each request."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        app, connection = self.app, _Connection(transport)

        async def with_connection(scope: Any, receive: Any, send: Any) -> None:
            scope.setdefault("extensions", {})[_asgi.CONNECTION] = connection
            await app(scope, receive, send)

        self.app = with_connection


# uvicorn's settings for the fake: our protocol, no lifespan, quiet but for errors.
_SETTINGS: dict[str, Any] = {
    "http": _BreakableH11Protocol,
    "log_level": "warning",
    "lifespan": "off",
    "interface": "asgi3",
}


def run(fake: FakeEventAPI, *, host: str, port: int, allow_hosts: Iterable[str] = ()) -> None:
    """Serve ``fake`` on ``host:port`` until interrupted (``FakeEventAPI.asgi`` for ``allow_hosts``)."""
    uvicorn.run(fake.asgi(allow_hosts=allow_hosts), host=host, port=port, **_SETTINGS)


def uvicorn_config(fake: FakeEventAPI, *, host: str, port: int, allow_hosts: Iterable[str] = ()) -> uvicorn.Config:
    """The same as a uvicorn ``Config``, for a ``uvicorn.Server`` run by the caller (in a thread, say)."""
    return uvicorn.Config(fake.asgi(allow_hosts=allow_hosts), host=host, port=port, **_SETTINGS)
