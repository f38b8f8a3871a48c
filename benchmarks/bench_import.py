"""Import cost of a module in a fresh interpreter, as a ratio to ``import httpx``.

    python benchmarks/bench_import.py [module ...]

Each figure is the best of N runs of ``python -c "import M"`` minus the best of N runs
of ``python -c "pass"`` (interpreter start-up), measured in the same run.
"""

from __future__ import annotations

import subprocess
import sys
import time

RUNS = 15


def best_wall(code: str, runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def import_cost(module: str, startup: float) -> float:
    return max(best_wall(f"import {module}") - startup, 1e-9)


def main(modules: list[str]) -> int:
    startup = best_wall("pass")
    baseline = import_cost("httpx", startup)
    print(f"baseline import httpx: {baseline * 1000:.1f} ms (start-up {startup * 1000:.1f} ms subtracted)")
    for module in modules:
        cost = import_cost(module, startup)
        print(f"import {module}: {cost * 1000:.1f} ms = {cost / baseline:.2f}x httpx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["spotnana_event_api.api.events.get_event"]))
