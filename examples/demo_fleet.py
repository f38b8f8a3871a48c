"""A fleet of processes sharing one token and one request budget through Redis.

    make demo-fleet

Starts ``redis-server`` on a free loopback port (no persistence) and the fake Event API on
loopback HTTP, with the fake's own rate limit (429 + Retry-After) set above the fleet's
budget. Four worker processes, cold, each create events, cancel them in bulk
asynchronously and hand the job handles (``JobHandle.to_token``) to the next worker, which
waits for them (``JobHandle.from_token``). Prints the token requests, the request rate the
server saw against the budget, and the 429s it answered.
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
from multiprocessing.synchronize import Barrier
from typing import Any

from spotnana_event_api import models as m
from spotnana_events import AsyncSpotnana, ClientCredentials, JobHandle, SpotnanaError

WORKERS = 4
EVENTS_PER_WORKER = 25
BUDGET = 50.0  # requests per second for the whole fleet
FAKE_LIMIT = BUDGET * 1.5  # the fake answers 429 beyond this: it would show a budget that failed
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
def redis_server() -> Iterator[str]:
    """``redis-server`` on a free loopback port with no persistence; stopped on the way out."""
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
        yield f"redis://127.0.0.1:{port}/0"
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


def worker(n: int, setup: dict[str, Any], barrier: Barrier, queues: tuple[Any, Any, Any]) -> None:
    """Create events, cancel them in bulk (async jobs), pass the job tokens on, wait for the ones passed in.

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
        await redis.aclose()
        return {
            "worker": n,
            "created": len(created),
            "jobs_started": len(cancelled.jobs),
            "jobs_waited": len(jobs),
            "items_cancelled": sum(job.success_count or 0 for job in jobs),
            "token_requests": auth.token_requests,
        }

    try:
        results.put(asyncio.run(main()))
    except (SpotnanaError, OSError, TimeoutError) as exc:
        results.put({"worker": n, "error": f"{type(exc).__name__}: {exc}"})


def busiest_second(times: list[float]) -> int:
    return max((sum(1 for u in times if t <= u < t + 1.0) for t in times), default=0)


def run() -> int:
    from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, FakeRateLimit

    fake = FakeEventAPI(seed=7, job_polls_to_complete=2)
    fake.rate_limit = FakeRateLimit(FAKE_LIMIT)
    arrivals: list[float] = []
    with redis_server() as redis_url, fake_server(fake, arrivals) as base_url:
        step(f"redis-server on {redis_url}, fake Event API on {base_url} (429 beyond {FAKE_LIMIT:g} requests/s)")
        setup = {
            "base_url": base_url,
            "redis_url": redis_url,
            "credentials": fake.credentials,
            "company_id": DEFAULT_COMPANY_ID,
            "budget": BUDGET,
        }
        barrier, results = CTX.Barrier(WORKERS + 1), CTX.Queue()
        inboxes = [CTX.Queue() for _ in range(WORKERS)]
        processes = [
            CTX.Process(
                target=worker, args=(n, setup, barrier, (inboxes[n], inboxes[(n + 1) % WORKERS], results)), daemon=True
            )
            for n in range(WORKERS)
        ]
        for process in processes:
            process.start()
        try:
            barrier.wait(TIMEOUT)
            step(f"{WORKERS} worker processes started, sharing one Redis, budget {BUDGET:g} requests/s for the fleet")
            collected = sorted((results.get(timeout=TIMEOUT) for _ in processes), key=lambda r: int(r["worker"]))
        finally:
            for process in processes:
                process.join(TIMEOUT)
                if process.is_alive():
                    process.kill()
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
    elapsed = arrivals[-1] - arrivals[0]
    rate = (len(arrivals) - 1) / elapsed
    busiest = busiest_second(arrivals)
    print("\nsummary")
    print(f"  token requests       {token_requests} for {WORKERS} processes")
    print(f"  API requests         {len(arrivals)} in {elapsed:.1f} s")
    print(f"  achieved rate        {rate:.1f}/s (budget {BUDGET:g}/s, +10%: {BUDGET * 1.1:g}/s)")
    print(f"  busiest second       {busiest} requests (fake's limit {FAKE_LIMIT:g})")
    print(f"  429s seen            {fake.rate_limit.rejected}")
    cancelled = sum(int(r["items_cancelled"]) for r in collected)
    expected = WORKERS * EVENTS_PER_WORKER
    print(f"  events cancelled     {cancelled} of {expected} (each waited for by another process)")
    if token_requests != 1 or fake.rate_limit.rejected or rate > BUDGET * 1.1 or cancelled != expected:
        print("demo failed: the fleet did not share its token and budget", file=sys.stderr)
        return 1
    print("demo-fleet OK")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(run())
    except RuntimeError as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        sys.exit(1)
