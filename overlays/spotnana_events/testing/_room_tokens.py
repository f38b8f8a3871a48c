"""Auth and tokens: the token endpoint, bearer checks and token expiry."""

from __future__ import annotations

import secrets
import urllib.parse
from typing import Any

import httpx

from ._state import DEFAULT_CLIENT, FakeState, Forbidden, Unauthorized
from ._validation import BadRequest

_GRANTS = {"client_credentials", "urn:ietf:params:oauth:grant-type:token-exchange"}


class TokenRoom(FakeState):
    @property
    def credentials(self) -> tuple[str, str]:
        """(client id, client secret) of the default company's API client."""
        return DEFAULT_CLIENT

    def issue_token(self, client_id: str = DEFAULT_CLIENT[0]) -> str:
        """A valid access token for ``client_id``, without a token request."""
        token = secrets.token_urlsafe(24)
        self.tokens[token] = (self.clients[client_id][1], self.clock() + self.token_ttl)
        return token

    def expire_all_tokens(self) -> None:
        """Every token issued so far expires now (the next call gets a 401)."""
        for token, (company, _) in list(self.tokens.items()):
            self.tokens[token] = (company, float("-inf"))

    def _issue_token(self, request: httpx.Request) -> dict[str, Any]:
        form = dict(urllib.parse.parse_qsl(request.content.decode("utf-8", "replace")))
        grant = form.get("grant_type")
        if grant not in _GRANTS:
            raise BadRequest(f"grant_type {grant!r} is not supported")
        known = self.clients.get(form.get("client_id", ""))
        if known is None or not secrets.compare_digest(known[0], form.get("client_secret", "")):
            raise Forbidden("invalid client credentials")
        if grant != "client_credentials" and not form.get("subject_token"):
            raise BadRequest("subject_token is required for token exchange")
        token = self.issue_token(form["client_id"])
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.token_ttl}

    def _authenticate(self, request: httpx.Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("missing bearer token")
        entry = self.tokens.get(token)
        if entry is None:
            raise Unauthorized("unknown token")
        company, expires_at = entry
        if self.clock() >= expires_at:
            raise Unauthorized("token expired")
        return company

    def _expire(self, request: httpx.Request) -> None:
        token = request.headers.get("authorization", "").partition(" ")[2]
        if token in self.tokens:
            self.tokens[token] = (self.tokens[token][0], float("-inf"))
