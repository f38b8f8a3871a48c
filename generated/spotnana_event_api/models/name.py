from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.name_suffix import NameSuffix
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

T = TypeVar("T", bound="Name")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "family1",
        "given",
        "family2",
        "middle",
        "suffix",
        "preferred",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "family1",
        "given",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "family1": ("family1", True, ("str",), None),
    "given": ("given", True, ("str",), None),
    "family2": ("family2", False, ("str",), None),
    "middle": ("middle", False, ("str",), None),
    "suffix": ("suffix", False, ("enum", "name_suffix", "NameSuffix"), None),
    "preferred": ("preferred", False, ("str",), None),
}


def _enum_suffix(value: NameSuffix | str | Unset) -> NameSuffix | Unset:
    converted: NameSuffix | Unset = enum_field(value, NameSuffix, "Name", "suffix")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class Name:
    """
    Attributes:
        family1 (str): JSON ``family1``; example Gandas.
        given (str): JSON ``given``; example Vichitr.
        family2 (str | Unset): JSON ``family2``; example FamilyTwo.
        middle (str | Unset): JSON ``middle``; example Kumar.
        suffix (NameSuffix | Unset): JSON ``suffix``; example SR; one of NAME_SUFFIX_UNKNOWN, SR, JR, MD, PHD, II, III,
            IV, DO, ATTY, V, VI, ESQ, DC, DDS, VM, JD, SECOND, THIRD.
        preferred (str | Unset): JSON ``preferred``; example Don.
    """

    family1: str
    given: str
    family2: str | Unset = UNSET
    middle: str | Unset = UNSET
    suffix: NameSuffix | Unset = _attrs_field(default=UNSET, converter=_enum_suffix)
    preferred: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON document of an instance from from_dict while some fields are not parsed yet
    # (see types.LazyDocument, types.PartialDocument); None once they are, and for an
    # instance built by the caller.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)
    # attribute -> (JSON key, parser) of each field, and the keys whose null is absent, for
    # types.PartialDocument (set below).
    _field_parsers: ClassVar[dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]
    _null_means_absent: ClassVar[frozenset[str]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the spec's keys in spec order, then any key the spec does not list.
        An instance from ``from_dict`` whose fields were never read or set writes back the
        document it was parsed from, in the server's order (a copy, less ``null`` optional
        fields)."""
        try:
            family1 = self.family1

            given = self.given

            family2 = self.family2

            middle = self.middle

            suffix: str | Unset = UNSET
            if not isinstance(self.suffix, Unset):
                suffix = self.suffix.value

            preferred = self.preferred

            field_dict: dict[str, Any] = {}
            field_dict["family1"] = family1
            field_dict["given"] = given
            if family2 is not UNSET:
                field_dict["family2"] = family2
            if middle is not UNSET:
                field_dict["middle"] = middle
            if suffix is not UNSET:
                field_dict["suffix"] = suffix
            if preferred is not UNSET:
                field_dict["preferred"] = preferred
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    if TYPE_CHECKING:

        @overload
        def require(self, name: Literal["family2"], /) -> str: ...
        @overload
        def require(self, name: Literal["middle"], /) -> str: ...
        @overload
        def require(self, name: Literal["suffix"], /) -> NameSuffix: ...
        @overload
        def require(self, name: Literal["preferred"], /) -> str: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"Name: expected a JSON object, got {type(src_dict).__name__}")
        if not ("family1" in src_dict and "given" in src_dict):
            raise MissingRequiredFieldError("Name", min(_REQUIRED_KEYS - src_dict.keys()))
        instance = cls.__new__(cls)
        instance._raw = src_dict  # while parsing: a deprecated field set now is not the caller's
        try:
            _parse_document(instance, src_dict)
        except Exception:  # only reading the malformed field will raise (types.PartialDocument)
            parsed_in_part(instance, src_dict)
            return instance
        instance._raw = None
        return instance

    @classmethod
    def from_request(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a request body after checking it strictly, as the SDK checks bodies it sends:
        ``RequestValidationError`` names an unknown key (and the closest known one), a
        value of the wrong JSON type, an enum value the spec does not list, a broken
        pattern or bound. Responses go through the tolerant ``from_dict``."""
        check_request_json(cls, src_dict)
        return cls.from_dict(src_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_family1(d: Mapping[str, Any]) -> str:
    family1: str = d["family1"]
    if type(family1) is not str:
        family1 = read_as("str", family1, "Name", "family1")

    return family1


def _parse_given(d: Mapping[str, Any]) -> str:
    given: str = d["given"]
    if type(given) is not str:
        given = read_as("str", given, "Name", "given")

    return given


def _parse_family2(d: Mapping[str, Any]) -> str | Unset:
    family2: str | Unset = _v if (_v := d.get("family2")) is not None else PARSED_UNSET
    if family2 is not UNSET and (type(family2) is not str):
        family2 = read_as("str", family2, "Name", "family2")

    return family2


def _parse_middle(d: Mapping[str, Any]) -> str | Unset:
    middle: str | Unset = _v if (_v := d.get("middle")) is not None else PARSED_UNSET
    if middle is not UNSET and (type(middle) is not str):
        middle = read_as("str", middle, "Name", "middle")

    return middle


def _parse_suffix(d: Mapping[str, Any]) -> NameSuffix | Unset:
    _suffix = _v if (_v := d.get("suffix")) is not None else PARSED_UNSET
    suffix: NameSuffix | Unset
    if isinstance(_suffix, Unset):
        suffix = UNSET
    else:
        suffix = NameSuffix._members[_suffix]

    return suffix


def _parse_preferred(d: Mapping[str, Any]) -> str | Unset:
    preferred: str | Unset = _v if (_v := d.get("preferred")) is not None else PARSED_UNSET
    if preferred is not UNSET and (type(preferred) is not str):
        preferred = read_as("str", preferred, "Name", "preferred")

    return preferred


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: Name, d: Mapping[str, Any]) -> None:
    family1: str = d["family1"]
    if type(family1) is not str:
        family1 = read_as("str", family1, "Name", "family1")

    self.family1 = family1
    given: str = d["given"]
    if type(given) is not str:
        given = read_as("str", given, "Name", "given")

    self.given = given
    family2: str | Unset = _v if (_v := d.get("family2")) is not None else PARSED_UNSET
    if family2 is not UNSET and (type(family2) is not str):
        family2 = read_as("str", family2, "Name", "family2")

    self.family2 = family2
    middle: str | Unset = _v if (_v := d.get("middle")) is not None else PARSED_UNSET
    if middle is not UNSET and (type(middle) is not str):
        middle = read_as("str", middle, "Name", "middle")

    self.middle = middle
    _suffix = _v if (_v := d.get("suffix")) is not None else PARSED_UNSET
    suffix: NameSuffix | Unset
    if isinstance(_suffix, Unset):
        suffix = UNSET
    else:
        suffix = NameSuffix._members[_suffix]

    self.suffix = suffix
    preferred: str | Unset = _v if (_v := d.get("preferred")) is not None else PARSED_UNSET
    if preferred is not UNSET and (type(preferred) is not str):
        preferred = read_as("str", preferred, "Name", "preferred")

    self.preferred = preferred
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "family1": ("family1", _parse_family1),
    "given": ("given", _parse_given),
    "family2": ("family2", _parse_family2),
    "middle": ("middle", _parse_middle),
    "suffix": ("suffix", _parse_suffix),
    "preferred": ("preferred", _parse_preferred),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
Name._field_parsers = _PARSERS
Name._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = Name.__dict__["_raw"].__set__
