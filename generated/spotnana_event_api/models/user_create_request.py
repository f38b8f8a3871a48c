from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import MissingRequiredFieldError, ModelParseError
from ..models.persona import Persona
from ..models.stealth_type import StealthType
from ..models.tier import Tier
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
    deprecate_fields,
    enum_field,
    lazy_variant,
    model_repr,
    model_to_json,
    parsed_in_part,
    read_as,
    require_field,
    to_dict_prepared,
)

if TYPE_CHECKING:
    from ..models.adhoc_user_info import AdhocUserInfo
    from ..models.business_info import BusinessInfo
    from ..models.membership_info import MembershipInfo
    from ..models.notification_preferences import NotificationPreferences
    from ..models.relative_of import RelativeOf
    from ..models.role_config import RoleConfig
    from ..models.travel_preferences import TravelPreferences
    from ..models.user_personal_info import UserPersonalInfo
    from ..models.user_travel_arrangers import UserTravelArrangers


T = TypeVar("T", bound="UserCreateRequest")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "persona",
        "personalInfo",
        "businessInfo",
        "relativeOf",
        "billingCurrency",
        "tier",
        "stealthType",
        "externalId",
        "travelPreferences",
        "membershipInfo",
        "notificationPreferences",
        "travelArrangers",
        "adhocUserInfo",
        "roles",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS
_REQUIRED_KEYS = frozenset(
    {
        "persona",
    }
)

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "persona": ("persona", True, ("enum", "persona", "Persona"), None),
    "personalInfo": ("personal_info", False, ("model", "user_personal_info", "UserPersonalInfo"), None),
    "businessInfo": ("business_info", False, ("model", "business_info", "BusinessInfo"), None),
    "relativeOf": ("relative_of", False, ("model", "relative_of", "RelativeOf"), None),
    "billingCurrency": ("billing_currency", False, ("str",), None),
    "tier": ("tier", False, ("enum", "tier", "Tier"), None),
    "stealthType": ("stealth_type", False, ("enum", "stealth_type", "StealthType"), None),
    "externalId": ("external_id", False, ("str",), None),
    "travelPreferences": ("travel_preferences", False, ("model", "travel_preferences", "TravelPreferences"), None),
    "membershipInfo": ("membership_info", False, ("model", "membership_info", "MembershipInfo"), None),
    "notificationPreferences": (
        "notification_preferences",
        False,
        ("model", "notification_preferences", "NotificationPreferences"),
        None,
    ),
    "travelArrangers": ("travel_arrangers", False, ("model", "user_travel_arrangers", "UserTravelArrangers"), None),
    "adhocUserInfo": ("adhoc_user_info", False, ("model", "adhoc_user_info", "AdhocUserInfo"), None),
    "roles": ("roles", False, ("list", ("model", "role_config", "RoleConfig")), None),
}


def _enum_persona(value: Persona | str) -> Persona:
    converted: Persona = enum_field(value, Persona, "UserCreateRequest", "persona", required=True)
    return converted


def _enum_tier(value: Tier | str | Unset) -> Tier | Unset:
    converted: Tier | Unset = enum_field(value, Tier, "UserCreateRequest", "tier")
    return converted


