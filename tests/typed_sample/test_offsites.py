"""The typed sample service, run against the fake Event API (in-process, no network)."""

from __future__ import annotations

import uuid

from spotnana_event_api import models as m
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault

from .offsites import Offsite, OffsiteService

COMPANY = uuid.UUID(DEFAULT_COMPANY_ID)
TRAVELERS = [uuid.UUID(int=n) for n in (101, 102)]
OFFSITES = [Offsite(f"offsite-{n}", f"Offsite {n}", f"2027-05-0{n}") for n in (1, 2, 3)]


async def test_the_service_creates_lists_and_cancels_through_a_failed_bulk_request() -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        service = OffsiteService(sp, COMPANY)
        ids = [await service.create(offsite, TRAVELERS) for offsite in OFFSITES]
        assert await service.create(OFFSITES[0], TRAVELERS) == ids[0]  # found by its external id
        assert fake.operation_count("createEvent") == len(OFFSITES)
        assert await service.find("no-such-offsite") is None  # NotFoundError, handled
        assert await service.names("Offsite", status=m.EventStatus.PUBLISH) == {
            event_id: offsite.name for event_id, offsite in zip(ids, OFFSITES, strict=True)
        }

        fake.add_fault(Fault(status=500, operation="bulkCancelEvents", times=1))
        failed = await service.cancel(ids)
        assert failed.unprocessed == ids  # the one request failed: every item is to send again
        assert failed.maybe_applied  # a 500 after a non-idempotent write may have acted
        assert (failed.cancelled, failed.refused, failed.unfinished_jobs) == ([], [], [])
        assert await service.names("Offsite", status=m.EventStatus.CANCELLED) == {}

        resumed = await service.cancel(failed.unprocessed)
        assert sorted(resumed.cancelled) == sorted(ids)
        assert (resumed.unprocessed, resumed.refused, resumed.unfinished_jobs) == ([], [], [])
        assert set(await service.names("Offsite", status=m.EventStatus.CANCELLED)) == set(ids)


async def test_the_service_reports_jobs_still_running_at_its_deadline() -> None:
    fake = FakeEventAPI(job_polls_to_complete=10_000)
    async with fake.client() as sp:
        service = OffsiteService(sp, COMPANY)
        event_id = await service.create(OFFSITES[0], TRAVELERS)
        report = await service.cancel([event_id], job_timeout=0.05)
        assert report.cancelled == []
        assert [handle.reference_id for handle in report.unfinished_jobs] == [event_id]
