from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.event_job_status import EventJobStatus
from ..models.event_job_type import EventJobType
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

if TYPE_CHECKING:
    from ..models.date_time_offset import DateTimeOffset
    from ..models.job_item import JobItem


T = TypeVar("T", bound="AsyncJobDetailResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "jobId",
        "referenceId",
        "type",
        "status",
        "totalItems",
        "successCount",
        "failureCount",
        "jobItems",
        "createdAt",
        "completedAt",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "jobId": ("job_id", False, ("uuid",), None),
    "referenceId": ("reference_id", False, ("str",), None),
    "type": ("type_", False, ("enum", "event_job_type", "EventJobType"), None),
    "status": ("status", False, ("enum", "event_job_status", "EventJobStatus"), None),
    "totalItems": ("total_items", False, ("int",), None),
    "successCount": ("success_count", False, ("int",), None),
    "failureCount": ("failure_count", False, ("int",), None),
    "jobItems": ("job_items", False, ("list", ("model", "job_item", "JobItem")), None),
    "createdAt": ("created_at", False, ("model", "date_time_offset", "DateTimeOffset"), None),
    "completedAt": ("completed_at", False, ("model", "date_time_offset", "DateTimeOffset"), None),
}


def _enum_type_(value: EventJobType | str | Unset) -> EventJobType | Unset:
    converted: EventJobType | Unset = enum_field(value, EventJobType, "AsyncJobDetailResponse", "type_")
    return converted


