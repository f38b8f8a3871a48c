"""`make vendor` writes into a user's repository: standard library only, all or nothing, and it
never deletes or overwrites what it did not write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
import venv
from pathlib import Path

import pytest

from codegen import vendor

ROOT = Path(__file__).resolve().parents[2]


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _make_vendor(python: str, dest: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "MAKE"))}
    return subprocess.run(
        ["make", "--no-print-directory", "vendor", f"PYTHON={python}", f"DEST={dest}", *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_make_vendor_runs_on_an_interpreter_with_nothing_installed(tmp_path: Path) -> None:
    """A bare venv (no site-packages of ours, no httpx) vendors into a path with spaces, quotes
    and a leading dash, and the note records the version and spec hash read from the files."""
    bare = tmp_path / "bare venv"
    venv.create(bare, with_pip=False, symlinks=True)
    python = str(bare / "bin" / "python")
    probe = subprocess.run([python, "-c", "import httpx"], capture_output=True, text=True, check=False)
    assert "No module named 'httpx'" in probe.stderr  # really nothing installed
    dest = tmp_path / "-my repo's" / "src dir"
    result = _make_vendor(f"'{python}'", dest, "PREFIX=svc._vendor", "TESTING=1", "EXTRAS=redis")
    assert result.returncode == 0, result.stdout + result.stderr
    base = dest / "svc" / "_vendor"
    note = (base / vendor.NOTE).read_text()
    spec = vendor.module_constants(vendor.SPEC_MODULE)
    assert f"- SDK version: {vendor.module_constants(vendor.VERSION_MODULE)['__version__']}\n" in note
    assert f"sha256: {spec['SPEC_SHA256']}\n" in note
    assert (base / "spotnana_events" / "testing" / "plugin.py").is_file()
    assert (base / "spotnana_events" / "fleet.py").is_file()
    assert (dest / "svc" / "__init__.py").is_file()
    manifest = json.loads((base / vendor.MANIFEST).read_text())["files"]
    assert set(manifest) == set(_tree(base)) - {vendor.MANIFEST}


def test_a_folder_with_the_users_files_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    """A non-empty destination that holds no vendored copy: refused, with a message saying what to do."""
    (tmp_path / "app.py").write_text("mine\n")
    (tmp_path / "spotnana_events").mkdir()
    (tmp_path / "spotnana_events" / "my_work.py").write_text("also mine\n")
    before = _tree(tmp_path)
    with pytest.raises(vendor.VendorError, match=r"not empty and holds no vendored copy \(app.py, spotnana_events\)"):
        vendor.vendor(tmp_path)
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.py", "spotnana_events"]  # no staging left over


def test_work_added_to_or_edited_in_a_vendored_copy_is_never_deleted(tmp_path: Path) -> None:
    """A file the vendoring did not write, or a vendored file changed since, stops a re-vendoring."""
    base = vendor.vendor(tmp_path, "svc._vendor")
    (base / "spotnana_events" / "my_work.py").write_text("mine\n")
    with pytest.raises(vendor.VendorError, match=r"did not write: spotnana_events/my_work.py.*nothing was changed"):
        vendor.vendor(tmp_path, "svc._vendor", testing=True)
    assert (base / "spotnana_events" / "my_work.py").read_text() == "mine\n"
    assert not (base / "spotnana_events" / "testing").exists()

    (base / "spotnana_events" / "my_work.py").unlink()
    edited = base / "spotnana_event_api" / "facade.py"
    edited.write_text(edited.read_text() + "# my fix\n")
    before = _tree(tmp_path)
    with pytest.raises(vendor.VendorError, match=r"changed since: spotnana_event_api/facade.py"):
        vendor.vendor(tmp_path, "svc._vendor")
    assert _tree(tmp_path) == before


def test_a_previous_copy_is_replaced_whole(tmp_path: Path) -> None:
    """Re-vendoring over an unchanged copy (bytecode beside it is fine) replaces it: what the new
    options leave out goes, the user's package around the copy stays."""
    (tmp_path / "svc").mkdir()
    (tmp_path / "svc" / "__init__.py").write_text("VERSION = 1\n")
    (tmp_path / "svc" / "service.py").write_text("mine\n")
    base = vendor.vendor(tmp_path, "svc._vendor", testing=True)
    assert (base / "spotnana_events" / "testing").is_dir()
    cache = base / "spotnana_events" / "__pycache__"
    cache.mkdir()
    (cache / "_auth.cpython-311.pyc").write_bytes(b"\0")
    again = vendor.vendor(tmp_path, "svc._vendor")
    assert again == base
    assert not (base / "spotnana_events" / "testing").exists()
    assert not cache.exists()
    assert (tmp_path / "svc" / "__init__.py").read_text() == "VERSION = 1\n"  # the user's package: untouched
    assert (tmp_path / "svc" / "service.py").read_text() == "mine\n"
    assert sorted(p.name for p in (tmp_path / "svc").iterdir()) == ["__init__.py", "_vendor", "service.py"]


