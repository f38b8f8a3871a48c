"""``AsyncSpotnana``: the SDK's entry point."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Self, TypeVar

import httpx
from spotnana_event_api.spec_facts import MOCK_BASE_URL, SANDBOX_BASE_URL  # servers the API reference names

from . import _attempts, _options, _rate_limit, _retry, _telemetry, _transport  # issue 18: + _telemetry (hooks)
from ._auth import SENDING_EXTENSION, BearerToken, ClientCredentials, principal, says_when_sent
from ._errors import APITimeoutError, ConfigurationError, SpotnanaError
from ._logs import logger, setup_logging_from_env
from ._loops import LoopBoundPool, holds_connections
from ._pool import reclaim
from ._rate_limit import RateLimiter, rate_limiter_from_env, token_cache_from_env
from ._urls import BASE_URL_EXTENSION, api_url, shown, warn_if_cleartext

if TYPE_CHECKING:
    from spotnana_event_api.client import ApiRequest
    from spotnana_event_api.facade import EventsResourceWithRawResponse, Operation

    from ._events import Events
    from ._jobs import Jobs, JobsWithRawResponse

__all__ = ["DEFAULT_TIMEOUT", "MOCK_BASE_URL", "SANDBOX_BASE_URL", "AsyncSpotnana"]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

ENV_CLIENT_ID = "SPOTNANA_CLIENT_ID"
ENV_CLIENT_SECRET = "SPOTNANA_CLIENT_SECRET"
ENV_TOKEN = "SPOTNANA_TOKEN"


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
    jobs: JobsWithRawResponse

    def __init__(self, client: AsyncSpotnana) -> None:
        # The resources' own raw views (``sp.events.with_raw_response``): wrappers of the
        # client's own methods, one mechanism, no second copy of any method.
        self.events = client.events.with_raw_response
        self.jobs = client.jobs.with_raw_response


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

    Responses are read tolerantly: a value the spec types differently but that reads
    without loss as the spec's type is read so (a number for a string id). With
    ``strict_responses=True`` (for tests: the fake's client defaults to it) such a value is
    an ``APIResponseValidationError``, and every response is read whole on arrival.
    """

    events: Events
    jobs: Jobs
    base_url: httpx.URL
    auth: httpx.Auth
    timeout: httpx.Timeout
    deadline: float | None
    default_headers: dict[str, str]
    max_retries: int
    rate_limiter: RateLimiter | None
    strict_responses: bool

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = _retry.DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        limits: httpx.Limits | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | _transport.TransportName | None = None,
        telemetry: bool = True,
        tracer_provider: object | None = None,
        meter_provider: object | None = None,
        rate_limiter: RateLimiter | None = None,
        strict_responses: bool = False,
    ) -> None:
        setup_logging_from_env()
        self.max_retries = _options.max_retries(max_retries)
        self.strict_responses = _options.flag(strict_responses, "strict_responses")
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass either http_client or transport, not both")
        # issue 27: transport="httpx" | "aiohttp" names the client's own pool; an instance replaces it.
        own_pool = http_client is None and not isinstance(transport, httpx.AsyncBaseTransport)
        if limits is not None and not own_pool:
            raise ConfigurationError("limits sizes the client's own pool: not with http_client or a transport instance")
        if limits is not None and not isinstance(limits, httpx.Limits):
            raise ConfigurationError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
        if auth is not None and not isinstance(auth, httpx.Auth):
            raise ConfigurationError(
                f"auth must be an httpx.Auth (BearerToken, ClientCredentials, ...), got {type(auth).__name__}"
            )
        self.base_url = _options.base_url(base_url, SANDBOX_BASE_URL)
        self.auth = auth if auth is not None else _auth_from_env()
        self.timeout = _options.timeout(timeout)
        self.deadline = None if deadline is None else _options.seconds(deadline, "deadline")
        self.default_headers = _options.headers(default_headers, name="default_headers")
        if holds_connections(transport):
            # An in-process transport (the fake's, a MockTransport) never puts a byte on the wire.
            warn_if_cleartext(self.base_url)
        if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
            raise ConfigurationError(f"rate_limiter must be a RateLimiter, got {type(rate_limiter).__name__}")
        self.rate_limiter = rate_limiter if rate_limiter is not None else rate_limiter_from_env()
        self._owns_http_client = http_client is None
        self._pool = _pool_for(http_client, transport, limits)
        # issue 18: chosen once; NOOP (no opentelemetry import) when off or not installed
        self._telemetry = _telemetry.create(telemetry, tracer_provider=tracer_provider, meter_provider=meter_provider)
        self._bind_resources()

    def _bind_resources(self) -> None:
        # issue 18: the traced executor when telemetry is on, else `self._execute` itself
        self._send = self._telemetry.executor(self._execute, self.base_url)
        from ._events import Events  # issue 27: deferred, with the generated facade (import cost)
        from ._jobs import Jobs

        self.events = Events(self._send)
        self.jobs = Jobs(self._send)
        self._raw_responses: _RawResponses | None = None  # built on first use, for these resources
        # One budget per identity (API base and who calls), as token cache keys are scoped.
        identity = f"{self.base_url.copy_with(query=None, fragment=None)}\0{principal(self.auth)}"
        self._limiter = _rate_limit.for_identity(self.rate_limiter, identity)

    def __repr__(self) -> str:
        return f"AsyncSpotnana(base_url={shown(self.base_url)!r}, auth={self.auth!r}, max_retries={self.max_retries})"

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool | None = None,
    ) -> Self:
        """A client with other settings that shares this one's connection pool and token.

        Each setting is checked as the constructor checks it; ``default_headers`` replace
        this client's."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_http_client = False
        if base_url is not None:
            clone.base_url = _options.base_url(base_url, SANDBOX_BASE_URL)
            warn_if_cleartext(clone.base_url)
        if timeout is not None:
            clone.timeout = _options.timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _options.max_retries(max_retries)
        if deadline is not None:
            clone.deadline = _options.seconds(deadline, "deadline")
        if default_headers is not None:
            clone.default_headers = _options.headers(default_headers, name="default_headers")
        if strict_responses is not None:
            clone.strict_responses = _options.flag(strict_responses, "strict_responses")
        clone._bind_resources()
        return clone

    @property
    def with_raw_response(self) -> _RawResponses:
        """``await sp.with_raw_response.events.get(id)`` -> ``RawResponse`` (status, headers, parsed)."""
        if self._raw_responses is None:
            self._raw_responses = _RawResponses(self)
        return self._raw_responses

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool of the event loop the client last ran on."""
        return self._pool.http

    async def aclose(self) -> None:
        """Close the connection pool (a no-op on clients made by ``with_options``)."""
        if self._owns_http_client:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _execute(self, operation: Operation, request: ApiRequest, parse: Callable[[httpx.Response], T], /) -> T:
        """Send one operation with auth, retries, reconciliation and typed errors, within the deadline."""
        binding = self._pool.enter()  # the pool of the running loop, or a ConfigurationError (nothing sent)
        try:
            return await self._execute_bound(operation, request, parse)
        finally:
            self._pool.exit(binding)

    async def _execute_bound(
        self, operation: Operation, request: ApiRequest, parse: Callable[[httpx.Response], T], /
    ) -> T:
        http_request = self._build(request)
        if self.strict_responses:
            parse = functools.partial(_attempts.parsed_strictly, parse)
        deadline = self.deadline if request.deadline is None else _options.seconds(request.deadline, "deadline")
        call = _attempts.Call(deadline)
        attempts = _attempts.run(
            operation, request, http_request, parse, call,
            max_retries=self.max_retries, send_once=self._send_once, events=self.events,
        )  # fmt: skip
        if deadline is None:
            return await attempts
        import asyncio  # deferred: keeps `import spotnana_events` cheap

        try:
            async with asyncio.timeout(deadline) as scope:
                return await attempts
        except TimeoutError:
            if not scope.expired():
                raise
            raise APITimeoutError(
                f"{http_request.method} {http_request.url.path}: no result within the deadline of {deadline:g}s",
                request=http_request,
                maybe_applied=call.maybe_applied,
            ) from None

    def _build(self, request: ApiRequest) -> httpx.Request:
        """The HTTP request, with the caller's per-call options checked and added (before anything is sent)."""
        base_query = self.base_url.query
        query = None
        if request.query or base_query or request.extra_query is not None:
            own = httpx.QueryParams(request.query).merge(httpx.QueryParams(base_query.decode("ascii")))
            # httpx replaces a URL's query with params: the base URL's is merged in.
            query = str(own.merge(_options.query(request.extra_query, taken=own)))
        # Later sources replace earlier ones, names compared without case: extra_headers may
        # replace a default header, never one the request sets (``_options.headers`` refuses that).
        headers = httpx.Headers(self.default_headers)
        if request.extra_headers is not None:
            headers.update(_options.headers(request.extra_headers, name="extra_headers", taken=request.headers))
        headers.update(request.headers)
        return request.build(
            self._http,
            url=api_url(self.base_url, request.url, query),
            params={},  # the query is in the URL
            headers=headers,
            timeout=self.timeout if request.timeout is None else _options.timeout(request.timeout),
            extensions={BASE_URL_EXTENSION: self.base_url},
        )

    async def _send_once(
        self, http_request: httpx.Request, call: _attempts.Call
    ) -> tuple[httpx.Response | None, httpx.RequestError | None]:
        """One attempt on the wire: the response, or the transport error that replaced it."""
        try:
            if self._limiter is not None:
                await self._limiter.acquire()  # inside the call: the wait counts against its deadline
            if says_when_sent(self.auth):
                # The flow says when the API request itself goes out (not while fetching a token).
                http_request.extensions[SENDING_EXTENSION] = call.sending
            else:
                call.in_flight = True
            response = await self._http.send(http_request, auth=self.auth)
            if self._limiter is not None:
                await self._limiter.report(response)
        except httpx.RequestError as exc:  # transport errors, and a body that does not decode
            if isinstance(exc, httpx.PoolTimeout):
                await _reclaim_quietly(self._http)
            return None, exc
        except BaseException as exc:
            # Cancelled (or failed) inside httpcore: free any pool slot it left behind.
            await _reclaim_quietly(self._http)
            if call.in_flight and isinstance(exc, Exception) and not isinstance(exc, SpotnanaError):
                # Not a bare error for a create that may have been delivered: typed, maybe applied.
                raise _attempts.failed_after_sending(http_request, exc) from exc
            raise
        return response, None


