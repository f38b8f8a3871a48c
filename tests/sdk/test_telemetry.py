"""OpenTelemetry spans and metrics of SDK calls, crawls, bulk runs and job waits, against the
in-process fake, read back through the OpenTelemetry SDK's in-memory exporter and reader."""

from __future__ import annotations

import gc
import itertools
import subprocess
import sys

import pytest
from opentelemetry.trace import SpanKind, StatusCode
from spotnana_event_api import models as m
from spotnana_events import APIConnectionError, BulkPartialFailure, JobTimeoutError, NotFoundError, _telemetry
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault

from tests._otel_support import Otel, children, everything_recorded

FAKE_SERVER = {"server.address": "fake.spotnana.test", "server.port": 80}


@pytest.fixture
def otel() -> Otel:
    return Otel.make()


def _create(name: str = "Offsite", **fields: object) -> m.CreateEventRequest:
    return m.CreateEventRequest.from_dict({"name": name, "location": {}, **fields})


def _cancels(ids: list[str]) -> list[m.CancelEventRequest]:
    return [m.CancelEventRequest(event_id=i, type_=m.EventType.GENERIC) for i in ids]


async def test_a_call_is_one_internal_span_named_after_the_method_with_http_attributes(otel: Otel) -> None:
    fake = FakeEventAPI()
    sp = fake.client(**otel.providers)
    created = await sp.events.create(body=_create())
    await sp.events.get(created.id)

    create, get = otel.one("spotnana.events.create"), otel.one("spotnana.events.get")
    assert create.kind is SpanKind.INTERNAL
    assert get.kind is SpanKind.INTERNAL
    assert create.instrumentation_scope is not None
    assert create.instrumentation_scope.name == "spotnana_events"
    assert dict(get.attributes or {}) == {
        "spotnana.operation_id": "getEvent",
        "http.request.method": "GET",
        "url.template": "/v2/events/{event_id}",
        **FAKE_SERVER,
        "spotnana.attempts": 1,
        "http.response.status_code": 200,
    }
    assert create.status.status_code is StatusCode.UNSET
    # The first call fetched the token: one event on its span, one count; the second reused it.
    assert [e.name for e in create.events] == ["spotnana.token_request"]
    assert dict(create.events[0].attributes or {}) == {"spotnana.token.refresh": False}
    assert get.events == ()
    metrics = otel.metrics()
    assert metrics["spotnana.client.token_requests"] == [({"spotnana.token.refresh": False}, 1)]
    durations = {
        a["spotnana.operation_id"]: (a["spotnana.outcome"], v[0])
        for a, v in metrics["spotnana.client.operation.duration"]
    }
    assert durations == {"createEvent": ("success", 1), "getEvent": ("success", 1)}


async def test_retries_are_span_events_and_counted_by_reason(otel: Otel, sleeps: list[float]) -> None:
    fake = FakeEventAPI()
    (event_id,) = fake.seed_events(1)
    sp = fake.client(**otel.providers)
    fake.add_fault(Fault(status=502, operation="getEvent", times=2))
    await sp.events.get(event_id)

    span = otel.one("spotnana.events.get")
    assert span.attributes is not None
    assert span.attributes["spotnana.attempts"] == 3
    assert span.attributes["http.response.status_code"] == 200
    retries = [e for e in span.events if e.name == "spotnana.retry"]
    assert [dict(e.attributes or {}) for e in retries] == [
        {"spotnana.retry.reason": "502", "spotnana.retry.delay": sleeps[0], "spotnana.attempt": 1},
        {"spotnana.retry.reason": "502", "spotnana.retry.delay": sleeps[1], "spotnana.attempt": 2},
    ]
    assert otel.metrics()["spotnana.client.retries"] == [
        ({"spotnana.operation_id": "getEvent", "spotnana.retry.reason": "502"}, 2)
    ]


async def test_a_failed_call_has_status_error_the_error_type_and_the_exception_without_its_message(
    otel: Otel,
) -> None:
    fake = FakeEventAPI()
    sp = fake.client(**otel.providers)
    with pytest.raises(NotFoundError):
        await sp.events.get("no-such-event")

    span = otel.one("spotnana.events.get")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None
    assert span.attributes["error.type"] == "404"
    assert span.attributes["http.response.status_code"] == 404
    assert span.attributes["spotnana.maybe_applied"] is False
    assert span.attributes["spotnana.attempts"] == 1
    (exception,) = [e for e in span.events if e.name == "exception"]
    assert exception.attributes is not None
    assert exception.attributes["exception.type"] == "spotnana_events._errors.NotFoundError"
    assert "exception.message" not in exception.attributes  # it quotes the server and the path's id
    assert "no-such-event" not in repr(dict(exception.attributes))
    (point,) = otel.metrics()["spotnana.client.operation.duration"]
    assert point[0] == {"spotnana.operation_id": "getEvent", "spotnana.outcome": "error", "error.type": "404"}


