"""Base URL handling and construction checks (issue 11, major 2 and the configuration minors)."""

from __future__ import annotations

import json
import math
import uuid
import warnings

import httpx
import pytest
from spotnana_events import AsyncSpotnana, BearerToken, ClientCredentials, ConfigurationError, _urls

from tests.hostile._client_servers import EVENT_ID, http_response, raw_server


def _answer(request: bytes) -> bytes:
    if b"oauth2-token" in request.split(b"\r\n", 1)[0]:
        return http_response(200, json.dumps({"access_token": "tok", "expires_in": 600}).encode())
    return http_response(200, json.dumps({"event": {"id": EVENT_ID}}).encode())


async def test_a_base_url_prefix_and_query_are_kept_for_api_and_token_calls() -> None:
    async with raw_server(_answer) as (url, seen):
        base = f"{url}/spotnana/?tenant=a%20b"
        async with AsyncSpotnana(base_url=base, auth=ClientCredentials("id", "secret")) as sp:
            await sp.events.get(EVENT_ID)
    targets = [httpx.URL(request.split(b" ", 2)[1].decode()) for request in seen]
    assert [target.path for target in targets] == ["/spotnana/v2/auth/oauth2-token", f"/spotnana/v2/events/{EVENT_ID}"]
    assert targets[0].params == httpx.QueryParams()  # the query is the API's, not the token endpoint's
    assert targets[1].params == httpx.QueryParams({"tenant": "a b"})


async def test_the_base_query_is_merged_with_the_operation_query() -> None:
    async with (
        raw_server(_answer) as (url, seen),
        AsyncSpotnana(base_url=f"{url}/gw?tenant=a", auth=BearerToken("t")) as sp,
    ):
        await sp.events.get_by_external_id(external_id="x", company_id=uuid.UUID(int=5))
    target = httpx.URL(seen[0].split(b" ", 2)[1].decode())
    assert target.path == "/gw/v2/events/read-by-external-id"
    assert target.params["tenant"] == "a"
    assert target.params["externalId"] == "x"


@pytest.mark.parametrize("base_url", ["", "   ", "api.spotnana.com", "/v2", "ftp://host", "http://", "https:///x"])
def test_a_base_url_without_scheme_or_host_is_a_configuration_error(base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        AsyncSpotnana(base_url=base_url, auth=BearerToken("t"))


def test_an_empty_base_url_variable_is_an_error_not_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOTNANA_BASE_URL", "")
    with pytest.raises(ConfigurationError, match="SPOTNANA_BASE_URL"):
        AsyncSpotnana(auth=BearerToken("t"))


@pytest.mark.parametrize("timeout", [0, -1, math.nan, math.inf, "5", None, True, httpx.Timeout(5.0, read=math.inf)])
def test_a_timeout_that_is_not_a_finite_positive_number_is_refused(timeout: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"), timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize("max_retries", [-1, 1.5, 2.0, True, "2"])
def test_max_retries_must_be_a_non_negative_int(max_retries: object) -> None:
    for value in (max_retries, None):
        with pytest.raises(ConfigurationError, match="max_retries"):
            AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"), max_retries=value)  # type: ignore[arg-type]
    sp = AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"))
    with pytest.raises(ConfigurationError, match="max_retries"):
        sp.with_options(max_retries=max_retries)  # type: ignore[arg-type]


@pytest.mark.parametrize("auth", ["token", ("id", "secret"), object()])
def test_auth_must_be_an_httpx_auth(auth: object) -> None:
    with pytest.raises(ConfigurationError, match=r"auth must be an httpx\.Auth"):
        AsyncSpotnana(base_url="https://api.test", auth=auth)  # type: ignore[arg-type]


@pytest.mark.parametrize("deadline", [0, -2, math.nan, math.inf])
def test_deadline_must_be_finite_and_positive(deadline: float) -> None:
    with pytest.raises(ConfigurationError, match="deadline"):
        AsyncSpotnana(base_url="https://api.test", auth=BearerToken("t"), deadline=deadline)


def test_plain_http_to_a_remote_host_warns_once_per_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_urls, "_warned_hosts", set())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        AsyncSpotnana(base_url="http://gw.example/spotnana", auth=BearerToken("t"))
        AsyncSpotnana(base_url="http://gw.example/other", auth=BearerToken("t"))
        AsyncSpotnana(base_url="http://127.0.0.1:8080", auth=BearerToken("t"))
        AsyncSpotnana(base_url="http://localhost:8080", auth=BearerToken("t"))
        AsyncSpotnana(base_url="https://gw2.example", auth=BearerToken("t"))
        AsyncSpotnana(base_url="http://gw3.example", auth=BearerToken("t"))
    messages = [str(w.message) for w in caught]
    assert len(messages) == 2
    assert "gw.example" in messages[0]
    assert "gw3.example" in messages[1]
    assert all("unencrypted" in m for m in messages)
