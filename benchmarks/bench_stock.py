"""Ours against the stock generator's output, measured side by side in one run.

    python benchmarks/bench_stock.py

The stock output is generated afresh into a temporary folder by the pinned
openapi-python-client (no templates, no config of ours) from the same fixed spec our
package is generated from, so the two differ only in what our templates change. Each
row parses the same 100-event page (``json.loads`` included) and reads it one way:

- every field: a mapper that reads every field of every model, recursively (it knows each
  model's fields, as a hand-written mapper does, rather than probing every value's class);
- (by lookup): the same with each value's fields looked up on its class, for information;
- id + name: the common case;
- to_dict: each event written back as JSON-ready dicts, untouched.

The baseline of each row is ``json.loads`` plus the same access pattern over plain dicts.
``ours + orjson`` decodes with orjson, as the SDK does when the ``speedups`` extra is
installed (row omitted when orjson is not).
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import _data  # noqa: E402
from codegen import generate  # noqa: E402

STOCK_PACKAGE = "stock_event_api"
REPEATS = 15
EVENTS = 100


def generate_stock(workdir: Path) -> Path:
    """The stock generator's output for our fixed spec, importable as ``stock_event_api``."""
    spec = generate.write_fixed_spec(workdir / "fixed.json")
    command = [generate._tool("openapi-python-client"), "generate", "--path", str(spec), "--meta", "none"]
    command += ["--output-path", str(workdir / STOCK_PACKAGE), "--overwrite"]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
    )
    if not (workdir / STOCK_PACKAGE / "models" / "__init__.py").exists():
        raise SystemExit(f"stock generation failed:\n{result.stdout}{result.stderr}")
    return workdir


def page_body() -> bytes:
    events = [_data.event(n) for n in range(EVENTS)]
    return json.dumps({"events": events, "paginationParams": {"totalNumResults": EVENTS}}).encode()


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _public_fields(cls: type) -> tuple[str, ...] | None:
    """The fields a mapper of ``cls`` reads: known when it is written, so looked up once."""
    if cls not in _FIELDS:
        fields = getattr(cls, "__attrs_attrs__", None)
        _FIELDS[cls] = None if fields is None else tuple(f.name for f in fields if not f.name.startswith("_"))
    return _FIELDS[cls]


def read_every_field(value: Any) -> int:
    """Touch every field of a parsed model tree (attrs classes, ours and stock alike), as a
    mapper would: it knows each model's fields, so they are not looked up per instance."""
    if type(value) is list:
        return sum(read_every_field(item) for item in value)
    names = _public_fields(type(value))
    if names is None:
        return 1
    return sum(read_every_field(getattr(value, name)) for name in names)


def read_every_field_by_lookup(value: Any) -> int:
    """The same, looking each value's fields up on its class (``__attrs_attrs__``, which on an
    enum member goes through ``EnumType.__getattr__``): the walk the issue measured with."""
    if isinstance(value, list):
        return sum(read_every_field_by_lookup(item) for item in value)
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is None:
        return 1
    return sum(read_every_field_by_lookup(getattr(value, f.name)) for f in fields if not f.name.startswith("_"))


def walk_dicts(value: Any) -> int:
    """The same walk over ``json.loads`` output: the floor a mapper cannot go below."""
    if isinstance(value, list):
        return sum(walk_dicts(item) for item in value)
    if isinstance(value, dict):
        return sum(walk_dicts(item) for item in value.values())
    return 1


