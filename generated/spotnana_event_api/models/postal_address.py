from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..types import (
    ITEM_TYPES,
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    read_list_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.latlng import Latlng


T = TypeVar("T", bound="PostalAddress")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
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
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "addressLines",
        "regionCode",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "addressLines": ("address_lines", True, ("list", ("str",)), None),
    "regionCode": ("region_code", True, ("str",), None),
    "administrativeArea": ("administrative_area", False, ("str",), None),
    "administrativeAreaName": ("administrative_area_name", False, ("str",), None),
    "description": ("description", False, ("str",), None),
    "isDefault": ("is_default", False, ("bool",), None),
    "languageCode": ("language_code", False, ("str",), None),
    "locality": ("locality", False, ("str",), None),
    "locationCode": ("location_code", False, ("str",), None),
    "organization": ("organization", False, ("str",), None),
    "postalCode": ("postal_code", False, ("str",), None),
    "continentCode": ("continent_code", False, ("str",), None),
    "recipients": ("recipients", False, ("list", ("str",)), None),
    "regionName": ("region_name", False, ("str",), None),
    "revision": ("revision", False, ("int",), None),
    "sortingCode": ("sorting_code", False, ("str",), None),
    "sublocality": ("sublocality", False, ("str",), None),
    "timezone": ("timezone", False, ("str",), None),
    "coordinates": ("coordinates", False, ("model", "latlng", "Latlng"), None),
}


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class PostalAddress:
    """
    Attributes:
        address_lines (list[str]): JSON ``addressLines``.
        region_code (str): JSON ``regionCode``; example US.
        administrative_area (str | Unset): JSON ``administrativeArea``; example CA.
        administrative_area_name (str | Unset): JSON ``administrativeAreaName``; example California.
        description (str | Unset): JSON ``description``; example San Francisco Home.
        is_default (bool | Unset): JSON ``isDefault``; example True.
        language_code (str | Unset): JSON ``languageCode``; example en.
        locality (str | Unset): JSON ``locality``; example San Francisco.
        location_code (str | Unset): JSON ``locationCode``; example LAX.
        organization (str | Unset): JSON ``organization``; example Spotnana.
        postal_code (str | Unset): JSON ``postalCode``; example 94130.
        continent_code (str | Unset): JSON ``continentCode``; example AF.
        recipients (list[str] | Unset): JSON ``recipients``.
        region_name (str | Unset): JSON ``regionName``; example America.
        revision (int | Unset): JSON ``revision``; format int32; example 1.
        sorting_code (str | Unset): JSON ``sortingCode``; example Jamaica.
        sublocality (str | Unset): JSON ``sublocality``.
        timezone (str | Unset): JSON ``timezone``; example America/Los_Angeles.
        coordinates (Latlng | Unset): JSON ``coordinates``.
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
    # The JSON document of an instance from from_dict while some fields are not parsed yet
    # (see types.LazyDocument, types.PartialDocument); None once they are, and for an
    # instance built by the caller.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)
    # attribute -> (JSON key, parser) of each field, and the keys whose null is absent, for
    # types.PartialDocument (set below).
    _field_parsers: ClassVar[dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]
    _null_means_absent: ClassVar[frozenset[str]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the spec's keys in spec order, then any key the spec does not list.
        An instance from ``from_dict`` whose fields were never read or set writes back the
        document it was parsed from, in the server's order (a copy, less ``null`` optional
        fields)."""
        try:
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
            field_dict["addressLines"] = address_lines
            field_dict["regionCode"] = region_code
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
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    if TYPE_CHECKING:

        @overload
        def require(self, name: Literal["administrative_area"], /) -> str: ...
        @overload
        def require(self, name: Literal["administrative_area_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["description"], /) -> str: ...
        @overload
        def require(self, name: Literal["is_default"], /) -> bool: ...
        @overload
        def require(self, name: Literal["language_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["locality"], /) -> str: ...
        @overload
        def require(self, name: Literal["location_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["organization"], /) -> str: ...
        @overload
        def require(self, name: Literal["postal_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["continent_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["recipients"], /) -> list[str]: ...
        @overload
        def require(self, name: Literal["region_name"], /) -> str: ...
        @overload
        def require(self, name: Literal["revision"], /) -> int: ...
        @overload
        def require(self, name: Literal["sorting_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["sublocality"], /) -> str: ...
        @overload
        def require(self, name: Literal["timezone"], /) -> str: ...
        @overload
        def require(self, name: Literal["coordinates"], /) -> Latlng: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"PostalAddress: expected a JSON object, got {type(src_dict).__name__}")
        if not ("addressLines" in src_dict and "regionCode" in src_dict):
            raise MissingRequiredFieldError("PostalAddress", min(_REQUIRED_KEYS - src_dict.keys()))
        instance = cls.__new__(cls)
        instance._raw = src_dict  # while parsing: a deprecated field set now is not the caller's
        try:
            _parse_document(instance, src_dict)
        except Exception:  # only reading the malformed field will raise (types.PartialDocument)
            parsed_in_part(instance, src_dict)
            return instance
        instance._raw = None
        return instance

    @classmethod
    def from_request(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a request body after checking it strictly, as the SDK checks bodies it sends:
        ``RequestValidationError`` names an unknown key (and the closest known one), a
        value of the wrong JSON type, an enum value the spec does not list, a broken
        pattern or bound. Responses go through the tolerant ``from_dict``."""
        check_request_json(cls, src_dict)
        return cls.from_dict(src_dict)

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


def _parse_address_lines(d: Mapping[str, Any]) -> list[str]:
    address_lines = cast(list[str], d["addressLines"])

    if type(address_lines) is not list or not ITEM_TYPES["str"].issuperset(map(type, address_lines)):
        address_lines = read_list_as("str", address_lines, "PostalAddress", "addressLines")

    return address_lines


def _parse_region_code(d: Mapping[str, Any]) -> str:
    region_code: str = d["regionCode"]
    if type(region_code) is not str:
        region_code = read_as("str", region_code, "PostalAddress", "regionCode")

    return region_code


def _parse_administrative_area(d: Mapping[str, Any]) -> str | Unset:
    administrative_area: str | Unset = _v if (_v := d.get("administrativeArea")) is not None else PARSED_UNSET
    if administrative_area is not UNSET and (type(administrative_area) is not str):
        administrative_area = read_as("str", administrative_area, "PostalAddress", "administrativeArea")

    return administrative_area


def _parse_administrative_area_name(d: Mapping[str, Any]) -> str | Unset:
    administrative_area_name: str | Unset = _v if (_v := d.get("administrativeAreaName")) is not None else PARSED_UNSET
    if administrative_area_name is not UNSET and (type(administrative_area_name) is not str):
        administrative_area_name = read_as("str", administrative_area_name, "PostalAddress", "administrativeAreaName")

    return administrative_area_name


def _parse_description(d: Mapping[str, Any]) -> str | Unset:
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "PostalAddress", "description")

    return description


def _parse_is_default(d: Mapping[str, Any]) -> bool | Unset:
    is_default: bool | Unset = _v if (_v := d.get("isDefault")) is not None else PARSED_UNSET
    if is_default is not UNSET and (type(is_default) is not bool):
        is_default = read_as("bool", is_default, "PostalAddress", "isDefault")

    return is_default


def _parse_language_code(d: Mapping[str, Any]) -> str | Unset:
    language_code: str | Unset = _v if (_v := d.get("languageCode")) is not None else PARSED_UNSET
    if language_code is not UNSET and (type(language_code) is not str):
        language_code = read_as("str", language_code, "PostalAddress", "languageCode")

    return language_code


def _parse_locality(d: Mapping[str, Any]) -> str | Unset:
    locality: str | Unset = _v if (_v := d.get("locality")) is not None else PARSED_UNSET
    if locality is not UNSET and (type(locality) is not str):
        locality = read_as("str", locality, "PostalAddress", "locality")

    return locality


def _parse_location_code(d: Mapping[str, Any]) -> str | Unset:
    location_code: str | Unset = _v if (_v := d.get("locationCode")) is not None else PARSED_UNSET
    if location_code is not UNSET and (type(location_code) is not str):
        location_code = read_as("str", location_code, "PostalAddress", "locationCode")

    return location_code


def _parse_organization(d: Mapping[str, Any]) -> str | Unset:
    organization: str | Unset = _v if (_v := d.get("organization")) is not None else PARSED_UNSET
    if organization is not UNSET and (type(organization) is not str):
        organization = read_as("str", organization, "PostalAddress", "organization")

    return organization


def _parse_postal_code(d: Mapping[str, Any]) -> str | Unset:
    postal_code: str | Unset = _v if (_v := d.get("postalCode")) is not None else PARSED_UNSET
    if postal_code is not UNSET and (type(postal_code) is not str):
        postal_code = read_as("str", postal_code, "PostalAddress", "postalCode")

    return postal_code


def _parse_continent_code(d: Mapping[str, Any]) -> str | Unset:
    continent_code: str | Unset = _v if (_v := d.get("continentCode")) is not None else PARSED_UNSET
    if continent_code is not UNSET and (type(continent_code) is not str):
        continent_code = read_as("str", continent_code, "PostalAddress", "continentCode")

    return continent_code


def _parse_recipients(d: Mapping[str, Any]) -> list[str] | Unset:
    recipients = cast(list[str] | Unset, (_v if (_v := d.get("recipients")) is not None else PARSED_UNSET))

    if recipients is not UNSET and (
        type(recipients) is not list or not ITEM_TYPES["str"].issuperset(map(type, recipients))
    ):
        recipients = read_list_as("str", recipients, "PostalAddress", "recipients")

    return recipients


def _parse_region_name(d: Mapping[str, Any]) -> str | Unset:
    region_name: str | Unset = _v if (_v := d.get("regionName")) is not None else PARSED_UNSET
    if region_name is not UNSET and (type(region_name) is not str):
        region_name = read_as("str", region_name, "PostalAddress", "regionName")

    return region_name


def _parse_revision(d: Mapping[str, Any]) -> int | Unset:
    revision: int | Unset = _v if (_v := d.get("revision")) is not None else PARSED_UNSET
    if revision is not UNSET and (type(revision) is not int):
        revision = read_as("int", revision, "PostalAddress", "revision")

    return revision


def _parse_sorting_code(d: Mapping[str, Any]) -> str | Unset:
    sorting_code: str | Unset = _v if (_v := d.get("sortingCode")) is not None else PARSED_UNSET
    if sorting_code is not UNSET and (type(sorting_code) is not str):
        sorting_code = read_as("str", sorting_code, "PostalAddress", "sortingCode")

    return sorting_code


def _parse_sublocality(d: Mapping[str, Any]) -> str | Unset:
    sublocality: str | Unset = _v if (_v := d.get("sublocality")) is not None else PARSED_UNSET
    if sublocality is not UNSET and (type(sublocality) is not str):
        sublocality = read_as("str", sublocality, "PostalAddress", "sublocality")

    return sublocality


def _parse_timezone(d: Mapping[str, Any]) -> str | Unset:
    timezone: str | Unset = _v if (_v := d.get("timezone")) is not None else PARSED_UNSET
    if timezone is not UNSET and (type(timezone) is not str):
        timezone = read_as("str", timezone, "PostalAddress", "timezone")

    return timezone


def _parse_coordinates(d: Mapping[str, Any]) -> Latlng | Unset:
    _coordinates = _v if (_v := d.get("coordinates")) is not None else PARSED_UNSET
    coordinates: Latlng | Unset
    if isinstance(_coordinates, Unset):
        coordinates = UNSET
    else:
        coordinates = Latlng.from_dict(_coordinates)

    return coordinates


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: PostalAddress, d: Mapping[str, Any]) -> None:
    address_lines = cast(list[str], d["addressLines"])

    if type(address_lines) is not list or not ITEM_TYPES["str"].issuperset(map(type, address_lines)):
        address_lines = read_list_as("str", address_lines, "PostalAddress", "addressLines")

    self.address_lines = address_lines
    region_code: str = d["regionCode"]
    if type(region_code) is not str:
        region_code = read_as("str", region_code, "PostalAddress", "regionCode")

    self.region_code = region_code
    administrative_area: str | Unset = _v if (_v := d.get("administrativeArea")) is not None else PARSED_UNSET
    if administrative_area is not UNSET and (type(administrative_area) is not str):
        administrative_area = read_as("str", administrative_area, "PostalAddress", "administrativeArea")

    self.administrative_area = administrative_area
    administrative_area_name: str | Unset = _v if (_v := d.get("administrativeAreaName")) is not None else PARSED_UNSET
    if administrative_area_name is not UNSET and (type(administrative_area_name) is not str):
        administrative_area_name = read_as("str", administrative_area_name, "PostalAddress", "administrativeAreaName")

    self.administrative_area_name = administrative_area_name
    description: str | Unset = _v if (_v := d.get("description")) is not None else PARSED_UNSET
    if description is not UNSET and (type(description) is not str):
        description = read_as("str", description, "PostalAddress", "description")

    self.description = description
    is_default: bool | Unset = _v if (_v := d.get("isDefault")) is not None else PARSED_UNSET
    if is_default is not UNSET and (type(is_default) is not bool):
        is_default = read_as("bool", is_default, "PostalAddress", "isDefault")

    self.is_default = is_default
    language_code: str | Unset = _v if (_v := d.get("languageCode")) is not None else PARSED_UNSET
    if language_code is not UNSET and (type(language_code) is not str):
        language_code = read_as("str", language_code, "PostalAddress", "languageCode")

    self.language_code = language_code
    locality: str | Unset = _v if (_v := d.get("locality")) is not None else PARSED_UNSET
    if locality is not UNSET and (type(locality) is not str):
        locality = read_as("str", locality, "PostalAddress", "locality")

    self.locality = locality
    location_code: str | Unset = _v if (_v := d.get("locationCode")) is not None else PARSED_UNSET
    if location_code is not UNSET and (type(location_code) is not str):
        location_code = read_as("str", location_code, "PostalAddress", "locationCode")

    self.location_code = location_code
    organization: str | Unset = _v if (_v := d.get("organization")) is not None else PARSED_UNSET
    if organization is not UNSET and (type(organization) is not str):
        organization = read_as("str", organization, "PostalAddress", "organization")

    self.organization = organization
    postal_code: str | Unset = _v if (_v := d.get("postalCode")) is not None else PARSED_UNSET
    if postal_code is not UNSET and (type(postal_code) is not str):
        postal_code = read_as("str", postal_code, "PostalAddress", "postalCode")

    self.postal_code = postal_code
    continent_code: str | Unset = _v if (_v := d.get("continentCode")) is not None else PARSED_UNSET
    if continent_code is not UNSET and (type(continent_code) is not str):
        continent_code = read_as("str", continent_code, "PostalAddress", "continentCode")

    self.continent_code = continent_code
    recipients = cast(list[str] | Unset, (_v if (_v := d.get("recipients")) is not None else PARSED_UNSET))

    if recipients is not UNSET and (
        type(recipients) is not list or not ITEM_TYPES["str"].issuperset(map(type, recipients))
    ):
        recipients = read_list_as("str", recipients, "PostalAddress", "recipients")

    self.recipients = recipients
    region_name: str | Unset = _v if (_v := d.get("regionName")) is not None else PARSED_UNSET
    if region_name is not UNSET and (type(region_name) is not str):
        region_name = read_as("str", region_name, "PostalAddress", "regionName")

    self.region_name = region_name
    revision: int | Unset = _v if (_v := d.get("revision")) is not None else PARSED_UNSET
    if revision is not UNSET and (type(revision) is not int):
        revision = read_as("int", revision, "PostalAddress", "revision")

    self.revision = revision
    sorting_code: str | Unset = _v if (_v := d.get("sortingCode")) is not None else PARSED_UNSET
    if sorting_code is not UNSET and (type(sorting_code) is not str):
        sorting_code = read_as("str", sorting_code, "PostalAddress", "sortingCode")

    self.sorting_code = sorting_code
    sublocality: str | Unset = _v if (_v := d.get("sublocality")) is not None else PARSED_UNSET
    if sublocality is not UNSET and (type(sublocality) is not str):
        sublocality = read_as("str", sublocality, "PostalAddress", "sublocality")

    self.sublocality = sublocality
    timezone: str | Unset = _v if (_v := d.get("timezone")) is not None else PARSED_UNSET
    if timezone is not UNSET and (type(timezone) is not str):
        timezone = read_as("str", timezone, "PostalAddress", "timezone")

    self.timezone = timezone
    _coordinates = _v if (_v := d.get("coordinates")) is not None else PARSED_UNSET
    coordinates: Latlng | Unset
    if isinstance(_coordinates, Unset):
        coordinates = UNSET
    else:
        coordinates = Latlng.from_dict(_coordinates)

    self.coordinates = coordinates
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "address_lines": ("addressLines", _parse_address_lines),
    "region_code": ("regionCode", _parse_region_code),
    "administrative_area": ("administrativeArea", _parse_administrative_area),
    "administrative_area_name": ("administrativeAreaName", _parse_administrative_area_name),
    "description": ("description", _parse_description),
    "is_default": ("isDefault", _parse_is_default),
    "language_code": ("languageCode", _parse_language_code),
    "locality": ("locality", _parse_locality),
    "location_code": ("locationCode", _parse_location_code),
    "organization": ("organization", _parse_organization),
    "postal_code": ("postalCode", _parse_postal_code),
    "continent_code": ("continentCode", _parse_continent_code),
    "recipients": ("recipients", _parse_recipients),
    "region_name": ("regionName", _parse_region_name),
    "revision": ("revision", _parse_revision),
    "sorting_code": ("sortingCode", _parse_sorting_code),
    "sublocality": ("sublocality", _parse_sublocality),
    "timezone": ("timezone", _parse_timezone),
    "coordinates": ("coordinates", _parse_coordinates),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
PostalAddress._field_parsers = _PARSERS
PostalAddress._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = PostalAddress.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.latlng import Latlng
