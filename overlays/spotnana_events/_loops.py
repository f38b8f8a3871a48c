"""One client across event loops: the connection pool follows the loop that uses it.

An httpx pool belongs to the event loop that opened its connections. Used from the next
``asyncio.run()``, a pooled connection writes the request and then fails with ``RuntimeError:
Event loop is closed``: a create the server received, reported as a bare error. So every call
starts here, before anything is sent:

- a pool the client built is rebuilt for the running loop when the loop changes (the old
  one's connections are closed on their loop if it still runs, else left to the collector);
- a pool the caller passed (``http_client=``, or a network ``transport=``) cannot be rebuilt:
  another loop is refused with a ``ConfigurationError``; an in-process transport (the fake's,
  an ``httpx.MockTransport``) holds no connections and serves every loop;
- one loop at a time: a call from a second loop while calls of the first are running (two
  threads sharing a client) is refused with a ``ConfigurationError``; so is a closed client.
"""

from __future__ import annotations

import sys
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx

from ._errors import ConfigurationError
from ._logs import logger

if TYPE_CHECKING:
    import asyncio

__all__ = ["LoopBoundPool", "holds_connections"]


def holds_connections(transport: object) -> bool:
    """Whether ``transport`` keeps network connections: the client's own pool (None, or a
    transport's name) and httpx's or aiohttp's transport do; an in-process one (the fake's, a
    ``MockTransport``) puts nothing on the wire."""
    if not isinstance(transport, httpx.AsyncBaseTransport):
        return True
    aiohttp_module = sys.modules.get(f"{__package__}._aiohttp")  # loaded with the first aiohttp pool
    aiohttp_transport = getattr(aiohttp_module, "AiohttpTransport", None)
    return isinstance(transport, httpx.AsyncHTTPTransport) or (
        aiohttp_transport is not None and isinstance(transport, aiohttp_transport)
    )


class LoopBoundPool:
    """The client's ``httpx.AsyncClient``, bound to one event loop at a time (shared by ``with_options`` clones)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        rebuild: Callable[[], httpx.AsyncClient] | None = None,
        outdated: Callable[[httpx.AsyncClient], bool] | None = None,
        foreign: str | None = None,
    ) -> None:
        """``rebuild`` makes the pool again for another loop (the client built it), or at the first
        call when ``outdated(http)`` says the pool made with the client is no longer the one to use;
        ``foreign`` names what the caller passed that stays bound to its first loop; neither:
        nothing is bound to a loop."""
        self.http = http
        self._rebuild = rebuild
        self._outdated = outdated
        self._foreign = foreign
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._calls = 0  # calls running on the bound loop
        self._binding = 0  # which binding those calls belong to (a call of an earlier loop leaves no trace)
        self._closed = False
        self._lock = threading.Lock()  # enter/exit may race from two threads: the case to refuse

    def enter(self) -> int:
        """A call starts on the running loop: bind, rebind or refuse (before anything is sent).
        Returns what the call hands to ``exit`` when it is over."""
        import asyncio  # deferred: keeps `import spotnana_events` cheap

        loop = asyncio.get_running_loop()
        retired: tuple[httpx.AsyncClient, asyncio.AbstractEventLoop | None] | None = None
        with self._lock:
            if self._closed or self.http.is_closed:
                raise ConfigurationError(
                    "this AsyncSpotnana's connection pool is closed (its aclose(), the end of `async with`, or the "
                    "http_client you passed was closed): make a new client, or keep one open across "
                    "asyncio.run() calls (it follows the running loop)"
                )
            bound = self._loop() if self._loop is not None else None
            if bound is not loop:
                if self._loop is not None:
                    retired = self._change_loop(bound)
                elif self._rebuild is not None and self._outdated is not None and self._outdated(self.http):
                    # Never used yet, so nothing to close: a client made before httpx was mocked.
                    self.http = self._rebuild()
                self._loop = weakref.ref(loop)
                self._binding += 1
                self._calls = 0  # a closed loop's calls may never say they are over
            self._calls += 1
            binding = self._binding
        if retired is not None:
            _retire(*retired)
        return binding

    def exit(self, binding: int) -> None:
        """The call that ``enter`` admitted is over."""
        with self._lock:
            if binding == self._binding:
                self._calls -= 1

    def _change_loop(
        self, bound: asyncio.AbstractEventLoop | None
    ) -> tuple[httpx.AsyncClient, asyncio.AbstractEventLoop | None] | None:
        """Under the lock: the pool for the running loop, and the old one to retire (if any)."""
        if self._calls and bound is not None and not bound.is_closed():
            raise ConfigurationError(
                "this AsyncSpotnana is running calls on another event loop (another thread?): a client "
                "serves one event loop at a time; make one client per thread or per event loop"
            )
        if self._foreign is not None:
            raise ConfigurationError(
                f"the {self._foreign} this AsyncSpotnana was given holds connections of the event loop it first "
                f"ran on: pass a new {self._foreign} for each event loop, or let AsyncSpotnana build its own pool "
                "(it follows the running loop)"
            )
        if self._rebuild is None:
            return None  # in-process: nothing bound to a loop
        old, self.http = self.http, self._rebuild()
        logger.debug("the event loop changed: a new connection pool for the running loop")
        return old, bound

    async def aclose(self) -> None:
        """Close the pool: here when it belongs to the running loop (or none), else on its own loop."""
        import asyncio

        self._closed = True
        bound = self._loop() if self._loop is not None else None
        if self._loop is None or bound is asyncio.get_running_loop():
            await self.http.aclose()
        else:  # another thread's loop closes it; a loop that is gone took its connections' use with it
            _retire(self.http, bound)


def _retire(http: httpx.AsyncClient, loop: asyncio.AbstractEventLoop | None) -> None:
    """Close ``http`` on ``loop`` if that loop still runs (another thread's); a closed loop's
    sockets cannot be closed from here, and are left to the garbage collector."""
    import asyncio

    if loop is not None and loop.is_running() and not loop.is_closed():
        closing = http.aclose()
        try:
            asyncio.run_coroutine_threadsafe(closing, loop)
        except RuntimeError:  # closed meanwhile
            closing.close()
