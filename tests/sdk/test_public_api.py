"""The public surface: complete __all__, documented names, private modules private."""

from __future__ import annotations

import inspect
from types import ModuleType

import pytest
import spotnana_events
from spotnana_events import testing


def _public_members(module: ModuleType) -> list[tuple[str, object]]:
    members = []
    for name in module.__all__:
        obj = getattr(module, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            members.append((f"{module.__name__}.{name}", obj))
        if inspect.isclass(obj):
            for attribute, value in vars(obj).items():
                if attribute.startswith("_"):
                    continue
                function = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
                if inspect.isfunction(function):
                    members.append((f"{module.__name__}.{name}.{attribute}", function))
    return members


@pytest.mark.parametrize("module", [spotnana_events, testing])
def test_every_public_class_and_function_has_a_docstring(module: ModuleType) -> None:
    undocumented = [name for name, obj in _public_members(module) if not (obj.__doc__ or "").strip()]
    assert undocumented == []


@pytest.mark.parametrize("module", [spotnana_events, testing])
def test_all_lists_what_the_package_exports(module: ModuleType) -> None:
    assert all(hasattr(module, name) for name in module.__all__)
    exported = {
        name for name, value in vars(module).items() if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert exported <= set(module.__all__) | {"annotations"}
