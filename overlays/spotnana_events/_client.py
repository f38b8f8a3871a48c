"""``AsyncSpotnana``: the SDK's entry point."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from typing import Any, Self, TypeVar

import httpx
from spotnana_event_api.facade import EventsResourceWithRawResponse, JobsResourceWithRawResponse, Operation

from . import _retry
from ._auth import BearerToken, ClientCredentials
from ._errors import APIConnectionError, APIResponseValidationError, APITimeoutError, ConfigurationError, status_error
from ._events import Events
from ._jobs import Jobs
from ._logs import logger, setup_logging_from_env
from ._rate_limit import RateLimiter, rate_limiter_from_env, token_cache_from_env
from ._reconcile import CANNOT_TELL, NOT_DONE, RECONCILERS

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


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(value, connect=min(value, 5.0))
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ConfigurationError(f"timeouts must be bounded, got {timeout!r}")
    return timeout


def _default_transport() -> httpx.AsyncHTTPTransport:
    # TCP_NODELAY: httpx writes a POST's headers and body separately, and Nagle's
    # algorithm with delayed ACKs would stall every such request by ~40 ms.
    return httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])


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

    def __init__(self, client: AsyncSpotnana) -> None:
        self.events = EventsResourceWithRawResponse(client._execute)
        self.jobs = JobsResourceWithRawResponse(client._execute)


class AsyncSpotnana:
    """Async client of the Spotnana Event API.

    ``async with AsyncSpotnana() as sp: event = await sp.events.get(event_id)``

    Without ``base_url`` it uses ``SPOTNANA_BASE_URL``, then the sandbox the spec names.
    Without ``auth`` it uses ``SPOTNANA_CLIENT_ID`` + ``SPOTNANA_CLIENT_SECRET`` (OAuth2
    client credentials) or ``SPOTNANA_TOKEN``. One pooled ``httpx.AsyncClient`` serves
    every call, including those of clients made with ``with_options``.
    """

    events: Events
    jobs: Jobs

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = _retry.DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        setup_logging_from_env()
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        self.base_url = httpx.URL(base_url or os.environ.get(ENV_BASE_URL) or SANDBOX_BASE_URL)
        self.auth = auth if auth is not None else _auth_from_env()
        self.timeout = _timeout(timeout)
        self.max_retries = max_retries
        if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
            raise ConfigurationError(f"rate_limiter must be a RateLimiter, got {type(rate_limiter).__name__}")
        self.rate_limiter = rate_limiter if rate_limiter is not None else rate_limiter_from_env()
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport or _default_transport())
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.events = Events(self._execute)
        self.jobs = Jobs(self._execute)

    def __repr__(self) -> str:
        return f"AsyncSpotnana(base_url={str(self.base_url)!r}, auth={self.auth!r}, max_retries={self.max_retries})"

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Self:
        """A client with other settings that shares this one's connection pool and token."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http_client = False
        if timeout is not None:
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
            clone.max_retries = max_retries
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
        """Send one operation with auth, retries, reconciliation and typed errors."""
        http_request = self._http.build_request(
            request["method"],
            self.base_url.join(request["url"]),
            params=request.get("params"),
            json=request.get("json"),
            headers=request.get("headers"),
            timeout=self.timeout,
        )
        reconcile = RECONCILERS.get(operation.reconcile) if operation.reconcile else None
        retry_ambiguous = operation.idempotent or reconcile is not None
        for attempt in range(self.max_retries + 1):
            started = time.monotonic()
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            try:
                if self.rate_limiter is not None:
                    await self.rate_limiter.acquire()  # inside the call: the wait counts against its deadline
                response = await self._http.send(http_request, auth=self.auth)
                if self.rate_limiter is not None:
                    await self.rate_limiter.report(response)
            except httpx.TransportError as exc:
                error = exc
            elapsed_ms = (time.monotonic() - started) * 1000
            outcome = response.status_code if response is not None else type(error).__name__
            logger.debug(
                "%s %s -> %s (attempt %d, %.0f ms)",
                http_request.method,
                operation.path,
                outcome,
                attempt + 1,
                elapsed_ms,
            )
            if response is not None and response.is_success:
                return _parse(parse, response)
            decision = _retry.decide(
                attempt=attempt,
                max_retries=self.max_retries,
                idempotent=retry_ambiguous,
                response=response,
                error=error,
            )
            if decision.ambiguous and reconcile is not None and not operation.idempotent:
                # The attempt may have been performed: ask before sending again (or giving up).
                outcome_of_first = await reconcile(self.events, request)
                if outcome_of_first is CANNOT_TELL:
                    decision = decision._replace(
                        retry=False, reason=f"{decision.reason}; cannot tell whether it was done"
                    )
                elif outcome_of_first is not NOT_DONE:
                    logger.warning(
                        "%s %s: the first attempt went through; not sent again", operation.operation_id, decision.reason
                    )
                    return outcome_of_first  # type: ignore[return-value]
            if not decision.retry:
                raise _final_error(http_request, response, error, maybe_applied=decision.ambiguous)
            logger.warning(
                "%s %s: retrying in %.2fs (%s, attempt %d of %d)",
                http_request.method, operation.path, decision.delay, decision.reason, attempt + 2, self.max_retries + 1,
            )  # fmt: skip
            await _retry.sleep(decision.delay)
        raise AssertionError("unreachable: the last attempt always returns or raises")  # pragma: no cover


def _parse(parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    from spotnana_event_api.errors import ModelParseError

    try:
        return parse(response)
    except (ModelParseError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise APIResponseValidationError(response, str(exc)) from exc


def _final_error(
    request: httpx.Request, response: httpx.Response | None, error: Exception | None, *, maybe_applied: bool
) -> Exception:
    if response is not None:
        return status_error(response)
    where = f"{request.method} {request.url.path}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{where}: timed out ({type(error).__name__})", request=request, maybe_applied=maybe_applied
        )
    return APIConnectionError(f"{where}: {type(error).__name__}: {error}", request=request, maybe_applied=maybe_applied)
