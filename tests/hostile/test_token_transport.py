"""A transport failure on the way to a token: the API call itself was never sent."""

from __future__ import annotations

import httpx
import pytest
from spotnana_event_api.models import CreateEventRequest, EventLocation
from spotnana_events import AsyncSpotnana, ClientCredentials, TokenRequestError

SECRET = "s3cr3t-client-secret"


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ConnectError])
async def test_a_token_request_that_fails_in_transit_is_not_sent_and_retried(failure: type[Exception]) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path.endswith("/oauth2-token"):
            raise failure("token endpoint went away", request=request)
        return httpx.Response(200, json={"id": "1"})

    sp = AsyncSpotnana(
        base_url="https://api.example",
        auth=ClientCredentials("id", SECRET),
        transport=httpx.MockTransport(handler),
        max_retries=2,
    )
    with pytest.raises(TokenRequestError) as caught:
        await sp.events.create(body=CreateEventRequest(name="Offsite", location=EventLocation()))
    assert caught.value.maybe_applied is False
    assert "token request failed" in str(caught.value)
    assert SECRET not in str(caught.value)
    assert caught.value.request is not None
    assert "s3cr3t" not in caught.value.request.content.decode()  # the token request it carries
    # Not sent, so retried like a connection error before sending, even for a create.
    assert seen == ["/v2/auth/oauth2-token"] * 3
