"""Copy the SDK into another repository.

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
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "spotnana_event_api": ROOT / "generated" / "spotnana_event_api",
    "spotnana_events": ROOT / "overlays" / "spotnana_events",
}
# Modules that import an extra's packages, by extra: left out of a copy unless asked for.
EXTRA_MODULES = {"redis": "fleet.py", "otel": "_otel.py"}
_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)(?P<keyword>from|import)[ \t]+(?P<package>spotnana_event_api|spotnana_events)\b", re.M
)


_IMPORT_LINE = re.compile(r"^\s*(from|import)\s")
_MENTION = re.compile(r"(?<![\w./-])(spotnana_event_api|spotnana_events)\b")


class VendorError(ValueError):
    """The destination or prefix cannot be used."""


def _check_prefix(prefix: str) -> list[str]:
    parts = prefix.split(".")
    if not all(part.isidentifier() for part in parts):
        raise VendorError(f"PREFIX must be a dotted Python package path, got {prefix!r}")
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


def vendor(
    dest: Path, prefix: str | None = None, *, testing: bool = False, extras: frozenset[str] = frozenset()
) -> Path:
    """Copy both packages under ``dest`` (and ``prefix``); return the folder holding them.
    ``testing``: also copy the fake and its pytest plugin; ``extras``: the modules of these extras."""
    unknown = sorted(extras - EXTRA_MODULES.keys())
    if unknown:
        raise VendorError(f"unknown extra(s) {unknown}; choose from {sorted(EXTRA_MODULES)}")
    base = dest
    if prefix:
        for part in _check_prefix(prefix):
            base = base / part
            base.mkdir(parents=True, exist_ok=True)
            (base / "__init__.py").touch(exist_ok=True)
    base.mkdir(parents=True, exist_ok=True)
    for name, source in PACKAGES.items():
        target = base / name
        if target.exists():
            shutil.rmtree(target)
        skipped = ["__pycache__", "*.pyc"] + ([] if testing else ["testing"])
        skipped += [module for extra, module in EXTRA_MODULES.items() if extra not in extras]
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(*skipped))
        if prefix:
            for module in target.rglob("*.py"):
                module.write_text(rewrite_mentions(module.read_text(), prefix))
    leftovers = [
        str(module.relative_to(base))
        for name in PACKAGES
        for module in (base / name).rglob("*.py")
        if prefix and _IMPORT.search(module.read_text())
    ]
    if leftovers:
        raise VendorError(f"top-level imports left in {leftovers}")
    (base / "SPOTNANA_VENDORED.md").write_text(_note(prefix, base.relative_to(dest), testing=testing))
    return base


def _note(prefix: str | None, folder: Path, *, testing: bool) -> str:
    sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "overlays")]
    try:
        from spotnana_event_api._spec import ORIGINAL_SPEC_SHA256, SPEC_SHA256
        from spotnana_events._version import __version__
    finally:
        del sys.path[:2]
    where = f"under `{prefix}`" if prefix else "at the top level"
    package = f"{prefix}." if prefix else ""
    paths = [(folder / name).as_posix() for name in PACKAGES]
    if testing:
        fixture = (
            "## The pytest fixture\n\n"
            "A vendored copy has no `pytest11` entry point: load the plugin from your `conftest.py`:\n\n"
            f'    pytest_plugins = ["{package}spotnana_events.testing.plugin"]\n\n'
            "It needs pytest (and uvicorn to serve the fake over HTTP).\n"
        )
    else:
        fixture = (
            "## The pytest fixture\n\n"
            "The fake and its fixture were not copied; re-vendor with `make vendor ... TESTING=1` to get them.\n"
        )
    return (
        "# Vendored spotnana-events\n\n"
        f"- SDK version: {__version__}\n"
        f"- spec (pinned, prose-free) sha256: {SPEC_SHA256}\n"
        f"- spec (original download) sha256: {ORIGINAL_SPEC_SHA256}\n"
        f"- copied {where} on {datetime.date.today().isoformat()} with `make vendor`"
        f"{' TESTING=1' if testing else ''}\n"
        "- runtime dependencies: httpx, attrs, python-dateutil\n"
        f"- optional modules left out unless asked for (`make vendor ... EXTRAS=redis,otel`): {EXTRA_MODULES}\n\n"
        "Do not edit these files: re-vendor from a newer spotnana-events instead.\n\n"
        "## Keeping the copy out of your linters\n\n"
        "It passes `mypy --strict` as it is; keep formatters and style linters off it, e.g. in `pyproject.toml`:\n\n"
        "    [tool.ruff]\n"
        f"    extend-exclude = {json.dumps(paths)}\n\n"
        "(black: `extend-exclude`; flake8: `extend-exclude`; coverage: `omit`.)\n\n"
        f"{fixture}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--prefix", default=None, help="dotted package path the copies live under")
    parser.add_argument("--testing", action="store_true", help="also copy the fake and its pytest plugin")
    parser.add_argument("--extra", action="append", default=[], help=f"also copy an extra's module: {EXTRA_MODULES}")
    args = parser.parse_args(argv)
    try:
        base = vendor(args.dest, args.prefix or None, testing=args.testing, extras=frozenset(args.extra))
    except VendorError as exc:
        print(f"vendor: {exc}", file=sys.stderr)
        return 2
    print(f"vendored spotnana_event_api and spotnana_events into {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
