"""Hostile review of the request side (issue 12)."""

from __future__ import annotations

import math

import pytest
from spotnana_event_api.models import CreateEventRequest, ListEventsRequest
from spotnana_event_api.models.latlng import Latlng
from spotnana_event_api.types import RequestValidationError, check_request_json, request_json


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_float_is_refused(value: float) -> None:
    with pytest.raises(RequestValidationError, match=r"Latlng\.latitude: .* is not a JSON number"):
        check_request_json(Latlng, {"latitude": value, "longitude": 1.0})


def test_a_long_value_is_cut_short_in_the_message() -> None:
    secret = "sk_live_" + "x" * 200
    with pytest.raises(RequestValidationError) as raised:
        check_request_json(CreateEventRequest, {"name": "n", "location": {}, "type": secret})
    assert "is not a value of EventType" in str(raised.value)
    assert secret not in str(raised.value)
    assert len(str(raised.value)) < 250


def test_a_body_nested_too_deeply_is_a_clear_error_not_a_recursion_crash() -> None:
    deep: dict[str, object] = {}
    cursor = deep
    for _ in range(5000):
        cursor["x"] = {}
        cursor = cursor["x"]  # type: ignore[assignment]
    with pytest.raises(RequestValidationError, match="ListEventsRequest: is nested too deeply"):
        request_json("body", {"filters": [{"eventNameFilter": deep}]}, ListEventsRequest)
