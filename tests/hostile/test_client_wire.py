"""Answers that break on the wire: resets mid-body, bodies that do not decode, redirects, hangs."""

from __future__ import annotations

import httpx
import pytest
from spotnana_events import APIConnectionError, APIStatusError, APITimeoutError, AsyncSpotnana, BearerToken

from tests.hostile._client_servers import EVENT_ID, raw_server

TOKEN = "wire-secret-token"


async def test_a_reset_mid_body_is_maybe_applied_and_an_idempotent_call_is_retried(sleeps: list[float]) -> None:
    partial = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b'{"event": '
    async with (
        raw_server(lambda request: partial, hang_up_after_reply=True) as (url, seen),
        AsyncSpotnana(base_url=url, auth=BearerToken(TOKEN)) as sp,
    ):
        with pytest.raises(APIConnectionError) as caught:
            await sp.events.get(EVENT_ID)
    assert caught.value.maybe_applied is True
    assert len(seen) == 3  # GET is idempotent: retried twice
    assert len(sleeps) == 2


async def test_a_body_that_does_not_decode_is_a_typed_error() -> None:
    answer = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 7\r\n\r\nnotgzip"
    async with (
        raw_server(lambda request: answer) as (url, _),
        AsyncSpotnana(base_url=url, auth=BearerToken(TOKEN), max_retries=0) as sp,
    ):
        with pytest.raises(APIConnectionError, match="DecodingError") as caught:
            await sp.events.delete(EVENT_ID)
    assert caught.value.maybe_applied is True  # the server answered: it may have deleted


@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_a_redirect_is_not_followed_and_the_token_goes_nowhere_else(status: int) -> None:
    redirect = f"HTTP/1.1 {status} Moved\r\nLocation: http://127.0.0.2:1/steal\r\nContent-Length: 0\r\n\r\n".encode()
    async with (
        raw_server(lambda request: redirect) as (url, seen),
        AsyncSpotnana(base_url=url, auth=BearerToken(TOKEN)) as sp,
    ):
        with pytest.raises(APIStatusError) as caught:
            await sp.events.get(EVENT_ID)
    assert caught.value.status_code == status
    assert len(seen) == 1


async def test_a_hung_connection_times_out_per_operation() -> None:
    async with (
        raw_server(lambda request: b"") as (url, _),
        AsyncSpotnana(base_url=url, auth=BearerToken(TOKEN), timeout=0.2, max_retries=0) as sp,
    ):
        with pytest.raises(APITimeoutError) as caught:
            await sp.events.delete(EVENT_ID)
    assert caught.value.maybe_applied is True


def test_decoding_errors_are_classified_after_sending() -> None:
    from spotnana_events._retry import Outcome, classify

    assert classify(error=httpx.DecodingError("bad gzip")) is Outcome.MAYBE_APPLIED
    assert classify(error=RuntimeError("raised before httpx sent anything")) is Outcome.NOT_SENT
