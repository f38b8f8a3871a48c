from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.event_job_status import EventJobStatus
from ..models.event_job_type import EventJobType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_offset import DateTimeOffset
    from ..models.job_item import JobItem


T = TypeVar("T", bound="AsyncJobDetailResponse")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
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


@_attrs_define
class AsyncJobDetailResponse:
    """
    Attributes:
        job_id (UUID | Unset):  Example: f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b.
        reference_id (str | Unset):  Example: 8859676988.
        type_ (EventJobType | Unset):  Example: PUBLISH.
        status (EventJobStatus | Unset):  Example: COMPLETED.
        total_items (int | Unset):  Example: 42.
        success_count (int | Unset):  Example: 41.
        failure_count (int | Unset):  Example: 1.
        job_items (list[JobItem] | Unset):
        created_at (DateTimeOffset | Unset):
        completed_at (DateTimeOffset | Unset):
    """

    job_id: UUID | Unset = UNSET
    reference_id: str | Unset = UNSET
    type_: EventJobType | Unset = UNSET
    status: EventJobStatus | Unset = UNSET
    total_items: int | Unset = UNSET
    success_count: int | Unset = UNSET
    failure_count: int | Unset = UNSET
    job_items: list[JobItem] | Unset = UNSET
    created_at: DateTimeOffset | Unset = UNSET
    completed_at: DateTimeOffset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date_time_offset import DateTimeOffset  # noqa: PLC0415
        from ..models.job_item import JobItem  # noqa: PLC0415

        d = src_dict
        try:
            _job_id = _v if (_v := d.get("jobId")) is not None else PARSED_UNSET
            job_id: UUID | Unset
            if isinstance(_job_id, Unset):
                job_id = UNSET
            else:
                job_id = UUID(_job_id)

            reference_id = _v if (_v := d.get("referenceId")) is not None else PARSED_UNSET

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: EventJobType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = EventJobType(_type_)

            _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
            status: EventJobStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = EventJobStatus(_status)

            total_items = _v if (_v := d.get("totalItems")) is not None else PARSED_UNSET

            success_count = _v if (_v := d.get("successCount")) is not None else PARSED_UNSET

            failure_count = _v if (_v := d.get("failureCount")) is not None else PARSED_UNSET

            _job_items = _v if (_v := d.get("jobItems")) is not None else PARSED_UNSET
            job_items: list[JobItem] | Unset = UNSET
            if _job_items is not UNSET:
                job_items = []
                for job_items_item_data in _job_items:
                    job_items_item = JobItem.from_dict(job_items_item_data)

                    job_items.append(job_items_item)

            _created_at = _v if (_v := d.get("createdAt")) is not None else PARSED_UNSET
            created_at: DateTimeOffset | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = DateTimeOffset.from_dict(_created_at)

            _completed_at = _v if (_v := d.get("completedAt")) is not None else PARSED_UNSET
            completed_at: DateTimeOffset | Unset
            if isinstance(_completed_at, Unset):
                completed_at = UNSET
            else:
                completed_at = DateTimeOffset.from_dict(_completed_at)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AsyncJobDetailResponse", str(exc.args[0])) from None
        async_job_detail_response = cls(
            job_id=job_id,
            reference_id=reference_id,
            type_=type_,
            status=status,
            total_items=total_items,
            success_count=success_count,
            failure_count=failure_count,
            job_items=job_items,
            created_at=created_at,
            completed_at=completed_at,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            async_job_detail_response.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return async_job_detail_response

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
