"""Shared types for properties."""

import datetime
import functools
import importlib
import json
import math
import re
import reprlib
import threading
import uuid
import warnings
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from contextvars import ContextVar
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, SupportsIndex, TypeVar
from urllib.parse import quote

from .errors import MissingRequiredFieldError, ModelParseError, RequestValidationError, UnsetFieldError

# Plain classes rather than attrs here and in client.py: endpoint modules import only
# these two, so importing an endpoint costs no attrs import (models still use attrs).


class Unset:
    """The type of ``UNSET``: a field that is absent from the JSON document."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # the singleton again, from copy.deepcopy and pickle (checks are `is UNSET`)


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


def _bounded(value: Any, limit: int = 60) -> str:
    """A caller's value in a message, cut short: it may be long, or something secret put in the wrong field."""
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 5] + "...'"


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
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{name} is not valid text (it contains a lone surrogate)") from None


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
        raise ValueError(f"{name}: {_bounded(value)} is not a {enum_type.__name__}") from None


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
    try:
        return json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise
    except ValueError:
        # An integer of more digits than Python reads (int_max_str_digits): not a document
        # this process can hold, reported as the invalid JSON its callers handle.
        raise json.JSONDecodeError("an integer with more digits than can be read", "", 0) from None


@functools.cache
def _orjson_dumps() -> Callable[[Any], bytes] | None:
    try:
        orjson = importlib.import_module("orjson")
    except ImportError:
        return None
    # Types the standard library refuses stay refused (orjson would write them).
    option = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
    return functools.partial(orjson.dumps, option=option)


def encode_json(value: Any) -> bytes:
    """A request body's JSON text, as httpx writes it (compact, UTF-8, no NaN): orjson when
    the ``speedups`` extra is installed, which writes the same values (a float may be
    spelled differently: ``1e16`` for ``1e+16``); the standard library for what orjson
    refuses (an integer beyond 64 bits, a key that is not a string, a lone surrogate).
    Request bodies reach here checked, so NaN and infinity (orjson's ``null``) never do."""
    fast = _orjson_dumps()
    if fast is not None:
        try:
            # Copied to its own size: orjson's bytes keep a 4 KB buffer, for as long as the
            # request (and its retries) holds the body.
            return bytes(memoryview(fast(value)))
        except TypeError:  # orjson.JSONEncodeError
            pass
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except ValueError:  # UnicodeEncodeError too: a body the facade's check did not see (the low-level API's)
        _check_writable("body", value)  # a RequestValidationError naming where, when it finds why
        raise


# ---------------------------------------------------------------------------------------
# Tolerant reads: the response direction. A value of another JSON type than the spec's is
# read as the spec's type when that loses nothing (the spec's own examples answer
# `{"id": 1234567890}` for a string id); anything else is a ModelParseError naming the
# model and field. Under `strict_reads()` (a client's `strict_responses=True`) these
# readings are refused too. One table, used by every parse path: the generated one-pass
# parse, the field-by-field parse of a PartialDocument, lists of scalars and enums.
# ---------------------------------------------------------------------------------------

_REFUSED: Any = object()
# Integers a float holds exactly: beyond 2**53 an integral float may stand for any of
# several integers the server meant.
_EXACT_IN_FLOAT = 2**53
# JSON's grammar for an integer and for a number, ASCII digits only (int() would take
# " 5", "+5", "1_000" and other scripts' digits).
_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def _text_of(value: Any) -> Any:
    # A JSON integer's decimal text is the integer exactly. Not a float: its text is not
    # unique (1.5, 1.50, 15e-1) and it may already have lost digits in decoding; not a bool.
    if type(value) is not int:
        return _REFUSED
    try:
        return str(value)
    except ValueError:  # beyond sys.get_int_max_str_digits()
        return _REFUSED


def _integer_of(value: Any) -> Any:
    # An integral float (5.0, what a server writing doubles sends) within the floats' exact
    # range, or the text of a JSON integer (how Google's JSON mapping of int64 writes one,
    # for JavaScript's sake). Not 1.5, not a bool.
    if type(value) is float:
        return int(value) if value.is_integer() and -_EXACT_IN_FLOAT <= value <= _EXACT_IN_FLOAT else _REFUSED
    if type(value) is str and _INTEGER_TEXT.fullmatch(value):
        try:
            return int(value)
        except ValueError:  # beyond sys.get_int_max_str_digits()
            return _REFUSED
    return _REFUSED


def _number_of(value: Any) -> Any:
    # The text of a JSON number: the value that number reads as (finite). Not a bool.
    if type(value) is str and _NUMBER_TEXT.fullmatch(value):
        try:
            number = json.loads(value)
        except ValueError:  # beyond sys.get_int_max_str_digits()
            return _REFUSED
        if type(number) is int or math.isfinite(number):
            return number
    return _REFUSED


# The spec's scalar type -> (its JSON name, the Python types that are exactly it, the
# reader of a value of another type: the value read, or _REFUSED). A bool is read as
# nothing else, and nothing is read as a bool: 0/1 and "true" are not unambiguous.
_READERS: dict[str, tuple[str, tuple[type, ...], Callable[[Any], Any]]] = {
    "str": ("string", (str,), _text_of),
    "int": ("integer", (int,), _integer_of),
    "float": ("number", (float, int), _number_of),
    "bool": ("boolean", (bool,), lambda value: _REFUSED),
}

