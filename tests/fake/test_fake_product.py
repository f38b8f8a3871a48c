"""The fake as a product for downstream tests: fault names, recorded calls, seeding, timeouts,
routes from the generated table, and a fake that answers hostile requests with the API's 400."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx
import pytest
from spotnana_event_api import facade
from spotnana_event_api import models as m
from spotnana_event_api.response_samples import RESPONSE_SAMPLES
from spotnana_events import APITimeoutError, BadRequestError, NotFoundError, PermissionDeniedError
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault, RecordedCall, operation_names

from tests.fake.test_fake import create_body
from tests.spec_bodies import operation_arguments
from tests.spec_samples import read_deeply

USER = str(uuid.UUID(int=7))


@pytest.mark.parametrize("name", ["bulkCancelEvents", "bulk_cancel", "events.bulk_cancel", "bulk_cancel_batch"])
async def test_a_fault_names_its_operation_as_users_do(name: str) -> None:
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    fake.add_fault(Fault(status=400, operation=name))
    async with fake.client(max_retries=0) as sp:
        with pytest.raises(BadRequestError, match="injected fault"):
            await sp.events.bulk_cancel_batch(body=m.BulkCancelEventRequest.from_dict(
                {"cancelEventRequests": [{"eventId": event_id, "type": "GENERIC"}]}
            ))  # fmt: skip
    assert fake.operation_count("bulk_cancel", 400) == 1


def test_an_unknown_operation_name_is_refused_with_the_valid_names() -> None:
    with pytest.raises(ValueError, match="names no operation") as raised:
        Fault(status=500, operation="bulkCancel")
    assert "bulkCancelEvents" in str(raised.value)
    assert "bulk_cancel" in str(raised.value)
    # Every operation of the generated table can be named by its id and its facade name.
    names = operation_names()
    for operation_id, operation in facade.OPERATIONS.items():
        assert names[operation_id] == names[operation.name] == operation_id


async def test_calls_record_what_the_service_sent() -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        created = await sp.events.create(body=create_body("Offsite", external_id="ext-9"))
        await sp.events.get(created.id)
    token, create, get = fake.calls
    assert token.operation == "fetchOauth2Token"
    assert token.body["client_secret"] == "<redacted>"
    assert create == RecordedCall("createEvent", "POST", "/v2/events", 200, create.body)
    assert create.body["name"] == "Offsite"
    assert create.body["externalId"] == "ext-9"
    assert (get.operation, get.method, get.path, get.status, get.body) == (
        "getEvent", "GET", f"/v2/events/{created.id}", 200, None,
    )  # fmt: skip


async def test_seeded_state_is_served_and_unknown_ids_are_404() -> None:
    fake = FakeEventAPI()
    event_id = fake.seed_event(
        m.Event.from_dict({"name": "Seeded", "type": "GENERIC", "status": "PUBLISH"}),
        travelers={USER: {"eventRsvpState": "INVITE_ACCEPTED"}},
    )
    other_company = str(uuid.UUID(int=99))
    client_id, secret = fake.add_company(other_company)
    foreign = fake.seed_event({"name": "Theirs"}, company_id=other_company)
    job_id = fake.seed_job(event_id, "CANCEL", done=True)
    async with fake.client() as sp:
        assert (await sp.events.get(event_id)).event.name == "Seeded"
        rsvp = await sp.events.get_rsvp(event_id, uuid.UUID(USER))
        assert rsvp.event_rsvp_state == m.EventRsvpState.INVITE_ACCEPTED
        with pytest.raises(PermissionDeniedError):
            await sp.events.get(foreign)
        details = await sp.jobs.get(DEFAULT_COMPANY_ID, job_id=job_id)
        assert details.job_id == uuid.UUID(job_id)
        for call in (sp.events.get("424242"), sp.events.get_rsvp("424242", uuid.UUID(USER))):
            with pytest.raises(NotFoundError, match="424242"):
                await call
    from spotnana_events import ClientCredentials

    async with fake.client(auth=ClientCredentials(client_id, secret)) as theirs:
        assert (await theirs.events.get(foreign)).event.name == "Theirs"
    with pytest.raises(ValueError, match="seed_event"):
        fake.seed_event({"status": "NOT_A_STATUS", "startDateTime": {"iso8601": "tomorrow"}})


async def test_an_event_put_into_state_directly_is_served_without_a_key_error() -> None:
    fake = FakeEventAPI()
    fake.events["x1"] = {"id": "x1", "status": "PUBLISH", "companyId": {"id": DEFAULT_COMPANY_ID}}
    async with fake.client() as sp:
        page = await sp.events.list_travelers_page("x1", body=m.EventTravelersRequest.from_dict({}))
        assert page.pagination_params.total_num_results == 0


async def test_latency_longer_than_the_timeout_times_out_in_process() -> None:
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    fake.add_fault(Fault(latency=5.0, operation="get", times=None))
    async with fake.client(timeout=0.05, max_retries=0) as sp:
        started = asyncio.get_running_loop().time()
        with pytest.raises(APITimeoutError):
            await sp.events.get(event_id)
        assert asyncio.get_running_loop().time() - started < 2


async def test_path_parameters_are_decoded_once() -> None:
    fake = FakeEventAPI()
    fake.seed_event({"id": "A"})
    slashed = fake.seed_event({"id": "a/b"})
    async with fake.client() as sp:
        with pytest.raises(NotFoundError, match="%41"):
            await sp.events.get("%41")
        assert (await sp.events.get(slashed)).event.id == "a/b"
        assert (await sp.events.get("A")).event.id == "A"
    assert fake.calls[-2].path == "/v2/events/a%2Fb"


def test_routes_come_from_the_generated_operation_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """An operation the spec drops is no longer served (its handler is left unused); one a
    re-pin adds, which the fake has no handler for, answers its generated response sample;
    501 only when there is no sample either."""
    table = dict(facade.OPERATIONS)
    del table["getEvent"]
    for name in ("frobnicateEvent", "zapEvent"):
        table[name] = facade.Operation(
            name, resource="events", name=name, module="x", method="POST",
            path=f"/v2/events/{{event_id}}/{name}", idempotent=True,
        )  # fmt: skip
    monkeypatch.setattr("spotnana_events.testing._api.OPERATIONS", table)
    sample = {"id": "frobnicated", "nested": {"list": [1, 2]}}
    monkeypatch.setitem(RESPONSE_SAMPLES, "frobnicateEvent", sample)
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    token = fake.issue_token()
    auth = {"Authorization": f"Bearer {token}"}

    async def run() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=fake.transport(), base_url="http://fake") as http:
            return [
                await http.get(f"/v2/events/{event_id}", headers=auth),
                await http.post(f"/v2/events/{event_id}/frobnicateEvent", headers=auth),
                await http.post(f"/v2/events/{event_id}/frobnicateEvent"),
                await http.post(f"/v2/events/{event_id}/zapEvent", headers=auth),
                await http.delete(f"/v2/events/{event_id}", headers=auth),
            ]

    dropped, added, unauthenticated, unsampled, kept = asyncio.run(run())
    assert dropped.status_code == 404
    assert (added.status_code, added.json()) == (200, sample)
    assert unauthenticated.status_code == 401  # a sample is still served only to a valid token
    assert unsampled.status_code == 501
    assert "zapEvent" in unsampled.json()["errorMessages"][0]["message"]
    assert kept.status_code == 400  # deleteEvent is still served: a published event is not deleted
    assert [call.operation for call in fake.calls] == [
        "unknown", "frobnicateEvent", "frobnicateEvent", "zapEvent", "deleteEvent",
    ]  # fmt: skip
    added.json()["nested"]["list"].append(3)
    assert sample == {"id": "frobnicated", "nested": {"list": [1, 2]}}  # each answer is a copy


@pytest.mark.parametrize("operation_id", list(facade.OPERATIONS))
async def test_an_operation_the_fake_has_no_handler_for_answers_its_sample_through_the_sdk(operation_id: str) -> None:
    """Simulated by a fake without that one handler: the SDK call returns the sample, read whole."""
    fake_class = type("FakeWithout", (FakeEventAPI,), {f"_op_{operation_id}": None})
    fake = fake_class()
    operation = facade.OPERATIONS[operation_id]
    async with fake.client(max_retries=0) as sp:
        method = getattr(getattr(sp, operation.resource), operation.name)
        result = await method(**operation_arguments(operation_id))
    assert [(call.operation, call.status) for call in fake.calls][-1] == (operation_id, 200)
    sample = RESPONSE_SAMPLES[operation_id]
    if sample is None:
        assert result is None
        return
    read_deeply(result)
    assert result.to_dict() == sample


async def _raw(fake: FakeEventAPI, content: bytes, content_type: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {fake.issue_token()}", "Content-Type": content_type}
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://fake") as http:
        return await http.post("/v2/events/list", content=content, headers=headers)


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b'{"offset": 0}', "text/plain", "is not application/json"),
        (b"offset=0", "application/x-www-form-urlencoded", "is not application/json"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", "nested too deeply"),
        (json.dumps({"filters": {"x": "y" * (6 * 1024 * 1024)}}).encode(), "application/json", "larger than"),
        (b"\xff\xfe{", "application/json", "not valid JSON"),
    ],
    ids=["text-plain", "form", "deep-nesting", "huge", "not-utf8"],
)
async def test_a_malformed_request_gets_a_400_error_response(content: bytes, content_type: str, message: str) -> None:
    response = await _raw(FakeEventAPI(), content, content_type)
    assert response.status_code == 400
    error = m.ErrorResponse.from_dict(response.json())
    assert message in error.error_messages[0].message
    assert error.debug_identifier


async def test_deeply_nested_json_object_inside_a_body_is_a_400() -> None:
    deep = b'{"filters": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001
    response = await _raw(FakeEventAPI(), deep, "application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["errorMessages"][0]["message"]
