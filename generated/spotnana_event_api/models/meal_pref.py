from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.meal_type import MealType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="MealPref")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "exclMealPrefs",
        "inclMealPrefs",
        "specialMealDescription",
    }
)


@_attrs_define
class MealPref:
    """
    Attributes:
        excl_meal_prefs (list[MealType] | Unset):
        incl_meal_prefs (list[MealType] | Unset):
        special_meal_description (str | Unset):  Example: Veg only meal.
    """

    excl_meal_prefs: list[MealType] | Unset = UNSET
    incl_meal_prefs: list[MealType] | Unset = UNSET
    special_meal_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        excl_meal_prefs: list[str] | Unset = UNSET
        if not isinstance(self.excl_meal_prefs, Unset):
            excl_meal_prefs = []
            for excl_meal_prefs_item_data in self.excl_meal_prefs:
                excl_meal_prefs_item = excl_meal_prefs_item_data.value
                excl_meal_prefs.append(excl_meal_prefs_item)

        incl_meal_prefs: list[str] | Unset = UNSET
        if not isinstance(self.incl_meal_prefs, Unset):
            incl_meal_prefs = []
            for incl_meal_prefs_item_data in self.incl_meal_prefs:
                incl_meal_prefs_item = incl_meal_prefs_item_data.value
                incl_meal_prefs.append(incl_meal_prefs_item)

        special_meal_description = self.special_meal_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if excl_meal_prefs is not UNSET:
            field_dict["exclMealPrefs"] = excl_meal_prefs
        if incl_meal_prefs is not UNSET:
            field_dict["inclMealPrefs"] = incl_meal_prefs
        if special_meal_description is not UNSET:
            field_dict["specialMealDescription"] = special_meal_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            _excl_meal_prefs = _v if (_v := d.get("exclMealPrefs")) is not None else PARSED_UNSET
            excl_meal_prefs: list[MealType] | Unset = UNSET
            if _excl_meal_prefs is not UNSET:
                excl_meal_prefs = []
                for excl_meal_prefs_item_data in _excl_meal_prefs:
                    excl_meal_prefs_item = MealType(excl_meal_prefs_item_data)

                    excl_meal_prefs.append(excl_meal_prefs_item)

            _incl_meal_prefs = _v if (_v := d.get("inclMealPrefs")) is not None else PARSED_UNSET
            incl_meal_prefs: list[MealType] | Unset = UNSET
            if _incl_meal_prefs is not UNSET:
                incl_meal_prefs = []
                for incl_meal_prefs_item_data in _incl_meal_prefs:
                    incl_meal_prefs_item = MealType(incl_meal_prefs_item_data)

                    incl_meal_prefs.append(incl_meal_prefs_item)

            special_meal_description = _v if (_v := d.get("specialMealDescription")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("MealPref", str(exc.args[0])) from None
        meal_pref = cls(
            excl_meal_prefs=excl_meal_prefs,
            incl_meal_prefs=incl_meal_prefs,
            special_meal_description=special_meal_description,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            meal_pref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return meal_pref

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
