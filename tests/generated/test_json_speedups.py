"""The speedups extra: orjson decodes response bodies to exactly what the standard library gives."""

from __future__ import annotations

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
