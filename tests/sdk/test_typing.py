"""Issue 12.9: the typed accessor of a bulk failure, and the verifytypes gate's verdict.

The static side (what mypy --strict and pyright strict infer) is checked by `make lint`
over tests/typed_sample; the scores by `make verifytypes`."""

from __future__ import annotations

import pytest
from spotnana_event_api import models as m
from spotnana_events import BulkPartialFailure
from spotnana_events.testing import FakeEventAPI, Fault

from tests.typed_sample import verifytypes


async def _failed_bulk_cancel(fake: FakeEventAPI) -> BulkPartialFailure[object, object]:
    sp = fake.client(max_retries=0)
    ids = fake.seed_events(3)
    fake.add_fault(Fault(status=500, operation="bulkCancelEvents", times=1))
    with pytest.raises(BulkPartialFailure) as caught:
        await sp.events.bulk_cancel([m.CancelEventRequest(event_id=i, type_=m.EventType.GENERIC) for i in ids])
    return caught.value


async def test_typed_gives_the_failure_of_the_method_that_raised_it() -> None:
    fake = FakeEventAPI()
    failure = await _failed_bulk_cancel(fake)
    sp = fake.client()
    assert failure.operation == "bulk_cancel"
    typed = failure.typed(sp.events.bulk_cancel)
    assert typed is failure
    assert all(isinstance(item, m.CancelEventRequest) for item in typed.unprocessed_items)


async def test_typed_refuses_another_bulk_method() -> None:
    fake = FakeEventAPI()
    failure = await _failed_bulk_cancel(fake)
    sp = fake.client()
    with pytest.raises(TypeError, match="raised by bulk_cancel, not by bulk_publish"):
        failure.typed(sp.events.bulk_publish)


def test_verifytypes_fails_below_a_threshold_and_for_a_package_not_scored() -> None:
    thresholds = {"a": 95.0, "b": 98.0}
    assert verifytypes.below({"a": 95.0, "b": 99.6}, thresholds) == []
    assert verifytypes.below({"a": 94.9, "b": 99.6}, thresholds) == ["a"]
    assert verifytypes.below({"a": 100.0}, thresholds) == ["b"]
    assert set(verifytypes.THRESHOLDS) == {"spotnana_events", "spotnana_event_api"}
