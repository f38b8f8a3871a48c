"""Property-based conformance of the fake against the fixed spec (schemathesis, bounded).

One test function per operation, named after it (``test_fake_conforms_to_the_spec__<operationId>``):
with pytest 9.2, schemathesis 4's own parametrization gives all its cases one node id, and
pytest-xdist, which schedules by node id, would then run only one of them.

Each test builds its operation's Hypothesis test when it runs, the way schemathesis' own
pytest plugin does at collection (``build_operation_test``, schemathesis is pinned): built at
collection, every xdist worker made every operation's coverage cases (about 7 s each), and
schemathesis' lazy, fixture-based schema does not run under pytest 9.2 (it sets the node's
``_nodeid``).
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from functools import cache
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
import schemathesis
import urllib3
from hypothesis import HealthCheck, settings
from requests.adapters import HTTPAdapter
from schemathesis.checks import load_all_checks, not_a_server_error
from schemathesis.core.failures import FailureGroup, as_reported_failure
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.python import asgi
from schemathesis.python._constants.orchestrator import make_constants_value_source
from schemathesis.specs.openapi.checks import response_schema_conformance
from spotnana_events.testing import FakeEventAPI

from tests.spec_samples import fixed_spec, operation_ids

FAKE = FakeEventAPI(seed=1)
TOKEN = FAKE.issue_token()
# schemathesis' in-process client sends ``Host: testserver``, which the fake answers 403 like
# any name that is not loopback (DNS rebinding): allowed here, or every case tests only that 403.
APP = FAKE.asgi(allow_hosts=["testserver"])
SETTINGS = settings(
    max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
)


@cache
def _schema() -> schemathesis.schemas.BaseSchema:
    schema = schemathesis.openapi.from_dict(fixed_spec())
    schema.app = APP
    return schema


class _InThreadASGI(HTTPAdapter):
    """Runs the app on an event loop of its own in the calling thread. schemathesis' adapter
    hands each request to a portal thread and back, which cost 1.3 ms a request against 0.6 ms
    here (GET /v2/events/{id}); the suite sends some 20,000 cases."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app
        self.loop = asyncio.new_event_loop()

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        url = urlsplit(str(request.url))
        headers = [(b"host", url.netloc.encode())] if "host" not in request.headers else []
        headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request.headers.items()]
        body = request.body or b""
        body = body.encode() if isinstance(body, str) else bytes(body)
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": request.method,
            "path": unquote(url.path), "raw_path": url.path.encode(), "root_path": "", "scheme": url.scheme,
            "query_string": url.query.encode(), "headers": headers, "client": ("127.0.0.1", 50000),
            "server": (url.hostname or "", url.port or 80),
        }  # fmt: skip
        messages: list[dict[str, Any]] = []
        received = False

        async def receive() -> dict[str, Any]:
            nonlocal received
            if received:  # the body was read: the client is gone once the answer is out
                return {"type": "http.disconnect"}
            received = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            messages.append(message)

        self.loop.run_until_complete(self.app(scope, receive, send))
        (start,) = [m for m in messages if m["type"] == "http.response.start"]
        raw = urllib3.HTTPResponse(
            body=io.BytesIO(b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")),
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in start.get("headers", [])],
            status=start["status"], version=11, preload_content=False, decode_content=False,
        )  # fmt: skip
        return self.build_response(request, raw)


@cache
def _session() -> asgi.ASGIClient:
    """One in-process client for every case (schemathesis makes one per case), reading no proxy
    settings from the environment on each request, and sending through _InThreadASGI."""
    session = asgi.get_client(APP).__enter__()
    session.trust_env = False
    session.mount("http://", _InThreadASGI(APP))
    return session


def _check(case: schemathesis.Case) -> None:
    """Every response validates against the spec; no input yields a 5xx."""
    response = case.call_and_validate(
        session=_session(),
        headers={"Authorization": f"Bearer {TOKEN}"},
        checks=[not_a_server_error, response_schema_conformance],
    )
    assert "is not served here" not in response.text, "the fake refused the case's Host: nothing was tested"


def _conformance_test(operation_id: str) -> Callable[[], None]:
    def test() -> None:
        load_all_checks()
        schema = _schema().include(operation_id=operation_id)
        (operation,) = [result.ok() for result in schema.get_all_operations()]
        run = build_operation_test(
            config=schema.config,
            operation=operation,
            test_func=_check,
            given_kwargs={},
            feedback=FeedbackSources(constants_value_source=make_constants_value_source(schema)),
            explicit_settings=SETTINGS,
        )
        try:
            run()
        except FailureGroup as failures:
            raise as_reported_failure(failures) from None

    test.__name__ = test.__qualname__ = f"test_fake_conforms_to_the_spec__{operation_id}"
    return test


for _operation_id in sorted(operation_ids()):
    globals()[f"test_fake_conforms_to_the_spec__{_operation_id}"] = _conformance_test(_operation_id)
