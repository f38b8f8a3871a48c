"""Every Python example of README.md, one function each: checked by mypy --strict and pyright
(strict), and the ```python ones run in order against the fake (tests/product/test_readme.py).

Generated from README.md by `make generate` (codegen/readme_examples.py): edit the README,
not this file. The names the examples take as given (credentials, ids, a service) come from
``readme_names``. Examples show values without using them, so the linters' unused-name
reports are off here; every type check is on.
"""

# pyright: reportUnusedVariable=false, reportUnusedExpression=false, reportUnusedFunction=false
# ruff: noqa: F841, RUF059, PLW0108

from __future__ import annotations

import asyncio
import os

import httpx
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, PeriodicExportingMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from spotnana_event_api.models import CancelEventRequest, CreateEventRequest, EventType, ListEventsRequest
from spotnana_events import (
    MOCK_BASE_URL,
    AsyncSpotnana,
    BadRequestError,
    BearerToken,
    BulkPartialFailure,
    ClientCredentials,
    JobHandle,
    NotFoundError,
    TokenExchange,
    failed_job_items,
)
from spotnana_events.fleet import RedisRateLimiter, RedisTokenCache, redis_from_url
from spotnana_events.testing import FakeEventAPI, Fault, SpotnanaFake

from .readme_names import CLIENT_ID, CLIENT_SECRET, COMPANY_ID, TOKEN, USER_ID, USER_TOKEN, my_service


async def example_1() -> None:
    """README.md, Quickstart (run against the fake)."""
    async with AsyncSpotnana() as sp:  # credentials and base URL from the environment
        body = CreateEventRequest.from_dict({"name": "Sales kickoff", "location": {}, "externalId": "sko-2027"})
        created = await sp.events.create(body=body)
        event = (await sp.events.get(created.id)).require("event")  # typed Event, not Event | Unset
        print(event.name, event.status)  # Sales kickoff DRAFT
        print(event)  # Event(id='1', name='Sales kickoff', ...): the fields that are set


async def example_2() -> None:
    """README.md, Try it against Spotnana's mock server (checked, not run)."""
    async with AsyncSpotnana(base_url=MOCK_BASE_URL, auth=BearerToken("anything")) as sp:
        print((await sp.events.get("any-id")).require("event").name)


async def example_3() -> None:
    """README.md, Authentication (run against the fake)."""
    sp = AsyncSpotnana(auth=ClientCredentials(CLIENT_ID, CLIENT_SECRET))  # OAuth2 client credentials
    sp = AsyncSpotnana(auth=BearerToken(TOKEN))  # a token you already have
    sp = AsyncSpotnana(auth=TokenExchange(CLIENT_ID, CLIENT_SECRET, subject_token=USER_TOKEN))
    print(sp)  # secrets never appear in reprs, logs or errors


async def example_4() -> None:
    """README.md, Running a fleet (checked, not run)."""
    redis = redis_from_url("redis://cache:6379/0")  # short socket timeouts
    auth = ClientCredentials(CLIENT_ID, CLIENT_SECRET, cache=RedisTokenCache(redis))
    sp = AsyncSpotnana(auth=auth, rate_limiter=RedisRateLimiter(redis, requests_per_second=50))


async def example_5() -> None:
    """README.md, Errors and retries (run against the fake)."""
    async with AsyncSpotnana(max_retries=3) as sp:
        try:
            await sp.events.get("no-such-event")
        except NotFoundError as error:
            print(error.status_code, error.error_messages, error.request_id)  # request_id: the debugIdentifier
        fast = sp.with_options(timeout=5, max_retries=0, deadline=20)  # same pool, other settings
        raw = await sp.events.with_raw_response.payment_sources(user_id=USER_ID)
        print(raw.status_code, raw.headers.get("content-type"), raw.request_id, raw.elapsed)
        sources = await sp.events.payment_sources(
            user_id=USER_ID, extra_headers={"X-Request-Source": "nightly"}, extra_query={"trace": "1"}, timeout=5
        )
        offsite = {"name": "Offsite", "location": {}, "externalId": "offsite-2027", "companyId": {"id": COMPANY_ID}}
        first = await sp.events.create(body=offsite, if_exists="return")
        again = await sp.events.create(body=offsite, if_exists="return")  # a rerun: the same event, no error
        print(first.id == again.id)  # True
        try:
            await sp.events.create(body=offsite)
        except BadRequestError as error:
            print(error.error_codes)  # ['DUPLICATE_EXTERNAL_ID']


