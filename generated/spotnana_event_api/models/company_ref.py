from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_id import CompanyId
    from ..models.image import Image


T = TypeVar("T", bound="CompanyRef")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "logo",
    }
)


@_attrs_define
class CompanyRef:
    """
    Attributes:
        id (CompanyId):
        name (str | Unset):
        logo (Image | Unset):
    """

    id: CompanyId
    name: str | Unset = UNSET
    logo: Image | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.to_dict()

        name = self.name

        logo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo, Unset):
            logo = self.logo.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if logo is not UNSET:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_id import CompanyId  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415

        d = src_dict
        try:
            id = CompanyId.from_dict(d["id"])

            name = _v if (_v := d.get("name")) is not None else PARSED_UNSET

            _logo = _v if (_v := d.get("logo")) is not None else PARSED_UNSET
            logo: Image | Unset
            if isinstance(_logo, Unset):
                logo = UNSET
            else:
                logo = Image.from_dict(_logo)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("CompanyRef", str(exc.args[0])) from None
        company_ref = cls(
            id=id,
            name=name,
            logo=logo,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            company_ref.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return company_ref

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
