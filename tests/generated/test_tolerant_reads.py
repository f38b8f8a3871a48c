"""Issue 23 item 1: a response value of another JSON type than the spec's reads as the spec's
type when that loses nothing (the spec's own examples answer a number for a string id), on
every parse path; anything else stays a ModelParseError naming model and field. Under
``strict_reads`` (a strict client's parse) those readings are refused too."""

from __future__ import annotations

import copy
import functools
import importlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from spotnana_event_api import models
from spotnana_event_api.client import Client
from spotnana_event_api.errors import MissingRequiredFieldError, ModelParseError
from spotnana_event_api.models import (
    EntityNonUUIDId,
    Event,
    EventLocation,
    EventStatus,
    ListEventsResponse,
    PaymentEventFilter,
)
from spotnana_event_api.types import UNSET, PartialDocument, read_fully, strict_reads

from tests.spec_reads import read_as_spec
from tests.spec_samples import class_name, minimal, schemas

# Reading every field of every model reads deprecated ones too.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent.parent
PINNED = ROOT / "openapi" / "event-api-v2.json"
DOWNLOADED = ROOT.parent / "shared" / "openapi" / "event-api-v2.json"
SPECS = {"pinned": PINNED} | ({"downloaded": DOWNLOADED} if DOWNLOADED.exists() else {})


# --- every response example of the spec, through its operation's parser -------------------


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _examples_of(spec: dict[str, Any], media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every example a media object gives: its own, its named ones, its schema's (beside a
    $ref or inline), and the referenced schema's."""
    if "example" in media:
        yield "media", media["example"]
    for name, example in media.get("examples", {}).items():
        yield f"examples.{name}", _resolve(spec, example)["value"]
    schema = media.get("schema", {})
    if "example" in schema:
        yield "schema", schema["example"]
    for index, example in enumerate(schema.get("examples", [])):
        yield f"schema.examples[{index}]", example
    if "$ref" in schema and "example" in _resolve(spec, schema):
        yield "component", _resolve(spec, schema)["example"]


def response_examples(spec: dict[str, Any]) -> Iterator[tuple[str, int, str, Any]]:
    """(operationId, status, where, example) for every response example of every operation."""
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, response in operation.get("responses", {}).items():
                for content_type, media in _resolve(spec, response).get("content", {}).items():
                    if "json" not in content_type:
                        continue
                    for where, example in _examples_of(spec, media):
                        code = int(status) if status.isdigit() else 200
                        yield operation["operationId"], code, where, example


def _cases() -> list[Any]:
    cases = []
    for label, path in SPECS.items():
        for operation_id, status, where, example in response_examples(json.loads(path.read_text())):
            cases.append(pytest.param(operation_id, status, example, id=f"{label}:{operation_id}:{status}:{where}"))
    return cases


CASES = _cases()


def _parse(operation_id: str, status: int, example: Any) -> Any:
    from spotnana_event_api.facade import OPERATIONS

    module = importlib.import_module(f"spotnana_event_api.api.events.{OPERATIONS[operation_id].module}")
    response = httpx.Response(status, content=json.dumps(example).encode())
    return module._parse_response(client=Client(base_url="http://127.0.0.1:9"), response=response)


def test_the_spec_has_the_examples_the_issue_names() -> None:
    """The collection finds them (a collector finding nothing would pass every case below)."""
    pinned = {case.values[0] for case in CASES if case.id.startswith("pinned:")}
    assert {"publishEvent", "updateEventBasicInfo", "updateEventBookingGuidelines"} <= pinned


@pytest.mark.parametrize(("operation_id", "status", "example"), CASES)
def test_every_response_example_of_the_spec_reads_deeply(operation_id: str, status: int, example: Any) -> None:
    """Each example parses through its operation's parser, and every field, recursively,
    reads as the spec's type."""
    parsed = _parse(operation_id, status, copy.deepcopy(example))
    assert read_as_spec(parsed) >= 1 + len(example)


@pytest.mark.parametrize(("operation_id", "status", "example"), CASES)
def test_strict_reads_refuse_the_examples_that_differ_from_the_spec(
    operation_id: str, status: int, example: Any
) -> None:
    """The spec's number ids are refused under strict reads, naming model and field; an
    example of exactly the spec's types reads."""
    numeric_id = isinstance(example, dict) and type(example.get("id")) is int
    with strict_reads():
        parsed = _parse(operation_id, status, copy.deepcopy(example))
        if not numeric_id:
            read_fully(parsed)
            return
        with pytest.raises(ModelParseError, match=r"EntityNonUUIDId\.id: expected str, got int \(strict"):
            read_fully(parsed)


def test_the_issues_example_reads_as_its_decimal_text() -> None:
    parsed = _parse("publishEvent", 200, {"id": 1234567890})
    assert isinstance(parsed, EntityNonUUIDId)
    assert parsed.id == "1234567890"
    assert parsed.to_dict() == {"id": "1234567890"}  # what the model holds: the spec's type


