"""Reclaims pool slots that httpcore leaks when a request is cancelled (encode/httpcore#1093).

A request cancelled after the pool assigned it a new connection but before that
connection started connecting leaves the connection in the pool, unconnected and owned
by no request: it is neither idle, closed nor expired, so httpcore never frees its slot.
Enough of them and every later call ends in ``PoolTimeout``. After a cancelled or failed
send, ``reclaim`` marks such orphans as failed (no socket was opened, so nothing needs
closing) and lets the pool hand their slots to queued requests.

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
    orphans = [
        connection
        for connection in connections
        if id(connection) not in owned
        and getattr(connection, "_connection", True) is None
        and getattr(connection, "_connect_failed", True) is False
    ]
    if not orphans:
        return 0
    for connection in orphans:
        # A failed connect reads as closed: the pool's own clean-up removes it.
        connection._connect_failed = True
    assign = getattr(pool, "_assign_requests_to_connections", None)
    close = getattr(pool, "_close_connections", None)
    if callable(assign) and callable(close):
        # Queued requests wait for this to hand them a connection; what it returns are
        # connections to close (expired or surplus idle ones).
        await close(assign())
    return len(orphans)
