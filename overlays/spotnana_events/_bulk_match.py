"""A bulk request's answers matched to its items by the id each answer carries, never by position.

The spec does not promise answers in request order, so position says nothing: an answer
counts for the item whose id it names. An item's outcome is known only when the answers
naming its id are as many as the items sent with that id (one, unless the caller sent an
id twice: then they must all say the same, so none can be credited to the wrong one) and
each reads with a status this SDK knows. Otherwise (no answer, more answers than items, an
answer that does not read, a status that is neither SUCCESS nor a refusal) the outcome is
unknown: the server answered 2xx, so it may have acted. Answers naming ids not sent are
credited to nobody, and said so.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._errors import bounded
from ._logs import logger

__all__ = ["ItemIds", "Matched", "match"]

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")

_SHOWN_IDS = 3  # ids quoted per reason in a message
_ID_CHARS = 60  # of each: a server's id may be any length


@dataclass(frozen=True)
class ItemIds(Generic[RequestT, ResponseT]):
    """Where a bulk operation's items and answers carry the event id (``CancelEventRequest.event_id``
    and ``CancelEventResponse.event_id``, ``PublishEventRequest.id`` and ``PublishEventResponse.id``, ...)."""

    request: Callable[[RequestT], object]
    answer: Callable[[ResponseT], object]


@dataclass
class Matched(Generic[RequestT, ResponseT]):
    """One chunk's items: (item, its answer) for each known outcome, the items whose outcome is
    unknown, both in input order, and why they are unknown (None when none is)."""

    pairs: list[tuple[RequestT, ResponseT]] = field(default_factory=list)
    unknown: list[RequestT] = field(default_factory=list)
    reason: str | None = None


def match(
    operation: str, items: Sequence[RequestT], answers: Sequence[ResponseT], ids: ItemIds[RequestT, ResponseT]
) -> Matched[RequestT, ResponseT]:
    """``items`` (one request's) matched with ``answers`` by id: see the module docstring."""
    sent: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        sent.setdefault(str(ids.request(item)), []).append(index)
    named, foreign, unnamed = _by_id(answers, ids, sent)
    known: dict[int, ResponseT] = {}
    reasons: dict[str, list[str]] = {}
    for key, indexes in sent.items():
        got = named.get(key, [])
        why = _unknown_because(got, len(indexes))
        if why is None:
            known.update(zip(indexes, got, strict=True))
        else:
            reasons.setdefault(f"{why} for", []).append(key)
    if foreign:
        reasons[f"{len(foreign)} answer(s) for ids not sent:"] = foreign
    if unnamed:
        reasons[f"{unnamed} answer(s) with no readable id"] = []
    result: Matched[RequestT, ResponseT] = Matched(
        pairs=[(item, known[index]) for index, item in enumerate(items) if index in known],
        unknown=[item for index, item in enumerate(items) if index not in known],
    )
    if reasons:
        result.reason = bounded("; ".join(_describe(why, keys) for why, keys in reasons.items()))
        if not result.unknown:
            # Every item has its answer; the others are the server's confusion: not dropped silently.
            logger.warning("%s: answers credited to no item sent: %s", operation, result.reason)
            result.reason = None
    return result


def _by_id(
    answers: Sequence[ResponseT], ids: ItemIds[Any, ResponseT], sent: dict[str, list[int]]
) -> tuple[dict[str, list[ResponseT]], list[str], int]:
    """The answers by the id they name, if sent; the ids named but not sent; how many name none."""
    from spotnana_event_api.errors import ModelParseError

    named: dict[str, list[ResponseT]] = {}
    foreign: list[str] = []
    unnamed = 0
    for answer in answers:
        try:
            key = _id(ids.answer(answer))
        except ModelParseError:
            key = None
        if key is None:
            unnamed += 1
        elif key in sent:
            named.setdefault(key, []).append(answer)
        else:
            foreign.append(key)
    return named, foreign, unnamed


def _id(value: object) -> str | None:
    """An answer's id as the key to match (a number the server sent for a string id reads as its text)."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _unknown_because(answers: list[Any], sent: int) -> str | None:
    """Why the items sent with one id have no known outcome; None when they have one."""
    from spotnana_event_api.errors import ModelParseError

    if not answers:
        return "no answer"
    if len(answers) > sent:
        return "more answers than items"
    if len(answers) < sent:
        return "fewer answers than items sent with the id"
    try:
        # Models parse lazily: read what BulkItem reports now, so a malformed answer makes its
        # item unknown here rather than failing the caller's code later.
        outcomes = {(str(answer.status), answer.message) for answer in answers}
    except ModelParseError:
        return "an answer that does not read"
    if any(status not in _known_statuses() for status, _ in outcomes):
        # Neither success nor a refusal: listed as failed, the item would be resent.
        return "a status this SDK does not know"
    if len(outcomes) > 1:
        return "different answers for an id sent more than once"
    return None


@functools.cache  # asked once per item of a bulk run
def _known_statuses() -> frozenset[str]:
    """OperationStatus, every bulk answer's status: SUCCESS, or a refusal (FAILED, PARTIAL_SUCCESS)."""
    from spotnana_event_api.models import OperationStatus

    return frozenset(member.value for member in OperationStatus)


def _describe(why: str, keys: list[str]) -> str:
    distinct = list(dict.fromkeys(keys))
    if not distinct:
        return why
    shown = ", ".join(repr(key if len(key) <= _ID_CHARS else key[:_ID_CHARS] + "...") for key in distinct[:_SHOWN_IDS])
    more = f" and {len(distinct) - _SHOWN_IDS} more" if len(distinct) > _SHOWN_IDS else ""
    return f"{why} {shown}{more}"
