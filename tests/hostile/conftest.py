"""Fixtures of the hostile-server suite: every test on both transports, and a fake clock
the SDK's waits advance."""

from __future__ import annotations

import pytest
from spotnana_events import _retry, _transport


@pytest.fixture(autouse=True, params=_transport.TRANSPORTS)
def transport_name(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs once per transport: a default-constructed client uses the one named here."""
    name: str = request.param
    monkeypatch.setenv(_transport.ENV_TRANSPORT, name)
    return name


class FakeClock:
    """Monotonic time that moves only when the SDK sleeps through ``_retry.sleep``."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(_retry, "sleep", fake.sleep)
    return fake
