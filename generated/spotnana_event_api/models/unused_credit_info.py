from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from ..errors import ModelParseError
from ..models.credit_status import CreditStatus
from ..models.credit_usage_type import CreditUsageType
from ..models.third_party_source import ThirdPartySource
from ..models.unused_credit_fop_card_access_type import UnusedCreditFopCardAccessType
from ..models.unused_credit_info_redeem_via import UnusedCreditInfoRedeemVia
from ..models.unused_credit_info_segments_available import UnusedCreditInfoSegmentsAvailable
from ..models.unused_credit_info_source_of_truth import UnusedCreditInfoSourceOfTruth
from ..models.unused_credit_info_ticket_type import UnusedCreditInfoTicketType
from ..types import (
    PARSED_UNSET,
    UNSET,
    Unset,
    check_request_json,
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
    from ..models.airline_info import AirlineInfo
    from ..models.date_time_offset import DateTimeOffset
    from ..models.exchange_info import ExchangeInfo
    from ..models.money import Money
    from ..models.name import Name
    from ..models.unused_credit_fop import UnusedCreditFop


T = TypeVar("T", bound="UnusedCreditInfo")

# JSON keys this model declares; any other key is kept in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "sourcePnr",
        "spotnanaPnr",
        "ticketNumber",
        "airlineCode",
        "airlineInfo",
        "totalFare",
        "issueDate",
        "expiryDate",
        "usedDate",
        "departureDate",
        "segmentsAvailable",
        "passengerName",
        "departureCountry",
        "arrivalCountry",
        "ticketType",
        "pcc",
        "status",
        "source",
        "tripId",
        "redeemVia",
        "sourceOfTruth",
        "owningPcc",
        "paymentSourceId",
        "creditUsageType",
        "email",
        "fopInfo",
        "fopLabel",
        "exchangeInfo",
        "fopCardAccessType",
        "legalEntityName",
    }
)
# Known keys whose `null` an untouched to_dict() leaves out: all but the required
# nullable ones, whose `null` is part of the document.
_NULL_MEANS_ABSENT = _KNOWN_KEYS

# JSON key -> (attribute, required, shape, constraints): what a request body must fit
# (types.check_request_json); responses are not checked against it.
_JSON_FIELDS: dict[str, tuple[str, bool, tuple[Any, ...], dict[str, Any] | None]] = {
    "sourcePnr": ("source_pnr", False, ("str",), None),
    "spotnanaPnr": ("spotnana_pnr", False, ("str",), None),
    "ticketNumber": ("ticket_number", False, ("str",), None),
    "airlineCode": ("airline_code", False, ("str",), None),
    "airlineInfo": ("airline_info", False, ("model", "airline_info", "AirlineInfo"), None),
    "totalFare": ("total_fare", False, ("model", "money", "Money"), None),
    "issueDate": ("issue_date", False, ("model", "date_time_offset", "DateTimeOffset"), None),
    "expiryDate": ("expiry_date", False, ("model", "date_time_offset", "DateTimeOffset"), None),
    "usedDate": ("used_date", False, ("model", "date_time_offset", "DateTimeOffset"), None),
    "departureDate": ("departure_date", False, ("model", "date_time_offset", "DateTimeOffset"), None),
    "segmentsAvailable": (
        "segments_available",
        False,
        ("enum", "unused_credit_info_segments_available", "UnusedCreditInfoSegmentsAvailable"),
        None,
    ),
    "passengerName": ("passenger_name", False, ("model", "name", "Name"), None),
    "departureCountry": ("departure_country", False, ("str",), None),
    "arrivalCountry": ("arrival_country", False, ("str",), None),
    "ticketType": (
        "ticket_type",
        False,
        ("enum", "unused_credit_info_ticket_type", "UnusedCreditInfoTicketType"),
        None,
    ),
    "pcc": ("pcc", False, ("str",), None),
    "status": ("status", False, ("enum", "credit_status", "CreditStatus"), None),
    "source": ("source", False, ("enum", "third_party_source", "ThirdPartySource"), None),
    "tripId": ("trip_id", False, ("str",), None),
    "redeemVia": ("redeem_via", False, ("enum", "unused_credit_info_redeem_via", "UnusedCreditInfoRedeemVia"), None),
    "sourceOfTruth": (
        "source_of_truth",
        False,
        ("enum", "unused_credit_info_source_of_truth", "UnusedCreditInfoSourceOfTruth"),
        None,
    ),
    "owningPcc": ("owning_pcc", False, ("str",), None),
    "paymentSourceId": ("payment_source_id", False, ("uuid",), None),
    "creditUsageType": ("credit_usage_type", False, ("enum", "credit_usage_type", "CreditUsageType"), None),
    "email": ("email", False, ("str",), None),
    "fopInfo": ("fop_info", False, ("model", "unused_credit_fop", "UnusedCreditFop"), None),
    "fopLabel": ("fop_label", False, ("str",), None),
    "exchangeInfo": ("exchange_info", False, ("model", "exchange_info", "ExchangeInfo"), None),
    "fopCardAccessType": (
        "fop_card_access_type",
        False,
        ("enum", "unused_credit_fop_card_access_type", "UnusedCreditFopCardAccessType"),
        None,
    ),
    "legalEntityName": ("legal_entity_name", False, ("str",), None),
}


def _enum_segments_available(
    value: UnusedCreditInfoSegmentsAvailable | str | Unset,
) -> UnusedCreditInfoSegmentsAvailable | Unset:
    converted: UnusedCreditInfoSegmentsAvailable | Unset = enum_field(
        value, UnusedCreditInfoSegmentsAvailable, "UnusedCreditInfo", "segments_available"
    )
    return converted


def _enum_ticket_type(value: UnusedCreditInfoTicketType | str | Unset) -> UnusedCreditInfoTicketType | Unset:
    converted: UnusedCreditInfoTicketType | Unset = enum_field(
        value, UnusedCreditInfoTicketType, "UnusedCreditInfo", "ticket_type"
    )
    return converted


