from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError
from ..models.email_bucket_type import EmailBucketType
from ..types import PARSED_UNSET, UNSET, Unset

T = TypeVar("T", bound="BucketEmailPreferences")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "bucketTypes",
        "isEnabled",
        "toEmails",
        "ccEmails",
        "bccEmails",
    }
)


@_attrs_define
class BucketEmailPreferences:
    """
    Attributes:
        bucket_types (list[EmailBucketType]):
        is_enabled (bool | Unset):  Default: False.
        to_emails (list[str] | Unset):
        cc_emails (list[str] | Unset):
        bcc_emails (list[str] | Unset):
    """

    bucket_types: list[EmailBucketType]
    is_enabled: bool | Unset = False
    to_emails: list[str] | Unset = UNSET
    cc_emails: list[str] | Unset = UNSET
    bcc_emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_types = []
        for bucket_types_item_data in self.bucket_types:
            bucket_types_item = bucket_types_item_data.value
            bucket_types.append(bucket_types_item)

        is_enabled = self.is_enabled

        to_emails: list[str] | Unset = UNSET
        if not isinstance(self.to_emails, Unset):
            to_emails = self.to_emails

        cc_emails: list[str] | Unset = UNSET
        if not isinstance(self.cc_emails, Unset):
            cc_emails = self.cc_emails

        bcc_emails: list[str] | Unset = UNSET
        if not isinstance(self.bcc_emails, Unset):
            bcc_emails = self.bcc_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucketTypes": bucket_types,
            }
        )
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if to_emails is not UNSET:
            field_dict["toEmails"] = to_emails
        if cc_emails is not UNSET:
            field_dict["ccEmails"] = cc_emails
        if bcc_emails is not UNSET:
            field_dict["bccEmails"] = bcc_emails

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object. Absent and ``null`` optional fields become ``UNSET``;
        unknown keys are kept in ``additional_properties``."""
        d = src_dict
        try:
            bucket_types = []
            _bucket_types = d["bucketTypes"]
            for bucket_types_item_data in _bucket_types:
                bucket_types_item = EmailBucketType(bucket_types_item_data)

                bucket_types.append(bucket_types_item)

            is_enabled = _v if (_v := d.get("isEnabled")) is not None else PARSED_UNSET

            to_emails = cast(list[str], (_v if (_v := d.get("toEmails")) is not None else PARSED_UNSET))

            cc_emails = cast(list[str], (_v if (_v := d.get("ccEmails")) is not None else PARSED_UNSET))

            bcc_emails = cast(list[str], (_v if (_v := d.get("bccEmails")) is not None else PARSED_UNSET))

        except KeyError as exc:
            # Only this model's own `d[...]` lookups raise KeyError here: nested
            # models report their own missing fields with MissingRequiredFieldError.
            raise MissingRequiredFieldError("BucketEmailPreferences", str(exc.args[0])) from None
        bucket_email_preferences = cls(
            bucket_types=bucket_types,
            is_enabled=is_enabled,
            to_emails=to_emails,
            cc_emails=cc_emails,
            bcc_emails=bcc_emails,
        )

        extra_keys = d.keys() - _KNOWN_KEYS
        if extra_keys:
            # Kept in the server's order, so a round trip reproduces the document.
            bucket_email_preferences.additional_properties = {k: v for k, v in d.items() if k in extra_keys}
        return bucket_email_preferences

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
