"""`make pin-spec`: the change report, and nothing written unless generation succeeds."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen import pin_spec, spec_diff

ROOT = Path(__file__).resolve().parent.parent
PINNED = json.loads((ROOT / "openapi" / "event-api-v2.json").read_text())


def _report(changed: dict[str, Any]) -> str:
    return spec_diff.report(spec_diff.diff(PINNED, changed))


def _spec() -> dict[str, Any]:
    return copy.deepcopy(PINNED)


def test_an_operation_removed_is_breaking() -> None:
    spec = _spec()
    del spec["paths"]["/v2/events/{eventId}"]["delete"]
    assert "[BREAKING] DELETE /v2/events/{eventId}: operation removed (deleteEvent)" in _report(spec)


def test_an_enum_value_added_is_additive() -> None:
    spec = _spec()
    spec["components"]["schemas"]["EventStatus"]["enum"].append("ARCHIVED")
    assert "[additive] schema EventStatus: enum value 'ARCHIVED' added" in _report(spec)


def test_a_field_made_required_is_breaking() -> None:
    spec = _spec()
    spec["components"]["schemas"]["CreateEventRequest"]["required"].append("externalId")
    assert "[BREAKING] schema CreateEventRequest.externalId: made required" in _report(spec)


def test_a_schema_renamed_is_reported_as_a_rename() -> None:
    spec = _spec()
    schemas = spec["components"]["schemas"]
    schemas["EventPlace"] = schemas.pop("EventLocation")
    text = json.dumps(spec).replace("#/components/schemas/EventLocation", "#/components/schemas/EventPlace")
    report = _report(json.loads(text))
    assert "[BREAKING] schema EventLocation: renamed to EventPlace" in report
    assert "[BREAKING] schema Event.location: retyped EventLocation -> EventPlace" in report


def test_other_changes_are_classified() -> None:
    spec = _spec()
    operation = spec["paths"]["/v2/events/{eventId}"]["get"]
    operation["parameters"].append({"name": "locale", "in": "query", "schema": {"type": "string"}})
    operation["deprecated"] = True
    operation["x-sunset"] = "2027-06-30"
    event = spec["components"]["schemas"]["Event"]["properties"]
    event["numTravelers"] = {"type": "string"}
    event["region"] = {"type": "string"}
    del event["policyId"]
    spec["paths"]["/v2/events/archive"] = {"post": {"operationId": "archiveEvents", "responses": {"200": {}}}}
    report = _report(spec)
    assert "[additive] POST /v2/events/archive: operation added (archiveEvents)" in report
    assert "[additive] GET /v2/events/{eventId} (getEvent): optional parameter query:locale added" in report
    assert "[deprecated] GET /v2/events/{eventId} (getEvent): deprecated (sunset 2027-06-30)" in report
    assert "[BREAKING] schema Event.numTravelers: retyped integer -> string" in report
    assert "[additive] schema Event.region: optional property added (string)" in report
    assert "[BREAKING] schema Event.policyId: property removed" in report
    assert report.splitlines()[0] == "2 breaking, 3 additive, 1 deprecation(s)"


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of openapi/ and generated/ to pin into."""
    out_dir = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", out_dir)
    generated = tmp_path / "generated" / "spotnana_event_api"
    shutil.copytree(ROOT / "generated" / "spotnana_event_api", generated)
    return out_dir, generated


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _pin(raw: bytes, workspace: tuple[Path, Path], *, dry_run: bool = False) -> str:
    out_dir, generated = workspace
    return pin_spec.pin(
        raw,
        origin="new-spec.json",
        out_dir=out_dir,
        name="event-api-v2",
        source="test",
        retrieved="2026-11-26",
        generated=generated,
        dry_run=dry_run,
    )


def test_pinning_a_new_spec_updates_lock_pin_and_generated_together(workspace: tuple[Path, Path]) -> None:
    out_dir, generated = workspace
    spec = _spec()
    spec["components"]["schemas"]["EventStatus"]["enum"].append("ARCHIVED")
    report = _pin(json.dumps(spec).encode(), workspace)
    assert "enum value 'ARCHIVED' added" in report
    assert '"ARCHIVED"' in (out_dir / "event-api-v2.json").read_text()
    lock = json.loads((out_dir / "event-api-v2.lock.json").read_text())
    assert lock["pinned_sha256"] == pin_spec.sha256((out_dir / "event-api-v2.json").read_bytes())
    assert 'ARCHIVED = "ARCHIVED"' in (generated / "models" / "event_status.py").read_text()
    assert lock["pinned_sha256"] in (generated / "_spec.py").read_text()


def test_dry_run_writes_nothing(workspace: tuple[Path, Path]) -> None:
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    spec = _spec()
    del spec["paths"]["/v2/events/list"]
    assert "operation removed (listEvents)" in _pin(json.dumps(spec).encode(), workspace, dry_run=True)
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"<html>not json</html>", "not JSON"),
        (b'{"swagger": "2.0", "paths": {}}', "not an OpenAPI 3 document"),
    ],
)
def test_a_file_that_is_not_a_spec_writes_nothing(workspace: tuple[Path, Path], raw: bytes, message: str) -> None:
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    with pytest.raises(pin_spec.PinFailed, match=message):
        _pin(raw, workspace)
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before


def test_a_spec_that_fails_to_generate_writes_nothing(workspace: tuple[Path, Path]) -> None:
    """An operation codegen/operations.toml names is gone: generation fails, no write."""
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    spec = _spec()
    del spec["paths"]["/v2/events/list"]
    with pytest.raises(pin_spec.PinFailed, match="generation failed, nothing written"):
        _pin(json.dumps(spec).encode(), workspace)
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before


def test_a_fix_whose_target_is_gone_is_reported_not_fatal(workspace: tuple[Path, Path]) -> None:
    """A targeted request body is gone: the report names the skipped overlay action."""
    spec = _spec()
    del spec["paths"]["/v2/events"]["post"]["requestBody"]
    text = _pin(json.dumps(spec).encode(), workspace, dry_run=True)
    assert "overlay action skipped: $.paths['/v2/events'].post.requestBody not found" in text


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    assert pin_spec.main([str(bad), "--dry-run"]) == 2
    assert "not an OpenAPI 3 document" in capsys.readouterr().err