# Set by `strict_reads()` for the span of a strict client's parse; a context variable, so
# per thread and per asyncio task: another client's parse never sees it.
_STRICT_READS: ContextVar[bool] = ContextVar("spotnana_strict_reads", default=False)


class strict_reads:  # noqa: N801 (used as a function: `with strict_reads():`)
    """Within it, a response value that is not exactly of the spec's type raises
    ``ModelParseError`` instead of being read as that type (see ``read_as``). Only the parse
    done inside is strict: read the result whole inside (``read_fully``)."""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _STRICT_READS.set(True)

    def __exit__(self, *exc_info: object) -> None:
        _STRICT_READS.reset(self._token)


def _read(kind: str, value: Any) -> Any:
    """``value`` (not exactly of the spec's type ``kind``) read as it, or a ValueError why not."""
    name, _, reader = _READERS[kind]
    read = reader(value)
    if read is _REFUSED:
        raise ValueError(f"expected {kind}, got {type(value).__name__}")
    if _STRICT_READS.get():
        raise ValueError(f"expected {kind}, got {type(value).__name__} (strict: a tolerant client reads it as {name})")
    return read


def read_as(kind: str, value: Any, model: str, key: str) -> Any:
    """A response field's value that is not exactly of its scalar type ``kind`` (the
    generated parse checks the type first; this is the rare path): read as that type when
    that loses nothing (see ``_READERS``), else ``ModelParseError`` naming model and field;
    ``None`` of a required field is ``MissingRequiredFieldError``."""
    if value is None:
        raise MissingRequiredFieldError(model, key)
    try:
        return _read(kind, value)
    except ValueError as exc:
        raise ModelParseError(f"{model}.{key}: {exc}") from None


def read_list_as(kind: str, value: Any, model: str, key: str) -> list[Any]:
    """A response field typed as a list of ``kind`` whose value is not exactly one: each
    item read as ``read_as`` reads a field (a new list: the document is left as sent)."""
    if value is None:
        raise MissingRequiredFieldError(model, key)
    if type(value) is not list:
        raise ModelParseError(f"{model}.{key}: expected list, got {type(value).__name__}")
    exact = _READERS[kind][1]
    items = list(value)
    for index, item in enumerate(items):
        if type(item) not in exact:
            try:
                items[index] = _read(kind, item)
            except ValueError as exc:
                raise ModelParseError(f"{model}.{key}[{index}]: {exc}") from None
    return items


# The types a list of each scalar kind may hold as they are (the generated parse's check).
ITEM_TYPES: dict[str, frozenset[type]] = {kind: frozenset(types) for kind, (_, types, _) in _READERS.items()}


# True while read_fully reads: the SDK's reads, not the caller's (a deprecated field warns
# once, when the caller reads it).
_READING_WHOLE: ContextVar[bool] = ContextVar("spotnana_reading_whole", default=False)


def read_fully(value: Any) -> None:
    """Read every field of a parsed response, recursively (lazy models parse now): what a
    strict client does inside ``strict_reads()``. A malformed value raises its
    ``ModelParseError`` here. Values other than models and lists (scalars, enum members,
    ``UnknownVariant``, additional properties) hold nothing to parse."""
    token = _READING_WHOLE.set(True)
    try:
        _read_fully(value)
    finally:
        _READING_WHOLE.reset(token)


def _read_fully(value: Any) -> None:
    if type(value) is list:
        for item in value:
            _read_fully(item)
        return
    if isinstance(value, (str, int, float, Unset, uuid.UUID, datetime.date, UnknownVariant, dict)):
        return  # also spares enum members the class lookup below (EnumType.__getattr__)
    fields = getattr(type(value), "_field_parsers", None)
    for name in fields or ():
        _read_fully(getattr(value, name))


_Member = TypeVar("_Member")


class EnumMembers(dict[Any, _Member]):
    """Value -> member of one generated enum (its ``_members``), for parsing: a known value
    costs one dict lookup; any other goes through the class, whose ``_missing_`` makes an
    unknown member (forward compatibility); a value of another JSON type is read as
    ``read_as`` reads a field (the number 5 of a string enum as "5"), or refused."""

    __slots__ = ("_enum", "_kind")

    def __init__(self, enum: Callable[[Any], _Member]) -> None:
        super().__init__((member.value, member) for member in enum)  # type: ignore[attr-defined]
        self._enum = enum
        self._kind = "str" if issubclass(enum, str) else "int"  # type: ignore[arg-type]

    def __missing__(self, value: Any) -> _Member:
        if type(value) not in _READERS[self._kind][1]:
            value = _read(self._kind, value)  # a ValueError, which the model names the field of
            if value in self:
                return self[value]
        return self._enum(value)


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


# ---------------------------------------------------------------------------------------
# Reading a model: its repr, its JSON text, and a field the caller requires. Every model
# class binds these (the template), so the rules live here once.
# ---------------------------------------------------------------------------------------


