"""Issue 23 items 8 and 9: a model the caller builds writes what the facade sends (a plain
value of an enum field is converted by ``__init__``, or refused there naming the field and its
values), and a body no JSON encoder can write is a ``RequestValidationError`` naming the
field before anything is sent, with or without orjson."""

from __future__ import annotations

import copy
import functools
import json
import re
from typing import Any

import attrs
import httpx
import pytest
from spotnana_event_api import models
from spotnana_event_api import types as generated_types
from spotnana_event_api.models import (
    CancelEventRequest,
    CreateEventRequest,
    EventLocation,
    EventType,
    ListEventsRequest,
    Persona,
)
from spotnana_events import AsyncSpotnana, BearerToken, ConfigurationError, RequestValidationError
from spotnana_events.testing import FakeEventAPI

from tests.spec_samples import class_name, minimal, schemas

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # every field, deprecated ones too


# --- item 8: enum fields ------------------------------------------------------------------


async def test_the_issues_model_writes_what_the_facade_sends() -> None:
    request = CreateEventRequest(name="x", location=EventLocation(), type_="GENERIC")
    assert request.type_ is EventType.GENERIC
    assert request.to_dict() == {"name": "x", "location": {}, "type": "GENERIC"}
    fake = FakeEventAPI()
    async with fake.client() as sp:
        await sp.events.create(body=request)
    assert [call.body for call in fake.calls if call.operation == "createEvent"] == [request.to_dict()]


@functools.cache
def _enum_fields() -> list[tuple[type[Any], dict[str, Any], str, str, Any, bool]]:
    """(model, a minimal document, JSON key, attribute, enum class, is a list) of every enum
    field (or list of enums) of the spec."""
    found = []
    for schema_name, schema in sorted(schemas().items()):
        cls = getattr(models, class_name(schema_name), None)
        if cls is None or not hasattr(cls, "_json_fields"):
            continue
        for key, (attribute, _, shape, _) in cls._json_fields.items():
            is_list = shape[0] == "list"
            inner = shape[1] if is_list else shape
            if inner[0] == "enum":
                enum = getattr(models, inner[2])
                found.append((cls, minimal(schema), key, attribute, enum, is_list))
    return found


def test_every_enum_field_converts_a_plain_value_in_init_and_to_dict_writes_it() -> None:
    fields = _enum_fields()
    assert len(fields) > 50
    for cls, document, key, attribute, enum, is_list in fields:
        value = next(iter(enum)).value
        given = [value, value] if is_list else value
        built = attrs.evolve(cls.from_dict(dict(document)), **{attribute: given})  # __init__, every field
        held = getattr(built, attribute)
        assert held == ([enum(value)] * 2 if is_list else enum(value)), (cls.__name__, attribute)
        assert all(type(member) is enum for member in (held if is_list else [held]))
        assert built.to_dict()[key] == given


def test_every_enum_field_refuses_another_type_or_a_value_not_listed_naming_field_and_values() -> None:
    for cls, document, _, attribute, enum, is_list in _enum_fields():
        base = cls.from_dict(dict(document))
        where = re.escape(f"{cls.__name__}.{attribute}{'[0]' if is_list else ''}")
        shown = re.escape(repr(next(iter(enum)).value))
        with pytest.raises(TypeError, match=rf"^{where} must be a {enum.__name__} or one of its values \({shown}"):
            attrs.evolve(base, **{attribute: [5] if is_list else 5})
        with pytest.raises(ValueError, match=rf"^{where}: 'NOT A VALUE' is not a value of {enum.__name__} \(one of {shown}"):
            attrs.evolve(base, **{attribute: ["NOT A VALUE"] if is_list else "NOT A VALUE"})


def test_enum_fields_take_members_unknown_ones_too_and_lists_of_any_sequence() -> None:
    newer = EventType("PROGRAM_SERIES")  # made on purpose: a value a later spec may list
    assert newer.is_unknown
    assert CreateEventRequest(name="x", location=EventLocation(), type_=newer).to_dict()["type"] == "PROGRAM_SERIES"
    kinds = ["EMPLOYEE", Persona.GUEST]
    built = CreateEventRequest(name="x", location=EventLocation(), traveler_types=kinds)
    assert built.traveler_types is kinds and kinds == [Persona.EMPLOYEE, Persona.GUEST]  # converted in place
    as_tuple = CreateEventRequest(name="x", location=EventLocation(), traveler_types=("EMPLOYEE",))
    assert as_tuple.traveler_types == [Persona.EMPLOYEE]
    for wrong in ("EMPLOYEE", b"EMPLOYEE", None, 5):
        with pytest.raises(TypeError, match=r"CreateEventRequest\.traveler_types must be a list of Persona"):
            CreateEventRequest(name="x", location=EventLocation(), traveler_types=wrong)  # type: ignore[arg-type]
    for wrong_member in (None, "generic", Persona.GUEST):  # exactly; another enum's member is not one
        with pytest.raises((TypeError, ValueError), match=r"CancelEventRequest\.type_"):
            CancelEventRequest(event_id="1", type_=wrong_member)  # type: ignore[arg-type]


async def test_a_value_assigned_after_init_is_converted_by_to_dict_as_the_facade_converts_it() -> None:
    request = CreateEventRequest(name="x", location=EventLocation())
    request.type_ = "PROGRAM"  # type: ignore[assignment]
    request.location = {"address": None}  # type: ignore[assignment]
    assert request.to_dict() == {"name": "x", "location": {}, "type": "PROGRAM"}
    assert request.type_ is EventType.PROGRAM and isinstance(request.location, EventLocation)
    fake = FakeEventAPI()
    async with fake.client() as sp:
        await sp.events.create(body=request)
    assert [call.body for call in fake.calls if call.operation == "createEvent"] == [request.to_dict()]
    request.type_ = "NOPE"  # type: ignore[assignment]
    message = r"^CreateEventRequest\.type: 'NOPE' is not a value of EventType \(one of 'GENERIC'"
    with pytest.raises(RequestValidationError, match=message):
        request.to_dict()
    async with fake.client() as sp:
        with pytest.raises(RequestValidationError, match=message):
            await sp.events.create(body=request)


