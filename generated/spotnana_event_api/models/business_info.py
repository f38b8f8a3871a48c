from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.worker_type import WorkerType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    enum_field,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.company_specified_attribute import CompanySpecifiedAttribute
    from ..models.phone_number import PhoneNumber
    from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
        ReferenceObjectContainingUuidAndNameOfTheEntity,
    )


T = TypeVar("T", bound="BusinessInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
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
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "legalEntityRef",
        "organizationRef",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "legalEntityRef": (
        "legal_entity_ref",
        True,
        (
            "model",
            "reference_object_containing_uuid_and_name_of_the_entity",
            "ReferenceObjectContainingUuidAndNameOfTheEntity",
        ),
        None,
    ),
    "organizationRef": (
        "organization_ref",
        True,
        (
            "model",
            "reference_object_containing_uuid_and_name_of_the_entity",
            "ReferenceObjectContainingUuidAndNameOfTheEntity",
        ),
        None,
    ),
    "departmentRef": (
        "department_ref",
        False,
        (
            "model",
            "reference_object_containing_uuid_and_name_of_the_entity",
            "ReferenceObjectContainingUuidAndNameOfTheEntity",
        ),
        None,
    ),
    "designation": ("designation", False, ("str",), None),
    "email": ("email", False, ("str",), None),
    "employeeId": ("employee_id", False, ("str",), None),
    "gradeRef": (
        "grade_ref",
        False,
        (
            "model",
            "reference_object_containing_uuid_and_name_of_the_entity",
            "ReferenceObjectContainingUuidAndNameOfTheEntity",
        ),
        None,
    ),
    "managerRef": (
        "manager_ref",
        False,
        (
            "model",
            "reference_object_containing_uuid_and_name_of_the_entity",
            "ReferenceObjectContainingUuidAndNameOfTheEntity",
        ),
        None,
    ),
    "officeRef": (
        "office_ref",
        False,
        (
            "model",
            "reference_object_containing_uuid_and_name_of_the_entity",
            "ReferenceObjectContainingUuidAndNameOfTheEntity",
        ),
        None,
    ),
    "phoneNumbers": ("phone_numbers", False, ("list", ("model", "phone_number", "PhoneNumber")), None),
    "costCenterRef": (
        "cost_center_ref",
        False,
        (
            "model",
            "reference_object_containing_uuid_and_name_of_the_entity",
            "ReferenceObjectContainingUuidAndNameOfTheEntity",
        ),
        None,
    ),
    "countryCode": ("country_code", False, ("str",), None),
    "workerType": ("worker_type", False, ("enum", "worker_type", "WorkerType"), None),
    "accountingCode": ("accounting_code", False, ("str",), None),
    "companySpecifiedAttributes": (
        "company_specified_attributes",
        False,
        ("list", ("model", "company_specified_attribute", "CompanySpecifiedAttribute")),
        None,
    ),
    "designatedApproverRefs": (
        "designated_approver_refs",
        False,
        (
            "list",
            (
                "model",
                "reference_object_containing_uuid_and_name_of_the_entity",
                "ReferenceObjectContainingUuidAndNameOfTheEntity",
            ),
        ),
        None,
    ),
    "authorizerEmail": ("authorizer_email", False, ("str",), None),
}