def _enum_status(value: CreditStatus | str | Unset) -> CreditStatus | Unset:
    converted: CreditStatus | Unset = enum_field(value, CreditStatus, "UnusedCreditInfo", "status")
    return converted


def _enum_source(value: ThirdPartySource | str | Unset) -> ThirdPartySource | Unset:
    converted: ThirdPartySource | Unset = enum_field(value, ThirdPartySource, "UnusedCreditInfo", "source")
    return converted


def _enum_redeem_via(value: UnusedCreditInfoRedeemVia | str | Unset) -> UnusedCreditInfoRedeemVia | Unset:
    converted: UnusedCreditInfoRedeemVia | Unset = enum_field(
        value, UnusedCreditInfoRedeemVia, "UnusedCreditInfo", "redeem_via"
    )
    return converted


def _enum_source_of_truth(value: UnusedCreditInfoSourceOfTruth | str | Unset) -> UnusedCreditInfoSourceOfTruth | Unset:
    converted: UnusedCreditInfoSourceOfTruth | Unset = enum_field(
        value, UnusedCreditInfoSourceOfTruth, "UnusedCreditInfo", "source_of_truth"
    )
    return converted


def _enum_credit_usage_type(value: CreditUsageType | str | Unset) -> CreditUsageType | Unset:
    converted: CreditUsageType | Unset = enum_field(value, CreditUsageType, "UnusedCreditInfo", "credit_usage_type")
    return converted


def _enum_fop_card_access_type(
    value: UnusedCreditFopCardAccessType | str | Unset,
) -> UnusedCreditFopCardAccessType | Unset:
    converted: UnusedCreditFopCardAccessType | Unset = enum_field(
        value, UnusedCreditFopCardAccessType, "UnusedCreditInfo", "fop_card_access_type"
    )
    return converted


