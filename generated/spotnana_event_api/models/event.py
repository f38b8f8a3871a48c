from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_running_status import EventRunningStatus
from ..models.event_status import EventStatus
from ..models.event_type import EventType
from ..types import PARSED_UNSET, UNSET, Unset

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
_KNOWN_KEYS = frozenset(
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


@_attrs_define
class Event:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        type_ (EventType | Unset):  Example: GENERIC.
        description (str | Unset):
        start_date_time (DateTimeLocal | Unset):
        end_date_time (DateTimeLocal | Unset):
        location (EventLocation | Unset):
        group (EventGroup | Unset):
        status (EventStatus | Unset):  Example: DRAFT.
        company_id (EntityId | Unset):
        running_status (EventRunningStatus | Unset):  Example: UPCOMING.
        payment_sources (list[PaymentSourceInfo] | Unset):
        num_travelers (int | Unset):  Example: 1.
        custom_field_responses (list[CustomFieldResponse] | Unset):
        custom_field_v3_responses (list[CustomFieldPrefilledResponse] | Unset):
        external_id (str | Unset):  Example: qwert123.
        policy_id (UUID | Unset):  Example: f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b.
        parent_event_id (str | Unset):  Example: 56789012.
        is_detached (bool | Unset):  Example: True.
        aggregate_start_date_time (DateTimeLocal | Unset):
        aggregate_end_date_time (DateTimeLocal | Unset):
        child_event_counts (ChildEventCounts | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: EventType | Unset = UNSET
    description: str | Unset = UNSET
    start_date_time: DateTimeLocal | Unset = UNSET
    end_date_time: DateTimeLocal | Unset = UNSET
    location: EventLocation | Unset = UNSET
    group: EventGroup | Unset = UNSET
    status: EventStatus | Unset = UNSET
    company_id: EntityId | Unset = UNSET
    running_status: EventRunningStatus | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.child_event_counts import ChildEventCounts  # noqa: PLC0415
        from ..models.custom_field_prefilled_response import CustomFieldPrefilledResponse  # noqa: PLC0415
        from ..models.custom_field_response import CustomFieldResponse  # noqa: PLC0415
        from ..models.date_time_local import DateTimeLocal  # noqa: PLC0415
        from ..models.entity_id import EntityId  # noqa: PLC0415
        from ..models.event_group import EventGroup  # noqa: PLC0415
        from ..models.event_location import EventLocation  # noqa: PLC0415
        from ..models.payment_source_info import PaymentSourceInfo  # noqa: PLC0415

        d = src_dict
        try:
            id = _v if (_v := d.get("id")) is not None else PARSED_UNSET

            name = _v if (_v := d.get("name")) is not None else PARSED_UNSET

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: EventType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = EventType(_type_)

            description = _v if (_v := d.get("description")) is not None else PARSED_UNSET

            _start_date_time = _v if (_v := d.get("startDateTime")) is not None else PARSED_UNSET
            start_date_time: DateTimeLocal | Unset
            if isinstance(_start_date_time, Unset):
                start_date_time = UNSET
            else:
                start_date_time = DateTimeLocal.from_dict(_start_date_time)

            _end_date_time = _v if (_v := d.get("endDateTime")) is not None else PARSED_UNSET
            end_date_time: DateTimeLocal | Unset
            if isinstance(_end_date_time, Unset):
                end_date_time = UNSET
            else:
                end_date_time = DateTimeLocal.from_dict(_end_date_time)

            _location = _v if (_v := d.get("location")) is not None else PARSED_UNSET
            location: EventLocation | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = EventLocation.from_dict(_location)

            _group = _v if (_v := d.get("group")) is not None else PARSED_UNSET
            group: EventGroup | Unset
            if isinstance(_group, Unset):
                group = UNSET
            else:
                group = EventGroup.from_dict(_group)

            _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
            status: EventStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = EventStatus(_status)

            _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
            company_id: EntityId | Unset
            if isinstance(_company_id, Unset):
                company_id = UNSET
            else:
                company_id = EntityId.from_dict(_company_id)

            _running_status = _v if (_v := d.get("runningStatus")) is not None else PARSED_UNSET
            running_status: EventRunningStatus | Unset
            if isinstance(_running_status, Unset):
                running_status = UNSET
            else:
                running_status = EventRunningStatus(_running_status)

            _payment_sources = _v if (_v := d.get("paymentSources")) is not None else PARSED_UNSET
            payment_sources: list[PaymentSourceInfo] | Unset = UNSET
            if _payment_sources is not UNSET:
                payment_sources = []
                for payment_sources_item_data in _payment_sources:
                    payment_sources_item = PaymentSourceInfo.from_dict(payment_sources_item_data)

                    payment_sources.append(payment_sources_item)

            num_travelers = _v if (_v := d.get("numTravelers")) is not None else PARSED_UNSET

            _custom_field_responses = _v if (_v := d.get("customFieldResponses")) is not None else PARSED_UNSET
            custom_field_responses: list[CustomFieldResponse] | Unset = UNSET
            if _custom_field_responses is not UNSET:
                custom_field_responses = []
                for custom_field_responses_item_data in _custom_field_responses:
                    custom_field_responses_item = CustomFieldResponse.from_dict(custom_field_responses_item_data)

                    custom_field_responses.append(custom_field_responses_item)

            _custom_field_v3_responses = _v if (_v := d.get("customFieldV3Responses")) is not None else PARSED_UNSET
            custom_field_v3_responses: list[CustomFieldPrefilledResponse] | Unset = UNSET
            if _custom_field_v3_responses is not UNSET:
                custom_field_v3_responses = []
                for custom_field_v3_responses_item_data in _custom_field_v3_responses:
                    custom_field_v3_responses_item = CustomFieldPrefilledResponse.from_dict(
                        custom_field_v3_responses_item_data
                    )

                    custom_field_v3_responses.append(custom_field_v3_responses_item)

            external_id = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET

            _policy_id = _v if (_v := d.get("policyId")) is not None else PARSED_UNSET
            policy_id: UUID | Unset
            if isinstance(_policy_id, Unset):
                policy_id = UNSET
            else:
                policy_id = UUID(_policy_id)

            parent_event_id = _v if (_v := d.get("parentEventId")) is not None else PARSED_UNSET

            is_detached = _v if (_v := d.get("isDetached")) is not None else PARSED_UNSET

            _aggregate_start_date_time = _v if (_v := d.get("aggregateStartDateTime")) is not None else PARSED_UNSET
            aggregate_start_date_time: DateTimeLocal | Unset
            if isinstance(_aggregate_start_date_time, Unset):
                aggregate_start_date_time = UNSET
            else:
                aggregate_start_date_time = DateTimeLocal.from_dict(_aggregate_start_date_time)

            _aggregate_end_date_time = _v if (_v := d.get("aggregateEndDateTime")) is not None else PARSED_UNSET
            aggregate_end_date_time: DateTimeLocal | Unset
            if isinstance(_aggregate_end_date_time, Unset):
                aggregate_end_date_time = UNSET
            else:
                aggregate_end_date_time = DateTimeLocal.from_dict(_aggregate_end_date_time)

            _child_event_counts = _v if (_v := d.get("childEventCounts")) is not None else PARSED_UNSET
            child_event_counts: ChildEventCounts | Unset
            if isinstance(_child_event_counts, Unset):
                child_event_counts = UNSET
            else:
                child_event_counts = ChildEventCounts.from_dict(_child_event_counts)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Event", str(exc.args[0])) from None
        event = cls(
            id=id,
            name=name,
            type_=type_,
            description=description,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            location=location,
            group=group,
            status=status,
            company_id=company_id,
            running_status=running_status,
            payment_sources=payment_sources,
            num_travelers=num_travelers,
            custom_field_responses=custom_field_responses,
            custom_field_v3_responses=custom_field_v3_responses,
            external_id=external_id,
            policy_id=policy_id,
            parent_event_id=parent_event_id,
            is_detached=is_detached,
            aggregate_start_date_time=aggregate_start_date_time,
            aggregate_end_date_time=aggregate_end_date_time,
            child_event_counts=child_event_counts,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event

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
