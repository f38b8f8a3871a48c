"""OAuth2 token reuse, single-flight refresh, 401 handling, and secrets kept out of sight."""

from __future__ import annotations

import asyncio
import logging
import urllib.parse

import httpx
import pytest
from pytest_httpx import HTTPXMock
from spotnana_events import (
    AsyncSpotnana,
    AuthenticationError,
    BearerToken,
    ClientCredentials,
    InternalServerError,
    NotFoundError,
    TokenExchange,
)

from tests.conftest import BASE_URL

TOKEN_URL = f"{BASE_URL}/v2/auth/oauth2-token"
SECRET = "client-s3cret-value"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TokenServer:
    """Issues token-1, token-2, ... and counts token requests."""

    def __init__(self, expires_in: int = 3600) -> None:
        self.expires_in = expires_in
        self.issued = 0
        self.forms: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(dict(urllib.parse.parse_qsl(request.content.decode())))
        self.issued += 1
        return httpx.Response(
            200, json={"access_token": f"token-{self.issued}", "token_type": "Bearer", "expires_in": self.expires_in}
        )


def _event(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"event": {"id": request.url.path.rsplit("/", 1)[-1]}})


def _client(auth: httpx.Auth, max_retries: int = 2) -> AsyncSpotnana:
    return AsyncSpotnana(base_url=BASE_URL, auth=auth, max_retries=max_retries)


async def test_one_token_request_for_100_concurrent_cold_calls(httpx_mock: HTTPXMock) -> None:
    """Single flight: the token endpoint is rate limited."""
    tokens = TokenServer()
    httpx_mock.add_callback(tokens, url=TOKEN_URL, is_reusable=True)
    httpx_mock.add_callback(_event, method="GET", is_reusable=True)
    auth = ClientCredentials("client-id", SECRET)
    async with _client(auth) as sp:
        results = await asyncio.gather(*(sp.events.get(str(i)) for i in range(100)))
    assert [r.event.id for r in results] == [str(i) for i in range(100)]
    assert tokens.issued == 1
    api_requests = [r for r in httpx_mock.get_requests() if r.method == "GET"]
    assert {r.headers["Authorization"] for r in api_requests} == {"Bearer token-1"}
    assert tokens.forms[0] == {"grant_type": "client_credentials", "client_id": "client-id", "client_secret": SECRET}


async def test_token_is_reused_until_shortly_before_expiry_then_refreshed(httpx_mock: HTTPXMock) -> None:
    tokens = TokenServer(expires_in=100)  # refreshed 10 s (a tenth) before expiry
    httpx_mock.add_callback(tokens, url=TOKEN_URL, is_reusable=True)
    httpx_mock.add_callback(_event, method="GET", is_reusable=True)
    clock = Clock()
    async with _client(ClientCredentials("id", SECRET, clock=clock)) as sp:
        await sp.events.get("1")
        clock.now += 89
        await sp.events.get("2")
        assert tokens.issued == 1
        clock.now += 2
        await sp.events.get("3")
    assert tokens.issued == 2
    assert httpx_mock.get_requests()[-1].headers["Authorization"] == "Bearer token-2"


async def test_401_refreshes_once_and_retries_once(httpx_mock: HTTPXMock) -> None:
    tokens = TokenServer()
    seen: list[str] = []  # headers as sent (the request object is re-sent with a new header)

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(401) if len(seen) == 1 else _event(request)

    httpx_mock.add_callback(tokens, url=TOKEN_URL, is_reusable=True)
    httpx_mock.add_callback(api, method="GET", is_reusable=True)
    async with _client(ClientCredentials("id", SECRET)) as sp:
        result = await sp.events.get("7")
    assert result.event.id == "7"
    assert tokens.issued == 2
    assert seen == ["Bearer token-1", "Bearer token-2"]