def _enum_stealth_type(value: StealthType | str | Unset) -> StealthType | Unset:
    converted: StealthType | Unset = enum_field(value, StealthType, "UserCreateRequest", "stealth_type")
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class UserCreateRequest:
    """
    Attributes:
        persona (Persona): JSON ``persona``; example EMPLOYEE; one of UNKNOWN_PERSONA, EMPLOYEE, GUEST, PERSONAL,
            RELATIVE, ADHOC.
        personal_info (UserPersonalInfo | Unset): JSON ``personalInfo``.
        business_info (BusinessInfo | Unset): JSON ``businessInfo``.
        relative_of (RelativeOf | Unset): JSON ``relativeOf``; Deprecated (sunset 2026-07-01).
        billing_currency (str | Unset): JSON ``billingCurrency``; example INR.
        tier (Tier | Unset): JSON ``tier``; example SEAT1A; one of BASIC, SEAT1A.
        stealth_type (StealthType | Unset): JSON ``stealthType``; example STEALTH_TYPE_1; one of STEALTH_TYPE_1,
            STEALTH_TYPE_2, STEALTH_TYPE_3.
        external_id (str | Unset): JSON ``externalId``.
        travel_preferences (TravelPreferences | Unset): JSON ``travelPreferences``.
        membership_info (MembershipInfo | Unset): JSON ``membershipInfo``.
        notification_preferences (NotificationPreferences | Unset): JSON ``notificationPreferences``.
        travel_arrangers (UserTravelArrangers | Unset): JSON ``travelArrangers``; Deprecated (sunset 2026-07-01).
        adhoc_user_info (AdhocUserInfo | Unset): JSON ``adhocUserInfo``.
        roles (list[RoleConfig] | Unset): JSON ``roles``.
    """

    persona: Persona = _attrs_field(converter=_enum_persona)
    personal_info: UserPersonalInfo | Unset = UNSET
    business_info: BusinessInfo | Unset = UNSET
    relative_of: RelativeOf | Unset = UNSET
    billing_currency: str | Unset = UNSET
    tier: Tier | Unset = _attrs_field(default=UNSET, converter=_enum_tier)
    stealth_type: StealthType | Unset = _attrs_field(default=UNSET, converter=_enum_stealth_type)
    external_id: str | Unset = UNSET
    travel_preferences: TravelPreferences | Unset = UNSET
    membership_info: MembershipInfo | Unset = UNSET
    notification_preferences: NotificationPreferences | Unset = UNSET
    travel_arrangers: UserTravelArrangers | Unset = UNSET
    adhoc_user_info: AdhocUserInfo | Unset = UNSET
    roles: list[RoleConfig] | Unset = UNSET
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
            persona = self.persona.value

            personal_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.personal_info, Unset):
                personal_info = self.personal_info.to_dict()

            business_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.business_info, Unset):
                business_info = self.business_info.to_dict()

            relative_of: dict[str, Any] | Unset = UNSET
            if not isinstance(self.relative_of, Unset):
                relative_of = self.relative_of.to_dict()

            billing_currency = self.billing_currency

            tier: str | Unset = UNSET
            if not isinstance(self.tier, Unset):
                tier = self.tier.value

            stealth_type: str | Unset = UNSET
            if not isinstance(self.stealth_type, Unset):
                stealth_type = self.stealth_type.value

            external_id = self.external_id

            travel_preferences: dict[str, Any] | Unset = UNSET
            if not isinstance(self.travel_preferences, Unset):
                travel_preferences = self.travel_preferences.to_dict()

            membership_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.membership_info, Unset):
                membership_info = self.membership_info.to_dict()

            notification_preferences: dict[str, Any] | Unset = UNSET
            if not isinstance(self.notification_preferences, Unset):
                notification_preferences = self.notification_preferences.to_dict()

            travel_arrangers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.travel_arrangers, Unset):
                travel_arrangers = self.travel_arrangers.to_dict()

            adhoc_user_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.adhoc_user_info, Unset):
                adhoc_user_info = self.adhoc_user_info.to_dict()

            roles: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.roles, Unset):
                roles = []
                for roles_item_data in self.roles:
                    roles_item = roles_item_data.to_dict()
                    roles.append(roles_item)

            field_dict: dict[str, Any] = {}
            field_dict["persona"] = persona
            if personal_info is not UNSET:
                field_dict["personalInfo"] = personal_info
            if business_info is not UNSET:
                field_dict["businessInfo"] = business_info
            if relative_of is not UNSET:
                field_dict["relativeOf"] = relative_of
            if billing_currency is not UNSET:
                field_dict["billingCurrency"] = billing_currency
            if tier is not UNSET:
                field_dict["tier"] = tier
            if stealth_type is not UNSET:
                field_dict["stealthType"] = stealth_type
            if external_id is not UNSET:
                field_dict["externalId"] = external_id
            if travel_preferences is not UNSET:
                field_dict["travelPreferences"] = travel_preferences
            if membership_info is not UNSET:
                field_dict["membershipInfo"] = membership_info
            if notification_preferences is not UNSET:
                field_dict["notificationPreferences"] = notification_preferences
            if travel_arrangers is not UNSET:
                field_dict["travelArrangers"] = travel_arrangers
            if adhoc_user_info is not UNSET:
                field_dict["adhocUserInfo"] = adhoc_user_info
            if roles is not UNSET:
                field_dict["roles"] = roles
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
        def require(self, name: Literal["personal_info"], /) -> UserPersonalInfo: ...
        @overload
        def require(self, name: Literal["business_info"], /) -> BusinessInfo: ...
        @overload
        def require(self, name: Literal["relative_of"], /) -> RelativeOf: ...
        @overload
        def require(self, name: Literal["billing_currency"], /) -> str: ...
        @overload
        def require(self, name: Literal["tier"], /) -> Tier: ...
        @overload
        def require(self, name: Literal["stealth_type"], /) -> StealthType: ...
        @overload
        def require(self, name: Literal["external_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["travel_preferences"], /) -> TravelPreferences: ...
        @overload
        def require(self, name: Literal["membership_info"], /) -> MembershipInfo: ...
        @overload
        def require(self, name: Literal["notification_preferences"], /) -> NotificationPreferences: ...
        @overload
        def require(self, name: Literal["travel_arrangers"], /) -> UserTravelArrangers: ...
        @overload
        def require(self, name: Literal["adhoc_user_info"], /) -> AdhocUserInfo: ...
        @overload
        def require(self, name: Literal["roles"], /) -> list[RoleConfig]: ...
        def require(self, name: str, /) -> Any:
            """The value of the optional field ``name`` (its attribute name), which the server left
            out when ``UnsetFieldError`` is raised: for the fields a caller knows are always sent."""
    else:
        require = require_field

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap a JSON object; its fields are parsed when one is first read or set.

        Required keys are checked now; a malformed value raises ``ModelParseError``, naming
        the model and field, when that field is read. The document is kept, not copied: do
        not change it afterwards.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError(f"UserCreateRequest: expected a JSON object, got {type(src_dict).__name__}")
        if "persona" not in src_dict:
            raise MissingRequiredFieldError("UserCreateRequest", min(_REQUIRED_KEYS - src_dict.keys()))
        if cls is UserCreateRequest:
            lazy: T = _LAZY.__new__(_LAZY)
            _set_raw(lazy, src_dict)
            return lazy
        # A subclass of the caller's is parsed now, as a model of scalars is.
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


def _parse_persona(d: Mapping[str, Any]) -> Persona:
    persona = Persona._members[d["persona"]]

    return persona


def _parse_personal_info(d: Mapping[str, Any]) -> UserPersonalInfo | Unset:
    _personal_info = _v if (_v := d.get("personalInfo")) is not None else PARSED_UNSET
    personal_info: UserPersonalInfo | Unset
    if isinstance(_personal_info, Unset):
        personal_info = UNSET
    else:
        personal_info = UserPersonalInfo.from_dict(_personal_info)

    return personal_info


def _parse_business_info(d: Mapping[str, Any]) -> BusinessInfo | Unset:
    _business_info = _v if (_v := d.get("businessInfo")) is not None else PARSED_UNSET
    business_info: BusinessInfo | Unset
    if isinstance(_business_info, Unset):
        business_info = UNSET
    else:
        business_info = BusinessInfo.from_dict(_business_info)

    return business_info


def _parse_relative_of(d: Mapping[str, Any]) -> RelativeOf | Unset:
    _relative_of = _v if (_v := d.get("relativeOf")) is not None else PARSED_UNSET
    relative_of: RelativeOf | Unset
    if isinstance(_relative_of, Unset):
        relative_of = UNSET
    else:
        relative_of = RelativeOf.from_dict(_relative_of)

    return relative_of


def _parse_billing_currency(d: Mapping[str, Any]) -> str | Unset:
    billing_currency: str | Unset = _v if (_v := d.get("billingCurrency")) is not None else PARSED_UNSET
    if billing_currency is not UNSET and (type(billing_currency) is not str):
        billing_currency = read_as("str", billing_currency, "UserCreateRequest", "billingCurrency")

    return billing_currency


def _parse_tier(d: Mapping[str, Any]) -> Tier | Unset:
    _tier = _v if (_v := d.get("tier")) is not None else PARSED_UNSET
    tier: Tier | Unset
    if isinstance(_tier, Unset):
        tier = UNSET
    else:
        tier = Tier._members[_tier]

    return tier


def _parse_stealth_type(d: Mapping[str, Any]) -> StealthType | Unset:
    _stealth_type = _v if (_v := d.get("stealthType")) is not None else PARSED_UNSET
    stealth_type: StealthType | Unset
    if isinstance(_stealth_type, Unset):
        stealth_type = UNSET
    else:
        stealth_type = StealthType._members[_stealth_type]

    return stealth_type


def _parse_external_id(d: Mapping[str, Any]) -> str | Unset:
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "UserCreateRequest", "externalId")

    return external_id


def _parse_travel_preferences(d: Mapping[str, Any]) -> TravelPreferences | Unset:
    _travel_preferences = _v if (_v := d.get("travelPreferences")) is not None else PARSED_UNSET
    travel_preferences: TravelPreferences | Unset
    if isinstance(_travel_preferences, Unset):
        travel_preferences = UNSET
    else:
        travel_preferences = TravelPreferences.from_dict(_travel_preferences)

    return travel_preferences


def _parse_membership_info(d: Mapping[str, Any]) -> MembershipInfo | Unset:
    _membership_info = _v if (_v := d.get("membershipInfo")) is not None else PARSED_UNSET
    membership_info: MembershipInfo | Unset
    if isinstance(_membership_info, Unset):
        membership_info = UNSET
    else:
        membership_info = MembershipInfo.from_dict(_membership_info)

    return membership_info


def _parse_notification_preferences(d: Mapping[str, Any]) -> NotificationPreferences | Unset:
    _notification_preferences = _v if (_v := d.get("notificationPreferences")) is not None else PARSED_UNSET
    notification_preferences: NotificationPreferences | Unset
    if isinstance(_notification_preferences, Unset):
        notification_preferences = UNSET
    else:
        notification_preferences = NotificationPreferences.from_dict(_notification_preferences)

    return notification_preferences


def _parse_travel_arrangers(d: Mapping[str, Any]) -> UserTravelArrangers | Unset:
    _travel_arrangers = _v if (_v := d.get("travelArrangers")) is not None else PARSED_UNSET
    travel_arrangers: UserTravelArrangers | Unset
    if isinstance(_travel_arrangers, Unset):
        travel_arrangers = UNSET
    else:
        travel_arrangers = UserTravelArrangers.from_dict(_travel_arrangers)

    return travel_arrangers


def _parse_adhoc_user_info(d: Mapping[str, Any]) -> AdhocUserInfo | Unset:
    _adhoc_user_info = _v if (_v := d.get("adhocUserInfo")) is not None else PARSED_UNSET
    adhoc_user_info: AdhocUserInfo | Unset
    if isinstance(_adhoc_user_info, Unset):
        adhoc_user_info = UNSET
    else:
        adhoc_user_info = AdhocUserInfo.from_dict(_adhoc_user_info)

    return adhoc_user_info


def _parse_roles(d: Mapping[str, Any]) -> list[RoleConfig] | Unset:
    _roles = _v if (_v := d.get("roles")) is not None else PARSED_UNSET
    roles: list[RoleConfig] | Unset = UNSET
    if _roles is not UNSET:
        roles = []
        for roles_item_data in _roles:
            roles_item = RoleConfig.from_dict(roles_item_data)

            roles.append(roles_item)

    return roles


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: UserCreateRequest, d: Mapping[str, Any]) -> None:
    persona = Persona._members[d["persona"]]

    self.persona = persona
    _personal_info = _v if (_v := d.get("personalInfo")) is not None else PARSED_UNSET
    personal_info: UserPersonalInfo | Unset
    if isinstance(_personal_info, Unset):
        personal_info = UNSET
    else:
        personal_info = UserPersonalInfo.from_dict(_personal_info)

    self.personal_info = personal_info
    _business_info = _v if (_v := d.get("businessInfo")) is not None else PARSED_UNSET
    business_info: BusinessInfo | Unset
    if isinstance(_business_info, Unset):
        business_info = UNSET
    else:
        business_info = BusinessInfo.from_dict(_business_info)

    self.business_info = business_info
    _relative_of = _v if (_v := d.get("relativeOf")) is not None else PARSED_UNSET
    relative_of: RelativeOf | Unset
    if isinstance(_relative_of, Unset):
        relative_of = UNSET
    else:
        relative_of = RelativeOf.from_dict(_relative_of)

    self.relative_of = relative_of
    billing_currency: str | Unset = _v if (_v := d.get("billingCurrency")) is not None else PARSED_UNSET
    if billing_currency is not UNSET and (type(billing_currency) is not str):
        billing_currency = read_as("str", billing_currency, "UserCreateRequest", "billingCurrency")

    self.billing_currency = billing_currency
    _tier = _v if (_v := d.get("tier")) is not None else PARSED_UNSET
    tier: Tier | Unset
    if isinstance(_tier, Unset):
        tier = UNSET
    else:
        tier = Tier._members[_tier]

    self.tier = tier
    _stealth_type = _v if (_v := d.get("stealthType")) is not None else PARSED_UNSET
    stealth_type: StealthType | Unset
    if isinstance(_stealth_type, Unset):
        stealth_type = UNSET
    else:
        stealth_type = StealthType._members[_stealth_type]

    self.stealth_type = stealth_type
    external_id: str | Unset = _v if (_v := d.get("externalId")) is not None else PARSED_UNSET
    if external_id is not UNSET and (type(external_id) is not str):
        external_id = read_as("str", external_id, "UserCreateRequest", "externalId")

    self.external_id = external_id
    _travel_preferences = _v if (_v := d.get("travelPreferences")) is not None else PARSED_UNSET
    travel_preferences: TravelPreferences | Unset
    if isinstance(_travel_preferences, Unset):
        travel_preferences = UNSET
    else:
        travel_preferences = TravelPreferences.from_dict(_travel_preferences)

    self.travel_preferences = travel_preferences
    _membership_info = _v if (_v := d.get("membershipInfo")) is not None else PARSED_UNSET
    membership_info: MembershipInfo | Unset
    if isinstance(_membership_info, Unset):
        membership_info = UNSET
    else:
        membership_info = MembershipInfo.from_dict(_membership_info)

    self.membership_info = membership_info
    _notification_preferences = _v if (_v := d.get("notificationPreferences")) is not None else PARSED_UNSET
    notification_preferences: NotificationPreferences | Unset
    if isinstance(_notification_preferences, Unset):
        notification_preferences = UNSET
    else:
        notification_preferences = NotificationPreferences.from_dict(_notification_preferences)

    self.notification_preferences = notification_preferences
    _travel_arrangers = _v if (_v := d.get("travelArrangers")) is not None else PARSED_UNSET
    travel_arrangers: UserTravelArrangers | Unset
    if isinstance(_travel_arrangers, Unset):
        travel_arrangers = UNSET
    else:
        travel_arrangers = UserTravelArrangers.from_dict(_travel_arrangers)

    self.travel_arrangers = travel_arrangers
    _adhoc_user_info = _v if (_v := d.get("adhocUserInfo")) is not None else PARSED_UNSET
    adhoc_user_info: AdhocUserInfo | Unset
    if isinstance(_adhoc_user_info, Unset):
        adhoc_user_info = UNSET
    else:
        adhoc_user_info = AdhocUserInfo.from_dict(_adhoc_user_info)

    self.adhoc_user_info = adhoc_user_info
    _roles = _v if (_v := d.get("roles")) is not None else PARSED_UNSET
    roles: list[RoleConfig] | Unset = UNSET
    if _roles is not UNSET:
        roles = []
        for roles_item_data in _roles:
            roles_item = RoleConfig.from_dict(roles_item_data)

            roles.append(roles_item)

    self.roles = roles
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "persona": ("persona", _parse_persona),
    "personal_info": ("personalInfo", _parse_personal_info),
    "business_info": ("businessInfo", _parse_business_info),
    "relative_of": ("relativeOf", _parse_relative_of),
    "billing_currency": ("billingCurrency", _parse_billing_currency),
    "tier": ("tier", _parse_tier),
    "stealth_type": ("stealthType", _parse_stealth_type),
    "external_id": ("externalId", _parse_external_id),
    "travel_preferences": ("travelPreferences", _parse_travel_preferences),
    "membership_info": ("membershipInfo", _parse_membership_info),
    "notification_preferences": ("notificationPreferences", _parse_notification_preferences),
    "travel_arrangers": ("travelArrangers", _parse_travel_arrangers),
    "adhoc_user_info": ("adhocUserInfo", _parse_adhoc_user_info),
    "roles": ("roles", _parse_roles),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
UserCreateRequest._field_parsers = _PARSERS
UserCreateRequest._null_means_absent = _NULL_MEANS_ABSENT

deprecate_fields(
    UserCreateRequest,
    {
        "relative_of": ("relativeOf", "2026-07-01"),
        "travel_arrangers": ("travelArrangers", "2026-07-01"),
    },
)

_LAZY: Any = lazy_variant(UserCreateRequest, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = UserCreateRequest.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.adhoc_user_info import AdhocUserInfo
from ..models.business_info import BusinessInfo
from ..models.membership_info import MembershipInfo
from ..models.notification_preferences import NotificationPreferences
from ..models.relative_of import RelativeOf
from ..models.role_config import RoleConfig
from ..models.travel_preferences import TravelPreferences
from ..models.user_personal_info import UserPersonalInfo
from ..models.user_travel_arrangers import UserTravelArrangers
