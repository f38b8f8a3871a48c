"""The pinned spec is derived reproducibly, and generated/ is exactly what codegen/ makes of it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from codegen import generate, pin_spec

ROOT = Path(__file__).resolve().parents[2]
PINNED = ROOT / "openapi" / "event-api-v2.json"
LOCK = ROOT / "openapi" / "event-api-v2.lock.json"
# Where the original download sits beside a clone (CI lays ../shared there; .ci/run requires it).
SHARED = ROOT.parent / "shared" / "openapi"


def original_download(lock: dict[str, str]) -> Path | None:
    """The download the lock records: its source when that is a file here, else the one in
    ../shared; only a file whose sha256 is the lock's ``original_sha256`` counts."""
    source = Path(lock["source"]).expanduser() if lock["source"].strip() else None
    candidates = [c for c in (source, SHARED / lock["pinned"]) if c is not None]
    for candidate in candidates:
        path = candidate if candidate.is_absolute() else ROOT / candidate
        if path.is_file() and pin_spec.sha256(path.read_bytes()) == lock["original_sha256"]:
            return path
    return None


def test_deriving_from_the_original_reproduces_the_pin_byte_for_byte() -> None:
    """The pin and the lock are exactly what pin_spec derives from the download the lock records.
    A clone without that download (no ../shared beside it) skips, saying why; CI requires it."""
    lock = json.loads(LOCK.read_text())
    original = original_download(lock)
    if original is None:
        pytest.skip(
            f"the original download (sha256 {lock['original_sha256'][:12]}…, source: {lock['source']!r}) is not "
            f"here: neither the lock's source nor {SHARED / lock['pinned']} holds it; CI (.ci/run) lays "
            "../shared beside the clone and requires it"
        )
    pinned, derived_lock = pin_spec.derive(
        original.read_bytes(),
        origin=str(original),
        source=lock["source"],
        retrieved=lock["retrieved"],
        pinned_name=lock["pinned"],
    )
    assert pinned == PINNED.read_bytes()
    assert derived_lock == LOCK.read_bytes()
    assert lock["pinned_sha256"] == pin_spec.sha256(PINNED.read_bytes())


def test_the_original_download_is_found_by_its_hash(tmp_path: Path) -> None:
    """A file at the lock's source counts only with the recorded hash; ../shared is the fallback."""
    download = tmp_path / "new-spec.json"
    download.write_bytes(b'{"openapi": "3.0.3", "paths": {}}')
    lock = {"source": str(download), "pinned": "none.json", "original_sha256": pin_spec.sha256(download.read_bytes())}
    assert original_download(lock) == download
    assert original_download({**lock, "original_sha256": "0" * 64}) is None
    assert original_download({**lock, "source": "Spotnana developer portal"}) is None


def test_pin_has_no_prose_but_keeps_properties_named_description() -> None:
    """`description`/`summary` keywords go; `Event.description` the property stays."""
    document = json.loads(PINNED.read_text())

    def prose_keywords(node: object, under_name_map: bool = False) -> int:
        if isinstance(node, list):
            return sum(prose_keywords(item) for item in node)
        if not isinstance(node, dict):
            return 0
        count = 0 if under_name_map else sum(1 for key in node if key in {"description", "summary"})
        return count + sum(
            prose_keywords(value, under_name_map=key in pin_spec.NAME_KEYED_MAPS)
            for key, value in node.items()
            if key not in pin_spec.DATA_KEYWORDS
        )

    assert prose_keywords(document) == 0
    assert "description" in document["components"]["schemas"]["Event"]["properties"]


def test_strip_prose_only_touches_keywords() -> None:
    """Name-keyed maps, instance data and extensions keep their `description` keys."""
    node = {
        "description": "prose",
        "summary": "prose",
        "properties": {"description": {"type": "string", "description": "prose"}},
        "example": {"description": "data"},
        "examples": {"one": {"summary": "prose", "value": {"description": "data"}}},
        "x-note": {"description": "extension"},
    }
    assert pin_spec.strip_prose(node) == {
        "properties": {"description": {"type": "string"}},
        "example": {"description": "data"},
        "examples": {"one": {"value": {"description": "data"}}},
        "x-note": {"description": "extension"},
    }


@pytest.mark.parametrize("raw", [b"not json", b'{"swagger": "2.0", "paths": {}}', b'{"openapi": "3.1.0"}'])
def test_pin_rejects_what_is_not_an_openapi_3_document(raw: bytes) -> None:
    """A clear, typed error names the problem."""
    with pytest.raises(pin_spec.NotAnOpenAPIDocument):
        pin_spec.derive(raw, origin="bad.json", source="s", retrieved="r", pinned_name="p.json")


def test_regenerating_reproduces_generated_byte_for_byte(tmp_path: Path) -> None:
    """Golden record: a fresh generation from the pinned spec equals the committed tree."""
    fresh = generate.generate_into(tmp_path)
    assert generate.diff_trees(fresh, generate.TARGET) == []


def test_diff_trees_reports_drift_readably(tmp_path: Path) -> None:
    """A changed, missing or extra file each shows up in the report."""
    expected, actual = tmp_path / "expected", tmp_path / "actual"
    for folder in (expected, actual):
        folder.mkdir()
        (folder / "same.py").write_text("x = 1\n")
    (expected / "changed.py").write_text("x = 1\n")
    (actual / "changed.py").write_text("x = 2\n")
    (expected / "new.py").write_text("")
    (actual / "extra.py").write_text("")
    report = "\n".join(generate.diff_trees(expected, actual))
    assert "missing from generated/: new.py" in report
    assert "hand-added?): extra.py" in report
    assert "-x = 2" in report
    assert "+x = 1" in report
    assert "same.py" not in report


def test_a_clone_without_the_download_skips_saying_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lock = json.loads(LOCK.read_text())
    (tmp_path / "lock.json").write_text(json.dumps({**lock, "source": "Spotnana developer portal"}))
    monkeypatch.setattr(sys.modules[__name__], "LOCK", tmp_path / "lock.json")
    monkeypatch.setattr(sys.modules[__name__], "SHARED", tmp_path / "no-shared")
    with pytest.raises(pytest.skip.Exception, match=r"original download .* is not here.*\.ci/run.*requires it"):
        test_deriving_from_the_original_reproduces_the_pin_byte_for_byte()
