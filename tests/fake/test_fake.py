"""The SDK against the stateful fake: every operation, real semantics, errors and faults."""

from __future__ import annotations

import tomllib
import uuid
from typing import Any

import httpx
import pytest
from spotnana_event_api import models as m
from spotnana_event_api.facade import OPERATIONS
from spotnana_events import (
    APIConnectionError,
    AsyncSpotnana,
    AuthenticationError,
    BadRequestError,
    BearerToken,
    ClientCredentials,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RequestValidationError,
)
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault
from spotnana_events.testing.plugin import SpotnanaFake

from tests.spec_bodies import spec_body
from tests.spec_samples import ROOT

TRAVELERS = [str(uuid.UUID(int=i)) for i in range(1, 4)]


def create_body(name: str = "Offsite", external_id: str | None = None, **extra: Any) -> m.CreateEventRequest:
    document: dict[str, Any] = {
        "name": name,
        "location": {},
        "startDateTime": {"iso8601": "2027-03-01T09:00"},
        "endDateTime": {"iso8601": "2027-03-03T17:00"},
        **extra,
    }
    if external_id:
        document["externalId"] = external_id
    return spec_body(m.CreateEventRequest, document)


def list_body(**document: Any) -> m.ListEventsRequest:
    return m.ListEventsRequest.from_dict(document)


def job_request(**filters: Any) -> m.AsyncJobDetailRequest:
    return m.AsyncJobDetailRequest.from_dict({"companyId": DEFAULT_COMPANY_ID, "filters": filters})


def _table() -> dict[str, Any]:
    return tomllib.loads((ROOT / "codegen" / "operations.toml").read_text())


