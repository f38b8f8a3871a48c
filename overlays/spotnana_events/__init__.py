"""spotnana-events: async Python SDK for the Spotnana Event API v2.

    async with AsyncSpotnana() as sp:
        event = await sp.events.get(event_id)

The generated low-level layer is ``spotnana_event_api``; this package is the
hand-written layer on top of it.
"""

from spotnana_event_api.facade import RawResponse

from ._auth import BearerToken, ClientCredentials, TokenExchange
from ._client import DEFAULT_TIMEOUT, SANDBOX_BASE_URL, AsyncSpotnana
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SpotnanaError,
    UnprocessableEntityError,
)
from ._retry import DEFAULT_MAX_RETRIES, set_testing
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "SANDBOX_BASE_URL",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSpotnana",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "ClientCredentials",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "SpotnanaError",
    "TokenExchange",
    "UnprocessableEntityError",
    "__version__",
    "set_testing",
]