# --- the table, on every parse path --------------------------------------------------------

_EXACT_DIGITS = "9" * 5000  # beyond Python's int_max_str_digits (4300)

# (spec type, value sent, value read); None: refused with a ModelParseError.
READINGS: list[tuple[str, Any, Any]] = [
    ("str", 1234567890, "1234567890"),
    ("str", -5, "-5"),
    ("str", 0, "0"),
    ("str", 10**30, str(10**30)),
    ("str", 1.5, None),  # a float's text is not unique (1.5, 1.50) and may have lost digits
    ("str", 1.0, None),
    ("str", True, None),  # a bool is not a number
    ("str", {}, None),
    ("str", [], None),
    ("int", 5.0, 5),
    ("int", -0.0, 0),
    ("int", float(2**53), 2**53),
    ("int", float(2**54), None),  # beyond the floats' exact integers
    ("int", 5.5, None),
    ("int", float("inf"), None),
    ("int", float("nan"), None),
    ("int", "42", 42),  # the text of a JSON integer (int64 in Google's JSON mapping)
    ("int", "-7", -7),
    ("int", "0", 0),
    ("int", "04", None),
    ("int", "+4", None),
    ("int", " 4", None),
    ("int", "4 ", None),
    ("int", "1_000", None),
    ("int", "\u0664", None),  # ARABIC-INDIC DIGIT FOUR: int() would take it
    ("int", "4.0", None),
    ("int", "", None),
    ("int", _EXACT_DIGITS, None),
    ("int", True, None),
    ("int", False, None),
    ("float", "1.5", 1.5),
    ("float", "-2.5e2", -250.0),
    ("float", "3", 3),
    ("float", "NaN", None),
    ("float", "Infinity", None),
    ("float", "1e999", None),
    ("float", ".5", None),
    ("float", "1.", None),
    ("float", "0x10", None),
    ("float", True, None),
    ("bool", 1, None),
    ("bool", 0, None),
    ("bool", "true", None),
    ("bool", "false", None),
]


@functools.cache
def _models() -> dict[str, tuple[type[Any], dict[str, Any]]]:
    """Class name -> (model class, its schema), for every object schema of the spec."""
    found = {}
    for schema_name, schema in schemas().items():
        cls = getattr(models, class_name(schema_name), None)
        if cls is not None and hasattr(cls, "_json_fields"):
            found[cls.__name__] = (cls, schema)
    return found


def _scalar_fields(kind: str) -> Iterator[tuple[type[Any], str, str, bool]]:
    """(model, JSON key, attribute, required) of every field of the spec typed ``kind``."""
    for cls, _ in _models().values():
        for key, (attribute, required, shape, _) in cls._json_fields.items():
            if shape == (kind,):
                yield cls, key, attribute, required


def _document(cls: type[Any], key: str, value: Any) -> dict[str, Any]:
    document: dict[str, Any] = minimal(_models()[cls.__name__][1])
    document[key] = value
    return document


@pytest.mark.parametrize(("kind", "sent", "read"), READINGS, ids=[f"{k}<-{s!r:.20}" for k, s, _ in READINGS])
def test_every_field_of_the_spec_reads_what_loses_nothing_and_refuses_the_rest(kind: str, sent: Any, read: Any) -> None:
    """On every model with a field of that type: parsed at once, lazy, or a page item alike."""
    fields = list(_scalar_fields(kind))
    assert fields, kind
    for cls, key, attribute, _ in fields:
        parsed = cls.from_dict(_document(cls, key, sent))
        if read is None:
            with pytest.raises(ModelParseError, match=rf"^{cls.__name__}\.{key}: expected {kind}, got "):
                getattr(parsed, attribute)
        else:
            value = getattr(parsed, attribute)
            assert (value, type(value)) == (read, type(read)), (cls.__name__, key)


@pytest.mark.parametrize(("kind", "sent", "read"), [r for r in READINGS if r[2] is not None])
def test_a_partly_parsed_model_reads_the_same_field_by_field(kind: str, sent: Any, read: Any) -> None:
    """When another field is malformed the one-pass parse stops and fields parse one by one
    (types.PartialDocument): the same readings hold there."""
    for cls, key, attribute, _ in _scalar_fields(kind):
        others = [k for k, (_, _, shape, _) in cls._json_fields.items() if k != key and shape[0] in ("str", "int")]
        if not others:
            continue
        document = _document(cls, key, sent)
        document[others[0]] = {"malformed": True}
        parsed = cls.from_dict(document)
        value = getattr(parsed, attribute)
        assert isinstance(parsed, PartialDocument), cls.__name__
        assert (value, type(value)) == (read, type(read)), (cls.__name__, key)
        with pytest.raises(ModelParseError, match=rf"{cls.__name__}\.{others[0]}: expected"):
            getattr(parsed, cls._json_fields[others[0]][0])


