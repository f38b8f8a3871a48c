"""What the README's examples take as given, typed as a user's code would have them.

tests/product/test_readme.py gives them working values (a token of the fake) before it runs
the examples; ``my_service`` stands for the service the testing examples test.
"""

from __future__ import annotations

import uuid

from spotnana_events import AsyncSpotnana
from spotnana_events.testing import DEFAULT_COMPANY_ID

CLIENT_ID = "fake-client-id"
CLIENT_SECRET = "fake-client-secret"
TOKEN = "a-token-of-yours"
USER_TOKEN = "a-user-token"
USER_ID = uuid.UUID(int=42)
COMPANY_ID = DEFAULT_COMPANY_ID


class MyService:
    """A service under test: the README's pytest examples call it."""

    async def create_offsite(self, sp: AsyncSpotnana) -> None:
        """Create the one event the examples assert on."""
        await sp.events.create(body={"name": "Offsite", "location": {}})


my_service = MyService()

__all__ = ["CLIENT_ID", "CLIENT_SECRET", "COMPANY_ID", "TOKEN", "USER_ID", "USER_TOKEN", "my_service"]
