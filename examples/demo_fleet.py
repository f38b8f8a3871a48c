"""A fleet of processes sharing one token and one request budget through Redis.

    make demo-fleet

Starts ``redis-server`` on a free loopback port (no persistence) and the fake Event API on
loopback HTTP, with the fake's own rate limit (429 + Retry-After) set above the fleet's
budget. Four worker processes, cold, each create events, cancel them in bulk
asynchronously and hand the job handles (``JobHandle.to_token``) to the next worker, which
waits for them (``JobHandle.from_token``). Then Redis is killed and the workers read events
as fast as they may for a few seconds: each keeps to its share of the budget. Prints the
token requests, the request rate the server saw against the budget (with Redis up, then
killed), and the 429s it answered.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from multiprocessing.synchronize import Barrier, Event
from typing import Any

from spotnana_event_api import models as m
from spotnana_events import AsyncSpotnana, ClientCredentials, JobHandle, SpotnanaError

WORKERS = 4
EVENTS_PER_WORKER = 25
BUDGET = 50.0  # requests per second for the whole fleet
FAKE_LIMIT = BUDGET * 1.5  # the fake answers 429 beyond this: it would show a budget that failed
OUTAGE_SECONDS = 3.0  # how long the workers run with Redis killed
OUTAGE_LIMIT = BUDGET * 1.25  # with Redis killed, the fleet stays within this
TIMEOUT = 60
CTX = multiprocessing.get_context("spawn")


def step(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def redis_server() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``redis-server`` on a free loopback port with no persistence (its URL and process); stopped on the way out."""
    executable = shutil.which("redis-server")
    if executable is None:
        raise RuntimeError("the fleet demo needs redis-server: apt-get install -y redis-server (or `make setup`)")
    port = free_port()
    process = subprocess.Popen(
        [executable, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not answer on port {port}")
            time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        process.kill()
        process.wait()


@contextmanager
def fake_server(fake: Any, arrivals: list[float]) -> Iterator[str]:
    """The fake on loopback HTTP in a thread; ``arrivals`` gets the time of every API request."""
    import uvicorn
    from spotnana_events.testing._warm import load_models

    async def app(scope: dict[str, Any], receive: Callable[[], Awaitable[Any]], send: Any) -> None:
        if scope["type"] == "http" and not scope["path"].endswith("/oauth2-token"):
            arrivals.append(time.monotonic())
        await fake.asgi_app(scope, receive, send)

    load_models()  # not on the first requests, with the server's event loop blocked
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", interface="asgi3")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="fake-event-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the fake Event API did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


async def read_until(sp: AsyncSpotnana, event_ids: list[str], stop: Event) -> int:
    """Five loops reading events as fast as the budget lets them, until ``stop``; how many reads."""
    stopped = asyncio.Event()  # never wait on the cross-process Event from the event loop

    async def watch() -> None:
        await asyncio.to_thread(stop.wait, TIMEOUT)
        stopped.set()

    async def loop(k: int) -> int:
        done = 0
        while not stopped.is_set():
            await sp.events.get(event_ids[(k + done) % len(event_ids)])
            done += 1
        return done

    watcher = asyncio.create_task(watch())
    counts = await asyncio.gather(*(loop(k) for k in range(5)))
    await watcher
    return sum(counts)


def worker(n: int, setup: dict[str, Any], barrier: Barrier, stop: Event, queues: tuple[Any, Any, Any]) -> None:
    """Create events, cancel them in bulk (async jobs), pass the job tokens on, wait for the ones passed in;
    then, Redis killed, read events until the parent says stop.

    ``queues``: this worker's inbox (job tokens), the next worker's inbox, the results.
    """
    inbox, outbox, results = queues
    from spotnana_events.fleet import RedisRateLimiter, RedisTokenCache, redis_from_url
    from spotnana_events.testing._warm import load_models

    load_models()  # the first parse would import them: a second of CPU, before the start

    async def main() -> dict[str, Any]:
        redis = redis_from_url(setup["redis_url"])
        auth = ClientCredentials(*setup["credentials"], cache=RedisTokenCache(redis))
        limiter = RedisRateLimiter(redis, requests_per_second=setup["budget"])
        company = uuid.UUID(setup["company_id"])
        async with AsyncSpotnana(base_url=setup["base_url"], auth=auth, rate_limiter=limiter) as sp:
            await asyncio.to_thread(barrier.wait, TIMEOUT)  # every worker built, none has a token
            bodies = [
                m.CreateEventRequest.from_dict(
                    {
                        "name": f"Fleet kickoff {n}-{i:02d}",
                        "location": {},
                        "companyId": {"id": str(company)},
                        "startDateTime": {"iso8601": f"2027-04-{i % 28 + 1:02d}T09:00"},
                        "endDateTime": {"iso8601": f"2027-04-{i % 28 + 1:02d}T17:00"},
                    }
                )
                for i in range(EVENTS_PER_WORKER)
            ]
            created = await asyncio.gather(*(sp.events.create(body=body) for body in bodies))
            cancelled = await sp.events.bulk_cancel(
                [m.CancelEventRequest(event_id=c.id, type_=m.EventType.GENERIC) for c in created],
                cancel_async=True,
                company_id=company,
            )
            outbox.put([handle.to_token() for handle in cancelled.jobs])  # for the next worker
            tokens: list[str] = await asyncio.to_thread(inbox.get, True, TIMEOUT)
            jobs = await asyncio.gather(
                *(sp.jobs.wait(JobHandle.from_token(t), first_delay=0.05, timeout=TIMEOUT) for t in tokens)
            )
            await asyncio.to_thread(barrier.wait, TIMEOUT)  # every worker done with its jobs
            await asyncio.to_thread(barrier.wait, TIMEOUT)  # the parent killed Redis
            reads = await read_until(sp, [c.id for c in created], stop)
        await redis.aclose()
        return {
            "worker": n,
            "created": len(created),
            "jobs_started": len(cancelled.jobs),
            "jobs_waited": len(jobs),
            "items_cancelled": sum(job.success_count or 0 for job in jobs),
            "token_requests": auth.token_requests,
            "reads": reads,
        }

    try:
        results.put(asyncio.run(main()))
    except (SpotnanaError, OSError, TimeoutError, threading.BrokenBarrierError) as exc:
        barrier.abort()  # the others (and the parent) stop waiting for this worker now
        results.put({"worker": n, "error": f"{type(exc).__name__}: {exc}"})


def busiest_second(times: list[float]) -> int:
    return max((sum(1 for u in times if t <= u < t + 1.0) for t in times), default=0)


def run() -> int:
    from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, FakeRateLimit

    fake = FakeEventAPI(seed=7, job_polls_to_complete=2)
    fake.rate_limit = FakeRateLimit(FAKE_LIMIT)
    arrivals: list[float] = []
    with redis_server() as (redis_url, redis_process), fake_server(fake, arrivals) as base_url:
        step(f"redis-server on {redis_url}, fake Event API on {base_url} (429 beyond {FAKE_LIMIT:g} requests/s)")
        setup = {
            "base_url": base_url,
            "redis_url": redis_url,
            "credentials": fake.credentials,
            "company_id": DEFAULT_COMPANY_ID,
            "budget": BUDGET,
        }
        barrier, stop, results = CTX.Barrier(WORKERS + 1), CTX.Event(), CTX.Queue()
        inboxes = [CTX.Queue() for _ in range(WORKERS)]
        processes = [
            CTX.Process(
                target=worker,
                args=(n, setup, barrier, stop, (inboxes[n], inboxes[(n + 1) % WORKERS], results)),
                daemon=True,
            )
            for n in range(WORKERS)
        ]
        for process in processes:
            process.start()
        try:
            barrier.wait(TIMEOUT)
            step(f"{WORKERS} worker processes started, sharing one Redis, budget {BUDGET:g} requests/s for the fleet")
            barrier.wait(TIMEOUT)
            shared = list(arrivals)  # the first phase: Redis up
            redis_process.kill()
            redis_process.wait()
            killed = time.monotonic()
            step(f"Redis killed: the workers read events for {OUTAGE_SECONDS:g} s, each keeping to its share")
            barrier.wait(TIMEOUT)
            time.sleep(OUTAGE_SECONDS)
            stop.set()
            during_outage = [t for t in arrivals if killed <= t < killed + OUTAGE_SECONDS]
            collected = sorted((results.get(timeout=TIMEOUT) for _ in processes), key=lambda r: int(r["worker"]))
        finally:
            for process in processes:
                process.join(TIMEOUT)
                if process.is_alive():
                    process.kill()
    return summary(fake, collected, arrivals, shared, during_outage)


def summary(
    fake: Any, collected: list[dict[str, Any]], arrivals: list[float], shared: list[float], during_outage: list[float]
) -> int:
    """Print what the workers did and what the server saw; 0 when the fleet kept its promises."""
    errors = [r["error"] for r in collected if "error" in r]
    if errors:
        print(f"demo failed: {'; '.join(errors)}", file=sys.stderr)
        return 1
    for r in collected:
        n = int(r["worker"])
        step(
            f"  worker {n}: created {r['created']} events, started {r['jobs_started']} cancel jobs; "
            f"waited for worker {(n - 1) % WORKERS}'s {r['jobs_waited']} jobs ({r['items_cancelled']} cancelled)"
        )
    token_requests = fake.operation_count("fetchOauth2Token")
    elapsed = shared[-1] - shared[0]
    rate = (len(shared) - 1) / elapsed
    busiest = busiest_second(arrivals)
    outage_rate = len(during_outage) / OUTAGE_SECONDS
    print("\nsummary")
    print(f"  token requests       {token_requests} for {WORKERS} processes")
    print(f"  API requests         {len(shared)} in {elapsed:.1f} s")
    print(f"  achieved rate        {rate:.1f}/s (budget {BUDGET:g}/s, +10%: {BUDGET * 1.1:g}/s)")
    print(f"  busiest second       {busiest} requests (fake's limit {FAKE_LIMIT:g})")
    print(f"  429s seen            {fake.rate_limit.rejected}")
    cancelled = sum(int(r["items_cancelled"]) for r in collected)
    expected = WORKERS * EVENTS_PER_WORKER
    print(f"  events cancelled     {cancelled} of {expected} (each waited for by another process)")
    print(
        f"  rate, Redis killed   {outage_rate:.1f}/s over {OUTAGE_SECONDS:g} s "
        f"(budget {BUDGET:g}/s, 1.25x: {OUTAGE_LIMIT:g}/s)"
    )
    if token_requests != 1 or fake.rate_limit.rejected or rate > BUDGET * 1.1 or cancelled != expected:
        print("demo failed: the fleet did not share its token and budget", file=sys.stderr)
        return 1
    if outage_rate > OUTAGE_LIMIT:
        print("demo failed: with Redis killed, the fleet went over its budget", file=sys.stderr)
        return 1
    print("demo-fleet OK")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(run())
    except RuntimeError as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        sys.exit(1)
