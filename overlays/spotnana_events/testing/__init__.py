"""Test support: a stateful fake Event API, fault injection, and a pytest fixture.

    fake = FakeEventAPI()
    async with fake.client() as sp:          # in-process, no network
        created = await sp.events.create(body=...)

``python -m spotnana_events.testing --port 8089`` serves it over loopback HTTP
(needs the ``testing`` extra, for uvicorn).
"""

from ._api import DEFAULT_COMPANY_ID, JOB_REFERENCE_IS_EVENT_ID, OTHER_COMPANY_ID, FakeEventAPI, RecordedCall
from ._faults import Fault, FaultInjector, operation_names
from ._fixture_value import SpotnanaFake
from ._ratelimit import FakeRateLimit

__all__ = [
    "DEFAULT_COMPANY_ID",
    "JOB_REFERENCE_IS_EVENT_ID",
    "OTHER_COMPANY_ID",
    "FakeEventAPI",
    "FakeRateLimit",
    "Fault",
    "FaultInjector",
    "RecordedCall",
    "SpotnanaFake",
    "operation_names",
]
