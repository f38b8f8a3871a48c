"""Which hosts the fake serves over HTTP: itself on loopback, and names the user allowed.

The admin API (``/_fake/``) has no authentication, so the fake binds loopback only unless
told otherwise, and answers only requests whose ``Host`` names it: a web page whose own
name an attacker pointed at 127.0.0.1 (DNS rebinding) sends its own name as ``Host``.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

__all__ = ["HostPolicy", "is_loopback"]

# Names that mean this machine (RFC 6761: every *.localhost name resolves to loopback).
_LOOPBACK_NAME = "localhost"
# Addresses that bind every interface: no client sends them as Host.
_WILDCARDS = frozenset({"0.0.0.0", "::"})
# RFC 9110 Host: a name, an IPv4 address or a bracketed IPv6 one, then an optional port; nothing
# else (no userinfo: "evil.example@127.0.0.1" names evil.example's page, not loopback).
_HOST_HEADER = re.compile(r"(?P<name>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::[0-9]{1,5})?")


def _normal(name: str) -> str:
    return name.strip().strip("[]").rstrip(".").lower()


def is_loopback(host: str) -> bool:
    """Whether a host name or address (``127.0.0.1``, ``::1``, ``localhost``) is this machine's loopback."""
    name = _normal(host)
    if name == _LOOPBACK_NAME or name.endswith("." + _LOOPBACK_NAME):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class HostPolicy:
    """The ``Host`` values the fake answers: loopback ones, plus ``allowed`` names (any port)."""

    def __init__(self, allowed: Iterable[str] = ()) -> None:
        self.allowed = frozenset(_normal(name) for name in allowed if _normal(name) not in _WILDCARDS)

    def admits(self, host_header: str | None) -> bool:
        if host_header is None:
            return True  # HTTP/1.0 without Host: no browser sends that, so no rebinding either
        match = _HOST_HEADER.fullmatch(host_header)
        if match is None:
            return False
        name = match["name"]
        return is_loopback(name) or _normal(name) in self.allowed
