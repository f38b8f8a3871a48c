"""Against a loopback stand-in for Spotnana's mock server (``MOCK_BASE_URL``, issue 23 item 4):
every operation of the generated table, through ``sp.events``/``sp.jobs`` configured as the
README says, returns and reads whole; the SDK's checks that an answer is about what was asked
say so where the mock's answers name the spec's example ids."""

from __future__ import annotations

import pytest
from spotnana_event_api import models as m
from spotnana_event_api.facade import OPERATIONS
from spotnana_event_api.response_samples import RESPONSE_EXAMPLES, RESPONSE_SAMPLES
from spotnana_events import (
    APIResponseValidationError,
    AsyncSpotnana,
    BulkPartialFailure,
    ClientCredentials,
    JobHandle,
)

from tests.spec_bodies import operation_arguments
from tests.spec_samples import read_deeply

from ._mock_server import PREFIX, answer_of, base_url, mock_server


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
async def test_every_operation_returns_and_reads_whole(monkeypatch: pytest.MonkeyPatch, operation_id: str) -> None:
    """As the README's mock-server section: SPOTNANA_BASE_URL and any SPOTNANA_TOKEN."""
    operation = OPERATIONS[operation_id]
    async with mock_server() as server:
        monkeypatch.setenv("SPOTNANA_BASE_URL", base_url(server))
        monkeypatch.setenv("SPOTNANA_TOKEN", "any-token-will-do")
        async with AsyncSpotnana() as sp:
            method = getattr(getattr(sp, operation.resource), operation.name)
            result = await method(**operation_arguments(operation_id))
            if answer_of(operation_id) is None:
                assert result is None
            else:
                assert read_deeply(result) >= 1
    assert [request.path.startswith(PREFIX + "/v2/") for request in server.requests] == [True]
    if operation_id not in RESPONSE_EXAMPLES and RESPONSE_SAMPLES[operation_id] is not None:
        assert result.to_dict() == RESPONSE_SAMPLES[operation_id]  # read without loss


async def test_client_credentials_get_a_token_from_the_mock_under_its_prefix() -> None:
    async with (
        mock_server() as server,
        AsyncSpotnana(base_url=base_url(server), auth=ClientCredentials("any-id", "any-secret")) as sp,
    ):
        assert (await sp.events.get("any-event")).event is not None
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", f"{PREFIX}/v2/auth/oauth2-token"),
        ("GET", f"{PREFIX}/v2/events/any-event"),
    ]


async def test_the_sdks_own_methods_against_the_mock() -> None:
    """Paging reads the mock's page; bulk and job answers name the spec's example ids, not the
    ones sent, so they are reported as unknown outcomes and foreign answers, never credited."""
    mine = "00000000-0000-4000-8000-000000000001"
    async with (
        mock_server() as server,
        AsyncSpotnana(base_url=base_url(server), auth=ClientCredentials("any", "any")) as sp,
    ):
        page = await sp.events.list()
        assert page.total == RESPONSE_SAMPLES["listEvents"]["paginationParams"]["totalNumResults"]
        assert [event.id async for event in sp.events.list()] == [page.items[0].id]
        with pytest.raises(BulkPartialFailure) as failure:
            await sp.events.bulk_cancel([m.CancelEventRequest(event_id=mine, type_=m.EventType.GENERIC)])
        assert failure.value.unprocessed[0].maybe_applied
        assert f"no answer for '{mine}'" in str(failure.value)
        with pytest.raises(APIResponseValidationError, match="not the answer about"):
            await sp.jobs.get(JobHandle("c5977a9b-095a-40be-a1bb-b9d3c894e4a5", job_id=mine))
    assert len(server.requests) == 5  # token, page, crawl (one page: total 1), bulk, job
