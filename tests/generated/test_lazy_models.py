"""Lazy parsing (types.LazyDocument): what the caller sees must be a plain model whatever
state the parse is in; only the cost differs."""

from __future__ import annotations

import copy
import pickle
import uuid
from typing import Any

import attrs
import pytest
from spotnana_event_api.errors import MissingRequiredFieldError, ModelParseError
from spotnana_event_api.models import (
    DateTimeLocal,
    EntityId,
    Event,
    EventLocation,
    EventStatus,
    EventType,
    ListEventsResponse,
)
from spotnana_event_api.types import UNSET, LazyDocument

POLICY = str(uuid.UUID(int=9))


def _event(**overrides: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": "6926658168",
        "name": "Sales kickoff",
        "type": "GENERIC",
        "status": "DRAFT",
        "policyId": POLICY,
        "companyId": {"id": str(uuid.UUID(int=7))},
        "location": {"address": {"addressLines": ["1 rue X"], "locality": "Paris", "regionCode": "FR"}},
        "startDateTime": {"iso8601": "2026-03-01T09:00"},
    }
    event.update(overrides)
    return event


def test_a_parsed_model_looks_like_its_class_before_and_after_the_parse() -> None:
    event = Event.from_dict(_event())
    assert isinstance(event, Event) and isinstance(event, LazyDocument)
    assert type(event).__name__ == "Event" and type(event).__qualname__ == "Event"
    assert attrs.has(type(event)) and [f.name for f in attrs.fields(type(event))][:2] == ["id", "name"]
    assert event.location.address.locality == "Paris"
    assert type(event) is Event  # plain from the first read on: reads are plain slot reads
    assert not isinstance(event, LazyDocument)


def test_a_page_items_cheap_scalars_parse_alone() -> None:
    """Reading the id of a list item parses its strings, numbers and enums only: nested
    models, UUIDs and dates wait, and to_dict still copies the document."""
    document = _event(futureField={"kept": [1]})
    event = ListEventsResponse.from_dict({"events": [document]}).events[0]
    assert (event.id, event.name, event.type_) == ("6926658168", "Sales kickoff", EventType.GENERIC)
    assert isinstance(event, LazyDocument)
    assert event.to_dict() == document
    assert event.policy_id == uuid.UUID(POLICY)  # a parse: the rest of the fields with it
    assert type(event) is Event
    assert event.company_id.id == uuid.UUID(int=7) and event.name == "Sales kickoff"
    assert event.to_dict() == document


def test_equality_holds_between_every_state() -> None:
    lazy, parsed = Event.from_dict(_event()), Event.from_dict(_event())
    assert parsed.name == "Sales kickoff"
    assert lazy == parsed and parsed == Event.from_dict(_event())
    assert Event.from_dict(_event()) != Event.from_dict(_event(name="Other"))
    built = Event(
        id="6926658168",
        name="Sales kickoff",
        type_=EventType.GENERIC,
        status=EventStatus.DRAFT,
        policy_id=uuid.UUID(POLICY),
        company_id=EntityId(id=uuid.UUID(int=7)),
        location=EventLocation.from_dict(
            {"address": {"addressLines": ["1 rue X"], "locality": "Paris", "regionCode": "FR"}}
        ),
        start_date_time=DateTimeLocal(iso8601="2026-03-01T09:00"),
    )
    assert Event.from_dict(_event()) == built
    assert built == Event.from_dict(_event())


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda event: pickle.loads(pickle.dumps(event))])
def test_a_lazy_model_copies_and_pickles_as_its_class(clone: Any) -> None:
    event = Event.from_dict(_event())
    cloned = clone(event)
    assert type(cloned) is Event
    assert cloned == Event.from_dict(_event())
    assert cloned.to_dict() == _event()


def test_evolve_and_setting_a_field_of_a_lazy_model() -> None:
    renamed = attrs.evolve(Event.from_dict(_event()), name="Renamed")
    assert renamed.name == "Renamed" and renamed.status is EventStatus.DRAFT
    assert renamed.to_dict()["name"] == "Renamed"
    event = Event.from_dict(_event())
    event.num_travelers = 3
    assert type(event) is Event
    assert event.to_dict() == {**_event(), "numTravelers": 3}


