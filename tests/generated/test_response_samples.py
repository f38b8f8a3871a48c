"""The generated response samples (codegen/samples.py): one per operation of the generated
table, each valid against its answer's schema and read whole by the operation's parser;
the spec's own examples found wherever the spec puts them; recursion cut, never endless."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest
from spotnana_event_api import spec_facts
from spotnana_event_api.facade import OPERATIONS
from spotnana_event_api.response_samples import RESPONSE_EXAMPLES, RESPONSE_SAMPLES
from spotnana_events import MOCK_BASE_URL

from codegen import samples
from codegen import spec_facts as codegen_facts
from tests.spec_samples import fixed_spec, read_deeply


def _success_schema(operation_id: str) -> dict[str, Any] | None:
    for item in fixed_spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                media = operation["responses"]["200"].get("content", {}).get("application/json")
                return None if media is None else dict(media["schema"])
    raise LookupError(operation_id)


def test_there_is_one_sample_per_operation_of_the_generated_table() -> None:
    assert set(RESPONSE_SAMPLES) == set(OPERATIONS)
    assert set(RESPONSE_EXAMPLES) <= set(OPERATIONS)


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_each_sample_fits_its_answers_schema_and_parses_whole(operation_id: str) -> None:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    sample = RESPONSE_SAMPLES[operation_id]
    schema = _success_schema(operation_id)
    if schema is None:
        assert sample is None
        return
    registry = Registry().with_resource("urn:spec", Resource.from_contents(fixed_spec(), default_specification=DRAFT202012))
    schema["$ref"] = "urn:spec" + schema["$ref"]
    errors = [error.message for error in Draft202012Validator(schema, registry=registry).iter_errors(sample)]
    assert errors == []
    module = importlib.import_module(f"spotnana_event_api.api.events.{OPERATIONS[operation_id].module}")
    parsed = module._parse_success(httpx.Response(200, json=sample))
    assert read_deeply(parsed) > 1  # every attribute of every model read, none raised
    assert parsed.to_dict() == sample  # read without loss


def test_samples_fill_every_property_but_cut_a_schema_that_contains_itself() -> None:
    schemas = {
        "Node": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "parent": {"$ref": "#/components/schemas/Node"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                "kind": {"$ref": "#/components/schemas/Kind"},
            },
        },
        "Kind": {"type": "string", "enum": ["A", "B"]},
        "Loop": {"type": "object", "required": ["next"], "properties": {"next": {"$ref": "#/components/schemas/Loop"}}},
    }
    node = {"$ref": "#/components/schemas/Node"}
    assert samples.document(node, schemas, every_property=True) == {"name": "x", "children": [], "kind": "A"}
    assert samples.document(node, schemas) == {"name": "x"}
    with pytest.raises(ValueError, match="requires an instance of itself"):
        samples.document({"$ref": "#/components/schemas/Loop"}, schemas, every_property=True)


@pytest.mark.parametrize(
    ("media", "expected"),
    [
        ({"schema": {"$ref": "#/x"}, "example": {"id": 1}}, (True, {"id": 1})),
        ({"schema": {"$ref": "#/x"}, "examples": {"first": {"value": {"id": 2}}}}, (True, {"id": 2})),
        ({"schema": {"$ref": "#/x", "example": {"id": 3}}}, (True, {"id": 3})),
        ({"schema": {"$ref": "#/x"}, "example": None}, (True, None)),
        ({"schema": {"$ref": "#/x"}}, (False, None)),
    ],
    ids=["media-example", "media-examples", "beside-the-schema", "null-example", "none"],
)
def test_the_specs_example_is_found_wherever_the_spec_puts_it(media: dict[str, Any], expected: Any) -> None:
    assert samples._example(media) == expected


def test_the_mock_server_is_named_beside_the_sandbox_from_the_fixed_spec() -> None:
    servers = fixed_spec()["servers"]
    assert servers[0]["url"] == spec_facts.SANDBOX_BASE_URL
    assert [s["url"] for s in servers if s.get(codegen_facts.MOCK_SERVER)] == [spec_facts.MOCK_BASE_URL]
    assert MOCK_BASE_URL == spec_facts.MOCK_BASE_URL
    assert MOCK_BASE_URL.startswith("https://") and MOCK_BASE_URL != spec_facts.SANDBOX_BASE_URL


def test_an_overlay_action_on_the_root_adds_a_server_once() -> None:
    from codegen.spec_fixes import apply_overlay

    document: dict[str, Any] = {"servers": [{"url": "https://sandbox.example"}]}
    overlay = {"actions": [{"target": "$", "update": {"servers": [{"url": "https://mock.example"}]}}]}
    apply_overlay(document, overlay)
    apply_overlay(document, overlay)
    assert document["servers"] == [{"url": "https://sandbox.example"}, {"url": "https://mock.example"}]


def test_a_spec_that_lists_the_mock_first_still_gives_the_sandbox() -> None:
    import copy

    spec = copy.deepcopy(fixed_spec())
    spec["servers"].insert(0, {"url": spec_facts.MOCK_BASE_URL})  # a later download, unmarked
    facts = codegen_facts.facts(spec)
    assert (facts["sandbox_base_url"], facts["mock_base_url"]) == (spec_facts.SANDBOX_BASE_URL, MOCK_BASE_URL)
    spec["servers"] = [server for server in spec["servers"] if server["url"] == MOCK_BASE_URL]
    with pytest.raises(codegen_facts.SpecFactError, match="no sandbox"):
        codegen_facts.facts(spec)
