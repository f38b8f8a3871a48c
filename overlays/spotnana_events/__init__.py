"""spotnana-events: async Python SDK for the Spotnana Event API v2.

The generated low-level layer is ``spotnana_event_api``; this package is the
hand-written layer on top of it.
"""

from ._version import __version__

__all__ = ["__version__"]
