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
    """A required field that is absent raises a typed error, not a bare KeyError."""
    bad = _event(customFieldResponses=[{"customFieldId": str(uuid.UUID(int=1))}])
    with pytest.raises(MissingRequiredFieldError) as caught:
        Event.from_dict(bad)
    assert caught.value.model == "CustomFieldResponse"
    assert caught.value.field == "travelerAccess"
    assert "CustomFieldResponse" in str(caught.value)
    assert "travelerAccess" in str(caught.value)
    assert isinstance(caught.value, ModelParseError)
    assert not isinstance(caught.value, KeyError)
