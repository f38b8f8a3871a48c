"""AsyncSpotnana: configuration, the generated facade, per-call options and raw responses."""

from __future__ import annotations

import copy
import inspect
import json
import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from spotnana_event_api import facade
from spotnana_event_api.models import GetEventResponse
from spotnana_events import (
    SANDBOX_BASE_URL,
    APIConnectionError,
    AsyncSpotnana,
    BearerToken,
    ClientCredentials,
    ConfigurationError,
    RawResponse,
)

from codegen import facade as codegen_facade
from tests.conftest import BASE_URL
from tests.spec_samples import ROOT, fixed_spec, operation_ids

# Behaviour the overlay adds on top: crawling, chunking, waiting.
OVERLAY_EVENT_METHODS = ["list", "list_travelers", "bulk_publish", "bulk_edit", "bulk_delete", "bulk_cancel"]


def _table() -> dict[str, dict[str, Any]]:
    return tomllib.loads((ROOT / "codegen" / "operations.toml").read_text())


def test_facade_has_every_operation_under_its_name() -> None:
    """Every operation of the spec is a coroutine method under the resource and name
    codegen/operations.toml gives it (one it does not name: events.<snake_case operationId>),
    besides the overlay's crawling, chunking and waiting methods."""
    table = _table()
    sp = AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"))
    assert set(facade.OPERATIONS) == operation_ids()
    for operation_id, operation in facade.OPERATIONS.items():
        row = table.get(operation_id, {})
        assert (operation.resource, operation.name) == (
            row.get("resource", "events"),
            row.get("name", operation.module),
        )
        assert inspect.iscoroutinefunction(getattr(getattr(sp, operation.resource), operation.name)), operation_id
    named = {(op.resource, op.name) for op in facade.OPERATIONS.values()}
    assert len(named) == len(facade.OPERATIONS)  # no two operations share a method
    for name in OVERLAY_EVENT_METHODS:
        assert callable(getattr(sp.events, name)), name
        assert ("events", name) not in named
    for name in ("get", "get_details", "wait"):
        assert callable(getattr(sp.jobs, name)), name


def test_idempotency_lives_in_one_table() -> None:
    """The generated OPERATIONS mirror codegen/operations.toml; an operation it does not list
    has the default by HTTP method (GET, PUT, DELETE idempotent; POST not), as the table says."""
    from codegen.facade import _DEFAULT_IDEMPOTENT

    table = _table()
    assert set(table) <= set(facade.OPERATIONS)  # a re-pin prunes the entries of removed operations
    assert {op_id: op.idempotent for op_id, op in facade.OPERATIONS.items()} == {
        op_id: table.get(op_id, {}).get("idempotent", _DEFAULT_IDEMPOTENT.get(op.method.lower(), False))
        for op_id, op in facade.OPERATIONS.items()
    }
    assert "appears with the defaults and no edit here" in (ROOT / "codegen" / "operations.toml").read_text()


def test_an_operation_added_to_the_spec_appears_without_hand_edits(tmp_path: Path) -> None:
    """A new operation gets a method named after its operationId with default behaviour."""
    spec = copy.deepcopy(fixed_spec())
    spec["paths"]["/v2/events/{eventId}/archive"] = {
        "post": {
            "tags": ["Events"],
            "operationId": "archiveEvent",
            "parameters": [{"name": "eventId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": ""}},
        }
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    source = codegen_facade.build_facade(path).source
    assert "async def archive_event(" in source
    assert '"archiveEvent": Operation(' in source
    assert "idempotent=False" in source.split('"archiveEvent": Operation(')[1].split(")")[0]


async def test_call_returns_the_generated_response_model(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"event": {"id": "42", "name": "Kickoff"}})
    async with AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t")) as sp:
        result = await sp.events.get("42")
    assert isinstance(result, GetEventResponse)
    assert result.event.name == "Kickoff"
    assert httpx_mock.get_request().url == f"{BASE_URL}/v2/events/42"


async def test_raw_response_gives_status_headers_and_parsed_body(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"event": {"id": "42"}}, headers={"X-Request-Id": "r-1"})
    async with AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t")) as sp:
        raw = await sp.with_raw_response.events.get("42")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.http_response.request.url.path == "/v2/events/42"
    assert raw.parsed.event.id == "42"


