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

import functools
import hashlib
import json
import math
import time
import urllib.parse
from collections.abc import AsyncGenerator, Callable, Generator, Iterator

import httpx
from spotnana_event_api import spec_facts

from . import _retry, _telemetry, _urls  # _telemetry: issue 18 hooks
from ._errors import APIConnectionError, AuthenticationError, ConfigurationError, bounded, status_error
from ._logs import log_token_attempt, logger
from ._token_cache import InProcessTokenCache, TokenCache

__all__ = [
    "SENDING_EXTENSION",
    "TOKEN_PATH",
    "BearerToken",
    "ClientCredentials",
    "TokenExchange",
    "TokenRequestError",
    "api_base",
    "clean_token",
    "hide_secrets",
    "principal",
    "says_when_sent",
    "shown_request",
    "token_problem",
    "token_url_for",
]

TOKEN_PATH = "/v2/auth/oauth2-token"
# Every operation path starts with API_PATH_ROOT; what precedes it in a request URL is the base's prefix.
API_PATH_ROOT = spec_facts.API_PATH_ROOT.encode()
TOKEN_ENDPOINT_RETRIES = 3
# Renew this long before expiry (at most a tenth of the token's lifetime).
REFRESH_MARGIN = 60.0
# A token answer without ``expires_in`` is kept this long (RFC 6749 leaves it optional).
DEFAULT_TOKEN_LIFETIME = 3600.0
# However long ``expires_in`` says (int32 seconds reach 68 years), a token is kept at most this
# long: a token revoked without a 401 is not reused for ever, by this process or the fleet.
MAX_TOKEN_LIFETIME = 24 * 3600.0
# Longest access token accepted, wherever it comes from: far above real ones (a JWT with many
# claims is a few KB), and a bound on what one header line sends.
MAX_TOKEN_LENGTH = 16 * 1024
# The form fields of a token request that are secrets (scrubbed from anything shown).
SECRET_FORM_FIELDS = ("client_secret", "subject_token")
# In an API request's extensions, the client's ``callable(bool)``: flows that fetch tokens call
# it with True when the API request itself goes out and with False when a 401 answered it, so a
# deadline that ends during a token request knows the call was never sent (see ``says_when_sent``).
SENDING_EXTENSION = "spotnana_sending"


class TokenRequestError(APIConnectionError):
    """The token request failed, so the API call was never sent (``maybe_applied`` is False).

    ``status_code`` and ``response`` are the token endpoint's (None when the answer was unusable
    for another reason, such as a malformed token).
    """

    def __init__(self, message: str, *, request: httpx.Request, response: httpx.Response | None = None) -> None:
        super().__init__(message, request=request, maybe_applied=False)
        self.response = response
        self.status_code: int | None = response.status_code if response is not None else None


def token_problem(value: object) -> str | None:
    """What makes ``value`` unusable as a bearer token, never quoting it; None when usable.

    The one rule for a token, wherever it comes from: the caller, the token endpoint, or a
    shared cache (a value in Redis is data from outside, checked like the endpoint's answer)."""
    if not isinstance(value, str):
        return f"is not a string ({type(value).__name__})"
    if not value:
        return "is empty"
    if len(value) > MAX_TOKEN_LENGTH:
        return f"is longer than {MAX_TOKEN_LENGTH} characters"
    # Printable ASCII (0x20-0x7e): a control character would split or end the header line, and
    # httpx encodes header values as ASCII (anything else fails inside the request). The str
    # methods, not a regex: this runs on every call, on tokens of a few KB.
    if not (value.isascii() and value.isprintable()):
        return "contains control characters or characters outside ASCII (value not shown)"
    return None


def clean_token(value: str, what: str) -> str:
    """``value`` without surrounding whitespace; a ``ConfigurationError`` (not naming the value)
    when ``token_problem`` finds it unusable (empty, too long, an illegal header value)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a str, got {type(value).__name__}")
    token = value.strip()
    problem = token_problem(token)
    if problem is not None:
        raise ConfigurationError(f"{what} {problem}")
    return token


# Headers the HTTP stack sets, holding no credential: a server's text naming their values
# ("expected application/json") is shown as written.
_PUBLIC_HEADERS = frozenset(
    {"host", "accept", "accept-encoding", "connection", "content-type", "content-length", "user-agent"}
)


def _secret_values(request: httpx.Request) -> Iterator[str]:
    """What of ``request`` must never be shown: header values (and a credential without its
    scheme), and the secret fields of a token request's form."""
    for name, value in request.headers.items():
        if name.lower() in _PUBLIC_HEADERS:
            continue
        credential = value.partition(" ")[2] if name.lower() in {"authorization", "proxy-authorization"} else ""
        # Short values ("1", a test's token "t") are no secrets, and would garble the text.
        yield from (secret for secret in (value, credential) if len(secret) > 3)
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        try:
            form = urllib.parse.parse_qsl(request.content.decode("ascii"), keep_blank_values=True)
        except (UnicodeDecodeError, ValueError, httpx.RequestNotRead):
            return
        for name, value in form:
            if name in SECRET_FORM_FIELDS and value:
                yield value
                yield urllib.parse.quote_plus(value)  # echoed as sent
                yield json.dumps(value)[1:-1]  # echoed inside a JSON string


