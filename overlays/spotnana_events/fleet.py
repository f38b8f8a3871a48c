"""Fleet scale on Redis: one OAuth2 token and one request budget for every process.

``pip install 'spotnana-events[redis]'`` (redis-py's asyncio client)::

    redis = redis_from_url("redis://cache:6379/0")
    auth = ClientCredentials(client_id, client_secret, cache=RedisTokenCache(redis))
    sp = AsyncSpotnana(auth=auth, rate_limiter=RedisRateLimiter(redis, requests_per_second=50))

Redis is a helper, never a point of failure: every command has a short timeout of its
own, and when Redis is down, slow or refusing, calls go on with the in-process behaviour
(this process's own token; its share of the budget): one warning per outage, a debug line
per fallback, and sharing resumes by itself once Redis answers again.

Nor is a value in Redis trusted: whoever can write to Redis can write anything. A token read
from it is checked as one from the token endpoint is (``_auth.token_problem``) and must carry
the expiry this module gives it; a pause is honoured at most as long as a server's
Retry-After would be; a budget value this module could not have written is repaired. Expiries
are read on Redis's clock (the entry's own TTL), so a process whose clock is off neither keeps
a token too long nor asks Redis on every call.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import math
import random
import secrets
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from typing import TYPE_CHECKING, Any, TypeVar

try:
    import redis.asyncio as aioredis
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import RedisError
except ImportError as _exc:  # pragma: no cover - depends on the installation
    raise ImportError("spotnana_events.fleet needs the redis extra: pip install 'spotnana-events[redis]'") from _exc

from . import _retry
from ._auth import MAX_TOKEN_LIFETIME, token_problem
from ._errors import ConfigurationError
from ._logs import logger
from ._token_cache import InProcessTokenCache

if TYPE_CHECKING:
    import httpx

__all__ = ["RedisRateLimiter", "RedisTokenCache", "redis_from_url"]

T = TypeVar("T")

# Redis runs next to the services and answers in milliseconds: a command (or a connect)
# slower than this is an outage, not a wait. Generous enough for a CPU-starved host.
COMMAND_TIMEOUT = 1.0
# After a failure, calls skip Redis for this long before trying it again.
RETRY_INTERVAL = 1.0
# How often a process waiting for another's token request looks for the new token.
TOKEN_POLL_INTERVAL = 0.05

# How late a process may still use a reserved slot (at least two intervals).
SLOT_TOLERANCE = 0.02
# A process counts as sharing a budget for this long after its last reservation; while Redis is
# away, each keeps to the budget divided by the processes it last saw (idle ones count: safe side).
MEMBER_WINDOW = 30.0

_FAILURES = (RedisError, OSError, TimeoutError)

# The token entry is a hash {token, expires_at}; delete it only while it still holds ARGV[1],
# or when it is no hash at all (not written by this cache: no command of ours could read it).
_COMPARE_AND_DELETE = """
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return redis.call('DEL', KEYS[1]) end
if redis.call('HGET', KEYS[1], 'token') == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
# Take the fetch lock for ARGV[1] (the owner) for ARGV[2] ms. A lock without a TTL was not set by
# this cache (it always sets one) and would block every fetch for ever: deleted. One longer than
# ARGV[2] is cut to it. Returns 1 when taken.
_LOCK = """
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -1 then
  redis.call('DEL', KEYS[1])
elseif ttl > tonumber(ARGV[2]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0
"""
_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
# Pause the fleet for ARGV[1] ms unless it is already paused for longer.
_PAUSE = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
  return 1
