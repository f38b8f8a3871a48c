"""Which connection pool ``AsyncSpotnana`` builds: httpx's own transport, or one over aiohttp.

Both sit behind the same ``httpx.AsyncClient``, so auth flows, retries, errors and the
fake's in-process transport are the same whichever is chosen. The aiohttp one
(``_aiohttp.py``) costs a fraction of httpx's own per request, the more so under
concurrency (see docs/performance.md); it is the default when aiohttp is installed (the
``aiohttp`` extra). ``AsyncSpotnana(transport="httpx" | "aiohttp")`` or
``SPOTNANA_TRANSPORT`` chooses explicitly. ``_aiohttp`` (and aiohttp) is imported when
the first such client is made, never by ``import spotnana_events``; a vendored copy
without the extra leaves it out (``codegen/vendor.py``).
"""

from __future__ import annotations

import functools
import importlib
import os
import socket
from typing import Any, Literal

import httpx

from ._errors import ConfigurationError

__all__ = [
    "DEFAULT_LIMITS",
    "ENV_TRANSPORT",
    "TRANSPORTS",
    "TransportName",
    "http_client",
    "httpx_transport_hooked",
    "name_of",
    "resolve",
]

TransportName = Literal["httpx", "aiohttp"]
TRANSPORTS: tuple[TransportName, ...] = ("httpx", "aiohttp")
ENV_TRANSPORT = "SPOTNANA_TRANSPORT"
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

# TCP_NODELAY: httpx writes a POST's headers and body separately, and Nagle's algorithm with
# delayed ACKs would stall every such request by ~40 ms (aiohttp sets it on its own sockets).
_SOCKET_OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
# Proxy schemes aiohttp speaks; a SOCKS proxy from the environment goes through httpx's transport.
_AIOHTTP_PROXY_SCHEMES = ("http", "https")


# Where test doubles and instrumentation hook into httpx: pytest-httpx and OpenTelemetry's
# httpx instrumentation replace or wrap the first, respx the second. They never see requests
# sent over aiohttp, so while one is in place the default stays on httpx's own transport.
_HOOKS = (("httpx", "AsyncHTTPTransport"), ("httpcore", "AsyncConnectionPool"))


def resolve(name: object) -> TransportName:
    """The transport to build: ``name``, else ``SPOTNANA_TRANSPORT``, else aiohttp when
    installed and httpx's own transport is not mocked or instrumented (``_HOOKS``)."""
    source = "transport"
    if name is None:
        # Set but empty is a mistake to report, as for SPOTNANA_BASE_URL.
        name, source = os.environ.get(ENV_TRANSPORT), ENV_TRANSPORT
    if name is None:
        return "aiohttp" if _aiohttp_installed() and not httpx_transport_hooked() else "httpx"
    if name not in TRANSPORTS:
        raise ConfigurationError(
            f"{source} must be one of {', '.join(map(repr, TRANSPORTS))} or an httpx.AsyncBaseTransport, got {name!r}"
        )
    if name == "aiohttp" and not _aiohttp_installed():
        floor = ".".join(map(str, _AIOHTTP_FLOOR))
        raise ConfigurationError(
            f"{source}='aiohttp' needs aiohttp>={floor}: pip install 'spotnana-events[aiohttp]' (or choose 'httpx')"
        )
    return name


_AIOHTTP_MODULE = f"{__package__}._aiohttp"
# The extra's floor (pyproject.toml): ``_aiohttp`` reads names aiohttp 3.10 added. An older
# aiohttp installed for something else is not a reason to leave httpx's transport.
_AIOHTTP_FLOOR = (3, 10)


def _aiohttp_installed() -> bool:
    # find_spec looks for the packages without importing them (that waits for the first client).
    import importlib.util

    if importlib.util.find_spec("aiohttp") is None or importlib.util.find_spec(_AIOHTTP_MODULE) is None:
        return False
    version = _aiohttp_version()
    return version is None or version >= _AIOHTTP_FLOOR


@functools.cache  # reading distribution metadata costs ~2 ms: once per process
def _aiohttp_version() -> tuple[int, int] | None:
    """aiohttp's installed (major, minor), from its metadata; None when it has none to read."""
    import importlib.metadata
    import re

    try:
        version = re.match(r"(\d+)\.(\d+)", importlib.metadata.version("aiohttp"))
    except importlib.metadata.PackageNotFoundError:  # importable without metadata: trust it
        return None
    return None if version is None else (int(version[1]), int(version[2]))


def httpx_transport_hooked() -> bool:
    """Whether something replaced or wrapped the method that sends on httpx's own transport."""
    import sys

    for module_name, class_name in _HOOKS:
        cls = getattr(sys.modules.get(module_name), class_name, None)
        method = vars(cls).get("handle_async_request") if isinstance(cls, type) else None
        if method is None:  # not imported (httpx imports httpcore on first use): not patched either
            continue
        # The original is the class's own function; a wrapper (wrapt's, as OpenTelemetry uses)
        # passes for it but for ``__wrapped__``.
        original = f"{class_name}.handle_async_request"
        if getattr(method, "__qualname__", None) != original or hasattr(method, "__wrapped__"):
            return True
    return False


def name_of(http: httpx.AsyncClient) -> TransportName | None:
    """The transport a pool from ``http_client`` was built on (None for any other client)."""
    return http._transport_name if isinstance(http, _PooledClient) else None


def http_client(name: TransportName, limits: httpx.Limits | None) -> httpx.AsyncClient:
    """The client's own pool on transport ``name``, proxies from the environment as httpx reads them."""
    return _PooledClient(name, limits or DEFAULT_LIMITS)


class _PooledClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose pools (the direct one and one per proxy that the
    environment names: HTTP(S)_PROXY, ALL_PROXY, NO_PROXY) are built on the chosen transport.

    httpx builds proxy transports from the environment only when no ``transport=`` is passed:
    these two hooks are where it builds them (the hooks httpx-aiohttp overrides too)."""

    def __init__(self, name: TransportName, limits: httpx.Limits) -> None:
        self._transport_name = name
        super().__init__(limits=limits)

    def _init_transport(self, *args: Any, **options: Any) -> httpx.AsyncBaseTransport:
        return self._pool(None, options.get("limits", DEFAULT_LIMITS))

    def _init_proxy_transport(self, proxy: httpx.Proxy, *args: Any, **options: Any) -> httpx.AsyncBaseTransport:
        return self._pool(proxy, options.get("limits", DEFAULT_LIMITS))

    def _pool(self, proxy: httpx.Proxy | None, limits: httpx.Limits) -> httpx.AsyncBaseTransport:
        if self._transport_name == "aiohttp" and (proxy is None or proxy.url.scheme in _AIOHTTP_PROXY_SCHEMES):
            transport: httpx.AsyncBaseTransport = importlib.import_module(_AIOHTTP_MODULE).AiohttpTransport(
                limits=limits, proxy=proxy
            )
            return transport
        return httpx.AsyncHTTPTransport(limits=limits, proxy=proxy, socket_options=_SOCKET_OPTIONS)
