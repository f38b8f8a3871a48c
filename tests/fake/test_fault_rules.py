"""Fault rules: which requests a rule reaches (API operations, the token endpoint only when
named) and which rules exist at all (one check of every field, for the constructor, the admin
API and the --fault flag alike)."""

from __future__ import annotations

import asyncio

import pytest
from spotnana_events import AuthenticationError, TokenRequestError
from spotnana_events.testing import FakeEventAPI, Fault

from tests.fake.test_fake import create_body


async def test_a_rule_without_operation_leaves_the_token_endpoint_alone() -> None:
    """Fault(status=429, times=5) before 25 creates: five creates are answered 429 and retried,
    the token request is not among them (it used to be, and the creates failed with TokenRequestError)."""
    fake = FakeEventAPI()
    fake.add_fault(Fault(status=429, retry_after=0, times=5))
    async with fake.client(max_retries=5) as sp:
        created = await asyncio.gather(*(sp.events.create(body=create_body(f"E{n}")) for n in range(25)))
    assert len({event.id for event in created}) == 25 == len(fake.events)
    assert fake.operation_count("token") == 1
    assert fake.operation_count("fetchOauth2Token", 200) == 1
    assert fake.operation_count("createEvent", 429) == 5
    assert fake.operation_count("createEvent", 200) == 25


async def test_expire_token_without_operation_expires_an_api_calls_token() -> None:
    """The rule is used on the first API call (a 401, refreshed once), not on the token request."""
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    fake.add_fault(Fault(expire_token=True))
    async with fake.client(max_retries=0) as sp:
        assert (await sp.events.get(event_id)).event.id == event_id
    assert [(call.operation, call.status) for call in fake.calls] == [
        ("fetchOauth2Token", 200), ("getEvent", 401), ("fetchOauth2Token", 200), ("getEvent", 200),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["token", "fetchOauth2Token"])
async def test_a_rule_reaches_the_token_endpoint_when_named(name: str) -> None:
    fake = FakeEventAPI()
    fake.add_fault(Fault(status=503, operation=name, times=None))
    async with fake.client(max_retries=0) as sp:
        with pytest.raises(TokenRequestError) as raised:
            await sp.events.get("1")
    assert raised.value.status_code == 503
    assert fake.operation_count("getEvent") == 0  # the API call was never sent


async def test_a_token_rule_does_not_reach_api_operations() -> None:
    fake = FakeEventAPI()
    fake.add_fault(Fault(status=401, operation="token", times=1))
    async with fake.client(max_retries=0) as sp:
        with pytest.raises(AuthenticationError):
            await sp.events.get("1")
    assert [(call.operation, call.status) for call in fake.calls] == [("fetchOauth2Token", 401)]
