"""What a value in Redis can do to the fleet, against a real ``redis-server``: a malformed token,
a pause of an hour, a garbage budget, an expiry far off, a clock two hours ahead, another secret,
another identity. None stops a call, none lasts; each is repaired or refused, with a warning."""

from __future__ import annotations

import asyncio
import logging
import time
import types
import urllib.parse

import httpx
import pytest
from spotnana_events import APITimeoutError, AsyncSpotnana, ClientCredentials, _retry, fleet
from spotnana_events.fleet import RedisRateLimiter, RedisTokenCache, redis_from_url

pytestmark = pytest.mark.redis

SECRET = "fleet-s3cret"
BASE = "http://127.0.0.1:9"


class Api:
    """An in-process Event API and token endpoint: issues tok-1, tok-2, ...; records what each call sent."""

    def __init__(self) -> None:
        self.issued: list[str] = []
        self.authorizations: list[str] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2-token"):
            form = dict(urllib.parse.parse_qsl(request.content.decode()))
            self.issued.append(f"tok-{len(self.issued) + 1}-{form['client_id']}")
            return httpx.Response(200, json={"access_token": self.issued[-1], "expires_in": 3600})
        self.authorizations.append(request.headers["Authorization"])
        return httpx.Response(200, json={"event": {"id": "1"}})


def _client(api: Api, redis: object, *, client_id: str = "id", secret: str = SECRET, **kwargs: object) -> AsyncSpotnana:
    auth = ClientCredentials(client_id, secret, cache=RedisTokenCache(redis))  # type: ignore[arg-type]
    return AsyncSpotnana(base_url=BASE, auth=auth, transport=httpx.MockTransport(api), **kwargs)  # type: ignore[arg-type]


async def _token_key(redis: object) -> str:
    keys = await redis.keys("spotnana:token:*")  # type: ignore[attr-defined]
    assert len(keys) == 1, keys
    return str(keys[0].decode())


async def _shared_token_key(api: Api, redis: object) -> str:
    """One call shares tok-1 through Redis; the key of its entry."""
    async with _client(api, redis) as sp:
        await sp.events.get("1")
    return await _token_key(redis)


def _warnings(caplog: pytest.LogCaptureFixture, text: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and text in r.getMessage()]


# -- tokens in Redis --


