"""Issue 12 points 2-4, 6, 7: request bodies are checked before sending, only what the caller
set is sent, plain dicts are accepted, deprecations warn, and docstrings carry the spec's facts."""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import warnings
from typing import Any

import httpx
import pytest
from spotnana_event_api import models
from spotnana_event_api.models import CreateEventRequest, EventLocation, EventType
from spotnana_events import AsyncSpotnana, BearerToken, RequestValidationError
from spotnana_events.testing import FakeEventAPI

from codegen import spec_diff
from tests.spec_bodies import spec_body
from tests.spec_samples import REF, attribute_name, class_name, fixed_spec, resolve, schemas


def _request_models() -> list[type[Any]]:
    """Every body model an operation of the spec takes."""
    names = set()
    for path_item in fixed_spec()["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = body.get("schema", {}).get("$ref", "")
            if ref.startswith(REF):
                names.add(class_name(ref.removeprefix(REF)))
    return [getattr(models, name) for name in sorted(names)]


def _recording_client() -> tuple[AsyncSpotnana, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(handler)
    return AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"), transport=transport), sent


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"name": "x", "location": {}, "externalID": "e1"},
            "CreateEventRequest: unknown key 'externalID' (did you mean 'externalId'?)",
        ),
        ({"name": 5, "location": {}}, "CreateEventRequest.name: expected string, got integer"),
        ({"name": "x", "location": {}, "type": "ARCHIVED"}, "CreateEventRequest.type: 'ARCHIVED' is not a value"),
        ({"name": "x", "location": {"bogus": 1}}, "CreateEventRequest.location (EventLocation): unknown key 'bogus'"),
        ({"name": "x"}, "CreateEventRequest: required key 'location' is missing"),
    ],
)
async def test_a_bad_body_is_refused_before_anything_is_sent(body: Any, message: str) -> None:
    sp, sent = _recording_client()
    given_forms: list[Any] = [body]
    if "location" in body:  # from_dict itself refuses a missing required key
        given_forms.append(CreateEventRequest.from_dict(body))
    for given in given_forms:
        with pytest.raises(RequestValidationError) as raised:
            await sp.events.create(body=given)
        assert message in str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert sent == []


async def test_a_constructed_body_with_a_wrong_type_names_the_field() -> None:
    sp, sent = _recording_client()
    with pytest.raises(RequestValidationError, match=r"^CreateEventRequest\.name: expected string, got integer$"):
        await sp.events.create(body=CreateEventRequest(name=5, location=EventLocation()))  # type: ignore[arg-type]
    assert sent == []


async def test_a_plain_dict_is_accepted_and_an_enum_string_becomes_the_member() -> None:
    fake = FakeEventAPI()
    async with fake.client() as sp:
        document = {"name": "Offsite", "location": {}, "externalId": "e1", "type": "PROGRAM"}
        created = await sp.events.create(body=document)
        event = await sp.events.get(created.id)
    sent = [call.body for call in fake.calls if call.operation == "createEvent"]
    assert sent == [{"name": "Offsite", "location": {}, "externalId": "e1", "type": "PROGRAM"}]
    assert isinstance(event.event, models.Event)
    assert event.event.type_ is EventType.PROGRAM
    async with fake.client() as sp:
        as_string = CreateEventRequest(name="y", location=EventLocation(), type_="PROGRAM")
        again = (await sp.events.get((await sp.events.create(body=as_string)).id)).event
        assert isinstance(again, models.Event)
        assert again.type_ is EventType.PROGRAM
        with pytest.raises(RequestValidationError, match="'program' is not a value of EventType"):
            await sp.events.create(body={"name": "z", "location": {}, "type": "program"})  # exactly, not by case


async def test_a_body_of_the_wrong_kind_is_a_type_error() -> None:
    sp, sent = _recording_client()
    with pytest.raises(TypeError, match="body must be a CreateEventRequest or a dict, got list"):
        await sp.events.create(body=[])  # type: ignore[arg-type]
    assert sent == []


def test_responses_stay_tolerant() -> None:
    # The two directions differ on purpose: a server may add keys and enum values.
    parsed = models.GetEventResponse.from_dict({"event": {"type": "NEW_KIND"}, "addedLater": 1})
    assert parsed.to_dict() == {"event": {"type": "NEW_KIND"}, "addedLater": 1}


@pytest.mark.parametrize("model", _request_models(), ids=lambda m: m.__name__)
def test_only_what_the_caller_set_is_sent(model: type[Any]) -> None:
    """Built from the required fields alone, every request body serialises to exactly those keys."""
    schema = resolve(schemas()[next(n for n in schemas() if class_name(n) == model.__name__)])
    required = [key for key in schema.get("required", []) if key in schema.get("properties", {})]
    sample = spec_body(model, {})
    built = model(**{attribute_name(key): getattr(sample, attribute_name(key)) for key in required})
    assert sorted(built.to_dict()) == sorted(required)


def test_a_spec_default_is_documented_not_sent() -> None:
    body = CreateEventRequest(name="x", location=EventLocation())
    assert "useHiddenTemplate" not in body.to_dict()
    assert "default False (not sent unless set)" in (CreateEventRequest.__doc__ or "")
    assert "listByTravelerEvents" not in models.ListEventsRequest().to_dict()
    assert (
        CreateEventRequest(name="x", location=EventLocation(), use_hidden_template=False).to_dict()["useHiddenTemplate"]
        is False
    )