def test_models_have_no_setattr_hook() -> None:
    """The converters come without attrs' __setattr__: a parse stores into plain slots."""
    for schema_name in schemas():
        cls = getattr(models, class_name(schema_name), None)
        if cls is not None and hasattr(cls, "_json_fields"):
            assert "__setattr__" not in cls.__dict__, cls.__name__


# --- item 9: values no encoder can write --------------------------------------------------


def _recording_client() -> tuple[AsyncSpotnana, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"events": []})

    transport = httpx.MockTransport(handler)
    return AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport), sent


@pytest.fixture(params=["orjson", "json"])
def encoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with orjson encoding bodies (the speedups extra) and without it."""
    if request.param == "orjson":
        pytest.importorskip("orjson")
        assert generated_types._orjson_dumps() is not None
    else:
        monkeypatch.setattr(generated_types, "_orjson_dumps", lambda: None)
    return str(request.param)


HUGE = 10**5000  # more digits than Python writes as text (int_max_str_digits: 4300)
SURROGATE = "Off\ud800site"

UNWRITABLE: list[tuple[str, str, Any, str]] = [
    ("create", "a lone surrogate", {"name": SURROGATE, "location": {}}, r"CreateEventRequest\.name: is not valid text"),
    (
        "create",
        "one deep in a model",
        {"name": "x", "location": {"address": {"regionCode": "FR", "addressLines": ["ok", "\udfff"]}}},
        r"CreateEventRequest\.location\.address\.addressLines\[1\]: is not valid text: a lone surrogate at index 0",
    ),
    ("list_page", "a huge integer", {"offset": HUGE}, r"ListEventsRequest\.offset: an integer of about 5001 digits"),
    ("list_page", "a huge negative one", {"limit": -HUGE}, r"ListEventsRequest\.limit: an integer of about 5001 digits"),
]


@pytest.mark.parametrize(("method", "what", "body", "message"), UNWRITABLE, ids=[case[1] for case in UNWRITABLE])
async def test_a_body_no_encoder_can_write_is_refused_naming_the_field(
    encoder: str, method: str, what: str, body: dict[str, Any], message: str
) -> None:
    sp, sent = _recording_client()
    model = {"create": CreateEventRequest, "list_page": ListEventsRequest}[method]
    for given in (body, model.from_dict(copy.deepcopy(body))):
        with pytest.raises(RequestValidationError, match=message):
            await getattr(sp.events, method)(body=given)
    with pytest.raises(RequestValidationError, match=message):
        model.from_request(body)
    assert sent == []


async def test_a_caller_built_model_with_a_lone_surrogate_is_refused_too(encoder: str) -> None:
    sp, sent = _recording_client()
    with pytest.raises(RequestValidationError, match=r"^CreateEventRequest\.name: is not valid text"):
        await sp.events.create(body=CreateEventRequest(name=SURROGATE, location=EventLocation()))
    assert sent == []


async def test_writable_bodies_still_go_out_with_either_encoder(encoder: str) -> None:
    sp, sent = _recording_client()
    await sp.events.list_page(body={"offset": 10**650, "limit": 100})  # long, but written
    await sp.events.list_page(body=ListEventsRequest(offset=0, limit=100))
    assert [json.loads(request.content)["offset"] for request in sent] == [10**650, 0]


async def test_a_lone_surrogate_in_a_query_argument_is_refused_naming_it() -> None:
    sp, sent = _recording_client()
    company = "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"
    with pytest.raises(ValueError, match=r"^external_id is not valid text \(it contains a lone surrogate\)$"):
        await sp.events.get_by_external_id(external_id=SURROGATE, company_id=company)
    with pytest.raises(ConfigurationError, match=r"extra_query: 'trace' is not valid text"):
        await sp.events.get("1", extra_query={"trace": ["ok", SURROGATE]})
    assert sent == []


def test_a_required_enum_field_refuses_unset() -> None:
    from spotnana_event_api.types import UNSET

    with pytest.raises(TypeError, match=r"^CancelEventRequest\.type_ must be a EventType .* got Unset$"):
        CancelEventRequest(event_id="1", type_=UNSET)  # type: ignore[arg-type]
    assert CreateEventRequest(name="x", location=EventLocation(), type_=UNSET).type_ is UNSET  # optional: absent


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (CreateEventRequest(name=SURROGATE, location=EventLocation()), r"^body\.name: is not valid text"),
        (ListEventsRequest(offset=HUGE), r"^body\.offset: an integer of about 5001 digits"),
    ],
    ids=["surrogate", "huge integer"],
)
async def test_the_low_level_api_names_where_a_body_cannot_be_written(encoder: str, body: Any, message: str) -> None:
    """``asyncio_detailed`` sends without the facade's check: encoding names the place."""
    from spotnana_event_api.api.events import create_event, list_events
    from spotnana_event_api.client import Client

    sent: list[httpx.Request] = []
    client = Client(base_url="http://127.0.0.1:9")
    client.set_async_httpx_client(httpx.AsyncClient(transport=httpx.MockTransport(lambda r: sent.append(r))))  # type: ignore[func-returns-value]
    endpoint = create_event if isinstance(body, CreateEventRequest) else list_events
    with pytest.raises(RequestValidationError, match=message):
        await endpoint.asyncio_detailed(client=client, body=body)
    assert sent == []