async def example_6() -> None:
    """README.md, Paging (run against the fake)."""
    async with AsyncSpotnana() as sp:
        page = await sp.events.list()  # the first page
        print(page.total, len(page.items), page.has_next_page())
        request = ListEventsRequest.from_dict({"filters": [{"eventNameFilter": "kickoff"}]})
        async for event in sp.events.list(request, max_items=500):  # every item, pages fetched ahead
            print(event.id, event.name)


async def example_7() -> None:
    """README.md, Bulk operations (run against the fake)."""
    async with AsyncSpotnana() as sp:
        ids = [e.require("id") async for e in sp.events.list()]
        requests = [CancelEventRequest(event_id=i, type_=EventType.GENERIC) for i in ids]
        try:
            result = await sp.events.bulk_cancel(
                requests, on_progress=lambda done, total: print(done, total), deadline=120
            )
            print(len(result.succeeded), [(i.request.event_id, i.message) for i in result.failed])
        except BulkPartialFailure as failure:
            retry = failure.unprocessed_items  # the exact items not processed (failure.completed has the rest)
            typed = failure.typed(sp.events.bulk_cancel)  # BulkPartialFailure[CancelEventRequest, CancelEventResponse]


async def example_8() -> None:
    """README.md, Waiting for jobs (run against the fake)."""
    async with AsyncSpotnana() as sp:
        ids = [e.require("id") async for e in sp.events.list(max_items=3)]
        requests = [CancelEventRequest(event_id=i, type_=EventType.GENERIC) for i in ids]
        result = await sp.events.bulk_cancel(requests, cancel_async=True, company_id=COMPANY_ID)
        token = result.jobs[0].to_token()  # store it; survives a restart
        job = await sp.jobs.wait(
            JobHandle.from_token(token),
            timeout=300,
            on_progress=lambda j: print(j.status, j.success_count, j.total_items),
        )
        print(failed_job_items(job))


async def example_9() -> None:
    """README.md, Observability (run against the fake)."""
    tracer_provider = TracerProvider()  # in a service: an OTLP exporter, installed
    tracer_provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))  # with trace.set_tracer_provider
    meter_provider = MeterProvider([PeriodicExportingMetricReader(ConsoleMetricExporter())])
    async with AsyncSpotnana(tracer_provider=tracer_provider, meter_provider=meter_provider) as sp:
        names = [e.name async for e in sp.events.list(max_items=5)]  # spans: spotnana.events.list > list_page
    tracer_provider.shutdown()
    meter_provider.shutdown()


async def example_10() -> None:
    """README.md, Testing your service with the fake (checked, not run)."""

    async def test_offsite(spotnana_fake: SpotnanaFake) -> None:
        fake, sp = spotnana_fake  # the fake and an AsyncSpotnana wired to it, in-process
        await my_service.create_offsite(sp)
        assert [e["name"] for e in fake.events.values()] == ["Offsite"]

    def test_offsite_sync(spotnana_fake: SpotnanaFake) -> None:
        fake, sp = spotnana_fake
        asyncio.run(my_service.create_offsite(sp))


async def example_11() -> None:
    """README.md, Testing your service with the fake (run against the fake)."""
    fake = FakeEventAPI()
    seeded = fake.seed_event({"name": "Team offsite"}, travelers={str(USER_ID): {"eventRsvpState": "INVITED"}})
    fake.add_fault(Fault(status=429, retry_after=0, times=2), Fault(drop="after", operation="publish"))
    async with fake.client() as sp:  # in-process transport, no network
        created = await sp.events.create(body=CreateEventRequest.from_dict({"name": "Offsite", "location": {}}))
        print((await sp.events.get(seeded)).require("event").name, fake.events[created.id]["status"])
        sent = fake.calls[-2]  # RecordedCall: operation, method, path, status, body
        print(sent.operation, sent.method, sent.path, sent.body["name"])  # createEvent POST /v2/events Offsite


async def example_12() -> None:
    """README.md, admin: http://127.0.0.1:8089/_fake/{reset,seed,faults,calls,state} (run against the fake)."""
    admin = httpx.AsyncClient(base_url=os.environ["SPOTNANA_BASE_URL"] + "/_fake")
    ids = (await admin.post("/seed", json={"events": [{"name": "Seeded over HTTP"}]})).json()["events"]
    async with AsyncSpotnana() as sp:
        print((await sp.events.get(ids[0])).require("event").name)  # Seeded over HTTP
    print((await admin.get("/calls")).json()["calls"][-1]["operation"])  # getEvent
    await admin.aclose()


# The ```python examples, in README order.
RUN = [example_1, example_3, example_5, example_6, example_7, example_8, example_9, example_11, example_12]
