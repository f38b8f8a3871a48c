"""spotnana-events: async Python SDK for the Spotnana Event API v2.

    async with AsyncSpotnana() as sp:
        event = await sp.events.get(event_id)

The generated low-level layer is ``spotnana_event_api``; this package is the
hand-written layer on top of it.
"""

import typing

from spotnana_event_api._spec import SPEC_SHA256
from spotnana_event_api.errors import RequestValidationError, UnsetFieldError
from spotnana_event_api.types import UNSET, UnknownVariant, Unset

from ._auth import BearerToken, ClientCredentials, TokenExchange, TokenRequestError
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
from ._retry import DEFAULT_MAX_RETRIES, set_testing
from ._token_cache import InProcessTokenCache, TokenCache
from ._version import __version__

if typing.TYPE_CHECKING:
    from spotnana_event_api.facade import RawResponse

    from ._bulk import BulkChunkError, BulkItem, BulkPartialFailure, BulkResult, UnprocessedChunk
    from ._jobs import FailedJobItem, InvalidJobToken, JobHandle, JobTimeoutError, failed_job_items
    from ._pagination import AsyncPaginator, OffsetPage, PaginationError

# Loaded on first use (issue 27: `import spotnana_events` stays cheap): bulk runs, job
# handles and paginators come with the generated facade, which the client's first
# construction loads anyway.
_LAZY = {
    "RawResponse": "spotnana_event_api.facade",
    **dict.fromkeys(["BulkChunkError", "BulkItem", "BulkPartialFailure", "BulkResult", "UnprocessedChunk"], "._bulk"),
    **dict.fromkeys(["FailedJobItem", "InvalidJobToken", "JobHandle", "JobTimeoutError", "failed_job_items"], "._jobs"),
    **dict.fromkeys(["AsyncPaginator", "OffsetPage", "PaginationError"], "._pagination"),
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups are plain ones
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
