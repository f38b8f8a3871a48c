"""``RedisTokenCache`` and ``RedisRateLimiter`` in one process against a real Redis."""

from __future__ import annotations

import asyncio
import logging
import time

import httpx
import pytest
from spotnana_events import AsyncSpotnana, ClientCredentials, ConfigurationError, TokenExchange
from spotnana_events.fleet import RedisRateLimiter, RedisTokenCache, redis_from_url
from spotnana_events.testing import FakeEventAPI

from tests.fleet._harness import RedisServer

pytestmark = pytest.mark.redis

SECRET = "fleet-s3cret"


def _token_server(issued: list[str]) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2-token"):
            await asyncio.sleep(0.02)
            issued.append(f"tok-{len(issued) + 1}")
            return httpx.Response(200, json={"access_token": issued[-1], "expires_in": 3600})
        return httpx.Response(200, json={"event": {"id": "1"}})

    return httpx.MockTransport(handler)


async def test_two_clients_share_one_token_and_redis_holds_only_token_and_expiry(redis_url: str) -> None:
    redis = redis_from_url(redis_url)
    issued: list[str] = []
    clients = [
        AsyncSpotnana(
            base_url="http://127.0.0.1:9",
            auth=TokenExchange("client-id-raw", SECRET, subject_token="subject-raw", cache=RedisTokenCache(redis)),
            transport=_token_server(issued),
        )
        for _ in range(2)
    ]
    await asyncio.gather(*(sp.events.get(str(i)) for sp in clients for i in range(20)))
    assert issued == ["tok-1"]
    keys = [k.decode() if isinstance(k, bytes) else k for k in await redis.keys("*")]
    assert len(keys) == 1
    assert keys[0].startswith("spotnana:token:")
    assert "client-id-raw" not in keys[0]
    stored = await redis.hgetall(keys[0])
    assert set(stored) == {b"token", b"expires_at"}
    assert 3500 < await redis.ttl(keys[0]) <= 3600
    dump = repr(stored)
    assert SECRET not in dump
    assert "subject-raw" not in dump
    await redis.aclose()


async def test_compare_and_delete_forgets_only_the_token_that_failed(redis_url: str) -> None:
    redis = redis_from_url(redis_url)
    cache = RedisTokenCache(redis)
    await cache.put("k", "new-token", 60)
    await cache.invalidate("k", "old-token")  # a late 401 for a token already replaced
    assert await redis.hget("spotnana:token:k", "token") == b"new-token"
    await cache.invalidate("k", "new-token")
    assert await redis.exists("spotnana:token:k") == 0
    await redis.aclose()


async def test_a_crashed_holders_lock_expires_and_a_waiter_stops_waiting(redis_url: str) -> None:
    redis = redis_from_url(redis_url)
    await redis.set("spotnana:token-lock:k", "crashed-holder", px=300)
    cache = RedisTokenCache(redis, wait=5.0)
    started = time.monotonic()
    async with cache.fetching("k") as found:
        assert found is None  # the lock expired: this process fetches
    assert 0.2 < time.monotonic() - started < 2.0
    await redis.set("spotnana:token-lock:k", "slow-holder", px=60_000)
    bounded = RedisTokenCache(redis, wait=0.3)
    started = time.monotonic()
    async with bounded.fetching("k") as found:
        assert found is None  # gave up waiting, bounded
    assert time.monotonic() - started < 1.5
    await redis.aclose()


async def test_redis_down_falls_back_with_one_warning_then_resumes(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.fleet._harness import free_port

    caplog.set_level(logging.DEBUG, logger="spotnana_events")
    dead = redis_from_url(f"redis://127.0.0.1:{free_port()}/0")
    issued: list[str] = []
    auth = ClientCredentials("id", SECRET, cache=RedisTokenCache(dead))
    limiter = RedisRateLimiter(dead, requests_per_second=1000)
    async with AsyncSpotnana(
        base_url="http://127.0.0.1:9", auth=auth, transport=_token_server(issued), rate_limiter=limiter
    ) as sp:
        await asyncio.gather(*(sp.events.get(str(i)) for i in range(30)))
    assert issued == ["tok-1"]  # this process's own token, single flight as before
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "Redis unavailable" in r.message]
    assert len(warnings) == 1
    assert any(r.levelno == logging.DEBUG and "in-process fallback" in r.message for r in caplog.records)