async def test_every_operation_against_the_fake(spotnana_fake: SpotnanaFake) -> None:
    """A session that calls every operation codegen/operations.toml lists and checks the state it
    leaves. A step whose operation a re-pin removed (one no overlay behaviour builds on) is left
    out; an operation a re-pin added has no row there yet and is not part of the story."""
    fake, sp = spotnana_fake
    present = set(OPERATIONS)
    users = [m.UserId(id=uuid.UUID(t)) for t in TRAVELERS]

    created = await sp.events.create(body=create_body(external_id="ext-1"))
    event_id = created.id
    assert (await sp.events.get(event_id)).event.status == m.EventStatus.DRAFT
    found = await sp.events.get_by_external_id(external_id="ext-1", company_id=uuid.UUID(DEFAULT_COMPANY_ID))
    assert found.event.id == event_id

    added = await sp.events.add_travelers(event_id, body=m.AddTravelersToEventRequest(user_ids=users))
    assert len(added.added_user_ids) == 3
    removed = await sp.events.remove_travelers(event_id, body=m.RemoveTravelersFromEventRequest(user_ids=users[2:]))
    assert [str(u.id) for u in removed.removed_user_ids] == TRAVELERS[2:]

    renamed = m.UpdateEventBasicInfoRequest.from_dict({"name": "Renamed", "location": {}})
    await sp.events.update_basic_info(event_id, body=renamed)
    guidelines = m.UpdateEventBookingGuidelinesRequest.from_dict(
        {"bookingGuidelines": [{"hotelBookingGuideLine": {}, "numGuestsAllowed": 1}]}
    )
    await sp.events.update_booking_guidelines(event_id, body=guidelines)
    await sp.events.update_custom_field_responses(event_id, body=m.EventCustomFieldResponsesRequest())
    expected_invites = []
    if "testInvite" in present:
        await sp.events.send_test_invite(event_id)
        expected_invites.append({"eventId": event_id, "userIds": TRAVELERS[:2], "test": True})
    await sp.events.publish(event_id)
    if "sendInvite" in present:
        await sp.events.send_invite(event_id, body=m.SendInviteRequest(user_ids=users[:1]))
        expected_invites.append({"eventId": event_id, "userIds": TRAVELERS[:1], "test": False})
    rsvp = m.SetUserEventRsvpRequest(event_rsvp_state=m.EventRsvpState.INVITE_ACCEPTED)
    await sp.events.set_rsvp(event_id, uuid.UUID(TRAVELERS[0]), body=rsvp)
    state = await sp.events.get_rsvp(event_id, uuid.UUID(TRAVELERS[0]))
    assert state.event_rsvp_state == m.EventRsvpState.INVITE_ACCEPTED

    listed = await sp.events.list_page(body=list_body(filters=[{"eventIdFilter": {"eventIdList": [event_id]}}]))
    assert [e.name for e in listed.events] == ["Renamed"]
    travelers = await sp.events.list_travelers_page(event_id, body=m.EventTravelersRequest(limit=1))
    assert travelers.pagination_params.total_num_results == 2
    assert len(travelers.traveler_event_infos) == 1

    fake.seed_trip_summary("trip-1", event_id)
    summaries = await sp.events.summaries(body=m.GetEventSummariesRequest.from_dict({"tripIds": ["trip-1"]}))
    assert summaries.trip_event_summaries[0].traveler_event_summary.id == event_id
    sources = await sp.events.payment_sources(user_id=uuid.UUID(TRAVELERS[0]))
    assert isinstance(sources.payment_sources[0].payment_source, m.CashDescriptorWrapper)

    second = (await sp.events.create(body=create_body("Second"))).id
    third = (await sp.events.create(body=create_body("Third"))).id
    published = await sp.events.bulk_publish_batch(
        body=m.BulkPublishEventRequest.from_dict({"publishEventList": [{"id": second, "sendInvite": False}]})
    )
    assert published.publish_event_responses[0].status == m.OperationStatus.SUCCESS
    edit_item = {
        "eventId": second,
        "eventBasicInfo": {"name": "Second, edited", "location": {}},
        "eventBookingGuidelines": {"bookingGuidelines": []},
    }
    edited = await sp.events.bulk_edit_batch(body=m.BulkUpdateEventsRequest.from_dict({"eventsToUpdate": [edit_item]}))
    assert edited.update_events_response[0].status == m.OperationStatus.SUCCESS
    deleted = await sp.events.bulk_delete_batch(
        body=m.BulkDeleteEventRequest.from_dict({"deleteEventList": [{"id": third}]})
    )
    assert deleted.delete_event_responses[0].status == m.OperationStatus.SUCCESS
    cancel = {"cancelAsync": True, "cancelEventRequests": [{"eventId": second, "type": "GENERIC"}]}
    await sp.events.bulk_cancel_batch(body=m.BulkCancelEventRequest.from_dict(cancel))
    job = await sp.jobs.get_details(
        body=job_request(filterType="REFERENCE_ID_FILTER", referenceId=second, type="CANCEL")
    )
    assert job.status == m.EventJobStatus.IN_PROGRESS
    fake.run_jobs()
    job = await sp.jobs.get_details(body=job_request(filterType="JOB_ID_FILTER", jobId=str(job.job_id)))
    assert job.status == m.EventJobStatus.COMPLETED
    assert job.success_count == 1

    await sp.events.cancel(event_id)
    await sp.events.delete((await sp.events.create(body=create_body("Scratch"))).id)

    assert {e["id"]: e["status"] for e in fake.events.values()} == {event_id: "CANCELLED", second: "CANCELLED"}
    assert fake.invites == expected_invites
    called = {c.operation for c in fake.calls if c.status == 200} - {"fetchOauth2Token"}
    assert called == set(_table()) & present
    assert set(_table()) <= present  # a re-pin prunes the rows of removed operations


async def test_lifecycle_rules(spotnana_fake: SpotnanaFake) -> None:
    """DRAFT -> PUBLISH -> CANCELLED; only drafts are deleted; externalId is unique per company."""
    fake, sp = spotnana_fake
    event_id = (await sp.events.create(body=create_body(external_id="dup"))).id
    with pytest.raises(BadRequestError, match="externalId 'dup' is already used"):
        await sp.events.create(body=create_body(external_id="dup"))
    await sp.events.publish(event_id)
    with pytest.raises(BadRequestError, match="only drafts can be deleted"):
        await sp.events.delete(event_id)
    with pytest.raises(BadRequestError, match="only drafts can be published"):
        await sp.events.publish(event_id)
    await sp.events.cancel(event_id)
    assert fake.events[event_id]["status"] == "CANCELLED"


