"""Errors you can branch on, and create-or-get (issue 26, point 2): ``error_codes`` on API errors,
the duplicate externalId case, and ``sp.events.create(..., if_exists="return")`` that a rerun
after a crash, or a race with another creator, neither fails nor duplicates."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from spotnana_event_api.facade import OPERATIONS
from spotnana_event_api.models import CompanyId, CreateEventRequest, EventLocation
from spotnana_events import (
    APITimeoutError,
    AsyncSpotnana,
    BadRequestError,
    BearerToken,
    ClientCredentials,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
)
from spotnana_events.testing import DEFAULT_COMPANY_ID, FakeEventAPI, Fault

from tests.hostile._client_servers import recording_transport

DUPLICATE = "DUPLICATE_EXTERNAL_ID"  # what the API answers (codegen/operations.toml records it)
OTHER_COMPANY = str(uuid.UUID(int=77))


def _body(external_id: str | None = "sko-2027", company: str | None = DEFAULT_COMPANY_ID) -> CreateEventRequest:
    body = CreateEventRequest(name="Sales kickoff", location=EventLocation())
    if external_id is not None:
        body.external_id = external_id
    if company is not None:
        body.company_id = CompanyId(id=uuid.UUID(company))
    return body


def test_the_table_records_the_duplicate_code_and_the_fake_answers_it() -> None:
    assert OPERATIONS["createEvent"].exists == DUPLICATE


async def test_a_duplicate_external_id_is_a_bad_request_you_can_branch_on() -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        await sp.events.create(body=_body())
        with pytest.raises(BadRequestError) as caught:
            await sp.events.create(body=_body())
    assert caught.value.error_codes == [DUPLICATE]
    assert caught.value.error_messages == ["externalId 'sko-2027' is already used by another event"]
    assert len(fake.events) == 1


async def test_if_exists_return_answers_the_existing_event_and_creates_nothing() -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        first = await sp.events.create(body=_body(), if_exists="return")
        again = await sp.events.create(body=_body(), if_exists="return")
        raw = await sp.events.with_raw_response.create(body=_body(), if_exists="return")
    assert first.id == again.id == raw.parsed.id
    assert raw.reconciled
    assert len(fake.events) == 1
    assert [call.operation for call in fake.calls if call.operation in OPERATIONS] == [
        "createEvent",
        "createEvent",
        "getEventByExternalID",
        "createEvent",
        "getEventByExternalID",
    ]


async def test_two_creators_racing_get_one_event() -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        answers = await asyncio.gather(*(sp.events.create(body=_body(), if_exists="return") for _ in range(8)))
    assert len({answer.id for answer in answers}) == 1
    assert len(fake.events) == 1


async def test_the_existing_event_is_looked_up_in_the_bodys_company_only() -> None:
    """externalId is unique per company: the same one in another company is another event."""
    fake = FakeEventAPI()
    other = fake.add_company(OTHER_COMPANY)
    async with fake.client() as sp, fake.client(auth=ClientCredentials(*other)) as other_sp:
        mine = await sp.events.create(body=_body(), if_exists="return")
        theirs = await other_sp.events.create(body=_body(company=OTHER_COMPANY), if_exists="return")
        again = await other_sp.events.create(body=_body(company=OTHER_COMPANY), if_exists="return")
    assert mine.id != theirs.id  # created in its company, not taken for the other company's
    assert theirs.id == again.id
    assert len(fake.events) == 2
    assert [event["companyId"]["id"] for event in fake.events.values()] == [DEFAULT_COMPANY_ID, OTHER_COMPANY]


@pytest.mark.parametrize(
    "body",
    [_body(external_id=None), _body(external_id=""), _body(company=None)],
    ids=["no id", "empty id", "no company"],
)
async def test_if_exists_return_without_the_lookup_key_is_refused_before_sending(body: CreateEventRequest) -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        with pytest.raises(ConfigurationError, match=r"if_exists='return' needs the body's externalId and companyId"):
            await sp.events.create(body=body, if_exists="return")
    assert [call for call in fake.calls if call.operation == "createEvent"] == []


@pytest.mark.parametrize("value", ["RETURN", "get", None, True])
async def test_an_unknown_if_exists_value_is_refused_before_sending(value: object) -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        with pytest.raises(ConfigurationError, match="if_exists must be one of"):
            await sp.events.create(body=_body(), if_exists=value)  # type: ignore[arg-type]
    assert [call for call in fake.calls if call.operation == "createEvent"] == []


def _duplicate_then(lookup: httpx.Response) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(400, json={"errorMessages": [{"errorCode": DUPLICATE, "message": "taken"}]})
        return lookup

    return recording_transport(answer)


async def test_a_duplicate_the_lookup_cannot_find_raises_the_duplicate_error() -> None:
    """The one that exists was deleted meanwhile (or is out of the lookup's reach): the create's
    own error, saying so, rather than a made-up answer."""
    transport, sent = _duplicate_then(httpx.Response(404, json={"errorMessages": [{"message": "gone"}]}))
    async with AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport) as sp:
        with pytest.raises(BadRequestError) as caught:
            await sp.events.create(body=_body(), if_exists="return")
    assert caught.value.error_codes == [DUPLICATE]
    assert "found nothing to return" in "".join(caught.value.__notes__)
    assert [request.method for request in sent] == ["POST", "GET"]


async def test_a_failing_lookup_raises_the_duplicate_error_with_the_lookup_as_cause() -> None:
    transport, _ = _duplicate_then(httpx.Response(500, json={}))
    async with AsyncSpotnana(
        base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, max_retries=0
    ) as sp:
        with pytest.raises(BadRequestError) as caught:
            await sp.events.create(body=_body(), if_exists="return")
    assert isinstance(caught.value.__cause__, InternalServerError)


async def test_other_errors_are_not_taken_for_an_existing_event() -> None:
    fake = FakeEventAPI()
    fake.add_fault(Fault(status=404, operation="createEvent", times=1))
    async with fake.client(max_retries=0) as sp:
        with pytest.raises(NotFoundError):
            await sp.events.create(body=_body(), if_exists="return")
    assert [call.operation for call in fake.calls if call.operation in OPERATIONS] == ["createEvent"]


async def test_a_create_whose_answer_was_lost_and_a_rerun_make_one_event() -> None:
    """The crash-and-rerun story: the first create's answer is lost (it went through), the
    client's reconciliation finds it; the rerun with if_exists="return" finds it too."""
    fake = FakeEventAPI()
    fake.add_fault(Fault(drop="after", operation="createEvent", times=1))
    async with fake.client() as sp:
        first = await sp.events.create(body=_body())
        rerun = await sp.events.create(body=_body(), if_exists="return")
    assert first.id == rerun.id
    assert len(fake.events) == 1


@pytest.mark.parametrize(
    "event",
    [
        {"id": "evt-9", "externalId": "someone-elses"},
        {"id": "evt-9", "externalId": "sko-2027", "companyId": {"id": OTHER_COMPANY}},
    ],
    ids=["another externalId", "another company"],
)
async def test_a_lookup_answering_another_event_is_not_taken_for_ours(event: dict[str, object]) -> None:
    """An answer names the item it is for: one naming another event is neither returned nor a
    reason to create again."""
    transport, sent = _duplicate_then(httpx.Response(200, json={"event": event}))
    async with AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport) as sp:
        with pytest.raises(BadRequestError) as caught:
            await sp.events.create(body=_body(), if_exists="return")
    assert caught.value.error_codes == [DUPLICATE]
    assert [request.method for request in sent] == ["POST", "GET"]

    def lost_then_lookup(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return httpx.Response(200, json={"event": event})

    transport, sent = recording_transport(lost_then_lookup)
    async with AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport) as sp:
        with pytest.raises(APITimeoutError):
            await sp.events.create(body=_body())
    assert [request.method for request in sent] == ["POST", "GET"]  # not sent again


async def test_a_malformed_error_code_costs_the_error_nothing_else() -> None:
    body = {
        "debugIdentifier": "dbg-1",
        "errorMessages": [
            {"errorCode": ["NOT", "A", "CODE"], "message": "bad"},
            {"errorCode": 42},  # reads without loss as its text (issue 23)
            {"errorCode": "OK_CODE"},
        ],
    }
    transport, _ = recording_transport(lambda _: httpx.Response(400, json=body))
    async with AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport) as sp:
        with pytest.raises(BadRequestError) as caught:
            await sp.events.get("1")
    assert caught.value.error_codes == ["42", "OK_CODE"]
    assert caught.value.error_messages == ["bad"]
    assert caught.value.request_id == "dbg-1"
