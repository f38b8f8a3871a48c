from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import ApiRequest, Client
from ...types import Response, decode_json

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.get_event_summaries_request import GetEventSummariesRequest
    from ...models.get_event_summaries_response import GetEventSummariesResponse


PATH = "/v2/events/summaries"


def _request(
    *,
    body: GetEventSummariesRequest,
) -> ApiRequest:
    """The request for these arguments: what ``asyncio_detailed`` and the SDK's facade send."""
    # Path parameters first: one that would change the path fails before anything else runs.
    request = ApiRequest(
        "POST",
        PATH,
    )
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    request.headers = headers
    request.body = body
    request.json = _kwargs.get("json")
    return request


def _parse_success(response: httpx.Response) -> GetEventSummariesResponse:
    """The parsed body of a 200 answer: how ``asyncio_detailed`` and the SDK's facade both read it."""
    from ...models.get_event_summaries_response import GetEventSummariesResponse  # noqa: PLC0415

    response_200 = GetEventSummariesResponse.from_dict(decode_json(response.content))

    return response_200


def _parse_response(*, client: Client, response: httpx.Response) -> ErrorResponse | GetEventSummariesResponse | None:
    from ...models.error_response import ErrorResponse  # noqa: PLC0415

    if response.status_code == 200:
        return _parse_success(response)
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


def _build_response(*, client: Client, response: httpx.Response) -> Response[ErrorResponse | GetEventSummariesResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: GetEventSummariesRequest,
) -> Response[ErrorResponse | GetEventSummariesResponse]:
    """
    Args:
        body (GetEventSummariesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetEventSummariesResponse]
    """

    request = _request(
        body=body,
    )
    http = client.get_async_httpx_client()
    response = await http.send(request.build(http))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: GetEventSummariesRequest,
) -> ErrorResponse | GetEventSummariesResponse | None:
    """
    Args:
        body (GetEventSummariesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetEventSummariesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
