"""Serving: routing a request to its operation (routes built from the generated operation
table), rate limit and faults before it, the answer and the recorded call after it."""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import math
import re
import urllib.parse
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs
import httpx

from .._auth import TOKEN_PATH
from ._admin import ADMIN_PREFIX, handle_admin
from ._faults import TOKEN_OPERATION, Fault
from ._room_tokens import TokenRoom
from ._state import Call, Forbidden, NotFound, NotServed, Unauthorized
from ._validation import MAX_BODY, BadRequest, body_too_large

if TYPE_CHECKING:
    from ._api import FakeEventAPI

DROPPED = 0  # the status recorded in `calls` for a request whose connection was dropped

Handler = Callable[[Call], Any]
Route = tuple[str, re.Pattern[str], str, Handler]


@attrs.frozen
class RecordedCall:
    """One request the fake saw: what a test asserts about what its service sent.

    ``status`` is ``DROPPED`` (0) when the connection was dropped before processing;
    ``body`` is the parsed JSON body (a form dict for the token endpoint, None if absent
    or not JSON). ``path`` is the path as sent, ids still percent-encoded.
    """

    operation: str
    method: str
    path: str
    status: int
    body: Any = None


class Server(TokenRoom):
    @property
    def _routes(self) -> list[Route]:
        """(method, path pattern, operationId, handler), literal paths first."""
        raise NotImplementedError

    def transport(self) -> httpx.AsyncBaseTransport:
        """An in-process transport: ``AsyncSpotnana(transport=fake.transport())``."""
        return httpx.MockTransport(self.handle)

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the in-process transport's handler)."""
        if _raw_path(request).startswith(ADMIN_PREFIX):
            return handle_admin(cast("FakeEventAPI", self), request, _raw_path(request))
        operation_id, handler, params = self._route(request)
        too_large = body_too_large(request)
        if too_large is not None:  # as a gateway refuses it: before the rate limit, faults and the handler
            return self._answer(request, operation_id, 400, error(400, too_large, "INVALID_REQUEST"))
        if self.rate_limit is not None and operation_id != TOKEN_OPERATION:
            wait = self.rate_limit.admit()
            if wait is not None:
                headers = {"Retry-After": f"{math.ceil(wait * 1000) / 1000:g}"}
                return self._answer(request, operation_id, 429, error(429, "rate limit exceeded"), headers)
        faults = self.faults.select(operation_id)
        refused = await self._before(request, operation_id, faults)
        if refused is not None:
            return refused
        status, document = self._dispatch(request, operation_id, handler, params)
        if any(fault.drop == "after" for fault in faults):
            self._record(request, operation_id, status)
            raise httpx.RemoteProtocolError("fake: server hung up after processing", request=request)
        return self._answer(request, operation_id, status, document)

    async def _before(self, request: httpx.Request, operation_id: str, faults: list[Fault]) -> httpx.Response | None:
        """The faults that act before the operation runs: latency, drops, statuses, expiry."""
        latency = sum(fault.latency or 0.0 for fault in faults)
        if latency:
            await _sleep_within_timeout(request, latency)
        for fault in faults:
            if fault.drop == "connect":
                self._record(request, operation_id, DROPPED)
                raise httpx.ConnectError("fake: connection refused", request=request)
            if fault.drop == "before":
                self._record(request, operation_id, DROPPED)
                raise httpx.RemoteProtocolError("fake: server hung up before answering", request=request)
            if fault.status is not None:
                headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
                return self._answer(request, operation_id, fault.status, error(fault.status, "injected fault"), headers)
            if fault.expire_token:
                self._expire(request)
        return None

    def _answer(
        self,
        request: httpx.Request,
        operation_id: str,
        status: int,
        document: Any,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        self._record(request, operation_id, status)
        if document is None:
            return httpx.Response(status, headers=headers, request=request)
        if isinstance(document, dict) and "errorMessages" in document:
            document["debugIdentifier"] = f"fake-{next(self._debug_ids)}"
        return httpx.Response(status, json=document, headers=headers, request=request)

    def _record(self, request: httpx.Request, operation_id: str, status: int) -> None:
        self.calls.append(RecordedCall(operation_id, request.method, _raw_path(request), status, _sent_body(request)))

    def _route(self, request: httpx.Request) -> tuple[str, Handler | None, dict[str, str]]:
        # Match the path as sent and decode each parameter once: "%2541" is the id "%41",
        # and "a%2Fb" is the id "a/b" (url.path is decoded already: decoding it again is wrong).
        path = _raw_path(request)
        if request.method == "POST" and path == TOKEN_PATH:
            return TOKEN_OPERATION, None, {}
        for method, pattern, operation_id, handler in self._routes:
            match = pattern.fullmatch(path)
            if match and method == request.method:
                return operation_id, handler, {k: urllib.parse.unquote(v) for k, v in match.groupdict().items()}
        return "unknown", None, {}

    def _dispatch(
        self, request: httpx.Request, operation_id: str, handler: Handler | None, params: dict[str, str]
    ) -> tuple[int, Any]:
        try:
            if operation_id == TOKEN_OPERATION:
                return 200, self._issue_token(request)
            if handler is None:
                return 404, error(404, f"no operation {request.method} {request.url.path}", "NOT_FOUND")
            company = self._authenticate(request)
            return 200, handler(Call(request, params, company))
        except BadRequest as exc:
            return 400, error(400, exc.message, exc.code)
        except RecursionError:
            return 400, error(400, "request body is nested too deeply", "INVALID_REQUEST")
        except Unauthorized as exc:
            return 401, error(401, str(exc), "UNAUTHENTICATED")
        except Forbidden as exc:
            return 403, error(403, str(exc), "PERMISSION_DENIED")
        except NotFound as exc:
            return 404, error(404, str(exc), "NOT_FOUND")
        except NotServed as exc:
            return 501, error(501, str(exc), "UNIMPLEMENTED")


def error(status: int, message: str, code: str = "ERROR") -> dict[str, Any]:
    """The spec's ErrorResponse."""
    return {"errorMessages": [{"errorCode": code, "message": message}]}


_PARAMETER = re.compile(r"\{(\w+)\}")


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part.title() for part in rest)