def _pool_for(
    http_client: httpx.AsyncClient | None,
    transport: httpx.AsyncBaseTransport | _transport.TransportName | None,
    limits: httpx.Limits | None,
) -> LoopBoundPool:
    """The client's pool: rebuilt on each new event loop when built here, refused on another
    loop when it is the caller's and holds connections, shared when in-process."""
    if http_client is not None:
        return LoopBoundPool(http_client, foreign="http_client")
    if isinstance(transport, httpx.AsyncBaseTransport):
        foreign = "transport" if holds_connections(transport) else None
        return LoopBoundPool(httpx.AsyncClient(transport=transport), foreign=foreign)

    # issue 27: httpx's own pool or aiohttp's. A name given stands; the default (None) is decided
    # again for each pool and checked at the first call: a client made at import time, then used
    # in a test under pytest-httpx (or once OpenTelemetry instruments httpx), sends through
    # httpx's transport, which the mock replaces, never past it to the network.
    def build() -> httpx.AsyncClient:
        return _transport.http_client(_transport.resolve(transport), limits)

    def outdated(http: httpx.AsyncClient) -> bool:
        return _transport.name_of(http) != _transport.resolve(transport)

    return LoopBoundPool(build(), rebuild=build, outdated=outdated)  # a bad name fails here, at construction


async def _reclaim_quietly(client: httpx.AsyncClient) -> None:
    try:
        freed = await reclaim(client)
    except Exception:  # a best-effort repair must never replace the call's own error
        return
    if freed:
        logger.debug("reclaimed %d pool slot(s) left by cancelled requests", freed)
