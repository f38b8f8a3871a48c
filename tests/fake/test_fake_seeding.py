"""Seeding is all or nothing: a seed document (admin API, --seed-file) or a seed call that
fails leaves the fake as it was, and says what is wrong."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI
from spotnana_events.testing._admin import seed_from_document

GOOD_EVENT = {"id": "e1", "name": "Kept out"}
BAD_DOCUMENTS = [
    ({"events": [GOOD_EVENT, {"name": 7}]}, "Event.name: expected string, got integer"),
    ({"events": [GOOD_EVENT, {"name": "b", "travelers": {"not-a-uuid": {}}}]}, "traveler 'not-a-uuid' is not a UUID"),
    ({"events": [GOOD_EVENT], "jobs": [{"eventId": "missing"}]}, "seed_job: no event 'missing'"),
    ({"events": [GOOD_EVENT], "jobs": [{"eventId": "e1", "type": "FOO"}]}, "type must be one of CANCEL, MODIFY"),
    ({"events": [GOOD_EVENT], "jobs": [{"eventId": "e1", "done": "yes"}]}, "done must be true or false"),
    ({"companies": [{"companyId": DEFAULT_COMPANY_ID, "clientId": 5}]}, "client_id must be a string"),
    ({"companies": [{"companyId": "not-a-uuid"}], "events": [GOOD_EVENT]}, "badly formed hexadecimal UUID"),
    ({"events": "abc"}, "events must be a list of JSON objects"),
    ({"events": [GOOD_EVENT], "jobs": [{"type": "CANCEL"}]}, "missing 'eventId'"),
]


@pytest.mark.parametrize(("document", "message"), BAD_DOCUMENTS)
async def test_a_bad_seed_document_seeds_nothing(document: dict[str, Any], message: str) -> None:
    fake = FakeEventAPI()
    fake.seed_event({"id": "before", "name": "Already here"})
    clients = dict(fake.clients)
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://127.0.0.1") as admin:
        answer = await admin.post("/_fake/seed", json=document)
    assert answer.status_code == 400
    assert message in answer.json()["error"]
    assert list(fake.events) == ["before"]
    assert list(fake.travelers) == ["before"]
    assert fake.clients == clients
    assert fake.jobs == {}


def test_a_good_seed_document_seeds_everything() -> None:
    fake = FakeEventAPI()
    created = seed_from_document(fake, {"events": [GOOD_EVENT], "jobs": [{"eventId": "e1", "done": True}]})
    assert created["events"] == ["e1"]
    (job,) = fake.jobs.values()
    assert job.completed_at is not None
    assert fake.events["e1"]["status"] == "CANCELLED"


def test_seed_event_with_a_bad_traveler_leaves_no_half_seeded_event() -> None:
    fake = FakeEventAPI()
    with pytest.raises(ValueError, match="traveler 'nobody' is not a UUID"):
        fake.seed_event({"id": "e1"}, travelers=["nobody"])
    assert fake.events == {}


@pytest.mark.parametrize("count", [-1, 100_001, True, 2.5])
def test_seed_events_is_bounded(count: Any) -> None:
    fake = FakeEventAPI()
    with pytest.raises((TypeError, ValueError), match="seed_events: count must be"):
        fake.seed_events(count)
    assert fake.events == {}