def rounds(runs: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    """REPEATS timings of each run, taken in turns (one of each per round) with the garbage
    collector off while timing, as ``timeit`` does (a collection lands in one run or another
    depending on what earlier rows left alive). A shared machine's speed changes from one
    second to the next (the same run here took 84 to 150 ms within a minute), so a ratio is
    the median of the per-round ratios: both sides of a round ran at the same speed."""
    for run in runs.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(REPEATS):
        for name, run in runs.items():
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                run()
                times[name].append(time.perf_counter() - start)
            finally:
                gc.enable()
    return times


def ratio(ours: list[float], baseline: list[float]) -> float:
    return statistics.median(mine / theirs for mine, theirs in zip(ours, baseline, strict=True))


def retained(build: Callable[[], object]) -> int:
    """Bytes still allocated after ``build`` returns, held by its result."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = build()
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return after - before


def contenders(stock: Any) -> dict[str, tuple[Callable[[bytes], Any], Callable[[Any], Any]]]:
    from spotnana_event_api import types
    from spotnana_event_api.models import ListEventsResponse as Ours

    def ours(document: Any) -> Any:
        return Ours.from_dict(document).events

    def stocks(document: Any) -> Any:
        return stock.ListEventsResponse.from_dict(document).events

    chosen: dict[str, tuple[Callable[[bytes], Any], Callable[[Any], Any]]] = {
        "stock": (json.loads, stocks),
        "ours": (json.loads, ours),
    }
    if types._orjson_loads() is not None:
        chosen["ours + orjson"] = (types.decode_json, ours)  # the SDK's decoder with the extra
    return chosen


ACCESS: dict[str, tuple[Callable[[Any], object], Callable[[Any], object]]] = {
    # pattern: (over models, over dicts)
    "every field": (read_every_field, walk_dicts),
    "(by lookup)": (read_every_field_by_lookup, walk_dicts),
    "id + name": (
        lambda events: [(e.id, e.name) for e in events],
        lambda events: [(e["id"], e["name"]) for e in events],
    ),
    "to_dict": (lambda events: [e.to_dict() for e in events], lambda events: [dict(e) for e in events]),
}


def _dicts(read: Callable[[Any], object], body: bytes) -> object:
    return read(json.loads(body)["events"])


Loads = Callable[[bytes], Any]


def _models(read: Callable[[Any], object], parse: Callable[[Any], Any], loads: Loads, body: bytes) -> Any:
    events = parse(loads(body))
    read(events)
    return events


def measure(stock: Any, body: bytes) -> list[tuple[str, str, float, float, float]]:
    """(access, parser, best time, median ratio to stock, median ratio to json.loads) rows."""
    rows = []
    for pattern, (over_models, over_dicts) in ACCESS.items():
        runs: dict[str, Callable[[], object]] = {"json.loads": functools.partial(_dicts, over_dicts, body)}
        for name, (loads, parse) in contenders(stock).items():
            runs[name] = functools.partial(_models, over_models, parse, loads, body)
        times = rounds(runs)
        floor = times.pop("json.loads")
        for name, taken in times.items():
            rows.append((pattern, name, min(taken), ratio(taken, times["stock"]), ratio(taken, floor)))
    return rows


def measure_memory(stock: Any, body: bytes) -> list[tuple[str, int, int]]:
    """Retained bytes of a parsed page after each access pattern, beside ``json.loads``'s."""
    floor = retained(lambda: json.loads(body))
    rows = []
    patterns: list[tuple[str, Callable[[Any], object]]] = [("untouched", len)]
    patterns += [(pattern, over_models) for pattern, (over_models, _) in ACCESS.items() if pattern != "(by lookup)"]
    for pattern, over_models in patterns:
        for name, (loads, parse) in contenders(stock).items():
            build = functools.partial(_models, over_models, parse, loads, body)
            rows.append((f"{pattern}: {name}", retained(build), floor))
    return rows


# (access, parser) -> (column, at most): the targets, as ratios.
TARGETS: dict[tuple[str, str], tuple[str, float]] = {
    ("every field", "ours"): ("stock", 0.75),
    ("id + name", "ours"): ("json.loads", 1.2),
    ("id + name", "ours + orjson"): ("json.loads", 0.8),
    ("to_dict", "ours"): ("json.loads", 2.5),
}
FLOOR_TARGETS: dict[tuple[str, str], float] = {("every field", "ours"): 6.0}
MEMORY_TARGET = 2.0  # retained bytes of ours, any access pattern, vs json.loads


def _verdict(checks: list[tuple[float, float]]) -> tuple[str, str]:
    """The target column and ok column of a row from (ratio, at most) pairs."""
    if not checks:
        return "(info)", "-"
    return " ".join(f"<= {limit:g}x" for _, limit in checks), "yes" if all(r <= lim for r, lim in checks) else "NO"


def load_stock(workdir: Path) -> Any:
    sys.path.insert(0, str(workdir))
    return importlib.import_module(f"{STOCK_PACKAGE}.models")


def main() -> int:
    body = page_body()
    with tempfile.TemporaryDirectory() as tmp:
        stock = load_stock(generate_stock(Path(tmp)))
        print(f"{EVENTS} events, {len(body) / EVENTS / 1000:.1f} KB each; {REPEATS} rounds: best time, median ratio")
        print(
            f"| {'access':<12} | {'parser':<14} | {'time':>9} | {'vs stock':>8} | {'vs json.loads':>13} "
            f"| {'target':<17} | ok  |"
        )
        print(f"|{'-' * 14}|{'-' * 16}|{'-' * 11}|{'-' * 10}|{'-' * 15}|{'-' * 19}|-----|")
        failed = 0
        for pattern, name, seconds, to_stock, to_floor in measure(stock, body):
            ratios = {"stock": to_stock, "json.loads": to_floor}
            checks = []
            if (pattern, name) in TARGETS:
                column, limit = TARGETS[pattern, name]
                checks.append((ratios[column], limit))
            if (pattern, name) in FLOOR_TARGETS:
                checks.append((ratios["json.loads"], FLOOR_TARGETS[pattern, name]))
            goal, verdict = _verdict(checks)
            failed += verdict == "NO"
            print(
                f"| {pattern:<12} | {name:<14} | {seconds * 1000:>6.2f} ms | {ratios['stock']:>7.2f}x"
                f" | {ratios['json.loads']:>12.2f}x | {goal:<17} | {verdict:<3} |",
                flush=True,
            )
        print()
        print(f"| {'retained after':<32} | {'bytes':>11} | {'vs json.loads':>13} | target  | ok  |")
        print(f"|{'-' * 34}|{'-' * 13}|{'-' * 15}|---------|-----|")
        for label, size, floor in measure_memory(stock, body):
            checks = [] if label.endswith(": stock") else [(size / floor, MEMORY_TARGET)]
            goal, verdict = _verdict(checks)
            failed += verdict == "NO"
            print(f"| {label:<32} | {size:>11,} | {size / floor:>12.2f}x | {goal:<7} | {verdict:<3} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
