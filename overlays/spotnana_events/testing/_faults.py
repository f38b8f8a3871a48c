"""Fault injection for the fake: errors, latency, dropped connections, token expiry.

A rule matches every request (or one operation) and fires ``times`` times, or with a
seeded probability, so a failing scenario replays exactly.
"""

from __future__ import annotations

import functools
import math
import random
import sys
from typing import Literal, get_args

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
# What a status fault may answer: an error, which a client tells from an answer.
FAULT_STATUSES = range(400, 600)
_COUNTS = range(1, sys.maxsize)


def _described(value: object) -> str:
    return f"{type(value).__name__} {value!r:.100}"


def _check_integer(field: str, value: object, allowed: range, *, none_means: str = "") -> None:
    # bool is an int to Python, never a count or a status to a user.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"Fault.{field} must be an integer{none_means}, got {_described(value)}")
    if value not in allowed:
        bounds = (
            f"at least {allowed.start}"
            if allowed.stop == sys.maxsize
            else f"from {allowed.start} to {allowed.stop - 1}"
        )
        raise ValueError(f"Fault.{field} must be {bounds}{none_means}, got {value}")


def _check_number(field: str, value: object, *, low: float, high: float = math.inf, low_open: bool = False) -> None:
    # nan and inf are no durations or probabilities.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"Fault.{field} must be a number, got {_described(value)}")
    if not math.isfinite(value) or value < low or (low_open and value == low) or value > high:
        bounds = f"{'more than' if low_open else 'at least'} {low:g}" + (
            f" and at most {high:g}" if high < math.inf else ""
        )
        raise ValueError(f"Fault.{field} must be {bounds}, got {value!r}")


class Fault:
    """One rule. Give exactly one effect: ``status``, ``drop``, ``latency`` or ``expire_token``.

    - ``status``: answer with this status (429 and 503 carry ``retry_after`` seconds);
      the operation is not performed.
    - ``drop``: ``"connect"`` fails before anything is sent (over HTTP, where the request
      has left already: a TCP reset before any byte of an answer); ``"before"`` hangs up
      without performing the operation; ``"after"`` performs it, then hangs up (the
      ambiguous failure that makes retries dangerous). Never an answer, over HTTP either.
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
        self.status = status
        self.retry_after = retry_after
        self.drop = drop
        self.latency = latency
        self.expire_token = expire_token
        self.operation: str | None = operation
        self.times: int | None = times
        self.probability = probability
        self._check()
        self.operation = _resolve(operation)
        if expire_token and self.operation == TOKEN_OPERATION:
            raise ValueError("Fault.expire_token expires the token an API call carries; a token request carries none")
        if probability is not None:
            self.times = None
        self.fired = 0

    def _check(self) -> None:
        """The one check of a fault's fields (the admin API and ``--fault`` build a ``Fault`` too):
        a ``TypeError`` or ``ValueError`` naming the field, rather than a rule that breaks every
        request it meets."""
        if not isinstance(self.expire_token, bool):
            raise TypeError(f"Fault.expire_token must be true or false, got {_described(self.expire_token)}")
        effects = [name for name in ("status", "drop", "latency") if getattr(self, name) is not None]
        effects += ["expire_token"] if self.expire_token else []
        if len(effects) != 1:
            given = f" (given: {', '.join(effects)})" if effects else ""
            raise ValueError(f"a Fault needs exactly one of status, drop, latency, expire_token{given}")
        if self.status is not None:
            _check_integer("status", self.status, FAULT_STATUSES)
        if self.retry_after is not None:
            if self.status is None:
                raise ValueError("Fault.retry_after goes with a status (the Retry-After header of that answer)")
            _check_number("retry_after", self.retry_after, low=0)
        if self.drop is not None and self.drop not in get_args(DropWhen):
            raise ValueError(f"Fault.drop must be one of {', '.join(map(repr, get_args(DropWhen)))}, got {self.drop!r}")
        if self.latency is not None:
            _check_number("latency", self.latency, low=0)
        if self.operation is not None and not isinstance(self.operation, str):
            raise TypeError(f"Fault.operation must be a string, got {_described(self.operation)}")
        if self.times is not None:
            _check_integer("times", self.times, _COUNTS, none_means=" (or None: every request)")
        if self.probability is not None:
            _check_number("probability", self.probability, low=0, high=1, low_open=True)

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
