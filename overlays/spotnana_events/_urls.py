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


def api_url(base_url: httpx.URL, path: str) -> httpx.URL:
    """``path`` (absolute, from the spec) under ``base_url``'s path prefix, keeping its query."""
    return base_url.copy_with(path=base_url.path.rstrip("/") + path)


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