@pytest.mark.parametrize(
    "planted",
    [
        b"evil\nX-Injected: 1",
        b"evil\r\nX-Injected: 1",
        b"\xff\xfe not utf-8",
        b"t" * 100_000,
        b"",
        "tök".encode(),
    ],
)
async def test_a_malformed_token_in_redis_is_deleted_and_a_fresh_one_fetched(
    redis_url: str, planted: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """The issue's case: every call used to raise APIConnectionError, nothing sent, until someone deleted the key."""
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    redis = redis_from_url(redis_url)
    api = Api()
    key = await _shared_token_key(api, redis)
    await redis.hset(key, mapping={"token": planted, "expires_at": "99999999999"})
    async with _client(api, redis) as fresh:  # a process that has no copy of its own
        for _ in range(3):
            await fresh.events.get("1")
    assert api.authorizations == ["Bearer tok-1-id"] + ["Bearer tok-2-id"] * 3
    assert await redis.hget(key, "token") == b"tok-2-id"  # the bad entry replaced by the fresh token
    assert len(_warnings(caplog, "unusable token entry")) == 1
    assert "evil" not in caplog.text
    assert "Injected" not in caplog.text
    await redis.aclose()


@pytest.mark.parametrize("entry", ["without an expiry", "not a hash"])
async def test_a_token_entry_this_cache_did_not_write_is_not_trusted(
    redis_url: str, entry: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    redis = redis_from_url(redis_url)
    api = Api()
    key = await _shared_token_key(api, redis)
    if entry == "not a hash":
        await redis.set(key, "planted-string")  # every HGET on it would fail: not an outage
    else:
        await redis.hset(key, mapping={"token": "planted-forever"})
        await redis.persist(key)
    async with _client(api, redis) as fresh:
        await fresh.events.get("1")
    assert api.authorizations == ["Bearer tok-1-id", "Bearer tok-2-id"]
    assert 0 < await redis.ttl(key) <= 3600
    assert await redis.hget(key, "token") == b"tok-2-id"
    assert len(_warnings(caplog, "unusable token entry")) == 1
    assert _warnings(caplog, "Redis unavailable") == []
    await redis.aclose()


async def test_an_expires_at_far_in_the_future_is_capped_by_the_entrys_own_lifetime(redis_url: str) -> None:
    redis = redis_from_url(redis_url)
    api = Api()
    key = await _shared_token_key(api, redis)
    await redis.hset(key, mapping={"token": "tok-short-lived", "expires_at": "99999999999"})
    await redis.pexpire(key, 2000)
    async with _client(api, redis) as fresh:
        await fresh.events.get("1")
        await asyncio.sleep(2.2)  # the entry's lifetime is over, whatever expires_at says
        await fresh.events.get("1")
    assert api.authorizations == ["Bearer tok-1-id", "Bearer tok-short-lived", "Bearer tok-2-id"]
    await redis.aclose()


async def _command_calls(redis: object) -> int:
    stats = await redis.info("commandstats")  # type: ignore[attr-defined]
    return sum(v["calls"] for k, v in stats.items() if k not in {"cmdstat_info", "cmdstat_config"})


async def test_a_process_whose_clock_is_two_hours_ahead_makes_no_redis_read_per_call(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    redis = redis_from_url(redis_url)
    api = Api()
    async with _client(api, redis) as sp:
        await sp.events.get("1")  # a process with the right time shares a token
    ahead = types.SimpleNamespace(time=lambda: time.time() + 7200, monotonic=time.monotonic)
    monkeypatch.setattr(fleet, "time", ahead)
    await redis.config_resetstat()
    async with _client(api, redis) as skewed:
        for _ in range(20):
            await skewed.events.get("1")
    assert await _command_calls(redis) <= 3  # one read (and a lock) to copy the token, then none
    assert api.issued == ["tok-1-id"]  # and no token request either
    assert set(api.authorizations) == {"Bearer tok-1-id"}
    await redis.aclose()


async def test_same_client_id_with_another_secret_does_not_use_the_fleets_token(redis_url: str) -> None:
    redis = redis_from_url(redis_url)
    api = Api()
    async with _client(api, redis, secret="rotated-out") as old, _client(api, redis, secret="rotated-in") as new:
        await old.events.get("1")
        await new.events.get("1")
    assert api.authorizations == ["Bearer tok-1-id", "Bearer tok-2-id"]
    keys = await redis.keys("*")
    assert len(keys) == 2  # two entries: the key holds a hash of the credential
    dump = repr(keys) + repr([await redis.hgetall(k) for k in keys])
    for secret in ("rotated-out", "rotated-in"):
        assert secret not in dump
    await redis.aclose()


@pytest.mark.parametrize("ttl_ms", [None, 3_600_000])
async def test_a_fetch_lock_this_cache_did_not_set_never_blocks_the_fleet(redis_url: str, ttl_ms: int | None) -> None:
    redis = redis_from_url(redis_url)
    api = Api()
    key = await _shared_token_key(api, redis)
    await redis.delete(key)  # no token: the next process fetches, under the lock
    lock = key.replace(":token:", ":token-lock:")
    await redis.set(lock, "planted", px=ttl_ms)
    started = time.monotonic()
    async with _client(api, redis) as fresh:
        await fresh.events.get("1")
    if ttl_ms is None:  # not a lock of this cache's (it always sets a TTL): taken over at once
        assert time.monotonic() - started < 3  # (waiting for it would take the 5 s `wait`)
        assert api.issued == ["tok-1-id", "tok-2-id"]
    assert 0 < await redis.pttl(lock) <= 10_000 or await redis.exists(lock) == 0  # never an hour
    await redis.aclose()


# -- the budget's keys in Redis --


async def test_a_pause_of_an_hour_in_redis_is_honoured_at_most_as_long_as_a_retry_after(
    redis_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    monkeypatch.setattr(_retry, "MAX_RETRY_AFTER", 0.5)  # stands for the 60 s a server's Retry-After may ask
    redis = redis_from_url(redis_url)
    limiter = RedisRateLimiter(redis, requests_per_second=100)
    await redis.set("spotnana:pause", "1", px=3_600_000)
    started = time.monotonic()
    await limiter.acquire()
    assert 0.4 < time.monotonic() - started < 3
    assert await redis.pttl("spotnana:pause") <= 500  # cut for the whole fleet (and over by now: -2)
    assert len(_warnings(caplog, "repaired")) == 1
    await redis.aclose()


async def test_a_pause_in_redis_never_outlasts_the_calls_deadline_and_nothing_is_sent(redis_url: str) -> None:
    redis = redis_from_url(redis_url)
    api = Api()
    limiter = RedisRateLimiter(redis, requests_per_second=100, scope="shared")
    await redis.set("spotnana:pause:shared", "1", px=50_000)
    async with _client(api, redis, rate_limiter=limiter, deadline=0.5) as sp:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await sp.events.get("1")
        assert time.monotonic() - started < 3
    assert caught.value.maybe_applied is False
    assert api.authorizations == []
    await redis.aclose()


@pytest.mark.parametrize(
    "garbage",
    [
        {"value": "garbage"},
        {"value": "nan"},
        {"value": "inf"},
        {"value": "99999999999999999"},  # far ahead, no expiry: not written by the SDK
        {"value": "99999999999999999", "px": 100_000},  # far ahead of its own expiry
        {"value": "a hash"},
    ],
)
async def test_a_garbage_budget_value_is_repaired_not_kept(
    redis_url: str, garbage: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    redis = redis_from_url(redis_url)
    limiter = RedisRateLimiter(redis, requests_per_second=100)
    if garbage["value"] == "a hash":  # of another type: every GET on it would fail, taken for an outage
        await redis.hset("spotnana:budget", "x", "1")
        await redis.set("spotnana:members", "not a sorted set")
    else:
        await redis.set("spotnana:budget", garbage["value"], px=garbage.get("px"))  # type: ignore[arg-type]
    started = time.monotonic()
    for _ in range(5):
        await limiter.acquire()
    assert time.monotonic() - started < 4
    assert 0 < await redis.pttl("spotnana:budget") <= 2000
    assert len(_warnings(caplog, "repaired")) == 1
    assert _warnings(caplog, "Redis unavailable") == []  # not taken for an outage
    await redis.aclose()


async def test_budgets_are_per_identity_unless_a_scope_shares_one(redis_url: str) -> None:
    """A 0.2 req/s batch client and a 100 req/s web client on one Redis used to starve each other."""
    redis = redis_from_url(redis_url)
    api = Api()

    async def batch_and_web(scope: str | None) -> float:
        batch = _client(
            api, redis, client_id="batch", rate_limiter=RedisRateLimiter(redis, requests_per_second=0.2, scope=scope)
        )
        web = _client(
            api, redis, client_id="web", rate_limiter=RedisRateLimiter(redis, requests_per_second=100, scope=scope)
        )
        await batch.events.get("1")
        backlog = asyncio.create_task(batch.events.get("2"))  # reserves the slot 5 s ahead
        await asyncio.sleep(0.1)
        started = time.monotonic()
        try:
            await asyncio.wait_for(asyncio.gather(*(web.events.get("3") for _ in range(10))), 3.0)
        except TimeoutError:
            return float("inf")
        finally:
            backlog.cancel()
        return time.monotonic() - started

    assert await batch_and_web(None) < 2.5  # per identity: the web client does not wait for the batch's budget
    budgets = [k.decode() for k in await redis.keys("spotnana:budget*")]
    assert len(budgets) == 2
    assert all(k.startswith("spotnana:budget:id-") for k in budgets)
    assert not any(name in key for key in budgets for name in ("batch", "web"))  # no client id in the keys
    assert await batch_and_web("everyone") == float("inf")  # one shared budget, as asked: the web client waits
    await redis.aclose()


async def test_while_redis_is_away_a_process_keeps_to_its_share_or_the_fallback_rate(redis_url: str) -> None:
    from tests.fleet._harness import free_port

    redis = redis_from_url(redis_url)
    limiter = RedisRateLimiter(redis, requests_per_second=40)
    others = [RedisRateLimiter(redis_from_url(redis_url), requests_per_second=40) for _ in range(3)]
    for one in (limiter, *others):  # four processes seen sharing the budget
        await one.acquire()
    await limiter.acquire()
    assert limiter._members == 4
    limiter._redis = dead = redis_from_url(f"redis://127.0.0.1:{free_port()}/0")
    limiter._reserve = dead.register_script(fleet._RESERVE)
    limiter._guard = fleet._guard_for(dead, fleet.COMMAND_TIMEOUT)
    started = time.monotonic()
    for _ in range(11):
        await limiter.acquire()
    assert time.monotonic() - started >= 0.95  # 10 intervals of 1 / (40 / 4) s, not of 1 / 40 s
    configured = RedisRateLimiter(dead, requests_per_second=40, fallback_rate=20)
    started = time.monotonic()
    for _ in range(11):
        await configured.acquire()
    assert 0.45 <= time.monotonic() - started < 4
    await redis.aclose()


async def test_members_planted_in_the_future_do_not_shrink_a_process_share(redis_url: str) -> None:
    """The members set counts processes by their last reservation on Redis's clock: an entry
    scored ahead of that clock was written by no process, and would never age out. Counted,
    5000 of them made this process's outage share one request every 125 s."""
    redis = redis_from_url(redis_url)
    limiter = RedisRateLimiter(redis, requests_per_second=40)
    await redis.zadd("spotnana:members", {f"ghost-{n}": 9e15 for n in range(5000)})
    await limiter.acquire()
    assert limiter._members == 1
    assert await redis.zcard("spotnana:members") == 1
    await redis.aclose()


def test_one_client_with_redis_serves_successive_asyncio_runs(redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """Redis connections belong to a loop too: each new loop starts on fresh ones, sharing goes on."""
    caplog.set_level(logging.WARNING, logger="spotnana_events")
    api = Api()
    redis = redis_from_url(redis_url)
    sp = _client(api, redis, rate_limiter=RedisRateLimiter(redis, requests_per_second=100))
    for n in range(4):
        asyncio.run(sp.events.get(str(n)))
    assert api.authorizations == ["Bearer tok-1-id"] * 4
    assert caplog.records == []  # never taken for an outage

    async def shared() -> int:
        reader = redis_from_url(redis_url)  # redis-py's own client stays bound to its first loop
        found: int = await reader.exists(await _token_key(reader))
        await reader.aclose()
        return found

    assert asyncio.run(shared()) == 1


async def test_a_prefix_with_a_cluster_hash_tag_names_every_key_of_a_budget(redis_url: str) -> None:
    """Braces in a prefix (Redis Cluster hash tags: all keys of one script in one slot) are kept as given."""
    redis = redis_from_url(redis_url)
    view = RedisRateLimiter(redis, requests_per_second=100, prefix="{fleet}").for_identity("someone")
    await view.acquire()
    await view.report(httpx.Response(429, headers={"Retry-After": "5"}, request=httpx.Request("GET", BASE)))
    keys = sorted(k.decode() for k in await redis.keys("{fleet}:*"))
    assert [k.rsplit(":", 1)[0] for k in keys] == ["{fleet}:budget", "{fleet}:members", "{fleet}:pause"]
    assert len({k.rsplit(":", 1)[1] for k in keys}) == 1  # one identity's hash
    await redis.aclose()
