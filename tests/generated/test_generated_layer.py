"""Properties of the generated package that the stock generator lacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from spotnana_event_api import models
from spotnana_event_api.client import DEFAULT_TIMEOUT, AuthenticatedClient, Client

PACKAGE = Path(__file__).resolve().parents[2] / "generated" / "spotnana_event_api"


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_importing_an_endpoint_module_loads_no_model_module() -> None:
    """Models load lazily (PEP 562): an endpoint import touches none of ~420 model modules."""
    loaded = _run(
        "import sys, spotnana_event_api.api.events.get_event;"
        "print(sum(m.startswith('spotnana_event_api.models.') for m in sys.modules))"
    )
    assert loaded == "0"


def test_lazy_models_are_importable_by_name_and_listed() -> None:
    """`from ...models import X` works, and every name in __all__ resolves."""
    from spotnana_event_api.models import Event

    assert Event is models.Event
    assert len(models.__all__) > 400
    assert set(models.__all__) <= set(dir(models))
    assert all(getattr(models, name).__name__ == name for name in models.__all__)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel  # type: ignore[attr-defined]


def test_py_typed_is_shipped() -> None:
    """Type checkers read the package's annotations."""
    assert (PACKAGE / "py.typed").exists()


def test_client_never_runs_without_a_timeout() -> None:
    """The default is bounded, and an unbounded one is refused."""
    client = Client(base_url="http://127.0.0.1:1")
    timeout = client.get_async_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    with pytest.raises(ValueError, match="bounded"):
        Client(base_url="http://127.0.0.1:1", timeout=httpx.Timeout(None))
    with pytest.raises(ValueError, match="bounded"):
        Client(base_url="http://127.0.0.1:1").set_async_httpx_client(httpx.AsyncClient(timeout=None))


def test_authenticated_client_keeps_the_token_out_of_its_repr() -> None:
    """Secrets never appear in reprs."""
    client = AuthenticatedClient(base_url="http://127.0.0.1:1", token="s3cr3t-token")
    assert "s3cr3t-token" not in repr(client)
    assert client.get_async_httpx_client().headers["Authorization"] == "Bearer s3cr3t-token"


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (None, r"required field .totalNumResults. is missing"),
        ("abc", r"PaginationResponseParams\.totalNumResults: expected int, got str"),
        (True, r"PaginationResponseParams\.totalNumResults: expected int, got bool"),
        (1.5, r"PaginationResponseParams\.totalNumResults: expected int, got float"),
    ],
)
def test_a_null_or_mistyped_required_scalar_fails_on_read_naming_model_and_key(value: object, error: str) -> None:
    from spotnana_event_api.errors import ModelParseError

    parsed = models.PaginationResponseParams.from_dict({"totalNumResults": value})
    with pytest.raises(ModelParseError, match=error):
        _ = parsed.total_num_results


def test_number_fields_accept_integers_but_not_bools() -> None:
    """JSON has one number type: a whole number in a `number` field is valid; true is not."""
    from spotnana_event_api.errors import ModelParseError

    assert models.Latlng.from_dict({"latitude": 3, "longitude": 1.5}).latitude == 3
    with pytest.raises(ModelParseError, match=r"Latlng\.latitude: expected float, got bool"):
        _ = models.Latlng.from_dict({"latitude": True, "longitude": 1.5}).latitude
