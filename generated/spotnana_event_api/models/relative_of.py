from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.relation import Relation
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
        ReferenceObjectContainingUuidAndNameOfTheEntity,
    )


T = TypeVar("T", bound="RelativeOf")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userRef",
        "relation",
    }
)


@_attrs_define
class RelativeOf:
    """
    Attributes:
        user_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
        relation (Relation | Unset):  Example: SPOUSE.
    """

    user_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    relation: Relation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_ref, Unset):
            user_ref = self.user_ref.to_dict()

        relation: str | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_ref is not UNSET:
            field_dict["userRef"] = user_ref
        if relation is not UNSET:
            field_dict["relation"] = relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
            ReferenceObjectContainingUuidAndNameOfTheEntity,  # noqa: PLC0415
        )

        d = src_dict
        try:
            _user_ref = _v if (_v := d.get("userRef")) is not None else PARSED_UNSET
            user_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_user_ref, Unset):
                user_ref = UNSET
            else:
                user_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_user_ref)

            _relation = _v if (_v := d.get("relation")) is not None else PARSED_UNSET
            relation: Relation | Unset
            if isinstance(_relation, Unset):
                relation = UNSET
            else:
                relation = Relation(_relation)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("RelativeOf", str(exc.args[0])) from None
        relative_of = cls(
            user_ref=user_ref,
            relation=relation,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            relative_of.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return relative_of

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
