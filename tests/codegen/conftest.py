"""One session-wide generation of every feature document, ours and stock."""

from __future__ import annotations

import pytest

from tests.codegen import _pipeline
from tests.codegen.documents import DOCUMENTS


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[_pipeline.Output, _pipeline.Output]]:
    documents = {name: spec["document"] for name, spec in DOCUMENTS.items()}
    return _pipeline.run(documents, tmp_path_factory.mktemp("features"))
