"""What a valid setting is, for the client and for one call: the one home of these checks.

The constructor, ``with_options``, every operation's per-call options (``extra_headers``,
``extra_query``, ``timeout``, ``deadline``) and those of the calls that make many requests
(crawls, bulk runs, job waits: ``CallOptions``) go through these, so a bad value fails the
same way wherever it is given, before anything is sent.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import httpx

from ._errors import APITimeoutError, ConfigurationError
from ._urls import check_base_url

T = TypeVar("T")

ENV_BASE_URL = "SPOTNANA_BASE_URL"

# Headers the SDK alone sets: the auth flow's credential, and the framing that says what the
# server reads (the retry and reconciliation rules reason about that request, not another).
RESERVED_HEADERS = frozenset({"authorization", "proxy-authorization", "host", "content-length", "transfer-encoding"})

_QUERY_SCALARS = (str, int, float)


def seconds(value: object, name: str) -> float:
    """A finite number of seconds > 0 (0 would fail every call; inf, nan or None would wait forever)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be bounded: a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{name} must be bounded: a finite number of seconds > 0, got {value!r}")
    return float(value)


def count(name: str, value: int, *, minimum: int, maximum: int | None = None) -> int:
    """A count setting (page size, concurrency, item limit): a ValueError naming it when out of range."""
    if maximum is not None and not minimum <= value <= maximum:
        raise ValueError(f"{name} must be {minimum}..{maximum}, got {value}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            seconds(getattr(value, phase), f"timeout.{phase}")
        return value
    total = seconds(value, "timeout")
    return httpx.Timeout(total, connect=min(total, 5.0))


def flag(value: object, name: str) -> bool:
    """A switch: exactly ``True`` or ``False`` (a truthy string such as ``"false"`` would mislead)."""
    if type(value) is not bool:
        raise ConfigurationError(f"{name} must be True or False, got {type(value).__name__}")
    return value


_timeout = timeout  # under another name, for the classes whose parameters are named `timeout`

IF_EXISTS = ("error", "return")


def if_exists(value: object) -> str:
    """What a create does when the API answers that what it makes exists: raise, or return it."""
    if not isinstance(value, str) or value not in IF_EXISTS:
        raise ConfigurationError(f"if_exists must be one of {IF_EXISTS}, got {value!r:.60}")
    return value


def max_retries(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {value!r}")
    return value


def base_url(value: object, sandbox: str) -> httpx.URL:
    # An explicit value, even empty, is used as given: an empty SPOTNANA_BASE_URL is a
    # mistake to report, not a reason to talk to the sandbox.
    if value is not None:
        source = "base_url"
    elif ENV_BASE_URL in os.environ:
        value, source = os.environ[ENV_BASE_URL], ENV_BASE_URL
    else:
        value, source = sandbox, "SANDBOX_BASE_URL"
    try:
        return check_base_url(value, source=source)
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from None


# RFC 9110: a header name is a token; a value is visible ASCII, spaces and tabs.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def headers(value: object, *, name: str, taken: Mapping[str, str] = httpx.Headers()) -> dict[str, str]:
    """``value`` as headers that add to ``taken`` (the SDK's): names and values are ``str``,
    and none is reserved or already set. Messages name headers, never their values."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{name} must be a mapping of header names to str values, got {type(value).__name__}")
    already = {key.lower() for key in taken}
    checked: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise ConfigurationError(f"{name}: header names and values must be str (header {key!r})")
        if not _HEADER_NAME.fullmatch(key):
            raise ConfigurationError(f"{name}: {key[:60]!r} is not a valid header name")
        if not _HEADER_VALUE.fullmatch(item):
            # A CR or LF would split the header on the wire; non-ASCII has no one encoding.
            raise ConfigurationError(
                f"{name}: the value of {key!r} must be printable ASCII (no CR, LF or other control characters)"
            )
        if key.lower() in RESERVED_HEADERS:
            raise ConfigurationError(f"{name}: {key!r} is set by the SDK (auth or framing) and cannot be replaced")
        if key.lower() in already:
            raise ConfigurationError(f"{name}: {key!r} is already set by the request; extra headers only add")
        checked[key] = item
    return checked


def _utf8(value: object) -> bool:
    """Whether a query value has UTF-8 (a lone surrogate has none: httpx would fail encoding it)."""
    if not isinstance(value, str) or value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _has_text(value: object) -> bool:
    """Whether a query number has text to send: not nan or inf ("nan" is no number), nor an
    integer longer than Python writes as text (``str()`` raises a bare ValueError)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, int):
        try:
            str(value)
        except ValueError:
            return False
    return True


def query(value: object, *, taken: httpx.QueryParams) -> dict[str, Any]:
    """``value`` as query parameters that add to ``taken`` (the operation's and the base URL's)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"extra_query must be a mapping, got {type(value).__name__}")
    checked: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise ConfigurationError(f"extra_query: parameter names must be str, got {key!r}")
        if key in taken:
            raise ConfigurationError(f"extra_query: {key!r} is already set by the request; extra_query only adds")
        items = item if isinstance(item, (list, tuple)) else [item]
        if not all(isinstance(one, _QUERY_SCALARS) for one in items):
            raise ConfigurationError(f"extra_query: {key!r} must be a str, int, float or a list of them")
        if not all(_utf8(one) for one in (key, *items)):
            raise ConfigurationError(f"extra_query: {key!r} is not valid text (it contains a lone surrogate)")
        if not all(_has_text(one) for one in items):
            raise ConfigurationError(f"extra_query: {key!r} holds a number with no text to send (nan, inf, too long)")
        checked[key] = item
    return checked


class CallOptions:
    """The per-call options of a call that makes many requests (a crawl, a bulk run, a job
    wait), checked once, before its first request. Each request gets the same
    ``extra_headers``, ``extra_query`` and ``timeout``, and what remains of ``deadline``,
    which bounds them all together: its clock starts at the first request."""

    __slots__ = ("_end", "deadline", "extra_headers", "extra_query", "timeout", "what")

    def __init__(
        self,
        what: str = "",
        *,
        extra_headers: object = None,
        extra_query: object = None,
        timeout: object = None,
        deadline: object = None,
    ) -> None:
        self.what = what
        # Checked as each request will check them, less what only the request knows (the
        # headers and parameters it sets itself).
        self.extra_headers = headers(extra_headers, name="extra_headers") if extra_headers is not None else None
        self.extra_query = query(extra_query, taken=httpx.QueryParams()) if extra_query is not None else None
        self.timeout = _timeout(timeout) if timeout is not None else None
        self.deadline = seconds(deadline, "deadline") if deadline is not None else None
        self._end: float | None = None

    def per_request(self) -> dict[str, Any]:
        """The options of the next request; ``APITimeoutError`` (nothing sent) once the deadline has passed."""
        remaining = None
        if self.deadline is not None:
            now = time.monotonic()
            if self._end is None:
                self._end = now + self.deadline
            remaining = self._end - now
            if remaining <= 0:
                raise APITimeoutError(f"{self.what}: not sent: the deadline of {self.deadline:g}s has passed")
        return {
            "extra_headers": self.extra_headers,
            "extra_query": self.extra_query,
            "timeout": self.timeout,
            "deadline": remaining,
        }

    async def call(self, method: Callable[..., Awaitable[T]], /, **arguments: Any) -> T:
        """``method(**arguments)`` with this call's options; a request cut short by the deadline
        raises ``APITimeoutError`` naming the whole call's deadline."""
        options = self.per_request()
        try:
            return await method(**arguments, **options)
        except APITimeoutError as exc:
            if self._end is None or time.monotonic() < self._end:
                raise
            raise APITimeoutError(
                f"{self.what}: not finished within the deadline of {self.deadline:g}s ({exc})",
                request=exc.request,
                maybe_applied=exc.maybe_applied,
            ) from exc
