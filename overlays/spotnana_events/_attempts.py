"""One call's attempts: send, classify the failure, reconcile, retry or raise.

``AsyncSpotnana._execute`` builds the request and keeps the deadline; this module runs
the attempt loop (``run``) and the reconciliation step (``reconcile``) and turns the last
failure into the SDK's typed error (``final_error``).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import httpx
from spotnana_event_api.facade import RECONCILED_EXTENSION

from . import _options, _retry, _telemetry
from ._auth import TokenRequestError, hide_secrets, shown_request
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    SpotnanaError,
    bounded,
    status_error,
)
from ._logs import log_attempt, log_completed, logger
from ._reconcile import CANNOT_TELL, NEEDS, NOT_DONE, RECONCILERS, Reconciler

if TYPE_CHECKING:
    from spotnana_event_api.client import ApiRequest
    from spotnana_event_api.facade import EventsResource, Operation

T = TypeVar("T")

SendOnce = Callable[[httpx.Request, "Call"], Awaitable[tuple[httpx.Response | None, httpx.RequestError | None]]]


class Call:
    """One call's progress, for what its deadline error reports."""

    __slots__ = ("applied_before", "end", "in_flight")

    def __init__(self, deadline: float | None) -> None:
        self.end = None if deadline is None else time.monotonic() + deadline
        self.in_flight = False
        self.applied_before = False

    @property
    def maybe_applied(self) -> bool:
        return self.applied_before or self.in_flight

    def sending(self, in_flight: bool) -> None:
        """The auth flow's word: the API request goes out (True), or a 401 answered it (False)."""
        self.in_flight = in_flight

    def leaves_time_for(self, delay: float) -> bool:
        return self.end is None or time.monotonic() + delay < self.end


async def run(
    operation: Operation,
    request: ApiRequest,
    http_request: httpx.Request,
    parse: Callable[[httpx.Response], T],
    call: Call,
    *,
    max_retries: int,
    send_once: SendOnce,
    events: EventsResource,
) -> T:
    """Attempts until one succeeds, the retry rules stop, or reconciliation finds the first one
    went through (or, with ``if_exists="return"``, what exists already)."""
    # A reconciler makes a write that may have been applied safe to send again: it checks first.
    reconciler = RECONCILERS[operation.reconcile] if operation.reconcile else None
    find_existing = existing_finder(operation, request)
    resend_maybe_applied = operation.idempotent or reconciler is not None
    call_started = time.monotonic()
    for attempt in range(max_retries + 1):
        started = time.monotonic()
        response, error = await send_once(http_request, call)
        call.in_flight = False
        log_attempt(http_request, response, error, attempt + 1, (time.monotonic() - started) * 1000)
        if response is not None and response.is_success:
            log_completed(operation.operation_id, http_request, response, error, attempts=attempt + 1,
                          ms=(time.monotonic() - call_started) * 1000)  # fmt: skip
            return parsed(parse, response)
        decision = _retry.decide(
            attempt=attempt,
            max_retries=max_retries,
            resend_maybe_applied=resend_maybe_applied,
            response=response,
            error=error,
            sent=http_request,
        )
        call.applied_before = call.applied_before or decision.maybe_applied
        if decision.maybe_applied and reconciler is not None and not operation.idempotent:
            found = await reconcile(reconciler, events, request, http_request, response=response, error=error)
            if found is CANNOT_TELL:
                decision = decision._replace(retry=False, reason=f"{decision.reason}; cannot tell whether it was done")
            elif found is not NOT_DONE:
                logger.warning("%s %s: the first attempt went through; not sent again", operation.operation_id,
                               decision.reason)  # fmt: skip
                return parsed(parse, answer_of_first_attempt(http_request, found))
        if decision.retry and not call.leaves_time_for(decision.delay):
            decision = decision._replace(retry=False, reason=f"{decision.reason}; the deadline leaves no time")
        if not decision.retry:
            failure = final_error(http_request, response, error, maybe_applied=decision.maybe_applied)
            # "It exists" after an earlier attempt that may have been applied: most likely that
            # attempt's (the lookup before resending missed it, a replica behind), found as then.
            finder = find_existing or (reconciler if call.applied_before else None)
            if finder is not None and _exists_already(operation, failure):
                found = await reconcile(finder, events, request, http_request, response=response, error=error)
                if found is not NOT_DONE and found is not CANNOT_TELL:
                    logger.info("%s: %s; answering the one that exists", operation.operation_id, operation.exists)
                    return parsed(parse, answer_of_first_attempt(http_request, found))
                asked = "if_exists='return'" if find_existing is not None else "an earlier attempt may have applied"
                failure.add_note(f"{asked}: {operation.reconcile} found nothing to return")
            log_completed(operation.operation_id, http_request, response, error, attempts=attempt + 1,
                          ms=(time.monotonic() - call_started) * 1000)  # fmt: skip
            raise failure
        logger.warning(
            "%s %s: retrying in %.2fs (%s, attempt %d of %d)",
            http_request.method, operation.path, decision.delay, decision.reason, attempt + 2, max_retries + 1,
        )  # fmt: skip
        _telemetry.record_retry(decision.reason, decision.delay)
        await _retry.sleep(decision.delay)
    raise AssertionError("unreachable: the last attempt always returns or raises")  # pragma: no cover


