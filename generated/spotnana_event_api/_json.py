"""JSON decoding in one place: orjson when the ``speedups`` extra is installed, else the
standard library, with the same result either way. orjson reads integers beyond 64 bits
as floats, so a body with a run of 19 digits or more goes to the standard library; so
does any body orjson refuses (``NaN``/``Infinity``, UTF-16/32, a byte-order mark, lone
surrogates), which also makes the standard library raise the error for invalid JSON."""

import functools
import json
from collections.abc import Callable
from typing import Any

# Every digit to "0": a 64-bit integer has at most 19 digits, and one of 19 or more may
# not fit (a 19-digit run inside a string or a float only costs the fast path).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_MAYBE_BEYOND_64_BITS = b"0" * 19


@functools.cache
def _orjson_loads() -> Callable[[bytes], Any] | None:
    # Imported on first use, not with the package, to keep `import` cheap.
    try:
        from orjson import loads  # noqa: PLC0415
    except ImportError:
        return None
    return loads


def loads(content: bytes | str) -> Any:
    """The Python value of a JSON document (a response body)."""
    fast = _orjson_loads()
    if fast is not None and type(content) is bytes and _MAYBE_BEYOND_64_BITS not in content.translate(_DIGITS_AS_ZERO):
        try:
            return fast(content)
        except ValueError:  # orjson.JSONDecodeError: let the standard library decide
            pass
    return json.loads(content)
