"""Where OAuth2 flows keep their access tokens: the ``TokenCache`` protocol and its
in-process default. ``spotnana_events.fleet.RedisTokenCache`` shares one across processes.

Keys are opaque strings the flow derives from a hash of the token's identity (token URL,
API base, client id, grant, subject); a cache never sees the client secret.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    import asyncio

__all__ = ["InProcessTokenCache", "TokenCache"]


@runtime_checkable
class TokenCache(Protocol):
    """Storage and single flight for access tokens.

    ``get`` returns a token that is not yet due for refresh. ``fetching`` admits one fetcher
    per key at a time; it yields the token another fetcher stored meanwhile, or None when
    the holder must fetch one and ``put`` it before leaving. ``invalidate`` forgets a token
    only if it is still the one given (compare-and-delete), so callers that all saw the
    same token fail cause one refresh.
    """

    async def get(self, key: str) -> str | None:
        """The token stored under ``key`` if it is not yet due for refresh."""
        ...

    def fetching(self, key: str) -> AbstractAsyncContextManager[str | None]:
        """Admit one fetcher per key; yields a token stored meanwhile, or None (then fetch and ``put``)."""
        ...

    async def put(self, key: str, token: str, ttl: float) -> None:
        """Keep ``token`` for ``ttl`` seconds (until it is due for refresh)."""
        ...

    async def invalidate(self, key: str, token: str) -> None:
        """Forget the token under ``key`` if it is still ``token``."""
        ...


class InProcessTokenCache:
    """The default: a dict and one lock per key and event loop.

    Locks are per loop because an ``asyncio.Lock`` binds to the loop that first waits on
    it: one client used from successive ``asyncio.run()`` calls must not inherit a lock
    of a closed loop.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tokens: dict[str, tuple[str, float]] = {}
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"InProcessTokenCache(tokens={len(self._tokens)})"

    def peek(self, key: str) -> str | None:
        """The token if still fresh (synchronous: the Redis cache's fallback uses it)."""
        entry = self._tokens.get(key)
        return entry[0] if entry is not None and self._clock() < entry[1] else None

    async def get(self, key: str) -> str | None:
        """The token if still fresh."""
        return self.peek(key)

    def lock(self, key: str) -> asyncio.Lock:
        """This loop's lock for ``key``."""
        import asyncio

        locks = self._locks.setdefault(asyncio.get_running_loop(), {})
        if key not in locks:
            locks[key] = asyncio.Lock()
        return locks[key]

    @asynccontextmanager
    async def _fetching(self, key: str) -> AsyncIterator[str | None]:
        async with self.lock(key):
            yield self.peek(key)

    def fetching(self, key: str) -> AbstractAsyncContextManager[str | None]:
        """Hold this loop's lock for ``key``; yields the token if another caller stored one."""
        return self._fetching(key)

    def store(self, key: str, token: str, ttl: float) -> None:
        """Keep ``token`` for ``ttl`` seconds (synchronous)."""
        self._tokens[key] = (token, self._clock() + ttl)

    async def put(self, key: str, token: str, ttl: float) -> None:
        """Keep ``token`` for ``ttl`` seconds."""
        self.store(key, token, ttl)

    def discard(self, key: str, token: str) -> None:
        """Forget the token under ``key`` if it is still ``token`` (synchronous)."""
        entry = self._tokens.get(key)
        if entry is not None and entry[0] == token:
            del self._tokens[key]

    async def invalidate(self, key: str, token: str) -> None:
        """Forget the token under ``key`` if it is still ``token``."""
        self.discard(key, token)
