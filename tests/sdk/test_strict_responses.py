"""Issue 23 item 2: ``AsyncSpotnana(strict_responses=True)`` refuses a response value that is
not exactly of the spec's type, where the default client reads it without loss; the fake's
client and fixture default to strict, so a test still catches the fake drifting from the spec."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from spotnana_event_api.models import EventStatus
from spotnana_events import (
    APIResponseValidationError,
    AsyncSpotnana,
    BadRequestError,
    BearerToken,
    ConfigurationError,
)
from spotnana_events.testing import FakeEventAPI, SpotnanaFake

# The spec's own example answer of publishEvent (and two more operations).
SPEC_EXAMPLE = {"id": 1234567890}


def _client(answer: Any, **options: Any) -> AsyncSpotnana:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(answer).encode(), headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    return AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, **options)


async def test_the_default_client_reads_the_specs_example() -> None:
    async with _client(SPEC_EXAMPLE) as sp:
        assert sp.strict_responses is False
        assert (await sp.events.publish("6926658168")).id == "1234567890"
        assert (await sp.with_raw_response.events.publish("6926658168")).parsed.id == "1234567890"


async def test_a_strict_client_refuses_it_naming_model_and_field() -> None:
    async with _client(SPEC_EXAMPLE, strict_responses=True) as sp:
        with pytest.raises(APIResponseValidationError, match=r"-> 200: EntityNonUUIDId\.id: expected str, got int"):
            await sp.events.publish("6926658168")
        with pytest.raises(APIResponseValidationError, match=r"EntityNonUUIDId\.id"):
            await sp.with_raw_response.events.publish("6926658168")
        tolerant = sp.with_options(strict_responses=False)
        assert (await tolerant.events.publish("6926658168")).id == "1234567890"
        assert (await tolerant.with_raw_response.events.publish("6926658168")).parsed.id == "1234567890"
        with pytest.raises(APIResponseValidationError):
            await sp.events.publish("6926658168")  # the original keeps its own setting


async def test_with_options_makes_a_strict_client_of_a_tolerant_one() -> None:
    async with _client(SPEC_EXAMPLE) as sp:
        strict = sp.with_options(strict_responses=True, timeout=5)
        assert strict.strict_responses is True
        with pytest.raises(APIResponseValidationError, match=r"EntityNonUUIDId\.id"):
            await strict.with_raw_response.events.publish("6926658168")
        assert sp.with_options(timeout=5).strict_responses is False  # unchanged when not given


async def test_strict_reads_the_whole_answer_on_arrival() -> None:
    """A value deep in a lazily parsed model is refused at the call, not at a later read
    (which would be tolerant: the strictness holds while the call parses)."""
    answer = {
        "event": {"id": "1", "name": "Kickoff", "location": {"address": {"regionCode": "FR", "addressLines": [7]}}}
    }
    async with _client(answer, strict_responses=True) as sp:
        with pytest.raises(
            APIResponseValidationError, match=r"PostalAddress\.addressLines\[0\]: expected str, got int"
        ):
            await sp.events.get("1")
    async with _client(answer) as sp:
        event = (await sp.events.get("1")).event
        assert event.location.address.address_lines == ["7"]


async def test_a_strict_client_still_takes_what_a_newer_server_may_send() -> None:
    """Unknown keys and enum values are forward compatibility, not a type mismatch."""
    answer = {"event": {"id": "1", "status": "ARCHIVED", "addedLater": {"x": 1}}, "traceId": "t"}
    async with _client(answer, strict_responses=True) as sp:
        event = (await sp.events.get("1")).event
    assert isinstance(event.status, EventStatus)
    assert event.status.is_unknown
    assert event["addedLater"] == {"x": 1}


async def test_strict_and_tolerant_calls_interleaved_keep_their_own_setting() -> None:
    async with _client(SPEC_EXAMPLE) as sp:
        strict = sp.with_options(strict_responses=True)

        async def tolerant_call() -> str:
            await asyncio.sleep(0)
            return str((await sp.events.publish("1")).id)

        async def strict_call() -> str:
            await asyncio.sleep(0)
            try:
                await strict.events.publish("1")
            except APIResponseValidationError:
                return "refused"
            return "accepted"

        results = await asyncio.gather(*[tolerant_call() if n % 2 else strict_call() for n in range(40)])
    assert results == ["refused" if n % 2 == 0 else "1234567890" for n in range(40)]


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_strict_responses_must_be_a_bool(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="strict_responses must be True or False"):
        AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), strict_responses=value)
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"))
    with pytest.raises(ConfigurationError, match="strict_responses must be True or False"):
        sp.with_options(strict_responses=value if value is not None else "no")


async def test_the_fakes_client_is_strict_and_catches_the_fake_drifting_from_the_spec() -> None:
    fake = FakeEventAPI()
    event_id = fake.seed_event({"name": "Offsite"})
    fake.events[event_id]["name"] = 20270110  # the fake's state drifts: a number for a string
    async with fake.client() as sp:
        assert sp.strict_responses is True
        with pytest.raises(APIResponseValidationError, match=r"Event\.name: expected str, got int"):
            await sp.events.get(event_id)
        with pytest.raises(APIResponseValidationError, match=r"Event\.name: expected str, got int"):
            [event async for event in sp.events.list()]
    async with fake.client(strict_responses=False) as sp:
        assert (await sp.events.get(event_id)).event.name == "20270110"


def test_the_pytest_fixture_is_strict(spotnana_fake: SpotnanaFake) -> None:
    assert spotnana_fake.client.strict_responses is True


async def test_reading_the_answer_whole_is_not_the_callers_read_of_a_deprecated_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The deprecation warning stays for the caller's own first read."""
    import warnings

    from spotnana_event_api.models import Event

    monkeypatch.setattr(Event.__dict__["custom_field_responses"], "warned", False)  # once per process
    answer = {"event": {"id": "1", "customFieldResponses": []}}
    async with _client(answer, strict_responses=True) as sp:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            event = (await sp.events.get("1")).event
            assert caught == []
            assert event.custom_field_responses == []
        assert [str(w.message) for w in caught] == ["Event.customFieldResponses is deprecated (sunset 2026-07-01)"]


