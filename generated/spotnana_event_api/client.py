"""The async client that endpoint functions send their requests through."""

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

# Never unbounded: a stuck connection must not hang a caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def _bounded_timeout(timeout: httpx.Timeout | float) -> httpx.Timeout:
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ValueError(f"every timeout must be bounded, got {timeout!r}")
    return timeout


@define
class Client:
    """Holds the ``httpx.AsyncClient`` used by the endpoint functions.

    Keyword arguments: ``base_url``, ``cookies``, ``headers``, ``timeout`` (bounded;
    default 60 s read, 5 s connect), ``verify_ssl``, ``follow_redirects`` and
    ``httpx_args`` (passed to ``httpx.AsyncClient``). ``raise_on_unexpected_status``
    makes undocumented status codes raise ``errors.UnexpectedStatus``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout", converter=_bounded_timeout)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client matching this one with additional headers."""
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client matching this one with additional cookies."""
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """A new client matching this one with a new (bounded) timeout."""
        timeout = _bounded_timeout(timeout)
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

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


@define(repr=False)
class AuthenticatedClient(Client):
    """A ``Client`` that sends ``Authorization: <prefix> <token>`` on every request."""

    token: str = field(kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def __repr__(self) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token=<redacted>)"

    def _build_async_client(self) -> httpx.AsyncClient:
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return super()._build_async_client()
