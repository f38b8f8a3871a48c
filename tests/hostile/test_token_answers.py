"""A token endpoint on loopback that answers wrongly: each answer is a clear ``TokenRequestError``
(the API call not sent), never an ``AuthenticationError`` with status 200, a token reused past
what the server said, a secret in an exception, or a deadline that claims the call may be applied."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import pytest
from spotnana_event_api.models import CreateEventRequest, EventLocation
from spotnana_events import (
    APITimeoutError,
    AsyncSpotnana,
    AuthenticationError,
    ClientCredentials,
    TokenExchange,
    TokenRequestError,
)

from tests.hostile._servers import LoopbackServer, Reply, Request

SECRET = "s3cr3t+client/secret=="  # characters the form encodes
SUBJECT = "subject-token-of-a-user"
TOKEN_PATH = "/v2/auth/oauth2-token"


def _server(token_reply: Any) -> LoopbackServer:
    """Answers the token endpoint with ``token_reply(request)`` (a ``Reply``), every API call with 200."""

    async def handler(request: Request) -> Reply:
        if request.path == TOKEN_PATH:
            reply: Reply = token_reply(request)
            return reply
        return Reply(200, {"event": {"id": "1"}, "id": "1"})

    return LoopbackServer(handler)


async def _create_timing_out(server: LoopbackServer, deadline: float) -> APITimeoutError:
    """A create with ``deadline`` against ``server``: the ``APITimeoutError`` it must raise."""
    sp = AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET), deadline=deadline)
    with pytest.raises(APITimeoutError) as caught:
        await sp.events.create(body=CreateEventRequest(name="Offsite", location=EventLocation()))
    await sp.aclose()
    return caught.value


def _api_calls(server: LoopbackServer) -> list[Request]:
    return [r for r in server.requests if r.path != TOKEN_PATH]


def _token_calls(server: LoopbackServer) -> list[Request]:
    return [r for r in server.requests if r.path == TOKEN_PATH]


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (Reply(200, body=b"<html><body>Sign in</body></html>", headers={"Content-Type": "text/html"}), "JSON object"),
        (Reply(200, ["access_token", "tok"]), "JSON object"),
        (Reply(200, {"token_type": "Bearer", "expires_in": 3600}), "access_token that is not a string"),
        (Reply(200, {"access_token": 12345, "token_type": "Bearer"}), "access_token that is not a string"),
        (Reply(200, {"access_token": {"value": "tok"}}), "access_token that is not a string"),
        (Reply(200, {"access_token": "", "token_type": "Bearer"}), "access_token that is empty"),
        (Reply(200, {"access_token": "x" * 20_000}), "access_token that is longer than"),
        (Reply(200, {"access_token": "tök-ünicode"}), "outside ASCII"),
        (Reply(200, {"access_token": "tok", "expires_in": "soon"}), "expires_in"),
        (Reply(200, {"access_token": "tok", "expires_in": [3600]}), "expires_in"),
        (Reply(200, {"access_token": "tok", "expires_in": True}), "expires_in"),
        (Reply(200, body=b'{"access_token": "tok", "expires_in": NaN}'), "expires_in"),
        (Reply(200, body=b'{"access_token": "tok", "expires_in": Infinity}'), "expires_in"),
        (Reply(200, {"access_token": "tok", "token_type": "MAC", "expires_in": 3600}), "token_type 'MAC'"),
        (Reply(200, {"access_token": "tok", "token_type": 1}), "token_type 1"),
    ],
)
async def test_an_unusable_200_is_a_token_request_error_naming_the_problem(reply: Reply, said: str) -> None:
    async with _server(lambda request: reply) as server:
        sp = AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET))
        with pytest.raises(TokenRequestError) as caught:
            await sp.events.create(body=CreateEventRequest(name="Offsite", location=EventLocation()))
        await sp.aclose()
    error = caught.value
    assert not isinstance(error, AuthenticationError)
    assert said in str(error)
    assert "-> 200" in str(error)
    assert error.status_code == 200
    assert error.maybe_applied is False
    assert _api_calls(server) == []
    assert len(_token_calls(server)) == 1  # a bad answer is not a reason to ask again at once
    assert "tök" not in str(error)  # the token is never quoted
    assert error.request is not None
    assert "s3cr3t" not in error.request.content.decode()  # the form it carries has no secret
    assert "client_id=id" in error.request.content.decode()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirect_from_the_token_endpoint_is_a_token_request_error_not_a_refused_credential(
    status: int,
) -> None:
    """A gateway sending the token request to a sign-in page has not refused the credential:
    an AuthenticationError would tell the caller to fix a secret that may be right."""
    reply = Reply(status, body=b"", headers={"Location": "https://sso.example/login"})
    async with _server(lambda request: reply) as server:
        sp = AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET))
        with pytest.raises(TokenRequestError) as caught:
            await sp.events.get("1")
        await sp.aclose()
    assert not isinstance(caught.value, AuthenticationError)
    assert caught.value.status_code == status
    assert caught.value.maybe_applied is False
    assert _api_calls(server) == []


@pytest.mark.parametrize("token_type", ["Bearer", "bearer", "BEARER", " Bearer ", None])
async def test_token_type_bearer_in_any_case_or_absent_is_accepted(token_type: str | None) -> None:
    answer: dict[str, Any] = {"access_token": "tok-1", "expires_in": 3600}
    if token_type is not None:
        answer["token_type"] = token_type
    async with (
        _server(lambda request: Reply(200, answer)) as server,
        AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET)) as sp,
    ):
        await sp.events.get("1")
    assert [r.headers["authorization"] for r in _api_calls(server)] == ["Bearer tok-1"]


@pytest.mark.parametrize("expires_in", [0, -5, -3600, "0", "-1.5"])
async def test_a_token_that_expires_now_is_used_once_and_refreshed_before_the_next_call(expires_in: object) -> None:
    issued: list[str] = []

    def token(request: Request) -> Reply:
        issued.append(f"tok-{len(issued) + 1}")
        return Reply(200, {"access_token": issued[-1], "token_type": "Bearer", "expires_in": expires_in})

    async with (
        _server(token) as server,
        AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET)) as sp,
    ):
        for n in range(3):
            await sp.events.get(str(n))
    assert [r.headers["authorization"] for r in _api_calls(server)] == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-3"]


@pytest.mark.parametrize("expires_in", ["3600", 3600.0, 2**31 - 1, 1e300])
async def test_a_numeric_expires_in_of_another_type_reads_and_a_huge_one_is_bounded(expires_in: object) -> None:
    """A string of a number, or a float, reads without loss (forward compatibility)."""
    clock = [1000.0]
    issued: list[str] = []

    def token(request: Request) -> Reply:
        issued.append(f"tok-{len(issued) + 1}")
        return Reply(200, {"access_token": issued[-1], "expires_in": expires_in})

    async with _server(token) as server:
        auth = ClientCredentials("id", SECRET, clock=lambda: clock[0])
        async with AsyncSpotnana(base_url=server.url, auth=auth) as sp:
            await sp.events.get("1")
            clock[0] += 3000
            await sp.events.get("2")
            assert issued == ["tok-1"]  # kept for (most of) its hour
            clock[0] += 2 * 24 * 3600  # however long the server says, not for days
            await sp.events.get("3")
    assert issued == ["tok-1", "tok-2"]


@pytest.mark.parametrize("status", [400, 401, 403])
async def test_a_token_endpoint_echoing_the_form_never_puts_the_secrets_into_the_exception(
    status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    def echo(request: Request) -> Reply:
        form = request.body.decode()
        return Reply(
            status,
            {
                "debugIdentifier": f"dbg {form}",
                "errorMessages": [{"message": f"invalid request: {form} (client_secret={SECRET}, subject={SUBJECT})"}],
                "echo": json.loads(json.dumps({"secret": SECRET})),
            },
        )

    async with _server(echo) as server:
        auth = TokenExchange("id", SECRET, subject_token=SUBJECT)
        async with AsyncSpotnana(base_url=server.url, auth=auth) as sp:
            with pytest.raises(AuthenticationError) as caught:
                await sp.events.get("1")
    error = caught.value
    assert error.status_code == status
    assert "invalid request" in str(error)  # the server's message is still there, secrets taken out
    texts = [str(error), repr(error), str(error.debug_identifier), error.response.text, repr(error.body), caplog.text]
    texts.append(error.response.request.content.decode())  # the token request the error carries
    shown = "\n".join([*texts, *error.error_messages])
    encoded = ("s3cr3t%2Bclient%2Fsecret%3D%3D", "s3cr3t+client/secret==")
    for secret in (SECRET, SUBJECT, *encoded, "subject-token-of-a-user"):
        assert secret not in shown
    assert "<not shown>" in str(error)


@pytest.mark.parametrize("status", [401, 503])
async def test_a_token_endpoint_echoing_the_form_in_a_header_never_puts_the_secret_into_the_exception(
    status: int,
) -> None:
    """The same echo in a response header (a WWW-Authenticate quoting the refused form)."""

    def echo(request: Request) -> Reply:
        form = request.body.decode()
        return Reply(status, {"errorMessages": []}, headers={"WWW-Authenticate": f'Bearer error="{form}"'})

    async with _server(echo) as server, AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET)) as sp:
        with pytest.raises((AuthenticationError, TokenRequestError)) as caught:
            await sp.events.get("1")
    response = caught.value.response
    assert response is not None
    shown = str(list(response.headers.items()))
    for secret in (SECRET, "s3cr3t%2Bclient%2Fsecret%3D%3D"):
        assert secret not in shown
    assert "<not shown>" in response.headers["WWW-Authenticate"]


async def test_a_deadline_that_ends_during_the_token_request_says_the_call_was_not_sent() -> None:
    async def slow_token(request: Request) -> Reply:
        await asyncio.sleep(5)
        return Reply(200, {"access_token": "tok", "expires_in": 3600})

    async def handler(request: Request) -> Reply:
        if request.path == TOKEN_PATH:
            return await slow_token(request)
        return Reply(200, {"id": "1"})

    async with LoopbackServer(handler) as server:
        started = time.monotonic()
        error = await _create_timing_out(server, 0.3)
        assert time.monotonic() - started < 3
    assert error.maybe_applied is False
    assert _api_calls(server) == []


async def test_a_deadline_that_ends_during_the_refresh_after_a_401_says_the_call_was_not_sent() -> None:
    """The first attempt was answered 401 (not performed); the refresh then hangs."""
    tokens: list[str] = []

    async def handler(request: Request) -> Reply:
        if request.path == TOKEN_PATH:
            tokens.append("asked")
            if len(tokens) > 1:
                await asyncio.sleep(5)
            return Reply(200, {"access_token": f"tok-{len(tokens)}", "expires_in": 3600})
        return Reply(401, {"errorMessages": [{"message": "expired"}]})

    async with LoopbackServer(handler) as server:
        error = await _create_timing_out(server, 0.5)
    assert error.maybe_applied is False
    assert len(_api_calls(server)) == 1


async def test_a_deadline_that_ends_while_the_api_request_is_out_says_maybe_applied() -> None:
    """The other side of the rule: once the API request itself went out, it may have been applied."""

    async def handler(request: Request) -> Reply:
        if request.path == TOKEN_PATH:
            return Reply(200, {"access_token": "tok", "expires_in": 3600})
        await asyncio.sleep(5)
        return Reply(200, {"id": "1"})

    async with LoopbackServer(handler) as server:
        error = await _create_timing_out(server, 0.3)
    assert error.maybe_applied is True


async def test_each_token_request_attempt_is_one_debug_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="spotnana_events")
    answers = [Reply(503, {}, headers={"Retry-After": "0"}), Reply(200, {"access_token": "tok-9", "expires_in": 60})]
    async with (
        _server(lambda request: answers.pop(0)) as server,
        AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET)) as sp,
    ):
        await sp.events.get("1")
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG and TOKEN_PATH in r.getMessage()]
    assert lines[0].startswith(f"token request POST {TOKEN_PATH} -> 503 (attempt 1, ")
    assert lines[1].startswith(f"token request POST {TOKEN_PATH} -> 200 (attempt 2, ")
    assert len(lines) == 2
    assert not any(s in caplog.text for s in (SECRET, "tok-9"))


async def test_a_failing_token_endpoint_echoing_the_form_never_puts_the_secret_into_the_exception() -> None:
    def echo(request: Request) -> Reply:
        return Reply(503, {"errorMessages": [{"message": f"overloaded while serving {request.body.decode()}"}]})

    async with (
        _server(echo) as server,
        AsyncSpotnana(base_url=server.url, auth=ClientCredentials("id", SECRET)) as sp,
    ):
        with pytest.raises(TokenRequestError) as caught:
            await sp.events.get("1")
    error = caught.value
    assert error.status_code == 503
    assert error.response is not None
    assert error.request is not None
    shown = "\n".join([str(error), error.response.text, error.request.content.decode()])
    assert "overloaded while serving" in shown
    assert SECRET not in shown
    assert "s3cr3t%2Bclient" not in shown