def routes(fake: object, operations: Mapping[str, Any]) -> list[Route]:
    """The generated operation table as routes to ``fake._op_<operationId>``: an operation
    the spec drops is not served (its handler is left unused), one the fake has no handler
    for (a re-pin added it) answers the generated sample of its response. Literal paths win
    over parameters (``/v2/events/payment-sources`` is not the event ``payment-sources``)."""
    table = []
    for operation in operations.values():
        pattern = "".join(
            f"(?P<{_camel(part)}>[^/]+)" if index % 2 else re.escape(part)
            for index, part in enumerate(_PARAMETER.split(operation.path))
        )
        handler = getattr(fake, f"_op_{operation.operation_id}", None) or functools.partial(
            _sample_answer, operation.operation_id
        )
        table.append((operation.method, re.compile(pattern), operation.operation_id, handler))
    table.sort(key=lambda route: route[1].pattern.count("(?P<"))
    return table


def _sample_answer(operation_id: str, call: Call) -> Any:
    """The answer of an operation the fake has no handler for: the document the generated
    package made from the spec's response schema (valid, stateless; the request is checked
    for its token only), so the fake stays usable the day a re-pin adds an operation. 501
    only for an operation with no sample (a table changed by hand)."""
    from spotnana_event_api.response_samples import RESPONSE_SAMPLES

    if operation_id not in RESPONSE_SAMPLES:
        raise NotServed(f"the fake does not implement {operation_id} and has no sample of its response")
    return copy.deepcopy(RESPONSE_SAMPLES[operation_id])


def _raw_path(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii").partition("?")[0]


def _sent_body(request: httpx.Request) -> Any:
    content = request.content
    if not content or len(content) > MAX_BODY:
        return None
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        form = dict(urllib.parse.parse_qsl(content.decode("utf-8", "replace")))
        return {k: ("<redacted>" if "secret" in k or "token" in k else v) for k, v in form.items()}
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


async def _sleep_within_timeout(request: httpx.Request, seconds: float) -> None:
    """Latency as the network would give it: a client whose read timeout is shorter gets
    the same ``ReadTimeout`` in-process as over loopback."""
    timeout = (request.extensions.get("timeout") or {}).get("read")
    if timeout is not None and seconds > timeout:
        await asyncio.sleep(timeout)
        raise httpx.ReadTimeout("fake: no answer within the read timeout", request=request)
    await asyncio.sleep(seconds)