def _deprecated_properties() -> list[tuple[str, str, str]]:
    found = []
    for name, schema in schemas().items():
        for key, prop in schema.get("properties", {}).items():
            if prop.get("deprecated") and "x-sunset" in prop and hasattr(models, class_name(name)):
                found.append((class_name(name), key, prop["x-sunset"]))
    return found


def test_every_deprecated_field_is_documented_with_its_sunset() -> None:
    deprecated = _deprecated_properties()
    assert len(deprecated) >= 20
    for model_name, key, sunset in deprecated:
        doc = " ".join((getattr(models, model_name).__doc__ or "").split())
        facts = doc.split(f"JSON ``{key}``", 1)[1].split("JSON ``", 1)[0]
        assert f"Deprecated (sunset {sunset})" in facts, (model_name, key)


def _warned(descriptor: Any) -> None:
    descriptor.warned = False  # once per field per process: reset for this test


def test_setting_or_reading_a_deprecated_field_warns_once_naming_the_sunset() -> None:
    descriptor = CreateEventRequest.__dict__["event_custom_field_responses"]
    _warned(descriptor)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        CreateEventRequest(name="x", location=EventLocation(), event_custom_field_responses=[])
        CreateEventRequest(name="y", location=EventLocation(), event_custom_field_responses=[])
        CreateEventRequest(name="z", location=EventLocation())  # not set: no warning
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    assert messages == ["CreateEventRequest.eventCustomFieldResponses is deprecated (sunset 2026-07-01)"]

    reading = models.TravelerEventInfo.__dict__["event_rsvp_state"]
    _warned(reading)
    parsed = models.TravelerEventInfo.from_dict({"eventRsvpState": "ACCEPTED"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert parsed.to_dict() == {"eventRsvpState": "ACCEPTED"}  # passing it through is not using it
        first, again = parsed.event_rsvp_state, parsed.event_rsvp_state
    assert first == again == "ACCEPTED"
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    assert messages == ["TravelerEventInfo.eventRsvpState is deprecated (sunset 2026-07-01)"]


def test_field_docstrings_carry_the_specs_facts() -> None:
    """Format, bounds, maxItems, default, example and enum values, read from the spec."""
    checked = 0
    for name, schema in schemas().items():
        model = getattr(models, class_name(name), None)
        if model is None or not isinstance(model, type):
            continue
        doc = " ".join((model.__doc__ or "").split())
        for key, raw in schema.get("properties", {}).items():
            prop = resolve(raw) if "$ref" in raw else raw
            if f"JSON ``{key}``" not in doc:
                continue
            if "maxItems" in prop:
                assert f"maxItems {prop['maxItems']}" in doc, (name, key)
                checked += 1
            if prop.get("format") in ("uuid", "date-time", "email"):
                assert f"format {prop['format']}" in doc, (name, key)
                checked += 1
            if isinstance(prop.get("enum"), list) and len(prop["enum"]) <= 6:
                assert ", ".join(map(str, prop["enum"])) in doc, (name, key)
                checked += 1
    assert checked > 20


def test_pin_spec_lists_items_past_their_sunset() -> None:
    spec = json.loads(json.dumps(fixed_spec()))
    report = spec_diff.past_sunsets(spec, datetime.date(2026, 11, 28))
    assert "Event.customFieldResponses (sunset 2026-07-01)" in report
    assert "TravelerEventInfo.eventRsvpState (sunset 2026-07-01)" in report
    assert spec_diff.past_sunsets(spec, datetime.date(2026, 6, 30)).startswith("no item is past its sunset")


def test_deprecated_schemas_are_flagged_for_type_checkers() -> None:
    """A class the spec deprecates is decorated with typing_extensions.deprecated (seen by type checkers only)."""
    deprecated = [name for name, schema in schemas().items() if schema.get("deprecated") and "x-sunset" in schema]
    assert deprecated
    for name in deprecated:
        model = getattr(models, class_name(name))
        if issubclass(model, enum.Enum):
            continue  # enums (Relation) are not decorated yet: see the issue 12 note
        source = inspect.getsource(inspect.getmodule(model))  # type: ignore[arg-type]
        sunset = schemas()[name]["x-sunset"]
        assert f'@_deprecated("{model.__name__} is deprecated (sunset {sunset})")' in source
        assert "from typing_extensions import deprecated as _deprecated" in source
        assert f"Deprecated (sunset {sunset})." in (model.__doc__ or "")


async def test_the_fake_reads_a_null_optional_list_as_absent() -> None:
    """Found by schemathesis: ``{"types": null}`` passes the spec's check and must not crash the fake."""
    fake = FakeEventAPI()
    fake.seed_event()
    auth = {"Authorization": f"Bearer {fake.issue_token()}"}
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://fake") as http:
        answer = await http.post(
            "/v2/events/list", json={"filters": [{"eventTypeFilter": {"types": None}}]}, headers=auth
        )
    assert answer.status_code == 200
    assert answer.json()["paginationParams"]["totalNumResults"] == 1
