"""The ``RateLimiter`` protocol ``AsyncSpotnana(rate_limiter=...)`` takes, and the fleet
settings read from the environment (``SPOTNANA_REDIS_URL``, ``SPOTNANA_RATE_LIMIT``).

No limiter by default. The client awaits ``acquire()`` before each attempt (inside the
call, so the wait counts against the call's deadline) and hands every response to
``report()`` (a 429 with ``Retry-After`` pauses whoever shares the limiter).

A limiter may also offer ``for_identity(identity) -> RateLimiter``: the client calls it once
with a string naming who it calls as and where (its API base and client id, as token cache
keys are scoped), and uses the limiter returned. ``RedisRateLimiter`` keeps one budget per
identity that way, unless it was given a ``scope`` to share.
"""

from __future__ import annotations

import importlib
import math
import os
from types import ModuleType
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ._errors import ConfigurationError

if TYPE_CHECKING:
    import httpx

    from ._token_cache import TokenCache

__all__ = [
    "ENV_RATE_LIMIT",
    "ENV_REDIS_URL",
    "RateLimiter",
    "for_identity",
    "rate_limiter_from_env",
    "token_cache_from_env",
]

ENV_REDIS_URL = "SPOTNANA_REDIS_URL"
ENV_RATE_LIMIT = "SPOTNANA_RATE_LIMIT"


@runtime_checkable
class RateLimiter(Protocol):
    """A request budget shared by whoever holds the same limiter (or the same Redis)."""

    async def acquire(self) -> None:
        """Wait for the next request's slot (cancellable: the call's deadline bounds it)."""
        ...

    async def report(self, response: httpx.Response) -> None:
        """See an answer; a 429 with ``Retry-After`` pauses the budget for that long."""
        ...


def for_identity(limiter: RateLimiter | None, identity: str) -> RateLimiter | None:
    """``limiter`` scoped to ``identity`` when it scopes budgets (has ``for_identity``), else itself."""
    scope = getattr(limiter, "for_identity", None)
    if not callable(scope):
        return limiter
    scoped = scope(identity)
    if not isinstance(scoped, RateLimiter):
        raise ConfigurationError(f"rate_limiter.for_identity() must return a RateLimiter, got {type(scoped).__name__}")
    return scoped


def rate_limit_from_env() -> float | None:
    """``SPOTNANA_RATE_LIMIT`` as requests per second, or None when unset."""
    value = os.environ.get(ENV_RATE_LIMIT, "").strip()
    if not value:
        return None
    try:
        rate = float(value)
    except ValueError:
        raise ConfigurationError(f"{ENV_RATE_LIMIT} must be requests per second, got {value!r}") from None
    if not (rate > 0 and math.isfinite(rate)):
        raise ConfigurationError(f"{ENV_RATE_LIMIT} must be a positive number, got {value!r}")
    return rate


def token_cache_from_env() -> TokenCache | None:
    """A ``RedisTokenCache`` when ``SPOTNANA_REDIS_URL`` is set (needs the ``redis`` extra)."""
    url = os.environ.get(ENV_REDIS_URL, "").strip()
    if not url:
        return None
    fleet = _fleet()
    cache: TokenCache = fleet.RedisTokenCache(fleet.redis_from_url(url))
    return cache


def rate_limiter_from_env() -> RateLimiter | None:
    """A ``RedisRateLimiter`` when ``SPOTNANA_REDIS_URL`` and ``SPOTNANA_RATE_LIMIT`` are set."""
    rate = rate_limit_from_env()
    if rate is None:
        return None
    url = os.environ.get(ENV_REDIS_URL, "").strip()
    if not url:
        raise ConfigurationError(f"{ENV_RATE_LIMIT} is a fleet budget: it needs {ENV_REDIS_URL} as well")
    fleet = _fleet()
    limiter: RateLimiter = fleet.RedisRateLimiter(fleet.redis_from_url(url), requests_per_second=rate)
    return limiter


def _fleet() -> ModuleType:
    """``spotnana_events.fleet``, or a ``ConfigurationError`` saying what to install. By name, not
    `from . import fleet`: a vendored copy may leave it out and must still pass mypy --strict."""
    try:
        return importlib.import_module(".fleet", __package__)
    except ImportError as exc:
        raise ConfigurationError(
            f"{ENV_REDIS_URL} needs the redis extra: pip install 'spotnana-events[redis]' ({exc.name} is missing)"
        ) from None
