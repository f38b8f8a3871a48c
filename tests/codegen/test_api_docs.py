"""docs/api.md (issue 26, point 8): every method of ``sp.events`` and ``sp.jobs``, derived from the
code and the table, and kept in sync by ``make check-generated``."""

from __future__ import annotations

import re
from pathlib import Path

from spotnana_event_api.facade import OPERATIONS
from spotnana_events import AsyncSpotnana, BearerToken

from codegen import api_docs, generate
from codegen.facade import retry_policy

DOC = api_docs.TARGET


def _section(name: str) -> str:
    text = DOC.read_text()
    start = text.index(f"### `sp.{name}`\n")
    end = text.find("\n### ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_every_method_of_both_resources_has_a_section_with_its_signature() -> None:
    sp = AsyncSpotnana(base_url="http://127.0.0.1:9", auth=BearerToken("t"))
    for resource in ("events", "jobs"):
        public = [
            name
            for name in dir(getattr(sp, resource))
            if not name.startswith("_") and callable(getattr(getattr(sp, resource), name))
        ]
        assert len(public) >= (29 if resource == "events" else 3)
        for name in public:
            section = _section(f"{resource}.{name}")
            assert re.search(rf"^(async )?def {name}\(", section, re.M), name
            assert f"[`{name}`](#sp{resource}{name})" in DOC.read_text()


def test_each_operation_says_its_route_models_retries_and_errors() -> None:
    for op in OPERATIONS.values():
        section = _section(f"{op.resource}.{op.name}")
        assert f"`{op.method} {op.path}` (operationId `{op.operation_id}`)" in section
        assert f"Retried: {retry_policy(op.idempotent, op.reconcile)}" in section
        assert "Errors the spec lists:" in section
    create = _section("events.create")
    assert "Request body: `CreateEventRequest` (or a dict of its JSON)." in create
    assert "Response: `CreateEventResponse`." in create
    assert "`DUPLICATE_EXTERNAL_ID`" in create
    assert "400 `BadRequestError`" in create
    assert "Response: nothing." in _section("events.delete")


def test_the_per_call_options_are_left_out_only_where_they_mean_the_usual() -> None:
    assert "extra_headers" not in _section("events.get").split("```")[1]
    assert "extra_headers" not in _section("events.bulk_cancel").split("```")[1]
    wait = _section("jobs.wait").split("```")[1]
    assert "timeout: float = 600.0" in wait  # jobs.wait's timeout is its total: shown
    assert "extra_headers: Mapping[str, str] | None = None" in wait


def test_hand_written_methods_say_what_they_send() -> None:
    assert "Sends `bulk_cancel_batch`" in _section("events.bulk_cancel")
    assert "Sends `list_page`" in _section("events.list")
    assert "Sends `get_details`" in _section("jobs.wait")


def test_the_committed_reference_is_what_the_committed_code_renders(tmp_path: Path) -> None:
    fixed = generate.write_fixed_spec(tmp_path / "fixed.json")
    assert api_docs.render_for(api_docs.ROOT / "generated", fixed) == DOC.read_text()


def test_check_generated_reports_a_stale_reference() -> None:
    assert generate.diff_derived({DOC: DOC.read_text()}) == []
    assert generate.diff_derived({DOC: DOC.read_text() + "a line the code no longer renders\n"}) != []
