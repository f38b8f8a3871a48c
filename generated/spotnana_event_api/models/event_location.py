from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.latlng import Latlng
    from ..models.postal_address import PostalAddress


T = TypeVar("T", bound="EventLocation")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "address",
        "coordinates",
    }
)


@_attrs_define
class EventLocation:
    """
    Attributes:
        address (PostalAddress | Unset):
        coordinates (Latlng | Unset):
    """

    address: PostalAddress | Unset = UNSET
    coordinates: Latlng | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not UNSET:
            field_dict["address"] = address
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.latlng import Latlng  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

        d = src_dict
        try:
            _address = _v if (_v := d.get("address")) is not None else PARSED_UNSET
            address: PostalAddress | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = PostalAddress.from_dict(_address)

            _coordinates = _v if (_v := d.get("coordinates")) is not None else PARSED_UNSET
            coordinates: Latlng | Unset
            if isinstance(_coordinates, Unset):
                coordinates = UNSET
            else:
                coordinates = Latlng.from_dict(_coordinates)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("EventLocation", str(exc.args[0])) from None
        event_location = cls(
            address=address,
            coordinates=coordinates,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            event_location.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return event_location

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
