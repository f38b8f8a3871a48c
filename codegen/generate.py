"""Generate ``generated/spotnana_event_api`` from the pinned spec, or check it has not drifted.

    python -m codegen.generate            # regenerate in place
    python -m codegen.generate --check    # regenerate into a temporary folder and diff

Steps: pinned spec -> declarative fixes (spec_fixes) -> openapi-python-client with our
config and templates -> ruff (pinned, with codegen/ruff.toml) -> py.typed.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from codegen import api_docs, readme_examples, samples, spec_checks, spec_facts, spec_fixes
from codegen.facade import build_facade

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
# The facade table; `make pin-spec` points this at its pruned copy while it generates.
OPERATIONS_TABLE = CODEGEN / "operations.toml"
PINNED_SPEC = ROOT / "openapi" / "event-api-v2.json"
LOCK = ROOT / "openapi" / "event-api-v2.lock.json"
PACKAGE = "spotnana_event_api"
TARGET = ROOT / "generated" / PACKAGE


def _tool(name: str) -> str:
    # The pinned tools live next to the interpreter running this script (.venv/bin).
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generate: {' '.join(command[:3])} … failed with exit code {result.returncode}")


def write_fixed_spec(destination: Path, pinned: Path = PINNED_SPEC) -> Path:
    fixed = spec_fixes.fix(json.loads(pinned.read_text()))
    try:
        spec_checks.check(fixed)
    except spec_checks.SpecCheckError as exc:
        raise SystemExit(f"generate: {pinned}: {exc}") from None
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(fixed, indent=2, ensure_ascii=False) + "\n")
    return destination


def generate_into(workdir: Path, pinned: Path = PINNED_SPEC, lock: Path = LOCK) -> Path:
    """Generate the package under ``workdir`` from a pinned spec and its lock; return its folder."""
    spec = write_fixed_spec(workdir / "event-api-v2.fixed.json", pinned)
    package_dir = workdir / PACKAGE
    # The facade first: it reads the spec with the generator's parser, so an operation the
    # generator would skip or a method name already taken fails here, before its run.
    facade = build_facade(spec, table_path=OPERATIONS_TABLE)
    _run(
        _tool("openapi-python-client"),
        "generate",
        "--path", str(spec),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--config", str(CODEGEN / "config.yaml"),
        "--custom-template-path", str(CODEGEN / "templates"),
        "--overwrite",
    )  # fmt: skip
    facade.check_modules(package_dir)
    (package_dir / "facade.py").write_text(facade.source)
    (package_dir / "_spec.py").write_text(_spec_module(json.loads(lock.read_text())))
    fixed = json.loads(spec.read_text())
    (package_dir / "spec_facts.py").write_text(spec_facts.render(fixed))
    (package_dir / "response_samples.py").write_text(samples.render(fixed))
    ruff_config = str(CODEGEN / "ruff.toml")
    _run(_tool("ruff"), "check", "--no-cache", "--fix-only", "--config", ruff_config, str(package_dir))
    _run(_tool("ruff"), "format", "--no-cache", "--config", ruff_config, str(package_dir))
    (package_dir / "py.typed").write_text("")
    return package_dir


# The first line of every generated package's ``_spec.py``: what marks a folder as ours to replace.
_SPEC_MODULE_DOC = '"""The spec this package was generated from (see openapi/*.lock.json)."""'


def _spec_module(lock: dict[str, Any]) -> str:
    return (
        f"{_SPEC_MODULE_DOC}\n\n"
        f"SPEC_SHA256 = {lock['pinned_sha256']!r}  # the pinned, prose-free copy\n"
        f"ORIGINAL_SPEC_SHA256 = {lock['original_sha256']!r}  # the download it was derived from\n"
        f"SPEC_RETRIEVED = {lock['retrieved']!r}\n"
    )


def _relative_files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Readable differences between the committed tree and a fresh generation."""
    lines: list[str] = []
    committed, fresh = _relative_files(actual), _relative_files(expected)
    for name in sorted(fresh - committed):
        lines.append(f"missing from generated/: {name}")
    for name in sorted(committed - fresh):
        lines.append(f"not produced by the generator (hand-added?): {name}")
    for name in sorted(fresh & committed):
        if filecmp.cmp(expected / name, actual / name, shallow=False):
            continue
        lines.extend(
            difflib.unified_diff(
                (actual / name).read_text().splitlines(),
                (expected / name).read_text().splitlines(),
                f"generated/{PACKAGE}/{name} (committed)",
                f"{PACKAGE}/{name} (regenerated)",
                lineterm="",
            )
        )
    return lines


def replaceable(target: Path) -> bool:
    """Whether ``target`` may be replaced whole: absent, empty, or a package this generator made
    (its ``_spec.py``). Anything else (a mistyped path, ``overlays``) is someone's work."""
    if not target.exists():
        return True
    if target.is_symlink() or not target.is_dir():
        return False
    spec = target / "_spec.py"
    return not any(target.iterdir()) or (spec.is_file() and spec.read_text().startswith(_SPEC_MODULE_DOC))


def replace_target(fresh: Path, target: Path = TARGET) -> None:
    if not replaceable(target):
        raise SystemExit(f"generate: {target} is not a generated package; it is left as it is")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(fresh, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail with a diff if generated/ has drifted")
    parser.add_argument("--fixed-spec", type=Path, help="only write the fixed spec to this path")
    args = parser.parse_args(argv)
    if args.fixed_spec:
        print(f"fixed spec -> {write_fixed_spec(args.fixed_spec)}")
        return 0
    with tempfile.TemporaryDirectory(prefix="spotnana-codegen-") as tmp:
        fresh = generate_into(Path(tmp))
        derived = derived_files(Path(tmp))
        if args.check:
            differences = diff_trees(fresh, TARGET) + diff_derived(derived)
            if differences:
                print("\n".join(differences[:400]))
                print(f"\ngenerated/{PACKAGE} or a file derived with it has drifted from the pinned spec, codegen/")
                print("or its sources: run `make generate`.")
                return 1
            print(f"generated/{PACKAGE} and {', '.join(_shown(path) for path in derived)} match a fresh generation")
            return 0
        replace_target(fresh)
        write_derived(derived)
        print(
            f"generated/{PACKAGE} regenerated from {PINNED_SPEC.relative_to(ROOT)}; wrote {', '.join(map(_shown, derived))}"
        )
    return 0


def derived_files(workdir: Path) -> dict[Path, str]:
    """Committed files derived with a fresh generation: the API reference, and the README's
    examples as a module the type checkers check."""
    return {
        api_docs.TARGET: api_docs.render_for(workdir, workdir / "event-api-v2.fixed.json"),
        readme_examples.TARGET: readme_examples.module(readme_examples.README.read_text()),
    }


def write_derived(derived: dict[Path, str]) -> None:
    for path, text in derived.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def diff_derived(derived: dict[Path, str]) -> list[str]:
    lines: list[str] = []
    for path, text in derived.items():
        committed = path.read_text() if path.exists() else ""
        if committed != text:
            lines.extend(
                difflib.unified_diff(
                    committed.splitlines(),
                    text.splitlines(),
                    f"{_shown(path)} (committed)",
                    f"{_shown(path)} (regenerated)",
                    lineterm="",
                )
            )
    return lines


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT))


if __name__ == "__main__":
    sys.exit(main())