@_attrs_define(kw_only=True, repr=False, on_setattr=_attrs_setters.NO_OP)
class UnusedCreditInfo:
    """
    Attributes:
        source_pnr (str | Unset): JSON ``sourcePnr``; example MC5ONS.
        spotnana_pnr (str | Unset): JSON ``spotnanaPnr``; example 2345678.
        ticket_number (str | Unset): JSON ``ticketNumber``; example 5267779139217.
        airline_code (str | Unset): JSON ``airlineCode``; example AA.
        airline_info (AirlineInfo | Unset): JSON ``airlineInfo``.
        total_fare (Money | Unset): JSON ``totalFare``.
        issue_date (DateTimeOffset | Unset): JSON ``issueDate``.
        expiry_date (DateTimeOffset | Unset): JSON ``expiryDate``.
        used_date (DateTimeOffset | Unset): JSON ``usedDate``.
        departure_date (DateTimeOffset | Unset): JSON ``departureDate``.
        segments_available (UnusedCreditInfoSegmentsAvailable | Unset): JSON ``segmentsAvailable``; one of UNKNOWN,
            ALL_OPEN, PARTIAL, OTHER.
        passenger_name (Name | Unset): JSON ``passengerName``.
        departure_country (str | Unset): JSON ``departureCountry``; example USA.
        arrival_country (str | Unset): JSON ``arrivalCountry``; example USA.
        ticket_type (UnusedCreditInfoTicketType | Unset): JSON ``ticketType``; one of TICKET_TYPE_UNKNOWN, ETICKET, MCO,
            NON_GDS.
        pcc (str | Unset): JSON ``pcc``.
        status (CreditStatus | Unset): JSON ``status``; one of STATUS_UNKNOWN, OPEN, USED, RESERVED.
        source (ThirdPartySource | Unset): JSON ``source``; example SABRE; one of UNKNOWN_SOURCE, SABRE, TRAVEL_FUSION,
            AVIA, NDC, TRAINLINE, ATPCO_NDC, FARELOGIX_NDC, OFFLINE, CONNEXUS, ROUTEHAPPY, AMADEUS, GIATA, QBR, BCD,
            QANTAS_HOTELS, SOUTHWEST, EXPEDIA, HOTEL_HUB, MARRIOTT, CLEARTRIP, KYTE, GROUNDSPAN, SABRE_NDC, BOOKING_COM,
            CARTRAWLER, PREMIER_INN, TRAVELODGE, ENTERPRISE, HYATT, EUROSTAR, NATIONAL, ALAMO, AVIS, BUDGET, HERTZ, DOLLAR,
            THRIFTY, FIREFLY.
        trip_id (str | Unset): JSON ``tripId``; example 1234567.
        redeem_via (UnusedCreditInfoRedeemVia | Unset): JSON ``redeemVia``; example REDEEM_VIA_OBT; one of
            REDEEM_VIA_OBT, CONTACT_AGENT.
        source_of_truth (UnusedCreditInfoSourceOfTruth | Unset): JSON ``sourceOfTruth``; one of SPOTNANA, MANUAL_FORM.
        owning_pcc (str | Unset): JSON ``owningPcc``.
        payment_source_id (UUID | Unset): JSON ``paymentSourceId``; format uuid; example
            edd5b835-8001-430c-98f8-fedeccebe4cf.
        credit_usage_type (CreditUsageType | Unset): JSON ``creditUsageType``; one of CREDIT_USAGE_TYPE_UNKNOWN,
            COMPANY, PERSONAL.
        email (str | Unset): JSON ``email``.
        fop_info (UnusedCreditFop | Unset): JSON ``fopInfo``.
        fop_label (str | Unset): JSON ``fopLabel``.
        exchange_info (ExchangeInfo | Unset): JSON ``exchangeInfo``.
        fop_card_access_type (UnusedCreditFopCardAccessType | Unset): JSON ``fopCardAccessType``; one of
            CARD_ACCESS_CENTRAL, CARD_ACCESS_PERSONAL, CARD_ACCESS_CORPORATE.
        legal_entity_name (str | Unset): JSON ``legalEntityName``.
    """

    source_pnr: str | Unset = UNSET
    spotnana_pnr: str | Unset = UNSET
    ticket_number: str | Unset = UNSET
    airline_code: str | Unset = UNSET
    airline_info: AirlineInfo | Unset = UNSET
    total_fare: Money | Unset = UNSET
    issue_date: DateTimeOffset | Unset = UNSET
    expiry_date: DateTimeOffset | Unset = UNSET
    used_date: DateTimeOffset | Unset = UNSET
    departure_date: DateTimeOffset | Unset = UNSET
    segments_available: UnusedCreditInfoSegmentsAvailable | Unset = _attrs_field(
        default=UNSET, converter=_enum_segments_available
    )
    passenger_name: Name | Unset = UNSET
    departure_country: str | Unset = UNSET
    arrival_country: str | Unset = UNSET
    ticket_type: UnusedCreditInfoTicketType | Unset = _attrs_field(default=UNSET, converter=_enum_ticket_type)
    pcc: str | Unset = UNSET
    status: CreditStatus | Unset = _attrs_field(default=UNSET, converter=_enum_status)
    source: ThirdPartySource | Unset = _attrs_field(default=UNSET, converter=_enum_source)
    trip_id: str | Unset = UNSET
    redeem_via: UnusedCreditInfoRedeemVia | Unset = _attrs_field(default=UNSET, converter=_enum_redeem_via)
    source_of_truth: UnusedCreditInfoSourceOfTruth | Unset = _attrs_field(
        default=UNSET, converter=_enum_source_of_truth
    )
    owning_pcc: str | Unset = UNSET
    payment_source_id: UUID | Unset = UNSET
    credit_usage_type: CreditUsageType | Unset = _attrs_field(default=UNSET, converter=_enum_credit_usage_type)
    email: str | Unset = UNSET
    fop_info: UnusedCreditFop | Unset = UNSET
    fop_label: str | Unset = UNSET
    exchange_info: ExchangeInfo | Unset = UNSET
    fop_card_access_type: UnusedCreditFopCardAccessType | Unset = _attrs_field(
        default=UNSET, converter=_enum_fop_card_access_type
    )
    legal_entity_name: str | Unset = UNSET
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
            source_pnr = self.source_pnr

            spotnana_pnr = self.spotnana_pnr

            ticket_number = self.ticket_number

            airline_code = self.airline_code

            airline_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.airline_info, Unset):
                airline_info = self.airline_info.to_dict()

            total_fare: dict[str, Any] | Unset = UNSET
            if not isinstance(self.total_fare, Unset):
                total_fare = self.total_fare.to_dict()

            issue_date: dict[str, Any] | Unset = UNSET
            if not isinstance(self.issue_date, Unset):
                issue_date = self.issue_date.to_dict()

            expiry_date: dict[str, Any] | Unset = UNSET
            if not isinstance(self.expiry_date, Unset):
                expiry_date = self.expiry_date.to_dict()

            used_date: dict[str, Any] | Unset = UNSET
            if not isinstance(self.used_date, Unset):
                used_date = self.used_date.to_dict()

            departure_date: dict[str, Any] | Unset = UNSET
            if not isinstance(self.departure_date, Unset):
                departure_date = self.departure_date.to_dict()

            segments_available: str | Unset = UNSET
            if not isinstance(self.segments_available, Unset):
                segments_available = self.segments_available.value

            passenger_name: dict[str, Any] | Unset = UNSET
            if not isinstance(self.passenger_name, Unset):
                passenger_name = self.passenger_name.to_dict()

            departure_country = self.departure_country

            arrival_country = self.arrival_country

            ticket_type: str | Unset = UNSET
            if not isinstance(self.ticket_type, Unset):
                ticket_type = self.ticket_type.value

            pcc = self.pcc

            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status.value

            source: str | Unset = UNSET
            if not isinstance(self.source, Unset):
                source = self.source.value

            trip_id = self.trip_id

            redeem_via: str | Unset = UNSET
            if not isinstance(self.redeem_via, Unset):
                redeem_via = self.redeem_via.value

            source_of_truth: str | Unset = UNSET
            if not isinstance(self.source_of_truth, Unset):
                source_of_truth = self.source_of_truth.value

            owning_pcc = self.owning_pcc

            payment_source_id: str | Unset = UNSET
            if not isinstance(self.payment_source_id, Unset):
                payment_source_id = str(self.payment_source_id)

            credit_usage_type: str | Unset = UNSET
            if not isinstance(self.credit_usage_type, Unset):
                credit_usage_type = self.credit_usage_type.value

            email = self.email

            fop_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.fop_info, Unset):
                fop_info = self.fop_info.to_dict()

            fop_label = self.fop_label

            exchange_info: dict[str, Any] | Unset = UNSET
            if not isinstance(self.exchange_info, Unset):
                exchange_info = self.exchange_info.to_dict()

            fop_card_access_type: str | Unset = UNSET
            if not isinstance(self.fop_card_access_type, Unset):
                fop_card_access_type = self.fop_card_access_type.value

            legal_entity_name = self.legal_entity_name

            field_dict: dict[str, Any] = {}
            if source_pnr is not UNSET:
                field_dict["sourcePnr"] = source_pnr
            if spotnana_pnr is not UNSET:
                field_dict["spotnanaPnr"] = spotnana_pnr
            if ticket_number is not UNSET:
                field_dict["ticketNumber"] = ticket_number
            if airline_code is not UNSET:
                field_dict["airlineCode"] = airline_code
            if airline_info is not UNSET:
                field_dict["airlineInfo"] = airline_info
            if total_fare is not UNSET:
                field_dict["totalFare"] = total_fare
            if issue_date is not UNSET:
                field_dict["issueDate"] = issue_date
            if expiry_date is not UNSET:
                field_dict["expiryDate"] = expiry_date
            if used_date is not UNSET:
                field_dict["usedDate"] = used_date
            if departure_date is not UNSET:
                field_dict["departureDate"] = departure_date
            if segments_available is not UNSET:
                field_dict["segmentsAvailable"] = segments_available
            if passenger_name is not UNSET:
                field_dict["passengerName"] = passenger_name
            if departure_country is not UNSET:
                field_dict["departureCountry"] = departure_country
            if arrival_country is not UNSET:
                field_dict["arrivalCountry"] = arrival_country
            if ticket_type is not UNSET:
                field_dict["ticketType"] = ticket_type
            if pcc is not UNSET:
                field_dict["pcc"] = pcc
            if status is not UNSET:
                field_dict["status"] = status
            if source is not UNSET:
                field_dict["source"] = source
            if trip_id is not UNSET:
                field_dict["tripId"] = trip_id
            if redeem_via is not UNSET:
                field_dict["redeemVia"] = redeem_via
            if source_of_truth is not UNSET:
                field_dict["sourceOfTruth"] = source_of_truth
            if owning_pcc is not UNSET:
                field_dict["owningPcc"] = owning_pcc
            if payment_source_id is not UNSET:
                field_dict["paymentSourceId"] = payment_source_id
            if credit_usage_type is not UNSET:
                field_dict["creditUsageType"] = credit_usage_type
            if email is not UNSET:
                field_dict["email"] = email
            if fop_info is not UNSET:
                field_dict["fopInfo"] = fop_info
            if fop_label is not UNSET:
                field_dict["fopLabel"] = fop_label
            if exchange_info is not UNSET:
                field_dict["exchangeInfo"] = exchange_info
            if fop_card_access_type is not UNSET:
                field_dict["fopCardAccessType"] = fop_card_access_type
            if legal_entity_name is not UNSET:
                field_dict["legalEntityName"] = legal_entity_name
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
        def require(self, name: Literal["source_pnr"], /) -> str: ...
        @overload
        def require(self, name: Literal["spotnana_pnr"], /) -> str: ...
        @overload
        def require(self, name: Literal["ticket_number"], /) -> str: ...
        @overload
        def require(self, name: Literal["airline_code"], /) -> str: ...
        @overload
        def require(self, name: Literal["airline_info"], /) -> AirlineInfo: ...
        @overload
        def require(self, name: Literal["total_fare"], /) -> Money: ...
        @overload
        def require(self, name: Literal["issue_date"], /) -> DateTimeOffset: ...
        @overload
        def require(self, name: Literal["expiry_date"], /) -> DateTimeOffset: ...
        @overload
        def require(self, name: Literal["used_date"], /) -> DateTimeOffset: ...
        @overload
        def require(self, name: Literal["departure_date"], /) -> DateTimeOffset: ...
        @overload
        def require(self, name: Literal["segments_available"], /) -> UnusedCreditInfoSegmentsAvailable: ...
        @overload
        def require(self, name: Literal["passenger_name"], /) -> Name: ...
        @overload
        def require(self, name: Literal["departure_country"], /) -> str: ...
        @overload
        def require(self, name: Literal["arrival_country"], /) -> str: ...
        @overload
        def require(self, name: Literal["ticket_type"], /) -> UnusedCreditInfoTicketType: ...
        @overload
        def require(self, name: Literal["pcc"], /) -> str: ...
        @overload
        def require(self, name: Literal["status"], /) -> CreditStatus: ...
        @overload
        def require(self, name: Literal["source"], /) -> ThirdPartySource: ...
        @overload
        def require(self, name: Literal["trip_id"], /) -> str: ...
        @overload
        def require(self, name: Literal["redeem_via"], /) -> UnusedCreditInfoRedeemVia: ...
        @overload
        def require(self, name: Literal["source_of_truth"], /) -> UnusedCreditInfoSourceOfTruth: ...
        @overload
        def require(self, name: Literal["owning_pcc"], /) -> str: ...
        @overload
        def require(self, name: Literal["payment_source_id"], /) -> UUID: ...
        @overload
        def require(self, name: Literal["credit_usage_type"], /) -> CreditUsageType: ...
        @overload
        def require(self, name: Literal["email"], /) -> str: ...
        @overload
        def require(self, name: Literal["fop_info"], /) -> UnusedCreditFop: ...
        @overload
        def require(self, name: Literal["fop_label"], /) -> str: ...
        @overload
        def require(self, name: Literal["exchange_info"], /) -> ExchangeInfo: ...
        @overload
        def require(self, name: Literal["fop_card_access_type"], /) -> UnusedCreditFopCardAccessType: ...
        @overload
        def require(self, name: Literal["legal_entity_name"], /) -> str: ...
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
            raise ModelParseError(f"UnusedCreditInfo: expected a JSON object, got {type(src_dict).__name__}")
        if cls is UnusedCreditInfo:
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