@pytest.mark.parametrize("total", ["500", 500.0])
async def test_a_total_sent_as_integer_text_or_an_integral_float_pages(total: Any) -> None:
    """Read without loss as the integer it is; a strict client refuses it on the first page."""
    from tests.hostile._paging import list_answer, mock_client

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(200, json=list_answer(500, body["offset"], body["limit"], total))

    async with mock_client(handler) as sp:
        assert (await sp.events.list()).total == 500
        assert len([event async for event in sp.events.list()]) == 500
    async with mock_client(handler, strict_responses=True) as sp:
        with pytest.raises(APIResponseValidationError, match=r"totalNumResults: expected int, got"):
            await sp.events.list()


async def test_an_integer_too_long_to_read_is_a_typed_error_not_a_bare_value_error() -> None:
    """A number with more digits than Python reads (int_max_str_digits) ends the call as a
    bad answer, whichever the client's setting; so does one in an error body (no body)."""

    def handler(request: httpx.Request) -> httpx.Response:
        status = 200 if "publish" in request.url.path else 400
        return httpx.Response(status, content=b'{"id": ' + b"9" * 5000 + b"}")

    for strict in (False, True):
        transport = httpx.MockTransport(handler)
        async with AsyncSpotnana(
            base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, strict_responses=strict
        ) as sp:
            with pytest.raises(APIResponseValidationError, match="an integer with more digits than can be read"):
                await sp.events.publish("1")
            with pytest.raises(BadRequestError) as refused:
                await sp.events.cancel("1")
            assert refused.value.body is None
