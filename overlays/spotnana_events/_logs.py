"""The SDK's logger. ``SPOTNANA_LOG=debug`` (or ``info``/``warning``) turns it on.

Only method, path, status, attempt and timing are ever logged: never headers or
bodies, so no token or secret can reach a log line.
"""

from __future__ import annotations

import logging
import os

__all__ = ["logger", "setup_logging_from_env"]

logger = logging.getLogger("spotnana_events")


def setup_logging_from_env() -> None:
    level = os.environ.get("SPOTNANA_LOG", "").strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
