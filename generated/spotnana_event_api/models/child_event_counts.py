from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="ChildEventCounts")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "total",
        "draft",
        "upcoming",
        "completed",
        "cancelled",
    }
)


@_attrs_define
class ChildEventCounts:
    """
    Attributes:
        total (int | Unset):  Example: 10.
        draft (int | Unset):  Example: 2.
        upcoming (int | Unset):  Example: 5.
        completed (int | Unset):  Example: 2.
        cancelled (int | Unset):  Example: 1.
    """

    total: int | Unset = UNSET
    draft: int | Unset = UNSET
    upcoming: int | Unset = UNSET
    completed: int | Unset = UNSET
    cancelled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        draft = self.draft

        upcoming = self.upcoming

        completed = self.completed

        cancelled = self.cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not UNSET:
            field_dict["total"] = total
        if draft is not UNSET:
            field_dict["draft"] = draft
        if upcoming is not UNSET:
            field_dict["upcoming"] = upcoming
        if completed is not UNSET:
            field_dict["completed"] = completed
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            total = _v if (_v := d.get("total")) is not None else PARSED_UNSET

            draft = _v if (_v := d.get("draft")) is not None else PARSED_UNSET

            upcoming = _v if (_v := d.get("upcoming")) is not None else PARSED_UNSET

            completed = _v if (_v := d.get("completed")) is not None else PARSED_UNSET

            cancelled = _v if (_v := d.get("cancelled")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ChildEventCounts", str(exc.args[0])) from None
        child_event_counts = cls(
            total=total,
            draft=draft,
            upcoming=upcoming,
            completed=completed,
            cancelled=cancelled,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            child_event_counts.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return child_event_counts

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
