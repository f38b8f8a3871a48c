"""Telemetry hooks: the interface the SDK calls, and the no-op it uses when telemetry is off.

The OpenTelemetry implementation (``_otel.py``) is imported only when a client is made
with ``telemetry=True`` (the default) and ``opentelemetry-api`` is installed; otherwise
the client keeps ``NOOP``, its resources get the plain executor, and every hook is a
constant-time check that finds nothing to do. So ``import spotnana_events`` never
imports ``opentelemetry``, and a call without telemetry runs exactly the code it ran
before telemetry existed.

Hooks:

- ``Telemetry.executor(execute, base_url)``: the executor the resources call; the
  OpenTelemetry one wraps every SDK call in a span and records its duration;
- ``Telemetry.composite(name)`` / ``traced(resource)``: one span around a crawl, a bulk
  run, a job wait; the SDK calls made inside it are its children;
- ``record_retry(reason, delay)`` and ``record_token_fetch(refresh=...)``: called where
  the SDK retries or asks for a token; they land on the SDK call running in this
  context, if it is traced.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Typing only: this module is imported with the SDK, and costs what its classes cost.
    from collections.abc import Callable, Coroutine
    from typing import Concatenate, ParamSpec, Protocol, TypeVar

    import httpx
    from spotnana_event_api.facade import Executor

    class Scope(Protocol):
        """What a traced call or composite span exposes to the hooks of the code running inside it."""

        def retry(self, reason: str, delay: float) -> None: ...

        def token_fetch(self, *, refresh: bool) -> None: ...

        def child_started(self) -> None: ...

    class _HasExecute(Protocol):
        _execute: Executor


__all__ = [
    "NOOP",
    "Span",
    "Telemetry",
    "create",
    "of",
    "record_retry",
    "record_token_fetch",
    "traced",
]

if TYPE_CHECKING:
    P = ParamSpec("P")
    R = TypeVar("R")


# ``_otel.active.get`` once a client has turned telemetry on: the traced SDK call or
# composite span running in the caller's context. Until then the hooks return at once
# (and ``contextvars`` is not even imported).
_current: Callable[[], Scope | None] | None = None


class Span:
    """A composite span (crawl, bulk run, job wait). This base class is the no-op."""

    __slots__ = ()

    def __enter__(self) -> Span:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object, /) -> None:
        return None

    def run(
        self, call: Callable[P, Coroutine[Any, Any, R]], /, *args: P.args, **kwargs: P.kwargs
    ) -> Coroutine[Any, Any, R]:
        """``call(*args)`` with this span current, so the SDK calls it makes are its children."""
        return call(*args, **kwargs)

    def add(self, attribute: str, amount: int) -> None:
        """Add ``amount`` to a counting attribute (``spotnana.pages``, ...)."""

    def set(self, attribute: str, value: str | int | bool) -> None:
        """Set an attribute."""

    @property
    def children(self) -> int:
        """How many SDK calls ran directly under this span."""
        return 0

    def end(self, error: BaseException | None = None) -> None:
        """End the span (idempotent); an ``Exception`` other than ``StopAsyncIteration`` marks it failed."""


class Telemetry:
    """Where the SDK's spans and metrics go. This base class is the no-op (``NOOP``)."""

    __slots__ = ()
    enabled = False

    def executor(self, execute: Executor, base_url: httpx.URL) -> Executor:
        """The executor the resources call: ``execute`` itself when telemetry is off."""
        return execute

    def composite(self, name: str) -> Span:
        """A span grouping the SDK calls of one crawl, bulk run or wait (not started yet for crawls)."""
        return NOOP_SPAN


NOOP = Telemetry()
NOOP_SPAN = Span()

_otel_missing = False  # remembered: a failed import is not retried at every client construction


def create(enabled: bool, *, tracer_provider: object | None, meter_provider: object | None) -> Telemetry:
    """``NOOP`` when off or when ``opentelemetry-api`` is not installed; chosen once per client."""
    global _otel_missing, _current  # noqa: PLW0603
    if not enabled or _otel_missing:
        return NOOP
    try:
        # By name, not `from . import _otel`: a vendored copy may leave that module out, and
        # must still pass mypy --strict without opentelemetry installed.
        otel = importlib.import_module("._otel", __package__)
    except ImportError:
        _otel_missing = True
        return NOOP
    try:
        telemetry: Telemetry = otel.OpenTelemetry(tracer_provider=tracer_provider, meter_provider=meter_provider)
    except Exception as exc:  # a provider whose get_tracer or get_meter raised: this client goes untraced
        otel.contained(exc, "set up a tracer and meter")
        return NOOP
    _current = otel.active.get
    return telemetry


def of(execute: object) -> Telemetry:
    """The telemetry behind an executor (``NOOP`` for a plain one)."""
    telemetry = getattr(execute, "telemetry", NOOP)
    return telemetry if isinstance(telemetry, Telemetry) else NOOP


def record_retry(reason: str, delay: float) -> None:
    """The SDK call running here failed an attempt and will retry after ``delay`` seconds."""
    scope = _current() if _current is not None else None
    if scope is not None:
        scope.retry(reason, delay)


def record_token_fetch(*, refresh: bool = False) -> None:
    """The SDK call running here asks the token endpoint (``refresh``: after the API answered 401)."""
    scope = _current() if _current is not None else None
    if scope is not None:
        scope.token_fetch(refresh=refresh)


if TYPE_CHECKING:
    S = TypeVar("S", bound="_HasExecute")
    Method = Callable[Concatenate[S, P], Coroutine[Any, Any, R]]
    # finish(span, result or None, error or None): sets the attributes a composite knows at its end.
    Finish = Callable[[Span, Any, BaseException | None], None]


def traced(resource: str, finish: Finish | None = None) -> Callable[[Method[S, P, R]], Method[S, P, R]]:
    """Decorate an async resource method with a composite span ``spotnana.<resource>.<method>``."""

    def decorate(method: Method[S, P, R]) -> Method[S, P, R]:
        name = f"spotnana.{resource}.{method.__name__}"

        @functools.wraps(method)
        async def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            telemetry = of(self._execute)
            if not telemetry.enabled:
                return await method(self, *args, **kwargs)
            with telemetry.composite(name) as span:
                try:
                    result = await method(self, *args, **kwargs)
                except BaseException as exc:
                    if finish is not None:
                        finish(span, None, exc)
                    raise
                if finish is not None:
                    finish(span, result, None)
                return result

        return wrapper

    return decorate
