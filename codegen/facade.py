"""Render ``facade.py``: one typed method per operation, sending the endpoint modules' ``ApiRequest``.

The facade's per-operation behaviour is data in ``codegen/operations.toml``; this module
checks that table against the spec and against the SDK's reconcilers, and renders the
machine facts each method's docstring carries.
"""

from __future__ import annotations

import ast
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
OPERATIONS_TABLE = CODEGEN / "operations.toml"
# Where the SDK defines the reconcilers operations.toml may name (a dict literal, read without importing).
RECONCILERS_MODULE = ROOT / "overlays" / "spotnana_events" / "_reconcile.py"

# Where the SDK's resource classes (``Events(EventsResource)``, ...) live, read without importing.
OVERLAY_PACKAGE = ROOT / "overlays" / "spotnana_events"
# What every generated resource class defines besides the operations' methods.
RESOURCE_MEMBERS = ("with_raw_response",)

# Keyword-only arguments every facade method takes besides the operation's own.
CALL_OPTIONS = ("extra_headers", "extra_query", "timeout", "deadline")

_DEFAULT_IDEMPOTENT = {"get": True, "put": True, "delete": True}


class FacadeError(SystemExit):
    """Generation stops: the table or the spec asks for something the facade cannot do."""

    def __init__(self, message: str) -> None:
        super().__init__(f"generate: {message}")


def reconciler_names(module: Path = RECONCILERS_MODULE) -> set[str]:
    """The keys of ``RECONCILERS = {...}`` in the SDK's reconciler module."""
    target: ast.expr
    value: ast.expr | None
    for node in ast.walk(ast.parse(module.read_text())):
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == "RECONCILERS" and isinstance(value, ast.Dict):
            return {key.value for key in value.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)}
    raise FacadeError(f"{module} defines no RECONCILERS dict literal")


def retry_policy(idempotent: bool, reconcile: str | None) -> str:
    """When the SDK sends the operation again (the docstrings' "Retries:" line)."""
    if idempotent:
        return "idempotent; sent again after any transient failure (connection, timeout, 408, 429, 5xx)."
    refused = "not idempotent; sent again only when not sent or refused unprocessed (429, 503 with Retry-After)"
    if reconcile:
        return f"{refused}, or when ``{reconcile}`` finds that an attempt that may have been applied was not."
    return f"{refused}."


def _success_model(endpoint: Any) -> tuple[str | None, str | None]:
    """(class, module) of the model a 2xx response parses into, or (None, None) without a body model."""
    for response in endpoint.responses.patterns:
        status_range = response.status_code.range
        if status_range is not None and status_range[0] // 100 == 2:
            class_info = getattr(response.prop, "class_info", None)
            if class_info is not None:
                return str(class_info.name), str(class_info.module_name)
            return None, None
    return None, None


def _check_parameter_names(operation_id: str, endpoint: Any) -> None:
    taken = {str(parameter.python_name) for parameter in endpoint.list_all_parameters()} & set(CALL_OPTIONS)
    if taken:
        raise FacadeError(f"{operation_id}: parameters named like the per-call options: {sorted(taken)}")


def _check_table(table: dict[str, Any], operation_ids: set[str], reconcilers: set[str]) -> None:
    unknown = set(table) - operation_ids
    if unknown:
        raise FacadeError(f"codegen/operations.toml names operations the spec lacks: {sorted(unknown)}")
    for operation_id, row in table.items():
        name = row.get("reconcile")
        if name is not None and name not in reconcilers:
            raise FacadeError(
                f"codegen/operations.toml: {operation_id}.reconcile = {name!r} is not a reconciler "
                f"(known: {sorted(reconcilers)}; see overlays/spotnana_events/_reconcile.py)"
            )
        exists = row.get("exists")
        if exists is not None and (not isinstance(exists, str) or not exists or name is None):
            raise FacadeError(
                f"codegen/operations.toml: {operation_id}.exists must be an error code (a non-empty string), "
                "with a reconcile check to find what exists"
            )


def _check_every_operation_generated(
    spec_operations: dict[str, dict[str, Any]], operations: list[dict[str, Any]], data: Any
) -> None:
    """openapi-python-client skips an operation it cannot read with only a warning: here it is an error."""
    generated = {op["operation_id"] for op in operations}
    missing = sorted(op["operationId"] for op in spec_operations.values() if op["operationId"] not in generated)
    if not missing:
        return
    warnings = [
        f"{error.header} {error.detail or ''}".strip()
        for collection in data.endpoint_collections_by_tag.values()
        for error in collection.parse_errors
    ] + [f"{error.header} {error.detail or ''}".strip() for error in data.errors]
    reasons = "".join(f"\n  {line}" for line in dict.fromkeys(warnings)) or " (the generator gave no reason)"
    raise FacadeError(f"the generator produced no endpoint for {missing}:{reasons}")


def overlay_members(package: Path = OVERLAY_PACKAGE) -> dict[str, set[str]]:
    """The names each of the SDK's subclasses of a generated resource class defines, by base
    (``{"EventsResource": {"list", "bulk_cancel", ...}}``)."""
    members: dict[str, set[str]] = {}
    for module in sorted(package.glob("*.py")):
        for node in ast.parse(module.read_text()).body:
            if not isinstance(node, ast.ClassDef):
                continue
            names = {item.name for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)} | {
                target.id
                for item in node.body
                if isinstance(item, ast.Assign | ast.AnnAssign)
                for target in (item.targets if isinstance(item, ast.Assign) else [item.target])
                if isinstance(target, ast.Name)
            }
            for base in node.bases:
                if isinstance(base, ast.Name) and base.id.endswith("Resource"):
                    members.setdefault(base.id, set()).update(f"{node.name}.{name}" for name in names)
    return members


