from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_id_filter import JobIdFilter
    from ..models.reference_id_filter import ReferenceIdFilter


T = TypeVar("T", bound="AsyncJobDetailRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "companyId",
        "filters",
    }
)


@_attrs_define
class AsyncJobDetailRequest:
    """
    Attributes:
        company_id (str):  Example: c5977a9b-095a-40be-a1bb-b9d3c894e4a5.
        filters (JobIdFilter | ReferenceIdFilter | Unset):
    """

    company_id: str
    filters: JobIdFilter | ReferenceIdFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_id_filter import JobIdFilter  # noqa: PLC0415

        company_id = self.company_id

        filters: dict[str, Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, JobIdFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyId": company_id,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.job_id_filter import JobIdFilter  # noqa: PLC0415
        from ..models.reference_id_filter import ReferenceIdFilter  # noqa: PLC0415

        d = src_dict
        try:
            company_id = d["companyId"]

            _filters_data = _v if (_v := d.get("filters")) is not None else PARSED_UNSET
            filters: JobIdFilter | ReferenceIdFilter | Unset
            if isinstance(_filters_data, Unset):
                filters = UNSET
            elif not isinstance(_filters_data, dict):
                raise UnknownVariantError("JobIdFilter | ReferenceIdFilter", _filters_data)
            elif _filters_data.get("filterType") == "JOB_ID_FILTER":
                filters = JobIdFilter.from_dict(_filters_data)
            elif _filters_data.get("filterType") == "REFERENCE_ID_FILTER":
                filters = ReferenceIdFilter.from_dict(_filters_data)
            else:
                raise UnknownVariantError("JobIdFilter | ReferenceIdFilter", _filters_data)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AsyncJobDetailRequest", str(exc.args[0])) from None
        async_job_detail_request = cls(
            company_id=company_id,
            filters=filters,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            async_job_detail_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return async_job_detail_request

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
