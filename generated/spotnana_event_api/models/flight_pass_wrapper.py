from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError

if TYPE_CHECKING:
    from ..models.flight_pass_metadata import FlightPassMetadata


T = TypeVar("T", bound="FlightPassWrapper")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "flightPassMetadata",
    }
)


@_attrs_define
class FlightPassWrapper:
    """
    Attributes:
        flight_pass_metadata (FlightPassMetadata):
    """

    flight_pass_metadata: FlightPassMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flight_pass_metadata = self.flight_pass_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flightPassMetadata": flight_pass_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.flight_pass_metadata import FlightPassMetadata  # noqa: PLC0415

        d = src_dict
        try:
            flight_pass_metadata = FlightPassMetadata.from_dict(d["flightPassMetadata"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("FlightPassWrapper", str(exc.args[0])) from None
        flight_pass_wrapper = cls(
            flight_pass_metadata=flight_pass_metadata,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            flight_pass_wrapper.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return flight_pass_wrapper

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
