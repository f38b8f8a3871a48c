"""``AsyncSpotnana``: the SDK's entry point."""

from __future__ import annotations

import json
import math
import os
import re
import socket
import time
from collections.abc import Callable
from typing import Any, Self, TypeVar

import httpx
from spotnana_event_api.facade import EventsResourceWithRawResponse, JobsResourceWithRawResponse, Operation

from . import _retry, _telemetry  # issue 18: + _telemetry (hooks)
from ._auth import BearerToken, ClientCredentials, TokenRequestError
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    SpotnanaError,
    bounded,
    status_error,
)
from ._events import Events
from ._jobs import Jobs
from ._logs import log_attempt, log_completed, logger, setup_logging_from_env
from ._pool import reclaim
from ._rate_limit import RateLimiter, rate_limiter_from_env, token_cache_from_env
from ._reconcile import CANNOT_TELL, NOT_DONE, RECONCILERS
from ._urls import BASE_URL_EXTENSION, api_url, check_base_url, shown, warn_if_cleartext

__all__ = ["DEFAULT_TIMEOUT", "SANDBOX_BASE_URL", "AsyncSpotnana"]

T = TypeVar("T")

# The server the spec names (servers[0], "Sandbox").
SANDBOX_BASE_URL = "https://api-ext-sboxmeta.partners.spotnana.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

ENV_BASE_URL = "SPOTNANA_BASE_URL"
ENV_CLIENT_ID = "SPOTNANA_CLIENT_ID"
ENV_CLIENT_SECRET = "SPOTNANA_CLIENT_SECRET"
ENV_TOKEN = "SPOTNANA_TOKEN"


