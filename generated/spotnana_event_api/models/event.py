from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.event_running_status import EventRunningStatus
from ..models.event_status import EventStatus
from ..models.event_type import EventType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    deprecate_fields,
    enum_field,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.child_event_counts import ChildEventCounts
    from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse
    from ..models.custom_field_response import CustomFieldResponse
    from ..models.date_time_local import DateTimeLocal
    from ..models.entity_id import EntityId
    from ..models.event_group import EventGroup
    from ..models.event_location import EventLocation
    from ..models.payment_source_info import PaymentSourceInfo


T = TypeVar("T", bound="Event")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "description",
        "startDateTime",
        "endDateTime",
        "location",
        "group",
        "status",
        "companyId",
        "runningStatus",
        "paymentSources",
        "numTravelers",
        "customFieldResponses",
        "customFieldV3Responses",
        "externalId",
        "policyId",
        "parentEventId",
        "isDetached",
        "aggregateStartDateTime",
        "aggregateEndDateTime",
        "childEventCounts",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "id": ("id", False, ("str",), None),
    "name": ("name", False, ("str",), None),
    "type": ("type_", False, ("enum", "event_type", "EventType"), None),
    "description": ("description", False, ("str",), None),
    "startDateTime": ("start_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "endDateTime": ("end_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "location": ("location", False, ("model", "event_location", "EventLocation"), None),
    "group": ("group", False, ("model", "event_group", "EventGroup"), None),
    "status": ("status", False, ("enum", "event_status", "EventStatus"), None),
    "companyId": ("company_id", False, ("model", "entity_id", "EntityId"), None),
    "runningStatus": ("running_status", False, ("enum", "event_running_status", "EventRunningStatus"), None),
    "paymentSources": ("payment_sources", False, ("list", ("model", "payment_source_info", "PaymentSourceInfo")), None),
    "numTravelers": ("num_travelers", False, ("int",), None),
    "customFieldResponses": (
        "custom_field_responses",
        False,
        ("list", ("model", "custom_field_response", "CustomFieldResponse")),
        None,
    ),
    "customFieldV3Responses": (
        "custom_field_v3_responses",
        False,
        ("list", ("model", "custom_field_prefilled_response", "CustomFieldPrefilledResponse")),
        None,
    ),
    "externalId": ("external_id", False, ("str",), None),
    "policyId": ("policy_id", False, ("uuid",), None),
    "parentEventId": ("parent_event_id", False, ("str",), None),
    "isDetached": ("is_detached", False, ("bool",), None),
    "aggregateStartDateTime": ("aggregate_start_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "aggregateEndDateTime": ("aggregate_end_date_time", False, ("model", "date_time_local", "DateTimeLocal"), None),
    "childEventCounts": ("child_event_counts", False, ("model", "child_event_counts", "ChildEventCounts"), None),
}


def _enum_type_(value: EventType | str | Unset) -> EventType | Unset:
    converted: EventType | Unset = enum_field(value, EventType, "Event", "type_")
    return converted


def _enum_status(value: EventStatus | str | Unset) -> EventStatus | Unset:
    converted: EventStatus | Unset = enum_field(value, EventStatus, "Event", "status")
    return converted


def _enum_running_status(value: EventRunningStatus | str | Unset) -> EventRunningStatus | Unset:
    converted: EventRunningStatus | Unset = enum_field(value, EventRunningStatus, "Event", "running_status")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class Event:
    """
    Attributes:
        id (str | Unset): JSON ``id``.
        name (str | Unset): JSON ``name``.
        type_ (EventType | Unset): JSON ``type``; example GENERIC; one of GENERIC, PROGRAM, PROGRAM_SESSION,
            PROGRAM_TRIP.
        description (str | Unset): JSON ``description``.
        start_date_time (DateTimeLocal | Unset): JSON ``startDateTime``.
        end_date_time (DateTimeLocal | Unset): JSON ``endDateTime``.
        location (EventLocation | Unset): JSON ``location``.
        group (EventGroup | Unset): JSON ``group``.
        status (EventStatus | Unset): JSON ``status``; example DRAFT; one of DRAFT, PUBLISH, CANCELLED.
        company_id (EntityId | Unset): JSON ``companyId``.
        running_status (EventRunningStatus | Unset): JSON ``runningStatus``; example UPCOMING; one of IN_PROGRESS,
            UPCOMING, COMPLETED.
        payment_sources (list[PaymentSourceInfo] | Unset): JSON ``paymentSources``.
        num_travelers (int | Unset): JSON ``numTravelers``; example 1.
        custom_field_responses (list[CustomFieldResponse] | Unset): JSON ``customFieldResponses``; Deprecated (sunset
            2026-07-01).
        custom_field_v3_responses (list[CustomFieldPrefilledResponse] | Unset): JSON ``customFieldV3Responses``.
        external_id (str | Unset): JSON ``externalId``; example qwert123.
        policy_id (UUID | Unset): JSON ``policyId``; format uuid; example f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b.
        parent_event_id (str | Unset): JSON ``parentEventId``; example 56789012.
        is_detached (bool | Unset): JSON ``isDetached``; example True.
        aggregate_start_date_time (DateTimeLocal | Unset): JSON ``aggregateStartDateTime``.
        aggregate_end_date_time (DateTimeLocal | Unset): JSON ``aggregateEndDateTime``.
        child_event_counts (ChildEventCounts | Unset): JSON ``childEventCounts``.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: EventType | Unset = _attrs_field(default=UNSET, converter=_enum_type_)
    description: str | Unset = UNSET
    start_date_time: DateTimeLocal | Unset = UNSET
    end_date_time: DateTimeLocal | Unset = UNSET
    location: EventLocation | Unset = UNSET
    group: EventGroup | Unset = UNSET
    status: EventStatus | Unset = _attrs_field(default=UNSET, converter=_enum_status)
    company_id: EntityId | Unset = UNSET
    running_status: EventRunningStatus | Unset = _attrs_field(default=UNSET, converter=_enum_running_status)
    payment_sources: list[PaymentSourceInfo] | Unset = UNSET
    num_travelers: int | Unset = UNSET
    custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    external_id: str | Unset = UNSET
    policy_id: UUID | Unset = UNSET
    parent_event_id: str | Unset = UNSET
    is_detached: bool | Unset = UNSET
    aggregate_start_date_time: DateTimeLocal | Unset = UNSET
    aggregate_end_date_time: DateTimeLocal | Unset = UNSET
    child_event_counts: ChildEventCounts | Unset = UNSET
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
            id = self.id

            name = self.name

            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

            description = self.description

            start_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.start_date_time, Unset):
                start_date_time = self.start_date_time.to_dict()

            end_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.end_date_time, Unset):
                end_date_time = self.end_date_time.to_dict()

            location: dict[str, Any] | Unset = UNSET
            if not isinstance(self.location, Unset):
                location = self.location.to_dict()

            group: dict[str, Any] | Unset = UNSET
            if not isinstance(self.group, Unset):
                group = self.group.to_dict()

            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

            company_id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.company_id, Unset):
                company_id = self.company_id.to_dict()

            running_status: str | Unset = UNSET
            if not isinstance(self.running_status, Unset):
                running_status = self.running_status.value

            payment_sources: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.payment_sources, Unset):
                payment_sources = []
                for payment_sources_item_data in self.payment_sources:
                    payment_sources_item = payment_sources_item_data.to_dict()
                    payment_sources.append(payment_sources_item)

            num_travelers = self.num_travelers

            custom_field_responses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.custom_field_responses, Unset):
                custom_field_responses = []
                for custom_field_responses_item_data in self.custom_field_responses:
                    custom_field_responses_item = custom_field_responses_item_data.to_dict()
                    custom_field_responses.append(custom_field_responses_item)

            custom_field_v3_responses: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.custom_field_v3_responses, Unset):
                custom_field_v3_responses = []
                for custom_field_v3_responses_item_data in self.custom_field_v3_responses:
                    custom_field_v3_responses_item = custom_field_v3_responses_item_data.to_dict()
                    custom_field_v3_responses.append(custom_field_v3_responses_item)

            external_id = self.external_id

            policy_id: str | Unset = UNSET
            if not isinstance(self.policy_id, Unset):
                policy_id = str(self.policy_id)

            parent_event_id = self.parent_event_id

            is_detached = self.is_detached

            aggregate_start_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.aggregate_start_date_time, Unset):
                aggregate_start_date_time = self.aggregate_start_date_time.to_dict()

            aggregate_end_date_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.aggregate_end_date_time, Unset):
                aggregate_end_date_time = self.aggregate_end_date_time.to_dict()

            child_event_counts: dict[str, Any] | Unset = UNSET
            if not isinstance(self.child_event_counts, Unset):
                child_event_counts = self.child_event_counts.to_dict()

            field_dict: dict[str, Any] = {}
            if id is not UNSET:
                field_dict["id"] = id
            if name is not UNSET:
                field_dict["name"] = name
            if type_ is not UNSET:
                field_dict["type"] = type_
            if description is not UNSET:
                field_dict["description"] = description
            if start_date_time is not UNSET:
                field_dict["startDateTime"] = start_date_time
            if end_date_time is not UNSET:
                field_dict["endDateTime"] = end_date_time
            if location is not UNSET:
                field_dict["location"] = location
            if group is not UNSET:
                field_dict["group"] = group
            if status is not UNSET:
                field_dict["status"] = status
            if company_id is not UNSET:
                field_dict["companyId"] = company_id
            if running_status is not UNSET:
                field_dict["runningStatus"] = running_status
            if payment_sources is not UNSET:
                field_dict["paymentSources"] = payment_sources
            if num_travelers is not UNSET:
                field_dict["numTravelers"] = num_travelers
            if custom_field_responses is not UNSET:
                field_dict["customFieldResponses"] = custom_field_responses
            if custom_field_v3_responses is not UNSET:
                field_dict["customFieldV3Responses"] = custom_field_v3_responses
            if external_id is not UNSET:
                field_dict["externalId"] = external_id
            if policy_id is not UNSET:
                field_dict["policyId"] = policy_id
            if parent_event_id is not UNSET:
                field_dict["parentEventId"] = parent_event_id
            if is_detached is not UNSET:
                field_dict["isDetached"] = is_detached
            if aggregate_start_date_time is not UNSET:
                field_dict["aggregateStartDateTime"] = aggregate_start_date_time
            if aggregate_end_date_time is not UNSET:
                field_dict["aggregateEndDateTime"] = aggregate_end_date_time
            if child_event_counts is not UNSET:
                field_dict["childEventCounts"] = child_event_counts
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
        def require(self, name: Literal["id"], /) -> str: ...
        @overload
        def require(self, name: Literal["name"], /) -> str: ...
        @overload
        def require(self, name: Literal["type_"], /) -> EventType: ...
        @overload
        def require(self, name: Literal["description"], /) -> str: ...
        @overload
        def require(self, name: Literal["start_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["end_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["location"], /) -> EventLocation: ...
        @overload
        def require(self, name: Literal["group"], /) -> EventGroup: ...
        @overload
        def require(self, name: Literal["status"], /) -> EventStatus: ...
        @overload
        def require(self, name: Literal["company_id"], /) -> EntityId: ...
        @overload
        def require(self, name: Literal["running_status"], /) -> EventRunningStatus: ...
        @overload
        def require(self, name: Literal["payment_sources"], /) -> list[PaymentSourceInfo]: ...
        @overload
        def require(self, name: Literal["num_travelers"], /) -> int: ...
        @overload
        def require(self, name: Literal["custom_field_responses"], /) -> list[CustomFieldResponse]: ...
        @overload
        def require(self, name: Literal["custom_field_v3_responses"], /) -> list[CustomFieldPrefilledResponse]: ...
        @overload
        def require(self, name: Literal["external_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["policy_id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["parent_event_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["is_detached"], /) -> bool: ...
        @overload
        def require(self, name: Literal["aggregate_start_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["aggregate_end_date_time"], /) -> DateTimeLocal: ...
        @overload
        def require(self, name: Literal["child_event_counts"], /) -> ChildEventCounts: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object; its fields are parsed when one is first read or set.

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"Event: expected a JSON object, got {type(src_dict).__name__}")
        if cls is Event:
            lazy: T = _LAZY.__new__(_LAZY)
            _set_raw(lazy, src_dict)
            return lazy
        # A subclass of the caller's is parsed now, as a model of scalars is.
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


def _parse_id(d: Mapping[str, Any]) -> str | Unset:
    id: str | Unset = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    if id is not UNSET and (type(id) is not str):
        id = read_as("str", id, "Event", "id")

    return id


def _parse_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "Event", "name")

    return name


def _parse_type_(d: Mapping[str, Any]) -> EventType | Unset:
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    return type_


def _parse_description(d: Mapping[str, Any]) -> str | Unset:
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "Event", "description")

    return description


def _parse_start_date_time(d: Mapping[str, Any]) -> DateTimeLocal | Unset:
    _start_date_time = _v if (_v := d.get("startDateTime")) is not None else PARSED_UNSET
    start_date_time: DateTimeLocal | Unset
    if isinstance(_start_date_time, Unset):
        start_date_time = UNSET
    else:
        start_date_time = DateTimeLocal.from_dict(_start_date_time)

    return start_date_time


def _parse_end_date_time(d: Mapping[str, Any]) -> DateTimeLocal | Unset:
    _end_date_time = _v if (_v := d.get("endDateTime")) is not None else PARSED_UNSET
    end_date_time: DateTimeLocal | Unset
    if isinstance(_end_date_time, Unset):
        end_date_time = UNSET
    else:
        end_date_time = DateTimeLocal.from_dict(_end_date_time)

    return end_date_time


def _parse_location(d: Mapping[str, Any]) -> EventLocation | Unset:
    _location = _v if (_v := d.get("location")) is not None else PARSED_UNSET
    location: EventLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = EventLocation.from_dict(_location)

    return location


def _parse_group(d: Mapping[str, Any]) -> EventGroup | Unset:
    _group = _v if (_v := d.get("group")) is not None else PARSED_UNSET
    group: EventGroup | Unset
    if isinstance(_group, Unset):
        group = UNSET
    else:
        group = EventGroup.from_dict(_group)

    return group


def _parse_status(d: Mapping[str, Any]) -> EventStatus | Unset:
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: EventStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = EventStatus._members[_status]

    return status


def _parse_company_id(d: Mapping[str, Any]) -> EntityId | Unset:
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: EntityId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = EntityId.from_dict(_company_id)

    return company_id


def _parse_running_status(d: Mapping[str, Any]) -> EventRunningStatus | Unset:
    _running_status = _v if (_v := d.get("runningStatus")) is not None else PARSED_UNSET
    running_status: EventRunningStatus | Unset
    if isinstance(_running_status, Unset):
        running_status = UNSET
    else:
        running_status = EventRunningStatus._members[_running_status]

    return running_status


def _parse_payment_sources(d: Mapping[str, Any]) -> list[PaymentSourceInfo] | Unset:
    _payment_sources = _v if (_v := d.get("paymentSources")) is not None else PARSED_UNSET
    payment_sources: list[PaymentSourceInfo] | Unset = UNSET
    if _payment_sources is not UNSET:
        payment_sources = []
        for payment_sources_item_data in _payment_sources:
            payment_sources_item = PaymentSourceInfo.from_dict(payment_sources_item_data)

            payment_sources.append(payment_sources_item)

    return payment_sources


def _parse_num_travelers(d: Mapping[str, Any]) -> int | Unset:
    num_travelers: int | Unset = _v if (_v := d.get("numTravelers")) is not None else PARSED_UNSET
    if num_travelers is not UNSET and (type(num_travelers) is not int):
        num_travelers = read_as("int", num_travelers, "Event", "numTravelers")

    return num_travelers


def _parse_custom_field_responses(d: Mapping[str, Any]) -> list[CustomFieldResponse] | Unset:
    _custom_field_responses = _v if (_v := d.get("customFieldResponses")) is not None else PARSED_UNSET
    custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    if _custom_field_responses is not UNSET:
        custom_field_responses = []
        for custom_field_responses_item_data in _custom_field_responses:
            custom_field_responses_item = CustomFieldResponse.from_dict(custom_field_responses_item_data)

            custom_field_responses.append(custom_field_responses_item)

    return custom_field_responses


def _parse_custom_field_v3_responses(d: Mapping[str, Any]) -> list[CustomFieldPrefilledResponse] | Unset:
    _custom_field_v3_responses = _v if (_v := d.get("customFieldV3Responses")) is not None else PARSED_UNSET
    custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    if _custom_field_v3_responses is not UNSET:
        custom_field_v3_responses = []
        for custom_field_v3_responses_item_data in _custom_field_v3_responses:
            custom_field_v3_responses_item = CustomFieldPrefilledResponse.from_dict(custom_field_v3_responses_item_data)

            custom_field_v3_responses.append(custom_field_v3_responses_item)

    return custom_field_v3_responses


def _parse_external_id(d: Mapping[str, Any]) -> str | Unset:
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "Event", "externalId")

    return external_id


def _parse_policy_id(d: Mapping[str, Any]) -> UUID | Unset:
    _policy_id = _v if (_v := d.get("policyId")) is not None else PARSED_UNSET
    policy_id: UUID | Unset
    if isinstance(_policy_id, Unset):
        policy_id = UNSET
    else:
        policy_id = UUID(_policy_id)

    return policy_id


def _parse_parent_event_id(d: Mapping[str, Any]) -> str | Unset:
    parent_event_id: str | Unset = _v if (_v := d.get("parentEventId")) is not None else PARSED_UNSET
    if parent_event_id is not UNSET and (type(parent_event_id) is not str):
        parent_event_id = read_as("str", parent_event_id, "Event", "parentEventId")

    return parent_event_id


def _parse_is_detached(d: Mapping[str, Any]) -> bool | Unset:
    is_detached: bool | Unset = _v if (_v := d.get("isDetached")) is not None else PARSED_UNSET
    if is_detached is not UNSET and (type(is_detached) is not bool):
        is_detached = read_as("bool", is_detached, "Event", "isDetached")

    return is_detached


def _parse_aggregate_start_date_time(d: Mapping[str, Any]) -> DateTimeLocal | Unset:
    _aggregate_start_date_time = _v if (_v := d.get("aggregateStartDateTime")) is not None else PARSED_UNSET
    aggregate_start_date_time: DateTimeLocal | Unset
    if isinstance(_aggregate_start_date_time, Unset):
        aggregate_start_date_time = UNSET
    else:
        aggregate_start_date_time = DateTimeLocal.from_dict(_aggregate_start_date_time)

    return aggregate_start_date_time


def _parse_aggregate_end_date_time(d: Mapping[str, Any]) -> DateTimeLocal | Unset:
    _aggregate_end_date_time = _v if (_v := d.get("aggregateEndDateTime")) is not None else PARSED_UNSET
    aggregate_end_date_time: DateTimeLocal | Unset
    if isinstance(_aggregate_end_date_time, Unset):
        aggregate_end_date_time = UNSET
    else:
        aggregate_end_date_time = DateTimeLocal.from_dict(_aggregate_end_date_time)

    return aggregate_end_date_time


def _parse_child_event_counts(d: Mapping[str, Any]) -> ChildEventCounts | Unset:
    _child_event_counts = _v if (_v := d.get("childEventCounts")) is not None else PARSED_UNSET
    child_event_counts: ChildEventCounts | Unset
    if isinstance(_child_event_counts, Unset):
        child_event_counts = UNSET
    else:
        child_event_counts = ChildEventCounts.from_dict(_child_event_counts)

    return child_event_counts


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# A page item's scalar fields, parsed on their own on the first read of one, and then the
# others (see types.LazyPageItem); each into an instance turned into the plain class for
# the while, whose stores are plain slot stores.
def _parse_scalars(self: Event, d: Mapping[str, Any]) -> None:
    id: str | Unset = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    if id is not UNSET and (type(id) is not str):
        id = read_as("str", id, "Event", "id")

    self.id = id
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "Event", "name")

    self.name = name
    _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
    type_: EventType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = EventType._members[_type_]

    self.type_ = type_
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "Event", "description")

    self.description = description
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: EventStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = EventStatus._members[_status]

    self.status = status
    _running_status = _v if (_v := d.get("runningStatus")) is not None else PARSED_UNSET
    running_status: EventRunningStatus | Unset
    if isinstance(_running_status, Unset):
        running_status = UNSET
    else:
        running_status = EventRunningStatus._members[_running_status]

    self.running_status = running_status
    num_travelers: int | Unset = _v if (_v := d.get("numTravelers")) is not None else PARSED_UNSET
    if num_travelers is not UNSET and (type(num_travelers) is not int):
        num_travelers = read_as("int", num_travelers, "Event", "numTravelers")

    self.num_travelers = num_travelers
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "Event", "externalId")

    self.external_id = external_id
    parent_event_id: str | Unset = _v if (_v := d.get("parentEventId")) is not None else PARSED_UNSET
    if parent_event_id is not UNSET and (type(parent_event_id) is not str):
        parent_event_id = read_as("str", parent_event_id, "Event", "parentEventId")

    self.parent_event_id = parent_event_id
    is_detached: bool | Unset = _v if (_v := d.get("isDetached")) is not None else PARSED_UNSET
    if is_detached is not UNSET and (type(is_detached) is not bool):
        is_detached = read_as("bool", is_detached, "Event", "isDetached")

    self.is_detached = is_detached


def _parse_nested(self: Event, d: Mapping[str, Any]) -> None:
    _start_date_time = _v if (_v := d.get("startDateTime")) is not None else PARSED_UNSET
    start_date_time: DateTimeLocal | Unset
    if isinstance(_start_date_time, Unset):
        start_date_time = UNSET
    else:
        start_date_time = DateTimeLocal.from_dict(_start_date_time)

    self.start_date_time = start_date_time
    _end_date_time = _v if (_v := d.get("endDateTime")) is not None else PARSED_UNSET
    end_date_time: DateTimeLocal | Unset
    if isinstance(_end_date_time, Unset):
        end_date_time = UNSET
    else:
        end_date_time = DateTimeLocal.from_dict(_end_date_time)

    self.end_date_time = end_date_time
    _location = _v if (_v := d.get("location")) is not None else PARSED_UNSET
    location: EventLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = EventLocation.from_dict(_location)

    self.location = location
    _group = _v if (_v := d.get("group")) is not None else PARSED_UNSET
    group: EventGroup | Unset
    if isinstance(_group, Unset):
        group = UNSET
    else:
        group = EventGroup.from_dict(_group)

    self.group = group
    _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
    company_id: EntityId | Unset
    if isinstance(_company_id, Unset):
        company_id = UNSET
    else:
        company_id = EntityId.from_dict(_company_id)

    self.company_id = company_id
    _payment_sources = _v if (_v := d.get("paymentSources")) is not None else PARSED_UNSET
    payment_sources: list[PaymentSourceInfo] | Unset = UNSET
    if _payment_sources is not UNSET:
        payment_sources = []
        for payment_sources_item_data in _payment_sources:
            payment_sources_item = PaymentSourceInfo.from_dict(payment_sources_item_data)

            payment_sources.append(payment_sources_item)

    self.payment_sources = payment_sources
    _custom_field_responses = _v if (_v := d.get("customFieldResponses")) is not None else PARSED_UNSET
    custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
    if _custom_field_responses is not UNSET:
        custom_field_responses = []
        for custom_field_responses_item_data in _custom_field_responses:
            custom_field_responses_item = CustomFieldResponse.from_dict(custom_field_responses_item_data)

            custom_field_responses.append(custom_field_responses_item)

    self.custom_field_responses = custom_field_responses
    _custom_field_v3_responses = _v if (_v := d.get("customFieldV3Responses")) is not None else PARSED_UNSET
    custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
    if _custom_field_v3_responses is not UNSET:
        custom_field_v3_responses = []
        for custom_field_v3_responses_item_data in _custom_field_v3_responses:
            custom_field_v3_responses_item = CustomFieldPrefilledResponse.from_dict(custom_field_v3_responses_item_data)

            custom_field_v3_responses.append(custom_field_v3_responses_item)

    self.custom_field_v3_responses = custom_field_v3_responses
    _policy_id = _v if (_v := d.get("policyId")) is not None else PARSED_UNSET
    policy_id: UUID | Unset
    if isinstance(_policy_id, Unset):
        policy_id = UNSET
    else:
        policy_id = UUID(_policy_id)

    self.policy_id = policy_id
    _aggregate_start_date_time = _v if (_v := d.get("aggregateStartDateTime")) is not None else PARSED_UNSET
    aggregate_start_date_time: DateTimeLocal | Unset
    if isinstance(_aggregate_start_date_time, Unset):
        aggregate_start_date_time = UNSET
    else:
        aggregate_start_date_time = DateTimeLocal.from_dict(_aggregate_start_date_time)

    self.aggregate_start_date_time = aggregate_start_date_time
    _aggregate_end_date_time = _v if (_v := d.get("aggregateEndDateTime")) is not None else PARSED_UNSET
    aggregate_end_date_time: DateTimeLocal | Unset
    if isinstance(_aggregate_end_date_time, Unset):
        aggregate_end_date_time = UNSET
    else:
        aggregate_end_date_time = DateTimeLocal.from_dict(_aggregate_end_date_time)

    self.aggregate_end_date_time = aggregate_end_date_time
    _child_event_counts = _v if (_v := d.get("childEventCounts")) is not None else PARSED_UNSET
    child_event_counts: ChildEventCounts | Unset
    if isinstance(_child_event_counts, Unset):
        child_event_counts = UNSET
    else:
        child_event_counts = ChildEventCounts.from_dict(_child_event_counts)

    self.child_event_counts = child_event_counts
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


def _parse_document(self: Event, d: Mapping[str, Any]) -> None:
    _parse_scalars(self, d)
    _parse_nested(self, d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "id": ("id", _parse_id),
    "name": ("name", _parse_name),
    "type_": ("type", _parse_type_),
    "description": ("description", _parse_description),
    "start_date_time": ("startDateTime", _parse_start_date_time),
    "end_date_time": ("endDateTime", _parse_end_date_time),
    "location": ("location", _parse_location),
    "group": ("group", _parse_group),
    "status": ("status", _parse_status),
    "company_id": ("companyId", _parse_company_id),
    "running_status": ("runningStatus", _parse_running_status),
    "payment_sources": ("paymentSources", _parse_payment_sources),
    "num_travelers": ("numTravelers", _parse_num_travelers),
    "custom_field_responses": ("customFieldResponses", _parse_custom_field_responses),
    "custom_field_v3_responses": ("customFieldV3Responses", _parse_custom_field_v3_responses),
    "external_id": ("externalId", _parse_external_id),
    "policy_id": ("policyId", _parse_policy_id),
    "parent_event_id": ("parentEventId", _parse_parent_event_id),
    "is_detached": ("isDetached", _parse_is_detached),
    "aggregate_start_date_time": ("aggregateStartDateTime", _parse_aggregate_start_date_time),
    "aggregate_end_date_time": ("aggregateEndDateTime", _parse_aggregate_end_date_time),
    "child_event_counts": ("childEventCounts", _parse_child_event_counts),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
Event._field_parsers = _PARSERS
Event._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    Event,
    {
        "custom_field_responses": ("customFieldResponses", "2026-07-01"),
    },
)

# A page item's scalar fields, parsed on the first read of one (see types.LazyPageItem).
_SCALAR_FIELDS = (
    "id",
    "name",
    "type_",
    "description",
    "status",
    "running_status",
    "num_travelers",
    "external_id",
    "parent_event_id",
    "is_detached",
)
_LAZY: Any = lazy_variant(Event, _parse_document, (_SCALAR_FIELDS, _parse_scalars, _parse_nested))
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = Event.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.child_event_counts import ChildEventCounts
from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse
from ..models.custom_field_response import CustomFieldResponse
from ..models.date_time_local import DateTimeLocal
from ..models.entity_id import EntityId
from ..models.event_group import EventGroup
from ..models.event_location import EventLocation
from ..models.payment_source_info import PaymentSourceInfo
