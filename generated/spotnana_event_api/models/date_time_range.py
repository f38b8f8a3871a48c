from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_local import DateTimeLocal


T = TypeVar("T", bound="DateTimeRange")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "min",
        "max",
    }
)


@_attrs_define
class DateTimeRange:
    """
    Attributes:
        min_ (DateTimeLocal | Unset):
        max_ (DateTimeLocal | Unset):
    """

    min_: DateTimeLocal | Unset = UNSET
    max_: DateTimeLocal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date_time_local import DateTimeLocal  # noqa: PLC0415

        d = src_dict
        try:
            _min_ = _v if (_v := d.get("min")) is not None else PARSED_UNSET
            min_: DateTimeLocal | Unset
            if isinstance(_min_, Unset):
                min_ = UNSET
            else:
                min_ = DateTimeLocal.from_dict(_min_)

            _max_ = _v if (_v := d.get("max")) is not None else PARSED_UNSET
            max_: DateTimeLocal | Unset
            if isinstance(_max_, Unset):
                max_ = UNSET
            else:
                max_ = DateTimeLocal.from_dict(_max_)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("DateTimeRange", str(exc.args[0])) from None
        date_time_range = cls(
            min_=min_,
            max_=max_,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            date_time_range.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return date_time_range

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
