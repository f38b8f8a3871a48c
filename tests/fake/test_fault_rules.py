"""Fault rules: which requests a rule reaches (API operations, the token endpoint only when
named) and which rules exist at all (one check of every field, for the constructor, the admin
API and the --fault flag alike)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from spotnana_events import AuthenticationError, TokenRequestError
from spotnana_events.testing import FakeEventAPI, Fault
from spotnana_events.testing.__main__ import parse_fault
from spotnana_events.testing._admin import fault_from_document

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


# (fields, the field the error names, what the message says): each used to be accepted and
# then break every request it met (a status fault of 200, a Retry-After of "soon", ...).
BAD_FAULTS = [
    ({"status": 200}, "status", "from 400 to 599, got 200"),
    ({"status": 99999}, "status", "from 400 to 599, got 99999"),
    ({"status": "503"}, "status", "must be an integer, got str '503'"),
    ({"status": True}, "status", "must be an integer, got bool"),
    ({"status": 503, "retry_after": "soon"}, "retry_after", "must be a number, got str 'soon'"),
    ({"status": 503, "retry_after": -1}, "retry_after", "at least 0"),
    ({"status": 503, "times": "2"}, "times", "must be an integer (or None: every request), got str '2'"),
    ({"status": 503, "times": 0}, "times", "at least 1"),
    ({"status": 503, "probability": 1.5}, "probability", "more than 0 and at most 1"),
    ({"latency": float("inf")}, "latency", "at least 0, got inf"),
    ({"latency": "0.2"}, "latency", "must be a number"),
    ({"drop": "later"}, "drop", "one of 'connect', 'before', 'after'"),
    ({"expire_token": "yes"}, "expire_token", "true or false"),
    ({"drop": "after", "retry_after": 1}, "retry_after", "goes with a status"),
    ({"status": 503, "operation": 7}, "operation", "must be a string"),
    ({"expire_token": True, "operation": "token"}, "expire_token", "a token request carries none"),
]


@pytest.mark.parametrize(("fields", "field", "message"), BAD_FAULTS)
def test_a_bad_fault_is_refused_naming_the_field(fields: dict[str, Any], field: str, message: str) -> None:
    with pytest.raises((TypeError, ValueError)) as raised:
        Fault(**fields)
    assert f"Fault.{field} " in str(raised.value)
    assert message in str(raised.value)


@pytest.mark.parametrize(("fields", "field", "message"), BAD_FAULTS)
async def test_the_admin_api_answers_400_naming_the_field(fields: dict[str, Any], field: str, message: str) -> None:
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://127.0.0.1") as admin:
        # Python's JSON, which spells inf as Infinity: the fake's JSON reader accepts that too.
        document = json.dumps([{"status": 500, "operation": "publish"}, fields])
        answer = await admin.post("/_fake/faults", content=document, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert f"Fault.{field} " in answer.json()["error"]
    assert message in answer.json()["error"]
    assert fake.faults.rules == []  # a list is taken whole or not at all
    async with fake.client(max_retries=0) as sp:
        assert (await sp.events.get(event_id)).event.id == event_id


@pytest.mark.parametrize(
    ("text", "field"),
    [("status=200", "status"), ('status="503"', "status"), ("status=503,retry_after=soon", "retry_after"),
     ('status=503,times="2"', "times"), ("drop=sideways", "drop"), ('{"latency": -1}', "latency")],
)  # fmt: skip
def test_the_fault_flag_is_checked_as_the_constructor_checks(text: str, field: str) -> None:
    with pytest.raises(ValueError, match=rf"Fault\.{field} "):
        parse_fault(text)


def test_a_json_fault_keeps_its_types() -> None:
    """JSON from the admin API or --fault: integers and numbers as sent, null for every request."""
    fault = fault_from_document({"status": 503, "retry_after": 0.5, "times": None, "operation": "get"})
    assert (fault.status, fault.retry_after, fault.times, fault.operation) == (503, 0.5, None, "getEvent")