async def test_pooled_connections_from_before_a_redis_restart_are_not_an_outage(
    redis_server: RedisServer, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A restart leaves the pool's idle connections dead: their first use must not look like Redis down."""
    redis = redis_from_url(redis_url)
    limiter = RedisRateLimiter(redis, requests_per_second=10_000)
    cache = RedisTokenCache(redis)
    await asyncio.gather(*(limiter.acquire() for _ in range(10)))  # 10 pooled connections
    redis_server.kill()
    redis_server.start()
    caplog.set_level(logging.DEBUG, logger="spotnana_events")
    await asyncio.gather(*(limiter.acquire() for _ in range(10)), cache.put("k", "tok", 60))
    assert await redis.hget("spotnana:token:k", "token") == b"tok"  # shared, not kept to this process
    assert [r.message for r in caplog.records if "Redis" in r.message] == []
    await redis.aclose()


async def test_a_429_seen_by_one_client_pauses_the_others(redis_url: str) -> None:
    redis = redis_from_url(redis_url)
    seen_429 = RedisRateLimiter(redis, requests_per_second=1000)
    other = RedisRateLimiter(redis_from_url(redis_url), requests_per_second=1000)
    await other.acquire()
    request = httpx.Request("GET", "http://127.0.0.1:9/v2/events/1")
    await seen_429.report(httpx.Response(429, headers={"Retry-After": "0.4"}, request=request))
    started = time.monotonic()
    await other.acquire()
    assert time.monotonic() - started >= 0.35
    await redis.aclose()


async def test_budget_spreads_requests_evenly(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_from_url(redis_url), requests_per_second=50)
    granted: list[float] = []

    async def one() -> None:
        await limiter.acquire()
        granted.append(time.monotonic())

    started = time.monotonic()
    await asyncio.gather(*(one() for _ in range(51)))
    # 50 intervals of 20 ms: never sooner (the budget); the upper bound only catches a stall,
    # since a loaded machine can make a scheduler slower but never a limiter faster.
    assert 0.9 <= time.monotonic() - started < 5.0
    assert max(sum(1 for u in granted if t <= u < t + 0.5) for t in granted) <= 27  # no burst


async def test_fake_answers_429_with_retry_after_beyond_its_rate_limit() -> None:
    from spotnana_events.testing import FakeRateLimit

    fake = FakeEventAPI()
    fake.rate_limit = FakeRateLimit(5)
    [event_id] = fake.seed_events(1)
    async with fake.client(max_retries=0) as sp:
        results = await asyncio.gather(*(sp.events.get(event_id) for _ in range(8)), return_exceptions=True)
    limited = [r for r in results if isinstance(r, Exception)]
    assert len(limited) == 3
    assert fake.rate_limit.rejected == 3
    assert all(float(e.response.headers["Retry-After"]) > 0 for e in limited)  # type: ignore[attr-defined]


def test_environment_turns_on_the_fleet(monkeypatch: pytest.MonkeyPatch, redis_url: str) -> None:
    monkeypatch.setenv("SPOTNANA_CLIENT_ID", "id")
    monkeypatch.setenv("SPOTNANA_CLIENT_SECRET", SECRET)
    monkeypatch.setenv("SPOTNANA_REDIS_URL", redis_url)
    monkeypatch.setenv("SPOTNANA_RATE_LIMIT", "25")
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9")
    assert isinstance(sp.auth, ClientCredentials)
    assert isinstance(sp.auth.cache, RedisTokenCache)
    assert isinstance(sp.rate_limiter, RedisRateLimiter)
    assert sp.rate_limiter.requests_per_second == 25
    monkeypatch.setenv("SPOTNANA_RATE_LIMIT", "fast")
    with pytest.raises(ConfigurationError, match="SPOTNANA_RATE_LIMIT"):
        AsyncSpotnana(base_url="http://127.0.0.1:9")
    monkeypatch.delenv("SPOTNANA_REDIS_URL")
    monkeypatch.setenv("SPOTNANA_RATE_LIMIT", "25")
    with pytest.raises(ConfigurationError, match="SPOTNANA_REDIS_URL"):
        AsyncSpotnana(base_url="http://127.0.0.1:9")
    monkeypatch.delenv("SPOTNANA_RATE_LIMIT")
    assert AsyncSpotnana(base_url="http://127.0.0.1:9").rate_limiter is None
