from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, UnknownVariantError

if TYPE_CHECKING:
    from ..models.airline import Airline
    from ..models.diners_tac_metadata_wrapper import DinersTacMetadataWrapper
    from ..models.ua_pass_plus_metadata_wrapper import UAPassPlusMetadataWrapper
    from ..models.uatp_metadata_wrapper import UATPMetadataWrapper


T = TypeVar("T", bound="AirlineProgram")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "airlineInfo",
        "airlineProgramMetadata",
    }
)


@_attrs_define
class AirlineProgram:
    """
    Attributes:
        airline_info (list[Airline]):
        airline_program_metadata (DinersTacMetadataWrapper | UAPassPlusMetadataWrapper | UATPMetadataWrapper):
    """

    airline_info: list[Airline]
    airline_program_metadata: DinersTacMetadataWrapper | UAPassPlusMetadataWrapper | UATPMetadataWrapper
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ua_pass_plus_metadata_wrapper import UAPassPlusMetadataWrapper  # noqa: PLC0415
        from ..models.uatp_metadata_wrapper import UATPMetadataWrapper  # noqa: PLC0415

        airline_info = []
        for airline_info_item_data in self.airline_info:
            airline_info_item = airline_info_item_data.to_dict()
            airline_info.append(airline_info_item)

        airline_program_metadata: dict[str, Any]
        if isinstance(self.airline_program_metadata, UATPMetadataWrapper):
            airline_program_metadata = self.airline_program_metadata.to_dict()
        elif isinstance(self.airline_program_metadata, UAPassPlusMetadataWrapper):
            airline_program_metadata = self.airline_program_metadata.to_dict()
        else:
            airline_program_metadata = self.airline_program_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "airlineInfo": airline_info,
                "airlineProgramMetadata": airline_program_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.airline import Airline  # noqa: PLC0415
        from ..models.diners_tac_metadata_wrapper import DinersTacMetadataWrapper  # noqa: PLC0415
        from ..models.ua_pass_plus_metadata_wrapper import UAPassPlusMetadataWrapper  # noqa: PLC0415
        from ..models.uatp_metadata_wrapper import UATPMetadataWrapper  # noqa: PLC0415

        d = src_dict
        try:
            airline_info = []
            _airline_info = d["airlineInfo"]
            for airline_info_item_data in _airline_info:
                airline_info_item = Airline.from_dict(airline_info_item_data)

                airline_info.append(airline_info_item)

            _airline_program_metadata_data = d["airlineProgramMetadata"]
            airline_program_metadata: DinersTacMetadataWrapper | UAPassPlusMetadataWrapper | UATPMetadataWrapper
            if not isinstance(_airline_program_metadata_data, dict):
                raise UnknownVariantError(
                    "DinersTacMetadataWrapper | UAPassPlusMetadataWrapper | UATPMetadataWrapper",
                    _airline_program_metadata_data,
                )
            elif "uatpMetadata" in _airline_program_metadata_data:
                airline_program_metadata = UATPMetadataWrapper.from_dict(_airline_program_metadata_data)
            elif "uaPassPlusMetadata" in _airline_program_metadata_data:
                airline_program_metadata = UAPassPlusMetadataWrapper.from_dict(_airline_program_metadata_data)
            elif "dinersTacMetadata" in _airline_program_metadata_data:
                airline_program_metadata = DinersTacMetadataWrapper.from_dict(_airline_program_metadata_data)
            else:
                raise UnknownVariantError(
                    "DinersTacMetadataWrapper | UAPassPlusMetadataWrapper | UATPMetadataWrapper",
                    _airline_program_metadata_data,
                )

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("AirlineProgram", str(exc.args[0])) from None
        airline_program = cls(
            airline_info=airline_info,
            airline_program_metadata=airline_program_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            airline_program.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return airline_program

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
