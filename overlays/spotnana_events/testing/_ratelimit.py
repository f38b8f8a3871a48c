"""The fake's own rate limit: answers 429 with ``Retry-After`` beyond a request budget.

A sliding window of one second over the API operations (the token endpoint is not counted),
so a client that exceeds the budget sees what the real API would send it.
"""

from __future__ import annotations

import collections
import math
import time
from collections.abc import Callable

__all__ = ["FakeRateLimit"]


class FakeRateLimit:
    """At most ``requests_per_second`` API requests in any second; ``rejected`` counts the 429s."""

    def __init__(self, requests_per_second: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if not requests_per_second > 0:
            raise ValueError(f"requests_per_second must be > 0, got {requests_per_second!r}")
        self.capacity: int = max(1, math.floor(requests_per_second))
        self.clock = clock
        self.rejected: int = 0
        self._sent: collections.deque[float] = collections.deque()

    def admit(self) -> float | None:
        """None when the request fits the budget, else the seconds until it would."""
        now = self.clock()
        while self._sent and self._sent[0] <= now - 1.0:
            self._sent.popleft()
        if len(self._sent) < self.capacity:
            self._sent.append(now)
            return None
        self.rejected += 1
        return max(self._sent[0] + 1.0 - now, 0.001)