def _seconds(value: object, name: str) -> float:
    """A finite number of seconds > 0 (0 would fail every call; inf, nan or None would wait forever)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be bounded: a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{name} must be bounded: a finite number of seconds > 0, got {value!r}")
    return float(value)


def _timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            _seconds(getattr(value, phase), f"timeout.{phase}")
        return value
    seconds = _seconds(value, "timeout")
    return httpx.Timeout(seconds, connect=min(seconds, 5.0))


def _max_retries(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def _base_url(value: object) -> httpx.URL:
    # An explicit value, even empty, is used as given: an empty SPOTNANA_BASE_URL is a
    # mistake to report, not a reason to talk to the sandbox.
    if value is not None:
        source = "base_url"
    elif ENV_BASE_URL in os.environ:
        value, source = os.environ[ENV_BASE_URL], ENV_BASE_URL
    else:
        value, source = SANDBOX_BASE_URL, "SANDBOX_BASE_URL"
    try:
        return check_base_url(value, source=source)
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None


def _default_transport(limits: httpx.Limits | None = None) -> httpx.AsyncHTTPTransport:
    # TCP_NODELAY: httpx writes a POST's headers and body separately, and Nagle's
    # algorithm with delayed ACKs would stall every such request by ~40 ms.
    return httpx.AsyncHTTPTransport(
        limits=limits or DEFAULT_LIMITS, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    )


def _auth_from_env() -> httpx.Auth:
    client_id, client_secret = os.environ.get(ENV_CLIENT_ID), os.environ.get(ENV_CLIENT_SECRET)
    if client_id and client_secret:
        return ClientCredentials(client_id, client_secret, cache=token_cache_from_env())
    token = os.environ.get(ENV_TOKEN)
    if token:
        return BearerToken(token)
    if client_id or client_secret:
        missing = ENV_CLIENT_SECRET if client_id else ENV_CLIENT_ID
        raise ConfigurationError(
            f"{missing} is not set: client credentials need both {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET}"
        )
    raise ConfigurationError(
        f"no credentials: pass auth=..., or set {ENV_CLIENT_ID} and {ENV_CLIENT_SECRET} "
        f"(OAuth2 client credentials), or {ENV_TOKEN} (a bearer token)"
    )


class _RawResponses:
    """``sp.with_raw_response``: the same operations, returning ``RawResponse`` objects."""

    __slots__ = ("events", "jobs")

    events: EventsResourceWithRawResponse
    jobs: JobsResourceWithRawResponse

    def __init__(self, client: AsyncSpotnana) -> None:
        self.events = EventsResourceWithRawResponse(client._send)
        self.jobs = JobsResourceWithRawResponse(client._send)


class AsyncSpotnana:
    """Async client of the Spotnana Event API.

    ``async with AsyncSpotnana() as sp: event = await sp.events.get(event_id)``

    Without ``base_url`` it uses ``SPOTNANA_BASE_URL``, then the sandbox the spec names.
    Without ``auth`` it uses ``SPOTNANA_CLIENT_ID`` + ``SPOTNANA_CLIENT_SECRET`` (OAuth2
    client credentials) or ``SPOTNANA_TOKEN``. One pooled ``httpx.AsyncClient`` serves
    every call, including those of clients made with ``with_options``.

    With ``opentelemetry-api`` installed (the ``otel`` extra), every call is traced and
    measured through the global providers, or ``tracer_provider``/``meter_provider``;
    ``telemetry=False`` turns that off (see README, Observability).
    """

    events: Events
    jobs: Jobs
    base_url: httpx.URL
    auth: httpx.Auth
    timeout: httpx.Timeout
    deadline: float | None
    max_retries: int
    rate_limiter: RateLimiter | None

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = _retry.DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        limits: httpx.Limits | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        telemetry: bool = True,
        tracer_provider: object | None = None,
        meter_provider: object | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        setup_logging_from_env()
        self.max_retries = _max_retries(max_retries)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        if limits is not None and (http_client is not None or transport is not None):
            raise ConfigurationError("limits sizes the client's own pool: not with http_client or transport")
        if limits is not None and not isinstance(limits, httpx.Limits):
            raise ConfigurationError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
        if auth is not None and not isinstance(auth, httpx.Auth):
            raise ConfigurationError(
                f"auth must be an httpx.Auth (BearerToken, ClientCredentials, ...), got {type(auth).__name__}"
            )
        self.base_url = _base_url(base_url)
        self.auth = auth if auth is not None else _auth_from_env()
        self.timeout = _timeout(timeout)
        self.deadline = None if deadline is None else _seconds(deadline, "deadline")
        if transport is None or isinstance(transport, httpx.AsyncHTTPTransport):
            # An in-process transport (the fake's, a MockTransport) never puts a byte on the wire.
            warn_if_cleartext(self.base_url)
        if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
            raise ConfigurationError(f"rate_limiter must be a RateLimiter, got {type(rate_limiter).__name__}")
        self.rate_limiter = rate_limiter if rate_limiter is not None else rate_limiter_from_env()
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport or _default_transport(limits))
        # issue 18: chosen once; NOOP (no opentelemetry import) when off or not installed
        self._telemetry = _telemetry.create(telemetry, tracer_provider=tracer_provider, meter_provider=meter_provider)
        self._bind_resources()

    def _bind_resources(self) -> None:
        # issue 18: the traced executor when telemetry is on, else `self._execute` itself
        self._send = self._telemetry.executor(self._execute, self.base_url)
        self.events = Events(self._send)
        self.jobs = Jobs(self._send)

    def __repr__(self) -> str:
        return f"AsyncSpotnana(base_url={shown(self.base_url)!r}, auth={self.auth!r}, max_retries={self.max_retries})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Self:
        """A client with other settings that shares this one's connection pool and token."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http_client = False
        if timeout is not None:
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _max_retries(max_retries)
        if deadline is not None:
            clone.deadline = _seconds(deadline, "deadline")
        clone._bind_resources()
        return clone

    @property
    def with_raw_response(self) -> _RawResponses:
        """``await sp.with_raw_response.events.get(id)`` -> ``RawResponse`` (status, headers, parsed)."""
        return _RawResponses(self)

    async def aclose(self) -> None:
        """Close the connection pool (a no-op on clients made by ``with_options``)."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _execute(
        self, operation: Operation, request: dict[str, Any], parse: Callable[[httpx.Response], T], /
    ) -> T:
        """Send one operation with auth, retries, reconciliation and typed errors, within the deadline."""
        url = api_url(self.base_url, request["url"])
        http_request = self._http.build_request(
            request["method"],
            url.copy_with(query=None),
            # httpx replaces a URL's query with params: merge the base URL's in.
            params=url.params.merge(request.get("params") or {}),
            json=request.get("json"),
            headers=request.get("headers"),
            timeout=self.timeout,
            extensions={BASE_URL_EXTENSION: self.base_url},
        )
        call = _Call(self.deadline)
        if self.deadline is None:
            return await self._attempts(operation, request, http_request, parse, call)
        import asyncio  # deferred: keeps `import spotnana_events` cheap

        try:
            async with asyncio.timeout(self.deadline) as scope:
                return await self._attempts(operation, request, http_request, parse, call)
        except TimeoutError:
            if not scope.expired():
                raise
            raise APITimeoutError(
                f"{http_request.method} {http_request.url.path}: no result within the deadline of {self.deadline:g}s",
                request=http_request,
                maybe_applied=call.maybe_applied,
            ) from None

    async def _attempts(
        self,
        operation: Operation,
        request: dict[str, Any],
        http_request: httpx.Request,
        parse: Callable[[httpx.Response], T],
        call: _Call,
    ) -> T:
        reconcile = RECONCILERS.get(operation.reconcile) if operation.reconcile else None
        retry_ambiguous = operation.idempotent or reconcile is not None
        call_started = time.monotonic()
        for attempt in range(self.max_retries + 1):
            started = time.monotonic()
            response, error = await self._send_once(http_request, call)
            call.in_flight = False
            elapsed_ms = (time.monotonic() - started) * 1000
            log_attempt(http_request, response, error, attempt + 1, elapsed_ms)
            if response is not None and response.is_success:
                log_completed(operation.operation_id, http_request, response, error, attempts=attempt + 1,
                              ms=(time.monotonic() - call_started) * 1000)  # fmt: skip
                return _parse(parse, response)
            decision = _retry.decide(
                attempt=attempt,
                max_retries=self.max_retries,
                idempotent=retry_ambiguous,
                response=response,
                error=error,
                sent=http_request,
            )
            call.applied_before = call.applied_before or decision.ambiguous
            if decision.ambiguous and reconcile is not None and not operation.idempotent:
                # The attempt may have been performed: ask before sending again (or giving up).
                try:
                    outcome_of_first = await reconcile(self.events, request)
                except SpotnanaError as lookup_error:
                    failure = _final_error(http_request, response, error, maybe_applied=True)
                    failure.add_note(f"checking whether it was done failed: {type(lookup_error).__name__}")
                    raise failure from lookup_error
                if outcome_of_first is CANNOT_TELL:
                    decision = decision._replace(
                        retry=False, reason=f"{decision.reason}; cannot tell whether it was done"
                    )
                elif outcome_of_first is not NOT_DONE:
                    logger.warning(
                        "%s %s: the first attempt went through; not sent again", operation.operation_id, decision.reason
                    )
                    return _parse(parse, _answer_of_first_attempt(http_request, outcome_of_first))
            if decision.retry and not call.leaves_time_for(decision.delay):
                decision = decision._replace(retry=False, reason=f"{decision.reason}; the deadline leaves no time")
            if not decision.retry:
                log_completed(operation.operation_id, http_request, response, error, attempts=attempt + 1,
                              ms=(time.monotonic() - call_started) * 1000)  # fmt: skip
                raise _final_error(http_request, response, error, maybe_applied=decision.ambiguous)
            logger.warning(
                "%s %s: retrying in %.2fs (%s, attempt %d of %d)",
                http_request.method, operation.path, decision.delay, decision.reason, attempt + 2, self.max_retries + 1,
            )  # fmt: skip
            _telemetry.record_retry(decision.reason, decision.delay)  # issue 18: telemetry hook
            await _retry.sleep(decision.delay)
        raise AssertionError("unreachable: the last attempt always returns or raises")  # pragma: no cover

    async def _send_once(
        self, http_request: httpx.Request, call: _Call
    ) -> tuple[httpx.Response | None, httpx.RequestError | None]:
        """One attempt on the wire: the response, or the transport error that replaced it."""
        try:
            if self.rate_limiter is not None:
                await self.rate_limiter.acquire()  # inside the call: the wait counts against its deadline
            call.in_flight = True
            response = await self._http.send(http_request, auth=self.auth)
            if self.rate_limiter is not None:
                await self.rate_limiter.report(response)
        except httpx.RequestError as exc:  # transport errors, and a body that does not decode
            if isinstance(exc, httpx.PoolTimeout):
                await _reclaim_quietly(self._http)
            return None, exc
        except BaseException:
            # Cancelled (or failed) inside httpcore: free any pool slot it left behind.
            await _reclaim_quietly(self._http)
            raise
        return response, None


class _Call:
    """One call's progress, for what its deadline error reports."""

    __slots__ = ("applied_before", "end", "in_flight")

    def __init__(self, deadline: float | None) -> None:
        self.end = None if deadline is None else time.monotonic() + deadline
        self.in_flight = False
        self.applied_before = False

    @property
    def maybe_applied(self) -> bool:
        return self.applied_before or self.in_flight

    def leaves_time_for(self, delay: float) -> bool:
        return self.end is None or time.monotonic() + delay < self.end


