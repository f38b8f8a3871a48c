from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import Client
from ...types import Response, decode_json, path_segment

if TYPE_CHECKING:
    from ...models.entity_non_uuid_id import EntityNonUUIDId
    from ...models.error_response import ErrorResponse
    from ...models.update_event_basic_info_request import UpdateEventBasicInfoRequest


PATH = "/v2/events/{event_id}/edit-basic-info"


def _get_kwargs(
    event_id: str,
    *,
    body: UpdateEventBasicInfoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": PATH.format(
            event_id=path_segment("event_id", event_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> EntityNonUUIDId | ErrorResponse | None:
    from ...models.entity_non_uuid_id import EntityNonUUIDId  # noqa: PLC0415
    from ...models.error_response import ErrorResponse  # noqa: PLC0415

    if response.status_code == 200:
        response_200 = EntityNonUUIDId.from_dict(decode_json(response.content))

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[EntityNonUUIDId | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    event_id: str,
    *,
    client: Client,
    body: UpdateEventBasicInfoRequest,
) -> Response[EntityNonUUIDId | ErrorResponse]:
    """
    Args:
        event_id (str):  Example: 6926658168.
        body (UpdateEventBasicInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityNonUUIDId | ErrorResponse]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    *,
    client: Client,
    body: UpdateEventBasicInfoRequest,
) -> EntityNonUUIDId | ErrorResponse | None:
    """
    Args:
        event_id (str):  Example: 6926658168.
        body (UpdateEventBasicInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ModelParseError: If a documented response body does not fit its model.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityNonUUIDId | ErrorResponse
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            body=body,
        )
    ).parsed
