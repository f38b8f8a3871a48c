"""Derive the prose-free pinned copy of a downloaded OpenAPI document, and its lock.

The downloaded document's prose (every ``description`` and ``summary`` keyword) is
Spotnana's text, which we do not redistribute. What we pin is the machine-readable
rest, formatted canonically so that the same download always yields the same bytes.

Usage: python -m codegen.pin_spec SPEC [--dry-run] [--source TEXT] [--retrieved DATE]

Checks the file is an OpenAPI 3 document whose references all resolve inside it
(codegen/spec_checks.py), prints what changed against the pinned copy
(each change marked breaking, additive or deprecated) and which entries of
codegen/operations.toml no longer apply, then regenerates; the pin, the lock (with
``--source``, where the download came from), the pruned operations.toml and generated/
are written only if generation succeeded and produced every operation of the spec.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import re
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

PROSE_KEYWORDS = frozenset({"description", "summary"})

# Keywords whose value maps *names* to objects. Their keys are names chosen by the
# API author (a property may well be called "description"), so they are never
# stripped; only the objects they hold are cleaned.
NAME_KEYED_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "webhooks",
        "responses",
        "content",
        "encoding",
        "headers",
        "links",
        "callbacks",
        "variables",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "pathItems",
        "mapping",
        "scopes",
    }
)

# Keywords whose value is instance data, not description syntax: kept verbatim.
DATA_KEYWORDS = frozenset({"example", "default", "enum", "const", "value"})


def strip_prose(node: Any) -> Any:
    """Return a copy of an OpenAPI node without prose keywords (keys of name maps kept)."""
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    if not isinstance(node, dict):
        return node
    cleaned: dict[str, Any] = {}
    for key, value in node.items():
        if key in PROSE_KEYWORDS and isinstance(value, str):
            continue
        if key in DATA_KEYWORDS or key.startswith("x-"):
            cleaned[key] = value
        elif key in NAME_KEYED_MAPS and isinstance(value, dict):
            cleaned[key] = {name: strip_prose(item) for name, item in value.items()}
        elif key == "examples":
            # A schema's `examples` is a list of instances (data); elsewhere it maps
            # names to Example objects, whose summary/description are prose.
            cleaned[key] = value if isinstance(value, list) else {n: strip_prose(e) for n, e in value.items()}
        else:
            cleaned[key] = strip_prose(value)
    return cleaned


def canonical_json(document: Any) -> bytes:
    """Stable formatting. Key order is the author's: it decides the generated field order."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class NotAnOpenAPIDocument(ValueError):
    """The file given to pin is not an OpenAPI 3.x document."""


def load_openapi(raw: bytes, *, origin: str) -> dict[str, Any]:
    try:
        document: Any = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotAnOpenAPIDocument(f"{origin}: not JSON ({exc})") from None
    version = document.get("openapi") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith("3."):
        raise NotAnOpenAPIDocument(f"{origin}: no 'openapi: 3.x' field, so not an OpenAPI 3 document")
    if not isinstance(document.get("paths"), dict):
        raise NotAnOpenAPIDocument(f"{origin}: has no 'paths' object")
    checked: dict[str, Any] = document
    return checked


def derive(raw: bytes, *, origin: str, source: str, retrieved: str, pinned_name: str) -> tuple[bytes, bytes]:
    """Return (pinned document bytes, lock bytes) for a downloaded document."""
    pinned = canonical_json(strip_prose(load_openapi(raw, origin=origin)))
    lock = {
        "pinned": pinned_name,
        "pinned_sha256": sha256(pinned),
        "original_sha256": sha256(raw),
        "original_bytes": len(raw),
        "source": source,
        "retrieved": retrieved,
        "stripped_keywords": sorted(PROSE_KEYWORDS),
    }
    return pinned, canonical_json(lock)


DEFAULT_SOURCE = "Spotnana developer portal, Event API reference, 'Download OpenAPI description'"


class PinFailed(Exception):
    """Pinning stopped before writing anything (the reason is the message)."""


