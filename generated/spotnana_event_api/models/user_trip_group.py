from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.user_facing_status import UserFacingStatus
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
    from ..models.date import Date
    from ..models.date_time_offset import DateTimeOffset
    from ..models.user_group_info import UserGroupInfo
    from ..models.user_id import UserId
    from ..models.user_trip_info import UserTripInfo


T = TypeVar("T", bound="UserTripGroup")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "ownerId",
        "id",
        "name",
        "userGroupInfo",
        "userTripInfos",
        "status",
        "startDate",
        "endDate",
        "createdAt",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "ownerId",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "ownerId": ("owner_id", True, ("model", "user_id", "UserId"), None),
    "id": ("id", False, ("uuid",), None),
    "name": ("name", False, ("str",), None),
    "userGroupInfo": ("user_group_info", False, ("model", "user_group_info", "UserGroupInfo"), None),
    "userTripInfos": ("user_trip_infos", False, ("list", ("model", "user_trip_info", "UserTripInfo")), None),
    "status": ("status", False, ("enum", "user_facing_status", "UserFacingStatus"), None),
    "startDate": ("start_date", False, ("model", "date", "Date"), None),
    "endDate": ("end_date", False, ("model", "date", "Date"), None),
    "createdAt": ("created_at", False, ("model", "date_time_offset", "DateTimeOffset"), None),
}


