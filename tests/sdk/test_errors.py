"""Non-2xx responses raise one typed error per status, carrying the parsed body."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock
from spotnana_events import (
    APIStatusError,
    AsyncSpotnana,
    AuthenticationError,
    BadRequestError,
    BearerToken,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from tests.conftest import BASE_URL

ERROR_BODY = {
    "debugIdentifier": "dbg-42",
    "errorMessages": [{"errorCode": "E1", "message": "event is not a draft"}, {"message": "second"}],
}


def _client() -> AsyncSpotnana:
    return AsyncSpotnana(base_url=BASE_URL, auth=BearerToken("tok"), max_retries=0)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (418, APIStatusError),
    ],
)
async def test_each_status_raises_its_class_with_the_parsed_body(
    httpx_mock: HTTPXMock, status: int, cls: type[APIStatusError]
) -> None:
    """The class matches the status; body, debug id and messages come from ErrorResponse."""
    httpx_mock.add_response(status_code=status, json=ERROR_BODY)
    async with _client() as sp:
        with pytest.raises(cls) as caught:
            await sp.events.get("123")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.body is not None
    assert error.debug_identifier == "dbg-42"
    assert error.error_messages == ["event is not a draft", "second"]
    assert str(error) == f"GET /v2/events/123 -> {status} {cls.__name__}: event is not a draft (debugIdentifier dbg-42)"


@pytest.mark.parametrize("content", [b"", b"<html>Bad gateway</html>", b"[1, 2]", b'{"errorMessages": 7}'])
async def test_a_body_that_is_not_an_error_response_still_raises_the_right_class(
    httpx_mock: HTTPXMock, content: bytes
) -> None:
    """Empty, HTML, or malformed JSON bodies: right class, body None."""
    httpx_mock.add_response(status_code=404, content=content)
    async with _client() as sp:
        with pytest.raises(NotFoundError) as caught:
            await sp.events.delete("9")
    assert caught.value.body is None
    assert caught.value.debug_identifier is None
    assert caught.value.error_messages == []
    assert str(caught.value) == "DELETE /v2/events/9 -> 404 NotFoundError"