def test_a_model_of_scalars_parses_at_once_but_a_bad_field_fails_only_when_read() -> None:
    good = EntityId.from_dict({"id": POLICY})
    assert type(good) is EntityId and good.id == uuid.UUID(POLICY)
    when = DateTimeLocal.from_dict({"iso8601": [42], "futureField": "x"})
    with pytest.raises(ModelParseError, match=r"DateTimeLocal\.iso8601: expected str, got list"):
        _ = when.iso8601
    assert when["futureField"] == "x"
    with pytest.raises(MissingRequiredFieldError):
        EntityId.from_dict({})


def test_a_subclass_of_a_model_parses_into_the_subclass() -> None:
    class MyEvent(Event):
        pass

    event = MyEvent.from_dict(_event())
    assert type(event) is MyEvent
    assert event.location.address.locality == "Paris"
    assert event.to_dict() == _event()


def test_enum_values_parse_through_the_members_table() -> None:
    """Known values are members (identity), new ones unknown members, others a typed error."""
    assert Event.from_dict(_event(status="DRAFT")).status is EventStatus.DRAFT
    archived = Event.from_dict(_event(status="ARCHIVED")).status
    assert isinstance(archived, EventStatus) and archived.is_unknown and archived.value == "ARCHIVED"
    with pytest.raises(ModelParseError, match=r"Event\.status"):
        _ = Event.from_dict(_event(status=["DRAFT"])).status
    assert Event.from_dict(_event(status=None)).status is UNSET


def test_a_malformed_scalar_of_a_page_item_fails_alone() -> None:
    """The scalars' own pass stops at the bad one; the whole parse then takes over and still
    parses every other field, whichever is read first."""
    for first in ("status", "id", "company_id"):
        event = ListEventsResponse.from_dict({"events": [_event(status=["DRAFT"])]}).events[0]
        _ = getattr(event, first) if first != "status" else None
        with pytest.raises(ModelParseError, match=r"Event\.status"):
            _ = event.status
        assert event.id == "6926658168" and event.name == "Sales kickoff"
        assert event.company_id.id == uuid.UUID(int=7) and event.policy_id == uuid.UUID(POLICY)


def test_a_parsed_model_reads_as_a_plain_attrs_class() -> None:
    """No __getattr__ or __setattr__ hook on the plain class: reads and stores are slot ones."""
    assert "__getattr__" not in dir(Event) and Event.__setattr__ is object.__setattr__
    event = Event.from_dict(_event())
    assert event.name == "Sales kickoff"
    with pytest.raises(AttributeError):
        _ = event.no_such_field  # type: ignore[attr-defined]


def test_a_partly_parsed_model_compares_and_refuses_to_pickle_by_its_malformed_field() -> None:
    bad = Event.from_dict(_event(policyId="not-a-uuid"))
    assert bad.name == "Sales kickoff" and isinstance(bad, Event)
    with pytest.raises(ModelParseError, match=r"Event\.policyId"):
        _ = bad == Event.from_dict(_event())  # as reading the field, comparing it raises
    with pytest.raises(ModelParseError, match=r"Event\.policyId"):
        _ = Event.from_dict(_event()) == bad
    with pytest.raises(ModelParseError, match=r"Event\.policyId"):
        pickle.dumps(bad)
    bad.policy_id = uuid.UUID(POLICY)  # the caller repairs it: the model is whole again
    assert bad == Event.from_dict(_event())
    assert pickle.loads(pickle.dumps(bad)) == Event.from_dict(_event())


