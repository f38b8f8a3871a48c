"""Our spans over loopback HTTP, with and without opentelemetry-instrumentation-httpx: its
CLIENT span per attempt (and per token request) is a child of our call span; without it
there are no CLIENT spans at all."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.trace import SpanKind
from spotnana_events import AsyncSpotnana, ClientCredentials
from spotnana_events.testing import FakeEventAPI, Fault

from tests._otel_support import Otel, children, everything_recorded


@pytest.fixture
def served() -> Iterator[tuple[FakeEventAPI, str]]:
    """The fake on a loopback port, served by uvicorn in a thread of this process (faults stay reachable)."""
    fake = FakeEventAPI()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        fake.asgi_app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", interface="asgi3"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the fake did not start"
        time.sleep(0.02)
    yield fake, f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _client(fake: FakeEventAPI, url: str, otel: Otel, **options: Any) -> AsyncSpotnana:
    return AsyncSpotnana(base_url=url, auth=ClientCredentials(*fake.credentials), **otel.providers, **options)


async def test_without_httpx_instrumentation_there_are_only_our_internal_spans(
    served: tuple[FakeEventAPI, str],
) -> None:
    fake, url = served
    otel = Otel.make()
    (event_id,) = fake.seed_events(1)
    fake.add_fault(Fault(status=502, operation="getEvent", times=1))
    async with _client(fake, url, otel) as sp:
        await sp.events.get(event_id)
    spans = otel.spans(ours_only=False)
    assert [(s.name, s.kind) for s in spans] == [("spotnana.events.get", SpanKind.INTERNAL)]
    assert spans[0].attributes is not None
    assert spans[0].attributes["server.address"] == "127.0.0.1"
    assert spans[0].attributes["spotnana.attempts"] == 2
    recorded = everything_recorded(otel)
    leaked = [v for v in (fake.credentials[1], *fake.tokens, event_id, "Bearer") if v in recorded]
    assert not leaked, leaked


async def test_httpx_client_spans_are_children_of_our_span_one_per_attempt(served: tuple[FakeEventAPI, str]) -> None:
    fake, url = served
    otel = Otel.make()
    (event_id,) = fake.seed_events(1)
    fake.add_fault(Fault(status=502, operation="getEvent", times=1))
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=otel.tracer_provider)
    try:
        async with _client(fake, url, otel) as sp:
            await sp.events.get(event_id)
            _ = [e async for e in sp.events.list(page_size=100)]
    finally:
        instrumentor.uninstrument()

    spans = otel.spans(ours_only=False)
    ours = otel.spans()
    client_spans = [s for s in spans if s.kind is SpanKind.CLIENT]
    # No duplicates: one CLIENT span per HTTP request the server saw (token + 2 attempts + 1 page), all of them
    # under one of ours; ours are all INTERNAL.
    assert len(client_spans) == len(fake.calls) == 4
    assert all(s.kind is SpanKind.INTERNAL for s in ours)
    get = otel.one("spotnana.events.get")
    under_get = children(get, spans)
    assert [s.kind for s in under_get] == [SpanKind.CLIENT] * 3  # the token request and both attempts
    # (the instrumentation names the status after the old or the stable semantic conventions)
    statuses = sorted(
        str((s.attributes or {}).get("http.response.status_code", (s.attributes or {}).get("http.status_code")))
        for s in under_get
    )
    assert statuses == ["200", "200", "502"]
    page = otel.one("spotnana.events.list_page")
    assert [s.kind for s in children(page, spans)] == [SpanKind.CLIENT]
    assert children(otel.one("spotnana.events.list"), spans) == [page]
    assert {s.context.trace_id for s in spans if s.context} == {
        get.context.trace_id if get.context else 0,
        page.context.trace_id if page.context else 0,
    }


async def test_a_raising_span_processor_under_httpx_instrumentation_never_hides_a_delivered_create(
    served: tuple[FakeEventAPI, str],
) -> None:
    """The instrumentation's CLIENT span ends (and the processor raises) after the answer came back:
    the call cannot return it, but says the create may have been applied instead of a bare RuntimeError."""
    from spotnana_event_api import models as m
    from spotnana_events import APIConnectionError

    from tests.sdk.test_telemetry_contained import Raising

    fake, url = served
    otel = Otel.make()
    # Instrumented after the client is made: only a client on httpx's own transport is seen.
    async with _client(fake, url, otel, transport="httpx") as sp:
        (event_id,) = fake.seed_events(1)
        await sp.events.get(event_id)  # the token is fetched before the plugin breaks
        otel.tracer_provider.add_span_processor(Raising("end"))
        instrumentor = HTTPXClientInstrumentor()
        instrumentor.instrument(tracer_provider=otel.tracer_provider)
        try:
            with pytest.raises(APIConnectionError) as caught:
                await sp.events.create(body=m.CreateEventRequest.from_dict({"name": "Offsite", "location": {}}))
        finally:
            instrumentor.uninstrument()
    assert caught.value.maybe_applied is True
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert "RuntimeError after the request went out" in str(caught.value)
    assert [e["name"] for e in fake.events.values()].count("Offsite") == 1  # delivered once, and said so