async def test_second_401_raises_authentication_error(httpx_mock: HTTPXMock) -> None:
    tokens = TokenServer()
    httpx_mock.add_callback(tokens, url=TOKEN_URL, is_reusable=True)
    httpx_mock.add_response(method="GET", status_code=401, json={"errorMessages": [{"message": "token revoked"}]})
    httpx_mock.add_response(method="GET", status_code=401, json={"errorMessages": [{"message": "token revoked"}]})
    async with _client(ClientCredentials("id", SECRET)) as sp:
        with pytest.raises(AuthenticationError, match="token revoked"):
            await sp.events.get("7")
    assert tokens.issued == 2
    assert len([r for r in httpx_mock.get_requests() if r.method == "GET"]) == 2


async def test_token_endpoint_429_and_5xx_are_retried(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_response(url=TOKEN_URL, status_code=429, headers={"Retry-After": "2"})
    httpx_mock.add_response(url=TOKEN_URL, status_code=503)
    httpx_mock.add_callback(TokenServer(), url=TOKEN_URL)
    httpx_mock.add_callback(_event, method="GET")
    async with _client(ClientCredentials("id", SECRET)) as sp:
        await sp.events.get("1")
    assert sleeps[0] == 2.0
    assert len(sleeps) == 2


async def test_token_endpoint_that_keeps_failing_raises(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=TOKEN_URL, status_code=500, is_reusable=True)
    async with _client(ClientCredentials("id", SECRET), max_retries=0) as sp:
        with pytest.raises(InternalServerError, match="oauth2-token"):
            await sp.events.get("1")


@pytest.mark.parametrize("status", [400, 401, 403])
async def test_rejected_credential_raises_authentication_error_with_server_message(
    httpx_mock: HTTPXMock, status: int
) -> None:
    body = {"debugIdentifier": "d-1", "errorMessages": [{"message": "invalid client credentials"}]}
    httpx_mock.add_response(url=TOKEN_URL, status_code=status, json=body)
    async with _client(ClientCredentials("id", SECRET)) as sp:
        with pytest.raises(AuthenticationError) as caught:
            await sp.events.get("1")
    assert "invalid client credentials" in str(caught.value)
    assert caught.value.status_code == status
    assert SECRET not in str(caught.value)


async def test_static_bearer_token_is_sent_and_401_is_final(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=401)
    async with _client(BearerToken("static-tok")) as sp:
        with pytest.raises(AuthenticationError):
            await sp.events.get("1")
    assert httpx_mock.get_request().headers["Authorization"] == "Bearer static-tok"


async def test_token_exchange_sends_the_exchange_grant(httpx_mock: HTTPXMock) -> None:
    tokens = TokenServer()
    httpx_mock.add_callback(tokens, url=TOKEN_URL)
    httpx_mock.add_callback(_event, method="GET")
    auth = TokenExchange("id", SECRET, subject_token="subject-jwt", audience="https://apis.example/v2")
    async with _client(auth) as sp:
        await sp.events.get("1")
    assert tokens.forms[0] == {
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "client_id": "id",
        "client_secret": SECRET,
        "subject_token": "subject-jwt",
        "subject_token_type": "urn:ietf:params:oauth:token-type:access_token",
        "audience": "https://apis.example/v2",
    }


async def test_secrets_never_reach_logs_reprs_or_errors(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    """Client secret and access tokens are absent from every log line, repr and message."""
    caplog.set_level(logging.DEBUG)
    httpx_mock.add_callback(TokenServer(), url=TOKEN_URL, is_reusable=True)
    httpx_mock.add_response(method="GET", status_code=401)
    httpx_mock.add_response(method="GET", status_code=503)
    httpx_mock.add_response(method="GET", status_code=404, json={"errorMessages": [{"message": "gone"}]})
    auth = ClientCredentials("id", SECRET)
    sp = _client(auth)
    with pytest.raises(NotFoundError) as caught:
        await sp.events.get("1")
    await sp.aclose()
    visible = "\n".join(
        [
            caplog.text,
            repr(sp),
            str(sp),
            repr(auth),
            str(auth),
            str(caught.value),
            repr(caught.value),
            repr(BearerToken("tok-xyz")),
        ]
    )
    assert "GET /v2/events/1 -> 503" in caplog.text
    assert "retrying" in caplog.text
    for secret in (SECRET, "token-1", "token-2", "tok-xyz"):
        assert secret not in visible