def _parse_source_pnr(d: Mapping[str, Any]) -> str | Unset:
    source_pnr: str | Unset = _v if (_v := d.get("sourcePnr")) is not None else PARSED_UNSET
    if source_pnr is not UNSET and (type(source_pnr) is not str):
        source_pnr = read_as("str", source_pnr, "UnusedCreditInfo", "sourcePnr")

    return source_pnr


def _parse_spotnana_pnr(d: Mapping[str, Any]) -> str | Unset:
    spotnana_pnr: str | Unset = _v if (_v := d.get("spotnanaPnr")) is not None else PARSED_UNSET
    if spotnana_pnr is not UNSET and (type(spotnana_pnr) is not str):
        spotnana_pnr = read_as("str", spotnana_pnr, "UnusedCreditInfo", "spotnanaPnr")

    return spotnana_pnr


def _parse_ticket_number(d: Mapping[str, Any]) -> str | Unset:
    ticket_number: str | Unset = _v if (_v := d.get("ticketNumber")) is not None else PARSED_UNSET
    if ticket_number is not UNSET and (type(ticket_number) is not str):
        ticket_number = read_as("str", ticket_number, "UnusedCreditInfo", "ticketNumber")

    return ticket_number


def _parse_airline_code(d: Mapping[str, Any]) -> str | Unset:
    airline_code: str | Unset = _v if (_v := d.get("airlineCode")) is not None else PARSED_UNSET
    if airline_code is not UNSET and (type(airline_code) is not str):
        airline_code = read_as("str", airline_code, "UnusedCreditInfo", "airlineCode")

    return airline_code


