from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.phone_number_country_code_source import PhoneNumberCountryCodeSource
from ..models.phone_number_type import PhoneNumberType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "countryCode",
        "countryCodeSource",
        "extension",
        "isoCountryCode",
        "italianLeadingZero",
        "nationalNumber",
        "numberOfLeadingZeros",
        "preferredDomesticCarrierCode",
        "rawInput",
        "type",
    }
)


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        country_code (int | Unset):  Example: 91.
        country_code_source (PhoneNumberCountryCodeSource | Unset):  Example: FROM_NUMBER_WITH_PLUS_SIGN.
        extension (str | Unset):  Example: 222.
        iso_country_code (str | Unset):  Example: IN.
        italian_leading_zero (bool | Unset):  Default: False. Example: True.
        national_number (int | Unset):  Example: 8150.
        number_of_leading_zeros (int | Unset):  Default: 0. Example: 1.
        preferred_domestic_carrier_code (str | Unset):  Example: 7.
        raw_input (str | Unset):  Example: 77777.
        type_ (PhoneNumberType | Unset):  Example: MOBILE.
    """

    country_code: int | Unset = UNSET
    country_code_source: PhoneNumberCountryCodeSource | Unset = UNSET
    extension: str | Unset = UNSET
    iso_country_code: str | Unset = UNSET
    italian_leading_zero: bool | Unset = False
    national_number: int | Unset = UNSET
    number_of_leading_zeros: int | Unset = 0
    preferred_domestic_carrier_code: str | Unset = UNSET
    raw_input: str | Unset = UNSET
    type_: PhoneNumberType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        country_code_source: str | Unset = UNSET
        if not isinstance(self.country_code_source, Unset):
            country_code_source = self.country_code_source.value

        extension = self.extension

        iso_country_code = self.iso_country_code

        italian_leading_zero = self.italian_leading_zero

        national_number = self.national_number

        number_of_leading_zeros = self.number_of_leading_zeros

        preferred_domestic_carrier_code = self.preferred_domestic_carrier_code

        raw_input = self.raw_input

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if country_code_source is not UNSET:
            field_dict["countryCodeSource"] = country_code_source
        if extension is not UNSET:
            field_dict["extension"] = extension
        if iso_country_code is not UNSET:
            field_dict["isoCountryCode"] = iso_country_code
        if italian_leading_zero is not UNSET:
            field_dict["italianLeadingZero"] = italian_leading_zero
        if national_number is not UNSET:
            field_dict["nationalNumber"] = national_number
        if number_of_leading_zeros is not UNSET:
            field_dict["numberOfLeadingZeros"] = number_of_leading_zeros
        if preferred_domestic_carrier_code is not UNSET:
            field_dict["preferredDomesticCarrierCode"] = preferred_domestic_carrier_code
        if raw_input is not UNSET:
            field_dict["rawInput"] = raw_input
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            country_code = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET

            _country_code_source = _v if (_v := d.get("countryCodeSource")) is not None else PARSED_UNSET
            country_code_source: PhoneNumberCountryCodeSource | Unset
            if isinstance(_country_code_source, Unset):
                country_code_source = UNSET
            else:
                country_code_source = PhoneNumberCountryCodeSource(_country_code_source)

            extension = _v if (_v := d.get("extension")) is not None else PARSED_UNSET

            iso_country_code = _v if (_v := d.get("isoCountryCode")) is not None else PARSED_UNSET

            italian_leading_zero = _v if (_v := d.get("italianLeadingZero")) is not None else PARSED_UNSET

            national_number = _v if (_v := d.get("nationalNumber")) is not None else PARSED_UNSET

            number_of_leading_zeros = _v if (_v := d.get("numberOfLeadingZeros")) is not None else PARSED_UNSET

            preferred_domestic_carrier_code = (
                _v if (_v := d.get("preferredDomesticCarrierCode")) is not None else PARSED_UNSET
            )

            raw_input = _v if (_v := d.get("rawInput")) is not None else PARSED_UNSET

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: PhoneNumberType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = PhoneNumberType(_type_)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("PhoneNumber", str(exc.args[0])) from None
        phone_number = cls(
            country_code=country_code,
            country_code_source=country_code_source,
            extension=extension,
            iso_country_code=iso_country_code,
            italian_leading_zero=italian_leading_zero,
            national_number=national_number,
            number_of_leading_zeros=number_of_leading_zeros,
            preferred_domestic_carrier_code=preferred_domestic_carrier_code,
            raw_input=raw_input,
            type_=type_,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            phone_number.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return phone_number

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
