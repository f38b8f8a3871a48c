"""``ApiRequest``: one operation's request as data, the seam between the generated layer and the SDK.

Each endpoint module's ``_request`` builds one from the operation's arguments (checked,
path parameters encoded); its ``asyncio_detailed`` and the SDK's facade both send it through
``build``, so the two paths cannot diverge.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .types import path_segment

__all__ = ["ApiRequest"]


class ApiRequest:
    """What to send for one call of an operation.

    ``method`` and ``path`` (the spec's template, ``/v2/events/{event_id}``) come from the
    spec; ``path_params`` holds the arguments the template's names take (``url`` is the
    path with them percent-encoded); ``query`` the query parameters that were set;
    ``body`` the body model (``None`` without a body) and ``json`` the JSON it sends.

    The per-call options (``extra_headers``, ``extra_query``, ``timeout``, ``deadline``)
    are the caller's, as given: the SDK checks them when it builds the HTTP request.
    """

    __slots__ = (
        "body",
        "deadline",
        "extra_headers",
        "extra_query",
        "headers",
        "json",
        "method",
        "path",
        "path_params",
        "query",
        "timeout",
        "url",
    )

    def __init__(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        json: Any = None,
    ) -> None:
        self.method = method
        self.path = path
        self.path_params = dict(path_params or {})
        self.url = path.format(**{name: path_segment(name, value) for name, value in self.path_params.items()})
        self.query = dict(query or {})
        self.headers = dict(headers or {})
        self.body = body
        self.json = json
        self.extra_headers: Mapping[str, str] | None = None
        self.extra_query: Mapping[str, Any] | None = None
        self.timeout: float | httpx.Timeout | None = None
        self.deadline: float | None = None

    def with_options(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> ApiRequest:
        """This request with the caller's per-call options attached (``None``: the client's)."""
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.timeout = timeout
        self.deadline = deadline
        return self

    def build(
        self,
        http: httpx.AsyncClient,
        *,
        url: httpx.URL | str | None = None,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        **options: Any,
    ) -> httpx.Request:
        """The ``httpx.Request``: ``url`` (default: ``self.url``, relative to the client's base
        URL), ``params`` and ``headers`` replace the request's own when given; ``options`` go
        to ``httpx.AsyncClient.build_request`` (``timeout``, ``extensions``)."""
        return http.build_request(
            self.method,
            self.url if url is None else url,
            params=self.query if params is None else params,
            json=self.json,
            headers=self.headers if headers is None else headers,
            **options,
        )

    def __repr__(self) -> str:
        # Never the body or header values: they may hold personal data or secrets.
        return f"ApiRequest({self.method} {self.url})"
