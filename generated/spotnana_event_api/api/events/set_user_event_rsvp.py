from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from ... import errors
from ...client import ApiRequest, Client
from ...types import Response, decode_json

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.set_user_event_rsvp_request import SetUserEventRsvpRequest


PATH = "/v2/events/{event_id}/travelers/{traveler_id}/rsvp"


def _request(
    event_id: str,
    traveler_id: UUID,
    *,
    body: SetUserEventRsvpRequest,
) -> ApiRequest:
    """The request for these arguments: what ``asyncio_detailed`` and the SDK's facade send."""
    # Path parameters first: one that would change the path fails before anything else runs.
    request = ApiRequest(
        "POST",
        PATH,
        path_params={
            "event_id": event_id,
            "traveler_id": traveler_id,
        },
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    request.headers = headers
    request.body = body
    request.json = _kwargs.get("json")
    return request


def _parse_success(response: httpx.Response) -> None:
    """The parsed body of a 200 answer: how ``asyncio_detailed`` and the SDK's facade both read it."""
    return None


def _parse_response(*, client: Client, response: httpx.Response) -> Any | ErrorResponse | None:
    from ...models.error_response import ErrorResponse  # noqa: PLC0415

    if response.status_code == 200:
        _parse_success(response)
        return None
    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(decode_json(response.content))

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    event_id: str,
    traveler_id: UUID,
    *,
    client: Client,
    body: SetUserEventRsvpRequest,
) -> Response[Any | ErrorResponse]:
    """
    Args:
        event_id (str):  Example: 6926658168.
        traveler_id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        body (SetUserEventRsvpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    request = _request(
        event_id=event_id,
        traveler_id=traveler_id,
        body=body,
    )
    http = client.get_async_httpx_client()
    response = await http.send(request.build(http))

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    traveler_id: UUID,
    *,
    client: Client,
    body: SetUserEventRsvpRequest,
) -> Any | ErrorResponse | None:
    """
    Args:
        event_id (str):  Example: 6926658168.
        traveler_id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.
        body (SetUserEventRsvpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            traveler_id=traveler_id,
            client=client,
            body=body,
        )
    ).parsed
