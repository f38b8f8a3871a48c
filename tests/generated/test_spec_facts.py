"""The spec facts the SDK relies on are generated from the pinned spec (spec_facts.py), and
the client, paginator, bulk and the fake use them: read here from the spec itself."""

from __future__ import annotations

import asyncio
import copy
import json
import re
from typing import Any

import httpx
import pytest
from spotnana_event_api import models, spec_facts
from spotnana_event_api.errors import RequestValidationError
from spotnana_event_api.types import check_request_json
from spotnana_events import SANDBOX_BASE_URL, _bulk, _pagination
from spotnana_events.testing import FakeEventAPI

from codegen import spec_facts as codegen_facts
from tests.spec_samples import ROOT, fixed_spec

SPEC: dict[str, Any] = json.loads((ROOT / "openapi" / "event-api-v2.json").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
BULK_LISTS = {
    "BulkPublishEventRequest": "publishEventList",
    "BulkUpdateEventsRequest": "eventsToUpdate",
    "BulkDeleteEventRequest": "deleteEventList",
    "BulkCancelEventRequest": "cancelEventRequests",
}


def test_sandbox_url_is_the_specs_server() -> None:
    assert spec_facts.SANDBOX_BASE_URL == SPEC["servers"][0]["url"] == SANDBOX_BASE_URL


@pytest.mark.parametrize("schema", ["ListEventsRequest", "EventTravelersRequest"])
def test_page_size_maximum_is_the_specs_limit(schema: str) -> None:
    maximum = SCHEMAS[schema]["properties"]["limit"]["maximum"]
    assert spec_facts.MAX_PAGE_SIZE == _pagination.MAX_PAGE_SIZE == maximum
    _pagination.AsyncPaginator(_no_fetch, _no_read, key=id, page_size=maximum)
    with pytest.raises(ValueError, match=f"1..{maximum}"):
        _pagination.AsyncPaginator(_no_fetch, _no_read, key=id, page_size=maximum + 1)


@pytest.mark.parametrize(("schema", "field"), BULK_LISTS.items())
def test_bulk_chunks_are_the_specs_max_items(schema: str, field: str) -> None:
    maximum = SCHEMAS[schema]["properties"][field]["maxItems"]
    assert spec_facts.MAX_BULK_ITEMS == _bulk.MAX_BULK_ITEMS == maximum
    assert [len(chunk) for chunk in _bulk.chunked(list(range(2 * maximum + 1)))] == [maximum, maximum, 1]


def test_list_bounds_are_every_bounded_array_of_the_spec() -> None:
    expected = {
        (schema.get("title") or name, field): (prop.get("minItems", 0), prop.get("maxItems"))
        for name, schema in SCHEMAS.items()
        for field, prop in schema.get("properties", {}).items()
        if "minItems" in prop or "maxItems" in prop
    }
    assert expected == spec_facts.LIST_BOUNDS
    assert all(hasattr(models, model) for model, _ in spec_facts.LIST_BOUNDS)


def test_date_time_patterns_are_the_specs_and_the_fake_checks_them() -> None:
    by_title = {
        schema.get("title") or name: schema["properties"]["iso8601"]["pattern"]
        for name, schema in SCHEMAS.items()
        if "pattern" in schema.get("properties", {}).get("iso8601", {})
    }
    assert set(by_title) == {"Date", "DateTimeLocal", "DateTimeOffset"}
    assert by_title == spec_facts.DATE_TIME_PATTERNS
    # The fake validates through the generated models' request check, which carries these patterns.
    with pytest.raises(RequestValidationError, match=r"Date\.iso8601: does not match the pattern"):
        check_request_json(models.Date, {"iso8601": "2026-13-01"})
    check_request_json(models.Date, {"iso8601": "2026-12-01"})


def test_the_fake_enforces_the_generated_bounds() -> None:
    fake = FakeEventAPI()
    event_id = fake.seed_event()
    auth = {"Authorization": f"Bearer {fake.issue_token()}"}
    _, high = spec_facts.LIST_BOUNDS[("RemoveTravelersFromEventRequest", "userIds")]
    users = [{"id": f"00000000-0000-4000-8000-{n:012d}"} for n in range((high or 0) + 1)]

    async def post(path: str, body: dict[str, Any]) -> httpx.Response:
        async with httpx.AsyncClient(transport=fake.transport(), base_url="http://fake") as http:
            return await http.post(path, json=body, headers=auth)

    too_many = asyncio.run(post(f"/v2/events/{event_id}/travelers/remove", {"userIds": users}))
    assert too_many.status_code == 400
    assert f"at most {high} allowed" in too_many.json()["errorMessages"][0]["message"]
    too_long = asyncio.run(post("/v2/events/list", {"offset": 0, "limit": spec_facts.MAX_PAGE_SIZE + 1}))
    assert too_long.status_code == 400
    assert f"more than the maximum {spec_facts.MAX_PAGE_SIZE}" in too_long.json()["errorMessages"][0]["message"]
    assert asyncio.run(post("/v2/events/list", {"offset": 0, "limit": spec_facts.MAX_PAGE_SIZE})).status_code == 200


def test_generation_refuses_a_spec_that_states_a_fact_two_ways() -> None:
    spec = copy.deepcopy(fixed_spec())  # facts are read from the fixed spec
    spec["components"]["schemas"]["BulkDeleteEventRequest"]["properties"]["deleteEventList"]["maxItems"] = 50
    with pytest.raises(codegen_facts.SpecFactError, match=re.escape("[50, 100]")):
        codegen_facts.facts(spec)
    spec["components"]["schemas"]["BulkDeleteEventRequest"]["properties"]["deleteEventList"]["maxItems"] = 100
    spec["servers"].append(dict(spec["servers"][-1], url="https://another.mock.example/"))
    with pytest.raises(codegen_facts.SpecFactError, match="mock server"):
        codegen_facts.facts(spec)
    del spec["servers"]
    with pytest.raises(codegen_facts.SpecFactError, match="no server"):
        codegen_facts.facts(spec)


async def _no_fetch(offset: int, limit: int) -> Any:
    raise AssertionError("not called")


def _no_read(response: Any) -> tuple[list[Any], Any]:
    raise AssertionError("not called")