def _enum_worker_type(value: WorkerType | str | Unset) -> WorkerType | Unset:
    converted: WorkerType | Unset = enum_field(value, WorkerType, "BusinessInfo", "worker_type")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class BusinessInfo:
    """
    Attributes:
        legal_entity_ref (ReferenceObjectContainingUuidAndNameOfTheEntity): JSON ``legalEntityRef``.
        organization_ref (ReferenceObjectContainingUuidAndNameOfTheEntity): JSON ``organizationRef``.
        department_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset): JSON ``departmentRef``.
        designation (str | Unset): JSON ``designation``; example MANAGER.
        email (str | Unset): JSON ``email``; format email; example user@business.com.
        employee_id (str | Unset): JSON ``employeeId``; example 101.
        grade_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset): JSON ``gradeRef``.
        manager_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset): JSON ``managerRef``.
        office_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset): JSON ``officeRef``.
        phone_numbers (list[PhoneNumber] | Unset): JSON ``phoneNumbers``.
        cost_center_ref (ReferenceObjectContainingUuidAndNameOfTheEntity | Unset): JSON ``costCenterRef``.
        country_code (str | Unset): JSON ``countryCode``; example USA.
        worker_type (WorkerType | Unset): JSON ``workerType``; example EMPLOYEE; one of EMPLOYEE, CONTINGENT, SEASONAL,
            INTERN, GUEST.
        accounting_code (str | Unset): JSON ``accountingCode``; example 123.
        company_specified_attributes (list[CompanySpecifiedAttribute] | Unset): JSON ``companySpecifiedAttributes``.
        designated_approver_refs (list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset): JSON
            ``designatedApproverRefs``.
        authorizer_email (str | Unset): JSON ``authorizerEmail``; example example@email.com.
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
    worker_type: WorkerType | Unset = _attrs_field(default=UNSET, converter=_enum_worker_type)
    accounting_code: str | Unset = UNSET
    company_specified_attributes: list[CompanySpecifiedAttribute] | Unset = UNSET
    designated_approver_refs: list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset = UNSET
    authorizer_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON document of an instance from from_dict while some fields are not parsed yet
    # (see types.LazyDocument, types.PartialDocument); None once they are, and for an
    # instance built by the caller.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)
    # attribute -> (JSON key, parser) of each field, and the keys whose null is absent, for
    # types.PartialDocument (set below).
    _field_parsers: ClassVar[dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]]]
    _null_means_absent: ClassVar[frozenset[str]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the spec's keys in spec order, then any key the spec does not list.
        An instance from ``from_dict`` whose fields were never read or set writes back the
        document it was parsed from, in the server's order (a copy, less ``null`` optional
        fields)."""
        try:
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
            field_dict["legalEntityRef"] = legal_entity_ref
            field_dict["organizationRef"] = organization_ref
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
            if self.additional_properties:
                for prop_name, prop in self.additional_properties.items():
                    field_dict.setdefault(prop_name, prop)
            return field_dict

        except AttributeError as exc:  # a value set in another form than the field's type
            return to_dict_prepared(self, exc)

    # The fields that are set, in spec order (types.model_repr); to_json(indent=2) is the JSON text.
    __repr__ = model_repr
    to_json = model_to_json

    if TYPE_CHECKING:

        @overload
        def require(self, name: Literal["department_ref"], /) -> ReferenceObjectContainingUuidAndNameOfTheEntity: ...
        @overload
        def require(self, name: Literal["designation"], /) -> str: ...
        @overload
        def require(self, name: Literal["email"], /) -> str: ...
        @overload
        def require(self, name: Literal["employee_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["grade_ref"], /) -> ReferenceObjectContainingUuidAndNameOfTheEntity: ...
        @overload
        def require(self, name: Literal["manager_ref"], /) -> ReferenceObjectContainingUuidAndNameOfTheEntity: ...
        @overload
        def require(self, name: Literal["office_ref"], /) -> ReferenceObjectContainingUuidAndNameOfTheEntity: ...
        @overload
        def require(self, name: Literal["phone_numbers"], /) -> list[PhoneNumber]: ...
        @overload
        def require(self, name: Literal["cost_center_ref"], /) -> ReferenceObjectContainingUuidAndNameOfTheEntity: ...
        @overload
        def require(self, name: Literal["country_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["worker_type"], /) -> WorkerType: ...
        @overload
        def require(self, name: Literal["accounting_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["company_specified_attributes"], /) -> list[CompanySpecifiedAttribute]: ...
        @overload
        def require(
            self, name: Literal["designated_approver_refs"], /
        ) -> list[ReferenceObjectContainingUuidAndNameOfTheEntity]: ...
        @overload
        def require(self, name: Literal["authorizer_email"], /) -> str: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object whole (a small model: codegen/spec_fixes.py).

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"BusinessInfo: expected a JSON object, got {type(src_dict).__name__}")
        if not ("legalEntityRef" in src_dict and "organizationRef" in src_dict):
            raise MissingRequiredFieldError("BusinessInfo", min(_REQUIRED_KEYS - src_dict.keys()))
        instance = cls.__new__(cls)
        instance._raw = src_dict  # while parsing: a deprecated field set now is not the caller's
        try:
            _parse_document(instance, src_dict)
        except Exception:  # only reading the malformed field will raise (types.PartialDocument)
            parsed_in_part(instance, src_dict)
            return instance
        instance._raw = None
        return instance

    @classmethod
    def from_request(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a request body after checking it strictly, as the SDK checks bodies it sends:
        ``RequestValidationError`` names an unknown key (and the closest known one), a
        value of the wrong JSON type, an enum value the spec does not list, a broken
        pattern or bound. Responses go through the tolerant ``from_dict``."""
        check_request_json(cls, src_dict)
        return cls.from_dict(src_dict)

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


def _parse_legal_entity_ref(d: Mapping[str, Any]) -> ReferenceObjectContainingUuidAndNameOfTheEntity:
    legal_entity_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["legalEntityRef"])

    return legal_entity_ref


def _parse_organization_ref(d: Mapping[str, Any]) -> ReferenceObjectContainingUuidAndNameOfTheEntity:
    organization_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["organizationRef"])

    return organization_ref


def _parse_department_ref(d: Mapping[str, Any]) -> ReferenceObjectContainingUuidAndNameOfTheEntity | Unset:
    _department_ref = _v if (_v := d.get("departmentRef")) is not None else PARSED_UNSET
    department_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_department_ref, Unset):
        department_ref = UNSET
    else:
        department_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_department_ref)

    return department_ref


def _parse_designation(d: Mapping[str, Any]) -> str | Unset:
    designation: str | Unset = _v if (_v := d.get("designation")) is not None else PARSED_UNSET
    if designation is not UNSET and (type(designation) is not str):
        designation = read_as("str", designation, "BusinessInfo", "designation")

    return designation


def _parse_email(d: Mapping[str, Any]) -> str | Unset:
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "BusinessInfo", "email")

    return email


def _parse_employee_id(d: Mapping[str, Any]) -> str | Unset:
    employee_id: str | Unset = _v if (_v := d.get("employeeId")) is not None else PARSED_UNSET
    if employee_id is not UNSET and (type(employee_id) is not str):
        employee_id = read_as("str", employee_id, "BusinessInfo", "employeeId")

    return employee_id


def _parse_grade_ref(d: Mapping[str, Any]) -> ReferenceObjectContainingUuidAndNameOfTheEntity | Unset:
    _grade_ref = _v if (_v := d.get("gradeRef")) is not None else PARSED_UNSET
    grade_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_grade_ref, Unset):
        grade_ref = UNSET
    else:
        grade_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_grade_ref)

    return grade_ref


def _parse_manager_ref(d: Mapping[str, Any]) -> ReferenceObjectContainingUuidAndNameOfTheEntity | Unset:
    _manager_ref = _v if (_v := d.get("managerRef")) is not None else PARSED_UNSET
    manager_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_manager_ref, Unset):
        manager_ref = UNSET
    else:
        manager_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_manager_ref)

    return manager_ref


def _parse_office_ref(d: Mapping[str, Any]) -> ReferenceObjectContainingUuidAndNameOfTheEntity | Unset:
    _office_ref = _v if (_v := d.get("officeRef")) is not None else PARSED_UNSET
    office_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_office_ref, Unset):
        office_ref = UNSET
    else:
        office_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_office_ref)

    return office_ref


def _parse_phone_numbers(d: Mapping[str, Any]) -> list[PhoneNumber] | Unset:
    _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    if _phone_numbers is not UNSET:
        phone_numbers = []
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

    return phone_numbers


def _parse_cost_center_ref(d: Mapping[str, Any]) -> ReferenceObjectContainingUuidAndNameOfTheEntity | Unset:
    _cost_center_ref = _v if (_v := d.get("costCenterRef")) is not None else PARSED_UNSET
    cost_center_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_cost_center_ref, Unset):
        cost_center_ref = UNSET
    else:
        cost_center_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_cost_center_ref)

    return cost_center_ref


def _parse_country_code(d: Mapping[str, Any]) -> str | Unset:
    country_code: str | Unset = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET
    if country_code is not UNSET and (type(country_code) is not str):
        country_code = read_as("str", country_code, "BusinessInfo", "countryCode")

    return country_code


def _parse_worker_type(d: Mapping[str, Any]) -> WorkerType | Unset:
    _worker_type = _v if (_v := d.get("workerType")) is not None else PARSED_UNSET
    worker_type: WorkerType | Unset
    if isinstance(_worker_type, Unset):
        worker_type = UNSET
    else:
        worker_type = WorkerType._members[_worker_type]

    return worker_type


def _parse_accounting_code(d: Mapping[str, Any]) -> str | Unset:
    accounting_code: str | Unset = _v if (_v := d.get("accountingCode")) is not None else PARSED_UNSET
    if accounting_code is not UNSET and (type(accounting_code) is not str):
        accounting_code = read_as("str", accounting_code, "BusinessInfo", "accountingCode")

    return accounting_code


def _parse_company_specified_attributes(d: Mapping[str, Any]) -> list[CompanySpecifiedAttribute] | Unset:
    _company_specified_attributes = _v if (_v := d.get("companySpecifiedAttributes")) is not None else PARSED_UNSET
    company_specified_attributes: list[CompanySpecifiedAttribute] | Unset = UNSET
    if _company_specified_attributes is not UNSET:
        company_specified_attributes = []
        for company_specified_attributes_item_data in _company_specified_attributes:
            company_specified_attributes_item = CompanySpecifiedAttribute.from_dict(
                company_specified_attributes_item_data
            )

            company_specified_attributes.append(company_specified_attributes_item)

    return company_specified_attributes


def _parse_designated_approver_refs(
    d: Mapping[str, Any],
) -> list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset:
    _designated_approver_refs = _v if (_v := d.get("designatedApproverRefs")) is not None else PARSED_UNSET
    designated_approver_refs: list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset = UNSET
    if _designated_approver_refs is not UNSET:
        designated_approver_refs = []
        for designated_approver_refs_item_data in _designated_approver_refs:
            designated_approver_refs_item = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(
                designated_approver_refs_item_data
            )

            designated_approver_refs.append(designated_approver_refs_item)

    return designated_approver_refs


def _parse_authorizer_email(d: Mapping[str, Any]) -> str | Unset:
    authorizer_email: str | Unset = _v if (_v := d.get("authorizerEmail")) is not None else PARSED_UNSET
    if authorizer_email is not UNSET and (type(authorizer_email) is not str):
        authorizer_email = read_as("str", authorizer_email, "BusinessInfo", "authorizerEmail")

    return authorizer_email


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: BusinessInfo, d: Mapping[str, Any]) -> None:
    legal_entity_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["legalEntityRef"])

    self.legal_entity_ref = legal_entity_ref
    organization_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(d["organizationRef"])

    self.organization_ref = organization_ref
    _department_ref = _v if (_v := d.get("departmentRef")) is not None else PARSED_UNSET
    department_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_department_ref, Unset):
        department_ref = UNSET
    else:
        department_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_department_ref)

    self.department_ref = department_ref
    designation: str | Unset = _v if (_v := d.get("designation")) is not None else PARSED_UNSET
    if designation is not UNSET and (type(designation) is not str):
        designation = read_as("str", designation, "BusinessInfo", "designation")

    self.designation = designation
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "BusinessInfo", "email")

    self.email = email
    employee_id: str | Unset = _v if (_v := d.get("employeeId")) is not None else PARSED_UNSET
    if employee_id is not UNSET and (type(employee_id) is not str):
        employee_id = read_as("str", employee_id, "BusinessInfo", "employeeId")

    self.employee_id = employee_id
    _grade_ref = _v if (_v := d.get("gradeRef")) is not None else PARSED_UNSET
    grade_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_grade_ref, Unset):
        grade_ref = UNSET
    else:
        grade_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_grade_ref)

    self.grade_ref = grade_ref
    _manager_ref = _v if (_v := d.get("managerRef")) is not None else PARSED_UNSET
    manager_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_manager_ref, Unset):
        manager_ref = UNSET
    else:
        manager_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_manager_ref)

    self.manager_ref = manager_ref
    _office_ref = _v if (_v := d.get("officeRef")) is not None else PARSED_UNSET
    office_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_office_ref, Unset):
        office_ref = UNSET
    else:
        office_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_office_ref)

    self.office_ref = office_ref
    _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    if _phone_numbers is not UNSET:
        phone_numbers = []
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

    self.phone_numbers = phone_numbers
    _cost_center_ref = _v if (_v := d.get("costCenterRef")) is not None else PARSED_UNSET
    cost_center_ref: ReferenceObjectContainingUuidAndNameOfTheEntity | Unset
    if isinstance(_cost_center_ref, Unset):
        cost_center_ref = UNSET
    else:
        cost_center_ref = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(_cost_center_ref)

    self.cost_center_ref = cost_center_ref
    country_code: str | Unset = _v if (_v := d.get("countryCode")) is not None else PARSED_UNSET
    if country_code is not UNSET and (type(country_code) is not str):
        country_code = read_as("str", country_code, "BusinessInfo", "countryCode")

    self.country_code = country_code
    _worker_type = _v if (_v := d.get("workerType")) is not None else PARSED_UNSET
    worker_type: WorkerType | Unset
    if isinstance(_worker_type, Unset):
        worker_type = UNSET
    else:
        worker_type = WorkerType._members[_worker_type]

    self.worker_type = worker_type
    accounting_code: str | Unset = _v if (_v := d.get("accountingCode")) is not None else PARSED_UNSET
    if accounting_code is not UNSET and (type(accounting_code) is not str):
        accounting_code = read_as("str", accounting_code, "BusinessInfo", "accountingCode")

    self.accounting_code = accounting_code
    _company_specified_attributes = _v if (_v := d.get("companySpecifiedAttributes")) is not None else PARSED_UNSET
    company_specified_attributes: list[CompanySpecifiedAttribute] | Unset = UNSET
    if _company_specified_attributes is not UNSET:
        company_specified_attributes = []
        for company_specified_attributes_item_data in _company_specified_attributes:
            company_specified_attributes_item = CompanySpecifiedAttribute.from_dict(
                company_specified_attributes_item_data
            )

            company_specified_attributes.append(company_specified_attributes_item)

    self.company_specified_attributes = company_specified_attributes
    _designated_approver_refs = _v if (_v := d.get("designatedApproverRefs")) is not None else PARSED_UNSET
    designated_approver_refs: list[ReferenceObjectContainingUuidAndNameOfTheEntity] | Unset = UNSET
    if _designated_approver_refs is not UNSET:
        designated_approver_refs = []
        for designated_approver_refs_item_data in _designated_approver_refs:
            designated_approver_refs_item = ReferenceObjectContainingUuidAndNameOfTheEntity.from_dict(
                designated_approver_refs_item_data
            )

            designated_approver_refs.append(designated_approver_refs_item)

    self.designated_approver_refs = designated_approver_refs
    authorizer_email: str | Unset = _v if (_v := d.get("authorizerEmail")) is not None else PARSED_UNSET
    if authorizer_email is not UNSET and (type(authorizer_email) is not str):
        authorizer_email = read_as("str", authorizer_email, "BusinessInfo", "authorizerEmail")

    self.authorizer_email = authorizer_email
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "legal_entity_ref": ("legalEntityRef", _parse_legal_entity_ref),
    "organization_ref": ("organizationRef", _parse_organization_ref),
    "department_ref": ("departmentRef", _parse_department_ref),
    "designation": ("designation", _parse_designation),
    "email": ("email", _parse_email),
    "employee_id": ("employeeId", _parse_employee_id),
    "grade_ref": ("gradeRef", _parse_grade_ref),
    "manager_ref": ("managerRef", _parse_manager_ref),
    "office_ref": ("officeRef", _parse_office_ref),
    "phone_numbers": ("phoneNumbers", _parse_phone_numbers),
    "cost_center_ref": ("costCenterRef", _parse_cost_center_ref),
    "country_code": ("countryCode", _parse_country_code),
    "worker_type": ("workerType", _parse_worker_type),
    "accounting_code": ("accountingCode", _parse_accounting_code),
    "company_specified_attributes": ("companySpecifiedAttributes", _parse_company_specified_attributes),
    "designated_approver_refs": ("designatedApproverRefs", _parse_designated_approver_refs),
    "authorizer_email": ("authorizerEmail", _parse_authorizer_email),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
BusinessInfo._field_parsers = _PARSERS
BusinessInfo._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = BusinessInfo.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.company_specified_attribute import CompanySpecifiedAttribute
from ..models.phone_number import PhoneNumber
from ..models.reference_object_containing_uuid_and_name_of_the_entity import (
    ReferenceObjectContainingUuidAndNameOfTheEntity,
)
