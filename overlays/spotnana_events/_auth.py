"""Authentication as ``httpx.Auth`` flows: a static bearer token and the OAuth2 grants
of the Auth API's ``POST /v2/auth/oauth2-token``.

OAuth tokens are reused until shortly before they expire (monotonic clock), fetched
single-flight (one token request however many calls wait for it), and refreshed once
when the API answers 401.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING

import httpx

from . import _retry, _telemetry  # issue 18: + _telemetry (hooks)
from ._errors import AuthenticationError, status_error
from ._logs import logger
from ._urls import token_url_for

if TYPE_CHECKING:
    import asyncio

__all__ = ["TOKEN_PATH", "BearerToken", "ClientCredentials", "TokenExchange"]

TOKEN_PATH = "/v2/auth/oauth2-token"
TOKEN_ENDPOINT_RETRIES = 3
# Renew this long before expiry (at most a tenth of the token's lifetime).
REFRESH_MARGIN = 60.0


class BearerToken(httpx.Auth):
    """A static bearer token (``SPOTNANA_TOKEN``). A 401 is final: there is nothing to refresh."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("BearerToken needs a non-empty token")
        self._token = token

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
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError(f"{type(self).__name__} needs a client_id and a client_secret")
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock_: asyncio.Lock | None = None
        self.token_requests = 0  # how many times the token endpoint was called

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, client_secret=<redacted>)"

    def _form(self) -> dict[str, str]:
        return {"grant_type": self.grant_type, "client_id": self.client_id, "client_secret": self._client_secret}

    @property
    def _lock(self) -> asyncio.Lock:
        # Made on first use: importing asyncio is deferred until a request runs.
        if self._lock_ is None:
            import asyncio

            self._lock_ = asyncio.Lock()
        return self._lock_

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None
        self._expires_at = 0.0

    def _valid_token(self) -> str | None:
        return self._token if self._token is not None and self._clock() < self._expires_at else None

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        url = httpx.URL(self.token_url) if self.token_url else token_url_for(request, TOKEN_PATH)
        return httpx.Request("POST", url, data=self._form(), extensions={"timeout": request.extensions.get("timeout")})

    def _store(self, response: httpx.Response) -> str:
        try:
            document = json.loads(response.content)
            token = document["access_token"]
            lifetime = float(document.get("expires_in") or 3600)
        except (ValueError, KeyError, TypeError):
            raise AuthenticationError(response) from None
        if not isinstance(token, str) or not token:
            raise AuthenticationError(response)
        self._token = token
        self._expires_at = self._clock() + lifetime - min(REFRESH_MARGIN, lifetime / 10)
        return token

    def _token_failure(self, response: httpx.Response, attempt: int) -> float:
        """Raise for a failed token request, or return how long to wait before the next one."""
        if response.status_code != 429 and response.status_code < 500:
            # 400/401/403 from the token endpoint all mean the credential was refused.
            raise AuthenticationError(response, body=status_error(response).body)
        decision = _retry.decide(
            attempt=attempt, max_retries=TOKEN_ENDPOINT_RETRIES, idempotent=True, response=response
        )
        if not decision.retry:
            raise status_error(response)
        logger.warning("token endpoint answered %s; retrying in %.2fs", response.status_code, decision.delay)
        return decision.delay

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._valid_token()
        for api_attempt in range(2):
            if token is None:
                async with self._lock:
                    # Single flight: whoever waited for the lock finds the token fetched.
                    token = self._valid_token()
                    for fetch_attempt in range(TOKEN_ENDPOINT_RETRIES + 1):
                        if token is not None:
                            break
                        self.token_requests += 1
                        _telemetry.record_token_fetch(refresh=api_attempt > 0)  # issue 18: telemetry hook
                        token_response = yield self._token_request(request)
                        await token_response.aread()  # this flow overrides httpx's, which would read it
                        if token_response.is_success:
                            token = self._store(token_response)
                        else:
                            await _retry.sleep(self._token_failure(token_response, fetch_attempt))
            request.headers["Authorization"] = f"Bearer {token}"
            response = yield request
            if response.status_code != 401 or api_attempt == 1:
                return  # a second 401 goes back to the caller, which raises AuthenticationError
            logger.warning("%s %s answered 401; refreshing the token once", request.method, request.url.path)
            if self._token == token:  # unless another caller already replaced it
                self.invalidate()
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
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(client_id, client_secret, token_url=token_url, clock=clock)
        if not subject_token:
            raise ValueError("TokenExchange needs a subject_token")
        self._subject_token = subject_token
        self.subject_token_type = subject_token_type
        self.audience = audience
        self.scope = scope

    def _form(self) -> dict[str, str]:
        form = super()._form()
        form["subject_token"] = self._subject_token
        form["subject_token_type"] = self.subject_token_type
        if self.audience:
            form["audience"] = self.audience
        if self.scope:
            form["scope"] = self.scope
        return form
