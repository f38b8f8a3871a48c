"""Copy the SDK into another repository (standard library only: run it with any Python 3.11).

    python -m codegen.vendor DEST                  # DEST/spotnana_event_api, DEST/spotnana_events
    python -m codegen.vendor DEST --prefix myservice._vendor
        # DEST/myservice/_vendor/{spotnana_event_api,spotnana_events}, imports rewritten

Both packages are copied; the fake (spotnana_events.testing, which needs pytest and
uvicorn for its plugin and server) only with ``--testing``, and the modules of the optional
extras (``EXTRA_MODULES``) only with ``--extra NAME``, so a copy without them passes
``mypy --strict`` in a project that has none of those packages. With a prefix, every import, docstring,
the logger name and the fake's ``prog`` name are rewritten to the vendored path, so the
copy never refers to the top-level names. A note beside the copies records the SDK
version and spec hash, and how to keep the copy out of linters and wire the fixture.

The folder that holds the copies (DEST, or DEST/<prefix as folders>) belongs to the copy:
it must be new, empty, or hold a previous vendoring and nothing else. A manifest
(``MANIFEST``) lists every file a vendoring wrote with its sha256; a re-vendoring replaces
the previous copy only where every file still matches it, so nothing the user wrote or
edited is ever deleted. The copy is built in a temporary folder beside the destination and
moved into place at the end: a failure leaves the destination as it was.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import hashlib
import json
import keyword
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "spotnana_event_api": ROOT / "generated" / "spotnana_event_api",
    "spotnana_events": ROOT / "overlays" / "spotnana_events",
}
# Modules that import an extra's packages, by extra: left out of a copy unless asked for.
EXTRA_MODULES = {"redis": "fleet.py", "otel": "_otel.py", "aiohttp": "_aiohttp.py"}
# Where the facts the note records live, read as text (importing the packages would need httpx).
VERSION_MODULE = PACKAGES["spotnana_events"] / "_version.py"
SPEC_MODULE = PACKAGES["spotnana_event_api"] / "_spec.py"
NOTE = "SPOTNANA_VENDORED.md"
MANIFEST = "SPOTNANA_VENDORED.manifest.json"
# Written by Python when the copy runs: not the user's work, removed with the copy it sits in.
_BYTECODE = "__pycache__"
_STAGING_PREFIX = ".spotnana-vendor-"
_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)(?P<keyword>from|import)[ \t]+(?P<package>spotnana_event_api|spotnana_events)\b", re.M
)


_IMPORT_LINE = re.compile(r"^\s*(from|import)\s")
_MENTION = re.compile(r"(?<![\w./-])(spotnana_event_api|spotnana_events)\b")


class VendorError(ValueError):
    """The destination or prefix cannot be used, or the copy could not be made (nothing was changed)."""


# Top-level modules the copy (or its extras) imports, with their own dependencies: a prefix
# starting with one would put a package of that name on the user's path, hiding the real one.
_DEPENDENCIES = frozenset(
    {"httpx", "httpcore", "h11", "anyio", "sniffio", "certifi", "idna", "attrs", "attr", "dateutil", "six",
     "redis", "opentelemetry", "aiohttp", "yarl", "multidict", "pytest", "uvicorn"}
)  # fmt: skip


def _check_prefix(prefix: str) -> list[str]:
    parts = prefix.split(".")
    if not all(part.isidentifier() and not keyword.iskeyword(part) for part in parts):
        raise VendorError(f"PREFIX must be a dotted Python package path, got {prefix!r}")
    top = parts[0]
    if top in sys.stdlib_module_names or top in _DEPENDENCIES or top in PACKAGES:
        raise VendorError(
            f"PREFIX {prefix!r} would shadow the module {top!r} (a folder {top}/ on your path hides the real one "
            "from your whole application and from the copy): start it with your own package, e.g. myservice._vendor"
        )
    return parts


def rewrite_imports(source: str, prefix: str) -> str:
    """Point every import of the two packages at ``prefix.<package>``."""

    def replace(match: re.Match[str]) -> str:
        if match["keyword"] == "import":
            # `import pkg` would bind the prefix's first name instead: use a from-import.
            return f"{match['indent']}from {prefix} import {match['package']}"
        return f"{match['indent']}from {prefix}.{match['package']}"

    return _IMPORT.sub(replace, source)


def rewrite_mentions(source: str, prefix: str) -> str:
    """Imports, then every other mention of a package by its dotted name (docstrings, the
    logger name, the fake's prog name): the copy speaks of itself by its vendored path.
    The distribution name ``spotnana-events`` (with a hyphen) is left alone."""
    lines = rewrite_imports(source, prefix).splitlines(keepends=True)
    return "".join(
        line if _IMPORT_LINE.match(line) else _MENTION.sub(lambda m: f"{prefix}.{m[1]}", line) for line in lines
    )


def module_constants(path: Path) -> dict[str, str]:
    """The ``NAME = "literal"`` assignments of a module, read without importing it."""
    constants: dict[str, str] = {}
    for node in ast.parse(path.read_text(), str(path)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                constants[node.targets[0].id] = value.value
    return constants


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() or path.is_symlink():
            yield path


def _is_bytecode(relative: Path) -> bool:
    return _BYTECODE in relative.parts


# --- the destination: whose is it? -------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _check_outside_project(base: Path) -> None:
    resolved = base.resolve()
    if _inside(resolved, ROOT):
        raise VendorError(
            f"{base} is inside this project ({ROOT}): vendor into another repository, e.g. "
            "make vendor DEST=../myservice/src PREFIX=myservice._vendor"
        )


def _previous_manifest(base: Path) -> dict[str, str]:
    """The files (relative path -> sha256) the vendoring that made ``base`` wrote, or {} when
    ``base`` is new or empty; VendorError when it holds anything else."""
    if base.exists() and not base.is_dir():
        raise VendorError(f"{base} exists and is not a folder; vendoring needs a folder of its own")
    if not base.exists() or not any(base.iterdir()):
        return {}
    manifest_path = base / MANIFEST
    advice = (
        "vendor into a new or empty folder, or give the copy a folder of its own with PREFIX "
        "(e.g. PREFIX=myservice._vendor)"
    )
    if not manifest_path.is_file():
        entries = sorted(entry.name for entry in base.iterdir())
        raise VendorError(f"{base} is not empty and holds no vendored copy ({_sample(entries)}): {advice}")
    try:
        recorded = json.loads(manifest_path.read_text())["files"]
        if not isinstance(recorded, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in recorded.items()
        ):
            raise TypeError("files is not a map of paths to hashes")
        # Only entries a vendoring writes, as plain relative paths: a manifest naming
        # "../x" or "/x" must not make us move anything outside the copy.
        strays = [name for name in recorded if not _is_copy_path(name)]
        if strays:
            raise ValueError(f"it names paths a vendoring never writes: {_sample(sorted(strays))}")
    except (ValueError, KeyError, TypeError) as exc:
        raise VendorError(f"{manifest_path} is not a vendoring manifest ({exc}); nothing was changed") from None
    unknown, edited = [], []
    for path in _files(base):
        relative = path.relative_to(base)
        name = relative.as_posix()
        if name == MANIFEST or _is_bytecode(relative):
            continue
        if name not in recorded:
            unknown.append(name)
        elif path.is_symlink() or _sha256(path) != recorded[name]:
            edited.append(name)
    unknown += sorted(  # an empty folder is nobody's work yet, but it is not the copy's either
        entry.relative_to(base).as_posix() + "/"
        for entry in base.rglob("*")
        if entry.is_dir()
        and not entry.is_symlink()
        and not _is_bytecode(entry.relative_to(base))
        and not any(entry.iterdir())
    )
    if unknown or edited:
        problems = []
        if unknown:
            problems.append(f"files the vendoring did not write: {_sample(unknown)}")
        if edited:
            problems.append(f"vendored files changed since: {_sample(edited)}")
        raise VendorError(
            f"{base} holds a vendored copy plus work that is not the copy's ({'; '.join(problems)}); "
            "move that work out of the way (or into your own package) and vendor again; nothing was changed"
        )
    return recorded


def _is_copy_path(name: str) -> bool:
    parts = name.split("/")
    top_level = {*PACKAGES, NOTE, "__init__.py"}
    return parts[0] in top_level and all(part not in {"", ".", ".."} for part in parts) and "\\" not in name


def _sample(names: list[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


# --- building the copy ---------------------------------------------------------------------


def _build(
    staging: Path,
    prefix: str | None,
    *,
    testing: bool,
    extras: frozenset[str],
    folder: Path,
    dest: Path,
) -> None:
    """Write the whole copy (packages, note, manifest) into ``staging``."""
    skipped = [_BYTECODE, "*.pyc"] + ([] if testing else ["testing"])
    skipped += [module for extra, module in EXTRA_MODULES.items() if extra not in extras]
    for name, source in PACKAGES.items():
        target = staging / name
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(*skipped))
        if prefix:
            for module in target.rglob("*.py"):
                module.write_text(rewrite_mentions(module.read_text(), prefix))
    if prefix:
        leftovers = [
            str(module.relative_to(staging))
            for name in PACKAGES
            for module in (staging / name).rglob("*.py")
            if _IMPORT.search(module.read_text())
        ]
        if leftovers:
            raise VendorError(f"top-level imports left in {leftovers}")
        (staging / "__init__.py").write_text("")
    (staging / NOTE).write_text(_note(prefix, folder, dest, _repository_root(folder), testing=testing))
    files = {path.relative_to(staging).as_posix(): _sha256(path) for path in _files(staging)}
    manifest = {"written_by": "make vendor (codegen/vendor.py)", "files": files}
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def _repository_root(folder: Path) -> Path | None:
    """The user's repository root at or above ``folder`` (the nearest folder with .git or
    pyproject.toml), where their linter configuration lives; None if there is none."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists() or (candidate / "pyproject.toml").is_file():
            return candidate
    return None


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def _note(prefix: str | None, folder: Path, dest: Path, repo_root: Path | None, *, testing: bool) -> str:
    version = module_constants(VERSION_MODULE)["__version__"]
    spec = module_constants(SPEC_MODULE)
    where = f"under `{prefix}`" if prefix else "at the top level"
    package = f"{prefix}." if prefix else ""
    if repo_root is None:
        repo_root = dest
        relative_to = f"`{dest}`: no .git or pyproject.toml was found above it, so adjust them to your repository root"
    else:
        relative_to = f"`{repo_root}`, your repository's root"
    paths = [_relative(folder / name, repo_root) for name in PACKAGES]
    if testing:
        fixture = (
            "## The pytest fixture\n\n"
            "A vendored copy has no `pytest11` entry point: load the plugin from your `conftest.py`:\n\n"
            f'    pytest_plugins = ["{package}spotnana_events.testing.plugin"]\n\n'
            "It needs pytest (and uvicorn to serve the fake over HTTP). To type-check this copy\n"
            "(`mypy --strict`, pyright), install pytest and uvicorn where the checker runs: the fake's\n"
            "modules import them.\n"
        )
    else:
        fixture = (
            "## The pytest fixture\n\n"
            "The fake and its fixture were not copied; re-vendor with `make vendor ... TESTING=1` to get them.\n"
        )
    return (
        "# Vendored spotnana-events\n\n"
        f"- SDK version: {version}\n"
        f"- spec (pinned, prose-free) sha256: {spec['SPEC_SHA256']}\n"
        f"- spec (original download) sha256: {spec['ORIGINAL_SPEC_SHA256']}\n"
        f"- copied {where} on {datetime.date.today().isoformat()} with `make vendor`"
        f"{' TESTING=1' if testing else ''}\n"
        "- runtime dependencies: httpx, attrs, python-dateutil\n"
        f"- optional modules left out unless asked for (`make vendor ... EXTRAS=redis,otel`): {EXTRA_MODULES}\n\n"
        "Do not edit these files: re-vendor from a newer spotnana-events instead.\n"
        f"`{MANIFEST}` lists every file the copy holds: `make vendor` replaces the copy\n"
        "only while they are unchanged and nothing else was added here, and refuses otherwise.\n\n"
        "## Keeping the copy out of your linters\n\n"
        "It passes `mypy --strict` as it is; keep formatters and style linters off it, e.g. in your\n"
        f"`pyproject.toml` (the paths are relative to {relative_to}):\n\n"
        "    [tool.ruff]\n"
        f"    extend-exclude = {json.dumps(paths)}\n\n"
        "    [tool.pyright]\n"
        "    # exclude replaces pyright's defaults: keep them\n"
        f"    exclude = {json.dumps(['**/node_modules', '**/__pycache__', '**/.*', *paths])}\n\n"
        "(black: `extend-exclude`; flake8: `extend-exclude`; coverage: `omit`.)\n\n"
        f"{fixture}"
    )


