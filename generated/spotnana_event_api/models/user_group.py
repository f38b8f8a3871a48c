from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.persona import Persona
from ..models.worker_type import WorkerType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_id import CustomFieldId
    from ..models.entity_id import EntityId
    from ..models.user_id import UserId


T = TypeVar("T", bound="UserGroup")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "userIds",
        "legalEntityIds",
        "officeIds",
        "departments",
        "costCenters",
        "grades",
        "positionTitles",
        "personas",
        "customFieldIds",
        "countryCodes",
        "workerTypes",
        "accountingCodes",
    }
)


@_attrs_define
class UserGroup:
    """
    Attributes:
        user_ids (list[UserId] | Unset):
        legal_entity_ids (list[EntityId] | Unset):
        office_ids (list[EntityId] | Unset):
        departments (list[str] | Unset):
        cost_centers (list[str] | Unset):
        grades (list[str] | Unset):
        position_titles (list[str] | Unset):
        personas (list[Persona] | Unset):
        custom_field_ids (list[CustomFieldId] | Unset):
        country_codes (list[str] | Unset):
        worker_types (list[WorkerType] | Unset):
        accounting_codes (list[str] | Unset):
    """

    user_ids: list[UserId] | Unset = UNSET
    legal_entity_ids: list[EntityId] | Unset = UNSET
    office_ids: list[EntityId] | Unset = UNSET
    departments: list[str] | Unset = UNSET
    cost_centers: list[str] | Unset = UNSET
    grades: list[str] | Unset = UNSET
    position_titles: list[str] | Unset = UNSET
    personas: list[Persona] | Unset = UNSET
    custom_field_ids: list[CustomFieldId] | Unset = UNSET
    country_codes: list[str] | Unset = UNSET
    worker_types: list[WorkerType] | Unset = UNSET
    accounting_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = user_ids_item_data.to_dict()
                user_ids.append(user_ids_item)

        legal_entity_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legal_entity_ids, Unset):
            legal_entity_ids = []
            for legal_entity_ids_item_data in self.legal_entity_ids:
                legal_entity_ids_item = legal_entity_ids_item_data.to_dict()
                legal_entity_ids.append(legal_entity_ids_item)

        office_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.office_ids, Unset):
            office_ids = []
            for office_ids_item_data in self.office_ids:
                office_ids_item = office_ids_item_data.to_dict()
                office_ids.append(office_ids_item)

        departments: list[str] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments

        cost_centers: list[str] | Unset = UNSET
        if not isinstance(self.cost_centers, Unset):
            cost_centers = self.cost_centers

        grades: list[str] | Unset = UNSET
        if not isinstance(self.grades, Unset):
            grades = self.grades

        position_titles: list[str] | Unset = UNSET
        if not isinstance(self.position_titles, Unset):
            position_titles = self.position_titles

        personas: list[str] | Unset = UNSET
        if not isinstance(self.personas, Unset):
            personas = []
            for personas_item_data in self.personas:
                personas_item = personas_item_data.value
                personas.append(personas_item)

        custom_field_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_ids, Unset):
            custom_field_ids = []
            for custom_field_ids_item_data in self.custom_field_ids:
                custom_field_ids_item = custom_field_ids_item_data.to_dict()
                custom_field_ids.append(custom_field_ids_item)

        country_codes: list[str] | Unset = UNSET
        if not isinstance(self.country_codes, Unset):
            country_codes = self.country_codes

        worker_types: list[str] | Unset = UNSET
        if not isinstance(self.worker_types, Unset):
            worker_types = []
            for worker_types_item_data in self.worker_types:
                worker_types_item = worker_types_item_data.value
                worker_types.append(worker_types_item)

        accounting_codes: list[str] | Unset = UNSET
        if not isinstance(self.accounting_codes, Unset):
            accounting_codes = self.accounting_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if legal_entity_ids is not UNSET:
            field_dict["legalEntityIds"] = legal_entity_ids
        if office_ids is not UNSET:
            field_dict["officeIds"] = office_ids
        if departments is not UNSET:
            field_dict["departments"] = departments
        if cost_centers is not UNSET:
            field_dict["costCenters"] = cost_centers
        if grades is not UNSET:
            field_dict["grades"] = grades
        if position_titles is not UNSET:
            field_dict["positionTitles"] = position_titles
        if personas is not UNSET:
            field_dict["personas"] = personas
        if custom_field_ids is not UNSET:
            field_dict["customFieldIds"] = custom_field_ids
        if country_codes is not UNSET:
            field_dict["countryCodes"] = country_codes
        if worker_types is not UNSET:
            field_dict["workerTypes"] = worker_types
        if accounting_codes is not UNSET:
            field_dict["accountingCodes"] = accounting_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.custom_field_id import CustomFieldId  # noqa: PLC0415
        from ..models.entity_id import EntityId  # noqa: PLC0415
        from ..models.user_id import UserId  # noqa: PLC0415

        d = src_dict
        try:
            _user_ids = _v if (_v := d.get("userIds")) is not None else PARSED_UNSET
            user_ids: list[UserId] | Unset = UNSET
            if _user_ids is not UNSET:
                user_ids = []
                for user_ids_item_data in _user_ids:
                    user_ids_item = UserId.from_dict(user_ids_item_data)

                    user_ids.append(user_ids_item)

            _legal_entity_ids = _v if (_v := d.get("legalEntityIds")) is not None else PARSED_UNSET
            legal_entity_ids: list[EntityId] | Unset = UNSET
            if _legal_entity_ids is not UNSET:
                legal_entity_ids = []
                for legal_entity_ids_item_data in _legal_entity_ids:
                    legal_entity_ids_item = EntityId.from_dict(legal_entity_ids_item_data)

                    legal_entity_ids.append(legal_entity_ids_item)

            _office_ids = _v if (_v := d.get("officeIds")) is not None else PARSED_UNSET
            office_ids: list[EntityId] | Unset = UNSET
            if _office_ids is not UNSET:
                office_ids = []
                for office_ids_item_data in _office_ids:
                    office_ids_item = EntityId.from_dict(office_ids_item_data)

                    office_ids.append(office_ids_item)

            departments = cast(list[str], (_v if (_v := d.get("departments")) is not None else PARSED_UNSET))

            cost_centers = cast(list[str], (_v if (_v := d.get("costCenters")) is not None else PARSED_UNSET))

            grades = cast(list[str], (_v if (_v := d.get("grades")) is not None else PARSED_UNSET))

            position_titles = cast(list[str], (_v if (_v := d.get("positionTitles")) is not None else PARSED_UNSET))

            _personas = _v if (_v := d.get("personas")) is not None else PARSED_UNSET
            personas: list[Persona] | Unset = UNSET
            if _personas is not UNSET:
                personas = []
                for personas_item_data in _personas:
                    personas_item = Persona(personas_item_data)

                    personas.append(personas_item)

            _custom_field_ids = _v if (_v := d.get("customFieldIds")) is not None else PARSED_UNSET
            custom_field_ids: list[CustomFieldId] | Unset = UNSET
            if _custom_field_ids is not UNSET:
                custom_field_ids = []
                for custom_field_ids_item_data in _custom_field_ids:
                    custom_field_ids_item = CustomFieldId.from_dict(custom_field_ids_item_data)

                    custom_field_ids.append(custom_field_ids_item)

            country_codes = cast(list[str], (_v if (_v := d.get("countryCodes")) is not None else PARSED_UNSET))

            _worker_types = _v if (_v := d.get("workerTypes")) is not None else PARSED_UNSET
            worker_types: list[WorkerType] | Unset = UNSET
            if _worker_types is not UNSET:
                worker_types = []
                for worker_types_item_data in _worker_types:
                    worker_types_item = WorkerType(worker_types_item_data)

                    worker_types.append(worker_types_item)

            accounting_codes = cast(list[str], (_v if (_v := d.get("accountingCodes")) is not None else PARSED_UNSET))

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("UserGroup", str(exc.args[0])) from None
        user_group = cls(
            user_ids=user_ids,
            legal_entity_ids=legal_entity_ids,
            office_ids=office_ids,
            departments=departments,
            cost_centers=cost_centers,
            grades=grades,
            position_titles=position_titles,
            personas=personas,
            custom_field_ids=custom_field_ids,
            country_codes=country_codes,
            worker_types=worker_types,
            accounting_codes=accounting_codes,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            user_group.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return user_group

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
