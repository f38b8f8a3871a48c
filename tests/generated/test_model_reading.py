"""Models you can read (issue 26, points 1 and 5): a repr of the fields that are set, to_dict in
spec order with unknown keys last, to_json, and ``require(name)`` for what the server always sends."""

from __future__ import annotations

import importlib
import json
import uuid
import warnings
from typing import Any

import pytest
from spotnana_event_api import models
from spotnana_event_api.errors import MissingRequiredFieldError, ModelParseError, UnsetFieldError
from spotnana_event_api.models import (
    CreateEventRequest,
    Event,
    EventLocation,
    EventStatus,
    GetEventResponse,
    ListEventsResponse,
)
from spotnana_event_api.types import LazyDocument, PartialDocument, ScalarsParsed

from tests import spec_samples

COMPANY = str(uuid.UUID(int=7))


def _event(**overrides: Any) -> dict[str, Any]:
    event: dict[str, Any] = {"id": "42", "name": "Offsite", "status": "DRAFT", "companyId": {"id": COMPANY}}
    event.update(overrides)
    return event


def test_repr_shows_the_fields_that_are_set_and_no_unset_noise() -> None:
    event = Event.from_dict(_event())
    shown = repr(event)
    assert shown == (
        f"Event(id='42', name='Offsite', status={EventStatus.DRAFT!r}, company_id=EntityId(id=UUID('{COMPANY}')))"
    )
    assert "UNSET" not in shown
    assert "additional_properties" not in shown
    built = CreateEventRequest(name="Offsite", location=EventLocation())
    assert repr(built) == "CreateEventRequest(name='Offsite', location=EventLocation())"


def test_repr_shows_keys_the_spec_does_not_list_last() -> None:
    event = Event.from_dict({"futureField": [1], **_event()})
    assert repr(event).endswith(", additional_properties={'futureField': [1]})")


def test_repr_leaves_a_lazy_model_as_it_was() -> None:
    """Logging a model must not parse it: it stays lazy, and to_dict() still writes the
    document as sent (its order included)."""
    document = {"futureField": 1, **_event()}
    response = GetEventResponse.from_dict({"event": document})
    assert "name='Offsite'" in repr(response)
    assert isinstance(response, LazyDocument)
    assert list(response.to_dict()["event"]) == list(document)
    item = ListEventsResponse.from_dict({"events": [document]}).events[0]
    assert item.name == "Offsite"  # a page item's scalar pass
    assert isinstance(item, ScalarsParsed)
    assert "company_id=EntityId" in repr(item)
    assert isinstance(item, ScalarsParsed)


def test_repr_of_a_malformed_model_never_raises_and_changes_nothing() -> None:
    response = GetEventResponse.from_dict({"event": _event(numTravelers="many")})
    shown = repr(response)
    assert "num_travelers=<malformed>" in shown
    assert "name='Offsite'" in shown
    assert isinstance(response, LazyDocument)
    event = response.require("event")
    assert isinstance(event, LazyDocument)
    assert repr(event) == shown.removeprefix("GetEventResponse(event=").removesuffix(")")
    assert isinstance(event, LazyDocument)
    event.name  # noqa: B018 - the parse meets the malformed value
    assert isinstance(event, PartialDocument)
    assert "num_travelers=<malformed>" in repr(event)


def test_repr_does_not_warn_about_deprecated_fields_it_shows() -> None:
    document = _event(customFieldResponses=[{"customFieldId": str(uuid.UUID(int=1)), "travelerAccess": "HIDDEN"}])
    Event.__dict__["custom_field_responses"].warned = False  # once per field per process: reset for this test
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        shown = repr(Event.from_dict(document))
        partial = Event.from_dict({**document, "numTravelers": "x"})
        partial.name  # noqa: B018 - becomes partly parsed
        assert "custom_field_responses=[" in repr(partial)
    assert "custom_field_responses=[CustomFieldResponse(" in shown
    with pytest.warns(DeprecationWarning, match="customFieldResponses"):
        Event.from_dict(document).require("custom_field_responses")  # a read is a read


def test_repr_of_a_model_that_contains_itself_is_bounded() -> None:
    event = Event(name="Loop")
    event["self"] = event
    assert repr(event) == "Event(name='Loop', additional_properties={'self': <...>})"


def test_to_dict_writes_the_spec_keys_in_spec_order_then_unknown_keys() -> None:
    document = {"zeta": 1, "status": "DRAFT", "companyId": {"id": COMPANY}, "name": "Offsite", "id": "42", "alpha": 2}
    event = Event.from_dict(document)
    assert list(event.to_dict()) == list(document)  # untouched: the document as sent
    event.name = "Renamed"
    written = event.to_dict()
    assert list(written) == ["id", "name", "status", "companyId", "zeta", "alpha"]
    assert written["name"] == "Renamed"


