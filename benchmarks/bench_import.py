"""Import cost of a module in a fresh interpreter, as a ratio to ``import httpx``.

    python benchmarks/bench_import.py [module ...]

Each figure is the CPU time (user + system) of ``python -c "import M"`` minus that of
``python -c "pass"`` (interpreter start-up). The three run in turns, ``RUNS`` rounds: a
figure is its best round, the ratio the median of the rounds' ratios. CPU time rather
than wall time: on a shared machine another process's load stretches the wall clock of
a short run far more than the work it does.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys

RUNS = 15


def cpu_seconds(code: str) -> float:
    """User + system CPU time of one ``python -c code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def import_costs(module: str, baseline: str = "httpx", runs: int = RUNS) -> tuple[float, float, float]:
    """(best cost of ``import baseline``, best cost of ``import module``, median ratio)."""
    theirs, ours = [], []
    for _ in range(runs):
        startup = cpu_seconds("pass")
        theirs.append(max(cpu_seconds(f"import {baseline}") - startup, 1e-9))
        ours.append(max(cpu_seconds(f"import {module}") - startup, 1e-9))
    ratio = statistics.median(mine / base for mine, base in zip(ours, theirs, strict=True))
    return min(theirs), min(ours), ratio


def main(modules: list[str]) -> int:
    for module in modules:
        baseline, cost, ratio = import_costs(module)
        print(f"import {module}: {cost * 1000:.1f} ms CPU = {ratio:.2f}x import httpx ({baseline * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["spotnana_event_api.api.events.get_event"]))