async def test_an_ambiguous_failure_says_maybe_applied_and_a_reconciliation_is_a_child(otel: Otel) -> None:
    fake = FakeEventAPI()
    sp = fake.client(**otel.providers)
    fake.add_fault(Fault(drop="after", operation="publishEvent", times=1))
    (draft,) = fake.seed_events(1, status="DRAFT")
    with pytest.raises(APIConnectionError):
        await sp.events.publish(draft)
    publish = otel.one("spotnana.events.publish")
    assert publish.attributes is not None
    assert publish.attributes["error.type"] == "APIConnectionError"
    assert publish.attributes["spotnana.maybe_applied"] is True
    assert "http.response.status_code" not in publish.attributes

    # createEvent is reconciled after an ambiguous failure: the lookup is a child of the create.
    fake.add_fault(Fault(drop="after", operation="createEvent", times=1))
    body = _create(externalId="ext-1", companyId={"id": DEFAULT_COMPANY_ID})
    created = await sp.events.create(body=body)
    assert created.id
    create = otel.one("spotnana.events.create")
    lookup = otel.one("spotnana.events.get_by_external_id")
    assert children(create, otel.spans()) == [lookup]
    assert create.status.status_code is StatusCode.UNSET


async def test_a_refused_token_is_refreshed_and_the_refresh_is_an_event(otel: Otel) -> None:
    fake = FakeEventAPI()
    (event_id,) = fake.seed_events(1)
    sp = fake.client(**otel.providers)
    await sp.events.get(event_id)
    fake.add_fault(Fault(expire_token=True, operation="getEvent", times=1))
    await sp.events.get(event_id)
    first, second = otel.named("spotnana.events.get")
    assert [dict(e.attributes or {}) for e in first.events] == [{"spotnana.token.refresh": False}]
    assert [dict(e.attributes or {}) for e in second.events] == [{"spotnana.token.refresh": True}]
    assert sorted(otel.metrics()["spotnana.client.token_requests"], key=repr) == [
        ({"spotnana.token.refresh": False}, 1),
        ({"spotnana.token.refresh": True}, 1),
    ]


async def test_a_crawl_is_one_span_with_its_page_calls_as_children(otel: Otel) -> None:
    fake = FakeEventAPI()
    fake.seed_events(250)
    sp = fake.client(**otel.providers)
    seen = [event.id async for event in sp.events.list(page_size=100, concurrency=2)]
    assert len(seen) == 250

    crawl = otel.one("spotnana.events.list")
    assert crawl.attributes is not None
    assert (crawl.attributes["spotnana.pages"], crawl.attributes["spotnana.items"]) == (3, 250)
    pages = children(crawl, otel.spans())
    assert {s.name for s in pages} == {"spotnana.events.list_page"}
    assert len(pages) == len(otel.named("spotnana.events.list_page")) == 3
    assert crawl.status.status_code is StatusCode.UNSET
    assert crawl.end_time is not None
    assert all(p.end_time is not None and p.end_time <= crawl.end_time for p in pages)

    # Stopping early (max_items) ends the span too; awaiting the first page is a plain call.
    otel.exporter.clear()
    assert len([e async for e in sp.events.list(page_size=10, max_items=15)]) == 15
    crawl = otel.one("spotnana.events.list")
    assert crawl.attributes is not None
    assert (crawl.attributes["spotnana.pages"], crawl.attributes["spotnana.items"]) == (2, 15)
    # Breaking out of the loop ends it as well (when the iterator is dropped).
    otel.exporter.clear()
    async for _ in sp.events.list(page_size=10):
        break
    gc.collect()
    crawl = otel.one("spotnana.events.list")
    assert crawl.attributes is not None
    assert crawl.attributes["spotnana.pages"] == 1
    otel.exporter.clear()
    page = await sp.events.list(page_size=10)
    assert len(page.items) == 10
    assert [s.name for s in otel.spans()] == ["spotnana.events.list_page"]


