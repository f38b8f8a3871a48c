"""The main job, end to end: a realistic session of the SDK against the Event API.

    make demo                       # starts the fake Event API on loopback HTTP and runs against it
    python examples/demo.py --base-url https://...   # a real server, with SPOTNANA_CLIENT_ID/_SECRET

Steps: OAuth2 login; create a batch of events with external ids; add travelers; publish
with invites; list with paging; set RSVPs; cancel asynchronously and wait for the jobs.
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
from spotnana_events import AsyncSpotnana, ClientCredentials, SpotnanaError

EVENTS = 12
PAGE_SIZE = 5
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


async def session(sp: AsyncSpotnana, company_id: uuid.UUID | None) -> dict[str, int]:
    auth = sp.auth
    run = uuid.uuid4().hex[:6]

    step(f"creating {EVENTS} events with external ids demo-{run}-NN")
    bodies = [
        m.CreateEventRequest.from_dict(
            {
                "name": f"Sales kickoff {n:02d}",
                "location": {},
                "externalId": f"demo-{run}-{n:02d}",
                "startDateTime": {"iso8601": f"2027-03-{n + 1:02d}T09:00"},
                "endDateTime": {"iso8601": f"2027-03-{n + 2:02d}T17:00"},
                **({"companyId": {"id": str(company_id)}} if company_id else {}),
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

    step("publishing with invites")
    for event_id in event_ids:
        await sp.events.publish(event_id)
        await sp.events.send_invite(event_id, body=m.SendInviteRequest(user_ids=users))
    step(f"  published {len(event_ids)} events and invited {len(users)} travelers to each")

    step(f"listing our events, {PAGE_SIZE} per page")
    name_filter = [{"eventIdFilter": {"eventIdList": event_ids}}]
    offset, seen, total = 0, 0, None
    while total is None or offset < total:
        page = await sp.events.list(
            body=m.ListEventsRequest.from_dict({"filters": name_filter, "offset": offset, "limit": PAGE_SIZE})
        )
        total = page.pagination_params.total_num_results if page.pagination_params else 0
        seen += len(page.events or [])
        step(f"  page at offset {offset}: {len(page.events or [])} events (total {total})")
        offset += PAGE_SIZE
    if seen != EVENTS:
        raise RuntimeError(f"listed {seen} events, expected {EVENTS}")

    step("travelers answer their invites")
    answers = [m.EventRsvpState.INVITE_ACCEPTED, m.EventRsvpState.INVITE_DECLINED, m.EventRsvpState.INVITE_ACCEPTED]
    for traveler, answer in zip(TRAVELERS, answers, strict=True):
        await sp.events.set_rsvp(event_ids[0], traveler, body=m.SetUserEventRsvpRequest(event_rsvp_state=answer))
    states = [(await sp.events.get_rsvp(event_ids[0], t)).event_rsvp_state for t in TRAVELERS]
    accepted = states.count(m.EventRsvpState.INVITE_ACCEPTED)
    step(f"  {accepted} of {len(TRAVELERS)} accepted for event {event_ids[0]}")

    step("cancelling every event asynchronously")
    requests = [m.CancelEventRequest(event_id=e, type_=m.EventType.GENERIC) for e in event_ids]
    await sp.events.bulk_cancel(body=m.BulkCancelEventRequest(cancel_event_requests=requests, cancel_async=True))
    company = str(company_id) if company_id else ""
    done = failed = 0
    for event_id in event_ids:
        while True:
            job = await sp.jobs.get(
                body=m.AsyncJobDetailRequest.from_dict(
                    {
                        "companyId": company,
                        "filters": {"filterType": "REFERENCE_ID_FILTER", "referenceId": event_id, "type": "CANCEL"},
                    }
                )
            )
            if job.status == m.EventJobStatus.COMPLETED or job.completed_at:
                break
            await asyncio.sleep(0.05)
        done += job.success_count or 0
        failed += job.failure_count or 0
    step(f"  cancel jobs finished: {done} succeeded, {failed} failed")
    cancelled = await sp.events.list(
        body=m.ListEventsRequest.from_dict({"filters": [*name_filter, {"eventStatusFilter": ["CANCELLED"]}]})
    )
    return {
        "events created": len(event_ids),
        "travelers per event": len(TRAVELERS),
        "events listed": seen,
        "events cancelled": cancelled.pagination_params.total_num_results if cancelled.pagination_params else 0,
        "failed job items": failed,
    }


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", help="a real Event API (default: start the fake on loopback)")
    parser.add_argument("--company-id", help="your company id (needed for job status on a real server)")
    args = parser.parse_args(argv)
    try:
        if args.base_url:
            step(f"using {args.base_url} with SPOTNANA_CLIENT_ID/SPOTNANA_CLIENT_SECRET")
            async with AsyncSpotnana(base_url=args.base_url) as sp:
                summary = await session(sp, uuid.UUID(args.company_id) if args.company_id else None)
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