def _parse_airline_info(d: Mapping[str, Any]) -> AirlineInfo | Unset:
    _airline_info = _v if (_v := d.get("airlineInfo")) is not None else PARSED_UNSET
    airline_info: AirlineInfo | Unset
    if isinstance(_airline_info, Unset):
        airline_info = UNSET
    else:
        airline_info = AirlineInfo.from_dict(_airline_info)

    return airline_info


def _parse_total_fare(d: Mapping[str, Any]) -> Money | Unset:
    _total_fare = _v if (_v := d.get("totalFare")) is not None else PARSED_UNSET
    total_fare: Money | Unset
    if isinstance(_total_fare, Unset):
        total_fare = UNSET
    else:
        total_fare = Money.from_dict(_total_fare)

    return total_fare


def _parse_issue_date(d: Mapping[str, Any]) -> DateTimeOffset | Unset:
    _issue_date = _v if (_v := d.get("issueDate")) is not None else PARSED_UNSET
    issue_date: DateTimeOffset | Unset
    if isinstance(_issue_date, Unset):
        issue_date = UNSET
    else:
        issue_date = DateTimeOffset.from_dict(_issue_date)

    return issue_date


def _parse_expiry_date(d: Mapping[str, Any]) -> DateTimeOffset | Unset:
    _expiry_date = _v if (_v := d.get("expiryDate")) is not None else PARSED_UNSET
    expiry_date: DateTimeOffset | Unset
    if isinstance(_expiry_date, Unset):
        expiry_date = UNSET
    else:
        expiry_date = DateTimeOffset.from_dict(_expiry_date)

    return expiry_date


def _parse_used_date(d: Mapping[str, Any]) -> DateTimeOffset | Unset:
    _used_date = _v if (_v := d.get("usedDate")) is not None else PARSED_UNSET
    used_date: DateTimeOffset | Unset
    if isinstance(_used_date, Unset):
        used_date = UNSET
    else:
        used_date = DateTimeOffset.from_dict(_used_date)

    return used_date


def _parse_departure_date(d: Mapping[str, Any]) -> DateTimeOffset | Unset:
    _departure_date = _v if (_v := d.get("departureDate")) is not None else PARSED_UNSET
    departure_date: DateTimeOffset | Unset
    if isinstance(_departure_date, Unset):
        departure_date = UNSET
    else:
        departure_date = DateTimeOffset.from_dict(_departure_date)

    return departure_date


def _parse_segments_available(d: Mapping[str, Any]) -> UnusedCreditInfoSegmentsAvailable | Unset:
    _segments_available = _v if (_v := d.get("segmentsAvailable")) is not None else PARSED_UNSET
    segments_available: UnusedCreditInfoSegmentsAvailable | Unset
    if isinstance(_segments_available, Unset):
        segments_available = UNSET
    else:
        segments_available = UnusedCreditInfoSegmentsAvailable._members[_segments_available]

    return segments_available


def _parse_passenger_name(d: Mapping[str, Any]) -> Name | Unset:
    _passenger_name = _v if (_v := d.get("passengerName")) is not None else PARSED_UNSET
    passenger_name: Name | Unset
    if isinstance(_passenger_name, Unset):
        passenger_name = UNSET
    else:
        passenger_name = Name.from_dict(_passenger_name)

    return passenger_name


def _parse_departure_country(d: Mapping[str, Any]) -> str | Unset:
    departure_country: str | Unset = _v if (_v := d.get("departureCountry")) is not None else PARSED_UNSET
    if departure_country is not UNSET and (type(departure_country) is not str):
        departure_country = read_as("str", departure_country, "UnusedCreditInfo", "departureCountry")

    return departure_country


def _parse_arrival_country(d: Mapping[str, Any]) -> str | Unset:
    arrival_country: str | Unset = _v if (_v := d.get("arrivalCountry")) is not None else PARSED_UNSET
    if arrival_country is not UNSET and (type(arrival_country) is not str):
        arrival_country = read_as("str", arrival_country, "UnusedCreditInfo", "arrivalCountry")

    return arrival_country


def _parse_ticket_type(d: Mapping[str, Any]) -> UnusedCreditInfoTicketType | Unset:
    _ticket_type = _v if (_v := d.get("ticketType")) is not None else PARSED_UNSET
    ticket_type: UnusedCreditInfoTicketType | Unset
    if isinstance(_ticket_type, Unset):
        ticket_type = UNSET
    else:
        ticket_type = UnusedCreditInfoTicketType._members[_ticket_type]

    return ticket_type


def _parse_pcc(d: Mapping[str, Any]) -> str | Unset:
    pcc: str | Unset = _v if (_v := d.get("pcc")) is not None else PARSED_UNSET
    if pcc is not UNSET and (type(pcc) is not str):
        pcc = read_as("str", pcc, "UnusedCreditInfo", "pcc")

    return pcc


def _parse_status(d: Mapping[str, Any]) -> CreditStatus | Unset:
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: CreditStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = CreditStatus._members[_status]

    return status


def _parse_source(d: Mapping[str, Any]) -> ThirdPartySource | Unset:
    _source = _v if (_v := d.get("source")) is not None else PARSED_UNSET
    source: ThirdPartySource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = ThirdPartySource._members[_source]

    return source


def _parse_trip_id(d: Mapping[str, Any]) -> str | Unset:
    trip_id: str | Unset = _v if (_v := d.get("tripId")) is not None else PARSED_UNSET
    if trip_id is not UNSET and (type(trip_id) is not str):
        trip_id = read_as("str", trip_id, "UnusedCreditInfo", "tripId")

    return trip_id


