"""spotnana-events: async Python SDK for the Spotnana Event API v2.

    async with AsyncSpotnana() as sp:
        event = await sp.events.get(event_id)

The generated low-level layer is ``spotnana_event_api``; this package is the
hand-written layer on top of it.
"""

from spotnana_event_api._spec import SPEC_SHA256
from spotnana_event_api.errors import RequestValidationError, UnsetFieldError
from spotnana_event_api.facade import RawResponse
from spotnana_event_api.types import UNSET, UnknownVariant, Unset

from ._auth import BearerToken, ClientCredentials, TokenExchange, TokenRequestError
from ._bulk import BulkChunkError, BulkItem, BulkPartialFailure, BulkResult, UnprocessedChunk
from ._client import DEFAULT_TIMEOUT, MOCK_BASE_URL, SANDBOX_BASE_URL, AsyncSpotnana
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
from ._jobs import FailedJobItem, InvalidJobToken, JobHandle, JobTimeoutError, failed_job_items
from ._pagination import AsyncPaginator, OffsetPage, PaginationError
from ._retry import DEFAULT_MAX_RETRIES, set_testing
from ._token_cache import InProcessTokenCache, TokenCache
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MOCK_BASE_URL",
    "SANDBOX_BASE_URL",
    "SPEC_SHA256",
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AsyncSpotnana",
    "AuthenticationError",
    "BadRequestError",
    "BearerToken",
    "BulkChunkError",
    "BulkItem",
    "BulkPartialFailure",
    "BulkResult",
    "ClientCredentials",
    "ConfigurationError",
    "ConflictError",
    "FailedJobItem",
    "InProcessTokenCache",
    "InternalServerError",
    "InvalidJobToken",
    "JobHandle",
    "JobTimeoutError",
    "NotFoundError",
    "OffsetPage",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "SpotnanaError",
    "TokenCache",
    "TokenExchange",
    "TokenRequestError",
    "UnknownVariant",
    "UnprocessableEntityError",
    "UnprocessedChunk",
    "Unset",
    "UnsetFieldError",
    "__version__",
    "failed_job_items",
    "set_testing",
]
