"""When to retry, and how long to wait: small pure functions plus an overridable sleep.

Precedence of ``decide`` (first match wins):

1. no attempts left -> stop;
2. a transport error: refused by httpx before sending (an illegal header value, say) ->
   stop (sending again fails the same way); not sent (connect, pool) -> retry any call;
   maybe sent (read or write failure or timeout, server hung up) -> retry only when
   ``resend_maybe_applied`` (the call is idempotent, or a reconciler checks first);
3. ``Retry-After`` longer than ``MAX_RETRY_AFTER`` -> stop (the caller is better off
   knowing now);
4. 429, or 503 with ``Retry-After`` -> retry any call (the server did not process it),
   waiting as told;
5. 408, 500, 502, 503, 504 (maybe applied) -> as for "maybe sent";
6. anything else -> stop.
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "Decision",
    "Outcome",
    "backoff_delay",
    "classify",
    "decide",
    "failed_request",
    "parse_retry_after",
    "set_testing",
]

DEFAULT_MAX_RETRIES = 2
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0

RETRY_ANY_STATUS = frozenset({429})
RETRY_IDEMPOTENT_STATUS = frozenset({408, 500, 502, 503, 504})
# Answers that, when ``classify`` finds them refused unprocessed (503 only with Retry-After),
# are worth sending again for any call.
RETRY_REFUSED_STATUS = RETRY_ANY_STATUS | {503}

# Raised before the request left this machine: resending cannot duplicate a write.
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    # The proxy refused the tunnel (CONNECT not answered 2xx) or the SOCKS handshake: the
    # request never reached the API (a forwarding proxy's own failures are HTTP answers).
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)
# Of those, the ones where sending again would fail the same way (httpx refused the request itself).
_REFUSED_LOCALLY = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class Outcome(enum.Enum):
    """What a failed attempt may have done on the server: the one rule for it.

    The retry decision, ``APIStatusError.maybe_applied`` and ``APIConnectionError.maybe_applied``
    (and through them bulk's ``UnprocessedChunk.maybe_applied``) all read it from ``classify``."""

    NOT_SENT = "not sent"  # never left this machine
    REFUSED = "refused unprocessed"  # the server answered that it did not perform it
    MAYBE_APPLIED = "maybe applied"  # the server may have performed it

    @property
    def maybe_applied(self) -> bool:
        return self is Outcome.MAYBE_APPLIED


def classify(
    response: httpx.Response | None = None, error: BaseException | None = None, *, sent: httpx.Request | None = None
) -> Outcome:
    """The outcome of a failed attempt: its error status ``response``, or the ``error`` it raised.

    ``sent``: the API request of the attempt; an error raised by another request on its way
    (the auth flow's token request) means the API request itself never went out."""
    if error is not None:
        # Any other httpx error (a read or write failure, a body that does not decode) came
        # after the request went out; anything else was raised before httpx sent anything.
        if isinstance(error, _NOT_SENT) or not isinstance(error, httpx.RequestError):
            return Outcome.NOT_SENT
        if sent is not None and failed_request(error) is not sent:
            return Outcome.NOT_SENT
        return Outcome.MAYBE_APPLIED
    if response is None:
        return Outcome.NOT_SENT
    status = response.status_code
    if status in RETRY_ANY_STATUS or (status == 503 and parse_retry_after(response.headers) is not None):
        return Outcome.REFUSED
    if status in RETRY_IDEMPOTENT_STATUS:
        return Outcome.MAYBE_APPLIED
    return Outcome.REFUSED


def failed_request(error: httpx.RequestError) -> httpx.Request | None:
    """The request an httpx error was raised for (None when httpx did not record one)."""
    try:
        return error.request
    except RuntimeError:
        return None


class Decision(NamedTuple):
    retry: bool
    delay: float
    reason: str
    # The failed attempt may have been performed by the server (``classify``'s MAYBE_APPLIED).
    maybe_applied: bool = False


def backoff_delay(attempt: int, *, initial: float = INITIAL_BACKOFF, maximum: float = MAX_BACKOFF) -> float:
    """``min(initial * 2**attempt, maximum)``, jittered down by up to a quarter."""
    base: float = min(initial * 2.0**attempt, maximum)
    return base * (1 - 0.25 * random.random())


def parse_retry_after(headers: httpx.Headers, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or ``retry-after-ms``; None if absent or garbage."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return _finite(float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _finite(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - now(), 0.0)


def _finite(seconds: float) -> float:
    if not math.isfinite(seconds):
        raise ValueError(seconds)  # nan or inf: garbage, like an unparseable value
    return max(seconds, 0.0)


def decide(
    *,
    attempt: int,
    max_retries: int,
    resend_maybe_applied: bool,
    response: httpx.Response | None = None,
    error: Exception | None = None,
    sent: httpx.Request | None = None,
) -> Decision:
    """Whether attempt number ``attempt`` (0-based) that just failed should be retried.

    ``resend_maybe_applied``: whether an attempt that may have been applied may be sent
    again (the call is idempotent, or a reconciler checks first); ``sent``: the attempt's
    API request, as for ``classify``."""
    outcome = classify(response, error, sent=sent)
    maybe_applied = outcome.maybe_applied
    if attempt >= max_retries:
        return Decision(False, 0.0, f"gave up after {attempt + 1} attempt(s)", maybe_applied)
    if error is not None:
        name = type(error).__name__
        if isinstance(error, _REFUSED_LOCALLY):
            return Decision(False, 0.0, f"{name}: refused before sending; not retried")
        if outcome is Outcome.NOT_SENT:
            return Decision(True, backoff_delay(attempt), f"{name} before sending")
        return _maybe_applied_decision(f"{name} after sending", backoff_delay(attempt), resend_maybe_applied)
    assert response is not None
    status = response.status_code
    retry_after = parse_retry_after(response.headers)
    if retry_after is not None and retry_after > MAX_RETRY_AFTER:
        return Decision(False, 0.0, f"{status} with Retry-After {retry_after:.0f}s > {MAX_RETRY_AFTER:.0f}s")
    delay = retry_after if retry_after is not None else backoff_delay(attempt)
    if outcome is Outcome.REFUSED:
        if status in RETRY_REFUSED_STATUS:
            return Decision(True, delay, f"{status} (not processed)")
        return Decision(False, 0.0, f"{status} is not retryable")
    return _maybe_applied_decision(f"{status}", delay, resend_maybe_applied)


def _maybe_applied_decision(reason: str, delay: float, resend: bool) -> Decision:
    if resend:
        return Decision(True, delay, reason, maybe_applied=True)
    return Decision(False, 0.0, f"{reason}; not retried: the call is not idempotent", maybe_applied=True)


async def sleep(seconds: float) -> None:
    """The one place the SDK waits between attempts (tests replace or zero it)."""
    if seconds > 0 and not _testing:
        import asyncio  # deferred: keeps `import spotnana_events` cheap

        await asyncio.sleep(seconds)


_testing = False


@contextmanager
def set_testing(enabled: bool = True) -> Iterator[None]:
    """Skip every backoff and Retry-After wait while active (compare stamina.set_testing)."""
    global _testing  # noqa: PLW0603
    previous, _testing = _testing, enabled
    try:
        yield
    finally:
        _testing = previous