def _enum_status(value: EventJobStatus | str | Unset) -> EventJobStatus | Unset:
    converted: EventJobStatus | Unset = enum_field(value, EventJobStatus, "AsyncJobDetailResponse", "status")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class AsyncJobDetailResponse:
    """
    Attributes:
        job_id (UUID | Unset): JSON ``jobId``; format uuid; example f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b.
        reference_id (str | Unset): JSON ``referenceId``; example 8859676988.
        type_ (EventJobType | Unset): JSON ``type``; example PUBLISH; one of PUBLISH, MODIFY, CANCEL, SEND_INVITE.
        status (EventJobStatus | Unset): JSON ``status``; example COMPLETED; one of IN PROGRESS, COMPLETED.
        total_items (int | Unset): JSON ``totalItems``; example 42.
        success_count (int | Unset): JSON ``successCount``; example 41.
        failure_count (int | Unset): JSON ``failureCount``; example 1.
        job_items (list[JobItem] | Unset): JSON ``jobItems``.
        created_at (DateTimeOffset | Unset): JSON ``createdAt``.
        completed_at (DateTimeOffset | Unset): JSON ``completedAt``.
    """

    job_id: UUID | Unset = UNSET
    reference_id: str | Unset = UNSET
    type_: EventJobType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    status: EventJobStatus | Unset = _attrs_field(default=UNSET, converter=_enum_status)
    total_items: int | Unset = UNSET
    success_count: int | Unset = UNSET
    failure_count: int | Unset = UNSET
    job_items: list[JobItem] | Unset = UNSET
    created_at: DateTimeOffset | Unset = UNSET
    completed_at: DateTimeOffset | Unset = UNSET
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
            job_id: str | Unset = UNSET
            if not isinstance(self.job_id, Unset):
                job_id = str(self.job_id)

            reference_id = self.reference_id

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

            total_items = self.total_items

            success_count = self.success_count

            failure_count = self.failure_count

            job_items: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.job_items, Unset):
                job_items = []
                for job_items_item_data in self.job_items:
                    job_items_item = job_items_item_data.to_dict()
                    job_items.append(job_items_item)

            created_at: dict[str, Any] | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.to_dict()

            completed_at: dict[str, Any] | Unset = UNSET
            if not isinstance(self.completed_at, Unset):
                completed_at = self.completed_at.to_dict()

            field_dict: dict[str, Any] = {}
            if job_id is not UNSET:
                field_dict["jobId"] = job_id
            if reference_id is not UNSET:
                field_dict["referenceId"] = reference_id
            if type_ is not UNSET:
                field_dict["type"] = type_
            if status is not UNSET:
                field_dict["status"] = status
            if total_items is not UNSET:
                field_dict["totalItems"] = total_items
            if success_count is not UNSET:
                field_dict["successCount"] = success_count
            if failure_count is not UNSET:
                field_dict["failureCount"] = failure_count
            if job_items is not UNSET:
                field_dict["jobItems"] = job_items
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at
            if completed_at is not UNSET:
                field_dict["completedAt"] = completed_at
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
        def require(self, name: Literal["job_id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["reference_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["type_"], /) -> EventJobType: ...
        @overload
        def require(self, name: Literal["status"], /) -> EventJobStatus: ...
        @overload
        def require(self, name: Literal["total_items"], /) -> int: ...
        @overload
        def require(self, name: Literal["success_count"], /) -> int: ...
        @overload
        def require(self, name: Literal["failure_count"], /) -> int: ...
        @overload
        def require(self, name: Literal["job_items"], /) -> list[JobItem]: ...
        @overload
        def require(self, name: Literal["created_at"], /) -> DateTimeOffset: ...
        @overload
        def require(self, name: Literal["completed_at"], /) -> DateTimeOffset: ...
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
            raise ModelParseError(f"AsyncJobDetailResponse: expected a JSON object, got {type(src_dict).__name__}")
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


def _parse_job_id(d: Mapping[str, Any]) -> UUID | Unset:
    _job_id = _v if (_v := d.get("jobId")) is not None else PARSED_UNSET
    job_id: UUID | Unset
    if isinstance(_job_id, Unset):
        job_id = UNSET
    else:
        job_id = UUID(_job_id)

    return job_id


def _parse_reference_id(d: Mapping[str, Any]) -> str | Unset:
    reference_id: str | Unset = _v if (_v := d.get("referenceId")) is not None else PARSED_UNSET
    if reference_id is not UNSET and (type(reference_id) is not str):
        reference_id = read_as("str", reference_id, "AsyncJobDetailResponse", "referenceId")

    return reference_id


def _parse_type_(d: Mapping[str, Any]) -> EventJobType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventJobType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventJobType._members[_type_]

    return type_


def _parse_status(d: Mapping[str, Any]) -> EventJobStatus | Unset:
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: EventJobStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = EventJobStatus._members[_status]

    return status


def _parse_total_items(d: Mapping[str, Any]) -> int | Unset:
    total_items: int | Unset = _v if (_v := d.get("totalItems")) is not None else PARSED_UNSET
    if total_items is not UNSET and (type(total_items) is not int):
        total_items = read_as("int", total_items, "AsyncJobDetailResponse", "totalItems")

    return total_items


def _parse_success_count(d: Mapping[str, Any]) -> int | Unset:
    success_count: int | Unset = _v if (_v := d.get("successCount")) is not None else PARSED_UNSET
    if success_count is not UNSET and (type(success_count) is not int):
        success_count = read_as("int", success_count, "AsyncJobDetailResponse", "successCount")

    return success_count


def _parse_failure_count(d: Mapping[str, Any]) -> int | Unset:
    failure_count: int | Unset = _v if (_v := d.get("failureCount")) is not None else PARSED_UNSET
    if failure_count is not UNSET and (type(failure_count) is not int):
        failure_count = read_as("int", failure_count, "AsyncJobDetailResponse", "failureCount")

    return failure_count


def _parse_job_items(d: Mapping[str, Any]) -> list[JobItem] | Unset:
    _job_items = _v if (_v := d.get("jobItems")) is not None else PARSED_UNSET
    job_items: list[JobItem] | Unset = UNSET
    if _job_items is not UNSET:
        job_items = []
        for job_items_item_data in _job_items:
            job_items_item = JobItem.from_dict(job_items_item_data)

            job_items.append(job_items_item)

    return job_items


def _parse_created_at(d: Mapping[str, Any]) -> DateTimeOffset | Unset:
    _created_at = _v if (_v := d.get("createdAt")) is not None else PARSED_UNSET
    created_at: DateTimeOffset | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = DateTimeOffset.from_dict(_created_at)

    return created_at


def _parse_completed_at(d: Mapping[str, Any]) -> DateTimeOffset | Unset:
    _completed_at = _v if (_v := d.get("completedAt")) is not None else PARSED_UNSET
    completed_at: DateTimeOffset | Unset
    if isinstance(_completed_at, Unset):
        completed_at = UNSET
    else:
        completed_at = DateTimeOffset.from_dict(_completed_at)

    return completed_at


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: AsyncJobDetailResponse, d: Mapping[str, Any]) -> None:
    _job_id = _v if (_v := d.get("jobId")) is not None else PARSED_UNSET
    job_id: UUID | Unset
    if isinstance(_job_id, Unset):
        job_id = UNSET
    else:
        job_id = UUID(_job_id)

    self.job_id = job_id
    reference_id: str | Unset = _v if (_v := d.get("referenceId")) is not None else PARSED_UNSET
    if reference_id is not UNSET and (type(reference_id) is not str):
        reference_id = read_as("str", reference_id, "AsyncJobDetailResponse", "referenceId")

    self.reference_id = reference_id
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventJobType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventJobType._members[_type_]

    self.type_ = type_
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: EventJobStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = EventJobStatus._members[_status]

    self.status = status
    total_items: int | Unset = _v if (_v := d.get("totalItems")) is not None else PARSED_UNSET
    if total_items is not UNSET and (type(total_items) is not int):
        total_items = read_as("int", total_items, "AsyncJobDetailResponse", "totalItems")

    self.total_items = total_items
    success_count: int | Unset = _v if (_v := d.get("successCount")) is not None else PARSED_UNSET
    if success_count is not UNSET and (type(success_count) is not int):
        success_count = read_as("int", success_count, "AsyncJobDetailResponse", "successCount")

    self.success_count = success_count
    failure_count: int | Unset = _v if (_v := d.get("failureCount")) is not None else PARSED_UNSET
    if failure_count is not UNSET and (type(failure_count) is not int):
        failure_count = read_as("int", failure_count, "AsyncJobDetailResponse", "failureCount")

    self.failure_count = failure_count
    _job_items = _v if (_v := d.get("jobItems")) is not None else PARSED_UNSET
    job_items: list[JobItem] | Unset = UNSET
    if _job_items is not UNSET:
        job_items = []
        for job_items_item_data in _job_items:
            job_items_item = JobItem.from_dict(job_items_item_data)

            job_items.append(job_items_item)

    self.job_items = job_items
    _created_at = _v if (_v := d.get("createdAt")) is not None else PARSED_UNSET
    created_at: DateTimeOffset | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = DateTimeOffset.from_dict(_created_at)

    self.created_at = created_at
    _completed_at = _v if (_v := d.get("completedAt")) is not None else PARSED_UNSET
    completed_at: DateTimeOffset | Unset
    if isinstance(_completed_at, Unset):
        completed_at = UNSET
    else:
        completed_at = DateTimeOffset.from_dict(_completed_at)

    self.completed_at = completed_at
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "job_id": ("jobId", _parse_job_id),
    "reference_id": ("referenceId", _parse_reference_id),
    "type_": ("type", _parse_type_),
    "status": ("status", _parse_status),
    "total_items": ("totalItems", _parse_total_items),
    "success_count": ("successCount", _parse_success_count),
    "failure_count": ("failureCount", _parse_failure_count),
    "job_items": ("jobItems", _parse_job_items),
    "created_at": ("createdAt", _parse_created_at),
    "completed_at": ("completedAt", _parse_completed_at),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
AsyncJobDetailResponse._field_parsers = _PARSERS
AsyncJobDetailResponse._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = AsyncJobDetailResponse.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.date_time_offset import DateTimeOffset
from ..models.job_item import JobItem
