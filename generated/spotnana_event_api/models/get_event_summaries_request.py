from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_id import CompanyId
    from ..models.user_id import UserId


T = TypeVar("T", bound="GetEventSummariesRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userId",
        "companyId",
        "tripIds",
    }
)


@_attrs_define
class GetEventSummariesRequest:
    """
    Attributes:
        user_id (UserId | Unset):
        company_id (CompanyId | Unset):
        trip_ids (list[str] | Unset):
    """

    user_id: UserId | Unset = UNSET
    company_id: CompanyId | Unset = UNSET
    trip_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = self.user_id.to_dict()

        company_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_id, Unset):
            company_id = self.company_id.to_dict()

        trip_ids: list[str] | Unset = UNSET
        if not isinstance(self.trip_ids, Unset):
            trip_ids = self.trip_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if trip_ids is not UNSET:
            field_dict["tripIds"] = trip_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _user_id = _v if (_v := d.get("userId")) is not None else PARSED_UNSET
            user_id: UserId | Unset
            if isinstance(_user_id, Unset):
                user_id = UNSET
            else:
                user_id = UserId.from_dict(_user_id)

            _company_id = _v if (_v := d.get("companyId")) is not None else PARSED_UNSET
            company_id: CompanyId | Unset
            if isinstance(_company_id, Unset):
                company_id = UNSET
            else:
                company_id = CompanyId.from_dict(_company_id)

            trip_ids = cast(list[str], (_v if (_v := d.get("tripIds")) is not None else PARSED_UNSET))

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("GetEventSummariesRequest", str(exc.args[0])) from None
        get_event_summaries_request = cls(
            user_id=user_id,
            company_id=company_id,
            trip_ids=trip_ids,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            get_event_summaries_request.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return get_event_summaries_request

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