end
return 0
"""
# GCRA (the generic cell rate algorithm) by reservation, on Redis's clock (one clock for every
# machine), with a heartbeat. KEYS: theoretical arrival time, pause, members (a sorted set of the
# processes sharing the budget, by last reservation). ARGV: interval and burst in microseconds,
# the longest pause honoured (ms), this process's member id, the member window (ms).
# Returns {microseconds to wait: >= 0 for a slot reserved at now + wait, < 0 for a fleet pause
# (nothing reserved; wait -result and ask again); members seen in the window; 1 when a value
# this script could not have written was repaired, else 0}.
# A schedule this script writes is a number with a TTL that ends a second after it, so it is
# never further ahead of now than its TTL: anything else (not a number, no TTL, far ahead) is
# garbage and starts afresh. A pause longer than ARGV[3] is cut to it; one without a TTL is dropped;
# members scored ahead of now are dropped.
# A key of another type than this script writes (a hash for the schedule, say) is deleted first:
# each command on it would fail, and the fleet would take that for an outage, for ever.
_RESERVE = """
local repaired = 0
local function of_type(key, kind)
  local found = redis.call('TYPE', key).ok
  if found ~= 'none' and found ~= kind then
    redis.call('DEL', key)
    repaired = 1
  end
end
of_type(KEYS[1], 'string')
of_type(KEYS[3], 'zset')
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local window = tonumber(ARGV[5])
redis.call('ZADD', KEYS[3], now, ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window * 1000)
-- A member scored ahead of this clock was written by no process, and would never age out.
if redis.call('ZREMRANGEBYSCORE', KEYS[3], string.format('(%d', now), '+inf') > 0 then repaired = 1 end
redis.call('PEXPIRE', KEYS[3], window)
local members = redis.call('ZCARD', KEYS[3])
local pause = redis.call('PTTL', KEYS[2])
if pause == -1 then
  redis.call('DEL', KEYS[2])
  repaired = 1
elseif pause > tonumber(ARGV[3]) then
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
  pause = tonumber(ARGV[3])
  repaired = 1
end
if pause > 0 then return {-pause * 1000, members, repaired} end
local interval, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local stored = redis.call('GET', KEYS[1])
local tat = tonumber(stored or '0')
if stored then
  local ttl = redis.call('PTTL', KEYS[1])
  if tat == nil or tat ~= tat or ttl < 0 or tat > now + ttl * 1000 then
    tat = 0
    repaired = 1
  end