def test_a_null_required_scalar_is_still_a_missing_field() -> None:
    for cls, key, attribute, required in _scalar_fields("str"):
        if required:
            with pytest.raises(MissingRequiredFieldError) as raised:
                getattr(cls.from_dict(_document(cls, key, None)), attribute)
            assert (raised.value.model, raised.value.field) == (cls.__name__, key)
            return
    raise AssertionError("no required string field in the spec")


def test_a_page_items_scalar_pass_reads_a_number_id() -> None:
    """A page item's first read parses its scalars alone: the reading holds there too, and
    the rest of the item parses as usual."""
    page = ListEventsResponse.from_dict({"events": [{"id": 6926658168, "name": "Kickoff", "status": "DRAFT"}]})
    event = page.events[0]
    assert event.id == "6926658168"
    assert event.status is EventStatus.DRAFT
    assert read_as_spec(page) > 3


def test_a_number_in_a_string_enum_is_an_unknown_member_of_its_text() -> None:
    """Forward compatible as any new value: read, unknown, written back as its text."""
    status = Event.from_dict({"status": 3}).status
    assert isinstance(status, EventStatus) and status.is_unknown and status.value == "3"
    with pytest.raises(ModelParseError, match=r"Event\.status: ValueError: expected str, got float"):
        _ = Event.from_dict({"status": 3.5}).status
    with pytest.raises(ModelParseError, match=r"Event\.status"):
        _ = Event.from_dict({"status": True}).status


def test_lists_of_scalars_read_each_item_and_name_the_bad_one() -> None:
    company = {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}
    document = {"companyId": company, "eventIds": ["a", 12, "b"]}
    parsed = PaymentEventFilter.from_dict(document)
    assert parsed.event_ids == ["a", "12", "b"]
    assert document["eventIds"] == ["a", 12, "b"]  # the document is left as sent
    for bad, where in [([1.5], r"eventIds\[0\]: expected str, got float"), (["a", None], r"eventIds\[1\]"),
                       ("a,b", "eventIds: expected list, got str"), ({"a": 1}, "eventIds: expected list, got dict")]:  # fmt: skip
        with pytest.raises(ModelParseError, match=rf"PaymentEventFilter\.{where}"):
            _ = PaymentEventFilter.from_dict({"companyId": company, "eventIds": bad}).event_ids


# --- strict reads -------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "sent", "read"), [r for r in READINGS if r[2] is not None])
def test_under_strict_reads_every_reading_is_refused(kind: str, sent: Any, read: Any) -> None:
    for cls, key, attribute, _ in _scalar_fields(kind):
        with strict_reads():
            parsed = cls.from_dict(_document(cls, key, sent))
            with pytest.raises(ModelParseError, match=rf"^{cls.__name__}\.{key}: expected {kind}, got .*\(strict"):
                getattr(parsed, attribute)


def test_strict_reads_refuse_items_and_enum_numbers_and_end_with_the_block() -> None:
    company = {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}
    with strict_reads():
        with pytest.raises(ModelParseError, match=r"eventIds\[0\]: expected str, got int \(strict"):
            _ = PaymentEventFilter.from_dict({"companyId": company, "eventIds": [1]}).event_ids
        with pytest.raises(ModelParseError, match=r"Event\.status: .*\(strict"):
            _ = Event.from_dict({"status": 3}).status
        exact = Event.from_dict({"id": "1", "status": "NEW_STATUS", "futureKey": 1})
        read_fully(exact)  # unknown values and keys stay forward compatible
        assert exact.status.is_unknown
    assert EntityNonUUIDId.from_dict({"id": 5}).id == "5"


def test_a_field_read_after_the_strict_block_reads_tolerantly() -> None:
    """Only what is parsed inside is strict: why a strict client reads the answer whole there."""
    with strict_reads():
        event = Event.from_dict({"id": 7})
    assert event.id == "7"


def test_strict_reads_hold_per_thread() -> None:
    """One thread parsing strictly never makes another thread's parse strict."""
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def strict() -> None:
        start.wait()
        for _ in range(300):
            with strict_reads():
                try:
                    _ = EntityNonUUIDId.from_dict({"id": 1}).id
                except ModelParseError:
                    continue
                errors.append(AssertionError("strict read accepted a number"))

    def tolerant() -> None:
        start.wait()
        for _ in range(300):
            try:
                assert EntityNonUUIDId.from_dict({"id": 1}).id == "1"
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=strict), threading.Thread(target=tolerant)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_read_fully_reads_lazy_models_and_raises_for_a_malformed_value() -> None:
    page = ListEventsResponse.from_dict({"events": [{"id": "1", "companyId": {"id": "not-a-uuid"}}]})
    with pytest.raises(ModelParseError, match=r"EntityId\.id: ValueError"):
        read_fully(page)
    company = "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"
    fine = ListEventsResponse.from_dict({"events": [{"id": "1", "location": {"futureKey": 1}, "companyId": {"id": company}}]})
    read_fully(fine)
    event = fine.events[0]
    assert type(event) is Event and type(event.location) is EventLocation  # parsed: the plain classes
    assert str(event.company_id.id) == company
    assert event.name is UNSET
