from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

T = TypeVar("T", bound="JobIdFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "filterType",
        "jobId",
    }
)


@_attrs_define
class JobIdFilter:
    """
    Attributes:
        filter_type (Literal['JOB_ID_FILTER']):  Default: 'JOB_ID_FILTER'.
        job_id (UUID):  Example: f7b3b3b3-7b3b-4b3b-8b3b-3b3b3b3b3b3b.
    """

    job_id: UUID
    filter_type: Literal["JOB_ID_FILTER"] = "JOB_ID_FILTER"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type

        job_id = str(self.job_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            filter_type = cast(Literal["JOB_ID_FILTER"], d["filterType"])
            if filter_type != "JOB_ID_FILTER":
                raise ValueError(f"filterType must match const 'JOB_ID_FILTER', got '{filter_type}'")

            job_id = UUID(d["jobId"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("JobIdFilter", str(exc.args[0])) from None
        job_id_filter = cls(
            filter_type=filter_type,
            job_id=job_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            job_id_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return job_id_filter

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
