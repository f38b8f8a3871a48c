"""OAuth2 token reuse, single-flight refresh, 401 handling, and secrets kept out of sight."""

from __future__ import annotations

import asyncio
import logging
import urllib.parse
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager

import httpx
import pytest
from pytest_httpx import HTTPXMock
from spotnana_event_api import models as m
from spotnana_events import (
    AsyncSpotnana,
    AuthenticationError,
    BearerToken,
    ClientCredentials,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    TokenExchange,
    TokenRequestError,
)
from spotnana_events._auth import token_url_for

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


async def test_token_endpoint_that_keeps_failing_raises_a_token_request_error_not_sent(httpx_mock: HTTPXMock) -> None:
    """Reported as the token request's failure, and the API call (even a create) counts as not sent."""
    httpx_mock.add_response(url=TOKEN_URL, status_code=500, is_reusable=True)
    async with _client(ClientCredentials("id", SECRET), max_retries=0) as sp:
        with pytest.raises(TokenRequestError, match=r"token request failed: POST /v2/auth/oauth2-token -> 500") as got:
            await sp.events.get("1")
        assert not isinstance(got.value, InternalServerError)
        assert got.value.maybe_applied is False
        assert got.value.status_code == 500
        with pytest.raises(TokenRequestError) as created:
            await sp.events.create(body=m.CreateEventRequest.from_dict({"name": "x", "location": {}}))
        assert created.value.maybe_applied is False
    assert {r.url.path for r in httpx_mock.get_requests()} == {"/v2/auth/oauth2-token"}


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


# -- header values: whitespace stripped, control characters refused without showing the value --


async def test_bearer_token_read_from_a_file_has_its_newline_stripped(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(_event, method="GET")
    async with _client(BearerToken("s3cr3t-token\n")) as sp:
        await sp.events.get("1")
    assert httpx_mock.get_request().headers["Authorization"] == "Bearer s3cr3t-token"


@pytest.mark.parametrize("value", ["s3cr\n3t", "s3cr\r3t", "s3\x00cr3t", "s3cr3t\x7fx", "  \n "])
def test_bearer_token_with_inner_control_characters_is_refused_without_the_value(value: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        BearerToken(value)
    assert "s3cr" not in str(caught.value)
    assert "cr3t" not in repr(caught.value)


async def test_spotnana_token_with_a_newline_works(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOTNANA_TOKEN", "env-tok\n")
    httpx_mock.add_callback(_event, method="GET")
    async with AsyncSpotnana(base_url=BASE_URL) as sp:
        await sp.events.get("1")
    assert httpx_mock.get_request().headers["Authorization"] == "Bearer env-tok"


async def test_issued_token_whitespace_is_stripped(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=TOKEN_URL, json={"access_token": " issued-tok\r\n", "expires_in": 3600})
    httpx_mock.add_callback(_event, method="GET")
    async with _client(ClientCredentials("id", SECRET)) as sp:
        await sp.events.get("1")
    assert httpx_mock.get_requests()[-1].headers["Authorization"] == "Bearer issued-tok"


async def test_issued_token_with_control_characters_is_a_token_request_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=TOKEN_URL, json={"access_token": "issued\r\nX-Evil: 1", "expires_in": 3600})
    async with _client(ClientCredentials("id", SECRET)) as sp:
        with pytest.raises(TokenRequestError, match="control characters") as caught:
            await sp.events.get("1")
    assert "issued" not in str(caught.value).replace("the token endpoint issued", "")
    assert "Evil" not in str(caught.value)
    assert caught.value.maybe_applied is False
    assert len(httpx_mock.get_requests()) == 1  # the API call was never sent


# -- event loops --


def test_one_client_credentials_serves_successive_asyncio_runs() -> None:
    """A lock bound to the first loop made 19 of 20 concurrent calls of the second loop fail."""
    issued: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2-token"):
            await asyncio.sleep(0.01)  # keep the token request in flight: the others wait on the lock
            issued.append(f"tok-{len(issued) + 1}")
            return httpx.Response(200, json={"access_token": issued[-1], "expires_in": 3600})
        return _event(request)

    clock = Clock()
    auth = ClientCredentials("id", SECRET, clock=clock)

    async def twenty_calls() -> list[str]:
        async with AsyncSpotnana(base_url=BASE_URL, auth=auth, transport=httpx.MockTransport(handler)) as sp:
            results = await asyncio.gather(*(sp.events.get(str(i)) for i in range(20)))
        return [r.event.id for r in results]

    assert asyncio.run(twenty_calls()) == [str(i) for i in range(20)]
    clock.now += 7200  # expired: the second loop contends for the lock again
    assert asyncio.run(twenty_calls()) == [str(i) for i in range(20)]
    assert issued == ["tok-1", "tok-2"]


# -- where a token may go --


def test_token_url_keeps_the_base_path_prefix() -> None:
    assert str(token_url_for(httpx.URL("https://gw.example/spotnana"))) == (
        "https://gw.example/spotnana/v2/auth/oauth2-token"
    )
    assert str(token_url_for(httpx.URL("https://gw.example/spotnana/?k=1"))) == (
        "https://gw.example/spotnana/v2/auth/oauth2-token"
    )
    assert str(token_url_for(httpx.URL("https://h.example"))) == "https://h.example/v2/auth/oauth2-token"


async def test_auth_flow_fetches_from_the_request_bases_token_url_and_never_crosses_hosts() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("Authorization")))
        if request.url.path.endswith("/oauth2-token"):
            return httpx.Response(200, json={"access_token": f"tok-for-{request.url.host}", "expires_in": 3600})
        return httpx.Response(200, json={})

    auth = ClientCredentials("id", SECRET)
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(handler)) as http:
        await http.get("https://gw.example/spotnana/v2/events/1")
        await http.get("https://other.example/v2/events/1")
        await http.get("https://gw.example/spotnana/v2/events/2")
    assert seen == [
        ("https://gw.example/spotnana/v2/auth/oauth2-token", None),
        ("https://gw.example/spotnana/v2/events/1", "Bearer tok-for-gw.example"),
        ("https://other.example/v2/auth/oauth2-token", None),
        ("https://other.example/v2/events/1", "Bearer tok-for-other.example"),
        ("https://gw.example/spotnana/v2/events/2", "Bearer tok-for-gw.example"),
    ]


