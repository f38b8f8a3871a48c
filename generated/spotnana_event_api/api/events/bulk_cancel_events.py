from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import Client
from ...types import Response, decode_json

if TYPE_CHECKING:
    from ...models.bulk_cancel_event_request import BulkCancelEventRequest
    from ...models.bulk_cancel_event_response import BulkCancelEventResponse
    from ...models.error_response import ErrorResponse


PATH = "/v2/events/bulk-cancel"


def _get_kwargs(
    *,
    body: BulkCancelEventRequest,
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


def _parse_response(*, client: Client, response: httpx.Response) -> BulkCancelEventResponse | ErrorResponse | None:
    from ...models.bulk_cancel_event_response import BulkCancelEventResponse  # noqa: PLC0415
    from ...models.error_response import ErrorResponse  # noqa: PLC0415

    if response.status_code == 200:
        response_200 = BulkCancelEventResponse.from_dict(decode_json(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[BulkCancelEventResponse | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: Client,
    body: BulkCancelEventRequest,
) -> Response[BulkCancelEventResponse | ErrorResponse]:
    """
    Args:
        body (BulkCancelEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkCancelEventResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: BulkCancelEventRequest,
) -> BulkCancelEventResponse | ErrorResponse | None:
    """
    Args:
        body (BulkCancelEventRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkCancelEventResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
