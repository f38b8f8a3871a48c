"""`make pin-spec`: the change report, and nothing written unless generation succeeds."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest

from codegen import pin_spec, spec_diff

ROOT = Path(__file__).resolve().parents[2]
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
    schema = spec["components"]["schemas"]["CreateEventRequest"]
    # Whichever field the pinned spec still leaves optional: a re-pin that made this one
    # required must not turn this test into a no-op.
    optional = next(name for name in schema["properties"] if name not in schema.get("required", []))
    schema.setdefault("required", []).append(optional)
    assert f"[BREAKING] schema CreateEventRequest.{optional}: made required" in _report(spec)


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
    added = next(name for name in ("region", "region2", "region3") if name not in event)  # new whatever was pinned
    event[added] = {"type": "string"}
    del event["policyId"]
    spec["paths"]["/v2/events/archive"] = {"post": {"operationId": "archiveEvents", "responses": {"200": {}}}}
    report = _report(spec)
    assert "[additive] POST /v2/events/archive: operation added (archiveEvents)" in report
    assert "[additive] GET /v2/events/{eventId} (getEvent): optional parameter query:locale added" in report
    assert "[deprecated] GET /v2/events/{eventId} (getEvent): deprecated (sunset 2027-06-30)" in report
    assert "[BREAKING] schema Event.numTravelers: retyped integer -> string" in report
    assert f"[additive] schema Event.{added}: optional property added (string)" in report
    assert "[BREAKING] schema Event.policyId: property removed" in report
    assert report.splitlines()[0] == "2 breaking, 3 additive, 1 deprecation(s)"


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of openapi/, generated/ and codegen/operations.toml to pin into: a test must
    never rewrite the repository's own files, whatever the pin does."""
    out_dir = tmp_path / "openapi"
    shutil.copytree(ROOT / "openapi", out_dir)
    shutil.copy(ROOT / "codegen" / "operations.toml", tmp_path / "operations.toml")
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
        operations_table=out_dir.parent / "operations.toml",
    )


def test_pinning_a_new_spec_updates_lock_pin_generated_and_what_derives_from_them_together(
    workspace: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One pin (a generation takes seconds) of the project's own package: lock (with the source
    as given), pinned copy, generated/, and docs/api.md and the README's typed examples change
    together, not a step later."""
    from codegen import api_docs, generate, readme_examples

    out_dir, generated = workspace
    docs, examples = tmp_path / "docs" / "api.md", tmp_path / "readme_examples.py"
    monkeypatch.setattr(generate, "TARGET", generated)
    monkeypatch.setattr(api_docs, "TARGET", docs)
    monkeypatch.setattr(readme_examples, "TARGET", examples)
    spec = _spec()
    spec["components"]["schemas"]["EventStatus"]["enum"].append("ARCHIVED")
    source = "https://developer.spotnana.com/openapi/event-api-v2.json (downloaded by hand)"
    report = pin_spec.pin(
        json.dumps(spec).encode(), origin="new-spec.json", out_dir=out_dir, name="event-api-v2", source=source,
        retrieved=None, generated=generated, operations_table=out_dir.parent / "operations.toml",
    )  # fmt: skip
    assert "enum value 'ARCHIVED' added" in report
    assert '"ARCHIVED"' in (out_dir / "event-api-v2.json").read_text()
    lock = json.loads((out_dir / "event-api-v2.lock.json").read_text())
    assert lock["source"] == source
    assert lock["pinned_sha256"] == pin_spec.sha256((out_dir / "event-api-v2.json").read_bytes())
    assert 'ARCHIVED = "ARCHIVED"' in (generated / "models" / "event_status.py").read_text()
    assert lock["pinned_sha256"] in (generated / "_spec.py").read_text()
    assert "### `sp.events.get`" in docs.read_text()
    assert examples.read_text().startswith('"""Every Python example of README.md')


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
    """The generator refuses the document (a schema whose type is not a JSON Schema type): no write."""
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    spec = _spec()
    spec["components"]["schemas"]["EventLocation"]["type"] = 42
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


def _table_copy(tmp_path: Path) -> Path:
    table = tmp_path / "operations.toml"
    shutil.copy(ROOT / "codegen" / "operations.toml", table)
    return table


