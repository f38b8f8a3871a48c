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
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PINNED = ROOT / "openapi" / "event-api-v2.json"


def project_files(root: Path = ROOT) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root, capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    return sorted(name for name in listed.split("\0") if name and (root / name).is_file())


def copy_repository(destination: Path) -> Path:
    for name in project_files():
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    return destination


def pinned_spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(PINNED.read_text())
    return copy.deepcopy(document)


def environment(repository: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHONPATH"))}
    env["PYTHONPATH"] = os.pathsep.join(str(repository / folder) for folder in ("generated", "overlays", "."))
    return env


def pin(repository: Path, spec: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    new = repository / "build" / "new-spec.json"
    new.parent.mkdir(parents=True, exist_ok=True)
    new.write_text(json.dumps(spec, indent=2))
    return subprocess.run(
        [sys.executable, "-m", "codegen.pin_spec", str(new), "--source", "a re-pin test"],
        cwd=repository, env=environment(repository), capture_output=True, text=True, check=False,
    )  # fmt: skip


def run_tests(repository: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *arguments],
        cwd=repository, env=environment(repository), capture_output=True, text=True, check=False,
    )  # fmt: skip
