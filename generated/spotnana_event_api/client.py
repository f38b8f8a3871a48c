"""The async client that endpoint functions send their requests through, and ``ApiRequest``:
one operation's request as data, the seam between the generated layer and the SDK.

Each endpoint module's ``_request`` builds an ``ApiRequest`` from the operation's arguments
(checked, path parameters encoded); its ``asyncio_detailed`` and the SDK's facade both send
it through ``ApiRequest.build``, so the two paths cannot diverge.
"""

from __future__ import annotations

import copy
import ssl
from collections.abc import Mapping
from typing import Any, Self

import httpx

from .types import encode_json, path_segment

# Never unbounded: a stuck connection must not hang a caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def _bounded_timeout(timeout: httpx.Timeout | float) -> httpx.Timeout:
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ValueError(f"every timeout must be bounded, got {timeout!r}")
    return timeout


class Client:
    """Holds the ``httpx.AsyncClient`` used by the endpoint functions.

    Keyword arguments: ``base_url``, ``cookies``, ``headers``, ``timeout`` (bounded;
    default 60 s read, 5 s connect), ``verify_ssl``, ``follow_redirects`` and
    ``httpx_args`` (passed to ``httpx.AsyncClient``). ``raise_on_unexpected_status``
    makes undocumented status codes raise ``errors.UnexpectedStatus``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._timeout = _bounded_timeout(timeout)
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self._async_client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _evolve(self, **changes: Any) -> Self:
        clone = copy.copy(self)
        for name, value in changes.items():
            setattr(clone, name, value)
        return clone

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client matching this one with additional headers."""
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(_headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies."""
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(_cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A new client matching this one with a new (bounded) timeout."""
        bounded = _bounded_timeout(timeout)
        if self._async_client is not None:
            self._async_client.timeout = bounded
        return self._evolve(_timeout=bounded)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient`` (its settings replace this object's); its timeout must be bounded."""
        _bounded_timeout(async_client.timeout)
        self._async_client = async_client
        return self

    def _build_async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self._base_url,
            cookies=self._cookies,
            headers=self._headers,
            timeout=self._timeout,
            verify=self._verify_ssl,
            follow_redirects=self._follow_redirects,
            **self._httpx_args,
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        if self._async_client is None:
            self._async_client = self._build_async_client()
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


class AuthenticatedClient(Client):
    """A ``Client`` that sends ``Authorization: <prefix> <token>`` on every request."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **kwargs: Any,
    ) -> None:
        super().__init__(base_url, **kwargs)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _build_async_client(self) -> httpx.AsyncClient:
        client = super()._build_async_client()
        client.headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return client


class ApiRequest:
    """What to send for one call of an operation.

    ``method`` and ``path`` (the spec's template, ``/v2/events/{event_id}``) come from the
    spec; ``path_params`` holds the arguments the template's names take (``url`` is the
    path with them percent-encoded); ``query`` the query parameters that were set;
    ``body`` the body argument (``None`` without a body) and ``json`` the JSON it sends
    (or ``content``, ``data``, ``files`` for other media types), as httpx takes them.

    The per-call options (``extra_headers``, ``extra_query``, ``timeout``, ``deadline``,
    ``if_exists``) are the caller's, as given: the SDK checks them when it builds the HTTP
    request.
    """

    __slots__ = (
        "body",
        "content",
        "cookies",
        "data",
        "deadline",
        "extra_headers",
        "extra_query",
        "files",
        "headers",
        "if_exists",
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
        self.cookies: dict[str, str] = {}
        self.body = body
        self.json = json
        self.content: Any = None
        self.data: Any = None
        self.files: Any = None
        self.extra_headers: Mapping[str, str] | None = None
        self.extra_query: Mapping[str, Any] | None = None
        self.timeout: float | httpx.Timeout | None = None
        self.deadline: float | None = None
        self.if_exists: str = "error"

    def with_options(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        if_exists: str = "error",
    ) -> ApiRequest:
        """This request with the caller's per-call options attached (``None``: the client's);
        ``if_exists`` for an operation whose table row names an ``exists`` error code."""
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.timeout = timeout
        self.deadline = deadline
        self.if_exists = if_exists
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
        URL), ``params`` and ``headers`` replace the request's own when given (empty ``params``:
        the query is in ``url``); ``options`` go to ``httpx.AsyncClient.build_request``
        (``timeout``, ``extensions``)."""
        content, headers = self.content, self.headers if headers is None else headers
        if self.json is not None:  # encoded here rather than by httpx: orjson when installed
            content = encode_json(self.json)
            if not any(name.lower() == "content-type" for name in headers):
                headers = {**headers, "Content-Type": "application/json"}
        return http.build_request(
            self.method,
            self.url if url is None else url,
            # None rather than empty: httpx parses the whole URL again to merge any params.
            params=self.query if params is None else (params or None),
            content=content,
            data=self.data,
            files=self.files,
            cookies=self.cookies or None,
            headers=headers,
            **options,
        )

    def __repr__(self) -> str:
        # Never the body or header values: they may hold personal data or secrets.
        return f"ApiRequest({self.method} {self.url})"
