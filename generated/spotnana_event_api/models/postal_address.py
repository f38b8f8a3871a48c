from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.latlng import Latlng


T = TypeVar("T", bound="PostalAddress")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "addressLines",
        "regionCode",
        "administrativeArea",
        "administrativeAreaName",
        "description",
        "isDefault",
        "languageCode",
        "locality",
        "locationCode",
        "organization",
        "postalCode",
        "continentCode",
        "recipients",
        "regionName",
        "revision",
        "sortingCode",
        "sublocality",
        "timezone",
        "coordinates",
    }
)


@_attrs_define
class PostalAddress:
    """
    Attributes:
        address_lines (list[str]):
        region_code (str):  Example: US.
        administrative_area (str | Unset):  Example: CA.
        administrative_area_name (str | Unset):  Example: California.
        description (str | Unset):  Example: San Francisco Home.
        is_default (bool | Unset):  Example: True.
        language_code (str | Unset):  Example: en.
        locality (str | Unset):  Example: San Francisco.
        location_code (str | Unset):  Example: LAX.
        organization (str | Unset):  Example: Spotnana.
        postal_code (str | Unset):  Example: 94130.
        continent_code (str | Unset):  Example: AF.
        recipients (list[str] | Unset):
        region_name (str | Unset):  Example: America.
        revision (int | Unset):  Example: 1.
        sorting_code (str | Unset):  Example: Jamaica.
        sublocality (str | Unset):
        timezone (str | Unset):  Example: America/Los_Angeles.
        coordinates (Latlng | Unset):
    """

    address_lines: list[str]
    region_code: str
    administrative_area: str | Unset = UNSET
    administrative_area_name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    language_code: str | Unset = UNSET
    locality: str | Unset = UNSET
    location_code: str | Unset = UNSET
    organization: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    continent_code: str | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    region_name: str | Unset = UNSET
    revision: int | Unset = UNSET
    sorting_code: str | Unset = UNSET
    sublocality: str | Unset = UNSET
    timezone: str | Unset = UNSET
    coordinates: Latlng | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_lines = self.address_lines

        region_code = self.region_code

        administrative_area = self.administrative_area

        administrative_area_name = self.administrative_area_name

        description = self.description

        is_default = self.is_default

        language_code = self.language_code

        locality = self.locality

        location_code = self.location_code

        organization = self.organization

        postal_code = self.postal_code

        continent_code = self.continent_code

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        region_name = self.region_name

        revision = self.revision

        sorting_code = self.sorting_code

        sublocality = self.sublocality

        timezone = self.timezone

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLines": address_lines,
                "regionCode": region_code,
            }
        )
        if administrative_area is not UNSET:
            field_dict["administrativeArea"] = administrative_area
        if administrative_area_name is not UNSET:
            field_dict["administrativeAreaName"] = administrative_area_name
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if locality is not UNSET:
            field_dict["locality"] = locality
        if location_code is not UNSET:
            field_dict["locationCode"] = location_code
        if organization is not UNSET:
            field_dict["organization"] = organization
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if continent_code is not UNSET:
            field_dict["continentCode"] = continent_code
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if revision is not UNSET:
            field_dict["revision"] = revision
        if sorting_code is not UNSET:
            field_dict["sortingCode"] = sorting_code
        if sublocality is not UNSET:
            field_dict["sublocality"] = sublocality
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.latlng import Latlng  # noqa: PLC0415

        d = src_dict
        try:
            address_lines = cast(list[str], d["addressLines"])

            region_code = d["regionCode"]

            administrative_area = _v if (_v := d.get("administrativeArea")) is not None else PARSED_UNSET

            administrative_area_name = _v if (_v := d.get("administrativeAreaName")) is not None else PARSED_UNSET

            description = _v if (_v := d.get("description")) is not None else PARSED_UNSET

            is_default = _v if (_v := d.get("isDefault")) is not None else PARSED_UNSET

            language_code = _v if (_v := d.get("languageCode")) is not None else PARSED_UNSET

            locality = _v if (_v := d.get("locality")) is not None else PARSED_UNSET

            location_code = _v if (_v := d.get("locationCode")) is not None else PARSED_UNSET

            organization = _v if (_v := d.get("organization")) is not None else PARSED_UNSET

            postal_code = _v if (_v := d.get("postalCode")) is not None else PARSED_UNSET

            continent_code = _v if (_v := d.get("continentCode")) is not None else PARSED_UNSET

            recipients = cast(list[str], (_v if (_v := d.get("recipients")) is not None else PARSED_UNSET))

            region_name = _v if (_v := d.get("regionName")) is not None else PARSED_UNSET

            revision = _v if (_v := d.get("revision")) is not None else PARSED_UNSET

            sorting_code = _v if (_v := d.get("sortingCode")) is not None else PARSED_UNSET

            sublocality = _v if (_v := d.get("sublocality")) is not None else PARSED_UNSET

            timezone = _v if (_v := d.get("timezone")) is not None else PARSED_UNSET

            _coordinates = _v if (_v := d.get("coordinates")) is not None else PARSED_UNSET
            coordinates: Latlng | Unset
            if isinstance(_coordinates, Unset):
                coordinates = UNSET
            else:
                coordinates = Latlng.from_dict(_coordinates)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PostalAddress", str(exc.args[0])) from None
        postal_address = cls(
            address_lines=address_lines,
            region_code=region_code,
            administrative_area=administrative_area,
            administrative_area_name=administrative_area_name,
            description=description,
            is_default=is_default,
            language_code=language_code,
            locality=locality,
            location_code=location_code,
            organization=organization,
            postal_code=postal_code,
            continent_code=continent_code,
            recipients=recipients,
            region_name=region_name,
            revision=revision,
            sorting_code=sorting_code,
            sublocality=sublocality,
            timezone=timezone,
            coordinates=coordinates,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            postal_address.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return postal_address

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
