from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="TravelerSearchFilter")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "searchTerm",
    }
)


@_attrs_define
class TravelerSearchFilter:
    """
    Attributes:
        type_ (Literal['TRAVELER_SEARCH_FILTER']):  Default: 'TRAVELER_SEARCH_FILTER'.
        search_term (str | Unset):  Example: name.
    """

    type_: Literal["TRAVELER_SEARCH_FILTER"] = "TRAVELER_SEARCH_FILTER"
    search_term: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        search_term = self.search_term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if search_term is not UNSET:
            field_dict["searchTerm"] = search_term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            type_ = cast(Literal["TRAVELER_SEARCH_FILTER"], d["type"])
            if type_ != "TRAVELER_SEARCH_FILTER":
                raise ValueError(f"type must match const 'TRAVELER_SEARCH_FILTER', got '{type_}'")

            search_term = _v if (_v := d.get("searchTerm")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("TravelerSearchFilter", str(exc.args[0])) from None
        traveler_search_filter = cls(
            type_=type_,
            search_term=search_term,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            traveler_search_filter.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return traveler_search_filter

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
