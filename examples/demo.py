"""The main job, end to end: a realistic session of the SDK against the Event API.

    make demo                       # starts the fake Event API on loopback HTTP and runs against it
    python examples/demo.py --base-url https://... --company-id UUID   # with SPOTNANA_CLIENT_ID/_SECRET

Steps: OAuth2 login; create 120 events with external ids; add travelers; publish them with
invites in bulk (two requests); list with paging; set RSVPs; cancel them asynchronously
and wait for the jobs with progress.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from spotnana_event_api import models as m
from spotnana_events import AsyncSpotnana, ClientCredentials, JobHandle, SpotnanaError, failed_job_items

EVENTS = 120
PAGE_SIZE = 25
TRAVELERS = [uuid.UUID(int=n) for n in range(101, 104)]


def step(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


@contextmanager
def fake_server() -> Iterator[tuple[str, str, str]]:
    """Serve a fresh fake Event API on a free loopback port, in a thread of its own."""
    import uvicorn
    from spotnana_events.testing import FakeEventAPI

    fake = FakeEventAPI(seed=42)
    with socket.socket() as probe:  # a free port; uvicorn binds it itself (TCP_NODELAY and all)
        probe.bind(("127.0.0.1", 0))
        host, port = probe.getsockname()
    config = uvicorn.Config(fake.asgi_app, host=host, port=port, log_level="warning", lifespan="off", interface="asgi3")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="fake-event-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the fake Event API did not start")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}", *fake.credentials
    finally:
        server.should_exit = True
        thread.join(timeout=10)


async def wait_all(sp: AsyncSpotnana, handles: list[JobHandle], label: str) -> tuple[int, int]:
    """Wait for every job, printing progress as they finish; (succeeded items, failed items)."""
    finished = 0
    report_every = max(1, len(handles) // 4)

    async def one(handle: JobHandle) -> tuple[int, int]:
        nonlocal finished
        job = await sp.jobs.wait(handle, first_delay=0.02, max_delay=0.5, timeout=120)
        finished += 1
        if finished % report_every == 0 or finished == len(handles):
            step(f"  {label}: {finished}/{len(handles)} jobs done")
        for failure in failed_job_items(job):
            step(f"  {label}: event {failure.event_id} failed: {failure.message}")
        return job.success_count or 0, job.failure_count or 0

    results = await asyncio.gather(*(one(h) for h in handles))
    return sum(r[0] for r in results), sum(r[1] for r in results)


async def session(sp: AsyncSpotnana, company_id: uuid.UUID) -> dict[str, int | None]:
    auth = sp.auth
    run = uuid.uuid4().hex[:6]

    step(f"creating {EVENTS} events with external ids demo-{run}-NNN")
    bodies = [
        m.CreateEventRequest.from_dict(
            {
                "name": f"Sales kickoff {n:03d}",
                "location": {},
                "externalId": f"demo-{run}-{n:03d}",
                "companyId": {"id": str(company_id)},
                "startDateTime": {"iso8601": f"2027-03-{n % 28 + 1:02d}T09:00"},
                "endDateTime": {"iso8601": f"2027-03-{n % 28 + 1:02d}T17:00"},
            }
        )
        for n in range(EVENTS)
    ]
    created = await asyncio.gather(*(sp.events.create(body=body) for body in bodies))
    event_ids = [c.id for c in created]
    if isinstance(auth, ClientCredentials):
        step(f"  OAuth2 login: {auth.token_requests} token request for {EVENTS} concurrent calls")
    step(f"  created {len(event_ids)} events: {event_ids[0]} .. {event_ids[-1]}")

    step(f"adding {len(TRAVELERS)} travelers to each event")
    users = [m.UserId(id=t) for t in TRAVELERS]
    await asyncio.gather(
        *(sp.events.add_travelers(e, body=m.AddTravelersToEventRequest(user_ids=users)) for e in event_ids)
    )

    step(f"publishing all {EVENTS} events with invites (bulk, 100 per request)")
    published = await sp.events.bulk_publish(
        [m.PublishEventRequest(id=e, send_invite=True, user_ids=users) for e in event_ids],
        company_id=company_id,
        on_progress=lambda done, total: step(f"  bulk publish: {done}/{total} items"),
    )
    step(f"  {len(published.succeeded)} published, {len(published.failed)} refused")
    await wait_all(sp, published.jobs, "invite jobs")

    step(f"listing our events, {PAGE_SIZE} per page")
    filters = {"filters": [{"eventNameFilter": "Sales kickoff"}]}
    first = await sp.events.list(m.ListEventsRequest.from_dict(filters), page_size=PAGE_SIZE)
    step(f"  first page: {len(first.items)} events of {first.total}, more: {first.has_next_page()}")
    seen = 0
    async for page in sp.events.list(m.ListEventsRequest.from_dict(filters), page_size=PAGE_SIZE).pages():
        seen += len(page.items)
    step(f"  crawled {seen} events in {-(-seen // PAGE_SIZE)} pages")
    if seen != EVENTS:
        raise RuntimeError(f"listed {seen} events, expected {EVENTS}")

    step("travelers answer their invites")
    answers = [m.EventRsvpState.INVITE_ACCEPTED, m.EventRsvpState.INVITE_DECLINED, m.EventRsvpState.INVITE_ACCEPTED]
    for traveler, answer in zip(TRAVELERS, answers, strict=True):
        await sp.events.set_rsvp(event_ids[0], traveler, body=m.SetUserEventRsvpRequest(event_rsvp_state=answer))
    states = [(await sp.events.get_rsvp(event_ids[0], t)).event_rsvp_state for t in TRAVELERS]
    accepted = states.count(m.EventRsvpState.INVITE_ACCEPTED)
    step(f"  {accepted} of {len(TRAVELERS)} accepted for event {event_ids[0]}")

    step(f"cancelling all {EVENTS} events asynchronously and waiting for the jobs")
    cancelled = await sp.events.bulk_cancel(
        [m.CancelEventRequest(event_id=e, type_=m.EventType.GENERIC) for e in event_ids],
        cancel_async=True,
        company_id=company_id,
    )
    done, failed = await wait_all(sp, list(cancelled.jobs), "cancel jobs")
    step(f"  cancel jobs finished: {done} succeeded, {failed} failed")
    status = m.ListEventsRequest.from_dict({"filters": [*filters["filters"], {"eventStatusFilter": ["CANCELLED"]}]})
    return {
        "events created": len(event_ids),
        "travelers per event": len(TRAVELERS),
        "events listed": seen,
        "events cancelled": (await sp.events.list(status)).total,
        "failed job items": failed,
    }


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", help="a real Event API (default: start the fake on loopback)")
    parser.add_argument("--company-id", help="your company id (with --base-url)")
    args = parser.parse_args(argv)
    try:
        if args.base_url:
            step(f"using {args.base_url} with SPOTNANA_CLIENT_ID/SPOTNANA_CLIENT_SECRET")
            if not args.company_id:
                parser.error("--base-url needs --company-id")
            async with AsyncSpotnana(base_url=args.base_url) as sp:
                summary = await session(sp, uuid.UUID(args.company_id))
        else:
            with fake_server() as (base_url, client_id, client_secret):
                step(f"fake Event API listening on {base_url}")
                os.environ.setdefault("SPOTNANA_CLIENT_ID", client_id)
                os.environ.setdefault("SPOTNANA_CLIENT_SECRET", client_secret)
                async with AsyncSpotnana(base_url=base_url) as sp:
                    from spotnana_events.testing import DEFAULT_COMPANY_ID

                    summary = await session(sp, uuid.UUID(DEFAULT_COMPANY_ID))
    except (SpotnanaError, RuntimeError) as exc:
        print(f"demo failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    width = max(len(k) for k in summary)
    print("\nsummary")
    for key, value in summary.items():
        print(f"  {key:<{width}}  {value}")
    expected_cancelled = summary["events created"]
    if summary["events cancelled"] != expected_cancelled or summary["failed job items"]:
        print("demo failed: not every event was cancelled", file=sys.stderr)
        return 1
    print("demo OK")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
