"""A server that adds fields or enum values must not break a deployed client."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest
from spotnana_event_api.errors import MissingRequiredFieldError, ModelParseError
from spotnana_event_api.models import (
    CustomFieldResponse,
    Event,
    EventStatus,
    GetEventResponse,
    ListEventsResponse,
)
from spotnana_event_api.types import UNSET

COMPANY = str(uuid.UUID(int=7))


def _event(**overrides: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": "6926658168",
        "name": "Sales kickoff",
        "status": "DRAFT",
        "companyId": {"id": COMPANY},
        "customFieldResponses": [
            {"customFieldId": str(uuid.UUID(int=1)), "travelerAccess": "HIDDEN"},
        ],
    }
    event.update(overrides)
    return event


def test_unknown_enum_value_is_kept_and_recognisable() -> None:
    """A new status parses, is unknown, differs from every member and round-trips."""
    event = Event.from_dict(_event(status="ARCHIVED"))
    assert isinstance(event.status, EventStatus)
    assert event.status.is_unknown
    assert event.status.value == "ARCHIVED"
    assert all(event.status != member for member in EventStatus)
    assert event.to_dict()["status"] == "ARCHIVED"


def test_known_enum_value_is_not_unknown() -> None:
    """Listed values are the ordinary members."""
    event = Event.from_dict(_event(status="PUBLISH"))
    assert event.status is EventStatus.PUBLISH
    assert not EventStatus.PUBLISH.is_unknown


def test_unknown_enum_nested_in_a_list_inside_an_event() -> None:
    """An unknown value deep in a list of a listed event survives the round trip."""
    document = {
        "events": [_event(customFieldResponses=[{"customFieldId": str(uuid.UUID(int=1)), "travelerAccess": "NEW"}])],
        "paginationParams": {"totalNumResults": 1},
    }
    parsed = ListEventsResponse.from_dict(copy.deepcopy(document))
    response = parsed.events[0].custom_field_responses[0]
    assert isinstance(response, CustomFieldResponse)
    assert response.traveler_access.is_unknown
    assert parsed.to_dict() == document


def test_unknown_fields_are_kept_at_every_level() -> None:
    """Fields the spec does not list are kept in additional_properties and written back."""
    document = {"event": _event(newTopLevel={"x": 1}, companyId={"id": COMPANY, "region": "eu"}), "traceId": "t-1"}
    parsed = GetEventResponse.from_dict(copy.deepcopy(document))
    assert parsed["traceId"] == "t-1"
    assert parsed.event.additional_properties == {"newTopLevel": {"x": 1}}
    assert parsed.to_dict() == document


def test_explicit_null_in_an_optional_field_parses_as_absent() -> None:
    """``null`` in optional fields (scalars, models, lists, enums) means absent."""
    event = Event.from_dict(_event(name=None, location=None, paymentSources=None, type=None))
    assert event.name is UNSET
    assert event.location is UNSET
    assert event.payment_sources is UNSET
    assert event.type_ is UNSET
    assert "name" not in event.to_dict()


def test_missing_required_field_names_model_and_field() -> None:
    """A required field that is absent raises a typed error, not a bare KeyError:
    at from_dict for the model's own fields, when read for a nested model's."""
    with pytest.raises(MissingRequiredFieldError) as direct:
        CustomFieldResponse.from_dict({"customFieldId": str(uuid.UUID(int=1))})
    assert (direct.value.model, direct.value.field) == ("CustomFieldResponse", "travelerAccess")

    event = Event.from_dict(_event(customFieldResponses=[{"customFieldId": str(uuid.UUID(int=1))}]))
    with pytest.raises(MissingRequiredFieldError) as caught:
        _ = event.custom_field_responses
    assert caught.value.model == "CustomFieldResponse"
    assert caught.value.field == "travelerAccess"
    assert "CustomFieldResponse" in str(caught.value)
    assert "travelerAccess" in str(caught.value)
    assert isinstance(caught.value, ModelParseError)
    assert not isinstance(caught.value, KeyError)


def test_a_wrongly_typed_field_raises_a_typed_error_naming_model_and_field() -> None:
    event = Event.from_dict(_event(customFieldResponses=7))
    with pytest.raises(ModelParseError, match=r"Event\.customFieldResponses: TypeError"):
        _ = event.custom_field_responses
    with pytest.raises(ModelParseError, match="expected a JSON object, got list"):
        Event.from_dict([])  # type: ignore[arg-type]


def test_fields_are_parsed_on_first_read_and_untouched_ones_written_back_as_sent() -> None:
    """Lazy parsing keeps the round trip: read fields re-serialise, others copy the document."""
    document = _event(location={"address": {"city": "Paris", "futureField": None}})
    event = Event.from_dict(document)
    assert event.name == "Sales kickoff"
    out = event.to_dict()
    assert out == document
    out["location"]["address"]["city"] = "Lyon"
    assert document["location"]["address"]["city"] == "Paris"  # nothing shared with the document
    event.name = "Renamed"
    assert event.to_dict()["name"] == "Renamed"


def test_a_field_set_before_any_read_is_kept() -> None:
    """Setting a field of an unparsed model parses it first, so the value set survives."""
    event = Event.from_dict(_event())
    event.name = "Set first"
    assert event.name == "Set first"
    assert event.to_dict()["name"] == "Set first"
    assert event.to_dict()["status"] == "DRAFT"


def test_equality_and_repr_see_the_parsed_fields() -> None:
    assert Event.from_dict(_event()) == Event.from_dict(_event())
    assert Event.from_dict(_event()) != Event.from_dict(_event(name="Other"))
    assert "Sales kickoff" in repr(Event.from_dict(_event()))


def test_a_malformed_field_fails_only_when_read_though_fields_parse_in_bulk() -> None:
    """Bulk parsing falls back to field by field: the bad field raises, its neighbours read."""
    event = Event.from_dict(_event(policyId="not-a-uuid", customFieldResponses=7))
    assert event.name == "Sales kickoff"
    assert event.company_id is not UNSET
    with pytest.raises(ModelParseError, match=r"Event\.policyId: ValueError"):
        _ = event.policy_id
    with pytest.raises(ModelParseError, match=r"Event\.customFieldResponses: TypeError"):
        _ = event.custom_field_responses
    assert event.status is EventStatus.DRAFT


def test_reading_immutable_fields_keeps_the_document_for_to_dict() -> None:
    """After reading only strings and enums, to_dict still writes back the document as sent,
    unknown fields included; a later set or in-place change is seen."""
    document = _event(futureField={"a": [1]})
    event = Event.from_dict(document)
    assert (event.id, event.status) == ("6926658168", EventStatus.DRAFT)
    assert event.to_dict() == document
    event["futureField"]["a"].append(2)  # reading additional_properties parses every field
    assert event.to_dict()["futureField"] == {"a": [1, 2]}
    event.name = "Renamed"
    assert event.to_dict()["name"] == "Renamed"


def test_a_field_set_after_an_immutable_read_is_not_overwritten_by_the_bulk_pass() -> None:
    event = Event.from_dict(_event())
    assert event.name == "Sales kickoff"
    event.custom_field_responses = []
    assert event.company_id is not UNSET
    assert event.custom_field_responses == []
    assert event.to_dict()["customFieldResponses"] == []


def test_reading_every_field_lets_go_of_the_document() -> None:
    """Once every field is parsed the model no longer holds the JSON object (memory)."""
    event = Event.from_dict(_event())
    assert event.company_id is not UNSET
    assert object.__getattribute__(event, "_raw") is None
    assert event.to_dict() == _event()