async def test_explicit_token_url_token_is_bound_to_the_api_base_it_was_fetched_for() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("Authorization")))
        if request.url.host == "auth.example":
            return httpx.Response(200, json={"access_token": f"tok-{len(seen)}", "expires_in": 3600})
        return httpx.Response(200, json={})

    auth = ClientCredentials("id", SECRET, token_url="https://auth.example/v2/auth/oauth2-token")
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(handler)) as http:
        await http.get("https://a.example/v2/events/1")
        await http.get("https://b.example/v2/events/1")
    assert seen == [
        ("auth.example", None),
        ("a.example", "Bearer tok-1"),
        ("auth.example", None),
        ("b.example", "Bearer tok-3"),
    ]


async def test_same_client_id_with_another_secret_never_uses_the_other_ones_token() -> None:
    """The cache key holds a slow hash of the credential: a shared cache keeps the two apart."""
    from spotnana_events import InProcessTokenCache

    issued: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2-token"):
            form = dict(urllib.parse.parse_qsl(request.content.decode()))
            issued.append(f"tok-for-{form['client_secret']}")
            return httpx.Response(200, json={"access_token": issued[-1], "expires_in": 3600})
        return _event(request)

    shared = InProcessTokenCache()
    seen: list[str] = []
    for secret in ("old-secret", "new-secret", "old-secret"):
        auth = ClientCredentials("one-id", secret, cache=shared)
        async with AsyncSpotnana(base_url=BASE_URL, auth=auth, transport=httpx.MockTransport(handler)) as sp:
            raw = await sp.with_raw_response.events.get("1")
        seen.append(raw.http_response.request.headers["Authorization"])
    assert seen == ["Bearer tok-for-old-secret", "Bearer tok-for-new-secret", "Bearer tok-for-old-secret"]
    assert issued == ["tok-for-old-secret", "tok-for-new-secret"]  # the third reused the first's token
    keys = {ClientCredentials("one-id", s).cache_key(httpx.URL(TOKEN_URL), httpx.URL(BASE_URL)) for s in ("a", "b")}
    assert len(keys) == 2


async def test_a_token_cache_of_the_applications_that_returns_an_unusable_token_is_repaired() -> None:
    """Any cache is storage others can write: a bad token from it is invalidated and a new one fetched."""
    from contextlib import asynccontextmanager

    class PlantedCache:
        def __init__(self) -> None:
            self.tokens: dict[str, str] = {}
            self.invalidated: list[str] = []

        async def get(self, key: str) -> str | None:
            return self.tokens.get(key, "evil\r\nX-Injected: 1")

        @asynccontextmanager
        async def _fetching(self, key: str) -> AsyncIterator[str | None]:
            yield self.tokens.get(key)

        def fetching(self, key: str) -> AbstractAsyncContextManager[str | None]:
            return self._fetching(key)

        async def put(self, key: str, token: str, ttl: float) -> None:
            self.tokens[key] = token

        async def invalidate(self, key: str, token: str) -> None:
            self.invalidated.append(token)

    tokens = TokenServer()
    cache = PlantedCache()
    transport = httpx.MockTransport(lambda r: tokens(r) if r.url.path.endswith("/oauth2-token") else _event(r))
    auth = ClientCredentials("id", SECRET, cache=cache)
    async with AsyncSpotnana(base_url=BASE_URL, auth=auth, transport=transport) as sp:
        raw = await sp.with_raw_response.events.get("1")
    assert raw.http_response.request.headers["Authorization"] == "Bearer token-1"
    assert cache.invalidated == ["evil\r\nX-Injected: 1"]