def test_a_spec_key_set_on_the_model_wins_over_an_additional_property_of_that_name() -> None:
    event = Event(name="Spec")
    event["name"] = "extra"
    event["other"] = "kept"
    assert event.to_dict() == {"name": "Spec", "other": "kept"}
    assert list(event.to_dict()) == ["name", "other"]


def test_to_json_is_the_json_text_of_to_dict() -> None:
    event = Event.from_dict(_event(name="Séminaire", futureField={"a": [1, None]}))
    assert json.loads(event.to_json()) == event.to_dict()
    assert event.to_json().startswith('{\n  "id": "42"')
    assert event.to_json(indent=None) == json.dumps(event.to_dict(), ensure_ascii=False)
    assert "Séminaire" in event.to_json()
    assert isinstance(event, LazyDocument)  # to_dict of an untouched model copies the document


def test_require_returns_what_the_server_sent() -> None:
    response = GetEventResponse.from_dict({"event": _event()})
    event = response.require("event")
    assert event.require("name") == "Offsite"
    assert event.require("status") is EventStatus.DRAFT
    assert str(event.require("company_id").id) == COMPANY


@pytest.mark.parametrize("document", [{}, {"event": None}], ids=["absent", "null"])
def test_require_names_the_model_and_json_key_when_the_server_left_it_out(document: dict[str, Any]) -> None:
    with pytest.raises(
        UnsetFieldError, match=r"^GetEventResponse\.event is not set: the server left it out$"
    ) as caught:
        GetEventResponse.from_dict(document).require("event")
    assert (caught.value.model, caught.value.field) == ("GetEventResponse", "event")
    assert isinstance(caught.value, MissingRequiredFieldError)  # one except clause catches both
    with pytest.raises(UnsetFieldError, match=r"Event\.customFieldV3Responses is not set"):
        Event.from_dict(_event()).require("custom_field_v3_responses")  # the JSON key, not the attribute


def test_require_of_a_malformed_field_is_the_parse_error() -> None:
    event = Event.from_dict(_event(numTravelers="many"))
    with pytest.raises(ModelParseError, match="numTravelers") as caught:
        event.require("num_travelers")
    assert not isinstance(caught.value, UnsetFieldError)


@pytest.mark.parametrize("name", ["nosuch", "additional_properties", "_raw", "to_dict"])
def test_require_of_a_name_that_is_no_field_is_an_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match=f"Event has no field {name!r}"):
        Event.from_dict(_event()).require(name)  # type: ignore[call-overload]


def _model_classes() -> dict[str, type]:
    """Schema name -> its model class, for every object schema of the spec."""
    found = {name: getattr(models, spec_samples.class_name(name), None) for name in spec_samples.schemas()}
    return {name: cls for name, cls in found.items() if isinstance(cls, type) and hasattr(cls, "_field_parsers")}


def test_no_field_of_any_model_is_named_like_a_reading_method() -> None:
    """A spec property named ``require`` or ``to_json`` would hide the method: a re-pin that
    brings one fails here."""
    classes = _model_classes().values()
    assert len(classes) > 300
    for cls in classes:
        assert not {"require", "to_json", "to_dict", "from_dict"} & set(cls._field_parsers), cls.__name__  # type: ignore[attr-defined]


def test_every_optional_field_of_every_model_can_be_required() -> None:
    for schema, cls in _model_classes().items():
        fields = importlib.import_module(cls.__module__)._JSON_FIELDS
        instance = cls.from_dict(spec_samples.minimal(spec_samples.schemas()[schema]))  # type: ignore[attr-defined]
        for key, (attribute, required, _, _) in fields.items():
            if required:
                continue
            with pytest.raises(UnsetFieldError) as caught:
                instance.require(attribute)
            assert (caught.value.model, caught.value.field) == (cls.__name__, key)


@pytest.mark.parametrize("error", [UnsetFieldError("Event", "name"), MissingRequiredFieldError("Event", "id")])
def test_the_missing_field_errors_pickle_with_their_fields(error: MissingRequiredFieldError) -> None:
    """An error that crosses a process boundary (multiprocessing, a task queue) arrives whole."""
    import pickle

    copied = pickle.loads(pickle.dumps(error))
    assert (type(copied), copied.model, copied.field, str(copied)) == (type(error), error.model, error.field, str(error))