async def _reclaim_quietly(client: httpx.AsyncClient) -> None:
    try:
        freed = await reclaim(client)
    except Exception:  # a best-effort repair must never replace the call's own error
        return
    if freed:
        logger.debug("reclaimed %d pool slot(s) left by cancelled requests", freed)


def _answer_of_first_attempt(request: httpx.Request, document: object) -> httpx.Response:
    # The reconciler found what the first attempt did: answer as the operation would
    # have, so plain and raw-response callers get their usual types.
    return httpx.Response(200, json=document, request=request, extensions={"spotnana_reconciled": True})


def _parse(parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    from spotnana_event_api.errors import ModelParseError

    try:
        return parse(response)
    except (ModelParseError, json.JSONDecodeError, UnicodeDecodeError, TypeError, KeyError) as exc:
        # TypeError/KeyError: server data the parser did not expect; never a bare error.
        raise APIResponseValidationError(response, str(exc)) from exc
    except RecursionError:
        raise APIResponseValidationError(response, "the body is nested too deeply to parse") from None


# Quoted literals in protocol errors: h11 quotes the offending bytes (a header value).
_QUOTED = re.compile(r"""b?'(?:[^'\\]|\\.)*'|b?"(?:[^"\\]|\\.)*\"""")


def _scrubbed(error: BaseException, request: httpx.Request) -> str:
    """A transport error's message without header values (tokens) in it."""
    text = str(error)
    for value in request.headers.values():
        if len(value) > 3:
            text = text.replace(value, "<header value>")
    if isinstance(error, httpx.ProtocolError):
        text = _QUOTED.sub("<value not shown>", text)
    return bounded(text)


def _final_error(
    request: httpx.Request, response: httpx.Response | None, error: Exception | None, *, maybe_applied: bool
) -> Exception:
    if response is not None:
        return status_error(response)
    assert error is not None
    token_request = _retry.failed_request(error) if isinstance(error, httpx.RequestError) else None
    if token_request is not None and token_request is not request:
        # It failed on the way to a token: the API request never went out.
        return TokenRequestError(
            f"token request failed: POST {token_request.url.path}: {type(error).__name__}: "
            f"{_scrubbed(error, token_request)}; the API call was not sent",
            request=token_request,
        )
    where = f"{request.method} {request.url.path}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{where}: timed out ({type(error).__name__})", request=request, maybe_applied=maybe_applied
        )
    return APIConnectionError(
        f"{where}: {type(error).__name__}: {_scrubbed(error, request)}", request=request, maybe_applied=maybe_applied
    )
