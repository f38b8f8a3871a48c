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

from collections.abc import Callable
from functools import cache

import schemathesis
from hypothesis import HealthCheck, settings
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


@cache
def _session() -> asgi.ASGIClient:
    """One in-process client for every case (schemathesis makes one per case), which reads no
    proxy settings from the environment on each request."""
    session = asgi.get_client(APP).__enter__()
    session.trust_env = False
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
