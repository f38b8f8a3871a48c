"""Property-based conformance of the fake against the fixed spec (schemathesis, bounded)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from spotnana_events.testing import FakeEventAPI

from tests.spec_samples import fixed_spec

FAKE = FakeEventAPI(seed=1)
TOKEN = FAKE.issue_token()
schema = schemathesis.openapi.from_dict(fixed_spec())
schema.app = FAKE.asgi_app


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
def test_fake_conforms_to_the_spec(case: schemathesis.Case) -> None:
    """Every response validates against the spec; no input yields a 5xx."""
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error, response_schema_conformance]
    )
