from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.company_ref import CompanyRef


T = TypeVar("T", bound="TmcBasicInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "contractingTmc",
        "bookingTmc",
    }
)


@_attrs_define
class TmcBasicInfo:
    """
    Attributes:
        contracting_tmc (CompanyRef):
        booking_tmc (CompanyRef):
    """

    contracting_tmc: CompanyRef
    booking_tmc: CompanyRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contracting_tmc = self.contracting_tmc.to_dict()

        booking_tmc = self.booking_tmc.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contractingTmc": contracting_tmc,
                "bookingTmc": booking_tmc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_ref import CompanyRef  # noqa: PLC0415

        d = src_dict
        try:
            contracting_tmc = CompanyRef.from_dict(d["contractingTmc"])

            booking_tmc = CompanyRef.from_dict(d["bookingTmc"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TmcBasicInfo", str(exc.args[0])) from None
        tmc_basic_info = cls(
            contracting_tmc=contracting_tmc,
            booking_tmc=booking_tmc,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            tmc_basic_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return tmc_basic_info

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
