"""The async client that endpoint functions send their requests through."""

import copy
import ssl
from typing import Any, Self

import httpx

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