def test_threads_reading_one_lazy_model_never_meet_an_empty_field() -> None:
    """Another thread may read while the first read parses: it gets the field, parsed by
    itself if need be, never an AttributeError."""
    import sys
    import threading

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    errors: list[BaseException] = []
    try:
        for _ in range(200):
            events = ListEventsResponse.from_dict({"events": [_event() for _ in range(4)]}).events
            barrier = threading.Barrier(4)

            def read(order: tuple[str, ...], events: Any = events, barrier: threading.Barrier = barrier) -> None:
                barrier.wait()
                try:
                    for event in events:
                        for name in order:
                            assert getattr(event, name) is not None
                except BaseException as exc:  # noqa: BLE001 - reported below
                    errors.append(exc)

            orders = [("location", "id"), ("id", "company_id"), ("start_date_time", "name"), ("policy_id", "group")]
            threads = [threading.Thread(target=read, args=(order,)) for order in orders]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []


def test_a_partly_parsed_model_writes_back_its_document_until_changed() -> None:
    """Nothing is lost: a malformed value never read goes back as sent, unknown keys too;
    once the caller changes a field, serialising needs every value, and the bad one says so."""
    document = {"address": {"locality": "Paris", "futureField": 1}, "futureKey": [1]}  # addressLines missing
    location = EventLocation.from_dict(document)
    assert location["futureKey"] == [1]
    assert location.to_dict() == document
    event = Event.from_dict(_event(location=document))
    event.name = "Renamed"  # the event is whole; its location is not
    assert event.to_dict()["location"] == document
    location.additional_properties["futureKey"] = [2]
    with pytest.raises(MissingRequiredFieldError, match="PostalAddress"):
        location.to_dict()


def test_a_reader_meeting_a_parse_in_progress_gets_the_models_own_value() -> None:
    """A thread reading while another parses waits for the parse, rather than parsing a
    copy of its own that the model would not keep (its changes would be lost)."""
    import threading
    import time

    from spotnana_event_api.types import PartialDocument

    class SlowDocument(dict[str, Any]):  # a Mapping slow to read: the parse takes a while
        def get(self, key: str, default: Any = None) -> Any:
            time.sleep(0.002)
            return super().get(key, default)

    for _ in range(3):
        event = Event.from_dict(SlowDocument(_event(childEventCounts={"draft": 1})))
        seen: list[Any] = []

        def read(event: Event = event, seen: list[Any] = seen) -> None:
            deadline = time.monotonic() + 5
            while not isinstance(event, PartialDocument) and time.monotonic() < deadline:
                pass
            seen.append(event.child_event_counts)

        reader = threading.Thread(target=read)
        reader.start()
        time.sleep(0.01)
        _ = event.location  # parses the whole event, in this thread
        reader.join()
        assert seen[0] is event.child_event_counts


def test_reading_a_malformed_nested_model_is_not_changing_it() -> None:
    document = _event(numTravelers="x", location={"coordinates": "bad"})
    event = Event.from_dict(document)
    assert event.id == "6926658168"
    assert event.to_dict() == document
    _ = event.location  # read, with its malformed coordinates, not changed
    assert event.to_dict() == document
    event.name = "Renamed"
    with pytest.raises(ModelParseError, match=r"Event\.numTravelers"):
        event.to_dict()


@pytest.mark.parametrize("state", ["lazy", "scalars parsed", "plain"])
def test_probing_any_name_is_an_attribute_error(state: str) -> None:
    event = ListEventsResponse.from_dict({"events": [_event()]}).events[0]
    if state != "lazy":
        _ = event.name if state == "scalars parsed" else event.location
    for name in ("", "_", "__deepcopy__", "no_such_field"):
        assert getattr(event, name, "absent") == "absent" and not hasattr(event, name)
    assert isinstance(event, LazyDocument) == (state != "plain")


def test_a_nan_read_as_sent_is_not_a_change() -> None:
    from spotnana_event_api.models import Latlng

    document = {"latitude": float("nan"), "longitude": "x"}  # json.loads accepts NaN
    written = Latlng.from_dict(document).to_dict()
    assert list(written) == ["latitude", "longitude"] and written["longitude"] == "x"


def test_a_model_with_a_malformed_value_still_has_a_repr() -> None:
    """Logging a page with one malformed item must not raise."""
    page = ListEventsResponse.from_dict({"events": [_event(numTravelers="x")]})
    shown = repr(page)
    assert "num_travelers=<malformed>" in shown and "Sales kickoff" in shown
