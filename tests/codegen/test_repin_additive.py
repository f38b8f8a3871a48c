"""An additive re-pin (an optional field and a new operation) in a copy of the repository,
then the tests that read the operation set: green, and the SDK has the new method."""

from __future__ import annotations

from pathlib import Path

from tests.codegen import _repin


def test_an_additive_repin_keeps_the_tests_green(tmp_path: Path) -> None:
    repository = _repin.copy_repository(tmp_path / "repository")
    spec = _repin.pinned_spec()
    spec["components"]["schemas"]["Event"]["properties"]["region"] = {"type": "string"}
    spec["paths"]["/v2/events/{eventId}/archive"] = {
        "post": {
            "tags": ["Events"],
            "operationId": "archiveEvent",
            "parameters": [{"name": "eventId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}}}},
        }
    }
    pinned = _repin.pin(repository, spec)
    assert pinned.returncode == 0, pinned.stdout[-3000:] + pinned.stderr[-3000:]
    assert "[additive] POST /v2/events/{eventId}/archive: operation added (archiveEvent)" in pinned.stdout
    assert "[additive] schema Event.region: optional property added (string)" in pinned.stdout
    generated = repository / "generated" / "spotnana_event_api"
    assert (generated / "api" / "events" / "archive_event.py").is_file()
    assert "async def archive_event(" in (generated / "facade.py").read_text()
    assert "region" in (generated / "models" / "event.py").read_text()

    result = _repin.run_tests(repository, *_repin.AFFECTED_TESTS)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
