"""The wheel and the vendored copies work in fresh virtual environments."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from codegen import vendor

ROOT = Path(__file__).resolve().parent.parent
# The core's runtime dependencies, at the versions the project is tested with.
PINS = {
    line.split("==")[0].lower(): line.strip()
    for line in (ROOT / "requirements-dev.txt").read_text().splitlines()
    if "==" in line
}
CORE = [PINS["httpx"], PINS["attrs"], PINS["python-dateutil"]]

SCRIPT = """
import asyncio, sys
from {pkg}spotnana_events import AsyncSpotnana, SPEC_SHA256
from {pkg}spotnana_events.testing import FakeEventAPI
from {pkg}spotnana_event_api.models import CreateEventRequest

async def main():
    fake = FakeEventAPI()
    async with fake.client() as sp:
        created = await sp.events.create(body=CreateEventRequest.from_dict({{"name": "Offsite", "location": {{}}}}))
        fetched = await sp.events.get(created.id)
        assert fetched.event.name == "Offsite", fetched
        listed = [event.id async for event in sp.events.list()]
        assert listed == [created.id], listed
    top_level = sorted(m for m in sys.modules if m.split(".")[0] in ("spotnana_events", "spotnana_event_api"))
    assert not top_level or {expect_top_level}, top_level
    outside = sorted(
        m.__name__ for m in list(sys.modules.values())
        if getattr(m, "__file__", None) and m.__file__.startswith({repo!r})
    )
    assert not outside, outside
    print("OK", created.id, SPEC_SHA256[:12])

asyncio.run(main())
"""


def _venv(path: Path, *packages: str) -> Path:
    venv.create(path, with_pip=True, clear=True)
    python = path / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *packages],
        check=True,
        capture_output=True,
    )
    return python


def _run(python: Path, code: str, cwd: Path) -> str:
    result = subprocess.run([str(python), "-c", code], cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def core_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment holding only httpx, attrs and python-dateutil."""
    return _venv(tmp_path_factory.mktemp("venv-core"), *CORE)


@pytest.mark.parametrize("prefix", [None, "myservice._vendor"])
def test_vendored_copy_runs_with_only_the_core_dependencies(
    core_python: Path, tmp_path: Path, prefix: str | None
) -> None:
    """Vendored at the top level and under a prefix, it makes real calls against the in-process fake."""
    project = tmp_path / "project"
    vendor.vendor(project, prefix)
    package = f"{prefix}." if prefix else ""
    code = SCRIPT.format(pkg=package, repo=str(ROOT), expect_top_level=prefix is None)
    out = _run(core_python, code, project)
    assert out.startswith("OK ")
    if prefix:
        copies = project / "myservice" / "_vendor"
        assert "SDK version: " in (copies / "SPOTNANA_VENDORED.md").read_text()
        leftover = re.compile(r"^\s*(from|import)\s+spotnana_event", re.M)
        assert not [p for p in copies.rglob("*.py") if leftover.search(p.read_text())]


def test_vendor_rejects_a_bad_prefix(tmp_path: Path) -> None:
    with pytest.raises(vendor.VendorError, match="dotted Python package path"):
        vendor.vendor(tmp_path, "my-service.vendor")


def test_rewrite_imports_keeps_names_bound() -> None:
    source = "import spotnana_events\n    from spotnana_event_api.models import Event\nimport spotnana_events_extra\n"
    assert vendor.rewrite_imports(source, "a.b") == (
        "from a.b import spotnana_events\n    from a.b.spotnana_event_api.models import Event\n"
        "import spotnana_events_extra\n"
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)], check=True, capture_output=True
    )
    return next(out.glob("*.whl"))


def test_wheel_installs_both_packages_typed_with_only_core_dependencies(wheel: Path, tmp_path: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "spotnana_event_api/py.typed" in names
    assert "spotnana_events/py.typed" in names
    python = _venv(tmp_path / "venv", str(wheel))
    report = _run(
        python,
        "import importlib.metadata as md, json, spotnana_events, spotnana_event_api.api.events.get_event;"
        "from spotnana_event_api._spec import SPEC_SHA256;"
        "print(json.dumps({'requires': md.requires('spotnana-events'), 'version': spotnana_events.__version__,"
        " 'dist_version': md.version('spotnana-events'), 'spec': SPEC_SHA256,"
        " 'installed': sorted(d.metadata['Name'].lower() for d in md.distributions())}))",
        tmp_path,
    )
    facts = json.loads(report)
    core = [r for r in facts["requires"] if "extra ==" not in r]
    assert sorted(r.split("<")[0].split(">")[0] for r in core) == ["attrs", "httpx", "python-dateutil"]
    assert facts["version"] == facts["dist_version"]
    lock = json.loads((ROOT / "openapi" / "event-api-v2.lock.json").read_text())
    assert facts["spec"] == lock["pinned_sha256"]
    assert "uvicorn" not in facts["installed"]
    assert "pytest" not in facts["installed"]

    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            f"{wheel}[testing]",
            "pytest==" + PINS["pytest"].split("==")[1],
        ],
        check=True,
        capture_output=True,
    )
    plugin = _run(
        python,
        "import importlib.metadata as md, uvicorn;"
        "from spotnana_events.testing import FakeEventAPI;"
        "eps = [e.value for e in md.entry_points(group='pytest11')];"
        "print(eps)",
        tmp_path,
    )
    assert "spotnana_events.testing.plugin" in plugin

    downstream = tmp_path / "downstream"
    downstream.mkdir()
    (downstream / "test_service.py").write_text(
        "import asyncio\n"
        "from spotnana_event_api.models import CreateEventRequest\n\n"
        "def test_my_service(spotnana_fake):\n"
        "    fake, sp = spotnana_fake\n"
        "    body = CreateEventRequest.from_dict({'name': 'Offsite', 'location': {}})\n"
        "    created = asyncio.run(sp.events.create(body=body))\n"
        "    assert fake.events[created.id]['name'] == 'Offsite'\n"
    )
    result = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=downstream,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
