from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.name_suffix import NameSuffix
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="Name")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "family1",
        "given",
        "family2",
        "middle",
        "suffix",
        "preferred",
    }
)


@_attrs_define
class Name:
    """
    Attributes:
        family1 (str):  Example: Gandas.
        given (str):  Example: Vichitr.
        family2 (str | Unset):  Example: FamilyTwo.
        middle (str | Unset):  Example: Kumar.
        suffix (NameSuffix | Unset):  Example: SR.
        preferred (str | Unset):  Example: Don.
    """

    family1: str
    given: str
    family2: str | Unset = UNSET
    middle: str | Unset = UNSET
    suffix: NameSuffix | Unset = UNSET
    preferred: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        family1 = self.family1

        given = self.given

        family2 = self.family2

        middle = self.middle

        suffix: str | Unset = UNSET
        if not isinstance(self.suffix, Unset):
            suffix = self.suffix.value

        preferred = self.preferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "family1": family1,
                "given": given,
            }
        )
        if family2 is not UNSET:
            field_dict["family2"] = family2
        if middle is not UNSET:
            field_dict["middle"] = middle
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if preferred is not UNSET:
            field_dict["preferred"] = preferred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            family1 = d["family1"]

            given = d["given"]

            family2 = _v if (_v := d.get("family2")) is not None else PARSED_UNSET

            middle = _v if (_v := d.get("middle")) is not None else PARSED_UNSET

            _suffix = _v if (_v := d.get("suffix")) is not None else PARSED_UNSET
            suffix: NameSuffix | Unset
            if isinstance(_suffix, Unset):
                suffix = UNSET
            else:
                suffix = NameSuffix(_suffix)

            preferred = _v if (_v := d.get("preferred")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Name", str(exc.args[0])) from None
        name = cls(
            family1=family1,
            given=given,
            family2=family2,
            middle=middle,
            suffix=suffix,
            preferred=preferred,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            name.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return name

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
