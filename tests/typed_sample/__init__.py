"""A downstream service typed against the public API only (issue 12.10): checked by
``mypy --strict`` and pyright in strict mode (``make typecheck-sample``), run against the fake."""