def _declared(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _shown_value(model: Any, name: str) -> Any:
    """A field's value for the repr: read as the caller would, but without the deprecation
    warning a read gives (showing a model is not using its deprecated fields)."""
    descriptor = _declared(type(model), name)
    if isinstance(descriptor, _DeprecatedField):
        try:
            return descriptor.slot_value(model)
        except AttributeError:  # a partly parsed model's field not parsed yet: parse it alone
            if isinstance(model, PartialDocument):
                return PartialDocument.__getattr__(model, name)  # type: ignore[attr-defined]
            raise
    return getattr(model, name)


@reprlib.recursive_repr("<...>")
def model_repr(model: Any) -> str:
    """``Event(id='42', name='Offsite', status=...)``: the fields that are set, in spec order,
    then ``additional_properties`` if the document had keys the spec does not list. Never
    raises: a malformed field shows as ``<malformed>``, a tree too deep as ``<too deep>``."""
    shown: list[str] = []
    try:
        for field in type(model).__attrs_attrs__:
            if not field.repr:
                continue
            try:
                value = _shown_value(model, field.name)
            except ModelParseError:
                shown.append(f"{field.name}=<malformed>")
                continue
            if value is UNSET or (field.name == "additional_properties" and not value):
                continue
            shown.append(f"{field.name}={value!r}")
    except RecursionError:
        shown.append("<too deep>")
    return f"{type(model).__name__}({', '.join(shown)})"


def model_to_json(model: Any, *, indent: int | None = 2) -> str:
    """The model's JSON text: ``to_dict()`` written out (``indent=None``: one line)."""
    return json.dumps(model.to_dict(), indent=indent, ensure_ascii=False)


def require_field(model: Any, name: str, /) -> Any:
    """The value of field ``name`` (its attribute name), narrowed: ``UnsetFieldError`` naming the
    model and the JSON key when the server left it out (absent or ``null``)."""
    parser = type(model)._field_parsers.get(name) if name != "additional_properties" else None
    if parser is None:
        raise AttributeError(f"{type(model).__name__} has no field {name!r}")
    value = getattr(model, name)
    if value is UNSET or value is None:
        raise UnsetFieldError(type(model).__name__, parser[0])
    return value


_Pass = Callable[[Any, Mapping[str, Any]], None]  # parses fields of a document into an instance


class LazyDocument:
    """The lazy variant of a model class (``lazy_variant``): what ``from_dict`` returns for a
    model not marked x-parse-at-once (a small one is parsed at once, which costs less).

    Nothing is parsed until a field is first read or set; ``to_dict`` of an instance still
    in this state copies the document. The first read or set parses every field into its
    slot in one pass and turns the instance into the plain model class: from then on its
    reads are plain slot reads, as fast as the stock generator's (the plain class has no
    ``__getattr__``). Nested models stay lazy until they are read in turn. A malformed
    value stops the pass and turns the instance into a ``PartialDocument``.

    Threads: reads are safe (a read meeting a parse waits for it). A field set by one thread
    while another's first read parses the model may be overwritten by the parse.
    """

    __slots__ = ()
    _parsed_class: ClassVar[type]
    _parse_document: ClassVar[_Pass]  # the fields not parsed yet, into an instance of _parsed_class
    _null_means_absent: ClassVar[frozenset[str]]
    _field_parsers: ClassVar[Mapping[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]  # the model's

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute

        def __getattribute__(self, name: str) -> Any:
            # Every read of a field parses the document first (a hook on every read rather
            # than on a missing slot: raising and catching AttributeError costs more). Other
            # names (the bookkeeping, methods such as to_dict, probes such as hasattr's or
            # copy's __deepcopy__) leave the instance lazy.
            if name not in type(self)._field_parsers:
                return object.__getattribute__(self, name)
            _materialise(self)
            return getattr(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        _materialise(self)
        setattr(self, name, value)

    def to_dict(self) -> dict[str, Any]:
        """The document as it came, less ``null`` optional fields (nothing was read or set)."""
        raw = getattr(self, "_raw", None)
        if raw is None:
            _materialise(self)
            document: dict[str, Any] = self.to_dict()
            return document
        return untouched_dict(raw, self._null_means_absent)

    def __eq__(self, other: object) -> bool:
        _materialise(self)
        return self == other

    def __repr__(self) -> str:
        # Shown from a throwaway parse of the document: logging a model leaves it as it was
        # (still lazy, its to_dict() still the document as sent), and never raises.
        with _CLASS_CHANGE:
            lazy = type(self)
            try:
                raw = object.__getattribute__(self, "_raw") if issubclass(lazy, LazyDocument) else None
            except AttributeError:  # made by the class's __init__ (attrs.evolve, say): nothing to parse
                raw = None
        if raw is None:  # parsed meanwhile by another thread, or nothing to parse
            _materialise(self)
            return model_repr(self)
        shown = lazy._parsed_class.from_dict(raw)  # type: ignore[attr-defined]
        _materialise(shown)
        return model_repr(shown)

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        _materialise(self)  # pickled as the plain class, which pickle finds by name
        return self.__reduce_ex__(protocol)


class LazyPageItem(LazyDocument):
    """The lazy variant of a page item (spec_fixes.PAGE_ITEM): the first read of a scalar
    field parses the scalar fields alone, so that reading the id and name of a hundred
    events does not parse their nested models; the instance is then a ``ScalarsParsed``."""

    __slots__ = ()
    _scalar_fields: ClassVar[frozenset[str]]
    _parse_scalars: ClassVar[_Pass]
    _scalars_parsed_class: ClassVar[type]

    if not TYPE_CHECKING:

        def __getattribute__(self, name: str) -> Any:
            if name not in type(self)._field_parsers:  # see LazyDocument
                return object.__getattribute__(self, name)
            # () when another thread changed the class since this read began
            if name in getattr(type(self), "_scalar_fields", ()) and _parsed_scalars(self):
                return getattr(self, name)
            _materialise(self)
            return getattr(self, name)


class ScalarsParsed(LazyDocument):
    """A page item whose scalar fields are parsed: they read as plain slots (the values
    handed out stay those of the model); the first read of another field, or a set, parses
    the rest (``_parse_document`` is the pass of the other fields)."""

    __slots__ = ()

    if not TYPE_CHECKING:
        __getattribute__ = object.__getattribute__

        def __getattr__(self, name: str) -> Any:  # a slot not filled yet: a nested field
            if name not in type(self)._field_parsers:  # a probe (hasattr, copy's), not a field
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            _materialise(self)
            return getattr(self, name)


class PartialDocument:
    """A model whose one-pass parse met a malformed value: it keeps its document, and the
    fields not parsed yet are parsed one by one on their first read (``_field_parsers``),
    so only reading the malformed field raises ``ModelParseError``, naming it."""

    __slots__ = ()
    _parsed_class: ClassVar[type]
    _field_parsers: ClassVar[Mapping[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            parser = type(self)._field_parsers.get(name)
            if parser is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            # Under the lock that a parse in progress holds: a reader in another thread waits
            # for it and reads the value the model keeps, not a copy of its own.
            with _CLASS_CHANGE:
                try:
                    return object.__getattribute__(self, name)  # filled meanwhile
                except AttributeError:
                    pass
                raw = object.__getattribute__(self, "_raw")
                key, parse = parser
                try:
                    value = parse(raw)
                except ModelParseError:
                    raise
                except KeyError as exc:
                    raise MissingRequiredFieldError(type(self).__name__, str(exc.args[0])) from None
                except (TypeError, ValueError, AttributeError) as exc:
                    raise ModelParseError(f"{type(self).__name__}.{key}: {type(exc).__name__}: {exc}") from exc
                object.__setattr__(self, name, value)
                return value

    def to_dict(self) -> dict[str, Any]:
        """The document as it came while the fields held are those it holds (read, not
        changed): the malformed value is written back as sent. Once the caller changed a
        field, the fields are serialised, and the malformed one raises ``ModelParseError``."""
        raw = object.__getattribute__(self, "_raw")
        if raw is None or self._changed(raw):
            document: dict[str, Any] = self._parsed_class.to_dict(self)  # type: ignore[attr-defined]
            return document
        return untouched_dict(raw, self._parsed_class._null_means_absent)  # type: ignore[attr-defined]

    def _changed(self, raw: Mapping[str, Any]) -> bool:
        for name, (key, parse) in type(self)._field_parsers.items():
            try:
                held = object.__getattribute__(self, name)
            except AttributeError:
                continue  # never read: as in the document
            if name != "additional_properties" and _as_sent(held, raw.get(key)):
                continue
            try:
                fresh = parse(raw)
                if held is not fresh and held != fresh:  # `is`: a NaN read as sent is unchanged
                    return True
            except Exception:  # a value the document's does not parse to, or a malformed model
                return True
        return False

    def __repr__(self) -> str:
        # Never raises (a malformed field shows as <malformed>), so that logging a page with
        # one malformed item still works.
        return model_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, self._parsed_class):
            return NotImplemented
        fields = [field.name for field in type(self).__attrs_attrs__ if field.eq]  # type: ignore[attr-defined]
        return all(getattr(self, name) == getattr(other, name) for name in fields)

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        for field in type(self).__attrs_attrs__:  # type: ignore[attr-defined]
            getattr(self, field.name)  # the malformed one raises, as repr() does
        object.__setattr__(self, "__class__", self._parsed_class)
        return self.__reduce_ex__(protocol)


def _as_sent(held: Any, sent: Any) -> bool:
    """Whether a nested model (or list of them) still stands for the document's own value
    unchanged, without comparing: one not parsed yet, or a partial one not changed."""
    if type(held) is list:
        return type(sent) is list and len(held) == len(sent) and all(map(_as_sent, held, sent))
    if isinstance(held, (LazyDocument, PartialDocument)):
        try:
            raw = object.__getattribute__(held, "_raw")
        except AttributeError:
            return False
        return raw is sent and (isinstance(held, LazyDocument) or not held._changed(raw))
    return False


# Made on first need (a malformed document is rare, and each class costs import time).
_PARTIAL_VARIANTS: dict[type, type] = {}


def _partial_variant(parsed: type) -> type:
    partial = _PARTIAL_VARIANTS.get(parsed)
    if partial is None:
        parsers = parsed._field_parsers  # type: ignore[attr-defined]
        namespace = {"__slots__": (), "_parsed_class": parsed, "_field_parsers": parsers}
        partial = _PARTIAL_VARIANTS.setdefault(parsed, _variant(PartialDocument, parsed, namespace))
    return partial


def parsed_in_part(instance: Any, document: Mapping[str, Any]) -> Any:
    """An instance of a model class (or a caller's subclass) whose one-pass parse failed,
    turned into its PartialDocument."""
    object.__setattr__(instance, "__class__", _partial_variant(type(instance)))
    object.__setattr__(instance, "_raw", document)
    return instance


# Lazy instances change class one at a time, each change decided on the class found
# inside the lock: a thread that read the old class acts on what is there now. Reentrant:
# a parse may read a field of the instance it parses.
_CLASS_CHANGE = threading.RLock()


def _parsing_class(parsed: type) -> type:
    # A lazy instance is parsed as its PartialDocument: its slot stores are plain stores, and
    # another thread reading meanwhile parses the field it reads rather than meeting an
    # empty slot. It stays one if a value is malformed.
    return _PARTIAL_VARIANTS.get(parsed) or _partial_variant(parsed)


def _materialise(instance: Any) -> None:
    """Parse the fields of a lazy instance not parsed yet and turn it into its plain class."""
    with _CLASS_CHANGE:
        lazy = type(instance)
        if not issubclass(lazy, LazyDocument):
            return  # another thread got there first
        parsed = lazy._parsed_class
        try:
            raw = object.__getattribute__(instance, "_raw")
        except AttributeError:  # made by the class's __init__ (attrs.evolve, say): nothing to parse
            raw = None
        if raw is None:
            object.__setattr__(instance, "__class__", parsed)
            return
        object.__setattr__(instance, "__class__", _parsing_class(parsed))
        try:
            lazy._parse_document(instance, raw)
        except Exception:
            return
        object.__setattr__(instance, "__class__", parsed)
        instance._raw = None


def _parsed_scalars(instance: Any) -> bool:
    """A page item's scalar pass (see LazyPageItem); False if a value is malformed."""
    with _CLASS_CHANGE:
        lazy = type(instance)
        if not issubclass(lazy, LazyPageItem):
            return True  # another thread got there first
        object.__setattr__(instance, "__class__", _parsing_class(lazy._parsed_class))
        try:
            lazy._parse_scalars(instance, object.__getattribute__(instance, "_raw"))
        except Exception:
            object.__setattr__(instance, "__class__", lazy)  # the whole pass decides
            return False
        object.__setattr__(instance, "__class__", lazy._scalars_parsed_class)
        return True


_Model = TypeVar("_Model")


def _variant(kind: type, parsed: type, namespace: dict[str, Any]) -> type:
    """A subclass of ``parsed`` bearing its name, so messages and reprs never show it."""
    namespace.update(__module__=parsed.__module__, __qualname__=parsed.__qualname__, __doc__=parsed.__doc__)
    return type(parsed.__name__, (kind, parsed), namespace)


def lazy_variant(
    parsed: type[_Model],
    parse_document: _Pass,
    scalars: tuple[tuple[str, ...], _Pass, _Pass] | None = None,
) -> type[_Model]:
    """The class ``parsed.from_dict`` makes instances of: see ``LazyDocument``. For a page
    item, ``scalars`` is (scalar field names, their pass, the pass of the others)."""
    namespace: dict[str, Any] = {
        "__slots__": (),
        "_parsed_class": parsed,
        "_parse_document": staticmethod(parse_document),
    }
    if scalars is None:
        lazy: type[_Model] = _variant(LazyDocument, parsed, namespace)
        return lazy
    names, parse_scalars, parse_others = scalars
    rest = {**namespace, "_parse_document": staticmethod(parse_others)}
    namespace.update(
        _scalar_fields=frozenset(names),
        _parse_scalars=staticmethod(parse_scalars),
        _scalars_parsed_class=_variant(ScalarsParsed, parsed, rest),
    )
    page_item: type[_Model] = _variant(LazyPageItem, parsed, namespace)
    return page_item


# ---------------------------------------------------------------------------------------
# Request bodies: the strict direction. Responses stay tolerant (unknown keys and enum
# values are kept); a body leaving this process must fit the spec exactly. Each model
# class carries `_json_fields`, generated from the spec: JSON key -> (attribute, required,
# shape, constraints). A shape is a tuple: ("str",), ("int",), ("float",), ("bool",),
# ("any",), ("null",), ("uuid",), ("date",), ("datetime",), ("const", value),
# ("enum", module, class), ("model", module, class), ("list", item shape),
# ("union", (variant shapes...)).
# ---------------------------------------------------------------------------------------

_JSON_NAMES = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array", dict: "object"}
_SCALARS: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}
_SCALAR_NAMES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
_ENUM_VALUES_SHOWN = 12


def _json_type(value: Any) -> str:
    return "null" if value is None else _JSON_NAMES.get(type(value), type(value).__name__)


@functools.cache
def _model_class(module: str, name: str) -> Any:
    package = __name__.rpartition(".")[0]
    return getattr(importlib.import_module(f"{package}.models.{module}"), name)


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _closest(key: str, known: Mapping[str, Any]) -> str:
    lowered = {name.lower(): name for name in known}
    import difflib  # deferred: only a misspelt key needs it (keeps `import spotnana_events` cheap)

    match = lowered.get(key.lower()) or next(iter(difflib.get_close_matches(key, list(known), n=1)), None)
    return f" (did you mean {match!r}?)" if match else ""


def _check_constraints(where: str, value: Any, constraints: Mapping[str, Any]) -> None:
    if type(value) is str:
        pattern = constraints.get("pattern")
        if pattern is not None and not _pattern(pattern).search(value):
            raise RequestValidationError(where, f"does not match the pattern {pattern}")
        if "maxLength" in constraints and len(value) > constraints["maxLength"]:
            raise RequestValidationError(where, f"longer than {constraints['maxLength']} characters")
        if "minLength" in constraints and len(value) < constraints["minLength"]:
            raise RequestValidationError(where, f"shorter than {constraints['minLength']} characters")
    elif type(value) is list:
        if "maxItems" in constraints and len(value) > constraints["maxItems"]:
            raise RequestValidationError(where, f"{len(value)} items, at most {constraints['maxItems']} allowed")
        if "minItems" in constraints and len(value) < constraints["minItems"]:
            raise RequestValidationError(where, f"{len(value)} items, at least {constraints['minItems']} required")
    elif type(value) in (int, float):
        if "minimum" in constraints and value < constraints["minimum"]:
            raise RequestValidationError(where, f"{value} is less than the minimum {constraints['minimum']}")
        if "maximum" in constraints and value > constraints["maximum"]:
            raise RequestValidationError(where, f"{value} is more than the maximum {constraints['maximum']}")


def _values_shown(enum_type: Any) -> str:
    values = list(enum_type._value2member_map_)
    return ", ".join(repr(v) for v in values[:_ENUM_VALUES_SHOWN]) + (
        ", ..." if len(values) > _ENUM_VALUES_SHOWN else ""
    )


def _check_enum(where: str, value: Any, module: str, name: str) -> None:
    enum_type = _model_class(module, name)
    base = str if issubclass(enum_type, str) else int
    if type(value) is not base and not (isinstance(value, enum_type) and not value.is_unknown):
        raise RequestValidationError(
            where, f"expected a {name} ({_SCALAR_NAMES[base.__name__]}), got {_json_type(value)}"
        )
    if value not in enum_type._value2member_map_:
        raise RequestValidationError(
            where, f"{_bounded(value)} is not a value of {name} (one of {_values_shown(enum_type)})"
        )


def enum_field(value: Any, enum_type: Any, model: str, name: str, *, required: bool = False) -> Any:
    """A caller's value for an enum field, converted by the model's ``__init__`` so that
    ``to_dict()`` writes what the facade would send: a member as it is (an unknown one made
    on purpose too); a plain ``str`` (``int``) that is exactly one of the values, its member.
    Anything else is refused there, naming the field and the values: a ``TypeError`` for
    another type (``UNSET`` for a required field too), a ``ValueError`` for a value the enum
    does not list."""
    if isinstance(value, enum_type) or (not required and isinstance(value, Unset)):
        return value
    base = str if issubclass(enum_type, str) else int
    if type(value) is not base:
        raise TypeError(
            f"{model}.{name} must be a {enum_type.__name__} or one of its values ({_values_shown(enum_type)}), "
            f"got {type(value).__name__}"
        )
    member = enum_type._value2member_map_.get(value)
    if member is None:
        raise ValueError(
            f"{model}.{name}: {_bounded(value)} is not a value of {enum_type.__name__} (one of {_values_shown(enum_type)})"
        )
    return member


def enum_list_field(value: Any, enum_type: Any, model: str, name: str, *, required: bool = False) -> Any:
    """A caller's value for a list of enums: each item as ``enum_field`` converts one (a
    list is converted in place, as the facade converts a body's; another sequence into a
    new list)."""
    if not required and isinstance(value, Unset):
        return value
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"{model}.{name} must be a list of {enum_type.__name__}, got {type(value).__name__}")
    items = value if type(value) is list else list(value)
    for index, item in enumerate(items):
        member = enum_field(item, enum_type, model, f"{name}[{index}]")
        if member is not item:
            items[index] = member
    return items


def _check_value(where: str, shape: tuple[Any, ...], value: Any, unknown_keys: bool) -> None:
    kind = shape[0]
    if kind in _SCALARS:
        if not isinstance(value, _SCALARS[kind]) or (type(value) is bool and kind != "bool"):
            raise RequestValidationError(where, f"expected {_SCALAR_NAMES[kind]}, got {_json_type(value)}")
        if type(value) is float and not math.isfinite(value):
            # json.dumps would write NaN/Infinity, which is not JSON: no server reads it as meant.
            raise RequestValidationError(where, f"{value} is not a JSON number (NaN and infinity have none)")
        _check_writable(where, value)
    elif kind == "model":
        check_request_json(_model_class(shape[1], shape[2]), value, where, unknown_keys=unknown_keys)
    elif kind == "list":
        if type(value) is not list:
            raise RequestValidationError(where, f"expected array, got {_json_type(value)}")
        for index, item in enumerate(value):
            _check_value(f"{where}[{index}]", shape[1], item, unknown_keys)
    elif kind == "enum":
        _check_enum(where, value, shape[1], shape[2])
    elif kind == "union":
        failures: list[RequestValidationError] = []
        for variant in shape[1]:
            try:
                _check_value(where, variant, value, unknown_keys)
            except RequestValidationError as exc:
                failures.append(exc)
            else:
                return
        # A variant that failed inside the value (not at its own keys) is the one the caller
        # meant: its problem alone is the useful message, not every variant's refusal.
        inside = [exc for exc in failures if exc.path.startswith((where + ".", where + "["))]
        if len(inside) == 1:
            raise inside[0]
        problems = [str(exc).removeprefix(where).lstrip(" :") for exc in failures]
        raise RequestValidationError(where, "fits none of the allowed types: " + "; ".join(problems))
    elif kind == "null":
        if value is not None:
            raise RequestValidationError(where, f"expected null, got {_json_type(value)}")
    elif kind == "const":
        if type(value) is not type(shape[1]) or value != shape[1]:
            raise RequestValidationError(where, f"expected {shape[1]!r}, got {_bounded(value)}")
    elif kind in ("uuid", "date", "datetime"):
        _check_text_value(where, kind, value)
    elif kind == "any":
        _check_writable(where, value)


# Beyond this an integer may be too long for Python to write as text (int_max_str_digits,
# 4300 digits by default): only then is writing it tried.
_WRITABLE_FOR_SURE = 10**600


def _check_writable(where: str, value: Any) -> None:
    """Refuse a value no JSON encoder can write, before anything is sent: a string with a lone
    surrogate (no UTF-8 for it), an integer with more digits than Python writes as text."""
    if isinstance(value, str):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise RequestValidationError(
                    where, f"is not valid text: a lone surrogate at index {exc.start} (no UTF-8 for it)"
                ) from None
    elif type(value) is float and not math.isfinite(value):
        raise RequestValidationError(where, f"{value} is not a JSON number (NaN and infinity have none)")
    elif isinstance(value, int) and not -_WRITABLE_FOR_SURE < value < _WRITABLE_FOR_SURE:
        try:
            int.__repr__(value)
        except ValueError:
            digits = int(value.bit_length() * 0.30103) + 1
            raise RequestValidationError(
                where, f"an integer of about {digits} digits, more than can be written as JSON text"
            ) from None
    elif type(value) is dict:
        for key, item in value.items():
            _check_writable(where, key)
            _check_writable(f"{where}.{key}", item)
    elif type(value) is list:
        for index, item in enumerate(value):
            _check_writable(f"{where}[{index}]", item)


def _check_text_value(where: str, kind: str, value: Any) -> None:
    if type(value) is not str:
        raise RequestValidationError(where, f"expected a {kind} string, got {_json_type(value)}")
    try:
        if kind == "uuid":
            uuid.UUID(value)
        elif kind == "date":
            datetime.date.fromisoformat(value)
        else:
            datetime.datetime.fromisoformat(value)
    except ValueError:
        raise RequestValidationError(where, f"is not a valid {kind}") from None


def check_request_json(model: type, document: Any, where: str | None = None, *, unknown_keys: bool = False) -> None:
    """Refuse a JSON document that does not fit ``model`` exactly, the way a request body must:
    no unknown key (the closest known one is suggested), every value of its JSON type, enum
    values the spec lists, the spec's patterns, bounds and item counts. Raises
    ``RequestValidationError`` naming the model and the JSON path. ``null`` for an optional
    key means absent, as when reading. ``unknown_keys=True`` lets keys the spec does not
    list pass (a document that may come from a later spec)."""
    where = where or model.__name__
    if not isinstance(document, Mapping):
        raise RequestValidationError(where, f"expected a JSON object ({model.__name__}), got {_json_type(document)}")
    fields: Mapping[str, tuple[str, bool, tuple[Any, ...], Mapping[str, Any] | None]] = model._json_fields  # type: ignore[attr-defined]
    label = where if where == model.__name__ else f"{where} ({model.__name__})"
    for key in () if unknown_keys else document:
        if key not in fields:
            raise RequestValidationError(label, f"unknown key {key!r}{_closest(str(key), fields)}")
    for key, (_, required, shape, constraints) in fields.items():
        value = document.get(key, UNSET)
        if value is UNSET or (value is None and not required):
            if required:
                raise RequestValidationError(label, f"required key {key!r} is missing")
            continue
        _check_value(f"{where}.{key}", shape, value, unknown_keys)
        if constraints:
            _check_constraints(f"{where}.{key}", value, constraints)


def _prepare_value(where: str, shape: tuple[Any, ...], value: Any) -> Any:
    # Python values a caller may give that to_dict() cannot serialise as such: a str for an
    # enum (converted to the member exactly), a str for a UUID or date, a dict for a model.
    kind = shape[0]
    if value is None or isinstance(value, Unset):
        return value
    if kind == "enum":
        enum_type = _model_class(shape[1], shape[2])
        if isinstance(value, enum_type):
            return value
        _check_enum(where, value, shape[1], shape[2])
        return enum_type(value)
    if kind == "model":
        model = _model_class(shape[1], shape[2])
        if isinstance(value, Mapping):
            check_request_json(model, value, where)
            return model.from_dict(copy_json(dict(value)))
        if isinstance(value, model):
            _prepare_instance(value, where)
        elif not isinstance(value, UnknownVariant):
            raise RequestValidationError(where, f"expected a {shape[2]}, got {type(value).__name__}")
        return value
    if kind == "list" and type(value) is list:
        for index, item in enumerate(value):
            prepared = _prepare_value(f"{where}[{index}]", shape[1], item)
            if prepared is not item:
                value[index] = prepared
        return value
    if kind == "union":
        for variant in shape[1]:
            if variant[0] == "model" and isinstance(value, _model_class(variant[1], variant[2])):
                return _prepare_value(where, variant, value)
        return value
    if kind == "uuid" and not isinstance(value, uuid.UUID):
        _check_text_value(where, kind, value)
        return uuid.UUID(value)
    if kind in ("date", "datetime") and not isinstance(value, datetime.date):
        _check_text_value(where, kind, value)
        return datetime.date.fromisoformat(value) if kind == "date" else datetime.datetime.fromisoformat(value)
    return value


def _prepare_instance(instance: Any, where: str) -> None:
    if isinstance(instance, LazyDocument):
        return  # a parsed document nobody changed: checked as JSON
    for key, (attribute, _, shape, _) in type(instance)._json_fields.items():
        value = getattr(instance, attribute)
        prepared = _prepare_value(f"{where}.{key}", shape, value)
        if prepared is not value:
            setattr(instance, attribute, prepared)


# Set while to_dict_prepared writes a model it converted: a second failure below it is not
# one that converting fixes (no endless retry).
_PREPARED: ContextVar[bool] = ContextVar("spotnana_prepared", default=False)


def to_dict_prepared(instance: Any, error: AttributeError) -> dict[str, Any]:
    """``to_dict()`` of a model whose fields hold values the caller set in another form than
    the field's type (a ``str`` for an enum or a date, a dict for a model; the ``__init__``
    converts enum values, a later assignment does not): converted as the facade converts a
    body (``RequestValidationError`` naming the field when one cannot be), then written."""
    if _PREPARED.get():
        raise error
    _prepare_instance(instance, type(instance).__name__)
    token = _PREPARED.set(True)
    try:
        document: dict[str, Any] = instance.to_dict()
    finally:
        _PREPARED.reset(token)
    return document


def request_json(name: str, body: Any, model: type) -> dict[str, Any]:
    """The JSON document of a request body, a ``model`` instance or a plain mapping, checked
    strictly (see ``check_request_json``) before anything is sent."""
    try:
        return _request_json(name, body, model)
    except RecursionError:
        # No spec document nests this deep; the check (and json.dumps) would overflow the stack.
        raise RequestValidationError(model.__name__, "is nested too deeply to be a valid body") from None


def _request_json(name: str, body: Any, model: type) -> dict[str, Any]:
    if isinstance(body, model):
        _prepare_instance(body, model.__name__)
        try:
            document: dict[str, Any] = body.to_dict()  # type: ignore[attr-defined]
        except (AttributeError, TypeError, ValueError) as exc:
            raise RequestValidationError(model.__name__, f"cannot be serialised: {exc}") from None
    elif isinstance(body, Mapping) and not hasattr(body, "to_dict"):
        document = copy_json(dict(body))
    else:
        raise TypeError(f"{name} must be a {model.__name__} or a dict, got {type(body).__name__}")
    check_request_json(model, document)
    return document


# ---------------------------------------------------------------------------------------
# Deprecated fields (the spec's `deprecated` + `x-sunset`). The attrs slot of such a field
# is wrapped once the class exists, so other fields keep plain slot access.
# ---------------------------------------------------------------------------------------


class _DeprecatedField:
    """Warns once per field, when a value is read or given by the caller."""

    __slots__ = ("_raw_slot", "_slot", "message", "warned")

    def __init__(self, slot: Any, raw_slot: Any, message: str) -> None:
        self._slot = slot
        self._raw_slot = raw_slot
        self.message = message
        self.warned = False

    def _warn(self) -> None:
        self.warned = True
        warnings.warn(self.message, DeprecationWarning, stacklevel=3)

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        value = self._slot.__get__(instance, owner)
        if not self.warned and value is not UNSET and not _READING_WHOLE.get():
            self._warn()
        return value

    def slot_value(self, instance: Any) -> Any:
        """The value, without warning (``AttributeError`` if the slot is empty)."""
        return self._slot.__get__(instance, type(instance))

    def __set__(self, instance: Any, value: Any) -> None:
        # A set while the instance has a document is the model parsing it (the read warns).
        if not self.warned and value is not UNSET:
            try:
                parsing = self._raw_slot.__get__(instance, type(instance)) is not None
            except AttributeError:
                parsing = False
            if not parsing:
                self._warn()
        self._slot.__set__(instance, value)


def deprecate_fields(cls: type, fields: Mapping[str, tuple[str, str]]) -> None:
    """Wrap each deprecated field (attribute -> (JSON key, sunset date)) of a model class."""
    for attribute, (key, sunset) in fields.items():
        message = f"{cls.__name__}.{key} is deprecated (sunset {sunset})"
        setattr(cls, attribute, _DeprecatedField(cls.__dict__[attribute], cls.__dict__["_raw"], message))


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
    "ITEM_TYPES",
    "PARSED_UNSET",
    "UNSET",
    "EnumMembers",
    "File",
    "FileTypes",
    "LazyDocument",
    "LazyPageItem",
    "PartialDocument",
    "RequestFiles",
    "Response",
    "ScalarsParsed",
    "UnknownVariant",
    "Unset",
    "check_argument",
    "check_request_json",
    "copy_json",
    "decode_json",
    "deprecate_fields",
    "encode_json",
    "enum_argument",
    "enum_field",
    "enum_list_field",
    "lazy_variant",
    "model_repr",
    "model_to_json",
    "parsed_in_part",
    "path_segment",
    "read_as",
    "read_fully",
    "read_list_as",
    "request_json",
    "require_field",
    "strict_reads",
    "to_dict_prepared",
    "untouched_dict",
    "uuid_argument",
]
