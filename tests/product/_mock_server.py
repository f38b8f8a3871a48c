"""A loopback server that answers as Spotnana's mock server does (``MOCK_BASE_URL``): under its
path prefix, every operation of the generated table answers the spec's example where the spec
gives one, else the document made from the response schema (an empty body where the answer has
none); any token is accepted, and the token endpoint gives one to any credentials."""

from __future__ import annotations

import json
from typing import Any

import httpx
from spotnana_event_api.facade import OPERATIONS
from spotnana_event_api.response_samples import RESPONSE_EXAMPLES, RESPONSE_SAMPLES
from spotnana_events import MOCK_BASE_URL
from spotnana_events._auth import TOKEN_PATH
from spotnana_events.testing._server import routes

from tests.hostile._servers import LoopbackServer, Reply, Request

PREFIX = httpx.URL(MOCK_BASE_URL).path.rstrip("/")  # "/_mock/openapi/eventapi"
NO_HANDLERS = object()  # routes() then gives each operation a stand-in handler, unused here


def answer_of(operation_id: str) -> Any:
    """What the mock answers for an operation: the spec's example, else the schema's sample."""
    return RESPONSE_EXAMPLES.get(operation_id, RESPONSE_SAMPLES[operation_id])


async def _handle(request: Request) -> Reply:
    if not request.path.startswith(PREFIX + "/"):
        return Reply(status=404, json={"message": "not under the mock's prefix"})
    path = request.path.removeprefix(PREFIX)
    if request.method == "POST" and path == TOKEN_PATH:
        return Reply(json={"access_token": "mock-token", "token_type": "Bearer", "expires_in": 3600})
    for method, pattern, operation_id, _ in routes(NO_HANDLERS, OPERATIONS):
        if method == request.method and pattern.fullmatch(path):
            document = answer_of(operation_id)
            return Reply(body=b"") if document is None else Reply(body=json.dumps(document).encode())
    return Reply(status=404, json={"message": f"no operation {request.method} {path}"})


def mock_server() -> LoopbackServer:
    """``async with mock_server() as server``: the mock's base URL is ``base_url(server)``."""
    return LoopbackServer(_handle)


def base_url(server: LoopbackServer) -> str:
    return f"{server.url}{PREFIX}/"
