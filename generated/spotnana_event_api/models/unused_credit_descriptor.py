from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.company_id import CompanyId
    from ..models.unused_credit_info import UnusedCreditInfo
    from ..models.user_id import UserId


T = TypeVar("T", bound="UnusedCreditDescriptor")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "unusedCreditInfo",
        "userId",
        "companyId",
    }
)


@_attrs_define
class UnusedCreditDescriptor:
    """
    Attributes:
        unused_credit_info (UnusedCreditInfo):
        user_id (UserId):
        company_id (CompanyId):
    """

    unused_credit_info: UnusedCreditInfo
    user_id: UserId
    company_id: CompanyId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unused_credit_info = self.unused_credit_info.to_dict()

        user_id = self.user_id.to_dict()

        company_id = self.company_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unusedCreditInfo": unused_credit_info,
                "userId": user_id,
                "companyId": company_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415
        from ..models.unused_credit_info import UnusedCreditInfo  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            unused_credit_info = UnusedCreditInfo.from_dict(d["unusedCreditInfo"])

            user_id = UserId.from_dict(d["userId"])

            company_id = CompanyId.from_dict(d["companyId"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UnusedCreditDescriptor", str(exc.args[0])) from None
        unused_credit_descriptor = cls(
            unused_credit_info=unused_credit_info,
            user_id=user_id,
            company_id=company_id,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            unused_credit_descriptor.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return unused_credit_descriptor

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
