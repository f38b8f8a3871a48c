"""Derive ``tests/typed_sample/readme_examples.py`` from the README's Python examples.

The README is the one home of its examples. Each ```python block (run in order against the
fake by tests/product/test_readme.py) and each ```py block (checked, not run: it needs a
service or a Redis of its own) becomes one ``async def example_N() -> None`` whose body is
the block without its imports, which move to the top of the module. ``make lint`` checks
that module with mypy --strict and pyright strict, so every README example type-checks as
a user's strict project would; ``make check-generated`` fails when it is stale.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
TARGET = ROOT / "tests" / "typed_sample" / "readme_examples.py"
# What the examples take as given (credentials, ids, a service), typed: its ``__all__``.
NAMES = TARGET.with_name("readme_names.py")

# ```python: run and checked; ```py: checked only.
_BLOCK = re.compile(r"^```(python|py)\n(.*?)^```", re.M | re.S)
_HEADING = re.compile(r"^#{1,4} (.+)$", re.M)

_HEADER = '''\
"""Every Python example of README.md, one function each: checked by mypy --strict and pyright
(strict), and the ```python ones run in order against the fake (tests/product/test_readme.py).

Generated from README.md by `make generate` (codegen/readme_examples.py): edit the README,
not this file. The names the examples take as given (credentials, ids, a service) come from
``readme_names``. Examples show values without using them, so the linters' unused-name
reports are off here; every type check is on.
"""

# pyright: reportUnusedVariable=false, reportUnusedExpression=false, reportUnusedFunction=false
# ruff: noqa: F841, RUF059, PLW0108

from __future__ import annotations

'''


class Example:
    __slots__ = ("code", "runs", "section")

    def __init__(self, code: str, *, runs: bool, section: str) -> None:
        self.code = code
        self.runs = runs
        self.section = section


def examples(readme: str) -> list[Example]:
    """The README's Python blocks in order, each with the heading it sits under."""
    headings = [(match.start(), match.group(1).strip()) for match in _HEADING.finditer(readme)]
    found = []
    for match in _BLOCK.finditer(readme):
        section = next((title for start, title in reversed(headings) if start < match.start()), "")
        found.append(Example(match.group(2), runs=match.group(1) == "python", section=section))
    return found


def _tree(code: str) -> ast.Module:
    # A block is the body of an async function: top-level ``await`` is allowed.
    return ast.parse("async def _():\n" + textwrap.indent(code, "    "))


def _given_names() -> set[str]:
    for node in ast.parse(NAMES.read_text()).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            elements = node.value.elts if isinstance(node.value, ast.List) else []
            return {e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    raise SystemExit(f"generate: {NAMES} has no __all__")


def _split(code: str) -> tuple[list[str], list[str]]:
    """(import statements, the other lines) of one block."""
    lines = code.splitlines()
    tree = _tree(code)
    imports: list[str] = []
    taken: set[int] = set()
    wrapper = tree.body[0]
    assert isinstance(wrapper, ast.AsyncFunctionDef)
    for node in wrapper.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            span = range(node.lineno - 2, (node.end_lineno or node.lineno) - 1)  # the wrapper added one line
            imports.append("\n".join(lines[index] for index in span))
            taken.update(span)
    return imports, [line for index, line in enumerate(lines) if index not in taken]


def render(readme: str) -> str:
    """The module's text, before formatting."""
    found = examples(readme)
    imports: list[str] = []
    functions: list[str] = []
    for number, example in enumerate(found, 1):
        try:
            block_imports, body = _split(example.code)
        except SyntaxError as exc:
            raise SystemExit(f"generate: README.md, {example.section}: example {number} is not Python: {exc}") from None
        imports += [statement for statement in block_imports if statement not in imports]
        text = "\n".join(body).strip("\n") or "pass"
        kind = "run against the fake" if example.runs else "checked, not run"
        functions.append(
            f"async def example_{number}() -> None:\n"
            f'    """README.md, {example.section} ({kind})."""\n' + textwrap.indent(text, "    ") + "\n"
        )
    given = _given_names()
    used = sorted(
        {node.id for example in found for node in ast.walk(_tree(example.code)) if isinstance(node, ast.Name)}
    )
    names = f"from .readme_names import {', '.join(name for name in used if name in given)}\n"
    running = ", ".join(f"example_{n}" for n, example in enumerate(found, 1) if example.runs)
    return (
        _HEADER
        + "\n".join(imports)
        + "\n\n"
        + names
        + "\n\n"
        + "\n\n".join(functions)
        + f"\n\n# The ```python examples, in README order.\nRUN = [{running}]\n"
    )


def _ruff(*arguments: str, source: str) -> str:
    tool = Path(sys.executable).parent / "ruff"
    result = subprocess.run(
        [str(tool) if tool.exists() else "ruff", *arguments, "--stdin-filename", str(TARGET), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
        cwd=str(ROOT),
    )
    if result.returncode != 0 and not result.stdout:
        raise SystemExit(f"generate: ruff could not format the README examples:\n{result.stderr}")
    return result.stdout


def module(readme: str) -> str:
    """The module as committed: rendered, imports sorted and formatted by the project's ruff."""
    return _ruff(
        "format", "--quiet", source=_ruff("check", "--fix-only", "--quiet", "--select", "I", source=render(readme))
    )
