"""pytest plugin of ``spotnana-events[testing]`` (entry point ``pytest11``).

async def test_my_service(spotnana_fake):
    fake, sp = spotnana_fake          # the FakeEventAPI and an AsyncSpotnana wired to it
    await my_service.sync_events(sp)
    assert fake.events
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from spotnana_events import AsyncSpotnana

from ._api import FakeEventAPI

__all__ = ["SpotnanaFake", "spotnana_fake"]


class SpotnanaFake(NamedTuple):
    api: FakeEventAPI
    client: AsyncSpotnana


@pytest.fixture
def spotnana_fake() -> SpotnanaFake:
    """A fresh in-memory Event API and a client talking to it in-process (no network).

    A plain fixture (no event loop needed): the client's transport calls the fake
    directly, so there are no sockets to close afterwards.
    """
    api = FakeEventAPI()
    return SpotnanaFake(api, api.client())