def _enum_status(value: UserFacingStatus | str | Unset) -> UserFacingStatus | Unset:
    converted: UserFacingStatus | Unset = enum_field(value, UserFacingStatus, "UserTripGroup", "status")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class UserTripGroup:
    """
    Attributes:
        owner_id (UserId): JSON ``ownerId``.
        id (UUID | Unset): JSON ``id``; format uuid; example f49d00fe-1eda-4304-ba79-a980f565281d.
        name (str | Unset): JSON ``name``; example Sample group name.
        user_group_info (UserGroupInfo | Unset): JSON ``userGroupInfo``.
        user_trip_infos (list[UserTripInfo] | Unset): JSON ``userTripInfos``.
        status (UserFacingStatus | Unset): JSON ``status``; example PENDING_STATUS; one of UNKNOWN_STATUS,
            PENDING_STATUS, CONFIRMED_STATUS, ACTIVE_STATUS, COMPLETED_STATUS, CANCELLED_STATUS, REFUNDED_STATUS,
            VOIDED_STATUS, PROCESSING_STATUS, UNCONFIRMED_STATUS, AIRLINE_CONTROL_STATUS, PAYMENT_DECLINED_STATUS,
            SCHEDULE_CHANGE_STATUS, HOLD_STATUS, APPROVAL_REQUESTED_STATUS, APPROVAL_DENIED_STATUS,
            CANCELLATION_IN_PROGRESS_STATUS, INOPERATIVE_STATUS, FLIGHT_UNCONFIRMED_STATUS.
        start_date (Date | Unset): JSON ``startDate``.
        end_date (Date | Unset): JSON ``endDate``.
        created_at (DateTimeOffset | Unset): JSON ``createdAt``.
    """

    owner_id: UserId
    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    user_group_info: UserGroupInfo | Unset = UNSET
    user_trip_infos: list[UserTripInfo] | Unset = UNSET
    status: UserFacingStatus | Unset = _attrs_field(default=UNSET, converter=_enum_status)
    start_date: Date | Unset = UNSET
    end_date: Date | Unset = UNSET
    created_at: DateTimeOffset | Unset = UNSET
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
            owner_id = self.owner_id.to_dict()

            id: str | Unset = UNSET
            if not isinstance(self.id, Unset):
                id = str(self.id)

            name = self.name

            user_group_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.user_group_info, Unset):
                user_group_info = self.user_group_info.to_dict()

            user_trip_infos: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.user_trip_infos, Unset):
                user_trip_infos = []
                for user_trip_infos_item_data in self.user_trip_infos:
                    user_trip_infos_item = user_trip_infos_item_data.to_dict()
                    user_trip_infos.append(user_trip_infos_item)

            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

            start_date: dict[str, Any] | Unset = UNSET
            if not isinstance(self.start_date, Unset):
                start_date = self.start_date.to_dict()

            end_date: dict[str, Any] | Unset = UNSET
            if not isinstance(self.end_date, Unset):
                end_date = self.end_date.to_dict()

            created_at: dict[str, Any] | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.to_dict()

            field_dict: dict[str, Any] = {}
            field_dict["ownerId"] = owner_id
            if id is not UNSET:
                field_dict["id"] = id
            if name is not UNSET:
                field_dict["name"] = name
            if user_group_info is not UNSET:
                field_dict["userGroupInfo"] = user_group_info
            if user_trip_infos is not UNSET:
                field_dict["userTripInfos"] = user_trip_infos
            if status is not UNSET:
                field_dict["status"] = status
            if start_date is not UNSET:
                field_dict["startDate"] = start_date
            if end_date is not UNSET:
                field_dict["endDate"] = end_date
            if created_at is not UNSET:
                field_dict["createdAt"] = created_at
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
        def require(self, name: Literal["id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["name"], /) -> str: ...
        @overload
        def require(self, name: Literal["user_group_info"], /) -> UserGroupInfo: ...
        @overload
        def require(self, name: Literal["user_trip_infos"], /) -> list[UserTripInfo]: ...
        @overload
        def require(self, name: Literal["status"], /) -> UserFacingStatus: ...
        @overload
        def require(self, name: Literal["start_date"], /) -> Date: ...
        @overload
        def require(self, name: Literal["end_date"], /) -> Date: ...
        @overload
        def require(self, name: Literal["created_at"], /) -> DateTimeOffset: ...
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
            raise ModelParseError(f"UserTripGroup: expected a JSON object, got {type(src_dict).__name__}")
        if "ownerId" not in src_dict:
            raise MissingRequiredFieldError("UserTripGroup", min(_REQUIRED_KEYS - src_dict.keys()))
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


def _parse_owner_id(d: Mapping[str, Any]) -> UserId:
    owner_id = UserId.from_dict(d["ownerId"])

    return owner_id


def _parse_id(d: Mapping[str, Any]) -> UUID | Unset:
    _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    id: UUID | Unset
    if isinstance(_id, Unset):
        id = UNSET
    else:
        id = UUID(_id)

    return id


def _parse_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "UserTripGroup", "name")

    return name


def _parse_user_group_info(d: Mapping[str, Any]) -> UserGroupInfo | Unset:
    _user_group_info = _v if (_v := d.get("userGroupInfo")) is not None else PARSED_UNSET
    user_group_info: UserGroupInfo | Unset
    if isinstance(_user_group_info, Unset):
        user_group_info = UNSET
    else:
        user_group_info = UserGroupInfo.from_dict(_user_group_info)

    return user_group_info


def _parse_user_trip_infos(d: Mapping[str, Any]) -> list[UserTripInfo] | Unset:
    _user_trip_infos = _v if (_v := d.get("userTripInfos")) is not None else PARSED_UNSET
    user_trip_infos: list[UserTripInfo] | Unset = UNSET
    if _user_trip_infos is not UNSET:
        user_trip_infos = []
        for user_trip_infos_item_data in _user_trip_infos:
            user_trip_infos_item = UserTripInfo.from_dict(user_trip_infos_item_data)

            user_trip_infos.append(user_trip_infos_item)

    return user_trip_infos


def _parse_status(d: Mapping[str, Any]) -> UserFacingStatus | Unset:
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: UserFacingStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = UserFacingStatus._members[_status]

    return status


def _parse_start_date(d: Mapping[str, Any]) -> Date | Unset:
    _start_date = _v if (_v := d.get("startDate")) is not None else PARSED_UNSET
    start_date: Date | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = Date.from_dict(_start_date)

    return start_date


def _parse_end_date(d: Mapping[str, Any]) -> Date | Unset:
    _end_date = _v if (_v := d.get("endDate")) is not None else PARSED_UNSET
    end_date: Date | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = Date.from_dict(_end_date)

    return end_date


def _parse_created_at(d: Mapping[str, Any]) -> DateTimeOffset | Unset:
    _created_at = _v if (_v := d.get("createdAt")) is not None else PARSED_UNSET
    created_at: DateTimeOffset | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = DateTimeOffset.from_dict(_created_at)

    return created_at


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: UserTripGroup, d: Mapping[str, Any]) -> None:
    owner_id = UserId.from_dict(d["ownerId"])

    self.owner_id = owner_id
    _id = _v if (_v := d.get("id")) is not None else PARSED_UNSET
    id: UUID | Unset
    if isinstance(_id, Unset):
        id = UNSET
    else:
        id = UUID(_id)

    self.id = id
    name: str | Unset = _v if (_v := d.get("name")) is not None else PARSED_UNSET
    if name is not UNSET and (type(name) is not str):
        name = read_as("str", name, "UserTripGroup", "name")

    self.name = name
    _user_group_info = _v if (_v := d.get("userGroupInfo")) is not None else PARSED_UNSET
    user_group_info: UserGroupInfo | Unset
    if isinstance(_user_group_info, Unset):
        user_group_info = UNSET
    else:
        user_group_info = UserGroupInfo.from_dict(_user_group_info)

    self.user_group_info = user_group_info
    _user_trip_infos = _v if (_v := d.get("userTripInfos")) is not None else PARSED_UNSET
    user_trip_infos: list[UserTripInfo] | Unset = UNSET
    if _user_trip_infos is not UNSET:
        user_trip_infos = []
        for user_trip_infos_item_data in _user_trip_infos:
            user_trip_infos_item = UserTripInfo.from_dict(user_trip_infos_item_data)

            user_trip_infos.append(user_trip_infos_item)

    self.user_trip_infos = user_trip_infos
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: UserFacingStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = UserFacingStatus._members[_status]

    self.status = status
    _start_date = _v if (_v := d.get("startDate")) is not None else PARSED_UNSET
    start_date: Date | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = Date.from_dict(_start_date)

    self.start_date = start_date
    _end_date = _v if (_v := d.get("endDate")) is not None else PARSED_UNSET
    end_date: Date | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = Date.from_dict(_end_date)

    self.end_date = end_date
    _created_at = _v if (_v := d.get("createdAt")) is not None else PARSED_UNSET
    created_at: DateTimeOffset | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = DateTimeOffset.from_dict(_created_at)

    self.created_at = created_at
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "owner_id": ("ownerId", _parse_owner_id),
    "id": ("id", _parse_id),
    "name": ("name", _parse_name),
    "user_group_info": ("userGroupInfo", _parse_user_group_info),
    "user_trip_infos": ("userTripInfos", _parse_user_trip_infos),
    "status": ("status", _parse_status),
    "start_date": ("startDate", _parse_start_date),
    "end_date": ("endDate", _parse_end_date),
    "created_at": ("createdAt", _parse_created_at),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
UserTripGroup._field_parsers = _PARSERS
UserTripGroup._null_means_absent = _NULL_MEANS_ABSENT


# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = UserTripGroup.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.date import Date
from ..models.date_time_offset import DateTimeOffset
from ..models.user_group_info import UserGroupInfo
from ..models.user_id import UserId
from ..models.user_trip_info import UserTripInfo
