"""pytest plugin of ``spotnana-events[testing]`` (entry point ``pytest11``).

Async and sync tests both work with nothing else installed::

    async def test_my_service(spotnana_fake):
        fake, sp = spotnana_fake          # the FakeEventAPI and an AsyncSpotnana wired to it
        await my_service.sync_events(sp)
        assert fake.events

    def test_my_sync_service(spotnana_fake):
        fake, sp = spotnana_fake
        asyncio.run(my_service.sync_events(sp))

An ``async def`` test that uses the fixture runs on anyio's asyncio runner (anyio comes with
httpx), unless another plugin already runs it (pytest-asyncio, or anyio's own ``anyio`` mark).
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

import anyio
import pytest

from ._api import FakeEventAPI
from ._fixture_value import SpotnanaFake

__all__ = ["SpotnanaFake", "pytest_pyfunc_call", "spotnana_fake"]

FIXTURE = "spotnana_fake"


@pytest.fixture
def spotnana_fake() -> SpotnanaFake:
    """A fresh in-memory Event API and a client talking to it in-process (no network).

    A plain fixture (no event loop needed): the client's transport calls the fake
    directly, so there are no sockets to close afterwards.
    """
    api = FakeEventAPI()
    return SpotnanaFake(api, api.client())


@pytest.hookimpl
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    # pytest-asyncio and anyio's plugin (both tryfirst) see the test first: a test they run has
    # been replaced by a plain function or has returned by now. pytest's own (trylast) would fail it.
    if not inspect.iscoroutinefunction(pyfuncitem.obj) or FIXTURE not in pyfuncitem.fixturenames:
        return None
    arguments: dict[str, Any] = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    anyio.run(functools.partial(pyfuncitem.obj, **arguments), backend="asyncio")
    return True
