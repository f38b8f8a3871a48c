"""Each generated operation sends what the spec describes and parses its response."""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_httpx import HTTPXMock
from spotnana_event_api import models
from spotnana_event_api.client import Client
from spotnana_event_api.types import Response

from tests.spec_samples import attribute_name, class_name, fixed_spec, minimal, operation_ids

BASE_URL = "http://127.0.0.1:8089"


def operations() -> list[Any]:
    cases = []
    for path, item in fixed_spec()["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            parameters = shared + operation.get("parameters", [])
            cases.append(pytest.param(method, path, operation, parameters, id=operation["operationId"]))
    return cases


OPERATIONS = operations()


def _module_name(operation_id: str) -> str:
    return str(attribute_name(operation_id))


def _schema_name(ref_holder: dict[str, Any]) -> str:
    return str(ref_holder["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1])


def _argument(parameter: dict[str, Any]) -> tuple[str, Any, Any]:
    """(python name, value to pass, expected wire value) for one parameter."""
    schema = parameter["schema"]
    if "$ref" in schema:
        enum_name = schema["$ref"].rsplit("/", 1)[-1]
        raw = minimal(schema)
        return attribute_name(parameter["name"]), getattr(models, class_name(enum_name))(raw), raw
    raw = minimal(schema)
    if schema.get("format") == "uuid":
        import uuid

        return attribute_name(parameter["name"]), uuid.UUID(raw), raw
    return attribute_name(parameter["name"]), raw, raw


def test_every_operation_has_an_async_module_and_no_sync_entry_points() -> None:
    """One module per operation of the spec, named from the operationId, exposing only async calls."""
    from spotnana_event_api.facade import OPERATIONS as GENERATED

    assert OPERATIONS
    assert {case.id for case in OPERATIONS} == set(GENERATED) == operation_ids()
    assert {op.module for op in GENERATED.values()} == {_module_name(case.id) for case in OPERATIONS}
    for case in OPERATIONS:
        module = importlib.import_module(f"spotnana_event_api.api.events.{_module_name(case.id)}")
        assert inspect.iscoroutinefunction(module.asyncio_detailed)
        assert not hasattr(module, "sync")
        assert not hasattr(module, "sync_detailed")


@pytest.mark.parametrize(("method", "path", "operation", "parameters"), OPERATIONS)
async def test_operation_request_and_response(
    httpx_mock: HTTPXMock, method: str, path: str, operation: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    """Method, path and query parameters, JSON body and the parsed 200 response match the spec."""
    module = importlib.import_module(f"spotnana_event_api.api.events.{_module_name(operation['operationId'])}")
    kwargs: dict[str, Any] = {}
    expected_path, expected_query = path, {}
    for parameter in parameters:
        if not parameter.get("required"):
            continue
        name, value, wire = _argument(parameter)
        kwargs[name] = value
        if parameter["in"] == "path":
            expected_path = expected_path.replace("{" + parameter["name"] + "}", str(wire))
        else:
            expected_query[parameter["name"]] = [str(wire)]

    body_payload = None
    if "requestBody" in operation:
        assert operation["requestBody"].get("required"), "request bodies are required (codegen fix)"
        body_name = _schema_name(operation["requestBody"])
        body_payload = minimal({"$ref": f"#/components/schemas/{body_name}"})
        kwargs["body"] = getattr(models, class_name(body_name)).from_dict(body_payload)
        signature = inspect.signature(module.asyncio_detailed)
        assert signature.parameters["body"].default is inspect.Parameter.empty

    ok = operation["responses"]["200"]
    response_schema = _schema_name(ok) if "content" in ok else None
    response_payload = minimal({"$ref": f"#/components/schemas/{response_schema}"}) if response_schema else {}
    httpx_mock.add_response(status_code=200, json=response_payload)

    async with Client(base_url=BASE_URL) as client:
        result = await module.asyncio_detailed(client=client, **kwargs)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == method.upper()
    url = urlsplit(str(request.url))
    assert url.path == expected_path
    assert parse_qs(url.query) == expected_query
    if body_payload is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == body_payload
    assert isinstance(result, Response)
    assert result.status_code == 200
    if response_schema:
        assert type(result.parsed).__name__ == class_name(response_schema)
        assert result.parsed.to_dict() == response_payload


async def test_documented_error_status_parses_error_response(httpx_mock: HTTPXMock) -> None:
    """A 404 with the spec's ErrorResponse body parses to ErrorResponse."""
    from spotnana_event_api.api.events import get_event

    body = {"debugIdentifier": "dbg-1", "errorMessages": [{"errorCode": "NOT_FOUND", "message": "no such event"}]}
    httpx_mock.add_response(status_code=404, json=body)
    async with Client(base_url=BASE_URL) as client:
        result = await get_event.asyncio_detailed("42", client=client)
    assert isinstance(result.parsed, models.ErrorResponse)
    assert result.parsed.debug_identifier == "dbg-1"
