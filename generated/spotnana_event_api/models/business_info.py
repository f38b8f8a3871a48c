from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.worker_type import WorkerType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_specified_attribute import CompanySpecifiedAttribute
    from ..models.phone_number import PhoneNumber
    from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
        ReferenceObjectContainingUuidAndNameOfTheEntity,
    )


T = TypeVar("T", bound="BusinessInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "legalEntityRef",
        "organizationRef",
        "departmentRef",
        "designation",
        "email",
        "employeeId",
        "gradeRef",
        "managerRef",
        "officeRef",
        "phoneNumbers",
        "costCenterRef",
        "countryCode",
        "workerType",
        "accountingCode",
        "companySpecifiedAttributes",
        "designatedApproverRefs",
        "authorizerEmail",
    }
)


@_attrs_define
class BusinessInfo:
    """
    Attributes:
        legal_entity_ref (ReferenceObjectContainingUuidAndNameOfTheEntity):
        organization_ref (ReferenceObjectContainingUuidAndNameOfTheEntity):
        department_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
        designation (str | Unset):  Example: MANAGER.
        email (str | Unset):  Example: user@business.com.
        employee_id (str | Unset):  Example: 101.
        grade_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
        manager_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
        office_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
        phone_numbers (list[PhoneNumber] | Unset):
        cost_center_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset):
        country_code (str | Unset):  Example: USA.
        worker_type (WorkerType | Unset):  Example: EMPLOYEE.
        accounting_code (str | Unset):  Example: 123.
        company_specified_attributes (list[CompanySpecifiedAttribute] | Unset):
        designated_approver_refs (list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset):
        authorizer_email (str | Unset):  Example: example@email.com.
    """

    legal_entity_ref: ReferenceObjectContainingUuidAndNameOfTheEntity
    organization_ref: ReferenceObjectContainingUuidAndNameOfTheEntity
    department_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    designation: str | Unset = UNSET
    email: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    grade_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    manager_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    office_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    cost_center_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset = UNSET
    country_code: str | Unset = UNSET
    worker_type: WorkerType | Unset = UNSET
    accounting_code: str | Unset = UNSET
    company_specified_attributes: list[CompanySpecifiedAttribute] | Unset = UNSET
    designated_approver_refs: list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset = UNSET
    authorizer_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_entity_ref = self.legal_entity_ref.to_dict()

        organization_ref = self.organization_ref.to_dict()

        department_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department_ref, Unset):
            department_ref = self.department_ref.to_dict()

        designation = self.designation

        email = self.email

        employee_id = self.employee_id

        grade_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grade_ref, Unset):
            grade_ref = self.grade_ref.to_dict()

        manager_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_ref, Unset):
            manager_ref = self.manager_ref.to_dict()

        office_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.office_ref, Unset):
            office_ref = self.office_ref.to_dict()

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        cost_center_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_center_ref, Unset):
            cost_center_ref = self.cost_center_ref.to_dict()

        country_code = self.country_code

        worker_type: str | Unset = UNSET
        if not isinstance(self.worker_type, Unset):
            worker_type = self.worker_type.value

        accounting_code = self.accounting_code

        company_specified_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_specified_attributes, Unset):
            company_specified_attributes = []
            for company_specified_attributes_item_data in self.company_specified_attributes:
                company_specified_attributes_item = company_specified_attributes_item_data.to_dict()
                company_specified_attributes.append(company_specified_attributes_item)

        designated_approver_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.designated_approver_refs, Unset):
            designated_approver_refs = []
            for designated_approver_refs_item_data in self.designated_approver_refs:
                designated_approver_refs_item = designated_approver_refs_item_data.to_dict()
                designated_approver_refs.append(designated_approver_refs_item)

        authorizer_email = self.authorizer_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legalEntityRef": legal_entity_ref,
                "organizationRef": organization_ref,
            }
        )
        if department_ref is not UNSET:
            field_dict["departmentRef"] = department_ref
        if designation is not UNSET:
            field_dict["designation"] = designation
        if email is not UNSET:
            field_dict["email"] = email
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if grade_ref is not UNSET:
            field_dict["gradeRef"] = grade_ref
        if manager_ref is not UNSET:
            field_dict["managerRef"] = manager_ref
        if office_ref is not UNSET:
            field_dict["officeRef"] = office_ref
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if cost_center_ref is not UNSET:
            field_dict["costCenterRef"] = cost_center_ref
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if worker_type is not UNSET:
            field_dict["workerType"] = worker_type
        if accounting_code is not UNSET:
            field_dict["accountingCode"] = accounting_code
        if company_specified_attributes is not UNSET:
            field_dict["companySpecifiedAttributes"] = company_specified_attributes
        if designated_approver_refs is not UNSET:
            field_dict["designatedApproverRefs"] = designated_approver_refs
        if authorizer_email is not UNSET:
            field_dict["authorizerEmail"] = authorizer_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.company_specified_attribute import CompanySpecifiedAttribute  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
            ReferenceObjectContainingUuidAndNameOfTheEntity,  # noqa: PLC0415
        )

        d = src_dict
        try:
            legal_entity_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["legalEntityRef"])

            organization_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["organizationRef"])

            _department_ref = _v if (_v := d.get("departmentRef")) is not None else PARSED_UNSET
            department_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_department_ref, Unset):
                department_ref = UNSET
            else:
                department_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_department_ref)

            designation = _v if (_v := d.get("designation")) is not None else PARSED_UNSET

            email = _v if (_v := d.get("email")) is not None else PARSED_UNSET

            employee_id = _v if (_v := d.get("employeeId")) is not None else PARSED_UNSET

            _grade_ref = _v if (_v := d.get("gradeRef")) is not None else PARSED_UNSET
            grade_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_grade_ref, Unset):
                grade_ref = UNSET
            else:
                grade_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_grade_ref)

            _manager_ref = _v if (_v := d.get("managerRef")) is not None else PARSED_UNSET
            manager_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_manager_ref, Unset):
                manager_ref = UNSET
            else:
                manager_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_manager_ref)

            _office_ref = _v if (_v := d.get("officeRef")) is not None else PARSED_UNSET
            office_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_office_ref, Unset):
                office_ref = UNSET
            else:
                office_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_office_ref)

            _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
            phone_numbers: list[PhoneNumber] | Unset = UNSET
            if _phone_numbers is not UNSET:
                phone_numbers = []
                for phone_numbers_item_data in _phone_numbers:
                    phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                    phone_numbers.append(phone_numbers_item)

            _cost_center_ref = _v if (_v := d.get("costCenterRef")) is not None else PARSED_UNSET
            cost_center_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
            if isinstance(_cost_center_ref, Unset):
                cost_center_ref = UNSET
            else:
                cost_center_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_cost_center_ref)

            country_code = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET

            _worker_type = _v if (_v := d.get("workerType")) is not None else PARSED_UNSET
            worker_type: WorkerType | Unset
            if isinstance(_worker_type, Unset):
                worker_type = UNSET
            else:
                worker_type = WorkerType(_worker_type)

            accounting_code = _v if (_v := d.get("accountingCode")) is not None else PARSED_UNSET

            _company_specified_attributes = (
                _v if (_v := d.get("companySpecifiedAttributes")) is not None else PARSED_UNSET
            )
            company_specified_attributes: list[CompanySpecifiedAttribute] | Unset = UNSET
            if _company_specified_attributes is not UNSET:
                company_specified_attributes = []
                for company_specified_attributes_item_data in _company_specified_attributes:
                    company_specified_attributes_item = CompanySpecifiedAttribute.from_dict(
                        company_specified_attributes_item_data
                    )

                    company_specified_attributes.append(company_specified_attributes_item)

            _designated_approver_refs = _v if (_v := d.get("designatedApproverRefs")) is not None else PARSED_UNSET
            designated_approver_refs: list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset = UNSET
            if _designated_approver_refs is not UNSET:
                designated_approver_refs = []
                for designated_approver_refs_item_data in _designated_approver_refs:
                    designated_approver_refs_item = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(
                        designated_approver_refs_item_data
                    )

                    designated_approver_refs.append(designated_approver_refs_item)

            authorizer_email = _v if (_v := d.get("authorizerEmail")) is not None else PARSED_UNSET

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BusinessInfo", str(exc.args[0])) from None
        business_info = cls(
            legal_entity_ref=legal_entity_ref,
            organization_ref=organization_ref,
            department_ref=department_ref,
            designation=designation,
            email=email,
            employee_id=employee_id,
            grade_ref=grade_ref,
            manager_ref=manager_ref,
            office_ref=office_ref,
            phone_numbers=phone_numbers,
            cost_center_ref=cost_center_ref,
            country_code=country_code,
            worker_type=worker_type,
            accounting_code=accounting_code,
            company_specified_attributes=company_specified_attributes,
            designated_approver_refs=designated_approver_refs,
            authorizer_email=authorizer_email,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            business_info.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return business_info

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
