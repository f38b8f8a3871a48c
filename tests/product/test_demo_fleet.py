"""`make demo-fleet` runs end to end: 4 processes, one Redis, one token, the budget held (Redis
up, then killed), no 429."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.redis


def _figure(out: str, pattern: str) -> float:
    found = re.search(pattern, out)
    assert found, f"{pattern!r} not in:\n{out}"
    return float(found.group(1))


def test_demo_fleet_shares_one_token_and_keeps_the_budget() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo_fleet.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "token requests       1 for 4 processes" in out
    assert "429s seen            0" in out
    budget = _figure(out, r"budget (\d+)/s,")
    rate = _figure(out, r"achieved rate +([\d.]+)/s")
    assert budget * 0.5 <= rate <= budget * 1.1
    for n in range(4):  # every worker waited for the jobs another process started
        started = f"worker {n}: created 25 events, started 25 cancel jobs"
        assert f"{started}; waited for worker {(n - 1) % 4}'s 25 jobs (25 cancelled)" in out
    assert "events cancelled     100 of 100" in out
    # Redis killed: each process keeps to its share of the budget (it used to take the whole budget)
    outage = _figure(out, r"rate, Redis killed +([\d.]+)/s")
    assert budget * 0.5 <= outage <= budget * 1.25
    assert out.rstrip().endswith("demo-fleet OK")
