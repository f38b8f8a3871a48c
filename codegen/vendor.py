"""Copy the SDK into another repository.

    python -m codegen.vendor DEST                  # DEST/spotnana_event_api, DEST/spotnana_events
    python -m codegen.vendor DEST --prefix myservice._vendor
        # DEST/myservice/_vendor/{spotnana_event_api,spotnana_events}, imports rewritten

Both packages are copied (the fake in spotnana_events.testing included; its pytest
plugin and HTTP server are only loaded on request). With a prefix, every import of
either package is rewritten to live under it, so the copy never refers to the
top-level names. A note beside the copies records the SDK version and spec hash.
"""

from __future__ import annotations

import argparse
import datetime
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "spotnana_event_api": ROOT / "generated" / "spotnana_event_api",
    "spotnana_events": ROOT / "overlays" / "spotnana_events",
}
_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)(?P<keyword>from|import)[ \t]+(?P<package>spotnana_event_api|spotnana_events)\b", re.M
)


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


def vendor(dest: Path, prefix: str | None = None) -> Path:
    """Copy both packages under ``dest`` (and ``prefix``); return the folder holding them."""
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
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        if prefix:
            for module in target.rglob("*.py"):
                module.write_text(rewrite_imports(module.read_text(), prefix))
    leftovers = [
        str(module.relative_to(base))
        for name in PACKAGES
        for module in (base / name).rglob("*.py")
        if prefix and _IMPORT.search(module.read_text())
    ]
    if leftovers:
        raise VendorError(f"top-level imports left in {leftovers}")
    (base / "SPOTNANA_VENDORED.md").write_text(_note(prefix))
    return base


def _note(prefix: str | None) -> str:
    sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "overlays")]
    try:
        from spotnana_event_api._spec import ORIGINAL_SPEC_SHA256, SPEC_SHA256
        from spotnana_events._version import __version__
    finally:
        del sys.path[:2]
    where = f"under `{prefix}`" if prefix else "at the top level"
    return (
        "# Vendored spotnana-events\n\n"
        f"- SDK version: {__version__}\n"
        f"- spec (pinned, prose-free) sha256: {SPEC_SHA256}\n"
        f"- spec (original download) sha256: {ORIGINAL_SPEC_SHA256}\n"
        f"- copied {where} on {datetime.date.today().isoformat()} with `make vendor`\n"
        "- runtime dependencies: httpx, attrs, python-dateutil (the fake's HTTP server also needs uvicorn)\n\n"
        "Do not edit these files: re-vendor from a newer spotnana-events instead.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--prefix", default=None, help="dotted package path the copies live under")
    args = parser.parse_args(argv)
    try:
        base = vendor(args.dest, args.prefix or None)
    except VendorError as exc:
        print(f"vendor: {exc}", file=sys.stderr)
        return 2
    print(f"vendored spotnana_event_api and spotnana_events into {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