# --- putting it in place -------------------------------------------------------------------


def _create_folders(folder: Path, packages: list[Path]) -> list[Path]:
    """Make ``folder`` and its missing parents; return the ones made (outermost first).
    A made folder among ``packages`` (the prefix's outer levels) gets an empty ``__init__.py``;
    an existing one is the user's and is left as it is."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    for path in missing:
        path.mkdir()
        if path in packages:
            (path / "__init__.py").write_text("")
    return missing


def _remove_created(created: list[Path]) -> None:
    for path in reversed(created):
        init = path / "__init__.py"
        if init.is_file() and not init.read_bytes():
            init.unlink()
        try:
            path.rmdir()
        except OSError:
            return


def _swap_in(staging: Path, base: Path, previous: dict[str, str], trash: Path) -> None:
    """Move the previous copy's entries into ``trash``, then the new ones into ``base``; on
    any failure, put everything back as it was."""
    recorded = {name.split("/")[0] for name in previous} | {MANIFEST} if previous else set()
    old_entries = sorted(name for name in recorded if (base / name).exists() or (base / name).is_symlink())
    new_entries = sorted(entry.name for entry in staging.iterdir())
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        for name in old_entries:
            (base / name).rename(trash / name)
            moved_out.append(name)
        for name in new_entries:
            (staging / name).rename(base / name)
            moved_in.append(name)
    except BaseException as exc:  # an interrupt half-way through too: the old copy goes back
        for name in reversed(moved_in):
            (base / name).rename(staging / name)
        for name in reversed(moved_out):
            (trash / name).rename(base / name)
        if isinstance(exc, OSError):
            raise VendorError(f"could not move the copy into {base} ({exc}); it is as it was") from None
        raise


def vendor(
    dest: Path, prefix: str | None = None, *, testing: bool = False, extras: frozenset[str] = frozenset()
) -> Path:
    """Copy both packages under ``dest`` (and ``prefix``); return the folder holding them.
    ``testing``: also copy the fake and its pytest plugin; ``extras``: the modules of these extras.
    All or nothing; VendorError (and nothing changed) when the destination is not the copy's."""
    unknown = sorted(extras - EXTRA_MODULES.keys())
    if unknown:
        raise VendorError(f"unknown extra(s) {unknown}; choose from {sorted(EXTRA_MODULES)}")
    parts = _check_prefix(prefix) if prefix else []
    base = dest.joinpath(*parts)
    _check_outside_project(base)
    previous = _previous_manifest(base)
    created = _create_folders(base, [dest.joinpath(*parts[:level]) for level in range(1, len(parts))])
    try:
        with (
            tempfile.TemporaryDirectory(prefix=_STAGING_PREFIX, dir=base.parent) as staging,
            tempfile.TemporaryDirectory(prefix=_STAGING_PREFIX, dir=base.parent) as trash,
        ):
            _build(
                Path(staging),
                prefix,
                testing=testing,
                extras=extras,
                folder=base.resolve(),
                dest=dest.resolve(),
            )
            if _previous_manifest(base) != previous:  # changed while we built
                raise VendorError(f"{base} changed while the copy was being built; nothing was changed")
            _swap_in(Path(staging), base, previous, Path(trash))
    except BaseException:
        _remove_created(created)
        raise
    return base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--prefix", default=None, help="dotted package path the copies live under")
    parser.add_argument("--testing", action="store_true", help="also copy the fake and its pytest plugin")
    parser.add_argument("--extra", action="append", default=[], help=f"also copy an extra's module: {EXTRA_MODULES}")
    args = parser.parse_args(argv)
    try:
        base = vendor(args.dest, args.prefix or None, testing=args.testing, extras=frozenset(args.extra))
    except (VendorError, OSError) as exc:
        print(f"vendor: {exc}", file=sys.stderr)
        return 2
    print(f"vendored spotnana_event_api and spotnana_events into {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
