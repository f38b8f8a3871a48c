"""Tracing never changes an outcome: a span processor, meter or provider that raises is contained
(logged once), and the call's own result or error stands. Read back through the OpenTelemetry
SDK's in-memory exporter, with a raising span processor next to it."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor
from spotnana_event_api import models as m
from spotnana_events import NotFoundError, _otel
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault

from tests._otel_support import Otel


class Raising(SpanProcessor):
    """A span processor (an application's plugin) that raises in ``on_start``, ``on_end`` or both."""

    def __init__(self, *where: str) -> None:
        self.where = where
        self.raised = 0

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        if "start" in self.where:
            self.raised += 1
            raise RuntimeError("plugin broke in on_start")

    def on_end(self, span: ReadableSpan) -> None:
        if "end" in self.where:
            self.raised += 1
            raise RuntimeError("plugin broke in on_end")


class _RaisingInstrument:
    def add(self, *args: Any, **kwargs: Any) -> None:
        raise RuntimeError("meter broke")

    record = add


class _RaisingMeter:
    def create_histogram(self, *args: Any, **kwargs: Any) -> _RaisingInstrument:
        return _RaisingInstrument()

    create_counter = create_histogram


class RaisingMeterProvider:
    """A meter provider whose instruments raise on every measurement."""

    def get_meter(self, *args: Any, **kwargs: Any) -> _RaisingMeter:
        return _RaisingMeter()


class BrokenTracerProvider:
    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("no tracer for you")


@pytest.fixture
def warnings_logged(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Our logger's lines; the once-per-process flag reset for this test."""
    monkeypatch.setattr(_otel, "_warned", False)
    caplog.set_level(logging.DEBUG, logger="spotnana_events")
    return caplog


def _otel_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "OpenTelemetry" in r.getMessage()
    ]


def _create(name: str) -> m.CreateEventRequest:
    return m.CreateEventRequest.from_dict({"name": name, "location": {}})


@pytest.mark.parametrize("where", [("end",), ("start",), ("start", "end")])
async def test_a_span_processor_that_raises_never_fails_a_create_that_succeeded(
    where: tuple[str, ...], warnings_logged: pytest.LogCaptureFixture
) -> None:
    otel = Otel.make()
    plugin = Raising(*where)
    otel.tracer_provider.add_span_processor(plugin)
    fake = FakeEventAPI()
    sp = fake.client(**otel.providers)
    created = [await sp.events.create(body=_create(f"Offsite {n}")) for n in range(3)]
    assert len({c.id for c in created}) == 3
    assert len(fake.events) == 3  # each create sent once: nothing made the caller retry
    assert plugin.raised >= 3
    assert len(_otel_warnings(warnings_logged)) == 1  # logged once, not per call
    assert "RuntimeError" in _otel_warnings(warnings_logged)[0]
    assert "plugin broke" not in _otel_warnings(warnings_logged)[0]  # its text stays at DEBUG
    if where == ("end",):  # the span was still started and ended: the exporter next to the plugin has it
        assert len(otel.named("spotnana.events.create")) == 3


@pytest.mark.parametrize("where", [("end",), ("start",)])
async def test_the_calls_own_error_stands_when_a_span_processor_raises(
    where: tuple[str, ...], warnings_logged: pytest.LogCaptureFixture
) -> None:
    otel = Otel.make()
    otel.tracer_provider.add_span_processor(Raising(*where))
    sp = FakeEventAPI().client(**otel.providers)
    with pytest.raises(NotFoundError):
        await sp.events.get("no-such-event")


@pytest.mark.parametrize("where", [("end",), ("start",)])
async def test_crawls_bulk_runs_and_job_waits_survive_a_raising_span_processor(
    where: tuple[str, ...], warnings_logged: pytest.LogCaptureFixture
) -> None:
    otel = Otel.make()
    otel.tracer_provider.add_span_processor(Raising(*where))
    fake = FakeEventAPI(job_polls_to_complete=1)
    ids = fake.seed_events(120)
    sp = fake.client(**otel.providers)
    assert len([e async for e in sp.events.list(page_size=50)]) == 120
    cancels = [m.CancelEventRequest(event_id=i, type_=m.EventType.GENERIC) for i in ids[:3]]
    result = await sp.events.bulk_cancel(cancels, cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    job = await sp.jobs.wait(result.jobs[0], first_delay=0.01)
    assert str(job.status) == "COMPLETED"


async def test_a_meter_that_raises_never_fails_a_retried_call_or_a_token_request(
    warnings_logged: pytest.LogCaptureFixture,
) -> None:
    otel = Otel.make()
    fake = FakeEventAPI()
    (event_id,) = fake.seed_events(1)
    sp = fake.client(tracer_provider=otel.tracer_provider, meter_provider=RaisingMeterProvider())
    fake.add_fault(Fault(status=502, operation="getEvent", times=1))
    event = await sp.events.get(event_id)  # a token request, a retry, a duration: each meter call raises
    assert event.event.id == event_id
    span = otel.one("spotnana.events.get")
    assert [e.name for e in span.events] == ["spotnana.token_request", "spotnana.retry"]  # the span still has them
    assert len(_otel_warnings(warnings_logged)) == 1


async def test_a_tracer_provider_that_raises_leaves_the_client_untraced_and_working(
    warnings_logged: pytest.LogCaptureFixture,
) -> None:
    fake = FakeEventAPI()
    (event_id,) = fake.seed_events(1)
    sp = fake.client(tracer_provider=BrokenTracerProvider())
    assert (await sp.events.get(event_id)).event.id == event_id
    assert len(_otel_warnings(warnings_logged)) == 1
