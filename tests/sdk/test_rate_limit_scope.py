"""A rate limiter that scopes budgets (``for_identity``) is scoped by the client to its API base
and who it calls as; one that does not is used as given."""

from __future__ import annotations

import httpx
import pytest
from spotnana_events import AsyncSpotnana, BearerToken, ClientCredentials, ConfigurationError


class Limiter:
    """Records the identities it was scoped to, and the acquires of each scoped view."""

    def __init__(self, identity: str = "", views: dict[str, Limiter] | None = None) -> None:
        self.identity = identity
        self.views: dict[str, Limiter] = {} if views is None else views
        self.acquired = 0

    def for_identity(self, identity: str) -> Limiter:
        return self.views.setdefault(identity, Limiter(identity, self.views))

    async def acquire(self) -> None:
        self.acquired += 1

    async def report(self, response: httpx.Response) -> None:
        return None


def _transport() -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2-token"):
            return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600})
        return httpx.Response(200, json={"event": {"id": "1"}})

    return httpx.MockTransport(answer)


async def test_the_client_scopes_the_limiter_to_its_api_base_and_client_id_never_a_secret() -> None:
    limiter = Limiter()
    batch = AsyncSpotnana(
        base_url="https://a.example", auth=ClientCredentials("batch", "s3cret"), transport=_transport(),
        rate_limiter=limiter,
    )  # fmt: skip
    web = AsyncSpotnana(
        base_url="https://a.example", auth=ClientCredentials("web", "s3cret"), transport=_transport(),
        rate_limiter=limiter,
    )  # fmt: skip
    await batch.events.get("1")
    await web.events.get("1")
    await web.with_options(base_url="https://b.example").events.get("1")  # another API base: another budget
    identities = sorted(limiter.views)
    assert len(identities) == 3
    assert {i.split("\0")[0] for i in identities} == {"https://a.example", "https://b.example"}
    assert {i.split("\0")[1] for i in identities} == {"client-id:batch", "client-id:web"}
    assert all(view.acquired == 1 for view in limiter.views.values())
    assert limiter.acquired == 0  # the unscoped limiter itself is never used
    assert batch.rate_limiter is limiter  # what was passed stays what the client shows
    static = AsyncSpotnana(
        base_url="https://a.example", auth=BearerToken("static-s3cret"), transport=_transport(), rate_limiter=limiter
    )
    await static.events.get("1")
    assert not any("static-s3cret" in i or "s3cret" in i for i in limiter.views)


def test_a_for_identity_that_returns_no_rate_limiter_is_a_configuration_error() -> None:
    class Broken(Limiter):
        def for_identity(self, identity: str) -> Limiter:
            return None  # type: ignore[return-value]

    with pytest.raises(ConfigurationError, match="for_identity"):
        AsyncSpotnana(base_url="https://a.example", auth=BearerToken("t"), rate_limiter=Broken())
