"""The wheel and the vendored copies work in fresh virtual environments."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from codegen import vendor
from tests.project_copy import copy_project

ROOT = Path(__file__).resolve().parents[2]
# The core's runtime dependencies, at the versions the project is tested with.
PINS = {
    line.split("==")[0].lower(): line.strip()
    for line in (ROOT / "requirements-dev.txt").read_text().splitlines()
    if "==" in line
}
CORE = [PINS["httpx"], PINS["attrs"], PINS["python-dateutil"]]


def _body(name: str) -> dict[str, Any]:
    """A create body from the pinned spec (see spec_bodies), for scripts run in other venvs."""
    from spotnana_event_api.models import CreateEventRequest

    from tests.spec_bodies import required_extras

    document = {"name": name, "location": {}}
    return {**required_extras(CreateEventRequest, document), **document}


SCRIPT = """
import asyncio, sys
from {pkg}spotnana_events import AsyncSpotnana, SPEC_SHA256
from {pkg}spotnana_events.testing import FakeEventAPI
from {pkg}spotnana_event_api.models import CreateEventRequest

async def main():
    fake = FakeEventAPI()
    async with fake.client() as sp:
        created = await sp.events.create(body=CreateEventRequest.from_dict({body}))
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


# Installers that write into another environment, so a test venv needs no pip of its own:
# this environment's uv (pinned in requirements-dev.txt, seconds faster per install), then its
# pip where uv cannot reach PyPI (uv reads no pip.conf), as `make setup` does.
INSTALLERS = (
    [str(Path(sys.executable).parent / "uv"), "pip", "install", "--quiet", "--python", "{python}"],
    [sys.executable, "-m", "pip", "--python", "{python}", "install", "--quiet", "--disable-pip-version-check"],
)


def _pip_install(python: Path, *packages: str) -> None:
    failures = []
    for installer in INSTALLERS:
        command = [part.format(python=python) for part in installer] + list(packages)
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False)
        except FileNotFoundError as exc:  # no uv in this environment (pytest run from another one)
            failures.append(f"{command[0]}: {exc}")
            continue
        if result.returncode == 0:
            return
        failures.append(f"{command[0]}: {result.stdout}{result.stderr}")
    raise AssertionError(f"could not install {packages}:\n" + "\n".join(failures))


def test_an_environment_without_uv_installs_with_pip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pip_ran = tmp_path / "pip ran"
    fallback = [sys.executable, "-c", f"import pathlib; pathlib.Path({str(pip_ran)!r}).touch()"]
    monkeypatch.setattr(sys.modules[__name__], "INSTALLERS", ([str(tmp_path / "no-uv"), "pip", "install"], fallback))
    _pip_install(tmp_path / "python", "httpx")
    assert pip_ran.exists()


def _venv(path: Path, *packages: str) -> Path:
    venv.create(path, with_pip=False, clear=True)
    python = path / "bin" / "python"
    _pip_install(python, *packages)
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
    vendor.vendor(project, prefix, testing=True)
    package = f"{prefix}." if prefix else ""
    code = SCRIPT.format(pkg=package, repo=str(ROOT), expect_top_level=prefix is None, body=_body("Offsite"))
    out = _run(core_python, code, project)
    assert out.startswith("OK ")
    if prefix:
        copies = project / "myservice" / "_vendor"
        assert "SDK version: " in (copies / "SPOTNANA_VENDORED.md").read_text()
        leftover = re.compile(r"^\s*(from|import)\s+spotnana_event", re.M)
        assert not [p for p in copies.rglob("*.py") if leftover.search(p.read_text())]


def test_a_vendored_copy_speaks_of_itself_and_leaves_the_fake_out_unless_asked(
    core_python: Path, tmp_path: Path
) -> None:
    """Logger name, docstrings and prog name follow the vendored path; without TESTING=1 there is
    no testing/ and the copy passes mypy --strict where neither pytest nor uvicorn is installed."""
    base = vendor.vendor(tmp_path, "svc._vendor")
    assert not (base / "spotnana_events" / "testing").exists()
    mentions = [
        f"{p.relative_to(base)}: {line.strip()}"
        for p in base.rglob("*.py")
        for line in p.read_text().splitlines()
        if re.search(r"(?<![\w./-])spotnana_event(s|_api)\b", line) and not re.match(r"\s*(from|import)\s", line)
    ]
    assert not mentions, mentions
    logger_name = _run(
        core_python, "from svc._vendor.spotnana_events._logs import logger; print(logger.name)", tmp_path
    )
    assert logger_name.strip() == "svc._vendor.spotnana_events"
    note = (base / "SPOTNANA_VENDORED.md").read_text()
    assert 'extend-exclude = ["svc/_vendor/spotnana_event_api", "svc/_vendor/spotnana_events"]' in note
    assert "TESTING=1" in note
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", str(core_python), "svc"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout[-3000:]

    with_fake = vendor.vendor(tmp_path / "t", "svc._vendor", testing=True)
    prog = _run(
        core_python, "from svc._vendor.spotnana_events.testing.__main__ import main; main(['--help'])", tmp_path / "t"
    )
    assert prog.startswith("usage: python -m svc._vendor.spotnana_events.testing")
    assert (
        'pytest_plugins = ["svc._vendor.spotnana_events.testing.plugin"]'
        in (with_fake / "SPOTNANA_VENDORED.md").read_text()
    )


