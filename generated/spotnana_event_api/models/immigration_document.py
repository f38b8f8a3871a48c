from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.immigration_document_type import ImmigrationDocumentType
from ..types import PARSED_UNSET, UNSET, Unset

if TYPE_CHECKING:
    from ..models.date import Date
    from ..models.duration import Duration


T = TypeVar("T", bound="ImmigrationDocument")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "docId",
        "expiryDate",
        "issueCountry",
        "authorizedStayDuration",
        "issuedDate",
        "nationalityCountry",
        "reentryRequirementDuration",
        "type",
    }
)


@_attrs_define
class ImmigrationDocument:
    """
    Attributes:
        doc_id (str):  Example: ImmigrationDocumentID.
        expiry_date (Date):
        issue_country (str):  Example: IN.
        authorized_stay_duration (Duration | Unset):
        issued_date (Date | Unset):
        nationality_country (str | Unset):  Example: IN.
        reentry_requirement_duration (Duration | Unset):
        type_ (ImmigrationDocumentType | Unset):  Example: VISA.
    """

    doc_id: str
    expiry_date: Date
    issue_country: str
    authorized_stay_duration: Duration | Unset = UNSET
    issued_date: Date | Unset = UNSET
    nationality_country: str | Unset = UNSET
    reentry_requirement_duration: Duration | Unset = UNSET
    type_: ImmigrationDocumentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_id = self.doc_id

        expiry_date = self.expiry_date.to_dict()

        issue_country = self.issue_country

        authorized_stay_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_stay_duration, Unset):
            authorized_stay_duration = self.authorized_stay_duration.to_dict()

        issued_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issued_date, Unset):
            issued_date = self.issued_date.to_dict()

        nationality_country = self.nationality_country

        reentry_requirement_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reentry_requirement_duration, Unset):
            reentry_requirement_duration = self.reentry_requirement_duration.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docId": doc_id,
                "expiryDate": expiry_date,
                "issueCountry": issue_country,
            }
        )
        if authorized_stay_duration is not UNSET:
            field_dict["authorizedStayDuration"] = authorized_stay_duration
        if issued_date is not UNSET:
            field_dict["issuedDate"] = issued_date
        if nationality_country is not UNSET:
            field_dict["nationalityCountry"] = nationality_country
        if reentry_requirement_duration is not UNSET:
            field_dict["reentryRequirementDuration"] = reentry_requirement_duration
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        from ..models.date import Date  # noqa: PLC0415
        from ..models.duration import Duration  # noqa: PLC0415

        d = src_dict
        try:
            doc_id = d["docId"]

            expiry_date = Date.from_dict(d["expiryDate"])

            issue_country = d["issueCountry"]

            _authorized_stay_duration = _v if (_v := d.get("authorizedStayDuration")) is not None else PARSED_UNSET
            authorized_stay_duration: Duration | Unset
            if isinstance(_authorized_stay_duration, Unset):
                authorized_stay_duration = UNSET
            else:
                authorized_stay_duration = Duration.from_dict(_authorized_stay_duration)

            _issued_date = _v if (_v := d.get("issuedDate")) is not None else PARSED_UNSET
            issued_date: Date | Unset
            if isinstance(_issued_date, Unset):
                issued_date = UNSET
            else:
                issued_date = Date.from_dict(_issued_date)

            nationality_country = _v if (_v := d.get("nationalityCountry")) is not None else PARSED_UNSET

            _reentry_requirement_duration = (
                _v if (_v := d.get("reentryRequirementDuration")) is not None else PARSED_UNSET
            )
            reentry_requirement_duration: Duration | Unset
            if isinstance(_reentry_requirement_duration, Unset):
                reentry_requirement_duration = UNSET
            else:
                reentry_requirement_duration = Duration.from_dict(_reentry_requirement_duration)

            _type_ = _v if (_v := d.get("type")) is not None else PARSED_UNSET
            type_: ImmigrationDocumentType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ImmigrationDocumentType(_type_)

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("ImmigrationDocument", str(exc.args[0])) from None
        immigration_document = cls(
            doc_id=doc_id,
            expiry_date=expiry_date,
            issue_country=issue_country,
            authorized_stay_duration=authorized_stay_duration,
            issued_date=issued_date,
            nationality_country=nationality_country,
            reentry_requirement_duration=reentry_requirement_duration,
            type_=type_,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            immigration_document.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return immigration_document

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