async def test_list_filters_and_paging(spotnana_fake: SpotnanaFake) -> None:
    """Filters by name, status, type, date range and company; offset/limit with a total."""
    _fake, sp = spotnana_fake
    ids = [
        (await sp.events.create(body=create_body(f"Event {i}", type="PROGRAM" if i % 2 else "GENERIC"))).id
        for i in range(7)
    ]
    await sp.events.publish(ids[0])
    page = await sp.events.list_page(body=list_body(offset=2, limit=3))
    assert [e.id for e in page.events] == ids[2:5]
    assert page.pagination_params.total_num_results == 7
    by_name = await sp.events.list_page(body=list_body(filters=[{"eventNameFilter": "event 3"}]))
    assert [e.id for e in by_name.events] == [ids[3]]
    by_status = await sp.events.list_page(body=list_body(filters=[{"eventStatusFilter": ["PUBLISH"]}]))
    assert [e.id for e in by_status.events] == [ids[0]]
    by_type = await sp.events.list_page(body=list_body(filters=[{"eventTypeFilter": {"types": ["PROGRAM"]}}]))
    assert [e.id for e in by_type.events] == ids[1::2]
    window = {"min": {"iso8601": "2027-02-01T00:00"}, "max": {"iso8601": "2027-03-02T00:00"}}
    by_date = await sp.events.list_page(body=list_body(filters=[{"eventDateRangeFilter": {"eventDateRange": window}}]))
    assert len(by_date.events) == 7
    by_company = await sp.events.list_page(
        body=list_body(filters=[{"companyFilter": {"companyId": {"id": DEFAULT_COMPANY_ID}}}])
    )
    assert by_company.pagination_params.total_num_results == 7
    # The client refuses it before sending (the spec's maximum); the fake refuses it too.
    with pytest.raises(RequestValidationError, match=r"ListEventsRequest\.limit: 101 is more than the maximum 100"):
        await sp.events.list_page(body={"limit": 101})
    assert _fake.operation_count("listEvents", 400) == 0


async def test_validation_names_the_field(spotnana_fake: SpotnanaFake) -> None:
    """Bad bodies are refused twice: by the client before sending, and by the fake with a 400 naming the field."""
    fake, sp = spotnana_fake
    with pytest.raises(RequestValidationError, match="cancelEventRequests: 0 items, at least 1 required"):
        await sp.events.bulk_cancel_batch(body=m.BulkCancelEventRequest(cancel_event_requests=[]))
    too_many = [m.CancelEventRequest(event_id=str(i), type_=m.EventType.GENERIC) for i in range(101)]
    with pytest.raises(RequestValidationError, match="101 items, at most 100 allowed"):
        await sp.events.bulk_cancel_batch(body=m.BulkCancelEventRequest(cancel_event_requests=too_many))
    unknown_status = r"filters\[0\]\.eventStatusFilter\[0\]: 'ARCHIVED' is not a value of EventStatus"
    with pytest.raises(RequestValidationError, match=unknown_status):
        await sp.events.list_page(body=list_body(filters=[{"eventStatusFilter": ["ARCHIVED"]}]))
    assert fake.calls == [] or all(call.status != 400 for call in fake.calls)

    # The fake itself, sent what a client without these checks would send.
    auth = {"Authorization": f"Bearer {fake.issue_token()}"}
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://fake") as http:
        empty = await http.post("/v2/events/bulk-cancel", json={"cancelEventRequests": []}, headers=auth)
        archived = await http.post(
            "/v2/events/list", json={"filters": [{"eventStatusFilter": ["ARCHIVED"]}]}, headers=auth
        )
    assert empty.status_code == 400
    assert "cancelEventRequests" in empty.json()["errorMessages"][0]["message"]
    assert empty.json()["debugIdentifier"]
    assert archived.status_code == 400
    assert "ARCHIVED" in archived.json()["errorMessages"][0]["message"]


async def test_raw_http_errors_from_the_fake() -> None:
    """Missing body field -> 400 naming it; no token -> 401; another company -> 403; unknown -> 404."""
    fake = FakeEventAPI()
    transport = fake.transport()
    async with httpx.AsyncClient(transport=transport, base_url="http://fake") as http:
        token = fake.issue_token()
        auth = {"Authorization": f"Bearer {token}"}
        valid = create_body("x").to_dict()
        without_name = {key: value for key, value in valid.items() if key != "name"}
        missing = await http.post("/v2/events", json=without_name, headers=auth)
        assert missing.status_code == 400
        assert missing.json()["errorMessages"][0]["message"] == "name is required (CreateEventRequest)"
        assert (await http.get("/v2/events/1")).status_code == 401
        assert (await http.get("/v2/events/1", headers={"Authorization": "Bearer nope"})).status_code == 401
        assert (await http.get("/v2/events/404", headers=auth)).status_code == 404
        event_id = (await http.post("/v2/events", json=valid, headers=auth)).json()["id"]
        other = {"Authorization": f"Bearer {fake.issue_token('other-client-id')}"}
        assert (await http.get(f"/v2/events/{event_id}", headers=other)).status_code == 403


async def test_another_companys_event_is_forbidden_through_the_sdk() -> None:
    fake = FakeEventAPI()
    owner = fake.client()
    event_id = (await owner.events.create(body=create_body())).id
    stranger = fake.client(auth=ClientCredentials("other-client-id", "other-client-secret"))
    with pytest.raises(PermissionDeniedError):
        await stranger.events.get(event_id)
    with pytest.raises(NotFoundError):
        await owner.events.get("does-not-exist")


