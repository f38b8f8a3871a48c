"""The README's install lines work as written: each runs with bash, in a fresh copy of this
checkout (a git repository of its own, which SPOTNANA_EVENTS_GIT points at), with a fresh
virtual environment's pip first on PATH. Offline: pip finds the dependencies where this
machine's pip configuration says, and the git URL is a file:// one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = (ROOT / "README.md").read_text().split("## Install\n", 1)[1].split("\n## ", 1)[0]
(BLOCK,) = re.findall(r"^```sh\n(.*?)^```", INSTALL, re.M | re.S)
LINES = [line.split("  #", 1)[0].strip() for line in BLOCK.splitlines() if line.strip()]
PIP_LINES = [line for line in LINES if line.startswith("pip install")]


def _checkout_copy(dest: Path) -> Path:
    """The working tree's files that git knows of (tracked, or new and not ignored), committed
    in a repository of their own: what a user's clone holds."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "init.defaultBranch=main"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copy"]):
        subprocess.run([*git, *command], cwd=dest, check=True, capture_output=True)
    return dest


def _bash(line: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_the_install_section_has_the_lines_this_test_runs() -> None:
    assert LINES[0] == "make dist"
    assert len(PIP_LINES) == 4
    assert not [line for line in LINES if "OWNER" in line or "example.com" in line]


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("make") is None, reason="needs git and make")
def test_readme_install_lines_work_as_written(tmp_path: Path) -> None:
    checkout = _checkout_copy(tmp_path / "spotnana-events")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SPOTNANA_", "VIRTUAL_ENV", "PYTHON"))},
        "PATH": f"{env_dir / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    make = _bash(LINES[0], checkout, env)
    assert make.returncode == 0, make.stdout + make.stderr
    (wheel,) = (checkout / "dist").glob("*.whl")

    unset = _bash(PIP_LINES[-1], checkout, env)  # the variable is the reader's to set: said so, nothing done
    assert unset.returncode != 0
    assert "SPOTNANA_EVENTS_GIT: the URL you clone this repository from" in unset.stderr
    # file://localhost/...: the pip that ensurepip brings (23.x) refuses a git+file:/// URL with no host.
    env["SPOTNANA_EVENTS_GIT"] = f"file://localhost{checkout}"

    python = env_dir / "bin" / "python"
    probe = (
        "import importlib.metadata as md, importlib.util, spotnana_events;"
        "print(md.version('spotnana-events'), importlib.util.find_spec('uvicorn') is not None)"
    )
    for line in PIP_LINES:
        installed = _bash(line, checkout, env)
        assert installed.returncode == 0, f"{line}\n{installed.stdout}{installed.stderr}"
        # Run from elsewhere: the checkout's own folders must not be what gets imported.
        facts = subprocess.run([python, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
        version, has_uvicorn = facts.stdout.split()
        assert f"-{version}-" in wheel.name
        assert has_uvicorn == str("[testing]" in line)
        # The next line must install what it promises itself (pip skips one not installed).
        subprocess.run(
            [python, "-m", "pip", "uninstall", "-q", "-y", "spotnana-events", "uvicorn"],
            check=True,
            capture_output=True,
        )
