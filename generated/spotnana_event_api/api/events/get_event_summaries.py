from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import Client
from ...types import Response, decode_json

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.get_event_summaries_request import GetEventSummariesRequest
    from ...models.get_event_summaries_response import GetEventSummariesResponse


PATH = "/v2/events/summaries"


def _get_kwargs(
    *,
    body: GetEventSummariesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> ErrorResponse | GetEventSummariesResponse | None:
    from ...models.error_response import ErrorResponse  # noqa: PLC0415
    from ...models.get_event_summaries_response import GetEventSummariesResponse  # noqa: PLC0415

    if response.status_code == 200:
        response_200 = GetEventSummariesResponse.from_dict(decode_json(response.content))

        return response_200

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

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

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