async def test_expired_token_is_refreshed_by_the_sdk() -> None:
    fake = FakeEventAPI()
    sp = fake.client()
    event_id = (await sp.events.create(body=create_body())).id
    fake.expire_all_tokens()
    assert (await sp.events.get(event_id)).event.id == event_id
    assert fake.operation_count("fetchOauth2Token") == 2
    assert fake.operation_count("getEvent", 401) == 1


async def test_wrong_credentials_are_refused() -> None:
    fake = FakeEventAPI()
    sp = fake.client(auth=ClientCredentials("fake-client-id", "wrong"))
    with pytest.raises(AuthenticationError, match="invalid client credentials"):
        await sp.events.get("1")
    static = fake.client(auth=BearerToken("made-up"))
    with pytest.raises(AuthenticationError):
        await static.events.get("1")


async def test_faults_drive_the_retry_layer() -> None:
    """429 with Retry-After, 5xx, dropped connections and token expiry, each for N times."""
    fake = FakeEventAPI()
    sp = fake.client(max_retries=3)
    event_id = (await sp.events.create(body=create_body())).id
    fake.add_fault(
        Fault(status=429, retry_after=0, operation="getEvent", times=1),
        Fault(status=502, operation="getEvent", times=1),
        Fault(drop="before", operation="getEvent", times=1),
    )
    assert (await sp.events.get(event_id)).event.id == event_id
    assert fake.operation_count("getEvent") == 4
    fake.add_fault(Fault(expire_token=True, operation="getEvent", times=1))
    await sp.events.get(event_id)
    assert fake.operation_count("getEvent", 401) == 1
    fake.add_fault(Fault(drop="connect", operation="publishEvent", times=1))
    await sp.events.publish(event_id)
    assert fake.events[event_id]["status"] == "PUBLISH"


async def test_a_write_whose_answer_was_lost_is_not_repeated() -> None:
    """publish is performed, then the connection drops: the SDK does not send it again."""
    fake = FakeEventAPI()
    sp = fake.client()
    event_id = (await sp.events.create(body=create_body())).id
    fake.add_fault(Fault(drop="after", operation="publishEvent", times=1))
    with pytest.raises(APIConnectionError):
        await sp.events.publish(event_id)
    assert fake.operation_count("publishEvent") == 1
    assert fake.events[event_id]["status"] == "PUBLISH"


async def test_create_with_external_id_survives_a_lost_answer() -> None:
    """createEvent performed, answer lost: the SDK finds the event by externalId, nothing twice."""
    fake = FakeEventAPI()
    sp = fake.client()
    fake.add_fault(Fault(drop="after", operation="createEvent", times=1))
    body = create_body(external_id="once", companyId={"id": DEFAULT_COMPANY_ID})
    created = await sp.events.create(body=body)
    assert list(fake.events) == [created.id]
    assert fake.operation_count("createEvent") == 1


async def test_seeded_probability_faults_replay_exactly() -> None:
    """The same seed fires the same faults."""

    async def run(seed: int) -> list[tuple[str, int]]:
        fake = FakeEventAPI(seed=seed)
        fake.add_fault(Fault(status=503, retry_after=0, probability=0.3))
        sp = fake.client(max_retries=5)
        for _ in range(5):
            await sp.events.create(body=create_body())
        return [(c.operation, c.status) for c in fake.calls]

    assert await run(7) == await run(7)
    assert any(status == 503 for _, status in await run(7))


async def test_persistent_5xx_surfaces_as_a_typed_error() -> None:
    fake = FakeEventAPI()
    sp = fake.client(max_retries=1)
    fake.add_fault(Fault(status=500, operation="getEvent", times=None))
    with pytest.raises(InternalServerError):
        await sp.events.get("1")


def test_fixture_is_registered_by_the_plugin(pytestconfig: pytest.Config) -> None:
    """The extra's pytest11 entry point makes `spotnana_fake` available with no conftest."""
    assert pytestconfig.pluginmanager.has_plugin("spotnana_events")


async def test_client_constructor_accepts_the_in_process_transport() -> None:
    fake = FakeEventAPI()
    async with AsyncSpotnana(
        base_url="http://127.0.0.1:1", auth=ClientCredentials(*fake.credentials), transport=fake.transport()
    ) as sp:
        assert (await sp.events.create(body=create_body())).id in fake.events