def _parse_redeem_via(d: Mapping[str, Any]) -> UnusedCreditInfoRedeemVia | Unset:
    _redeem_via = _v if (_v := d.get("redeemVia")) is not None else PARSED_UNSET
    redeem_via: UnusedCreditInfoRedeemVia | Unset
    if isinstance(_redeem_via, Unset):
        redeem_via = UNSET
    else:
        redeem_via = UnusedCreditInfoRedeemVia._members[_redeem_via]

    return redeem_via


def _parse_source_of_truth(d: Mapping[str, Any]) -> UnusedCreditInfoSourceOfTruth | Unset:
    _source_of_truth = _v if (_v := d.get("sourceOfTruth")) is not None else PARSED_UNSET
    source_of_truth: UnusedCreditInfoSourceOfTruth | Unset
    if isinstance(_source_of_truth, Unset):
        source_of_truth = UNSET
    else:
        source_of_truth = UnusedCreditInfoSourceOfTruth._members[_source_of_truth]

    return source_of_truth


def _parse_owning_pcc(d: Mapping[str, Any]) -> str | Unset:
    owning_pcc: str | Unset = _v if (_v := d.get("owningPcc")) is not None else PARSED_UNSET
    if owning_pcc is not UNSET and (type(owning_pcc) is not str):
        owning_pcc = read_as("str", owning_pcc, "UnusedCreditInfo", "owningPcc")

    return owning_pcc


def _parse_payment_source_id(d: Mapping[str, Any]) -> UUID | Unset:
    _payment_source_id = _v if (_v := d.get("paymentSourceId")) is not None else PARSED_UNSET
    payment_source_id: UUID | Unset
    if isinstance(_payment_source_id, Unset):
        payment_source_id = UNSET
    else:
        payment_source_id = UUID(_payment_source_id)

    return payment_source_id


def _parse_credit_usage_type(d: Mapping[str, Any]) -> CreditUsageType | Unset:
    _credit_usage_type = _v if (_v := d.get("creditUsageType")) is not None else PARSED_UNSET
    credit_usage_type: CreditUsageType | Unset
    if isinstance(_credit_usage_type, Unset):
        credit_usage_type = UNSET
    else:
        credit_usage_type = CreditUsageType._members[_credit_usage_type]

    return credit_usage_type


def _parse_email(d: Mapping[str, Any]) -> str | Unset:
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "UnusedCreditInfo", "email")

    return email


def _parse_fop_info(d: Mapping[str, Any]) -> UnusedCreditFop | Unset:
    _fop_info = _v if (_v := d.get("fopInfo")) is not None else PARSED_UNSET
    fop_info: UnusedCreditFop | Unset
    if isinstance(_fop_info, Unset):
        fop_info = UNSET
    else:
        fop_info = UnusedCreditFop.from_dict(_fop_info)

    return fop_info


def _parse_fop_label(d: Mapping[str, Any]) -> str | Unset:
    fop_label: str | Unset = _v if (_v := d.get("fopLabel")) is not None else PARSED_UNSET
    if fop_label is not UNSET and (type(fop_label) is not str):
        fop_label = read_as("str", fop_label, "UnusedCreditInfo", "fopLabel")

    return fop_label


def _parse_exchange_info(d: Mapping[str, Any]) -> ExchangeInfo | Unset:
    _exchange_info = _v if (_v := d.get("exchangeInfo")) is not None else PARSED_UNSET
    exchange_info: ExchangeInfo | Unset
    if isinstance(_exchange_info, Unset):
        exchange_info = UNSET
    else:
        exchange_info = ExchangeInfo.from_dict(_exchange_info)

    return exchange_info


def _parse_fop_card_access_type(d: Mapping[str, Any]) -> UnusedCreditFopCardAccessType | Unset:
    _fop_card_access_type = _v if (_v := d.get("fopCardAccessType")) is not None else PARSED_UNSET
    fop_card_access_type: UnusedCreditFopCardAccessType | Unset
    if isinstance(_fop_card_access_type, Unset):
        fop_card_access_type = UNSET
    else:
        fop_card_access_type = UnusedCreditFopCardAccessType._members[_fop_card_access_type]

    return fop_card_access_type


def _parse_legal_entity_name(d: Mapping[str, Any]) -> str | Unset:
    legal_entity_name: str | Unset = _v if (_v := d.get("legalEntityName")) is not None else PARSED_UNSET
    if legal_entity_name is not UNSET and (type(legal_entity_name) is not str):
        legal_entity_name = read_as("str", legal_entity_name, "UnusedCreditInfo", "legalEntityName")

    return legal_entity_name


def _parse_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if _KNOWN_KEYS.issuperset(d):  # the common case, without building a set
        return {}
    extra_keys = d.keys() - _KNOWN_KEYS
    # Kept in the server's order, so a round trip reproduces the document.
    return {k: v for k, v in d.items() if k in extra_keys}


