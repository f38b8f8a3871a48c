"""The SDK's exceptions: one base, connection/timeout errors, and one class per status."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import httpx
from spotnana_event_api.errors import SpotnanaError

from ._retry import classify

if TYPE_CHECKING:
    from spotnana_event_api.models import ErrorResponse

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SpotnanaError",
    "UnprocessableEntityError",
]


# Longest piece of server-sent text an exception message quotes; the whole body stays
# on the exception (``response``, ``body``).
MAX_QUOTED = 500


def bounded(text: str, limit: int = MAX_QUOTED) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [{len(text) - limit} more characters]"


class ConfigurationError(SpotnanaError, ValueError):
    """The client or a call was set up wrongly: missing credentials, an unbounded timeout,
    an ``extra_headers`` entry that would replace a header the SDK sets, ..."""


class APIConnectionError(SpotnanaError):
    """The request did not get a response: connection refused, reset, DNS, TLS...

    ``maybe_applied`` is true when the request may have reached the server before the
    connection failed (so a write may have happened).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None, maybe_applied: bool = False) -> None:
        super().__init__(message)
        self.request = request
        self.maybe_applied = maybe_applied


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIResponseValidationError(SpotnanaError):
    """A 2xx response whose body does not fit the spec's model."""

    status_code: int

    def __init__(self, response: httpx.Response, message: str) -> None:
        self.response = response
        self.status_code = response.status_code
        super().__init__(
            f"{response.request.method} {response.request.url.path} -> {response.status_code}: {bounded(message)}"
        )


class APIStatusError(SpotnanaError):
    """The API answered with a non-2xx status.

    ``body`` is the parsed ``ErrorResponse`` or None when the body is not one;
    ``debug_identifier``, ``error_messages`` and ``error_codes`` come from it. Branch on
    ``error_codes`` (``"DUPLICATE_EXTERNAL_ID" in error.error_codes``): the messages are for people.
    """

    status_code: int
    method: str
    path: str
    statuses: ClassVar[tuple[int, ...]] = ()

    def __init__(self, response: httpx.Response, *, body: ErrorResponse | None = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.method = response.request.method
        self.path = response.request.url.path
        self.debug_identifier: str | None = None
        self.error_messages: list[str] = []
        self.error_codes: list[str] = []
        if body is not None:
            self.debug_identifier = body.debug_identifier or None
            self.error_messages = [m.message for m in body.error_messages or [] if m.message]
            self.error_codes = _error_codes(body)
        super().__init__(self._describe())

    @property
    def request_id(self) -> str | None:
        """How the server names this request, for its support: the body's ``debugIdentifier``,
        else a request-id header (``spotnana_event_api.facade.REQUEST_ID_HEADERS``)."""
        from spotnana_event_api.facade import request_id_header

        return self.debug_identifier or request_id_header(self.response.headers)

    @property
    def maybe_applied(self) -> bool:
        """True when the server may have performed the request despite the error status."""
        return classify(self.response).maybe_applied

    def _describe(self) -> str:
        from ._auth import hide_secrets  # deferred: _auth imports this module

        text = f"{self.method} {self.path} -> {self.status_code} {type(self).__name__}"
        # The server's text may echo the request's headers (a gateway quoting what it refused):
        # the message never shows their values (the token); the answer stays on ``response``.
        if self.error_messages:
            text += f": {bounded(hide_secrets(self.error_messages[0], self.response.request))}"
        if self.debug_identifier:
            text += f" (debugIdentifier {bounded(hide_secrets(self.debug_identifier, self.response.request), 100)})"
        return text


class BadRequestError(APIStatusError):
    """400: the request is malformed or breaks a rule (the message names it)."""

    statuses: ClassVar[tuple[int, ...]] = (400,)


class AuthenticationError(APIStatusError):
    """401 on an API call after one token refresh, or a credential the token endpoint refused."""

    statuses: ClassVar[tuple[int, ...]] = (401,)


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (another company's event, say)."""

    statuses: ClassVar[tuple[int, ...]] = (403,)


class NotFoundError(APIStatusError):
    """404: no such event, job or traveler."""

    statuses: ClassVar[tuple[int, ...]] = (404,)


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""

    statuses: ClassVar[tuple[int, ...]] = (409,)


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""

    statuses: ClassVar[tuple[int, ...]] = (422,)


class RateLimitError(APIStatusError):
    """429 after the retries: the API is rate limiting this client."""

    statuses: ClassVar[tuple[int, ...]] = (429,)


class InternalServerError(APIStatusError):
    """Any 5xx."""


_CLASS_BY_STATUS: dict[int, type[APIStatusError]] = {
    status: cls for cls in APIStatusError.__subclasses__() for status in cls.statuses
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status."""
    if status_code >= 500:
        return InternalServerError
    return _CLASS_BY_STATUS.get(status_code, APIStatusError)


def _parse_error_body(response: httpx.Response) -> ErrorResponse | None:
    from spotnana_event_api.errors import ModelParseError
    from spotnana_event_api.models import ErrorResponse
    from spotnana_event_api.types import decode_json

    try:
        document = decode_json(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    try:
        body = ErrorResponse.from_dict(document)
        # Models parse lazily: read what the error reports now, so a malformed body
        # shows up here (as "not an ErrorResponse") rather than in the constructor.
        _ = body.debug_identifier
        _ = [item.message for item in body.error_messages or []]
    except (ModelParseError, RecursionError):
        return None
    return body


def _error_codes(body: ErrorResponse) -> list[str]:
    """The ``errorCode`` of each message that has one. A malformed code (not a string) is left
    out rather than costing the error its messages and debug identifier."""
    from spotnana_event_api.errors import ModelParseError

    codes: list[str] = []
    for message in body.error_messages or []:
        try:
            code = message.error_code
        except ModelParseError:
            continue
        if code:
            codes.append(code)
    return codes


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response, with its body parsed when it is an ErrorResponse."""
    return error_class_for(response.status_code)(response, body=_parse_error_body(response))
