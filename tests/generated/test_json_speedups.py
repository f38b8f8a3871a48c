"""The speedups extra: orjson decodes response bodies to exactly what the standard library gives."""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from spotnana_event_api import types as _json

from benchmarks import _data
from tests import spec_samples

orjson = pytest.importorskip("orjson")


def _same(left: Any, right: Any) -> bool:
    """Equal with equal types throughout (``1 == 1.0 == True`` would hide a difference)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, float):
        return repr(left) == repr(right)  # tells -0.0 from 0.0, and NaN from NaN
    return bool(left == right)


def _spec_documents() -> Iterator[tuple[str, Any]]:
    for name, schema in spec_samples.schemas().items():
        yield f"minimal {name}", spec_samples.minimal(schema)
        yield f"rich {name}", _data.rich(schema)
    yield "100-event page", {"events": [_data.event(n) for n in range(100)]}


EDGE_DOCUMENTS = {
    "big integers": b'{"a": 18446744073709551616, "b": -9223372036854775809, "c": 123456789012345678901234567890}',
    "64-bit limits": b"[18446744073709551615, -9223372036854775808, 9223372036854775807]",
    "floats": b"[0.1, 1e300, 5e-324, -0.0, 1.7976931348623157e308, 2.5e-8, 1E2, 1e400, 0.30000000000000004]",
    "non-ASCII": '{"name": "Événement à Zürich 日本語 😀", "k\u00e9y": "\\u00e9\\ud83d\\ude00"}'.encode(),
    "lone surrogate": b'{"s": "\\ud800"}',
    "NaN and Infinity": b"[NaN, Infinity, -Infinity]",
    "byte-order mark": b'\xef\xbb\xbf{"a": 1}',
    "UTF-16": '{"a": "é"}'.encode("utf-16"),
    "duplicate keys": b'{"a": 1, "a": 2}',
    "deep nesting": b"[" * 2000 + b"]" * 2000,
    "scalars": b'"text"',
}


def test_orjson_is_what_decodes_when_installed() -> None:
    assert _json._orjson_loads() is orjson.loads


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_spec_synthesized_payloads_decode_identically(ensure_ascii: bool) -> None:
    for label, document in _spec_documents():
        body = json.dumps(document, ensure_ascii=ensure_ascii).encode()
        assert _same(_json.decode_json(body), json.loads(body)), label


@pytest.mark.parametrize("label", sorted(EDGE_DOCUMENTS))
def test_edge_documents_decode_as_the_standard_library_does(label: str) -> None:
    body = EDGE_DOCUMENTS[label]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))  # the stdlib needs it for the deep document
    try:
        assert _same(_json.decode_json(body), json.loads(body))
    finally:
        sys.setrecursionlimit(limit)


def test_big_integers_keep_their_exact_value() -> None:
    assert _json.decode_json(b'{"n": 123456789012345678901234567890}') == {"n": 123456789012345678901234567890}


@pytest.mark.parametrize("body", [b"", b"{", b'{"a": }', b"\xff\xfe\x00", b"[1,]"])
def test_invalid_json_raises_the_standard_librarys_error(body: bytes) -> None:
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)) as ours:
        _json.decode_json(body)
    with pytest.raises(type(ours.value)) as stdlib:
        json.loads(body)
    assert str(ours.value) == str(stdlib.value)


def test_without_orjson_the_standard_library_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "orjson", None)  # import orjson now raises ImportError
    _json._orjson_loads.cache_clear()
    try:
        assert _json._orjson_loads() is None
        assert _json.decode_json(b'{"a": [1, 2.5, "\\u00e9"]}') == {"a": [1, 2.5, "é"]}
    finally:
        monkeypatch.undo()
        _json._orjson_loads.cache_clear()
    assert _json._orjson_loads() is orjson.loads


def _httpx_encoding(value: Any) -> bytes:
    """What httpx writes for ``json=value`` (its encode_json), the encoding before the extra."""
    import httpx

    return httpx.Request("POST", "http://127.0.0.1/", json=value).content


def _has_float(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_float(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_float(item) for item in value)
    return isinstance(value, float)


def test_request_bodies_encode_to_what_httpx_wrote() -> None:
    """Every spec-synthesized document: the same JSON values; the same bytes unless a float
    is spelled differently (orjson's shortest exponent form)."""
    assert _json._orjson_dumps() is not None
    same_bytes = 0
    for label, document in _spec_documents():
        ours, theirs = _json.encode_json(document), _httpx_encoding(document)
        assert _same(json.loads(ours), json.loads(theirs)), label
        if not _has_float(document):
            assert ours == theirs, label
            same_bytes += 1
    assert same_bytes > 100


EDGE_VALUES: dict[str, Any] = {
    "big integers": {"a": 18446744073709551616, "b": -(2**70)},
    "64-bit limits": [18446744073709551615, -9223372036854775808],
    "floats": [0.1, 1e300, 5e-324, -0.0, 1e16, 2.5e-8, 0.30000000000000004],
    "non-ASCII": {"name": "Événement à Zürich 日本語 😀", "kéy": "\u2028"},
    "control characters": {"s": "\x00\x1f\t\n\"\\/"},
    "int keys": {1: "a", 2: "b"},
    "nested": {"a": [{"b": [{"c": None, "d": True}]}]},
}


@pytest.mark.parametrize("label", sorted(EDGE_VALUES))
def test_edge_values_encode_as_httpx_did(label: str) -> None:
    value = EDGE_VALUES[label]
    assert _same(json.loads(_json.encode_json(value)), json.loads(_httpx_encoding(value)))


@pytest.mark.parametrize("value", ["\ud800", {"a": {1, 2}}, {"when": datetime.date(2026, 1, 1)}])
def test_what_the_standard_library_refuses_is_refused(value: Any) -> None:
    """(NaN and infinity, which orjson would write as null, never get here: the request
    check refuses them, tests/generated/test_request_bodies.py.)"""
    with pytest.raises((TypeError, ValueError)):
        _httpx_encoding(value)
    with pytest.raises((TypeError, ValueError)):
        _json.encode_json(value)


def test_an_encoded_body_takes_its_own_size() -> None:
    """orjson's bytes keep a 4 KB buffer; a body held by requests in flight (and their
    retries) is copied to its size."""
    import tracemalloc

    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        bodies = [_json.encode_json({"limit": 100, "offset": n}) for n in range(50)]
        per_body = (tracemalloc.get_traced_memory()[0] - before) / len(bodies)
    finally:
        tracemalloc.stop()
    assert per_body < 200, per_body
