"""``make bench``: the performance targets, each as a ratio to a baseline measured in the same run.

Absolute times on a shared machine are noise; ratios against a baseline measured
moments before, on the same machine, are what the targets are stated in.
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spotnana_event_api.models import ListEventsRequest

from benchmarks import _data, _loopback
from benchmarks.bench_import import import_costs

BASE = "http://127.0.0.1:9"
LATENCY = 0.020
CONCURRENCY = 4


def best_of(repeats: int, run: Callable[[], Coroutine[Any, Any, float]]) -> float:
    return min(asyncio.run(run()) for _ in range(repeats))


def best_in_turns(
    repeats: int, baseline: Callable[[], Coroutine[Any, Any, float]], ours: Callable[[], Coroutine[Any, Any, float]]
) -> tuple[float, float, float]:
    """Each side's best of ``repeats`` and the median of the per-round ratios, run in turns:
    a shared machine's speed changes from one second to the next, and both sides of a round
    ran at the same speed."""
    baseline_times, our_times = [], []
    for _ in range(repeats):
        baseline_times.append(asyncio.run(baseline()))
        our_times.append(asyncio.run(ours()))
    ratio = statistics.median(mine / theirs for mine, theirs in zip(our_times, baseline_times, strict=True))
    return min(baseline_times), min(our_times), ratio


def fixed_transport(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))


def sdk(body: bytes, *, telemetry: bool = True) -> Any:
    from spotnana_events import AsyncSpotnana, BearerToken

    return AsyncSpotnana(base_url=BASE, auth=BearerToken("bench"), transport=fixed_transport(body), telemetry=telemetry)


async def per_call(call: Callable[[], Awaitable[Any]], n: int) -> float:
    for _ in range(20):
        await call()
    gc.collect()
    start = time.perf_counter()
    for _ in range(n):
        await call()
    return (time.perf_counter() - start) / n


def bench_get() -> tuple[float, float, float]:
    body = json.dumps({"event": _data.event(1)}).encode()
    n = 300

    async def raw() -> float:
        async with httpx.AsyncClient(transport=fixed_transport(body)) as client:

            async def call() -> Any:
                response = await client.get(f"{BASE}/v2/events/1", headers={"Authorization": "Bearer bench"})
                return json.loads(response.content)

            return await per_call(call, n)

    async def ours() -> float:
        async with sdk(body) as sp:
            return await per_call(lambda: sp.events.get("1"), n)

    return best_in_turns(7, raw, ours)


def bench_get_telemetry() -> tuple[float, float, float]:
    """``sp.events.get`` traced through opentelemetry-api with no provider configured, against
    ``telemetry=False``; runs alternate so both see the same machine load."""
    body = json.dumps({"event": _data.event(1)}).encode()
    n = 300

    async def run(telemetry: bool) -> float:
        async with sdk(body, telemetry=telemetry) as sp:
            traced = type(sp._telemetry).__name__ == "OpenTelemetry"
            assert traced == telemetry, "the telemetry row needs opentelemetry-api installed"
            return await per_call(lambda: sp.events.get("1"), n)

    return best_in_turns(7, lambda: run(False), lambda: run(True))


def _read_everything(value: Any) -> int:
    """Touch every field of a parsed model, recursively (forces every lazy parse)."""
    if isinstance(value, list):
        return sum(_read_everything(item) for item in value)
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is None:
        return 1
    return sum(_read_everything(getattr(value, f.name)) for f in fields if not f.name.startswith("_"))


def bench_list(mode: str) -> tuple[float, float, float]:
    events = [_data.event(n) for n in range(100)]
    body = json.dumps({"events": events, "paginationParams": {"totalNumResults": 100}}).encode()
    n = 20

    async def raw() -> float:
        async with httpx.AsyncClient(transport=fixed_transport(body)) as client:

            async def call() -> Any:
                response = await client.post(f"{BASE}/v2/events/list", json={"limit": 100})
                document = json.loads(response.content)
                if mode != "id+name":
                    return [dict(e) for e in document["events"]]
                return [(e["id"], e["name"]) for e in document["events"]]

            return await per_call(call, n)

    async def ours() -> float:

        async with sdk(body) as sp:

            async def call() -> Any:
                page = await sp.events.list_page(body=ListEventsRequest(limit=100))
                if mode == "to_dict":
                    return [e.to_dict() for e in page.events]
                if mode == "every field":
                    return _read_everything(page.events)
                return [(e.id, e.name) for e in page.events]

            return await per_call(call, n)

    return best_in_turns(7, raw, ours)


class CannedServer:
    """An in-process Event API that answers from prepared bodies after ``latency``:
    the crawl and bulk figures then measure the SDK's scheduling and parsing, not the
    CPU time of a fake server sharing this process (a real server has its own)."""

    def __init__(self, *, events: int, latency: float) -> None:
        self.latency = latency
        self.total = events
        self.ids = [str(6926658168 + n) for n in range(events)]
        self.pages: dict[tuple[int, int], bytes] = {}
        self.requests = 0
        self.in_flight = self.peak_in_flight = 0

    def _page(self, offset: int, limit: int) -> bytes:
        body = self.pages.get((offset, limit))
        if body is None:
            events = [
                {"id": event_id, "name": f"Event {event_id}", "status": "PUBLISH", "type": "GENERIC"}
                for event_id in self.ids[offset : offset + limit]
            ]
            body = json.dumps({"events": events, "paginationParams": {"totalNumResults": self.total}}).encode()
            self.pages[offset, limit] = body
        return body

    def prepare(self, limit: int = 100) -> None:
        for offset in range(0, self.total, limit):
            self._page(offset, limit)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.latency)
        finally:
            self.in_flight -= 1
        document = json.loads(request.content)
        if request.url.path == "/v2/events/list":
            body = self._page(document.get("offset", 0), document.get("limit", 100))
        else:  # bulk-cancel
            answers = [{"eventId": item["eventId"], "status": "SUCCESS"} for item in document["cancelEventRequests"]]
            body = json.dumps({"cancelEventResponses": answers}).encode()
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    def client(self) -> Any:
        from spotnana_events import AsyncSpotnana, BearerToken

        return AsyncSpotnana(base_url=BASE, auth=BearerToken("bench"), transport=httpx.MockTransport(self.handle))


def bench_crawl() -> tuple[float, float]:
    total = 10_000
    pages = math.ceil(total / 100)
    bound = math.ceil(pages / CONCURRENCY) * LATENCY
    server = CannedServer(events=total, latency=LATENCY)
    server.prepare()

    async def crawl() -> float:
        async with server.client() as sp:
            start = time.perf_counter()
            count = 0
            async for _ in sp.events.list(concurrency=CONCURRENCY):
                count += 1
            elapsed = time.perf_counter() - start
        assert count == total, count
        assert server.peak_in_flight == CONCURRENCY
        return elapsed

    return bound, best_of(3, crawl)


BULK_LATENCY = 0.100  # long enough that the SDK's own CPU time cannot pass for a round trip


def bench_bulk_cancel() -> tuple[float, float]:
    """Round trips = elapsed / latency: with bounded concurrency, ceil(10 requests / 4)."""
    items = 1000
    expected_round_trips = math.ceil(math.ceil(items / 100) / CONCURRENCY)

    async def run() -> float:
        from spotnana_event_api.models import CancelEventRequest, EventType

        server = CannedServer(events=items, latency=BULK_LATENCY)
        requests = [CancelEventRequest(event_id=e, type_=EventType.GENERIC) for e in server.ids]
        async with server.client() as sp:
            start = time.perf_counter()
            result = await sp.events.bulk_cancel(requests, concurrency=CONCURRENCY)
            elapsed = time.perf_counter() - start
        assert len(result.succeeded) == items
        assert server.requests == math.ceil(items / 100)
        return elapsed / BULK_LATENCY

    return float(expected_round_trips), float(round(best_of(3, run)))


async def _drive(call: Callable[[], Awaitable[Any]], n: int, in_flight: int) -> float:
    """Seconds per call of ``n`` calls, ``in_flight`` at a time (after a warm-up)."""
    for _ in range(50):
        await call()
    gc.collect()

    async def worker(calls: int) -> None:
        for _ in range(calls):
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker(n // in_flight) for _ in range(in_flight)))
    return (time.perf_counter() - start) / (n // in_flight * in_flight)


def bench_wire_get(in_flight: int, transport: str) -> tuple[float, float, float]:
    """``sp.events.get`` against raw aiohttp (GET + json.loads) on the same loopback server, a
    process of its own answering a ~250-byte event (issue 27), in turns."""
    import aiohttp

    n = 2000

    with _loopback.serving() as url:

        async def raw() -> float:
            async with aiohttp.ClientSession() as session:

                async def call() -> Any:
                    async with session.get(f"{url}/v2/events/1", headers={"Authorization": "Bearer bench"}) as r:
                        return json.loads(await r.read())

                return await _drive(call, n, in_flight)

        async def ours() -> float:
            from spotnana_events import AsyncSpotnana, BearerToken

            async with AsyncSpotnana(base_url=url, auth=BearerToken("bench"), transport=transport) as sp:  # type: ignore[arg-type]
                return await _drive(lambda: sp.events.get("1"), n, in_flight)

        return best_in_turns(5, raw, ours)


def bench_wire_crawl() -> tuple[float, float]:
    """The crawl row over loopback HTTP on the fast transport (server in its own process)."""
    total = 10_000
    bound = math.ceil(math.ceil(total / 100) / CONCURRENCY) * LATENCY

    async def crawl(url: str) -> float:
        from spotnana_events import AsyncSpotnana, BearerToken

        async with AsyncSpotnana(base_url=url, auth=BearerToken("bench"), transport="aiohttp") as sp:
            start = time.perf_counter()
            count = sum([1 async for _ in sp.events.list(concurrency=CONCURRENCY)])
            elapsed = time.perf_counter() - start
        assert count == total, count
        return elapsed

    with _loopback.serving(latency=LATENCY, events=total) as url:
        return bound, min(asyncio.run(crawl(url)) for _ in range(3))


def bench_wire_bulk() -> tuple[float, float]:
    """The bulk-cancel row over loopback HTTP on the fast transport: round trips."""
    items = 1000
    expected_round_trips = math.ceil(math.ceil(items / 100) / CONCURRENCY)

    async def run(url: str) -> float:
        from spotnana_event_api.models import CancelEventRequest, EventType
        from spotnana_events import AsyncSpotnana, BearerToken

        ids = [str(6926658168 + n) for n in range(items)]
        requests = [CancelEventRequest(event_id=e, type_=EventType.GENERIC) for e in ids]
        async with AsyncSpotnana(base_url=url, auth=BearerToken("bench"), transport="aiohttp") as sp:
            start = time.perf_counter()
            result = await sp.events.bulk_cancel(requests, concurrency=CONCURRENCY)
            elapsed = time.perf_counter() - start
        assert len(result.succeeded) == items
        return elapsed / BULK_LATENCY

    with _loopback.serving(latency=BULK_LATENCY, events=items) as url:
        return float(expected_round_trips), float(round(min(asyncio.run(run(url)) for _ in range(3))))


def bench_memory() -> tuple[float, float]:
    """Peak memory traced during a crawl (the server's prepared bodies are made before tracing)."""

    async def peak(total: int) -> float:
        server = CannedServer(events=total, latency=0)
        server.prepare()
        async with server.client() as sp:
            gc.collect()
            tracemalloc.start()
            count = 0
            async for _ in sp.events.list(concurrency=CONCURRENCY):
                count += 1
            _, top = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert count == total, count
        return float(top)

    return asyncio.run(peak(1_000)), asyncio.run(peak(10_000))


def bench_import_row() -> tuple[float, float, float]:
    return import_costs("spotnana_events")


# A row's run gives (baseline, ours) or, measured in turns, (baseline, ours, median ratio).
ROWS: list[tuple[str, str, Callable[[], tuple[float, ...]], float | None, str]] = [
    ("import spotnana_events (CPU)", "import httpx", bench_import_row, 1.3, "s"),
    ("await sp.events.get(id), per call", "raw httpx + json.loads", bench_get, 1.5, "s"),
    ("the same, otel API, no provider", "telemetry=False", bench_get_telemetry, 1.05, "s"),
    ("list 100 events, read id + name", "raw httpx + json.loads", lambda: bench_list("id+name"), 1.5, "s"),
    ("list 100 events, to_dict() each", "raw httpx + json.loads", lambda: bench_list("to_dict"), 2.5, "s"),
    ("list 100 events, read every field", "raw httpx + json.loads", lambda: bench_list("every field"), None, "s"),
    ("crawl 10,000 events, 20 ms/request", "ceil(pages/4) * 20 ms", bench_crawl, 1.3, "s"),
    ("bulk-cancel 1,000, 100 ms/request (trips)", "ceil(10 requests / 4)", bench_bulk_cancel, 1.0, "n"),
    ("peak memory, 10,000-event crawl", "1,000-event crawl", bench_memory, 1.2, "b"),
    # issue 27: over loopback HTTP, the server in a process of its own
    ("get over loopback, 1 in flight", "raw aiohttp + json.loads", lambda: bench_wire_get(1, "aiohttp"), 1.5, "s"),
    ("get over loopback, 100 in flight", "raw aiohttp + json.loads", lambda: bench_wire_get(100, "aiohttp"), 1.5, "s"),
    ("the same, transport='httpx', 1", "raw aiohttp + json.loads", lambda: bench_wire_get(1, "httpx"), None, "s"),
    ("the same, transport='httpx', 100", "raw aiohttp + json.loads", lambda: bench_wire_get(100, "httpx"), None, "s"),
    ("crawl 10,000 over loopback, aiohttp", "ceil(pages/4) * 20 ms", bench_wire_crawl, 1.3, "s"),
    ("bulk-cancel 1,000 over loopback (trips)", "ceil(10 requests / 4)", bench_wire_bulk, 1.0, "n"),
]


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.2f} ms"
    if unit == "b":
        return f"{value / 1e6:.2f} MB"
    return f"{value:.0f}"


def main(only: list[str]) -> int:
    """``only``: run the rows whose name contains one of these words (all rows without)."""
    python = platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {python}, {platform.system()}")
    print(
        f"| {'figure':<40} | {'baseline':<24} | {'baseline value':>14} | {'ours':>12} | {'ratio':>6} | target  | ok  |"
    )
    print(f"|{'-' * 42}|{'-' * 26}|{'-' * 16}|{'-' * 14}|{'-' * 8}|---------|-----|")
    failed = 0
    for name, baseline_name, run, target, unit in ROWS:
        if only and not any(word in name for word in only):
            continue
        baseline, ours, *median = run()
        ratio = median[0] if median else ours / baseline
        ok = target is None or ratio <= target + 1e-9
        failed += not ok
        goal = f"<= {target:g}x" if target is not None else "(info)"
        verdict = "yes" if target is not None and ok else "NO" if not ok else "-"
        print(
            f"| {name:<40} | {baseline_name:<24} | {_fmt(baseline, unit):>14} | {_fmt(ours, unit):>12} | "
            f"{ratio:>5.2f}x | {goal:<7} | {verdict:<3} |",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
