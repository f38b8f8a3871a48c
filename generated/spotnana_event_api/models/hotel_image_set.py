from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.hotel_image_category import HotelImageCategory

if TYPE_CHECKING:
    from ..models.image_group import ImageGroup


T = TypeVar("T", bound="HotelImageSet")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "category",
        "imageGroup",
    }
)


@_attrs_define
class HotelImageSet:
    """
    Attributes:
        category (HotelImageCategory):
        image_group (ImageGroup):
    """

    category: HotelImageCategory
    image_group: ImageGroup
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        image_group = self.image_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "imageGroup": image_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.image_group import ImageGroup  # noqa: PLC0415

        d = src_dict
        try:
            category = HotelImageCategory(d["category"])

            image_group = ImageGroup.from_dict(d["imageGroup"])

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("HotelImageSet", str(exc.args[0])) from None
        hotel_image_set = cls(
            category=category,
            image_group=image_group,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            hotel_image_set.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return hotel_image_set

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
