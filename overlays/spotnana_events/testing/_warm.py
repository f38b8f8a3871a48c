"""Load every model module up front, for servers and benchmarks that must not pay for it mid-run.

Models load on first use (PEP 562), which keeps ``import spotnana_events`` fast. The price
is paid by the first parse of each kind: about 0.6 s for an ``Event`` on an idle host and
several seconds on a busy one. In a server that blocks the event loop while connections
queue up; in a measured run it shows as a stall of the first calls.
"""

from __future__ import annotations

from spotnana_event_api import models


def load_models() -> int:
    """Import every model now; returns how many names the models package has."""
    for name in models.__all__:
        getattr(models, name)
    return len(models.__all__)