end
tat = math.max(tat, now) + interval
redis.call('SET', KEYS[1], string.format('%d', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
return {math.max(tat - burst - now, 0), members, repaired}
"""


def redis_from_url(url: str) -> aioredis.Redis:
    """A redis-py asyncio client with the short socket timeouts a helper should have."""
    client: aioredis.Redis = aioredis.Redis.from_url(
        url, socket_timeout=COMMAND_TIMEOUT, socket_connect_timeout=COMMAND_TIMEOUT
    )
    return client


class _Unavailable(Exception):
    """Redis failed this command; the caller uses its in-process fallback."""


class _Guard:
    """Runs Redis commands with a timeout and tracks outages (shared by everything on one client)."""

    def __init__(self, client: aioredis.Redis, timeout: float) -> None:
        self.timeout = timeout
        self.outages = 0
        self._down_until: float | None = None
        self._client = weakref.ref(client)  # weak: the guard is the value of a WeakKeyDictionary keyed by it
        self._loop: weakref.ref[asyncio.AbstractEventLoop] | None = None

    def _follow_loop(self) -> None:
        """On a new event loop (the next ``asyncio.run()``), drop the pool's connections first:
        they belong to the loop that opened them, and would fail with 'Event loop is closed'."""
        loop = asyncio.get_running_loop()
        bound = self._loop() if self._loop is not None else None
        if bound is loop:
            return
        client = self._client()
        if self._loop is not None and client is not None:
            _drop_connections(client)
        self._loop = weakref.ref(loop)

    async def call(self, what: str, command: Callable[[], Awaitable[T]]) -> T:
        self._follow_loop()
        now = time.monotonic()
        if self._down_until is not None and now < self._down_until:
            logger.debug("Redis %s skipped (Redis unavailable); in-process fallback", what)
            raise _Unavailable
        try:
            async with asyncio.timeout(self.timeout):
                result = await _once_more_on_a_dead_connection(command)
        except _FAILURES as exc:
            if self._down_until is None:
                self.outages += 1
                # The exception's text may carry the Redis URL (and its password): only its type.
                logger.warning(
                    "Redis unavailable (%s): using this process's own token and its share of the budget "
                    "until it is back",
                    type(exc).__name__,
                )
            self._down_until = time.monotonic() + RETRY_INTERVAL
            logger.debug("Redis %s failed (%s); in-process fallback", what, type(exc).__name__)
            raise _Unavailable from None
        if self._down_until is not None:
            self._down_until = None
            logger.warning("Redis is back: token and budget are shared again")
        return result


async def _once_more_on_a_dead_connection(command: Callable[[], Awaitable[T]]) -> T:
    """``command``, sent again once if its pooled connection turned out to be closed.

    After a Redis restart (or an idle timeout on the server) the pool still holds the old
    connections, and redis-py's check when lending one does not notice a closed socket: the
    first command on each fails, though Redis is up. redis-py drops such a connection, so the
    second try goes on a fresh one; when Redis really is down, that try fails at once too.
    """
    try:
        return await command()
    except RedisConnectionError:
        return await command()


def _drop_connections(client: aioredis.Redis) -> None:
    """Forget the connections (and the locks) of ``client``'s pool, made on another event loop.

    Their sockets cannot be closed from this loop (the old one may be closed): the garbage
    collector takes them. redis-py's pool internals are read defensively (5.x to 8.x)."""
    pool = getattr(client, "connection_pool", None)
    reset = getattr(pool, "reset", None)
    if callable(reset):
        reset()
    for name in ("_lock", "_condition"):  # bound to the loop of their first contended use
        primitive = getattr(pool, name, None)
        if isinstance(primitive, asyncio.Lock | asyncio.Condition):
            setattr(pool, name, type(primitive)())
    logger.debug("the event loop changed: Redis connections of the old loop dropped")


_guards: weakref.WeakKeyDictionary[Any, _Guard] = weakref.WeakKeyDictionary()


def _guard_for(client: aioredis.Redis, timeout: float) -> _Guard:
    # One outage is one outage for the cache and the limiter that share a client.
    guard = _guards.get(client)
    if guard is None:
        guard = _guards[client] = _Guard(client, timeout)
    return guard


class RedisTokenCache:
    """A ``TokenCache`` shared through Redis: one token per identity for every process.

    Stored: the access token and its expiry (a hash with a TTL that ends when the token is
    due for refresh), under ``{prefix}:token:{hash of the identity}``. Never the client
    secret or a subject token (the identity includes a slow hash of the credential). One
    process at a time fetches (a lock with a TTL of ``lock_ttl`` seconds, so a crashed holder
    cannot block the fleet); the others poll for the new token for at most ``wait`` seconds,
    then fetch their own.

    An entry read back is checked: a token ``_auth.token_problem`` refuses, or an entry without
    the TTL this cache sets, is deleted (compare-and-delete) and the caller fetches a new token.
    A token is kept here as long as the entry's TTL says (Redis's clock), at most
    ``MAX_TOKEN_LIFETIME``; ``expires_at`` is written for readers of older versions only.
    """

    def __init__(
        self,
        redis: aioredis.Redis,
        *,
        prefix: str = "spotnana",
        lock_ttl: float = 10.0,
        wait: float = 5.0,
        command_timeout: float = COMMAND_TIMEOUT,
    ) -> None:
        if not (lock_ttl > 0 and wait >= 0 and command_timeout > 0):
            raise ConfigurationError("lock_ttl and command_timeout must be > 0 and wait >= 0")
        self._redis = redis
        self._prefix = prefix
        self._lock_ms = math.ceil(lock_ttl * 1000)
        self._wait = wait
        self._local = InProcessTokenCache(clock=time.monotonic)
        self._guard = _guard_for(redis, command_timeout)
        self._compare_and_delete = redis.register_script(_COMPARE_AND_DELETE)
        self._take_lock = redis.register_script(_LOCK)
        self._unlock = redis.register_script(_UNLOCK)

    def __repr__(self) -> str:
        return f"RedisTokenCache(prefix={self._prefix!r})"

    def _entry(self, key: str) -> str:
        return f"{self._prefix}:token:{key}"

    async def get(self, key: str) -> str | None:
        """This process's copy of the shared token (no Redis round trip on the hot path).

        The copy expires with the shared entry, and a 401 discards it: then ``fetching``
        looks in Redis (under this process's lock) before anyone asks the token endpoint.
        """
        return self._local.peek(key)

    async def _shared(self, key: str) -> str | None:
        """The token in Redis, copied here until its entry expires; None when absent or unusable."""
        entry = self._entry(key)

        async def read() -> list[Any]:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.hget(entry, "token")
                pipe.pttl(entry)
                # A command error (WRONGTYPE: the key is not a hash) comes back in place, not raised:
                # a bad entry to delete, not an outage.
                found: list[Any] = await pipe.execute(raise_on_error=False)
                return found

        raw, pttl = await self._guard.call("get token", read)
        if raw is None:
            return None
        value, problem = _entry_problem(raw, pttl)
        if value is None or problem is not None:
            logger.warning("Redis held an unusable token entry (%s): deleting it, fetching a new one", problem)
            seen = b"" if isinstance(raw, Exception) else raw
            with suppress(_Unavailable):
                await self._guard.call(
                    "delete unusable token", lambda: self._compare_and_delete(keys=[entry], args=[seen])
                )
            return None
        # The entry's TTL on Redis's clock, not an expires_at against this machine's clock.
        self._local.store(key, value, min(pttl / 1000, MAX_TOKEN_LIFETIME))
        return value

    async def put(self, key: str, token: str, ttl: float) -> None:
        """Share ``token`` until it is due for refresh (and keep it here for outages)."""
        self._local.store(key, token, ttl)
        entry = self._entry(key)

        async def store() -> None:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.hset(entry, mapping={"token": token, "expires_at": f"{time.time() + ttl:.3f}"})
                pipe.pexpire(entry, max(1, math.floor(ttl * 1000)))
                await pipe.execute()

        with suppress(_Unavailable):
            await self._guard.call("store token", store)

    async def invalidate(self, key: str, token: str) -> None:
        """Delete the shared token only while it is still ``token`` (compare-and-delete)."""
        self._local.discard(key, token)
        with suppress(_Unavailable):
            await self._guard.call(
                "invalidate token", lambda: self._compare_and_delete(keys=[self._entry(key)], args=[token])
            )

    def fetching(self, key: str) -> AbstractAsyncContextManager[str | None]:
        """One fetcher for the fleet: this process's lock, then the Redis lock (or a token appears)."""
        return self._fetching(key)

    @asynccontextmanager
    async def _fetching(self, key: str) -> AsyncIterator[str | None]:
        async with self._local.lock(key):
            try:
                found = self._local.peek(key) or await self._shared(key)
            except _Unavailable:
                found = None
            if found is not None:
                yield found
                return
            lock, owner = f"{self._prefix}:token-lock:{key}", secrets.token_hex(16)
            give_up = time.monotonic() + self._wait
            while True:
                try:
                    locked = await self._guard.call(
                        "lock token", lambda: self._take_lock(keys=[lock], args=[owner, self._lock_ms])
                    )
                except _Unavailable:
                    yield self._local.peek(key)
                    return
                if locked:
                    try:
                        try:
                            found = await self._shared(key)  # stored by the holder we waited for, or None: fetch
                        except _Unavailable:
                            found = None
                        yield found
                    finally:
                        with suppress(_Unavailable):
                            await self._guard.call("unlock token", lambda: self._unlock(keys=[lock], args=[owner]))
                    return
                if time.monotonic() >= give_up:
                    logger.debug("no shared token after %.1fs of waiting; fetching one here", self._wait)
                    yield None
                    return
                await asyncio.sleep(TOKEN_POLL_INTERVAL * (0.5 + random.random()))
                try:
                    found = await self._shared(key)
                except _Unavailable:
                    found = self._local.peek(key)
                if found is not None:
                    yield found
                    return


def _entry_problem(raw: object, pttl: object) -> tuple[str | None, str | None]:
    """A token entry as read (its token, or the error reading it; its PTTL): the token, and what
    makes the entry unusable (never quoting the token), or None."""
    if isinstance(raw, Exception):
        return None, "it is not a hash"
    value = _text(raw)
    if value is None:
        return None, "its token is not UTF-8 text"
    problem = token_problem(value)
    if problem is not None:
        return value, f"its token {problem}"
    if not (isinstance(pttl, int) and pttl > 0):
        return value, "it has no expiry"  # not written by this cache: it always sets one
    return value, None


def _text(value: object) -> str | None:
    """A Redis value as text (None when it is not UTF-8, or not a string at all)."""
    if isinstance(value, bytes):
        try:
            return value.decode()
        except UnicodeDecodeError:
            return None
    return value if isinstance(value, str) else None


def _positive_rate(value: object, name: str) -> float:
    if isinstance(value, bool) or not (isinstance(value, int | float) and 0 < value < math.inf):
        raise ConfigurationError(f"{name} must be a positive number, got {value!r}")
    return value


class RedisRateLimiter:
    """A ``RateLimiter`` shared through Redis: at most ``requests_per_second`` for the fleet.

    The algorithm is GCRA (a token bucket kept as one timestamp) run in a Lua script on
    Redis's clock: every request reserves the next slot, ``1 / requests_per_second`` after
    the previous one, so the fleet's requests are spread evenly; ``burst`` requests may go
    back to back after a quiet spell (default 1: no bursts). Window-based strategies (the
    ``limits`` package's, with whole-second windows) let a second's budget go in one burst,
    which the server, counting at arrival, sees as over budget (see the README). A 429 with
    ``Retry-After`` reported by any process pauses all of them for that long (at most
    ``MAX_RETRY_AFTER``, whatever Redis holds).

    One budget per identity: a client scopes the limiter to its API base and client id
    (``for_identity``), as token keys are, so a batch client and a web client with other
    credentials on one Redis never starve each other. ``scope="name"`` shares one budget
    across identities instead: every limiter with that scope (and prefix) draws from it.

    While Redis is unavailable, each process keeps to its share: ``fallback_rate`` if given,
    else the budget divided by the processes it last saw reserving from it (within
    ``MEMBER_WINDOW``), or the whole budget if it never reached Redis.
    """

    def __init__(
        self,
        redis: aioredis.Redis,
        *,
        requests_per_second: float,
        burst: int | None = None,
        prefix: str = "spotnana",
        scope: str | None = None,
        fallback_rate: float | None = None,
        command_timeout: float = COMMAND_TIMEOUT,
    ) -> None:
        self.requests_per_second = _positive_rate(requests_per_second, "requests_per_second")
        if burst is not None and (isinstance(burst, bool) or not isinstance(burst, int) or burst < 1):
            raise ConfigurationError(f"burst must be a positive int, got {burst!r}")
        if scope is not None and not (isinstance(scope, str) and scope):
            raise ConfigurationError(f"scope must be a non-empty str (one budget shared by that name), got {scope!r}")
        self.fallback_rate = None if fallback_rate is None else _positive_rate(fallback_rate, "fallback_rate")
        self.burst: int = burst or 1
        self.scope = scope
        self._prefix = prefix
        self._interval_us = max(1, round(1_000_000 / requests_per_second))
        self._tolerance = max(2 * self._interval_us / 1_000_000, SLOT_TOLERANCE)
        self._redis = redis
        self._reserve = redis.register_script(_RESERVE)
        self._pause = redis.register_script(_PAUSE)
        self._guard = _guard_for(redis, command_timeout)
        self._views: dict[str, RedisRateLimiter] = {}
        self._start("" if scope is None else f":{scope}")

    def _start(self, suffix: str) -> None:
        """The keys of this budget (``{prefix}:budget{suffix}``, ...) and the state this process keeps of it."""
        self._keys = [f"{self._prefix}:{kind}{suffix}" for kind in ("budget", "pause", "members")]
        self._member = secrets.token_hex(8)  # this process (and budget) in the members set
        self._members = 1  # processes last seen sharing this budget (1 until Redis says otherwise)
        self._paused_until = 0.0  # this process's own pause, for when Redis is away
        self._local_tat = 0.0  # this process's own schedule, for when Redis is away

    def __repr__(self) -> str:
        return f"RedisRateLimiter(requests_per_second={self.requests_per_second:g})"

    def for_identity(self, identity: str) -> RedisRateLimiter:
        """This budget for one identity (what the client calls as, and where); the limiter itself
        when it was given a ``scope`` (one budget across identities). One per identity and process."""
        if self.scope is not None:
            return self
        view = self._views.get(identity)
        if view is None:
            view = copy.copy(self)
            view._views = {}
            digest = hashlib.sha256(identity.encode()).hexdigest()[:24]  # no client id in the key
            view._start(f":id-{digest}")
            self._views[identity] = view
        return view

    async def acquire(self) -> None:
        """Wait for a slot of the fleet budget (or go ahead while Redis is unavailable)."""
        # Each call reserves its own slot: calls queue fleet-wide in the order they asked,
        # and Redis keeps the schedule ahead of the clock whatever each process's latency.
        while True:
            own_pause = self._paused_until - time.monotonic()
            if own_pause > 0:
                await asyncio.sleep(own_pause)
            try:
                reply = await self._guard.call("reserve slot", self._reserve_slot)
                wait_us, members, repaired = (int(part) for part in reply)
            except (_Unavailable, TypeError, ValueError):  # Redis away, or an answer of another shape
                # No fleet budget while Redis is away, but not a free-for-all either: this
                # process keeps to its share of the budget.
                await asyncio.sleep(self._local_slot())
                return
            self._members = max(1, members)
            if repaired:
                logger.warning(
                    "Redis held a budget or pause value this SDK does not write (not a number, no expiry, "
                    "or a pause longer than %gs): repaired",
                    _retry.MAX_RETRY_AFTER,
                )
            paused = wait_us < 0
            # A pause is a server's Retry-After: never longer than one would be honoured.
            wait = min(-wait_us / 1_000_000, _retry.MAX_RETRY_AFTER) if paused else wait_us / 1_000_000
            due = time.monotonic() + wait
            if not paused:
                # Should Redis go away now, this process's own schedule starts after the slots it
                # holds in the fleet's queue, not beside them (that overlap was a burst).
                self._local_tat = max(self._local_tat, due + self._local_interval())
            await asyncio.sleep(wait)
            # A process starved of CPU wakes late for many slots at once; sending them together
            # would be a burst the server sees. A slot missed by more than its tolerance is dropped.
            if not paused and time.monotonic() - due <= self._tolerance:
                return

    def _reserve_slot(self) -> Awaitable[Any]:
        args: list[int | str] = [
            self._interval_us,
            self._interval_us * self.burst,
            round(_retry.MAX_RETRY_AFTER * 1000),
            self._member,
            round(MEMBER_WINDOW * 1000),
        ]
        result: Awaitable[Any] = self._reserve(keys=self._keys, args=args)
        return result

    def _local_interval(self) -> float:
        """Seconds between this process's requests while Redis is away: its share of the budget."""
        if self.fallback_rate is not None:
            return 1 / self.fallback_rate
        return self._members * self._interval_us / 1_000_000

    def _local_slot(self) -> float:
        """The same GCRA in this process, at its share of the budget: seconds to wait for the next slot."""
        now = time.monotonic()
        interval = self._local_interval()
        self._local_tat = max(self._local_tat, now) + interval
        return max(self._local_tat - interval * self.burst - now, 0.0)

    async def report(self, response: httpx.Response) -> None:
        """A 429 with ``Retry-After`` pauses the fleet (at most ``MAX_RETRY_AFTER``)."""
        if response.status_code != 429:
            return
        delay = _retry.parse_retry_after(response.headers)
        if not delay:
            return
        delay = min(delay, _retry.MAX_RETRY_AFTER)
        self._paused_until = max(self._paused_until, time.monotonic() + delay)
        logger.debug("429 with Retry-After %.2fs: pausing the fleet's budget", delay)
        with suppress(_Unavailable):
            await self._guard.call(
                "pause", lambda: self._pause(keys=self._keys[1:2], args=[max(1, math.ceil(delay * 1000))])
            )
