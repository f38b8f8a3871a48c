"""One client across event loops and threads, against the fake on loopback HTTP (real sockets).

A pool the client built follows the running loop: every call works, and a create is sent once.
A pool the caller passed cannot follow: another loop is a ``ConfigurationError`` before anything
is sent. Two threads at once, or a closed client: a ``ConfigurationError``, nothing sent."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator

import httpx
import pytest
from spotnana_event_api import models as m
from spotnana_events import AsyncSpotnana, ClientCredentials, ConfigurationError
from spotnana_events.testing import FakeEventAPI, Fault

from tests.fleet._harness import FakeServer


@pytest.fixture  # per test (and per transport): each counts what it sent
def server() -> Iterator[FakeServer]:
    with FakeServer(FakeEventAPI()) as running:
        yield running


def _body(name: str) -> m.CreateEventRequest:
    return m.CreateEventRequest.from_dict({"name": name, "location": {}})


def _client(server: FakeServer, **kwargs: object) -> AsyncSpotnana:
    return AsyncSpotnana(base_url=server.base_url, auth=ClientCredentials(*server.fake.credentials), **kwargs)  # type: ignore[arg-type]


def _created(server: FakeServer, prefix: str) -> list[str]:
    return sorted(e["name"] for e in server.fake.events.values() if e["name"].startswith(prefix))


def test_one_client_serves_successive_asyncio_runs_and_each_create_is_sent_once(
    server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The issue's case: ok, RuntimeError, ok, RuntimeError, with all four creates delivered;
    the pools of the loops that ended are dropped quietly (aiohttp's would say "Unclosed")."""
    sp = _client(server)
    outcomes = []
    for n in range(4):
        created = asyncio.run(sp.events.create(body=_body(f"loops-a-{n}")))
        outcomes.append(bool(created.id))
    assert outcomes == [True] * 4
    assert _created(server, "loops-a-") == [f"loops-a-{n}" for n in range(4)]
    # with_options clones share the pool, and follow the loop with it
    fast = sp.with_options(timeout=5.0)
    assert asyncio.run(fast.events.create(body=_body("loops-a-clone"))).id
    asyncio.run(sp.aclose())
    gc.collect()
    assert [r.getMessage() for r in caplog.records if "Unclosed" in r.getMessage()] == []


def test_successive_threads_each_with_its_own_loop_share_one_client(server: FakeServer) -> None:
    sp = _client(server)
    results: list[object] = []

    def run(n: int) -> None:
        try:
            results.append(asyncio.run(sp.events.create(body=_body(f"loops-b-{n}"))).id)
        except Exception as exc:  # reported below
            results.append(exc)

    for n in range(3):
        thread = threading.Thread(target=run, args=(n,))
        thread.start()
        thread.join(30)
    assert all(isinstance(r, str) for r in results), results
    assert _created(server, "loops-b-") == [f"loops-b-{n}" for n in range(3)]


@pytest.mark.parametrize("given", ["http_client", "transport"])
def test_a_pool_the_caller_passed_is_refused_on_another_loop_before_anything_is_sent(
    server: FakeServer, given: str
) -> None:
    pool: dict[str, object] = (
        {"http_client": httpx.AsyncClient()} if given == "http_client" else {"transport": httpx.AsyncHTTPTransport()}
    )
    sp = _client(server, **pool)
    assert asyncio.run(sp.events.create(body=_body(f"loops-c-{given}-1"))).id
    sent = len(server.request_times)
    with pytest.raises(ConfigurationError, match=f"the {given} this AsyncSpotnana was given") as caught:
        asyncio.run(sp.events.create(body=_body(f"loops-c-{given}-2")))
    assert "new " + given in str(caught.value)
    assert len(server.request_times) == sent  # refused before sending
    assert _created(server, f"loops-c-{given}-") == [f"loops-c-{given}-1"]


def test_an_in_process_transport_serves_every_loop() -> None:
    fake = FakeEventAPI()
    sp = fake.client()
    for n in range(3):
        asyncio.run(sp.events.create(body=_body(f"in-process-{n}")))
    assert len(fake.events) == 3


def test_two_threads_using_one_client_at_once_get_a_clear_error_and_nothing_is_sent(server: FakeServer) -> None:
    sp = _client(server)
    asyncio.run(sp.events.create(body=_body("loops-d-warm")))  # token fetched, pool bound
    server.fake.add_fault(Fault(latency=1.0, operation="createEvent", times=1))
    started = threading.Event()
    first: list[object] = []

    async def slow_create() -> str:
        task = asyncio.create_task(sp.events.create(body=_body("loops-d-first")))
        await asyncio.sleep(0.2)  # the call is in flight
        started.set()
        return (await task).id

    thread = threading.Thread(target=lambda: first.append(asyncio.run(slow_create())))
    thread.start()
    assert started.wait(30)
    sent = len(server.request_times)
    with pytest.raises(ConfigurationError, match="another event loop") as caught:
        asyncio.run(sp.events.create(body=_body("loops-d-second")))
    assert "one client per thread" in str(caught.value)
    assert len(server.request_times) == sent
    thread.join(30)
    assert isinstance(first[0], str)  # the first thread's call was not disturbed
    assert _created(server, "loops-d-") == ["loops-d-first", "loops-d-warm"]
    # once the first thread is done, this thread may use the client
    assert asyncio.run(sp.events.create(body=_body("loops-d-third"))).id


def test_an_idle_loop_in_another_thread_hands_over_and_its_pool_is_closed_there(server: FakeServer) -> None:
    sp = _client(server)
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(sp.events.create(body=_body("loops-e-1")), other).result(30)
        first_pool = sp._http
        assert asyncio.run(sp.events.create(body=_body("loops-e-2"))).id  # this loop now
        assert sp._http is not first_pool
        asyncio.run_coroutine_threadsafe(asyncio.sleep(0.1), other).result(30)  # let it run the close
        assert first_pool.is_closed
    finally:
        other.call_soon_threadsafe(other.stop)
        thread.join(30)
        other.close()


def test_a_closed_client_refuses_calls_clearly_and_sends_nothing(server: FakeServer) -> None:
    sp = _client(server)

    async def use_and_close() -> None:
        async with sp:
            await sp.events.create(body=_body("loops-f-1"))

    asyncio.run(use_and_close())
    sent = len(server.request_times)
    with pytest.raises(ConfigurationError, match="closed"):
        asyncio.run(sp.events.create(body=_body("loops-f-2")))
    assert len(server.request_times) == sent
