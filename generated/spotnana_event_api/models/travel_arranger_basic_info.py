from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.traveler_arranger_status import TravelerArrangerStatus
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    mark_touched,
    untouched_dict,
)

if TYPE_CHECKING:
    from ..models.name import Name
    from ..models.phone_number import PhoneNumber
    from ..models.user_id import UserId


T = TypeVar("T", bound="TravelArrangerBasicInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "userId",
        "name",
        "email",
        "phoneNumbers",
        "status",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "userId",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "userId": ("user_id", True, ("model", "user_id", "UserId"), None),
    "name": ("name", False, ("model", "name", "Name"), None),
    "email": ("email", False, ("str",), None),
    "phoneNumbers": ("phone_numbers", False, ("list", ("model", "phone_number", "PhoneNumber")), None),
    "status": ("status", False, ("enum", "traveler_arranger_status", "TravelerArrangerStatus"), None),
}


@_attrs_define(kw_only=True, on_setattr=mark_touched)
class TravelArrangerBasicInfo:
    """
    Attributes:
        user_id (UserId): JSON ``userId``.
        name (Name | Unset): JSON ``name``.
        email (str | Unset): JSON ``email``; format email; example example@email.com.
        phone_numbers (list[PhoneNumber] | Unset): JSON ``phoneNumbers``.
        status (TravelerArrangerStatus | Unset): JSON ``status``; example PENDING; one of PENDING, ACCEPTED, DENIED.
    """

    user_id: UserId
    name: Name | Unset = UNSET
    email: str | Unset = UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    status: TravelerArrangerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON document of an instance made by from_dict. Each field is parsed from it on
    # first read; nested models are parsed on their own first use.
    _raw: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # False while nothing has been read or set since from_dict, None while only immutable
    # fields were read: to_dict then copies the document instead of parsing and
    # re-serialising every field.
    _touched: bool | None = _attrs_field(init=False, default=True, repr=False, eq=False)
    _json_fields = _JSON_FIELDS  # the request direction's check (types.check_request_json)

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute

        def __getattr__(self, name: str) -> Any:
            # Reached only for a field not parsed yet. While nothing was set and nothing
            # mutable handed out, fields are parsed in bulk (a miss costs more than most
            # parses): the immutable ones together, leaving to_dict free to copy the
            # document; on the first read of another, all of them, then the document goes.
            # A malformed field turns the instance to parsing field by field, so only
            # reading that field raises.
            parser = _PARSERS.get(name)
            if parser is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            raw = self._raw
            if raw is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            touched = self._touched
            if touched is not True:
                try:
                    if touched is False:
                        _parse_immutable(self, raw)
                        if name in _IMMUTABLE:
                            object.__setattr__(self, "_touched", None)
                            return object.__getattribute__(self, name)
                    object.__setattr__(self, "_touched", True)
                    _parse_mutable(self, raw)
                    object.__setattr__(self, "_raw", None)
                    return object.__getattribute__(self, name)
                except Exception:
                    object.__setattr__(self, "_touched", True)
            key, parse = parser
            try:
                value = parse(raw)
            except ModelParseError:
                raise
            except KeyError as exc:
                raise MissingRequiredFieldError("TravelArrangerBasicInfo", str(exc.args[0])) from None
            except (TypeError, ValueError, AttributeError) as exc:
                raise ModelParseError(f"TravelArrangerBasicInfo.{key}: {type(exc).__name__}: {exc}") from exc
            object.__setattr__(self, name, value)
            object.__setattr__(self, "_touched", True)
            return value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object. An instance whose fields were never read or set writes back the
        document it was parsed from (a copy, less ``null`` optional fields)."""
        if self._raw is not None and not self._touched:
            return untouched_dict(self._raw, _NULL_MEANS_ABSENT)
        user_id = self.user_id.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        email = self.email

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["userId"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object; each field is parsed when first read.

        Required keys are checked now; other problems surface, as ``ModelParseError``
        naming the model and field, when that field is read. The document is kept, not
        copied: do not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"TravelArrangerBasicInfo: expected a JSON object, got {type(src_dict).__name__}")
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise MissingRequiredFieldError("TravelArrangerBasicInfo", min(_REQUIRED_KEYS - src_dict.keys()))
        instance = cls.__new__(cls)
        # object.__setattr__: bookkeeping, not a change by the caller.
        set_field = object.__setattr__
        set_field(instance, "_raw", src_dict)
        set_field(instance, "_touched", False)
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


def _parse_user_id(d: Mapping[str, Any]) -> UserId:
    user_id = UserId.from_dict(d["userId"])

    return user_id


def _parse_name(d: Mapping[str, Any]) -> Name | Unset:
    _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    name: Name | Unset
    if isinstance(_name, Unset):
        name = UNSET
    else:
        name = Name.from_dict(_name)

    return name


def _parse_email(d: Mapping[str, Any]) -> str | Unset:
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        raise ModelParseError(f"TravelArrangerBasicInfo.email: expected str, got {type(email).__name__}")

    return email


def _parse_phone_numbers(d: Mapping[str, Any]) -> list[PhoneNumber] | Unset:
    _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    if _phone_numbers is not UNSET:
        phone_numbers = []
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

    return phone_numbers


def _parse_status(d: Mapping[str, Any]) -> TravelerArrangerStatus | Unset:
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: TravelerArrangerStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TravelerArrangerStatus._from_json(_status)

    return status


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Fields whose values cannot be changed in place: see __getattr__.
_IMMUTABLE = frozenset(
    {
        "email",
        "status",
    }
)


def _parse_immutable(self: TravelArrangerBasicInfo, d: Mapping[str, Any]) -> None:
    set_field = object.__setattr__
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        raise ModelParseError(f"TravelArrangerBasicInfo.email: expected str, got {type(email).__name__}")

    set_field(self, "email", email)
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: TravelerArrangerStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TravelerArrangerStatus._from_json(_status)

    set_field(self, "status", status)


# The fields parse_immutable leaves, or all of them, in one pass (straight-line: no call per field).
def _parse_mutable(self: TravelArrangerBasicInfo, d: Mapping[str, Any]) -> None:
    set_field = object.__setattr__
    user_id = UserId.from_dict(d["userId"])

    set_field(self, "user_id", user_id)
    _name = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    name: Name | Unset
    if isinstance(_name, Unset):
        name = UNSET
    else:
        name = Name.from_dict(_name)

    set_field(self, "name", name)
    _phone_numbers = _v if (_v := d.get("phoneNumbers")) is not None else PARSED_UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    if _phone_numbers is not UNSET:
        phone_numbers = []
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

    set_field(self, "phone_numbers", phone_numbers)
    set_field(self, "additional_properties", _parse_additional_properties(d))


# attribute -> (JSON key, parser): what __getattr__ parses on first read.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "user_id": ("userId", _parse_user_id),
    "name": ("name", _parse_name),
    "email": ("email", _parse_email),
    "phone_numbers": ("phoneNumbers", _parse_phone_numbers),
    "status": ("status", _parse_status),
    "additional_properties": ("additional properties", _parse_additional_properties),
}


# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.name import Name
from ..models.phone_number import PhoneNumber
from ..models.user_id import UserId