async def reconcile(
    reconciler: Callable[[EventsResource, ApiRequest], Awaitable[object]],
    events: EventsResource,
    request: ApiRequest,
    http_request: httpx.Request,
    *,
    response: httpx.Response | None,
    error: Exception | None,
) -> object:
    """Ask whether the attempt that may have been applied was: its answer, ``NOT_DONE`` or ``CANNOT_TELL``.

    A failed lookup ends the call with the attempt's own error (the lookup's as a note)."""
    try:
        return await reconciler(events, request)
    except SpotnanaError as lookup_error:
        failure = final_error(http_request, response, error, maybe_applied=True)
        failure.add_note(f"checking whether it was done failed: {type(lookup_error).__name__}")
        raise failure from lookup_error


def existing_finder(operation: Operation, request: ApiRequest) -> Reconciler | None:
    """The reconciler that finds what exists when the call asks ``if_exists="return"`` (None
    otherwise); a ``ConfigurationError`` before anything is sent when the request lacks what
    it reads."""
    if _options.if_exists(request.if_exists) == "error":
        return None
    if operation.exists is None or operation.reconcile is None:  # the facade offers it only where the table does
        raise ConfigurationError(f"if_exists: {operation.operation_id} has no way to find what exists")
    read, needed = NEEDS[operation.reconcile]
    if read(request) is None:
        raise ConfigurationError(f"if_exists='return' needs {needed}")
    return RECONCILERS[operation.reconcile]


def _exists_already(operation: Operation, failure: Exception) -> bool:
    return isinstance(failure, APIStatusError) and operation.exists in failure.error_codes


def answer_of_first_attempt(request: httpx.Request, document: object) -> httpx.Response:
    # The reconciler found what the first attempt (or an earlier call) made: answer as the
    # operation would have, so plain and raw-response callers get their usual types.
    return httpx.Response(200, json=document, request=request, extensions={RECONCILED_EXTENSION: True})


def parsed(parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    from spotnana_event_api.errors import ModelParseError

    try:
        return parse(response)
    except (ModelParseError, json.JSONDecodeError, UnicodeDecodeError, TypeError, KeyError) as exc:
        # TypeError/KeyError: server data the parser did not expect; never a bare error.
        raise APIResponseValidationError(response, str(exc)) from exc
    except RecursionError:
        raise APIResponseValidationError(response, "the body is nested too deeply to parse") from None


def parsed_strictly(parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    """``parse(response)`` for a client with ``strict_responses``: a value not exactly of the
    spec's type is refused rather than read as it (``types.strict_reads``), and the answer
    is read whole now, while that holds (a lazy field read later would be read tolerantly)."""
    from spotnana_event_api.facade import RawResponse
    from spotnana_event_api.types import read_fully, strict_reads

    with strict_reads():
        result = parse(response)
        read_fully(result.parsed if isinstance(result, RawResponse) else result)
    return result


# Quoted literals in protocol errors: h11 quotes the offending bytes (a header value).
_QUOTED = re.compile(r"""b?'(?:[^'\\]|\\.)*'|b?"(?:[^"\\]|\\.)*\"""")


def _scrubbed(error: BaseException, request: httpx.Request) -> str:
    """A transport error's message without header values (tokens) or form secrets in it."""
    text = hide_secrets(str(error), request)
    if isinstance(error, httpx.ProtocolError):
        text = _QUOTED.sub("<value not shown>", text)
    return bounded(text)


def failed_after_sending(request: httpx.Request, error: Exception) -> APIConnectionError:
    """An exception other than httpx's, raised below the client after ``request`` went out (a
    transport wrapper, an instrumentation's span processor): the server may have performed it."""
    return APIConnectionError(
        f"{request.method} {request.url.path}: {type(error).__name__} after the request went out: "
        f"{_scrubbed(error, request)}",
        request=request,
        maybe_applied=True,
    )


def final_error(
    request: httpx.Request, response: httpx.Response | None, error: Exception | None, *, maybe_applied: bool
) -> Exception:
    """The typed error a call raises for its last failed attempt."""
    if response is not None:
        return status_error(response)
    assert error is not None
    token_request = _retry.failed_request(error) if isinstance(error, httpx.RequestError) else None
    if token_request is not None and token_request is not request:
        # It failed on the way to a token: the API request never went out.
        return TokenRequestError(
            f"token request failed: POST {token_request.url.path}: {type(error).__name__}: "
            f"{_scrubbed(error, token_request)}; the API call was not sent",
            request=shown_request(token_request),
        )
    where = f"{request.method} {request.url.path}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{where}: timed out ({type(error).__name__})", request=request, maybe_applied=maybe_applied
        )
    return APIConnectionError(
        f"{where}: {type(error).__name__}: {_scrubbed(error, request)}", request=request, maybe_applied=maybe_applied
    )
