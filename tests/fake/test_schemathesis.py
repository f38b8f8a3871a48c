"""Property-based conformance of the fake against the fixed spec (schemathesis, bounded).

One test function per operation, named after it (``test_fake_conforms_to_the_spec__<operationId>``):
with pytest 9.2, schemathesis 4's own parametrization gives all its cases one node id, and
pytest-xdist, which schedules by node id, would then run only one of them.
"""

from __future__ import annotations

from collections.abc import Callable

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from spotnana_events.testing import FakeEventAPI

from tests.spec_samples import fixed_spec, operation_ids

FAKE = FakeEventAPI(seed=1)
TOKEN = FAKE.issue_token()
schema = schemathesis.openapi.from_dict(fixed_spec())
schema.app = FAKE.asgi_app


def _conformance_test(operation_id: str) -> Callable[..., None]:
    @schema.include(operation_id=operation_id).parametrize()
    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
    def test(case: schemathesis.Case) -> None:
        """Every response validates against the spec; no input yields a 5xx."""
        case.call_and_validate(
            headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error, response_schema_conformance]
        )

    test.__name__ = test.__qualname__ = f"test_fake_conforms_to_the_spec__{operation_id}"
    return test


for _operation_id in sorted(operation_ids()):
    globals()[f"test_fake_conforms_to_the_spec__{_operation_id}"] = _conformance_test(_operation_id)
