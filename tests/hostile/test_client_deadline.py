"""``timeout`` bounds each network operation; ``deadline`` bounds the whole call (issue 11 minors)."""

from __future__ import annotations

import time

import httpx
import pytest
from spotnana_events import APITimeoutError, AsyncSpotnana, BearerToken, RateLimitError

from tests.hostile._client_servers import EVENT_ID, recording_transport, trickling_server


async def test_a_trickling_server_is_cut_off_at_the_deadline_not_the_per_operation_timeout() -> None:
    async with (
        trickling_server(interval=0.05) as url,
        AsyncSpotnana(base_url=url, auth=BearerToken("t"), timeout=1.0, deadline=0.6) as sp,
    ):
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"deadline of 0\.6s") as caught:
            await sp.events.get(EVENT_ID)
        elapsed = time.monotonic() - started
        # The server was answering: a read may have been performed, and nothing was refused.
        assert caught.value.maybe_applied is True
        assert 0.5 < elapsed < 3.0  # the per-operation timeout alone would let it run ~500 s
        # The same client stays usable, and with_options sets the deadline per call.
        with pytest.raises(APITimeoutError, match=r"deadline of 0\.2s"):
            await sp.with_options(deadline=0.2).events.get(EVENT_ID)


async def test_a_retry_wait_that_would_pass_the_deadline_is_not_taken(sleeps: list[float]) -> None:
    transport, sent = recording_transport(lambda request: httpx.Response(429, headers={"Retry-After": "5"}, json={}))
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport, deadline=1.0)
    with pytest.raises(RateLimitError):
        await sp.events.get(EVENT_ID)
    assert sleeps == []
    assert len(sent) == 1


async def test_without_a_deadline_the_retry_wait_is_taken(sleeps: list[float]) -> None:
    transport, sent = recording_transport(lambda request: httpx.Response(429, headers={"Retry-After": "5"}, json={}))
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport)
    with pytest.raises(RateLimitError):
        await sp.events.get(EVENT_ID)
    assert sleeps == [5.0, 5.0]
    assert len(sent) == 3
