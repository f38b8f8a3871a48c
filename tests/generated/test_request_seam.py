"""The typed seam between the generated layer and the SDK (issue 15, points 2 and 4):
``ApiRequest`` built by each endpoint module, read by the facade and the reconcilers;
one request builder and one parser for the endpoint functions and the facade; reconciler
names in codegen/operations.toml checked when generating."""

from __future__ import annotations

import importlib
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from spotnana_event_api import models
from spotnana_event_api.api.events import create_event
from spotnana_event_api.client import ApiRequest, Client
from spotnana_event_api.facade import OPERATIONS
from spotnana_event_api.models import CreateEventRequest, EventLocation, GetEventResponse
from spotnana_events import AsyncSpotnana, BearerToken, _reconcile

from codegen import facade as codegen_facade
from codegen import generate
from tests.spec_samples import class_name, fixed_spec, minimal
from tests.generated.test_endpoints import OPERATIONS as SPEC_OPERATIONS
from tests.generated.test_endpoints import _argument, _module_name, _schema_name

BASE = "http://127.0.0.1:9"
COMPANY = uuid.UUID("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
BY_ID = {op.operation_id: op for op in OPERATIONS.values()}


def _create_body(**extra: Any) -> CreateEventRequest:
    document = CreateEventRequest(name="Offsite", location=EventLocation.from_dict({})).to_dict()
    return CreateEventRequest.from_dict(document | extra)


def test_the_endpoint_module_builds_a_typed_request() -> None:
    body = _create_body(externalId="ext-1")
    request = create_event._request(body=body)
    assert isinstance(request, ApiRequest)
    assert (request.method, request.path, request.url) == ("POST", "/v2/events", "/v2/events")
    assert request.body is body
    assert request.json == body.to_dict()
    from spotnana_event_api.api.events import get_event

    got = get_event._request("a/b")
    assert got.path == "/v2/events/{event_id}"
    assert got.path_params == {"event_id": "a/b"}
    assert got.url == "/v2/events/a%2Fb"


class _Events:
    """Records the lookups a reconciler makes."""

    def __init__(self) -> None:
        self.lookups: list[dict[str, Any]] = []

    async def get_by_external_id(self, **arguments: Any) -> GetEventResponse:
        self.lookups.append(arguments)
        return GetEventResponse.from_dict({"event": {"id": "ev-1"}})


async def test_the_create_reconciler_reads_the_typed_request() -> None:
    events = _Events()
    request = create_event._request(body=_create_body(externalId="ext-1", companyId={"id": str(COMPANY)}))
    found = await _reconcile.event_by_external_id(events, request)  # type: ignore[arg-type]
    assert found == {"id": "ev-1"}
    assert events.lookups == [{"external_id": "ext-1", "company_id": COMPANY}]
    for body in (_create_body(externalId="ext-1"), _create_body(companyId={"id": str(COMPANY)})):
        assert await _reconcile.event_by_external_id(events, create_event._request(body=body)) is (  # type: ignore[arg-type]
            _reconcile.CANNOT_TELL
        )
    assert len(events.lookups) == 1


def test_reconciler_names_are_read_from_the_sdks_table() -> None:
    assert codegen_facade.reconciler_names() == set(_reconcile.RECONCILERS)
    assert {op.reconcile for op in OPERATIONS.values() if op.reconcile} <= set(_reconcile.RECONCILERS)


def test_an_unknown_reconciler_name_fails_generation(tmp_path: Path) -> None:
    """A typo would silently turn off retry-safety for create: generation stops, naming it."""
    table = (generate.OPERATIONS_TABLE.read_text()).replace(
        'reconcile = "event_by_external_id"', 'reconcile = "event_by_externl_id"'
    )
    assert "event_by_externl_id" in table
    (tmp_path / "operations.toml").write_text(table)
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(fixed_spec()))
    with pytest.raises(SystemExit, match=r"createEvent\.reconcile = 'event_by_externl_id' is not a reconciler"):
        codegen_facade.build_facade(spec, table_path=tmp_path / "operations.toml")


def _recording() -> tuple[httpx.MockTransport, list[httpx.Request], dict[str, Any]]:
    sent: list[httpx.Request] = []
    answer: dict[str, Any] = {}

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    return httpx.MockTransport(handle), sent, answer


@pytest.mark.parametrize(("method", "path", "operation", "parameters"), SPEC_OPERATIONS)
async def test_endpoint_functions_and_the_facade_send_and_parse_alike(
    method: str, path: str, operation: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    """Same arguments, same answer: the same bytes on the wire and the same parsed result."""
    module = importlib.import_module(f"spotnana_event_api.api.events.{_module_name(operation['operationId'])}")
    kwargs: dict[str, Any] = {}
    for parameter in parameters:
        if parameter.get("required"):
            name, value, _ = _argument(parameter)
            kwargs[name] = value
    if "requestBody" in operation:
        body_name = _schema_name(operation["requestBody"])
        body = minimal({"$ref": f"#/components/schemas/{body_name}"})
        kwargs["body"] = getattr(models, class_name(body_name)).from_dict(body)
    ok = operation["responses"]["200"]
    payload = minimal({"$ref": f"#/components/schemas/{_schema_name(ok)}"}) if "content" in ok else {}

    transport, via_endpoint, answer = _recording()
    answer.update(payload)
    client = Client(base_url=BASE).set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=transport))
    async with client:
        detailed = await module.asyncio_detailed(client=client, **kwargs)

    transport, via_facade, answer = _recording()
    answer.update(payload)
    op = BY_ID[operation["operationId"]]
    async with AsyncSpotnana(base_url=BASE, auth=BearerToken("t"), transport=transport) as sp:
        parsed = await getattr(getattr(sp, op.resource), op.name)(**kwargs)

    (one,), (other,) = via_endpoint, via_facade
    assert (one.method, one.url, one.content) == (other.method, other.url, other.content)
    assert one.headers.get("content-type") == other.headers.get("content-type")
    if parsed is None:
        assert detailed.parsed is None
    else:
        assert type(parsed) is type(detailed.parsed)
        assert parsed.to_dict() == detailed.parsed.to_dict()