def test_a_failure_while_copying_leaves_the_destination_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built in a temporary folder and moved into place at the end: a crash half-way changes nothing,
    for a new destination (nothing is created) as for a previous copy (kept whole)."""
    calls = 0
    real = vendor.rewrite_mentions

    def crash_half_way(source: str, prefix: str) -> str:
        nonlocal calls
        calls += 1
        if calls == 40:
            raise OSError("disk full")
        return real(source, prefix)

    monkeypatch.setattr(vendor, "rewrite_mentions", crash_half_way)
    with pytest.raises(OSError, match="disk full"):
        vendor.vendor(tmp_path / "new", "svc._vendor")
    assert list(tmp_path.iterdir()) == []

    monkeypatch.setattr(vendor, "rewrite_mentions", real)
    vendor.vendor(tmp_path, "svc._vendor")
    before = _tree(tmp_path)
    calls = 0
    monkeypatch.setattr(vendor, "rewrite_mentions", crash_half_way)
    with pytest.raises(OSError, match="disk full"):
        vendor.vendor(tmp_path, "svc._vendor", testing=True)
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in (tmp_path / "svc").iterdir()) == ["__init__.py", "_vendor"]


@pytest.mark.parametrize(
    ("failure", "raised", "message"),
    [
        (OSError, vendor.VendorError, "could not move the copy into .*it is as it was"),
        (KeyboardInterrupt, KeyboardInterrupt, "device busy"),
    ],
)
def test_a_failure_while_moving_into_place_puts_the_previous_copy_back(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: type[BaseException],
    raised: type[BaseException],
    message: str,
) -> None:
    """A full disk or a Ctrl-C between two moves: the previous copy is back, whole."""
    base = vendor.vendor(tmp_path, "svc._vendor")
    before = _tree(tmp_path)
    real_rename = Path.rename
    moved = 0

    def rename(self: Path, target: Path | str) -> Path:
        nonlocal moved
        if Path(target).parent == base:
            moved += 1
            if moved == 2:  # the second new entry cannot be moved in
                raise failure("device busy")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(raised, match=message):
        vendor.vendor(tmp_path, "svc._vendor", testing=True)
    monkeypatch.setattr(Path, "rename", real_rename)
    assert _tree(tmp_path) == before


def test_a_destination_inside_this_project_is_refused(tmp_path: Path) -> None:
    """`python -m codegen.vendor overlays` used to delete the SDK's own source tree."""
    for inside in (ROOT / "overlays", ROOT, ROOT / "build" / f"vendor-{uuid.uuid4().hex}"):
        with pytest.raises(vendor.VendorError, match="inside this project"):
            vendor._check_outside_project(inside)
    link = tmp_path / "link"
    link.symlink_to(ROOT / "build", target_is_directory=True)
    target = f"vendor-{uuid.uuid4().hex}"
    command = [sys.executable, "-m", "codegen.vendor", str(link / target)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "inside this project" in result.stderr
    assert not (ROOT / "build" / target).exists()


def test_the_note_speaks_of_the_users_repository(tmp_path: Path) -> None:
    """Exclude paths relative to the repository root (pyproject.toml), for ruff and pyright, and a
    TESTING=1 copy says that type-checking it needs uvicorn."""
    repo = tmp_path / "myservice"
    (repo / "src").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("[project]\nname = 'myservice'\n")
    base = vendor.vendor(repo / "src", "myservice._vendor", testing=True)
    note = (base / vendor.NOTE).read_text()
    paths = '"src/myservice/_vendor/spotnana_event_api", "src/myservice/_vendor/spotnana_events"'
    assert f"extend-exclude = [{paths}]" in note
    assert f'exclude = ["**/node_modules", "**/__pycache__", "**/.*", {paths}]' in note
    assert f"relative to `{repo}`, your repository's root" in note
    assert "install pytest and uvicorn where the checker runs" in note


def test_make_vendor_without_dest_says_how() -> None:
    result = subprocess.run(["make", "-s", "vendor", "DEST="], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "usage: make vendor DEST=dir" in result.stdout


@pytest.mark.parametrize("stray", ["../victim", "/", "", "spotnana_events/../../victim", "notes.txt"])
def test_a_manifest_naming_other_paths_is_not_trusted(tmp_path: Path, stray: str) -> None:
    """A manifest is data found on disk: one that names anything a vendoring never writes is
    refused before anything moves (else "../victim" would take the folder beside the copy)."""
    (tmp_path / "victim").mkdir()
    (tmp_path / "victim" / "work.py").write_text("mine\n")
    base = vendor.vendor(tmp_path / "copy")
    manifest = json.loads((base / vendor.MANIFEST).read_text())
    manifest["files"][stray] = "0" * 64
    (base / vendor.MANIFEST).write_text(json.dumps(manifest))
    before = _tree(tmp_path)
    with pytest.raises(vendor.VendorError, match="is not a vendoring manifest"):
        vendor.vendor(tmp_path / "copy")
    assert _tree(tmp_path) == before


@pytest.mark.parametrize("prefix", ["my-service.vendor", "svc.class", "svc..v", ".svc"])
def test_a_prefix_that_cannot_be_imported_is_refused(tmp_path: Path, prefix: str) -> None:
    with pytest.raises(vendor.VendorError, match="dotted Python package path"):
        vendor.vendor(tmp_path, prefix)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("prefix", ["json._vendor", "logging", "httpx.vendored", "spotnana_events"])
def test_a_prefix_that_would_shadow_a_module_the_copy_or_the_user_imports_is_refused(
    tmp_path: Path, prefix: str
) -> None:
    """DEST/json/__init__.py (or httpx/, ...) on the user's path hides the real module from their
    whole application, and from the copy itself."""
    with pytest.raises(vendor.VendorError, match="would shadow"):
        vendor.vendor(tmp_path, prefix)
    assert list(tmp_path.iterdir()) == []


def test_a_destination_reached_through_a_symlink_works(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    vendor.vendor(tmp_path / "link")
    vendor.vendor(tmp_path / "link")  # and again, over its own copy
    assert (tmp_path / "real" / "spotnana_events" / "_client.py").is_file()
