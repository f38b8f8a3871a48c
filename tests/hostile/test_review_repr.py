"""A base URL's password or query (a gateway key) never appears in the client's repr."""

from __future__ import annotations

import pytest
from spotnana_events import AsyncSpotnana, BearerToken


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("http://user:pa55word@127.0.0.1:9/pre/?apikey=K3Y", "http://user:<redacted>@127.0.0.1:9/pre/?<redacted>"),
        ("http://127.0.0.1:9/pre?apikey=K3Y", "http://127.0.0.1:9/pre?<redacted>"),
        ("http://[::1]:9/pre", "http://[::1]:9/pre"),
    ],
)
def test_the_repr_hides_a_password_and_the_query(base_url: str, expected: str) -> None:
    sp = AsyncSpotnana(base_url=base_url, auth=BearerToken("t"))
    assert f"base_url={expected!r}" in repr(sp)
    assert "pa55word" not in repr(sp)
    assert "K3Y" not in repr(sp)
