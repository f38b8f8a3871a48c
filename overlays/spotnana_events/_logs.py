"""The SDK's logger, ``spotnana_events``, and the lines it writes.

As httpx does: the logger has a ``NullHandler``, so an app that has not configured
logging sees nothing. ``SPOTNANA_LOG=debug`` (or ``info``/``warning``/``error``) is the
quick switch: it sets our logger's level (only ours) and gives it a stderr handler that
writes only while no other handler would get the line, so a line is never printed twice:
once the app configures logging, our lines go to the app's handlers alone.

Lines carry method, path as sent (with ids), status, attempt, timing and the server's
debug identifier: never headers, query strings or bodies, so no token or secret can
reach a log line.
"""

from __future__ import annotations

import logging
import os

import httpx

from ._retry import failed_request

__all__ = [
    "attempt_line",
    "completed_line",
    "log_attempt",
    "log_completed",
    "log_token_attempt",
    "logger",
    "setup_logging_from_env",
]

logger = logging.getLogger("spotnana_events")
logger.addHandler(logging.NullHandler())

_LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR"}


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler SPOTNANA_LOG adds (a type of its own, so it is added once)."""

    def emit(self, record: logging.LogRecord) -> None:
        if not _handled_elsewhere():
            super().emit(record)


def _handled_elsewhere() -> bool:
    """Whether a line of our logger reaches a handler the app configured."""
    current: logging.Logger | None = logger
    while current is not None:
        if any(not isinstance(h, logging.NullHandler | _EnvHandler) for h in current.handlers):
            return True
        current = current.parent if current.propagate else None
    return False


def setup_logging_from_env() -> None:
    level = os.environ.get("SPOTNANA_LOG", "").strip().upper()
    if level not in _LEVELS:
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def _path(request: httpx.Request) -> str:
    # The path as sent, ids included (percent-encoded as on the wire); the query is left out.
    return request.url.raw_path.decode("ascii", "replace").partition("?")[0]


def debug_identifier(response: httpx.Response | None) -> str | None:
    """The ``debugIdentifier`` of an error body, which Spotnana support asks for."""
    if response is None or response.is_success:
        return None
    from spotnana_event_api.facade import debug_identifier as of_body  # where the rule lives

    from ._auth import hide_secrets  # deferred: _auth imports this module
    from ._errors import bounded

    found = of_body(response)
    if not found:
        return None
    # Server text in a log line: without the request's header values (a gateway may quote the
    # token), control characters escaped (a newline would forge a line of its own), and bounded
    # as an exception quotes it.
    shown = hide_secrets(found, response.request)
    return bounded(shown if shown.isprintable() else repr(shown)[1:-1], 100)


def _outcome(request: httpx.Request, response: httpx.Response | None, error: BaseException | None) -> str:
    if response is None:
        failed = failed_request(error) if isinstance(error, httpx.RequestError) else None
        if failed is not None and failed is not request:
            # The auth flow's token request failed: the API request itself never went out.
            return f"{type(error).__name__} on the token request {failed.method} {_path(failed)}"
        return type(error).__name__
    debug_id = debug_identifier(response)
    return f"{response.status_code} (debugIdentifier {debug_id})" if debug_id else str(response.status_code)


def attempt_line(
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    attempt: int,
    elapsed_ms: float,
) -> str:
    """Debug: one attempt (``GET /v2/events/42 -> 404 (debugIdentifier x) (attempt 1, 3 ms)``)."""
    outcome = _outcome(request, response, error)
    return f"{request.method} {_path(request)} -> {outcome} (attempt {attempt}, {elapsed_ms:.0f} ms)"


def completed_line(
    operation_id: str,
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    *,
    attempts: int,
    elapsed_ms: float,
) -> str:
    """Info: one completed call, whatever its attempts (``getEvent GET /v2/events/42 -> 200 in 12 ms``)."""
    tries = f", {attempts} attempts" if attempts > 1 else ""
    return (
        f"{operation_id} {request.method} {_path(request)} -> {_outcome(request, response, error)} "
        f"in {elapsed_ms:.0f} ms{tries}"
    )


def log_attempt(
    request: httpx.Request, response: httpx.Response | None, error: BaseException | None, attempt: int, ms: float
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s", attempt_line(request, response, error, attempt, ms))


def log_token_attempt(response: httpx.Response, attempt: int, elapsed_ms: float) -> None:
    """Debug: one answered token request (``token request POST /v2/auth/oauth2-token -> 200 (attempt 1, 4 ms)``).

    As every line: the path alone, never the form (client secret, subject token) or the answer
    (the access token). A token request that got no answer shows on its API call's line."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("token request %s", attempt_line(response.request, response, None, attempt, elapsed_ms))


def log_completed(
    operation_id: str,
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    *,
    attempts: int,
    ms: float,
) -> None:
    if logger.isEnabledFor(logging.INFO):
        logger.info("%s", completed_line(operation_id, request, response, error, attempts=attempts, elapsed_ms=ms))
