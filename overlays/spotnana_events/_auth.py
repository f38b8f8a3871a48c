"""Authentication as ``httpx.Auth`` flows: a static bearer token and the OAuth2 grants
of the Auth API's ``POST /v2/auth/oauth2-token``.

OAuth tokens are kept in a ``TokenCache`` (in-process by default; ``spotnana_events.fleet``
shares one through Redis), reused until shortly before they expire, fetched single-flight
(one token request however many calls wait for it), and refreshed once when the API
answers 401.

Where a token may go: the cache key includes the API base the token was fetched for
(scheme, host, port and path prefix of the request, see ``api_base``), so a token fetched
for one API base, or from one token URL, is never attached to a request for another.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx
from spotnana_event_api import spec_facts

from . import _retry, _telemetry, _urls  # _telemetry: issue 18 hooks
from ._errors import APIConnectionError, AuthenticationError, ConfigurationError, status_error
from ._logs import log_token_attempt, logger
from ._token_cache import InProcessTokenCache, TokenCache

__all__ = [
    "TOKEN_PATH",
    "BearerToken",
    "ClientCredentials",
    "TokenExchange",
    "TokenRequestError",
    "api_base",
    "clean_token",
    "token_url_for",
]

TOKEN_PATH = "/v2/auth/oauth2-token"
# Every operation path starts with API_PATH_ROOT; what precedes it in a request URL is the base's prefix.
API_PATH_ROOT = spec_facts.API_PATH_ROOT.encode()
TOKEN_ENDPOINT_RETRIES = 3
# Renew this long before expiry (at most a tenth of the token's lifetime).
REFRESH_MARGIN = 60.0


class TokenRequestError(APIConnectionError):
    """The token request failed, so the API call was never sent (``maybe_applied`` is False).

    ``status_code`` and ``response`` are the token endpoint's (None when the answer was unusable
    for another reason, such as a malformed token).
    """

    def __init__(self, message: str, *, request: httpx.Request, response: httpx.Response | None = None) -> None:
        super().__init__(message, request=request, maybe_applied=False)
        self.response = response
        self.status_code: int | None = response.status_code if response is not None else None


def clean_token(value: str, what: str) -> str:
    """``value`` without surrounding whitespace; a ``ConfigurationError`` (not naming the value)
    when it is empty or holds control characters, which would be an illegal header value."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a str, got {type(value).__name__}")
    token = value.strip()
    if not token:
        raise ConfigurationError(f"{what} is empty")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in token):
        raise ConfigurationError(f"{what} contains control characters (value not shown)")
    return token


def token_url_for(base_url: httpx.URL) -> httpx.URL:
    """The token endpoint under an API base URL, its path prefix kept and its query dropped:
    ``https://gw.example/spotnana`` -> ``https://gw.example/spotnana/v2/auth/oauth2-token``
    (the rule itself lives in ``_urls.token_url``)."""
    return _urls.token_url(base_url, TOKEN_PATH)


def api_base(request: httpx.Request) -> httpx.URL:
    """The API base a request was built from: the client's base URL, which it attaches to every
    request; for a request built elsewhere, everything before the operation's ``/v2/``."""
    base = request.extensions.get(_urls.BASE_URL_EXTENSION)
    if isinstance(base, httpx.URL):
        return base.copy_with(query=None, fragment=None)
    path = request.url.raw_path.split(b"?", 1)[0]
    # The last occurrence: ids are percent-encoded, so "/v2/" in a path is the prefix's or the operation's.
    cut = path.rfind(API_PATH_ROOT)
    return request.url.copy_with(raw_path=path[:cut] if cut > 0 else b"/", fragment=None)


