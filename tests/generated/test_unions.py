"""Every variant of every oneOf union parses to its own class and serialises back."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from spotnana_event_api import models
from spotnana_event_api.errors import UnknownVariantError
from spotnana_event_api.types import UnknownVariant

from codegen import spec_fixes
from tests.spec_samples import class_name, find_instances, fixed_spec, instance_with, minimal, union_sites


def _cases() -> list[Any]:
    cases = []
    for label, owner, path, union in union_sites():
        for variant in union["oneOf"]:
            name = variant["$ref"].rsplit("/", 1)[-1]
            tags = spec_fixes.variant_tags(union).get(name, [None]) if "discriminator" in union else [None]
            for tag in tags:
                case_id = f"{label}->{name}" + (f"[{tag}]" if tag and len(tags) > 1 else "")
                cases.append(pytest.param(owner, path, name, union, tag, id=case_id))
    return cases


CASES = _cases()


def test_every_union_of_the_spec_is_covered() -> None:
    """The spec has 19 oneOf unions; a new one shows up here without edits."""
    assert len({case.id.split("->")[0] for case in CASES}) == len(list(spec_fixes.iter_unions(fixed_spec())))
    assert len(list(spec_fixes.iter_unions(fixed_spec()))) >= 19


@pytest.mark.parametrize(("owner", "path", "variant", "union", "tag"), CASES)
def test_variant_parses_to_its_class_and_round_trips(
    owner: str, path: list[str], variant: str, union: dict[str, Any], tag: str | None
) -> None:
    """Parse an owner holding the variant; the union resolves to that variant's class."""
    value = minimal({"$ref": f"#/components/schemas/{variant}"})
    if tag is not None:
        value[union["discriminator"]["propertyName"]] = tag
    payload = instance_with(owner, path, value)
    parsed = getattr(models, class_name(owner)).from_dict(payload)
    variant_cls = getattr(models, class_name(variant))
    sibling_classes = {getattr(models, class_name(ref["$ref"].rsplit("/", 1)[-1])) for ref in union["oneOf"]} - {
        variant_cls
    }
    resolved = find_instances(parsed, variant_cls)
    assert resolved, f"{variant} not found in parsed {owner}"
    assert not any(find_instances(parsed, other) for other in sibling_classes)
    assert parsed.to_dict() == payload


def test_properties_beside_a_oneof_are_kept() -> None:
    """EventBookingGuideline.numGuestsAllowed survives parsing (stock drops it)."""
    payload = {"name": "Offsite", "bookingGuidelines": [{"hotelBookingGuideLine": {}, "numGuestsAllowed": 2}]}
    request = models.UpdateEventBookingGuidelinesRequest.from_dict({"bookingGuidelines": payload["bookingGuidelines"]})
    guideline = request.booking_guidelines[0]
    assert isinstance(guideline, models.HotelBookingGuidelineWrapper)
    assert guideline.num_guests_allowed == 2
    assert request.to_dict() == {"bookingGuidelines": payload["bookingGuidelines"]}


def test_a_variant_added_by_the_server_is_kept_and_round_trips() -> None:
    """A value matching no known variant parses to UnknownVariant instead of failing the response."""
    document = {"bookingGuidelines": [{"limoBookingGuideLine": {"maxCars": 2}}, {"hotelBookingGuideLine": {}}]}
    request = models.UpdateEventBookingGuidelinesRequest.from_dict(copy.deepcopy(document))
    unknown, hotel = request.booking_guidelines
    assert isinstance(unknown, UnknownVariant)
    assert unknown.is_unknown
    assert unknown.data == {"limoBookingGuideLine": {"maxCars": 2}}
    assert isinstance(hotel, models.HotelBookingGuidelineWrapper)
    assert request.to_dict() == document


def test_a_union_value_that_is_not_an_object_raises_a_typed_error() -> None:
    request = models.UpdateEventBookingGuidelinesRequest.from_dict({"bookingGuidelines": ["air"]})
    with pytest.raises(UnknownVariantError, match="AirBookingGuidelineWrapper"):
        _ = request.booking_guidelines


@pytest.mark.parametrize(("owner", "path", "variant", "union", "tag"), CASES)
def test_fixed_spec_is_unambiguous_for_strict_validators(
    owner: str, path: list[str], variant: str, union: dict[str, Any], tag: str | None
) -> None:
    """Each variant's instance validates against exactly one oneOf branch (JSON Schema 2020-12)."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    document = fixed_spec()
    registry = Registry().with_resource("urn:spec", Resource.from_contents(document, default_specification=_DIALECT))
    value = minimal({"$ref": f"#/components/schemas/{variant}"})
    if tag is not None:
        value[union["discriminator"]["propertyName"]] = tag
    matches = []
    for branch in union["oneOf"]:
        validator = Draft202012Validator({"$ref": "urn:spec" + branch["$ref"]}, registry=registry)
        if validator.is_valid(value):
            matches.append(branch["$ref"].rsplit("/", 1)[-1])
    assert matches == [variant]


def _dialect() -> Any:
    from referencing.jsonschema import DRAFT202012

    return DRAFT202012


_DIALECT = _dialect()
