from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.program_details import ProgramDetails
    from ..models.uatp_information import UATPInformation


T = TypeVar("T", bound="UAPassPlusMetadata")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "programDetails",
        "uatpInfo",
    }
)


@_attrs_define
class UAPassPlusMetadata:
    """
    Attributes:
        program_details (ProgramDetails):
        uatp_info (UATPInformation):
    """

    program_details: ProgramDetails
    uatp_info: UATPInformation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_details = self.program_details.to_dict()

        uatp_info = self.uatp_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programDetails": program_details,
                "uatpInfo": uatp_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.program_details import ProgramDetails  # noqa: PLC0415
        from ..models.uatp_information import UATPInformation  # noqa: PLC0415

        d = src_dict
        try:
            program_details = ProgramDetails.from_dict(d["programDetails"])

            uatp_info = UATPInformation.from_dict(d["uatpInfo"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UAPassPlusMetadata", str(exc.args[0])) from None
        ua_pass_plus_metadata = cls(
            program_details=program_details,
            uatp_info=uatp_info,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            ua_pass_plus_metadata.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return ua_pass_plus_metadata

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
