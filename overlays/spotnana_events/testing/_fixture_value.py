"""``SpotnanaFake``, what the pytest fixture gives, kept apart from the plugin so that
``from spotnana_events.testing import SpotnanaFake`` (for annotations, or to build one by hand)
works without pytest: the fake itself needs only the core."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from spotnana_events import AsyncSpotnana

    from ._api import FakeEventAPI

__all__ = ["SpotnanaFake"]


class SpotnanaFake(NamedTuple):
    """What the ``spotnana_fake`` fixture gives: ``fake, sp = spotnana_fake``."""

    api: FakeEventAPI
    client: AsyncSpotnana
