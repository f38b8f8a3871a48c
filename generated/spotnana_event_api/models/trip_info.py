from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.user_facing_status import UserFacingStatus
from ..types import (
    check_request_json,
    enum_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    to_dict_prepared,
)

T = TypeVar("T", bound="TripInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "tripId",
        "status",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "tripId",
        "status",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "tripId": ("trip_id", True, ("str",), None),
    "status": ("status", True, ("enum", "user_facing_status", "UserFacingStatus"), None),
}


def _enum_status(value: UserFacingStatus | str) -> UserFacingStatus:
    converted: UserFacingStatus = enum_field(value, UserFacingStatus, "TripInfo", "status", required=True)
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class TripInfo:
    """
    Attributes:
        trip_id (str): JSON ``tripId``; example 1234567890.
        status (UserFacingStatus): JSON ``status``; example PENDING_STATUS; one of UNKNOWN_STATUS, PENDING_STATUS,
            CONFIRMED_STATUS, ACTIVE_STATUS, COMPLETED_STATUS, CANCELLED_STATUS, REFUNDED_STATUS, VOIDED_STATUS,
            PROCESSING_STATUS, UNCONFIRMED_STATUS, AIRLINE_CONTROL_STATUS, PAYMENT_DECLINED_STATUS, SCHEDULE_CHANGE_STATUS,
            HOLD_STATUS, APPROVAL_REQUESTED_STATUS, APPROVAL_DENIED_STATUS, CANCELLATION_IN_PROGRESS_STATUS,
            INOPERATIVE_STATUS, FLIGHT_UNCONFIRMED_STATUS.
    """

    trip_id: str
    status: UserFacingStatus = _attrs_field(converter=_enum_status)
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
            trip_id = self.trip_id

            status = self.status.value

            field_dict: dict[str, Any] = {}
            field_dict["tripId"] = trip_id
            field_dict["status"] = status
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"TripInfo: expected a JSON object, got {type(src_dict).__name__}")
        if not ("tripId" in src_dict and "status" in src_dict):
            raise MissingRequiredFieldError("TripInfo", min(_REQUIRED_KEYS - src_dict.keys()))
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


def _parse_trip_id(d: Mapping[str, Any]) -> str:
    trip_id: str = d["tripId"]
    if type(trip_id) is not str:
        trip_id = read_as("str", trip_id, "TripInfo", "tripId")

    return trip_id


def _parse_status(d: Mapping[str, Any]) -> UserFacingStatus:
    status = UserFacingStatus._members[d["status"]]

    return status


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: TripInfo, d: Mapping[str, Any]) -> None:
    trip_id: str = d["tripId"]
    if type(trip_id) is not str:
        trip_id = read_as("str", trip_id, "TripInfo", "tripId")

    self.trip_id = trip_id
    status = UserFacingStatus._members[d["status"]]

    self.status = status
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "trip_id": ("tripId", _parse_trip_id),
    "status": ("status", _parse_status),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
TripInfo._field_parsers = _PARSERS
TripInfo._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = TripInfo.__dict__["_raw"].__set__