def test_dist_and_vendor_need_only_what_they_use() -> None:
    """Neither runs `make setup` (the dev toolchain): dist installs only requirements-dist.txt."""
    plan = subprocess.run(
        ["make", "-n", "-B", "dist", "vendor", "DEST=/tmp/x"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "requirements-dev.txt" not in plan
    assert "-r requirements-dist.txt" in plan
    assert [line for line in (ROOT / "requirements-dist.txt").read_text().splitlines() if "==" in line] == [
        PINS["build"]
    ]


def test_verifytypes_builds_its_wheel_without_setuptools_leftovers() -> None:
    """setuptools builds the wheel through build/lib in the tree and never removes from it a
    module gone from the source: left there, that module would be in the wheel verified."""
    plan = subprocess.run(
        ["make", "-n", "-B", "verifytypes"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    first_build = next(i for i, line in enumerate(plan) if " -m build " in line)
    emptied = [line for line in plan[:first_build] if line.startswith("rm -rf ")]
    assert emptied, plan
    assert {"build/lib", "build/bdist.*"} <= set(emptied[-1].split()), plan


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
    """Built from a copy of the project: setuptools builds in the source tree (build/, *.egg-info),
    where `make verifytypes`, running beside the tests, builds its own wheel."""
    out = tmp_path_factory.mktemp("dist")
    source = copy_project(tmp_path_factory.mktemp("source"))
    build = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(source)]
    if subprocess.run([*build, "--installer", "uv"], capture_output=True, check=False).returncode != 0:
        subprocess.run(build, check=True, capture_output=True)
    return next(out.glob("*.whl"))


def test_wheel_installs_both_packages_typed_with_only_core_dependencies(wheel: Path, tmp_path: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: Apache-2.0" in metadata
    licence = next(n for n in names if n.endswith("licenses/LICENSE"))
    assert archive.read(licence) == (ROOT / "LICENSE").read_bytes()
    assert b"Apache License\n                           Version 2.0, January 2004" in archive.read(licence)
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

    _pip_install(python, f"{wheel}[testing]", "pytest==" + PINS["pytest"].split("==")[1])
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
        "from spotnana_event_api.models import CreateEventRequest\n"
        "from spotnana_events.testing import SpotnanaFake\n\n"
        "def test_my_service(spotnana_fake):\n"
        "    fake, sp = spotnana_fake\n"
        f"    body = CreateEventRequest.from_dict({_body('Offsite')!r})\n"
        "    created = asyncio.run(sp.events.create(body=body))\n"
        "    assert fake.events[created.id]['name'] == 'Offsite'\n\n"
        "async def test_my_async_service(spotnana_fake: SpotnanaFake):\n"
        "    fake, sp = spotnana_fake\n"
        f"    body = CreateEventRequest.from_dict({_body('Async')!r})\n"
        "    created = await sp.events.create(body=body)\n"
        "    assert fake.events[created.id]['name'] == 'Async'\n\n"
        "async def test_a_failing_async_test_fails(spotnana_fake):\n"
        "    assert not spotnana_fake.api.events, 'really ran'\n"
        "    await asyncio.sleep(0)\n"
        "    raise AssertionError('async body ran')\n"
    )
    result = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=downstream,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "1 failed, 2 passed" in result.stdout, result.stdout + result.stderr
    assert "AssertionError: async body ran" in result.stdout
    assert "pytest_asyncio" not in facts["installed"]


def test_extras_modules_are_copied_only_when_asked(tmp_path: Path) -> None:
    from codegen import vendor

    plain = vendor.vendor(tmp_path / "plain")
    with_extras = vendor.vendor(tmp_path / "extras", extras=frozenset(vendor.EXTRA_MODULES))
    for module in vendor.EXTRA_MODULES.values():
        assert not (plain / "spotnana_events" / module).exists()
        assert (with_extras / "spotnana_events" / module).exists()
    with pytest.raises(vendor.VendorError, match="unknown extra"):
        vendor.vendor(tmp_path / "bad", extras=frozenset({"redsi"}))