def _operation_ids(document: dict[str, Any]) -> set[str]:
    return {
        op["operationId"]
        for item in document.get("paths", {}).values()
        if isinstance(item, dict)
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def stale_operations(table_text: str, document: dict[str, Any]) -> list[str]:
    """Entries of operations.toml whose operation the spec no longer has."""
    return sorted(set(tomllib.loads(table_text)) - _operation_ids(document))


def prune_operations(table_text: str, stale: list[str]) -> str:
    """operations.toml without the sections of ``stale`` (comments and the rest kept as written)."""
    kept: list[str] = []
    dropping = False
    for line in table_text.splitlines(keepends=True):
        header = re.match(r"\[\s*\"?([^\]\"]+)\"?\s*\]\s*$", line)
        if header:
            dropping = header.group(1).strip() in stale
        if not dropping:
            kept.append(line)
    return "".join(kept).rstrip("\n") + "\n"


def _table_report(table_path: Path, table_text: str, stale: list[str]) -> str:
    if not stale:
        return ""
    sections = ", ".join(f"[{name}]" for name in stale)
    return (
        f"\n{table_path.name}: {sections} no longer apply (the spec removed the operation); "
        f"pinning deletes these sections from {table_path}"
    )


def pin(
    raw: bytes,
    *,
    origin: str,
    out_dir: Path,
    name: str,
    source: str,
    retrieved: str | None,
    generated: Path | None,
    dry_run: bool = False,
    operations_table: Path | None = None,
    today: datetime.date | None = None,
) -> str:
    """Derive, report, regenerate, then write: the lock, the pin, operations.toml and
    ``generated`` change together or not at all. Returns the change report."""
    from codegen import generate, spec_checks, spec_diff, spec_fixes

    table_path = operations_table or generate.OPERATIONS_TABLE
    pinned_path, lock_path = out_dir / f"{name}.json", out_dir / f"{name}.lock.json"
    old_lock = json.loads(lock_path.read_text()) if lock_path.exists() else {}
    if retrieved is None:  # keep the recorded date when the download is the same
        same = old_lock.get("original_sha256") == sha256(raw)
        retrieved = old_lock["retrieved"] if same else datetime.date.today().isoformat()
    try:
        pinned, lock = derive(raw, origin=origin, source=source, retrieved=retrieved, pinned_name=f"{name}.json")
    except NotAnOpenAPIDocument as exc:
        raise PinFailed(str(exc)) from None
    except RecursionError:
        raise PinFailed(f"{origin}: nested too deeply to be an API description; nothing written") from None
    old = json.loads(pinned_path.read_text()) if pinned_path.exists() else {}
    new = json.loads(pinned)
    try:
        spec_checks.check(new)
    except spec_checks.SpecCheckError as exc:
        raise PinFailed(f"{origin}: {exc}\nnothing written") from None
    table_text = table_path.read_text()
    stale = stale_operations(table_text, new)
    text = spec_diff.report(spec_diff.diff(old, new)) + _table_report(table_path, table_text, stale)
    text += "".join(f"\n{line}" for line in spec_fixes.fix_with_report(new)[1].lines())
    text += "\n" + spec_diff.past_sunsets(new, today or datetime.datetime.now(datetime.UTC).date())
    if dry_run:
        return text
    if generated is not None and not generate.replaceable(generated):
        raise PinFailed(
            f"{generated} is not a generated package (no _spec.py of ours), and the pin replaces it whole: "
            "name the generated package's folder (default generated/spotnana_event_api); nothing written"
        )
    with tempfile.TemporaryDirectory(prefix="spotnana-pin-") as tmp:
        work = Path(tmp)
        (work / "pinned.json").write_bytes(pinned)
        (work / "lock.json").write_bytes(lock)
        pruned = prune_operations(table_text, stale) if stale else table_text
        (work / "operations.toml").write_text(pruned)
        default_table, generate.OPERATIONS_TABLE = generate.OPERATIONS_TABLE, work / "operations.toml"
        try:
            fresh = generate.generate_into(work / "out", pinned=work / "pinned.json", lock=work / "lock.json")
            # The project's own generated/ comes with the files derived from it (docs/api.md, ...).
            own = generated is not None and generated.resolve() == generate.TARGET.resolve()
            derived = generate.derived_files(work / "out") if own else {}
        except (SystemExit, spec_fixes.SpecFixError, KeyError, ValueError) as exc:
            raise PinFailed(f"generation failed, nothing written: {exc}") from None
        except Exception as exc:  # the generator meeting a document it was not written for
            raise PinFailed(f"generation failed, nothing written: {type(exc).__name__}: {exc}") from None
        finally:
            generate.OPERATIONS_TABLE = default_table
        out_dir.mkdir(parents=True, exist_ok=True)
        pinned_path.write_bytes(pinned)
        lock_path.write_bytes(lock)
        if stale:
            table_path.write_text(pruned)
        if generated is not None:
            generate.replace_target(fresh, generated)
        generate.write_derived(derived)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="print the change report only")
    parser.add_argument("--out-dir", type=Path, default=Path("openapi"))
    parser.add_argument("--name", default="event-api-v2")
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="where the download came from (URL or words)")
    parser.add_argument("--retrieved", help="download date (default: kept if unchanged, else today)")
    parser.add_argument("--generated", type=Path, default=Path("generated/spotnana_event_api"))
    parser.add_argument("--operations-table", type=Path, help="default: codegen/operations.toml")
    args = parser.parse_args(argv)
    try:
        raw = args.spec.read_bytes()
        text = pin(
            raw,
            origin=str(args.spec),
            out_dir=args.out_dir,
            name=args.name,
            source=args.source,
            retrieved=args.retrieved,
            generated=args.generated,
            dry_run=args.dry_run,
            operations_table=args.operations_table,
        )
    except (OSError, PinFailed) as exc:
        print(f"pin-spec: {exc}", file=sys.stderr)
        return 2
    print(f"changes against the pinned {args.name}.json:\n{text}")
    if not args.dry_run:
        print(f"pinned {args.spec} -> {args.out_dir}/{args.name}.json and regenerated {args.generated}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
