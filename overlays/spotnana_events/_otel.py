"""The OpenTelemetry implementation of ``_telemetry``: spans and metrics through ``opentelemetry-api``.

Imported only by ``_telemetry.create``. Spans are INTERNAL (the HTTP CLIENT spans are
httpx instrumentation's, one per attempt, children of ours when it is enabled).
Attributes hold the operation, templates and counts only: never ids, header values,
bodies or exception messages (those can carry ids and server text).

Telemetry never changes a call's outcome: whatever a tracer, span processor, exporter or
meter raises (an application's plugin is code we do not control) is contained where we call
it, logged once per process (``_contained``), and the call's own result or error stands.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from opentelemetry import context as otel_context
from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind, StatusCode

from . import _telemetry
from ._errors import APIStatusError
from ._logs import logger
from ._version import __version__

if TYPE_CHECKING:
    import httpx
    from spotnana_event_api.client import ApiRequest
    from spotnana_event_api.facade import Executor, Operation

__all__ = ["OpenTelemetry", "active", "contained"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

SCOPE = "spotnana_events"
# Seconds: from a fast loopback answer to a long retried call (the SDK's own timeout is 60 s).
DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
_DEFAULT_PORTS = {"http": 80, "https": 443}

# The traced SDK call or composite span running in this context (read by the _telemetry hooks).
active: ContextVar[_telemetry.Scope | None] = ContextVar("spotnana_events_telemetry", default=None)

_warned = False  # a broken plugin fails on every call: one WARNING per process, then DEBUG lines


def contained(error: Exception, what: str) -> None:
    """OpenTelemetry raised ``error`` while we tried ``what``: log it (a WARNING the first time
    in this process, DEBUG after); the call goes on as if telemetry were off for that step."""
    global _warned  # noqa: PLW0603
    if not _warned:
        _warned = True
        logger.warning(
            "OpenTelemetry failed to %s (%s from a tracer, span processor, exporter or meter); calls go on "
            "with their own results, and later failures are logged at DEBUG",
            what,
            type(error).__name__,
        )
    logger.debug("OpenTelemetry failed to %s", what, exc_info=error)


class OpenTelemetry(_telemetry.Telemetry):
    __slots__ = ("duration", "retries", "token_requests", "tracer")
    enabled = True

    def __init__(self, *, tracer_provider: object | None, meter_provider: object | None) -> None:
        self.tracer = trace.get_tracer(
            SCOPE, __version__, tracer_provider=cast("trace.TracerProvider | None", tracer_provider)
        )
        meter = metrics.get_meter(
            SCOPE, __version__, meter_provider=cast("metrics.MeterProvider | None", meter_provider)
        )
        self.duration = meter.create_histogram(
            "spotnana.client.operation.duration",
            unit="s",
            description="Duration of SDK calls, retries and token requests included",
            explicit_bucket_boundaries_advisory=list(DURATION_BUCKETS),
        )
        self.retries = meter.create_counter(
            "spotnana.client.retries", unit="{retry}", description="Attempts of SDK calls that were retried"
        )
        self.token_requests = meter.create_counter(
            "spotnana.client.token_requests", unit="{request}", description="Requests to the OAuth2 token endpoint"
        )

    def executor(self, execute: Executor, base_url: httpx.URL) -> Executor:
        return _TracedExecutor(self, execute, base_url)

    def composite(self, name: str) -> _telemetry.Span:
        return _Composite(self, name)


class _TracedExecutor:
    """Runs each SDK call inside a span named after the method users call (``spotnana.events.get``)."""

    __slots__ = ("_described", "_execute", "_server", "telemetry")

    def __init__(self, telemetry: OpenTelemetry, execute: Executor, base_url: httpx.URL) -> None:
        self.telemetry = telemetry
        self._execute = execute
        self._server: dict[str, Any] = {
            "server.address": base_url.host,
            "server.port": base_url.port or _DEFAULT_PORTS.get(base_url.scheme, 443),
        }
        self._described: dict[str, tuple[str, dict[str, Any]]] = {}

    def _describe(self, operation: Operation) -> tuple[str, dict[str, Any]]:
        described = self._described.get(operation.operation_id)
        if described is None:
            name = f"spotnana.{operation.resource}.{operation.name}"
            attributes = {
                "spotnana.operation_id": operation.operation_id,
                "http.request.method": operation.method,
                "url.template": operation.path,
                **self._server,
            }
            described = self._described[operation.operation_id] = (name, attributes)
        return described

    async def __call__(self, operation: Operation, request: ApiRequest, parse: Callable[[httpx.Response], T], /) -> T:
        name, attributes = self._describe(operation)
        telemetry = self.telemetry
        parent = active.get()
        if parent is not None:
            parent.child_started()
        call = _Call(telemetry, operation.operation_id)
        started = time.perf_counter()
        outcome = "success"
        error_type: str | None = None
        # start_span + attach rather than start_as_current_span: two fewer context managers
        # per call, which is most of the cost when no provider is configured.
        try:
            span = telemetry.tracer.start_span(name, kind=SpanKind.INTERNAL, attributes=attributes)
            recording = span.is_recording()
        except Exception as exc:  # a span processor's on_start: the call goes on, untraced
            contained(exc, "start a span")
            span, recording = trace.INVALID_SPAN, False
        call.span = span
        context_token = _attach(trace.set_span_in_context(span))
        active_token = active.set(call)
        try:
            return await self._execute(operation, request, call.capture(parse) if recording else parse)
        except Exception as exc:
            outcome, error_type = "error", _fail(span, exc)
            raise
        except BaseException:
            outcome = "cancelled"
            raise
        finally:
            active.reset(active_token)
            _detach(context_token)
            # A finally that raised would replace the call's result or error: nothing here raises.
            try:
                if recording:
                    span.set_attribute("spotnana.attempts", call.retries + 1)
                    if call.status is not None:
                        span.set_attribute("http.response.status_code", call.status)
                span.end()
            except Exception as exc:  # a span processor's on_end, an exporter
                contained(exc, "end a span")
            metric = {"spotnana.operation_id": operation.operation_id, "spotnana.outcome": outcome}
            if error_type is not None:
                metric["error.type"] = error_type
            try:
                telemetry.duration.record(time.perf_counter() - started, metric)
            except Exception as exc:
                contained(exc, "record a duration")


class _Call:
    """One traced SDK call: what the hooks inside it report."""

    __slots__ = ("operation_id", "retries", "span", "status", "telemetry")

    def __init__(self, telemetry: OpenTelemetry, operation_id: str) -> None:
        self.telemetry = telemetry
        self.operation_id = operation_id
        self.span: trace.Span = trace.INVALID_SPAN
        self.retries = 0
        self.status: int | None = None

    def capture(self, parse: Callable[[httpx.Response], T]) -> Callable[[httpx.Response], T]:
        def parse_and_capture(response: httpx.Response) -> T:
            self.status = response.status_code
            return parse(response)

        return parse_and_capture

    def retry(self, reason: str, delay: float) -> None:
        self.retries += 1
        try:
            self.span.add_event(
                "spotnana.retry",
                {"spotnana.retry.reason": reason, "spotnana.retry.delay": delay, "spotnana.attempt": self.retries},
            )
            self.telemetry.retries.add(1, {"spotnana.operation_id": self.operation_id, "spotnana.retry.reason": reason})
        except Exception as exc:
            contained(exc, "record a retry")

    def token_fetch(self, *, refresh: bool) -> None:
        try:
            self.span.add_event("spotnana.token_request", {"spotnana.token.refresh": refresh})
            self.telemetry.token_requests.add(1, {"spotnana.token.refresh": refresh})
        except Exception as exc:
            contained(exc, "record a token request")

    def child_started(self) -> None:
        """An SDK call made inside this one (a reconciliation lookup): nothing to count."""


class _Composite(_telemetry.Span):
    """A crawl, bulk run or job wait: its SDK calls are children; counts become attributes at the end."""

    __slots__ = ("_attributes", "_children", "_context", "_ended", "_span", "_tokens", "telemetry")

    def __init__(self, telemetry: OpenTelemetry, name: str) -> None:
        self.telemetry = telemetry
        try:
            self._span = telemetry.tracer.start_span(name, kind=SpanKind.INTERNAL)
        except Exception as exc:
            contained(exc, "start a span")
            self._span = trace.INVALID_SPAN
        self._context = trace.set_span_in_context(self._span)
        self._attributes: dict[str, str | int | bool] = {}
        self._children = 0
        self._tokens: list[tuple[Any, Any]] = []
        self._ended = False

    def __enter__(self) -> _Composite:
        self._tokens.append(self._attach())
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object, /) -> None:
        self._detach(self._tokens.pop())
        self.end(exc)

    def _attach(self) -> tuple[Any, Any]:
        return _attach(self._context), active.set(self)

    def _detach(self, tokens: tuple[Any, Any]) -> None:
        context_token, active_token = tokens
        active.reset(active_token)
        _detach(context_token)

    def run(
        self, call: Callable[P, Coroutine[Any, Any, R]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Coroutine[Any, Any, R]:
        return self._run(call, *args, **kwargs)

    async def _run(self, call: Callable[P, Coroutine[Any, Any, R]], /, *args: P.args, **kwargs: P.kwargs) -> R:
        # Tokens stay local: several of these run at once, each in its own task's context.
        tokens = self._attach()
        try:
            return await call(*args, **kwargs)
        finally:
            self._detach(tokens)

    def end(self, error: BaseException | None = None) -> None:
        if self._ended:
            return
        self._ended = True
        if isinstance(error, Exception) and not isinstance(error, StopAsyncIteration):
            _fail(self._span, error)
        try:
            if self._span.is_recording():
                self._span.set_attributes(self._attributes)
            self._span.end()
        except Exception as exc:
            contained(exc, "end a span")

    def add(self, attribute: str, amount: int) -> None:
        current = self._attributes.get(attribute, 0)
        self._attributes[attribute] = int(current) + amount

    def set(self, attribute: str, value: str | int | bool) -> None:
        self._attributes[attribute] = value

    @property
    def children(self) -> int:
        return self._children

    def child_started(self) -> None:
        self._children += 1

    def retry(self, reason: str, delay: float) -> None:
        """Retries happen inside the SDK calls, which record them."""

    def token_fetch(self, *, refresh: bool) -> None:
        """Token requests happen inside the SDK calls, which record them."""


def _attach(context: otel_context.Context) -> object:
    """``otel_context.attach``, contained: None when the runtime context failed."""
    try:
        return otel_context.attach(context)
    except Exception as exc:
        contained(exc, "attach a context")
        return None


def _detach(token: object) -> None:
    if token is not None:
        try:
            otel_context.detach(token)  # type: ignore[arg-type]
        except Exception as exc:
            contained(exc, "detach a context")


def _fail(span: trace.Span, error: Exception) -> str:
    """Mark ``span`` failed by ``error``; return its ``error.type`` (status code or class name)."""
    status = error.status_code if isinstance(error, APIStatusError) else None
    error_type = str(status) if status is not None else type(error).__qualname__
    try:
        _record_failure(span, error, status, error_type)
    except Exception as exc:
        contained(exc, "record a failure")
    return error_type


def _record_failure(span: trace.Span, error: Exception, status: int | None, error_type: str) -> None:
    if span.is_recording():
        span.set_attribute("error.type", error_type)
        if status is not None:
            span.set_attribute("http.response.status_code", status)
        maybe_applied = getattr(error, "maybe_applied", None)
        if isinstance(maybe_applied, bool):
            span.set_attribute("spotnana.maybe_applied", maybe_applied)
        # Not record_exception: the message can hold ids, paths and the server's error text.
        kind = type(error)
        span.add_event(
            "exception",
            {
                "exception.type": f"{kind.__module__}.{kind.__qualname__}",
                "exception.stacktrace": "".join(traceback.format_tb(error.__traceback__)),
            },
        )
        span.set_status(StatusCode.ERROR, type(error).__qualname__)
