"""Where requests go: the one derivation of API and token URLs from the base URL."""

from __future__ import annotations

import ipaddress
import warnings

import httpx

__all__ = ["BASE_URL_EXTENSION", "api_url", "check_base_url", "shown", "token_url", "warn_if_cleartext"]

# The request extension carrying the client's base URL, so an auth flow can derive the
# token URL from it (with its path prefix) rather than from the API request's URL.
BASE_URL_EXTENSION = "spotnana_base_url"

_warned_hosts: set[str] = set()


def check_base_url(value: object, *, source: str) -> httpx.URL:
    """``value`` as an absolute http(s) URL with a host; ``ValueError`` naming ``source`` otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"{source} must be a str URL, got {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ValueError(f"{source} is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"{source} must be an absolute http:// or https:// URL with a host, got {value!r}")
    if url.fragment:
        raise ValueError(f"{source} must not have a #fragment, got {value!r}")
    return url


def api_url(base_url: httpx.URL, path: str, query: str | None = None) -> httpx.URL:
    """``path`` (absolute, from the spec, each parameter percent-encoded) under ``base_url``'s
    path prefix, with ``query`` (encoded, as ``str(httpx.QueryParams)`` gives it) or none."""
    full_path = base_url.raw_path.split(b"?", 1)[0].decode("ascii").rstrip("/") + path
    fast = _url_from_parts(base_url, full_path, query)
    if fast is None:
        return base_url.copy_with(path=full_path, query=query.encode("ascii") if query else None)
    return fast


# httpx parses and checks a URL character by character: three times per call cost more
# than the rest of the SDK. The parts here are already valid (a checked base URL, a path of
# percent-encoded segments, an encoded query), so the URL is made from them directly,
# once the first one made so has proved equal to httpx's own parse of the same text.
_fast_urls_work: bool | None = None


def _url_from_parts(base_url: httpx.URL, path: str, query: str | None) -> httpx.URL | None:
    global _fast_urls_work  # noqa: PLW0603
    if _fast_urls_work is False:
        return None
    try:
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = base_url._uri_reference._replace(path=path, query=query or None)
    except Exception:  # another httpx: its internals are not these
        _fast_urls_work = False
        return None
    if _fast_urls_work is None:
        parsed = base_url.copy_with(path=path, query=query.encode("ascii") if query else None)
        _fast_urls_work = str(url) == str(parsed) and url == parsed and url.raw_path == parsed.raw_path
        return url if _fast_urls_work else None
    return url


def token_url(base_url: httpx.URL, token_path: str) -> httpx.URL:
    """The token endpoint under ``base_url``'s path prefix (its query is for API calls only)."""
    return base_url.copy_with(path=base_url.path.rstrip("/") + token_path, query=None)


def shown(url: httpx.URL) -> str:
    """``url`` as it may appear in a repr or message: a password or a query (which may hold a
    gateway key) replaced by ``<redacted>``."""
    text = str(url.copy_with(userinfo=b"", query=None))
    if url.userinfo:
        user = url.userinfo.split(b":", 1)[0].decode("ascii") + (":<redacted>" if url.password else "")
        text = text.replace("://", f"://{user}@", 1)
    return text + ("?<redacted>" if url.query else "")


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def warn_if_cleartext(base_url: httpx.URL) -> None:
    """Warn once per host when credentials would travel unencrypted to a non-loopback host."""
    if base_url.scheme != "http" or is_loopback(base_url.host) or base_url.host in _warned_hosts:
        return
    _warned_hosts.add(base_url.host)
    warnings.warn(
        f"base URL {base_url.scheme}://{base_url.host} is plain http: credentials and tokens "
        "would be sent unencrypted; use https",
        UserWarning,
        stacklevel=3,
    )