class BearerToken(httpx.Auth):
    """A static bearer token (``SPOTNANA_TOKEN``). A 401 is final: there is nothing to refresh.

    Surrounding whitespace is stripped (``open("token").read()`` ends with a newline).
    """

    def __init__(self, token: str) -> None:
        self._token = clean_token(token, "BearerToken's token")

    def __repr__(self) -> str:
        return "BearerToken(token=<redacted>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send the token with every request."""
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class _OAuthGrant(httpx.Auth):
    """Shared machinery of the token grants; subclasses supply the form fields."""

    grant_type: str

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str | None = None,
        cache: TokenCache | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError(f"{type(self).__name__} needs a client_id and a client_secret")
        if cache is not None and not isinstance(cache, TokenCache):
            raise ConfigurationError(f"cache must be a TokenCache, got {type(cache).__name__}")
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self.cache: TokenCache = cache if cache is not None else InProcessTokenCache(clock=clock)
        self.token_requests: int = 0  # how many times this process called the token endpoint

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, client_secret=<redacted>)"

    def _form(self) -> dict[str, str]:
        return {"grant_type": self.grant_type, "client_id": self.client_id, "client_secret": self._client_secret}

    def _identity(self) -> tuple[str, ...]:
        """What makes two tokens interchangeable, besides where they are fetched and used."""
        return (self.grant_type, self.client_id)

    def cache_key(self, token_url: httpx.URL, base: httpx.URL) -> str:
        """A hash of the token's identity: raw client ids and subjects stay out of shared caches."""
        parts = (str(token_url), str(base), *self._identity())
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]

    def _token_request(self, token_url: httpx.URL, request: httpx.Request) -> httpx.Request:
        return httpx.Request(
            "POST", token_url, data=self._form(), extensions={"timeout": request.extensions.get("timeout")}
        )

    def _issued(self, response: httpx.Response) -> tuple[str, float]:
        """The token and how long to keep it (its lifetime less the refresh margin)."""
        try:
            document = json.loads(response.content)
            token = document["access_token"]
            lifetime = float(document.get("expires_in") or 3600)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise AuthenticationError(response) from None
        if not isinstance(token, str):
            raise AuthenticationError(response)
        try:
            token = clean_token(token, "the access token the token endpoint issued")
        except ConfigurationError as exc:
            raise TokenRequestError(
                f"token request failed: {exc}", request=response.request, response=response
            ) from None
        if not 0 < lifetime < float("inf"):
            lifetime = 3600.0
        return token, lifetime - min(REFRESH_MARGIN, lifetime / 10)

    def _token_failure(self, response: httpx.Response, attempt: int) -> float:
        """Raise for a failed token request, or return how long to wait before the next one."""
        if response.status_code != 429 and response.status_code < 500:
            # 400/401/403 from the token endpoint all mean the credential was refused.
            raise AuthenticationError(response, body=status_error(response).body)
        decision = _retry.decide(
            attempt=attempt, max_retries=TOKEN_ENDPOINT_RETRIES, resend_maybe_applied=True, response=response
        )
        if not decision.retry:
            raise TokenRequestError(
                f"token request failed: POST {response.request.url.path} -> {response.status_code} "
                f"after {attempt + 1} attempts; the API call was not sent",
                request=response.request,
                response=response,
            )
        logger.warning("token endpoint answered %s; retrying in %.2fs", response.status_code, decision.delay)
        return decision.delay

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        base = api_base(request)
        token_url = httpx.URL(self.token_url) if self.token_url else token_url_for(base)
        key = self.cache_key(token_url, base)
        token = await self.cache.get(key)
        for api_attempt in range(2):
            if token is None:
                async with self.cache.fetching(key) as found:
                    # Single flight: whoever waited finds the token fetched.
                    token = found
                    fetch_attempt = 0
                    while token is None:
                        self.token_requests += 1
                        _telemetry.record_token_fetch(refresh=api_attempt > 0)  # issue 18: telemetry hook
                        token_response = yield self._token_request(token_url, request)
                        await token_response.aread()  # this flow overrides httpx's, which would read it
                        log_token_attempt(token_response, fetch_attempt + 1)
                        if token_response.is_success:
                            token, ttl = self._issued(token_response)
                            await self.cache.put(key, token, ttl)
                        else:
                            await _retry.sleep(self._token_failure(token_response, fetch_attempt))
                            fetch_attempt += 1
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401 or api_attempt == 1:
                return  # a second 401 goes back to the caller, which raises AuthenticationError
            logger.warning("%s %s answered 401; refreshing the token once", request.method, request.url.path)
            await self.cache.invalidate(key, token)  # unless another caller already replaced it
            token = None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError(f"{type(self).__name__} works with httpx.AsyncClient only")
        yield request  # pragma: no cover


class ClientCredentials(_OAuthGrant):
    """OAuth2 client credentials (``SPOTNANA_CLIENT_ID`` / ``SPOTNANA_CLIENT_SECRET``)."""

    grant_type = "client_credentials"


class TokenExchange(_OAuthGrant):
    """OAuth2 token exchange (RFC 8693): trade a subject token for an API token."""

    grant_type = "urn:ietf:params:oauth:grant-type:token-exchange"

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        subject_token: str,
        subject_token_type: str = "urn:ietf:params:oauth:token-type:access_token",
        audience: str | None = None,
        scope: str | None = None,
        token_url: str | None = None,
        cache: TokenCache | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(client_id, client_secret, token_url=token_url, cache=cache, clock=clock)
        if not subject_token:
            raise ValueError("TokenExchange needs a subject_token")
        self._subject_token = subject_token
        self.subject_token_type = subject_token_type
        self.audience = audience
        self.scope = scope

    def _identity(self) -> tuple[str, ...]:
        # The subject enters the key only through a hash of a hash: never stored, never reversible.
        subject = hashlib.sha256(self._subject_token.encode()).hexdigest()
        return (*super()._identity(), subject, self.subject_token_type, self.audience or "", self.scope or "")

    def _form(self) -> dict[str, str]:
        form = super()._form()
        form["subject_token"] = self._subject_token
        form["subject_token_type"] = self.subject_token_type
        if self.audience:
            form["audience"] = self.audience
        if self.scope:
            form["scope"] = self.scope
        return form