async def test_a_crawl_that_fails_ends_its_span_with_the_error(otel: Otel) -> None:
    fake = FakeEventAPI()
    fake.seed_events(30)
    sp = fake.client(**otel.providers, max_retries=0)
    fake.add_fault(Fault(status=400, operation="listEvents", times=None))
    with pytest.raises(Exception, match="400"):
        _ = [e async for e in sp.events.list(page_size=10)]
    crawl = otel.one("spotnana.events.list")
    assert crawl.status.status_code is StatusCode.ERROR
    assert crawl.attributes is not None
    assert crawl.attributes["error.type"] == "400"


async def test_a_bulk_run_is_one_span_with_chunk_calls_as_children_and_counts(otel: Otel) -> None:
    fake = FakeEventAPI()
    ids = fake.seed_events(250)
    sp = fake.client(**otel.providers)
    result = await sp.events.bulk_cancel(_cancels([*ids[:199], "no-such-event"]))  # refused by the server
    assert (len(result.succeeded), len(result.failed)) == (199, 1)
    span = otel.one("spotnana.events.bulk_cancel")
    assert {k: v for k, v in (span.attributes or {}).items() if k.startswith("spotnana.bulk.")} == {
        "spotnana.bulk.chunks": 2,
        "spotnana.bulk.items": 200,
        "spotnana.bulk.succeeded": 199,
        "spotnana.bulk.failed": 1,
        "spotnana.bulk.unprocessed": 0,
    }
    chunks = children(span, otel.spans())
    assert [s.name for s in chunks] == ["spotnana.events.bulk_cancel_batch"] * 2

    # A chunk that fails for good: the span fails, and says how many items were not processed.
    otel.exporter.clear()
    fake.add_fault(Fault(status=400, operation="bulkCancelEvents", times=1))
    with pytest.raises(BulkPartialFailure):
        await sp.events.bulk_cancel(_cancels(ids[199:]), concurrency=1)
    span = otel.one("spotnana.events.bulk_cancel")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None
    assert span.attributes["error.type"] == "BulkPartialFailure"
    assert (span.attributes["spotnana.bulk.items"], span.attributes["spotnana.bulk.unprocessed"]) == (51, 51)
    assert (span.attributes["spotnana.bulk.chunks"], span.attributes["spotnana.bulk.succeeded"]) == (1, 0)