def test_a_removed_operation_is_pruned_from_operations_toml(workspace: tuple[Path, Path], tmp_path: Path) -> None:
    """The dry run names the stale entries; the real run deletes them and generation succeeds.
    The operation removed is the table's last one (testInvite today; whichever a re-pin left)."""
    from spotnana_event_api.facade import OPERATIONS

    out_dir, generated = workspace
    table = _table_copy(tmp_path)
    before = table.read_text()
    rows = list(tomllib.loads(before))
    removed, first = rows[-1], rows[0]
    spec = _spec()
    path, method = next(
        (path, method)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("operationId") == removed
    )
    del spec["paths"][path][method]
    raw = json.dumps(spec).encode()
    args = {"origin": "x", "out_dir": out_dir, "name": "event-api-v2", "source": "t", "retrieved": "2026-11-26"}
    dry = pin_spec.pin(raw, **args, generated=generated, dry_run=True, operations_table=table)
    assert f"operations.toml: [{removed}] no longer apply" in dry
    assert table.read_text() == before
    report = pin_spec.pin(raw, **args, generated=generated, operations_table=table)
    assert f"[{removed}] no longer apply" in report
    after = table.read_text()
    assert f"[{removed}]" not in after
    assert f"[{rows[-2]}]" in after
    assert after.startswith(before.split(f"[{first}]")[0])  # the header comments are kept
    module = OPERATIONS[removed].module
    assert (ROOT / "generated" / "spotnana_event_api" / "api" / "events" / f"{module}.py").exists()
    assert not (generated / "api" / "events" / f"{module}.py").exists()
    assert f'"{removed}"' not in (generated / "facade.py").read_text()


def test_make_pin_spec_passes_source_through() -> None:
    result = subprocess.run(
        ["make", "-n", "pin-spec", "SPEC=new.json", "SOURCE=https://example.test/spec.json"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "codegen.pin_spec \"new.json\"  --source 'https://example.test/spec.json'" in result.stdout


PASSWD_AT = "#/components/schemas/CreateEventRequest/properties/passwd"


def _with_passwd(reference: str, **schemas: Any) -> dict[str, Any]:
    spec = _spec()
    spec["components"]["schemas"]["CreateEventRequest"]["properties"]["passwd"] = {"$ref": reference}
    spec["components"]["schemas"].update(schemas)
    return spec


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        (_with_passwd("file:///etc/passwd"), "$ref 'file:///etc/passwd' is external"),
        (_with_passwd("http://example.test/s.json#/A"), "$ref 'http://example.test/s.json#/A' is external"),
        (_with_passwd("#/components/schemas/Nope"), "$ref '#/components/schemas/Nope' does not resolve"),
        (
            _with_passwd(
                "#/components/schemas/Loop1",
                Loop1={"$ref": "#/components/schemas/Loop2"},
                Loop2={"$ref": "#/components/schemas/Loop1"},
            ),
            "$ref '#/components/schemas/Loop1' is a cycle "
            "(#/components/schemas/Loop1 -> #/components/schemas/Loop2 -> #/components/schemas/Loop1)",
        ),
    ],
    ids=["file", "http", "missing", "cycle"],
)
def test_an_unresolvable_reference_names_its_pointer_and_writes_nothing(
    workspace: tuple[Path, Path], spec: dict[str, Any], problem: str
) -> None:
    """Once reported as "1 additive" while the regenerated SDK had no create_event.py."""
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    with pytest.raises(pin_spec.PinFailed) as failure:
        _pin(json.dumps(spec).encode(), workspace)
    assert f"{PASSWD_AT}: {problem}" in str(failure.value)
    assert str(failure.value).endswith("nothing written")
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before


@pytest.mark.parametrize("path", ["/v2/events/../admin/{eventId}", "/v2/%2E%2E/admin/{eventId}", "/v2/./events"])
def test_a_path_with_dot_segments_is_refused(workspace: tuple[Path, Path], path: str) -> None:
    spec = _spec()
    spec["paths"][path] = copy.deepcopy(spec["paths"]["/v2/events/{eventId}"])
    with pytest.raises(pin_spec.PinFailed, match=r"has a '\.' or '\.\.' segment"):
        _pin(json.dumps(spec).encode(), workspace, dry_run=True)


def test_an_operation_the_generator_skips_fails_the_pin(workspace: tuple[Path, Path]) -> None:
    """openapi-python-client drops an endpoint it cannot read with only a warning: the pin fails,
    naming the operation and the generator's reason, and writes nothing."""
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    spec = _spec()
    parameters = spec["paths"]["/v2/events/{eventId}"]["get"]["parameters"]
    parameters.append({"name": "ghost", "in": "path", "required": True, "schema": {"type": "string"}})
    with pytest.raises(pin_spec.PinFailed) as failure:
        _pin(json.dumps(spec).encode(), workspace)
    message = str(failure.value)
    assert "generation failed, nothing written" in message
    assert "the generator produced no endpoint for ['getEvent']" in message
    assert "Path parameters do not match with path" in message
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before


