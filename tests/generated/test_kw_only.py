"""Issue 12 point 1: every generated model's constructor is keyword-only."""

from __future__ import annotations

import inspect

import attrs
import pytest
from spotnana_event_api import models
from spotnana_event_api.models import CreateEventRequest


def _model_classes() -> list[type]:
    return [obj for name in dir(models) if inspect.isclass(obj := getattr(models, name)) and attrs.has(obj)]


def test_every_model_field_is_keyword_only() -> None:
    classes = _model_classes()
    assert len(classes) > 100
    positional = [
        f"{cls.__name__}.{field.name}"
        for cls in classes
        for field in attrs.fields(cls)
        if field.init and not field.kw_only
    ]
    assert positional == []


def test_positional_construction_is_refused() -> None:
    required = [f for f in attrs.fields(CreateEventRequest) if f.init]
    with pytest.raises(TypeError, match="positional"):
        CreateEventRequest(*(None for _ in required))  # type: ignore[misc]
