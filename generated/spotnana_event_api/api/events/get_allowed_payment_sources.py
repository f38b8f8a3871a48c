from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from ... import errors
from ...client import ApiRequest, Client
from ...types import UNSET, Response, decode_json

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.get_events_payment_sources_response import GetEventsPaymentSourcesResponse


PATH = "/v2/events/payment-sources"


def _request(
    *,
    user_id: UUID,
) -> ApiRequest:
    """The request for these arguments: what ``asyncio_detailed`` and the SDK's facade send."""
    # Path parameters first: one that would change the path fails before anything else runs.
    request = ApiRequest(
        "GET",
        PATH,
    )

    params: dict[str, Any] = {}

    json_user_id = str(user_id)
    params["userId"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    request.query = params
    return request


def _parse_success(response: httpx.Response) -> GetEventsPaymentSourcesResponse:
    """The parsed body of a 200 answer: how ``asyncio_detailed`` and the SDK's facade both read it."""
    from ...models.get_events_payment_sources_response import GetEventsPaymentSourcesResponse  # noqa: PLC0415

    response_200 = GetEventsPaymentSourcesResponse.from_dict(decode_json(response.content))

    return response_200


def _parse_response(
    *, client: Client, response: httpx.Response
) -> ErrorResponse | GetEventsPaymentSourcesResponse | None:
    from ...models.error_response import ErrorResponse  # noqa: PLC0415

    if response.status_code == 200:
        return _parse_success(response)
    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(decode_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(decode_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[ErrorResponse | GetEventsPaymentSourcesResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: Client,
    user_id: UUID,
) -> Response[ErrorResponse | GetEventsPaymentSourcesResponse]:
    """
    Args:
        user_id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetEventsPaymentSourcesResponse]
    """

    request = _request(
        user_id=user_id,
    )
    http = client.get_async_httpx_client()
    response = await http.send(request.build(http))

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    user_id: UUID,
) -> ErrorResponse | GetEventsPaymentSourcesResponse | None:
    """
    Args:
        user_id (UUID):  Example: f49d00fe-1eda-4304-ba79-a980f565281d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetEventsPaymentSourcesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    ).parsed