def test_two_operation_ids_with_one_python_name_fail_the_pin(workspace: tuple[Path, Path]) -> None:
    """exportRoster and export_roster would share a module, an OPERATIONS key and a facade
    method: one would silently replace the other."""
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    spec = _spec()
    item = spec["paths"]["/v2/events/{eventId}"]
    for number, operation_id in enumerate(["exportRoster", "export_roster"]):
        operation = {**copy.deepcopy(item["get"]), "operationId": operation_id}
        spec["paths"][f"/v2/events/{{eventId}}/export{number}"] = {**copy.deepcopy(item), "get": operation}
        for method in ("put", "delete", "post", "patch"):
            spec["paths"][f"/v2/events/{{eventId}}/export{number}"].pop(method, None)
    with pytest.raises(pin_spec.PinFailed) as failure:
        _pin(json.dumps(spec).encode(), workspace)
    assert "'exportRoster'" in str(failure.value)
    assert "'export_roster'" in str(failure.value)
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before


@pytest.mark.parametrize(
    ("operation_id", "taken_by"),
    [("cancel", "cancelEvent"), ("bulkCancel", "Events.bulk_cancel"), ("withRawResponse", "with_raw_response")],
)
def test_a_new_operation_named_like_a_method_already_there_fails_the_pin(
    workspace: tuple[Path, Path], operation_id: str, taken_by: str
) -> None:
    """A new operation's facade method (named after its id) must not replace another operation's
    method, nor be hidden by a method the SDK's resource class defines."""
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    spec = _spec()
    item = spec["paths"]["/v2/events/{eventId}"]
    operation = {**copy.deepcopy(item["get"]), "operationId": operation_id}
    spec["paths"]["/v2/events/{eventId}/other"] = {
        **{key: value for key, value in item.items() if key == "parameters"},
        "get": operation,
    }
    with pytest.raises(pin_spec.PinFailed) as failure:
        _pin(json.dumps(spec).encode(), workspace)
    assert operation_id in str(failure.value)
    assert taken_by in str(failure.value)
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before


@pytest.mark.parametrize("folder", ["my-work", "overlays-like"])
def test_a_generated_target_that_is_not_a_generated_package_is_refused(
    workspace: tuple[Path, Path], tmp_path: Path, folder: str
) -> None:
    """``--generated`` names the folder the pin replaces whole: never one it did not generate
    (a typo, ``.``, or the SDK's own ``overlays``), which would be deleted."""
    out_dir, _ = workspace
    target = tmp_path / folder
    (target / "sub").mkdir(parents=True)
    (target / "sub" / "mine.py").write_text("precious = True\n")
    (target / "py.typed").write_text("")
    before = _snapshot(out_dir), _snapshot(target)
    with pytest.raises(pin_spec.PinFailed, match="not a generated package"):
        _pin(json.dumps(_spec()).encode(), (out_dir, target))
    assert (_snapshot(out_dir), _snapshot(target)) == before


def test_references_in_instance_data_and_recursive_schemas_are_fine() -> None:
    """A "$ref" key inside an example is data; a schema reaching itself through a property is a tree."""
    from codegen import spec_checks

    spec = _spec()
    schemas = spec["components"]["schemas"]
    schemas["Node"] = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
    }
    schemas["Node"]["example"] = {"$ref": "file:///etc/passwd"}
    schemas["Alias"] = {"$ref": "#/components/schemas/Node"}
    assert spec_checks.reference_problems(spec) == []
    assert spec_checks.pointer(["paths", "/v2/a~b", "get"]) == "#/paths/~1v2~1a~0b/get"


def test_a_missing_endpoint_module_is_named(tmp_path: Path) -> None:
    from codegen import facade

    (tmp_path / "api" / "events").mkdir(parents=True)
    (tmp_path / "api" / "events" / "get_event.py").write_text("")
    modules = {"getEvent": "api/events/get_event.py", "createEvent": "api/events/create_event.py"}
    with pytest.raises(facade.FacadeError, match=r"\['createEvent \(api/events/create_event.py\)'\]"):
        facade.Facade(source="", modules=modules).check_modules(tmp_path)


def test_a_document_nested_too_deeply_is_a_clear_error(workspace: tuple[Path, Path]) -> None:
    deep = '{"openapi": "3.0.3", "paths": {}, "x-deep": ' + "[" * 50_000 + "]" * 50_000 + "}"
    before = _snapshot(workspace[0]), _snapshot(workspace[1])
    with pytest.raises(pin_spec.PinFailed, match="nested too deeply"):
        _pin(deep.encode(), workspace)
    assert (_snapshot(workspace[0]), _snapshot(workspace[1])) == before