# Every field in one pass (straight-line: no call per field), into the slots of an
# instance already turned into the plain class, whose stores are plain slot stores.
def _parse_document(self: UnusedCreditInfo, d: Mapping[str, Any]) -> None:
    source_pnr: str | Unset = _v if (_v := d.get("sourcePnr")) is not None else PARSED_UNSET
    if source_pnr is not UNSET and (type(source_pnr) is not str):
        source_pnr = read_as("str", source_pnr, "UnusedCreditInfo", "sourcePnr")

    self.source_pnr = source_pnr
    spotnana_pnr: str | Unset = _v if (_v := d.get("spotnanaPnr")) is not None else PARSED_UNSET
    if spotnana_pnr is not UNSET and (type(spotnana_pnr) is not str):
        spotnana_pnr = read_as("str", spotnana_pnr, "UnusedCreditInfo", "spotnanaPnr")

    self.spotnana_pnr = spotnana_pnr
    ticket_number: str | Unset = _v if (_v := d.get("ticketNumber")) is not None else PARSED_UNSET
    if ticket_number is not UNSET and (type(ticket_number) is not str):
        ticket_number = read_as("str", ticket_number, "UnusedCreditInfo", "ticketNumber")

    self.ticket_number = ticket_number
    airline_code: str | Unset = _v if (_v := d.get("airlineCode")) is not None else PARSED_UNSET
    if airline_code is not UNSET and (type(airline_code) is not str):
        airline_code = read_as("str", airline_code, "UnusedCreditInfo", "airlineCode")

    self.airline_code = airline_code
    _airline_info = _v if (_v := d.get("airlineInfo")) is not None else PARSED_UNSET
    airline_info: AirlineInfo | Unset
    if isinstance(_airline_info, Unset):
        airline_info = UNSET
    else:
        airline_info = AirlineInfo.from_dict(_airline_info)

    self.airline_info = airline_info
    _total_fare = _v if (_v := d.get("totalFare")) is not None else PARSED_UNSET
    total_fare: Money | Unset
    if isinstance(_total_fare, Unset):
        total_fare = UNSET
    else:
        total_fare = Money.from_dict(_total_fare)

    self.total_fare = total_fare
    _issue_date = _v if (_v := d.get("issueDate")) is not None else PARSED_UNSET
    issue_date: DateTimeOffset | Unset
    if isinstance(_issue_date, Unset):
        issue_date = UNSET
    else:
        issue_date = DateTimeOffset.from_dict(_issue_date)

    self.issue_date = issue_date
    _expiry_date = _v if (_v := d.get("expiryDate")) is not None else PARSED_UNSET
    expiry_date: DateTimeOffset | Unset
    if isinstance(_expiry_date, Unset):
        expiry_date = UNSET
    else:
        expiry_date = DateTimeOffset.from_dict(_expiry_date)

    self.expiry_date = expiry_date
    _used_date = _v if (_v := d.get("usedDate")) is not None else PARSED_UNSET
    used_date: DateTimeOffset | Unset
    if isinstance(_used_date, Unset):
        used_date = UNSET
    else:
        used_date = DateTimeOffset.from_dict(_used_date)

    self.used_date = used_date
    _departure_date = _v if (_v := d.get("departureDate")) is not None else PARSED_UNSET
    departure_date: DateTimeOffset | Unset
    if isinstance(_departure_date, Unset):
        departure_date = UNSET
    else:
        departure_date = DateTimeOffset.from_dict(_departure_date)

    self.departure_date = departure_date
    _segments_available = _v if (_v := d.get("segmentsAvailable")) is not None else PARSED_UNSET
    segments_available: UnusedCreditInfoSegmentsAvailable | Unset
    if isinstance(_segments_available, Unset):
        segments_available = UNSET
    else:
        segments_available = UnusedCreditInfoSegmentsAvailable._members[_segments_available]

    self.segments_available = segments_available
    _passenger_name = _v if (_v := d.get("passengerName")) is not None else PARSED_UNSET
    passenger_name: Name | Unset
    if isinstance(_passenger_name, Unset):
        passenger_name = UNSET
    else:
        passenger_name = Name.from_dict(_passenger_name)

    self.passenger_name = passenger_name
    departure_country: str | Unset = _v if (_v := d.get("departureCountry")) is not None else PARSED_UNSET
    if departure_country is not UNSET and (type(departure_country) is not str):
        departure_country = read_as("str", departure_country, "UnusedCreditInfo", "departureCountry")

    self.departure_country = departure_country
    arrival_country: str | Unset = _v if (_v := d.get("arrivalCountry")) is not None else PARSED_UNSET
    if arrival_country is not UNSET and (type(arrival_country) is not str):
        arrival_country = read_as("str", arrival_country, "UnusedCreditInfo", "arrivalCountry")

    self.arrival_country = arrival_country
    _ticket_type = _v if (_v := d.get("ticketType")) is not None else PARSED_UNSET
    ticket_type: UnusedCreditInfoTicketType | Unset
    if isinstance(_ticket_type, Unset):
        ticket_type = UNSET
    else:
        ticket_type = UnusedCreditInfoTicketType._members[_ticket_type]

    self.ticket_type = ticket_type
    pcc: str | Unset = _v if (_v := d.get("pcc")) is not None else PARSED_UNSET
    if pcc is not UNSET and (type(pcc) is not str):
        pcc = read_as("str", pcc, "UnusedCreditInfo", "pcc")

    self.pcc = pcc
    _status = _v if (_v := d.get("status")) is not None else PARSED_UNSET
    status: CreditStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = CreditStatus._members[_status]

    self.status = status
    _source = _v if (_v := d.get("source")) is not None else PARSED_UNSET
    source: ThirdPartySource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = ThirdPartySource._members[_source]

    self.source = source
    trip_id: str | Unset = _v if (_v := d.get("tripId")) is not None else PARSED_UNSET
    if trip_id is not UNSET and (type(trip_id) is not str):
        trip_id = read_as("str", trip_id, "UnusedCreditInfo", "tripId")

    self.trip_id = trip_id
    _redeem_via = _v if (_v := d.get("redeemVia")) is not None else PARSED_UNSET
    redeem_via: UnusedCreditInfoRedeemVia | Unset
    if isinstance(_redeem_via, Unset):
        redeem_via = UNSET
    else:
        redeem_via = UnusedCreditInfoRedeemVia._members[_redeem_via]

    self.redeem_via = redeem_via
    _source_of_truth = _v if (_v := d.get("sourceOfTruth")) is not None else PARSED_UNSET
    source_of_truth: UnusedCreditInfoSourceOfTruth | Unset
    if isinstance(_source_of_truth, Unset):
        source_of_truth = UNSET
    else:
        source_of_truth = UnusedCreditInfoSourceOfTruth._members[_source_of_truth]

    self.source_of_truth = source_of_truth
    owning_pcc: str | Unset = _v if (_v := d.get("owningPcc")) is not None else PARSED_UNSET
    if owning_pcc is not UNSET and (type(owning_pcc) is not str):
        owning_pcc = read_as("str", owning_pcc, "UnusedCreditInfo", "owningPcc")

    self.owning_pcc = owning_pcc
    _payment_source_id = _v if (_v := d.get("paymentSourceId")) is not None else PARSED_UNSET
    payment_source_id: UUID | Unset
    if isinstance(_payment_source_id, Unset):
        payment_source_id = UNSET
    else:
        payment_source_id = UUID(_payment_source_id)

    self.payment_source_id = payment_source_id
    _credit_usage_type = _v if (_v := d.get("creditUsageType")) is not None else PARSED_UNSET
    credit_usage_type: CreditUsageType | Unset
    if isinstance(_credit_usage_type, Unset):
        credit_usage_type = UNSET
    else:
        credit_usage_type = CreditUsageType._members[_credit_usage_type]

    self.credit_usage_type = credit_usage_type
    email: str | Unset = _v if (_v := d.get("email")) is not None else PARSED_UNSET
    if email is not UNSET and (type(email) is not str):
        email = read_as("str", email, "UnusedCreditInfo", "email")

    self.email = email
    _fop_info = _v if (_v := d.get("fopInfo")) is not None else PARSED_UNSET
    fop_info: UnusedCreditFop | Unset
    if isinstance(_fop_info, Unset):
        fop_info = UNSET
    else:
        fop_info = UnusedCreditFop.from_dict(_fop_info)

    self.fop_info = fop_info
    fop_label: str | Unset = _v if (_v := d.get("fopLabel")) is not None else PARSED_UNSET
    if fop_label is not UNSET and (type(fop_label) is not str):
        fop_label = read_as("str", fop_label, "UnusedCreditInfo", "fopLabel")

    self.fop_label = fop_label
    _exchange_info = _v if (_v := d.get("exchangeInfo")) is not None else PARSED_UNSET
    exchange_info: ExchangeInfo | Unset
    if isinstance(_exchange_info, Unset):
        exchange_info = UNSET
    else:
        exchange_info = ExchangeInfo.from_dict(_exchange_info)

    self.exchange_info = exchange_info
    _fop_card_access_type = _v if (_v := d.get("fopCardAccessType")) is not None else PARSED_UNSET
    fop_card_access_type: UnusedCreditFopCardAccessType | Unset
    if isinstance(_fop_card_access_type, Unset):
        fop_card_access_type = UNSET
    else:
        fop_card_access_type = UnusedCreditFopCardAccessType._members[_fop_card_access_type]

    self.fop_card_access_type = fop_card_access_type
    legal_entity_name: str | Unset = _v if (_v := d.get("legalEntityName")) is not None else PARSED_UNSET
    if legal_entity_name is not UNSET and (type(legal_entity_name) is not str):
        legal_entity_name = read_as("str", legal_entity_name, "UnusedCreditInfo", "legalEntityName")

    self.legal_entity_name = legal_entity_name
    # The common case (no unknown key) without a call.
    self.additional_properties = {} if _KNOWN_KEYS.issuperset(d) else _parse_additional_properties(d)