def _check_method_names(operations: list[dict[str, Any]], overlay: dict[str, set[str]]) -> None:
    """Each operation's method is its own: two with one name in a resource would leave one (the
    class keeps the last def), and a method the SDK's subclass defines would hide it."""
    owners: dict[tuple[str, str], str] = {}
    for op in operations:
        resource, name = op["resource"], op["name"]
        base = "".join(part.capitalize() for part in resource.split("_")) + "Resource"
        taken = owners.get((resource, name))
        if taken is None and name in RESOURCE_MEMBERS:
            taken = f"{base}.{name}"
        if taken is None:
            taken = next((member for member in sorted(overlay.get(base, ())) if member.endswith(f".{name}")), None)
        if taken is not None:
            raise FacadeError(
                f"{op['operation_id']}: its method {resource}.{name} is already {taken}'s; "
                f"give it another name in codegen/operations.toml ([{op['operation_id']}] name = ...)"
            )
        owners[(resource, name)] = op["operation_id"]


@dataclass(frozen=True)
class Facade:
    """facade.py's text, and the endpoint module each of its operations imports."""

    source: str
    modules: dict[str, str]  # operationId -> its module, relative to the package

    def check_modules(self, package_dir: Path) -> None:
        missing = [f"{op} ({module})" for op, module in self.modules.items() if not (package_dir / module).is_file()]
        if missing:
            raise FacadeError(f"endpoint modules missing from the generated package: {missing}")


def build_facade(spec: Path, *, table_path: Path = OPERATIONS_TABLE, reconcilers: set[str] | None = None) -> Facade:
    """Render facade.py: the operations table and one typed method per operation. It reads the
    spec with the generator's own parser, so it needs no generated files: every operation of the
    spec must come through that parser (FacadeError names those that would not, with its warnings)."""
    from openapi_python_client import Project, strings
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.strings import PythonIdentifier

    config_file = ConfigFile.load_from_path(CODEGEN / "config.yaml")
    config = Config.from_sources(config_file, MetaType.NONE, spec, "utf-8", True, None)
    document = json.loads(spec.read_text())
    data = GeneratorData.from_dict(document, config=config)
    if not isinstance(data, GeneratorData):
        raise FacadeError(f"{data.header}: {data.detail}")
    table = tomllib.loads(table_path.read_text())
    spec_operations: dict[str, dict[str, Any]] = {}
    for path, item in document["paths"].items():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            name = str(PythonIdentifier(op["operationId"], config.field_prefix))
            # Two ids with one Python name would share a module, an OPERATIONS key and a method:
            # the generator keeps one and drops the other without a word.
            if name in spec_operations:
                first = spec_operations[name]
                raise FacadeError(
                    f"operations {first['operationId']!r} ({first['path']}) and {op['operationId']!r} ({path}) "
                    f"would both be {name!r}: one would replace the other; rename one"
                )
            spec_operations[name] = {**op, "path": path}
    _check_table(
        table,
        {op["operationId"] for op in spec_operations.values()},
        reconciler_names() if reconcilers is None else reconcilers,
    )
    operations: list[dict[str, Any]] = []
    model_imports: set[str] = set()
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            spec_operation = spec_operations[str(endpoint.name)]
            operation_id = spec_operation["operationId"]
            _check_parameter_names(operation_id, endpoint)
            row = table.get(operation_id, {})
            idempotent = row.get("idempotent", _DEFAULT_IDEMPOTENT.get(endpoint.method, False))
            return_class, return_module = _success_model(endpoint)
            model_imports |= {
                i for i in endpoint.relative_imports if not i.startswith(("from ...types", "from typing"))
            }
            operations.append(
                {
                    "endpoint": endpoint,
                    "operation_id": operation_id,
                    "tag": str(tag),
                    "module": str(endpoint.name),
                    "method": endpoint.method.upper(),
                    "path": strings.in_double_quote_literal(endpoint.path),
                    "spec_path": spec_operation["path"],
                    "statuses": ", ".join(sorted(spec_operation.get("responses", {}))),
                    "resource": row.get("resource", "events"),
                    "name": row.get("name", str(endpoint.name)),
                    "idempotent": idempotent,
                    "reconcile": row.get("reconcile"),
                    "exists": row.get("exists"),
                    "retry_policy": retry_policy(idempotent, row.get("reconcile")),
                    "return_type": return_class or "None",
                }
            )
            if return_class:
                model_imports.add(f"from ...models.{return_module} import {return_class}")
    _check_every_operation_generated(spec_operations, operations, data)
    _check_method_names(operations, overlay_members())
    project = Project(openapi=data, config=config, custom_template_path=CODEGEN / "templates")
    resources = list(dict.fromkeys(op["resource"] for op in operations))
    source = project.env.get_template("facade.py.jinja").render(
        operations=operations,
        resources=resources,
        model_imports={i.replace("from ...models.", "from .models.") for i in model_imports},
    )
    modules = {op["operation_id"]: f"api/{op['tag']}/{op['module']}.py" for op in operations}
    return Facade(source=source, modules=modules)
