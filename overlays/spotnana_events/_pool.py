"""Reclaims pool slots that httpcore leaks when a request is cancelled (encode/httpcore#1093).

A request cancelled after the pool assigned it a new connection but before that
connection was used leaves the connection in the pool owned by no request, either still
unconnected or connected but never marked active: it is neither available, idle, closed
nor expired, so httpcore never frees its slot. Enough of them and every later call ends
in ``PoolTimeout``. After a cancelled send, ``reclaim`` removes such orphans, closes their
sockets, and lets the pool hand the slots to queued requests.

httpcore 1.0.x internals are read defensively: when they are not what this expects
(a fixed httpcore, another transport), ``reclaim`` does nothing.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["reclaim"]


async def reclaim(client: httpx.AsyncClient) -> int:
    """Free the slots of orphaned, never-connected connections in ``client``'s pools; how many."""
    transports: list[Any] = [getattr(client, "_transport", None)]
    transports.extend(getattr(client, "_mounts", {}).values())
    freed = 0
    for transport in transports:
        freed += await _reclaim_pool(getattr(transport, "_pool", None))
    return freed


async def _reclaim_pool(pool: Any) -> int:
    connections = getattr(pool, "_connections", None)
    requests = getattr(pool, "_requests", None)
    if not isinstance(connections, list) or not isinstance(requests, list):
        return 0
    owned = {id(getattr(request, "connection", None)) for request in requests}
    orphans = [connection for connection in connections if id(connection) not in owned and _stuck(connection)]
    for connection in orphans:
        connections.remove(connection)
    for connection in orphans:
        # Never connected: a no-op; connected but never used (HTTP/1.1 NEW): closes its socket.
        await connection.aclose()
    assign = getattr(pool, "_assign_requests_to_connections", None)
    close = getattr(pool, "_close_connections", None)
    if orphans and callable(assign) and callable(close):
        # Queued requests wait for this to hand them a connection; what it returns are
        # connections to close (expired or surplus idle ones).
        await close(assign())
    return len(orphans)


def _stuck(connection: Any) -> bool:
    """Neither usable, idle, closed nor expired: with no request owning it, nothing will ever free it."""
    try:
        return not (
            connection.is_available() or connection.is_idle() or connection.is_closed() or connection.has_expired()
        )
    except Exception:  # an interface this module does not know: leave it alone
        return False