def hide_secrets(text: str, request: httpx.Request) -> str:
    """``text`` (an error message, a server's answer) without ``request``'s secrets in it."""
    for value in sorted(set(_secret_values(request)), key=len, reverse=True):
        text = text.replace(value, "<not shown>")
    return text


def principal(auth: httpx.Auth) -> str:
    """Who ``auth`` calls as, to scope a request budget by (no secret in it): the OAuth client
    id; for a static token, a hash of the token; for another auth, its type."""
    if isinstance(auth, _OAuthGrant):
        return f"client-id:{auth.client_id}"
    if isinstance(auth, BearerToken):
        return f"token:{hashlib.sha256(auth._token.encode()).hexdigest()[:32]}"
    return f"auth:{type(auth).__module__}.{type(auth).__qualname__}"


def says_when_sent(auth: httpx.Auth) -> bool:
    """Whether ``auth`` calls the ``SENDING_EXTENSION`` hook (the SDK's OAuth flows do)."""
    return isinstance(auth, _OAuthGrant)


def _say_sending(request: httpx.Request, sending: bool) -> None:
    hook = request.extensions.get(SENDING_EXTENSION)
    if callable(hook):
        hook(sending)


@functools.lru_cache(maxsize=64)
def _credential_fingerprint(client_id: str, client_secret: str) -> str:
    """A slow, salted hash of the credential for token cache keys (once per credential and process).

    Two clients with one client id and different secrets must not share a token; yet a Redis
    reader sees the keys, and a fast hash would let them test guesses of a short secret by the
    billion. scrypt (n=2**14, r=8: ~40 ms and 16 MiB once, memoized) makes each guess cost as much;
    the salt (the client id) makes precomputed tables useless. Real client secrets are long and
    random, out of any guessing's reach either way."""
    derived = hashlib.scrypt(
        client_secret.encode(), salt=f"spotnana-events token key\0{client_id}".encode(), n=2**14, r=8, p=1, dklen=16
    )
    return derived.hex()


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
        self._checked: str | None = None  # the token from the cache last found usable

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, client_secret=<redacted>)"

    def _form(self) -> dict[str, str]:
        return {"grant_type": self.grant_type, "client_id": self.client_id, "client_secret": self._client_secret}

    def _identity(self) -> tuple[str, ...]:
        """What makes two tokens interchangeable, besides where they are fetched and used."""
        return (self.grant_type, self.client_id, _credential_fingerprint(self.client_id, self._client_secret))

    def cache_key(self, token_url: httpx.URL, base: httpx.URL) -> str:
        """A hash of the token's identity: raw client ids and subjects stay out of shared caches."""
        parts = (str(token_url), str(base), *self._identity())
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]

    def _token_request(self, token_url: httpx.URL, request: httpx.Request) -> httpx.Request:
        return httpx.Request(
            "POST", token_url, data=self._form(), extensions={"timeout": request.extensions.get("timeout")}
        )

    def _issued(self, response: httpx.Response) -> tuple[str, float]:
        """The token of a 2xx answer and how long to keep it (its lifetime less the refresh
        margin; 0: use it for this request only); a ``TokenRequestError`` for an unusable answer."""
        try:
            document = json.loads(response.content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            document = None
        if not isinstance(document, dict):
            raise _bad_answer(response, "a body that is not a JSON object")
        issued = document.get("access_token")
        token = issued.strip() if isinstance(issued, str) else issued
        problem = token_problem(token)
        if problem is not None or not isinstance(token, str):
            raise _bad_answer(response, f"an access_token that {problem}")
        token_type = document.get("token_type")
        # Required by the spec, case-insensitive (RFC 6749 7.1); a missing one reads as Bearer.
        if token_type is not None and not (isinstance(token_type, str) and token_type.strip().lower() == "bearer"):
            shown = bounded(repr(token_type), 40)
            raise _bad_answer(response, f"token_type {shown}: this SDK sends bearer tokens only")
        lifetime = _lifetime(document.get("expires_in"))
        if lifetime is None:
            raise _bad_answer(response, "an expires_in that is not a number of seconds")
        lifetime = min(lifetime, MAX_TOKEN_LIFETIME)
        return token, max(lifetime - min(REFRESH_MARGIN, lifetime / 10), 0.0)

    def _token_failure(self, response: httpx.Response, attempt: int) -> float:
        """Raise for a failed token request, or return how long to wait before the next one."""
        if 400 <= response.status_code < 500 and response.status_code != 429:
            # 400/401/403 from the token endpoint all mean the credential was refused (a redirect,
            # to a sign-in page say, does not: a TokenRequestError below). Its text
            # may echo the form: the error sees the answer with the form's secrets taken out.
            shown = _without_secrets(response)
            raise AuthenticationError(shown, body=status_error(shown).body)
        decision = _retry.decide(
            attempt=attempt, max_retries=TOKEN_ENDPOINT_RETRIES, resend_maybe_applied=True, response=response
        )
        if not decision.retry:
            shown = _without_secrets(response)
            raise TokenRequestError(
                f"token request failed: POST {response.request.url.path} -> {response.status_code} "
                f"after {attempt + 1} attempts; the API call was not sent",
                request=shown.request,
                response=shown,
            )
        logger.warning("token endpoint answered %s; retrying in %.2fs", response.status_code, decision.delay)
        return decision.delay

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        base = api_base(request)
        token_url = httpx.URL(self.token_url) if self.token_url else token_url_for(base)
        key = self.cache_key(token_url, base)
        token = await self._usable(key, await self.cache.get(key))
        for api_attempt in range(2):
            if token is None:
                async with self.cache.fetching(key) as found:
                    # Single flight: whoever waited finds the token fetched.
                    token = await self._usable(key, found)
                    fetch_attempt = 0
                    while token is None:
                        self.token_requests += 1
                        _telemetry.record_token_fetch(refresh=api_attempt > 0)  # issue 18: telemetry hook
                        token_request = self._token_request(token_url, request)
                        started = time.monotonic()
                        token_response = yield token_request
                        await token_response.aread()  # this flow overrides httpx's, which would read it
                        # The line quotes an error's debugIdentifier, which an echoing endpoint fills with the form.
                        shown = token_response if token_response.is_success else _without_secrets(token_response)
                        log_token_attempt(shown, fetch_attempt + 1, (time.monotonic() - started) * 1000)
                        if token_response.is_success:
                            token, ttl = self._issued(token_response)
                            if ttl > 0:  # else the server said it expires now: for this request only
                                await self.cache.put(key, token, ttl)
                        else:
                            await _retry.sleep(self._token_failure(token_response, fetch_attempt))
                            fetch_attempt += 1
            request.headers["Authorization"] = f"Bearer {token}"
            _say_sending(request, True)
            response = yield request
            if response.status_code != 401 or api_attempt == 1:
                return  # a second 401 goes back to the caller, which raises AuthenticationError
            _say_sending(request, False)  # a 401: not performed; what follows is a token request
            logger.warning("%s %s answered 401; refreshing the token once", request.method, request.url.path)
            await self.cache.invalidate(key, token)  # unless another caller already replaced it
            token = None

    async def _usable(self, key: str, token: str | None) -> str | None:
        """``token`` from the cache if ``token_problem`` finds nothing wrong with it; a bad one
        (a cache is storage others can write) is deleted from the cache, and None returned."""
        if token is None or token is self._checked:  # the hot path: the same token as last call
            return token
        problem = token_problem(token)
        if problem is None:
            self._checked = token
            return token
        logger.warning("the token cache held a token that %s; deleting it, fetching a new one", problem)
        await self.cache.invalidate(key, token)
        return None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError(f"{type(self).__name__} works with httpx.AsyncClient only")
        yield request  # pragma: no cover


def _lifetime(value: object) -> float | None:
    """Seconds from ``expires_in``: absent is the default; a number, or a string of one (read
    leniently), is used as given (<= 0: expired now); anything else is None (garbage)."""
    if value is None:
        return DEFAULT_TOKEN_LIFETIME
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except (ValueError, OverflowError):
        return None
    return seconds if math.isfinite(seconds) else None


def _bad_answer(response: httpx.Response, what: str) -> TokenRequestError:
    shown = _without_secrets(response)
    return TokenRequestError(
        f"token request failed: POST {response.request.url.path} -> {response.status_code} with {what}; "
        "the API call was not sent",
        request=shown.request,
        response=shown,
    )


# Headers that describe the body as it came on the wire, not the text rebuilt from it.
_FRAMING_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding"})


def shown_request(request: httpx.Request) -> httpx.Request:
    """``request`` as an exception may carry it: a token request with its secret form fields
    replaced (the client secret, a subject token); any other request as it is."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return request
    try:
        form = urllib.parse.parse_qsl(request.content.decode("ascii"), keep_blank_values=True)
    except (UnicodeDecodeError, ValueError, httpx.RequestNotRead):
        return request
    shown = [(name, "<not shown>" if name in SECRET_FORM_FIELDS else value) for name, value in form]
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _FRAMING_HEADERS]
    return httpx.Request(request.method, request.url, headers=headers, content=urllib.parse.urlencode(shown).encode())


def _without_secrets(response: httpx.Response) -> httpx.Response:
    """``response`` (of a token request) as an exception may carry it: the form's secrets taken out
    of its body and headers, if they echoed any, and out of the request it answers."""
    text = response.content.decode("utf-8", "replace")
    shown = hide_secrets(text, response.request)
    return httpx.Response(
        response.status_code,
        headers=[
            (k, hide_secrets(v, response.request))
            for k, v in response.headers.multi_items()
            if k.lower() not in _FRAMING_HEADERS
        ],
        content=shown.encode() if shown != text else response.content,
        request=shown_request(response.request),
    )


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