# attribute -> (JSON key, parser): what types.PartialDocument parses field by field.
_PARSERS: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "source_pnr": ("sourcePnr", _parse_source_pnr),
    "spotnana_pnr": ("spotnanaPnr", _parse_spotnana_pnr),
    "ticket_number": ("ticketNumber", _parse_ticket_number),
    "airline_code": ("airlineCode", _parse_airline_code),
    "airline_info": ("airlineInfo", _parse_airline_info),
    "total_fare": ("totalFare", _parse_total_fare),
    "issue_date": ("issueDate", _parse_issue_date),
    "expiry_date": ("expiryDate", _parse_expiry_date),
    "used_date": ("usedDate", _parse_used_date),
    "departure_date": ("departureDate", _parse_departure_date),
    "segments_available": ("segmentsAvailable", _parse_segments_available),
    "passenger_name": ("passengerName", _parse_passenger_name),
    "departure_country": ("departureCountry", _parse_departure_country),
    "arrival_country": ("arrivalCountry", _parse_arrival_country),
    "ticket_type": ("ticketType", _parse_ticket_type),
    "pcc": ("pcc", _parse_pcc),
    "status": ("status", _parse_status),
    "source": ("source", _parse_source),
    "trip_id": ("tripId", _parse_trip_id),
    "redeem_via": ("redeemVia", _parse_redeem_via),
    "source_of_truth": ("sourceOfTruth", _parse_source_of_truth),
    "owning_pcc": ("owningPcc", _parse_owning_pcc),
    "payment_source_id": ("paymentSourceId", _parse_payment_source_id),
    "credit_usage_type": ("creditUsageType", _parse_credit_usage_type),
    "email": ("email", _parse_email),
    "fop_info": ("fopInfo", _parse_fop_info),
    "fop_label": ("fopLabel", _parse_fop_label),
    "exchange_info": ("exchangeInfo", _parse_exchange_info),
    "fop_card_access_type": ("fopCardAccessType", _parse_fop_card_access_type),
    "legal_entity_name": ("legalEntityName", _parse_legal_entity_name),
    "additional_properties": ("additional properties", _parse_additional_properties),
}
UnusedCreditInfo._field_parsers = _PARSERS
UnusedCreditInfo._null_means_absent = _NULL_MEANS_ABSENT


_LAZY: Any = lazy_variant(UnusedCreditInfo, _parse_document)
# The slot's own setter: bookkeeping, not a set by the caller (LazyDocument.__setattr__).
_set_raw = UnusedCreditInfo.__dict__["_raw"].__set__

# Models that refer back to this one, imported once this module's class exists (so the
# cycle closes), rather than on every call as function-level imports would.
from ..models.airline_info import AirlineInfo
from ..models.date_time_offset import DateTimeOffset
from ..models.exchange_info import ExchangeInfo
from ..models.money import Money
from ..models.name import Name
from ..models.unused_credit_fop import UnusedCreditFop
