"""Fixtures of the fleet group: a real ``redis-server`` (started once, emptied per test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fleet._harness import RedisServer


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    if redis_server.process is None:
        redis_server.start()
    redis_server.flush()
    return redis_server.url
