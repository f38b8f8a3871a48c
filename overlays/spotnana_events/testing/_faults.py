"""Fault injection for the fake: errors, latency, dropped connections, token expiry.

A rule matches every request (or one operation) and fires ``times`` times, or with a
seeded probability, so a failing scenario replays exactly.
"""

from __future__ import annotations

import functools
import random
from typing import Literal

from spotnana_event_api.facade import OPERATIONS

__all__ = ["Fault", "FaultInjector", "operation_names"]

TOKEN_OPERATION = "fetchOauth2Token"
# The token endpoint is no operation of the Event API: a rule reaches it only when named.
_TOKEN_NAMES = (TOKEN_OPERATION, "token")
# The SDK's paging and bulk methods wrap one-page / one-chunk operations of the table.
_WRAPPER_SUFFIXES = ("_page", "_batch")


@functools.cache
def operation_names() -> dict[str, str]:
    """Every name a test may use for an operation -> its operationId, derived from the
    generated operation table: operationIds, facade names (``get``, ``events.get``) and
    the SDK methods that wrap them (``bulk_cancel`` for ``bulk_cancel_batch``)."""
    names: dict[str, str] = dict.fromkeys(_TOKEN_NAMES, TOKEN_OPERATION)
    ambiguous: set[str] = set()
    for operation_id, operation in OPERATIONS.items():
        names[operation_id] = operation_id
        aliases = {operation.name, f"{operation.resource}.{operation.name}"}
        for suffix in _WRAPPER_SUFFIXES:
            if operation.name.endswith(suffix):
                stem = operation.name.removesuffix(suffix)
                aliases |= {stem, f"{operation.resource}.{stem}"}
        for alias in aliases - set(OPERATIONS):
            if names.get(alias, operation_id) != operation_id:
                ambiguous.add(alias)
            names[alias] = operation_id
    return {name: op for name, op in names.items() if name not in ambiguous}


def _resolve(operation: str | None) -> str | None:
    if operation is None:
        return None
    names = operation_names()
    if operation not in names:
        valid = ", ".join(sorted(names))
        raise ValueError(f"Fault(operation={operation!r}) names no operation; valid names: {valid}")
    return names[operation]


DropWhen = Literal["connect", "before", "after"]


class Fault:
    """One rule. Give exactly one effect: ``status``, ``drop``, ``latency`` or ``expire_token``.

    - ``status``: answer with this status (429 and 503 carry ``retry_after`` seconds);
      the operation is not performed.
    - ``drop``: ``"connect"`` fails before anything is sent; ``"before"`` hangs up
      without performing the operation; ``"after"`` performs it, then hangs up (the
      ambiguous failure that makes retries dangerous).
    - ``latency``: seconds added before answering.
    - ``expire_token``: the token of the request expires now (the call gets a 401).

    ``operation`` scopes the rule to one operation, by operationId (``"bulkCancelEvents"``)
    or SDK method name (``"bulk_cancel"``, ``"events.bulk_cancel"``); any other name is refused.
    Without it the rule applies to every operation of the Event API, never to the token
    endpoint, which a rule reaches only when named (``operation="token"``).
    """

    def __init__(
        self,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        drop: DropWhen | None = None,
        latency: float | None = None,
        expire_token: bool = False,
        operation: str | None = None,
        times: int | None = 1,
        probability: float | None = None,
    ) -> None:
        effects = [status is not None, drop is not None, latency is not None, expire_token]
        if sum(effects) != 1:
            raise ValueError("a Fault needs exactly one of status, drop, latency, expire_token")
        if probability is not None and not 0 < probability <= 1:
            raise ValueError(f"probability must be in (0, 1], got {probability}")
        self.status = status
        self.retry_after = retry_after
        self.drop = drop
        self.latency = latency
        self.expire_token = expire_token
        self.operation: str | None = _resolve(operation)
        self.times: int | None = None if probability is not None else times
        self.probability = probability
        self.fired = 0

    def __repr__(self) -> str:
        effect = (
            f"status={self.status}"
            if self.status is not None
            else f"drop={self.drop!r}"
            if self.drop
            else f"latency={self.latency}"
            if self.latency is not None
            else "expire_token"
        )
        scope = self.operation or "*"
        return f"Fault({effect}, operation={scope!r}, fired={self.fired})"


class FaultInjector:
    """The active rules; ``select`` picks the ones that fire for a request."""

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)
        self.rules: list[Fault] = []

    def add(self, *faults: Fault) -> None:
        """Add rules; they apply in the order added."""
        self.rules.extend(faults)

    def clear(self) -> None:
        """Remove every rule."""
        self.rules.clear()

    def select(self, operation: str) -> list[Fault]:
        """The rules that fire for one request: every latency rule, and the first other rule
        (one answer can only fail one way; the next rule waits for the next request)."""
        firing: list[Fault] = []
        effect_chosen = False
        for rule in self.rules:
            if not (rule.operation == operation or (rule.operation is None and operation in OPERATIONS)):
                continue
            is_latency = rule.latency is not None
            if effect_chosen and not is_latency:
                continue
            if rule.probability is not None:
                if self._random.random() >= rule.probability:
                    continue
            elif rule.times is not None and rule.fired >= rule.times:
                continue
            rule.fired += 1
            firing.append(rule)
            effect_chosen = effect_chosen or not is_latency
        return firing
