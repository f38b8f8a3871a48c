from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.dimensions import Dimensions


T = TypeVar("T", bound="Image")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "data",
        "dimensions",
        "url",
    }
)


@_attrs_define
class Image:
    """
    Attributes:
        data (str | Unset):  Example: 6935813e12584abda0e43d71cd2ea260.
        dimensions (Dimensions | Unset):
        url (str | Unset):  Example: https://static.wixstatic.com/media/73f2e2_6935813e12584abda0e43d71cd2ea260~mv2.png/
            v1/fill/w_630,h_94,al_c,q_85,usm_0.66_1.00_0.01/Spotnana%403x.webp.
    """

    data: str | Unset = UNSET
    dimensions: Dimensions | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.dimensions import Dimensions  # noqa: PLC0415

        d = src_dict
        try:
            data = _v if (_v := d.get("data")) is not None else PARSED_UNSET

            _dimensions = _v if (_v := d.get("dimensions")) is not None else PARSED_UNSET
            dimensions: Dimensions | Unset
            if isinstance(_dimensions, Unset):
                dimensions = UNSET
            else:
                dimensions = Dimensions.from_dict(_dimensions)

            url = _v if (_v := d.get("url")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("Image", str(exc.args[0])) from None
        image = cls(
            data=data,
            dimensions=dimensions,
            url=url,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            image.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return image

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
