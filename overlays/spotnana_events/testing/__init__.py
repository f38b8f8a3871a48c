"""Test support: a stateful fake Event API, fault injection, and a pytest fixture.

    fake = FakeEventAPI()
    async with fake.client() as sp:          # in-process, no network
        created = await sp.events.create(body=...)

``python -m spotnana_events.testing --port 8089`` serves it over loopback HTTP
(needs the ``testing`` extra, for uvicorn).
"""

import typing

from ._api import DEFAULT_COMPANY_ID, JOB_REFERENCE_IS_EVENT_ID, OTHER_COMPANY_ID, FakeEventAPI, RecordedCall
from ._faults import Fault, FaultInjector, operation_names
from ._ratelimit import FakeRateLimit

if typing.TYPE_CHECKING:
    from .plugin import SpotnanaFake

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


def __getattr__(name: str) -> object:
    # The fixture's type lives in the pytest plugin; importing it here eagerly would make
    # `spotnana_events.testing` need pytest (the fake itself needs only the core).
    if name == "SpotnanaFake":
        from .plugin import SpotnanaFake

        return SpotnanaFake
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
