"""A removing re-pin (testInvite dropped) in a copy of the repository, then the tests that
read the operation set: green, and nothing of the operation is left."""

from __future__ import annotations

from pathlib import Path

from tests.codegen import _repin


def test_a_removing_repin_keeps_the_tests_green(tmp_path: Path) -> None:
    repository = _repin.copy_repository(tmp_path / "repository")
    spec = _repin.pinned_spec()
    del spec["paths"]["/v2/events/{eventId}/invite/test"]
    pinned = _repin.pin(repository, spec)
    assert pinned.returncode == 0, pinned.stdout[-3000:] + pinned.stderr[-3000:]
    assert "[BREAKING] POST /v2/events/{eventId}/invite/test: operation removed (testInvite)" in pinned.stdout
    generated = repository / "generated" / "spotnana_event_api"
    assert not (generated / "api" / "events" / "test_invite.py").exists()
    assert '"testInvite"' not in (generated / "facade.py").read_text()
    assert "[testInvite]" not in (repository / "codegen" / "operations.toml").read_text()

    result = _repin.run_tests(repository, *_repin.AFFECTED_TESTS)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
