"""What one process of the fleet does (run with the spawn start method by the fleet tests)."""

from __future__ import annotations

import asyncio
import logging
import time
from multiprocessing.synchronize import Barrier, Event
from typing import Any

from spotnana_events import AsyncSpotnana, ClientCredentials, SpotnanaError
from spotnana_events.fleet import RedisRateLimiter, RedisTokenCache, redis_from_url
from spotnana_events.testing._warm import load_models

BARRIER_TIMEOUT = 60


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def count(self, level: int, text: str) -> int:
        return sum(1 for r in self.records if r.levelno == level and text in r.getMessage())


async def _sync(barrier: Barrier) -> None:
    await asyncio.to_thread(barrier.wait, BARRIER_TIMEOUT)


def _client(setup: dict[str, Any]) -> tuple[AsyncSpotnana, ClientCredentials]:
    # A fresh process imports the models on its first parse: ~1 s of CPU per process (several
    # on a loaded host) with the event loop blocked. Paid here, before the start barrier, it
    # stays out of the measured window.
    load_models()
    redis = redis_from_url(setup["redis_url"])
    auth = ClientCredentials(*setup["credentials"], cache=RedisTokenCache(redis))
    limiter = (
        RedisRateLimiter(redis, requests_per_second=setup["rate"], fallback_rate=setup.get("fallback_rate"))
        if setup.get("rate")
        else None
    )
    return AsyncSpotnana(base_url=setup["base_url"], auth=auth, rate_limiter=limiter), auth


async def _warm_up(sp: AsyncSpotnana, ids: list[str]) -> None:
    """One call before the start barrier: token, HTTP and Redis connections, Lua scripts loaded."""
    await sp.events.get(ids[0])


async def _calls(sp: AsyncSpotnana, ids: list[str], count: int) -> int:
    """``count`` concurrent calls; returns how many failed."""
    results = await asyncio.gather(*(sp.events.get(ids[i % len(ids)]) for i in range(count)), return_exceptions=True)
    return sum(isinstance(r, BaseException) for r in results)


async def _load(sp: AsyncSpotnana, ids: list[str], stop: Event, concurrency: int) -> tuple[int, int, list[str]]:
    """Calls in ``concurrency`` loops until ``stop`` is set: (calls, failures, failure texts)."""
    done = failed = 0
    errors: list[str] = []
    # Never touch the cross-process Event from the event loop: its lock is shared by every process.
    stopped = asyncio.Event()

    async def watch() -> None:
        await asyncio.to_thread(stop.wait, BARRIER_TIMEOUT)
        stopped.set()

    watcher = asyncio.create_task(watch())

    async def loop(n: int) -> None:
        nonlocal done, failed
        while not stopped.is_set():
            try:
                await sp.events.get(ids[(n + done) % len(ids)])
            except SpotnanaError as exc:
                failed += 1
                errors.append(f"{type(exc).__name__}: {exc}")
            done += 1

    await asyncio.gather(*(loop(n) for n in range(concurrency)))
    await watcher
    return done, failed, errors[:5]


def tokens(setup: dict[str, Any], barrier: Barrier, results: Any) -> None:
    """Cold: 50 concurrent calls; then (after the parent expired every token) 50 more."""

    async def main() -> dict[str, Any]:
        sp, auth = _client(setup)
        async with sp:
            await _sync(barrier)  # everyone built, nobody has a token
            cold = await _calls(sp, setup["ids"], 50)
            await _sync(barrier)
            await _sync(barrier)  # the parent expired every token
            after_401 = await _calls(sp, setup["ids"], 50)
        return {"failures": cold + after_401, "token_requests": auth.token_requests}

    results.put(asyncio.run(main()))


def budget(setup: dict[str, Any], stop: Event, barrier: Barrier, results: Any) -> None:
    """Calls as fast as the fleet budget allows until the parent says stop."""

    async def main() -> dict[str, Any]:
        sp, _ = _client(setup)
        async with sp:
            await _warm_up(sp, setup["ids"])
            await _sync(barrier)  # every process warmed up: each one has reserved from the budget once
            await _sync(barrier)  # the parent may stop Redis here, before the load
            done, failed, errors = await _load(sp, setup["ids"], stop, 5)
        return {"calls": done, "failures": failed, "errors": errors}

    results.put(asyncio.run(main()))


def outage(setup: dict[str, Any], stop: Event, barrier: Barrier, results: Any) -> None:
    """Calls through a Redis outage; then (Redis back, tokens expired) 50 calls."""
    counter = _Counter()
    log = logging.getLogger("spotnana_events")
    log.addHandler(counter)
    log.setLevel(logging.DEBUG)

    async def main() -> dict[str, Any]:
        sp, auth = _client(setup)
        async with sp:
            await _warm_up(sp, setup["ids"])
            await _sync(barrier)
            done, failed, errors = await _load(sp, setup["ids"], stop, 10)
            await _sync(barrier)  # load stopped everywhere
            await _sync(barrier)  # the parent expired every token
            started = time.monotonic()
            failed += await _calls(sp, setup["ids"], 50)
        return {
            "calls": done,
            "failures": failed,
            "errors": errors,
            "warnings": counter.count(logging.WARNING, "Redis unavailable"),
            "back": counter.count(logging.WARNING, "Redis is back"),
            "fallback_debug_lines": counter.count(logging.DEBUG, "in-process fallback"),
            "token_requests": auth.token_requests,
            "log": [f"{r.levelname} {r.getMessage()}" for r in counter.records if r.levelno >= logging.WARNING],
            "after_seconds": time.monotonic() - started,
        }

    results.put(asyncio.run(main()))
