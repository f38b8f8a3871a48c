"""Our pipeline (spec rules -> generator with our templates -> ruff -> mypy --strict) and
stock openapi-python-client 0.29.1 (no rules, its own templates) on many documents at once.

Generation runs in-process (no interpreter start per document); ruff and mypy run once
over every package, ours and stock together, so the suite stays well under a minute.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen import spec_fixes
from codegen.generate import CODEGEN, ROOT, _tool


@dataclass
class Output:
    package: str
    error: str | None = None
    report: spec_fixes.FixReport | None = None
    lint: list[str] = field(default_factory=list)
    mypy: list[str] = field(default_factory=list)
    module: ModuleType | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _generate_one(document: dict[str, Any], root: Path, package: str, *, ours: bool) -> Output:
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    out = Output(package)
    if ours:
        document, out.report = spec_fixes.fix_with_report(document)
    spec = root / f"{package}.json"
    spec.write_text(json.dumps(document))
    names: dict[str, Any] = {"package_name_override": package, "project_name_override": package, "post_hooks": []}
    base = ConfigFile.load_from_path(CODEGEN / "config.yaml") if ours else ConfigFile()
    config_file = base.model_copy(update=names)
    config = Config.from_sources(config_file, MetaType.NONE, spec, "utf-8", True, root / package)
    try:
        errors = generate(config=config, custom_template_path=CODEGEN / "templates" if ours else None)
    except Exception as exc:  # a template or rule crash is the measured outcome
        out.error = f"{type(exc).__name__}: {exc}"
        return out
    fatal = [e for e in errors if str(getattr(e, "level", "")).endswith("ERROR")]
    if fatal or not (root / package / "__init__.py").exists():
        out.error = "; ".join(f"{e.header}: {e.detail}" for e in fatal) or "no package written"
    return out


def _by_package(lines: list[str], outputs: dict[str, Output], attribute: str) -> None:
    for line in lines:
        match = re.match(r"(?:\./)?([A-Za-z0-9_]+)[/\\]", line)
        if match and match.group(1) in outputs:
            getattr(outputs[match.group(1)], attribute).append(line)


def run(documents: dict[str, dict[str, Any]], root: Path) -> dict[str, tuple[Output, Output]]:
    """name -> (ours, stock) for every document."""
    results = {
        name: (
            _generate_one(doc, root, f"ours_{name}", ours=True),
            _generate_one(doc, root, f"stock_{name}", ours=False),
        )
        for name, doc in documents.items()
    }
    outputs = {o.package: o for pair in results.values() for o in pair if o.ok}
    ruff, config = _tool("ruff"), str(CODEGEN / "ruff.toml")
    folders = sorted(outputs)
    if folders:
        subprocess.run(
            [ruff, "check", "--no-cache", "--fix-only", "--config", config, *folders],
            cwd=root,
            capture_output=True,
            check=False,
        )
        subprocess.run(
            [ruff, "format", "--no-cache", "--config", config, *folders], cwd=root, capture_output=True, check=False
        )
        lint = subprocess.run(
            [ruff, "check", "--no-cache", "--config", config, "--output-format", "concise", *folders],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        _by_package(lint.stdout.splitlines(), outputs, "lint")
        typed = subprocess.run(
            [
                _tool("mypy"),
                "--strict",
                "--config-file",
                "/dev/null",
                "--no-error-summary",
                "--python-version",
                "3.11",
                "--cache-dir",  # one per xdist worker: mypy's cache is not safe for two writers
                str(ROOT / "build" / f"mypy-codegen-features-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"),
                *[arg for f in folders for arg in ("-p", f)],
            ],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        _by_package([line for line in typed.stdout.splitlines() if ": error:" in line], outputs, "mypy")
    sys.path.insert(0, str(root))
    for output in outputs.values():
        try:
            output.module = importlib.import_module(output.package)
            for sub in ("models", "types", "client"):
                setattr(output.module, sub, importlib.import_module(f"{output.package}.{sub}"))
        except Exception as exc:
            output.error = f"import: {type(exc).__name__}: {exc}"
    return results


def endpoint_module(output: Output, name: str) -> ModuleType:
    """The api module of an operation, whatever tag folder the generator put it in."""
    assert output.module is not None
    for path in (Path(output.module.__file__ or "").parent / "api").rglob(f"{name}.py"):
        tag = path.parent.name
        return importlib.import_module(f"{output.package}.api.{tag}.{name}")
    raise LookupError(name)
