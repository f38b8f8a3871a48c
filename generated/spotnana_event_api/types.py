"""Shared types for properties."""

import functools
import importlib
import json
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar
from urllib.parse import quote

# Plain classes rather than attrs here and in client.py: endpoint modules import only
# these two, so importing an endpoint costs no attrs import (models still use attrs).


class Unset:
    """The type of ``UNSET``: a field that is absent from the JSON document."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The same object typed as Any: a parsed optional field reads
# `value if (value := d.get(key)) is not None else PARSED_UNSET`, which keeps the
# JSON value's Any type for the property templates, as `dict.pop(key, UNSET)` did.
PARSED_UNSET: Any = UNSET

# Segments that URL normalisation removes or collapses: sent as a path parameter they
# would send the request (and its bearer token) to another endpoint.
_DOT_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(name: str, value: Any) -> str:
    """``value`` as one percent-encoded path segment; every path parameter goes through here.

    Refuses (before anything is sent) a value that is not a ``str``, ``int`` or ``UUID``
    (``None`` would become ``/None``), and one that would change the request's path."""
    if isinstance(value, bool) or not isinstance(value, (str, int, uuid.UUID)):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    text = str(value)
    if text in _DOT_SEGMENTS:
        raise ValueError(f"{name} must not be {text!r}: it would change the request's path")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise ValueError(f"{name} is not valid text (it contains a lone surrogate)") from None


def _names(expected: type | tuple[type, ...]) -> str:
    kinds = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(kind.__name__ for kind in kinds)


def check_argument(name: str, value: Any, expected: type | tuple[type, ...], *, required: bool) -> None:
    """Refuse, before anything is sent, an argument of the wrong type (a body of another model
    class, ``None`` for a required value); ``UNSET`` stands for an omitted optional one."""
    if not required and isinstance(value, Unset):
        return
    if isinstance(value, bool) and bool not in (expected if isinstance(expected, tuple) else (expected,)):
        raise TypeError(f"{name} must be a {_names(expected)}, got bool")
    if not isinstance(value, expected):
        raise TypeError(f"{name} must be a {_names(expected)}, got {type(value).__name__}")


def enum_argument(name: str, value: Any, enum_type: Any, *, required: bool) -> Any:
    """An enum argument: a member, or a plain ``str``/``int`` converted exactly to one."""
    if not required and isinstance(value, Unset):
        return value
    if isinstance(value, enum_type):
        return value
    base = str if issubclass(enum_type, str) else int
    if type(value) is not base:
        raise TypeError(f"{name} must be a {enum_type.__name__}, got {type(value).__name__}")
    try:
        return enum_type(value)
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a {enum_type.__name__}") from None


def uuid_argument(name: str, value: Any, *, required: bool) -> Any:
    """A UUID argument: a ``UUID``, or a ``str`` that is exactly one."""
    if not required and isinstance(value, Unset):
        return value
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a UUID, got {type(value).__name__}")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueError(f"{name} is not a UUID") from None


def copy_json(value: Any) -> Any:
    """A copy of a JSON value's containers, so a document written back is never shared."""
    # Copy each container whole, then replace only the nested containers: most values
    # are scalars, and this keeps the per-value work in C.
    kind = type(value)
    if kind is dict:
        copied = value.copy()
        for key, item in copied.items():
            if type(item) is dict or type(item) is list:
                copied[key] = copy_json(item)
        return copied
    if kind is list:
        copied_list = value.copy()
        for index, item in enumerate(copied_list):
            if type(item) is dict or type(item) is list:
                copied_list[index] = copy_json(item)
        return copied_list
    return value


# JSON decoding in one place: orjson when the ``speedups`` extra is installed, else the
# standard library, with the same result either way. orjson reads integers beyond 64 bits
# as floats, so a body with a run of 19 digits or more goes to the standard library; so
# does any body orjson refuses (NaN/Infinity, UTF-16/32, a byte-order mark, lone
# surrogates), which also makes the standard library raise the error for invalid JSON.
# Every digit to "0": a 64-bit integer has at most 19 digits, and one of 19 or more may
# not fit (a 19-digit run inside a string or a float only costs the fast path).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_MAYBE_BEYOND_64_BITS = b"0" * 19


@functools.cache
def _orjson_loads() -> Callable[[bytes], Any] | None:
    # Imported on first use, not with the package, to keep `import` cheap; by name, so that
    # mypy --strict passes where orjson is not installed (a vendored copy, say).
    try:
        orjson = importlib.import_module("orjson")
    except ImportError:
        return None
    loads: Callable[[bytes], Any] = orjson.loads
    return loads


def decode_json(content: bytes | str) -> Any:
    """The Python value of a JSON document (a response body)."""
    fast = _orjson_loads()
    if fast is not None and type(content) is bytes and _MAYBE_BEYOND_64_BITS not in content.translate(_DIGITS_AS_ZERO):
        try:
            return fast(content)
        except ValueError:  # orjson.JSONDecodeError: let the standard library decide
            pass
    return json.loads(content)


class UnknownVariant:
    """A ``oneOf`` value matching none of the variants this SDK was generated with (one the
    server added later). Kept as sent, so reading it never fails and ``to_dict()`` writes
    it back unchanged; ``data`` holds the JSON object."""

    __slots__ = ("data",)
    is_unknown = True

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data: dict[str, Any] = dict(data)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as the server sent it (a copy)."""
        copied: dict[str, Any] = copy_json(self.data)
        return copied

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnknownVariant) and self.data == other.data

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"UnknownVariant(keys={sorted(self.data)})"


def untouched_dict(raw: Mapping[str, Any], known_keys: frozenset[str]) -> dict[str, Any]:
    """A parsed document written back as it came, less its ``null`` known fields (absent)."""
    copied: dict[str, Any] = copy_json(raw if type(raw) is dict else dict(raw))
    for key in [key for key, value in copied.items() if value is None and key in known_keys]:
        del copied[key]
    return copied


def mark_touched(instance: Any, attribute: Any, value: Any) -> Any:
    """attrs on_setattr hook of every model: once the caller sets a field, to_dict must
    serialise the fields rather than copy the parsed document."""
    object.__setattr__(instance, "_touched", True)
    return value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint. ``status_code`` is a plain int, so a status outside
    ``http.HTTPStatus`` (a proxy's 499, say) does not raise."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(
        self, *, status_code: int, content: bytes, headers: MutableMapping[str, str], parsed: T | None
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code}, parsed={type(self.parsed).__name__})"


__all__ = [
    "PARSED_UNSET",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnknownVariant",
    "Unset",
    "check_argument",
    "copy_json",
    "decode_json",
    "enum_argument",
    "mark_touched",
    "path_segment",
    "untouched_dict",
    "uuid_argument",
]
