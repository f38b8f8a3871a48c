"""One classification of a failed attempt (issue 15, point 1): the retry decision, the
error the call raises and bulk's unprocessed chunk all say what ``_retry.classify`` says."""

from __future__ import annotations

import httpx
import pytest
from spotnana_event_api.models import CancelEventRequest, EventType
from spotnana_events import AsyncSpotnana, BearerToken, BulkPartialFailure, _retry
from spotnana_events._retry import Outcome, classify

from tests.hostile._client_servers import EVENT_ID, recording_transport

FAILURES: list[tuple[int | Exception, Outcome]] = [
    (400, Outcome.REFUSED),
    (429, Outcome.REFUSED),
    (500, Outcome.MAYBE_APPLIED),
    (504, Outcome.MAYBE_APPLIED),
    (httpx.ConnectError("refused"), Outcome.NOT_SENT),
    (httpx.ReadTimeout("slow"), Outcome.MAYBE_APPLIED),
    (httpx.RemoteProtocolError("hung up"), Outcome.MAYBE_APPLIED),
]


@pytest.mark.parametrize(("failure", "outcome"), FAILURES, ids=repr)
async def test_decision_error_and_bulk_chunk_agree_with_classify(failure: int | Exception, outcome: Outcome) -> None:
    sent_request = httpx.Request("POST", "http://127.0.0.1:9/v2/events/bulk-cancel")
    if isinstance(failure, int):
        response: httpx.Response | None = httpx.Response(failure, request=sent_request)
        error: Exception | None = None
    else:
        response, error = None, failure
        error.request = sent_request  # type: ignore[attr-defined]
    assert classify(response, error, sent=sent_request) is outcome
    decision = _retry.decide(
        attempt=0, max_retries=0, resend_maybe_applied=False, response=response, error=error, sent=sent_request
    )
    assert decision.maybe_applied is outcome.maybe_applied

    def answer(request: httpx.Request) -> httpx.Response:
        if isinstance(failure, int):
            return httpx.Response(failure, json={})
        raise type(failure)(str(failure), request=request)

    transport, sent = recording_transport(answer)
    async with AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport) as sp:
        items = [CancelEventRequest(event_id=EVENT_ID, type_=EventType.GENERIC)]
        with pytest.raises(BulkPartialFailure) as caught:
            await sp.with_options(max_retries=0).events.bulk_cancel(items)
    (chunk,) = caught.value.unprocessed
    assert getattr(chunk.error, "maybe_applied", None) is outcome.maybe_applied
    assert chunk.maybe_applied is outcome.maybe_applied
    assert len(sent) == 1