async def test_with_options_shares_the_pool_and_changes_timeout_and_retries(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"event": {"id": "1"}})
    httpx_mock.add_response(status_code=500)
    sp = AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"))
    fast = sp.with_options(timeout=2.5, max_retries=0)
    assert fast._http is sp._http
    assert fast.auth is sp.auth
    await fast.events.get("1")
    assert httpx_mock.get_request().extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    with pytest.raises(Exception, match="500"):
        await fast.events.get("1")  # no retry with max_retries=0
    assert sp.max_retries == 2
    await fast.aclose()
    assert not sp._http.is_closed
    await sp.aclose()
    assert sp._http.is_closed


def test_default_timeout_is_bounded_and_per_client_overridable() -> None:
    sp = AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"))
    assert sp.timeout == httpx.Timeout(60.0, connect=5.0)
    assert AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"), timeout=10).timeout.read == 10
    with pytest.raises(ConfigurationError, match="bounded"):
        AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"), timeout=httpx.Timeout(None))


def test_configuration_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOTNANA_CLIENT_ID", "env-id")
    monkeypatch.setenv("SPOTNANA_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("SPOTNANA_BASE_URL", "http://127.0.0.1:9999")
    sp = AsyncSpotnana()
    assert isinstance(sp.auth, ClientCredentials)
    assert sp.auth.client_id == "env-id"
    assert str(sp.base_url) == "http://127.0.0.1:9999"
    assert "env-secret" not in repr(sp)


def test_static_token_from_environment_and_sandbox_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOTNANA_TOKEN", "env-token")
    sp = AsyncSpotnana()
    assert isinstance(sp.auth, BearerToken)
    assert str(sp.base_url) == SANDBOX_BASE_URL
    assert fixed_spec()["servers"][0]["url"] == SANDBOX_BASE_URL


def test_no_credentials_is_a_clear_error_naming_the_variables() -> None:
    with pytest.raises(ConfigurationError) as caught:
        AsyncSpotnana(base_url=BASE_URL)
    for name in ("SPOTNANA_CLIENT_ID", "SPOTNANA_CLIENT_SECRET", "SPOTNANA_TOKEN"):
        assert name in str(caught.value)


def test_half_configured_client_credentials_name_the_missing_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOTNANA_CLIENT_ID", "env-id")
    with pytest.raises(ConfigurationError, match="SPOTNANA_CLIENT_SECRET is not set"):
        AsyncSpotnana(base_url=BASE_URL)


def test_spotnana_log_turns_on_debug_logging(monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    monkeypatch.setenv("SPOTNANA_LOG", "debug")
    logger = logging.getLogger("spotnana_events")
    previous, handlers = logger.level, list(logger.handlers)
    try:
        AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"))
        assert logger.isEnabledFor(logging.DEBUG)
    finally:
        logger.setLevel(previous)
        logger.handlers[:] = handlers


def test_public_names_are_exported() -> None:
    """Everything in __all__ exists; private modules stay private."""
    import spotnana_events

    assert all(hasattr(spotnana_events, name) for name in spotnana_events.__all__)
    assert not [name for name in spotnana_events.__all__ if name.startswith("_") and name != "__version__"]


def test_a_client_made_before_httpx_is_mocked_sends_through_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A client made at import time, used in a test once pytest-httpx (or OpenTelemetry's httpx
    instrumentation) hooks httpx's transport: its pool is built at the first call, on the
    transport the mock sees, never over aiohttp to the network past the mock. An explicit
    choice stands."""
    import asyncio

    from spotnana_events import _transport

    event_id = "6926658168"
    made_early = AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"))
    chosen = AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("t"), transport="aiohttp", max_retries=0)
    assert _transport.resolve(None) == "aiohttp"  # the development environment has the extra
    seen: list[str] = []

    async def mocked(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"event": {"id": event_id}})

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", mocked)
    got = asyncio.run(made_early.events.get(event_id))
    assert got.require("event").id == event_id
    assert seen == [f"/v2/events/{event_id}"]
    with pytest.raises(APIConnectionError):  # aiohttp, as asked: to BASE_URL, where nothing listens
        asyncio.run(chosen.events.get(event_id))
    assert len(seen) == 1