async def test_jobs_wait_is_one_span_with_its_polls_and_the_final_status(otel: Otel) -> None:
    fake = FakeEventAPI(job_polls_to_complete=3)
    ids = fake.seed_events(1)
    sp = fake.client(**otel.providers)
    result = await sp.events.bulk_cancel(_cancels(ids), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    await sp.jobs.wait(result.jobs[0], first_delay=0.01)
    wait = otel.one("spotnana.jobs.wait")
    assert wait.attributes is not None
    assert (wait.attributes["spotnana.jobs.polls"], wait.attributes["spotnana.job.status"]) == (3, "COMPLETED")
    polls = children(wait, otel.spans())
    assert [s.name for s in polls] == ["spotnana.jobs.get_details"] * 3

    # sp.jobs.get: its own span over the status call.
    await sp.jobs.get(result.jobs[0])
    get = otel.one("spotnana.jobs.get")
    assert [s.name for s in children(get, otel.spans())] == ["spotnana.jobs.get_details"]


async def test_a_wait_that_times_out_records_the_last_status(otel: Otel, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeEventAPI(job_polls_to_complete=1000)
    ids = fake.seed_events(1)
    sp = fake.client(**otel.providers)
    result = await sp.events.bulk_cancel(_cancels(ids), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    ticks = itertools.count()
    with pytest.raises(JobTimeoutError):
        await sp.jobs.wait(result.jobs[0], timeout=5, first_delay=1, max_delay=1, clock=lambda: float(next(ticks)))
    wait = otel.one("spotnana.jobs.wait")
    assert wait.status.status_code is StatusCode.ERROR
    assert wait.attributes is not None
    assert wait.attributes["error.type"] == "JobTimeoutError"
    assert wait.attributes["spotnana.job.status"] == "IN PROGRESS"
    assert wait.attributes["spotnana.jobs.polls"] == len(otel.named("spotnana.jobs.get_details")) >= 1


async def test_raw_responses_and_with_options_clients_are_traced(otel: Otel) -> None:
    fake = FakeEventAPI()
    (event_id,) = fake.seed_events(1)
    sp = fake.client(**otel.providers)
    raw = await sp.with_raw_response.events.get(event_id)
    assert raw.status_code == 200
    await sp.with_options(max_retries=0).events.get(event_id)
    assert [s.name for s in otel.spans()] == ["spotnana.events.get", "spotnana.events.get"]


async def test_no_secret_header_value_id_or_body_reaches_any_attribute_or_event(
    otel: Otel, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeEventAPI(job_polls_to_complete=2)
    sp = fake.client(**otel.providers)
    created = await sp.events.create(
        body=_create("Secret offsite BODY-MARKER", externalId="EXTERNAL-MARKER", companyId={"id": DEFAULT_COMPANY_ID})
    )
    fake.add_fault(Fault(status=429, retry_after=0, operation="getEvent", times=1))
    fake.add_fault(Fault(expire_token=True, operation="getEvent", times=1))
    await sp.events.get(created.id)
    with pytest.raises(NotFoundError):
        await sp.events.get("MISSING-ID-MARKER")
    fake.add_fault(Fault(drop="after", operation="createEvent", times=1))
    await sp.events.create(body=_create("Other", externalId="EXTERNAL-2", companyId={"id": DEFAULT_COMPANY_ID}))
    _ = [e async for e in sp.events.list()]
    result = await sp.events.bulk_cancel(_cancels([created.id]), cancel_async=True, company_id=DEFAULT_COMPANY_ID)
    await sp.jobs.wait(result.jobs[0], first_delay=0.01)

    recorded = everything_recorded(otel)
    assert "spotnana.events.create" in recorded
    assert "spotnana.jobs.wait" in recorded
    secret_values = [
        fake.credentials[1],  # client secret
        *fake.tokens,  # every access token issued
        "Bearer",
        DEFAULT_COMPANY_ID,
        created.id,
        "BODY-MARKER",
        "EXTERNAL-MARKER",
        "MISSING-ID-MARKER",
        "not found",  # the server's error text (a body)
        "application/json",  # a header value
    ]
    leaked = [value for value in secret_values if value in recorded]
    assert not leaked, leaked


async def test_telemetry_false_leaves_the_plain_executor_and_records_nothing(otel: Otel) -> None:
    fake = FakeEventAPI()
    (event_id,) = fake.seed_events(1)
    sp = fake.client(telemetry=False, **otel.providers)
    assert sp._telemetry is _telemetry.NOOP
    assert sp._send == sp._execute  # the resources call the client directly: no wrapper, no span
    await sp.events.get(event_id)
    _ = [e async for e in sp.events.list()]
    await sp.events.bulk_cancel(_cancels([event_id]))
    assert otel.exporter.get_finished_spans() == ()
    assert otel.metrics() == {}


def _python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


CALL = """
import asyncio, sys
{prelude}
import spotnana_events
from spotnana_events.testing import FakeEventAPI
print("after import:", "opentelemetry" in sys.modules)
async def main():
    fake = FakeEventAPI()
    (event_id,) = fake.seed_events(1)
    async with fake.client({kwargs}) as sp:
        assert type(sp._telemetry).__name__ == {kind!r}, sp._telemetry
        await sp.events.get(event_id)
        print("after a call:", "opentelemetry" in sys.modules)
asyncio.run(main())
"""


def test_importing_the_sdk_never_imports_opentelemetry() -> None:
    out = _python(CALL.format(prelude="", kwargs="", kind="OpenTelemetry"))
    assert out.splitlines() == ["after import: False", "after a call: True"]


def test_telemetry_false_never_imports_opentelemetry() -> None:
    out = _python(CALL.format(prelude="", kwargs="telemetry=False", kind="Telemetry"))
    assert out.splitlines() == ["after import: False", "after a call: False"]


def test_without_the_api_installed_the_client_uses_the_no_op() -> None:
    # sys.modules[name] = None makes `import opentelemetry` raise ImportError, as if not installed.
    out = _python(CALL.format(prelude="sys.modules['opentelemetry'] = None", kwargs="", kind="Telemetry"))
    assert out.splitlines() == ["after import: True", "after a call: True"]  # only the None placeholder


def test_retry_and_token_hooks_outside_a_traced_call_record_nothing(otel: Otel) -> None:
    fake = FakeEventAPI()
    fake.client(**otel.providers)  # telemetry on: the hooks now look for a traced call
    _telemetry.record_retry("502", 0.5)
    _telemetry.record_token_fetch(refresh=True)
    assert otel.metrics() == {}
