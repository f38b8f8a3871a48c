"""A re-pin as the README tells a user to do it, in a temporary copy of the repository:
``make pin-spec SPEC=new.json`` (here: ``python -m codegen.pin_spec``), then the tests.

The copy holds the project's files as git sees them (tracked and untracked, not ignored);
the packages are imported from the copy (PYTHONPATH precedes the editable install, whose
finder comes last), with this checkout's ``.venv`` interpreter and tools.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.project_copy import copy_project

ROOT = Path(__file__).resolve().parents[2]
PINNED = ROOT / "openapi" / "event-api-v2.json"
# The tests that count or name operations (the spec's paths, the generated OPERATIONS,
# codegen/operations.toml), the golden record and the change report: what a re-pin turned
# red without any SDK breakage (the whole suite, run after both re-pins, failed only there;
# the other tests that read OPERATIONS iterate over it). Running it all twice more would
# double `make test`.
AFFECTED_TESTS = (
    "tests/codegen/test_pin_and_golden.py",
    "tests/codegen/test_pin_spec.py::test_other_changes_are_classified",
    "tests/generated/test_endpoints.py",
    "tests/generated/test_operation_docs.py",
    "tests/sdk/test_client.py",
    "tests/fake/test_fake.py",
)


def copy_repository(destination: Path) -> Path:
    return copy_project(destination)


def pinned_spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(PINNED.read_text())
    return copy.deepcopy(document)


def environment(repository: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHONPATH"))}
    env["PYTHONPATH"] = os.pathsep.join(str(repository / folder) for folder in ("generated", "overlays", "."))
    return env


def pin(repository: Path, spec: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    """``make pin-spec SPEC=new.json SOURCE=<its path>``: the lock names the download, where the
    golden test finds it."""
    new = repository.parent / "new-spec.json"
    new.write_text(json.dumps(spec, indent=2))
    return subprocess.run(
        [sys.executable, "-m", "codegen.pin_spec", str(new), "--source", str(new)],
        cwd=repository, env=environment(repository), capture_output=True, text=True, check=False,
    )  # fmt: skip


def run_tests(repository: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *arguments],
        cwd=repository, env=environment(repository), capture_output=True, text=True, check=False,
    )  # fmt: skip
