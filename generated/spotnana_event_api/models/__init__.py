"""Data models used in inputs and outputs.

Models load on first attribute access (PEP 562), so importing this package or an
endpoint module does not import hundreds of model modules. Type checkers see every
name through the ``TYPE_CHECKING`` imports below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_type import AccessType
    from .access_type_attributes import AccessTypeAttributes
    from .add_travelers_to_event_request import AddTravelersToEventRequest
    from .add_travelers_to_event_response import AddTravelersToEventResponse
    from .adhoc_user_info import AdhocUserInfo
    from .air_booking_guideline import AirBookingGuideline
    from .air_booking_guideline_wrapper import AirBookingGuidelineWrapper
    from .air_booking_status_filter import AirBookingStatusFilter
    from .air_itinerary import AirItinerary
    from .air_itinerary_id import AirItineraryId
    from .air_pref import AirPref
    from .air_rsvp_response import AirRsvpResponse
    from .airline import Airline
    from .airline_info import AirlineInfo
    from .airline_pref import AirlinePref
    from .airline_pref_flight_type import AirlinePrefFlightType
    from .airline_program import AirlineProgram
    from .airline_program_wrapper import AirlineProgramWrapper
    from .airport_info import AirportInfo
    from .alliance import Alliance
    from .alliance_pref import AlliancePref
    from .allow_travelers_policy import AllowTravelersPolicy
    from .allow_travelers_to_rsvp import AllowTravelersToRsvp
    from .allowed_flight_guideline import AllowedFlightGuideline
    from .allowed_flight_type import AllowedFlightType
    from .amadeus_checkout import AmadeusCheckout
    from .amadeus_checkout_wrapper import AmadeusCheckoutWrapper
    from .async_job_detail_request import AsyncJobDetailRequest
    from .async_job_detail_response import AsyncJobDetailResponse
    from .booking_status_type import BookingStatusType
    from .brex_budget import BrexBudget
    from .brex_budget_wrapper import BrexBudgetWrapper
    from .bucket_email_preferences import BucketEmailPreferences
    from .bulk_cancel_event_request import BulkCancelEventRequest
    from .bulk_cancel_event_response import BulkCancelEventResponse
    from .bulk_delete_event_request import BulkDeleteEventRequest
    from .bulk_delete_event_response import BulkDeleteEventResponse
    from .bulk_publish_event_request import BulkPublishEventRequest
    from .bulk_publish_response import BulkPublishResponse
    from .bulk_update_events_request import BulkUpdateEventsRequest
    from .bulk_update_events_response import BulkUpdateEventsResponse
    from .business_info import BusinessInfo
    from .cancel_event_request import CancelEventRequest
    from .cancel_event_response import CancelEventResponse
    from .car_booking_guideline import CarBookingGuideline
    from .car_booking_guideline_wrapper import CarBookingGuidelineWrapper
    from .car_booking_payment_guidelines import CarBookingPaymentGuidelines
    from .car_booking_status_filter import CarBookingStatusFilter
    from .car_itinerary import CarItinerary
    from .car_itinerary_id import CarItineraryId
    from .car_payment_source_metadata import CarPaymentSourceMetadata
    from .car_pref import CarPref
    from .car_rsvp_response import CarRsvpResponse
    from .car_type import CarType
    from .car_vendor import CarVendor
    from .car_vendor_basic import CarVendorBasic
    from .card import Card
    from .card_company import CardCompany
    from .card_descriptor_wrapper import CardDescriptorWrapper
    from .card_metadata import CardMetadata
    from .card_type import CardType
    from .cash_descriptor import CashDescriptor
    from .cash_descriptor_wrapper import CashDescriptorWrapper
    from .child_event_counts import ChildEventCounts
    from .coach_pref import CoachPref
    from .company_filter import CompanyFilter
    from .company_filter_wrapper import CompanyFilterWrapper
    from .company_id import CompanyId
    from .company_ref import CompanyRef
    from .company_role_info import CompanyRoleInfo
    from .company_role_info_role_type import CompanyRoleInfoRoleType
    from .company_specified_attribute import CompanySpecifiedAttribute
    from .company_specified_attribute_override import CompanySpecifiedAttributeOverride
    from .company_specified_user_attribute import CompanySpecifiedUserAttribute
    from .conditional_rate import ConditionalRate
    from .conferma import Conferma
    from .conferma_metadata_wrapper import ConfermaMetadataWrapper
    from .cost_center_filter import CostCenterFilter
    from .cost_center_filter_wrapper import CostCenterFilterWrapper
    from .cost_center_id import CostCenterId
    from .cost_center_override import CostCenterOverride
    from .country_filter import CountryFilter
    from .country_filter_wrapper import CountryFilterWrapper
    from .create_event_request import CreateEventRequest
    from .create_event_response import CreateEventResponse
    from .credit_status import CreditStatus
    from .credit_usage_type import CreditUsageType
    from .custom_field_id import CustomFieldId
    from .custom_field_prefilled_response import CustomFieldPrefilledResponse
    from .custom_field_response import CustomFieldResponse
    from .custom_field_response_item import CustomFieldResponseItem
    from .custom_field_selected_option import CustomFieldSelectedOption
    from .custom_field_traveler_access import CustomFieldTravelerAccess
    from .custom_field_type import CustomFieldType
    from .custom_payment_method_descriptor_wrapper import CustomPaymentMethodDescriptorWrapper
    from .date import Date
    from .date_time_local import DateTimeLocal
    from .date_time_offset import DateTimeOffset
    from .date_time_range import DateTimeRange
    from .deck_level import DeckLevel
    from .delayed_invoicing_descriptor import DelayedInvoicingDescriptor
    from .delayed_invoicing_descriptor_wrapper import DelayedInvoicingDescriptorWrapper
    from .delete_event_request import DeleteEventRequest
    from .delete_event_response import DeleteEventResponse
    from .department_filter import DepartmentFilter
    from .department_filter_wrapper import DepartmentFilterWrapper
    from .department_id import DepartmentId
    from .department_override import DepartmentOverride
    from .dimensions import Dimensions
    from .diners_tac_metadata import DinersTacMetadata
    from .diners_tac_metadata_wrapper import DinersTacMetadataWrapper
    from .direct_billing import DirectBilling
    from .direct_billing_wrapper import DirectBillingWrapper
    from .document import Document
    from .document_metadata import DocumentMetadata
    from .document_type import DocumentType
    from .dpan_metadata import DpanMetadata
    from .dpan_wrapper import DpanWrapper
    from .duration import Duration
    from .email_bucket_type import EmailBucketType
    from .emergency_contact import EmergencyContact
    from .emergency_contact_info import EmergencyContactInfo
    from .emergency_contact_relation import EmergencyContactRelation
    from .engine_type import EngineType
    from .entity_id import EntityId
    from .entity_non_uuid_id import EntityNonUUIDId
    from .entity_type import EntityType
    from .error_parameter import ErrorParameter
    from .error_response import ErrorResponse
    from .error_response_error_messages_item import ErrorResponseErrorMessagesItem
    from .event import Event
    from .event_allowed_booking_type import EventAllowedBookingType
    from .event_booking_style import EventBookingStyle
    from .event_booking_window import EventBookingWindow
    from .event_company_filter import EventCompanyFilter
    from .event_company_filter_wrapper import EventCompanyFilterWrapper
    from .event_custom_field_responses_request import EventCustomFieldResponsesRequest
    from .event_date_range_filter import EventDateRangeFilter
    from .event_date_range_filter_wrapper import EventDateRangeFilterWrapper
    from .event_detached_filter import EventDetachedFilter
    from .event_detached_filter_wrapper import EventDetachedFilterWrapper
    from .event_end_date_range_filter import EventEndDateRangeFilter
    from .event_end_date_range_filter_wrapper import EventEndDateRangeFilterWrapper
    from .event_entity_metadata import EventEntityMetadata
    from .event_group import EventGroup
    from .event_group_metadata import EventGroupMetadata
    from .event_id_filter import EventIdFilter
    from .event_id_filter_wrapper import EventIdFilterWrapper
    from .event_item_job_status import EventItemJobStatus
    from .event_job_status import EventJobStatus
    from .event_job_type import EventJobType
    from .event_location import EventLocation
    from .event_metadata_wrapper import EventMetadataWrapper
    from .event_name_filter_wrapper import EventNameFilterWrapper
    from .event_parent_filter import EventParentFilter
    from .event_parent_filter_wrapper import EventParentFilterWrapper
    from .event_rsvp_response import EventRsvpResponse
    from .event_rsvp_state import EventRsvpState
    from .event_running_status import EventRunningStatus
    from .event_status import EventStatus
    from .event_status_filter_wrapper import EventStatusFilterWrapper
    from .event_template_filter_wrapper import EventTemplateFilterWrapper
    from .event_travelers_request import EventTravelersRequest
    from .event_travelers_response import EventTravelersResponse
    from .event_type import EventType
    from .event_type_filter import EventTypeFilter
    from .event_type_filter_wrapper import EventTypeFilterWrapper
    from .event_user_filter import EventUserFilter
    from .event_user_filter_wrapper import EventUserFilterWrapper
    from .event_user_info import EventUserInfo
    from .event_user_rsvp import EventUserRsvp
    from .exchange_info import ExchangeInfo
    from .expiry import Expiry
    from .expiry_wrapper import ExpiryWrapper
    from .expression import Expression
    from .fare_pref import FarePref
    from .fare_pref_fare_types_item import FarePrefFareTypesItem
    from .flight_metadata import FlightMetadata
    from .flight_metadata_wrapper import FlightMetadataWrapper
    from .flight_pass_metadata import FlightPassMetadata
    from .flight_pass_payment_amounts import FlightPassPaymentAmounts
    from .flight_pass_payment_metadata import FlightPassPaymentMetadata
    from .flight_pass_payment_metadata_wrapper import FlightPassPaymentMetadataWrapper
    from .flight_pass_tax import FlightPassTax
    from .flight_pass_wrapper import FlightPassWrapper
    from .gender import Gender
    from .get_event_response import GetEventResponse
    from .get_event_summaries_request import GetEventSummariesRequest
    from .get_event_summaries_response import GetEventSummariesResponse
    from .get_events_payment_sources_response import GetEventsPaymentSourcesResponse
    from .hotel_amenities import HotelAmenities
    from .hotel_amenity_type import HotelAmenityType
    from .hotel_booking_guideline import HotelBookingGuideline
    from .hotel_booking_guideline_wrapper import HotelBookingGuidelineWrapper
    from .hotel_booking_payment_guidelines import HotelBookingPaymentGuidelines
    from .hotel_booking_status_filter import HotelBookingStatusFilter
    from .hotel_brand import HotelBrand
    from .hotel_chain import HotelChain
    from .hotel_description import HotelDescription
    from .hotel_description_type import HotelDescriptionType
    from .hotel_image_category import HotelImageCategory
    from .hotel_image_set import HotelImageSet
    from .hotel_info import HotelInfo
    from .hotel_itinerary import HotelItinerary
    from .hotel_itinerary_id import HotelItineraryId
    from .hotel_pref import HotelPref
    from .hotel_pref_amenity import HotelPrefAmenity
    from .hotel_rsvp_response import HotelRsvpResponse
    from .image import Image
    from .image_group import ImageGroup
    from .immigration_document import ImmigrationDocument
    from .immigration_document_type import ImmigrationDocumentType
    from .immigration_document_wrapper import ImmigrationDocumentWrapper
    from .individual_filter import IndividualFilter
    from .individual_filter_wrapper import IndividualFilterWrapper
    from .invitation_status_filter import InvitationStatusFilter
    from .invite_email_config import InviteEmailConfig
    from .itinerary_filter import ItineraryFilter
    from .itinerary_filter_wrapper import ItineraryFilterWrapper
    from .job_id_filter import JobIdFilter
    from .job_item import JobItem
    from .known_traveler_number import KnownTravelerNumber
    from .known_traveler_number_wrapper import KnownTravelerNumberWrapper
    from .latlng import Latlng
    from .leg_metadata import LegMetadata
    from .leg_metadata_wrapper import LegMetadataWrapper
    from .legal_entity_filter import LegalEntityFilter
    from .legal_entity_filter_wrapper import LegalEntityFilterWrapper
    from .legal_entity_id import LegalEntityId
    from .legal_entity_override import LegalEntityOverride
    from .limo_itinerary import LimoItinerary
    from .limo_itinerary_id import LimoItineraryId
    from .list_events_request import ListEventsRequest
    from .list_events_request_list_event_type import ListEventsRequestListEventType
    from .list_events_response import ListEventsResponse
    from .loyalty_info import LoyaltyInfo
    from .loyalty_info_type import LoyaltyInfoType
    from .managed_traveler_payment_access import ManagedTravelerPaymentAccess
    from .managed_traveler_payment_access_visibility import ManagedTravelerPaymentAccessVisibility
    from .meal_pref import MealPref
    from .meal_type import MealType
    from .membership_info import MembershipInfo
    from .money import Money
    from .money_other_coinage_item import MoneyOtherCoinageItem
    from .name import Name
    from .name_suffix import NameSuffix
    from .national_doc import NationalDoc
    from .national_doc_type import NationalDocType
    from .national_doc_wrapper import NationalDocWrapper
    from .no_prepayment_metadata import NoPrepaymentMetadata
    from .no_prepayment_wrapper import NoPrepaymentWrapper
    from .notification_email_preference import NotificationEmailPreference
    from .notification_preference_per_type import NotificationPreferencePerType
    from .notification_preferences import NotificationPreferences
    from .notification_type import NotificationType
    from .num_stops_pref import NumStopsPref
    from .operation_status import OperationStatus
    from .organization_agency_id import OrganizationAgencyId
    from .organization_id import OrganizationId
    from .override_behavior import OverrideBehavior
    from .ownership_label import OwnershipLabel
    from .pagination_response_params import PaginationResponseParams
    from .passport import Passport
    from .passport_type import PassportType
    from .passport_wrapper import PassportWrapper
    from .payment_access_mapping import PaymentAccessMapping
    from .payment_config_for_travel_type import PaymentConfigForTravelType
    from .payment_event_filter import PaymentEventFilter
    from .payment_event_filter_wrapper import PaymentEventFilterWrapper
    from .payment_instruction_config import PaymentInstructionConfig
    from .payment_instruction_config_daily_buffer import PaymentInstructionConfigDailyBuffer
    from .payment_instruction_id import PaymentInstructionId
    from .payment_method import PaymentMethod
    from .payment_source_attributes import PaymentSourceAttributes
    from .payment_source_info import PaymentSourceInfo
    from .payment_source_mapping import PaymentSourceMapping
    from .payment_source_spend_type import PaymentSourceSpendType
    from .payment_source_status import PaymentSourceStatus
    from .payment_source_travel_type import PaymentSourceTravelType
    from .payment_source_type import PaymentSourceType
    from .persona import Persona
    from .personal_filter import PersonalFilter
    from .personal_filter_wrapper import PersonalFilterWrapper
    from .phone_number import PhoneNumber
    from .phone_number_country_code_source import PhoneNumberCountryCodeSource
    from .phone_number_type import PhoneNumberType
    from .pnr_metadata_wrapper import PnrMetadataWrapper
    from .pnr_metadata_wrapper_invoice_metadata import PnrMetadataWrapperInvoiceMetadata
    from .pnr_metadata_wrapper_invoice_metadata_invoice_type import PnrMetadataWrapperInvoiceMetadataInvoiceType
    from .postal_address import PostalAddress
    from .preferred_airport import PreferredAirport
    from .preferred_location_label import PreferredLocationLabel
    from .preferred_pronoun import PreferredPronoun
    from .preferred_rail_station import PreferredRailStation
    from .primary_service_provider_tmc import PrimaryServiceProviderTmc
    from .profile_owner import ProfileOwner
    from .program_details import ProgramDetails
    from .publish_event_request import PublishEventRequest
    from .publish_event_response import PublishEventResponse
    from .qantas_travel_fund import QantasTravelFund
    from .qantas_travel_fund_wrapper import QantasTravelFundWrapper
    from .rail_booking_guideline import RailBookingGuideline
    from .rail_booking_guideline_wrapper import RailBookingGuidelineWrapper
    from .rail_booking_status_filter import RailBookingStatusFilter
    from .rail_card import RailCard
    from .rail_itinerary import RailItinerary
    from .rail_itinerary_id import RailItineraryId
    from .rail_pref import RailPref
    from .rail_rsvp_response import RailRsvpResponse
    from .rail_travel_class import RailTravelClass
    from .rate_code_override import RateCodeOverride
    from .redress_number import RedressNumber
    from .redress_number_wrapper import RedressNumberWrapper
    from .reference_id_filter import ReferenceIdFilter
    from .reference_object_containing_uuid_and_name_of_the_entity import ReferenceObjectContainingUuidAndNameOfTheEntity
    from .relation import Relation
    from .relative_of import RelativeOf
    from .remove_travelers_from_event_request import RemoveTravelersFromEventRequest
    from .remove_travelers_from_event_response import RemoveTravelersFromEventResponse
    from .reporting_attribute import ReportingAttribute
    from .reporting_attribute_type import ReportingAttributeType
    from .rewards_program_descriptor import RewardsProgramDescriptor
    from .rewards_program_descriptor_wrapper import RewardsProgramDescriptorWrapper
    from .rewards_program_type import RewardsProgramType
    from .role_config import RoleConfig
    from .role_meta import RoleMeta
    from .role_type import RoleType
    from .role_type_enum import RoleTypeEnum
    from .room_preference import RoomPreference
    from .room_preference_bed_count import RoomPreferenceBedCount
    from .room_preference_most_important_fact import RoomPreferenceMostImportantFact
    from .room_preference_pillow_type import RoomPreferencePillowType
    from .room_preference_room_amenity_prefs_item import RoomPreferenceRoomAmenityPrefsItem
    from .room_preference_room_location import RoomPreferenceRoomLocation
    from .room_preference_room_type import RoomPreferenceRoomType
    from .search_event_sort_options import SearchEventSortOptions
    from .search_event_sort_options_sort_field import SearchEventSortOptionsSortField
    from .seat_amenity_pref import SeatAmenityPref
    from .seat_amenity_pref_seat_amenity_types_item import SeatAmenityPrefSeatAmenityTypesItem
    from .seat_location_pref import SeatLocationPref
    from .seat_location_pref_cabins_item import SeatLocationPrefCabinsItem
    from .seat_location_pref_position import SeatLocationPrefPosition
    from .seat_pref import SeatPref
    from .seat_pref_direction import SeatPrefDirection
    from .seat_pref_location import SeatPrefLocation
    from .seat_pref_type import SeatPrefType
    from .secondary_service_provider_tmc import SecondaryServiceProviderTmc
    from .send_invite_request import SendInviteRequest
    from .set_user_event_rsvp_request import SetUserEventRsvpRequest
    from .sort_order import SortOrder
    from .spend_type import SpendType
    from .split_option_by_card_company import SplitOptionByCardCompany
    from .stealth_type import StealthType
    from .supplier_type import SupplierType
    from .template_payment_config import TemplatePaymentConfig
    from .third_party_hotel_code import ThirdPartyHotelCode
    from .third_party_hotel_code_hotel_code_type import ThirdPartyHotelCodeHotelCodeType
    from .third_party_source import ThirdPartySource
    from .tier import Tier
    from .tmc_basic_info import TmcBasicInfo
    from .tmc_filter import TmcFilter
    from .tmc_filter_wrapper import TmcFilterWrapper
    from .tmc_info import TmcInfo
    from .tmc_role_info import TmcRoleInfo
    from .tmc_role_info_role_type import TmcRoleInfoRoleType
    from .tokenized_expiry import TokenizedExpiry
    from .tokenized_expiry_wrapper import TokenizedExpiryWrapper
    from .transmission_search_filter import TransmissionSearchFilter
    from .travel_arranger_basic_info import TravelArrangerBasicInfo
    from .travel_arranger_metadata import TravelArrangerMetadata
    from .travel_arranger_metadata_v2 import TravelArrangerMetadataV2
    from .travel_pref import TravelPref
    from .travel_preferences import TravelPreferences
    from .travel_type import TravelType
    from .travel_type_filter import TravelTypeFilter
    from .traveler_arranger_status import TravelerArrangerStatus
    from .traveler_config_for_arranger import TravelerConfigForArranger
    from .traveler_event_info import TravelerEventInfo
    from .traveler_event_summary import TravelerEventSummary
    from .traveler_search_filter import TravelerSearchFilter
    from .trip_contact import TripContact
    from .trip_event_summary import TripEventSummary
    from .trip_info import TripInfo
    from .trip_overrides import TripOverrides
    from .trip_usage_type import TripUsageType
    from .ua_pass_plus_metadata import UAPassPlusMetadata
    from .ua_pass_plus_metadata_wrapper import UAPassPlusMetadataWrapper
    from .uatp_information import UATPInformation
    from .uatp_metadata import UATPMetadata
    from .uatp_metadata_wrapper import UATPMetadataWrapper
    from .unused_credit_descriptor import UnusedCreditDescriptor
    from .unused_credit_descriptor_wrapper import UnusedCreditDescriptorWrapper
    from .unused_credit_fop import UnusedCreditFop
    from .unused_credit_fop_card_access_type import UnusedCreditFopCardAccessType
    from .unused_credit_info import UnusedCreditInfo
    from .unused_credit_info_redeem_via import UnusedCreditInfoRedeemVia
    from .unused_credit_info_segments_available import UnusedCreditInfoSegmentsAvailable
    from .unused_credit_info_source_of_truth import UnusedCreditInfoSourceOfTruth
    from .unused_credit_info_ticket_type import UnusedCreditInfoTicketType
    from .update_event_basic_info_request import UpdateEventBasicInfoRequest
    from .update_event_booking_guidelines_request import UpdateEventBookingGuidelinesRequest
    from .update_event_request_item import UpdateEventRequestItem
    from .update_event_response import UpdateEventResponse
    from .user_create_request import UserCreateRequest
    from .user_facing_status import UserFacingStatus
    from .user_group import UserGroup
    from .user_group_info import UserGroupInfo
    from .user_id import UserId
    from .user_org_id import UserOrgId
    from .user_personal_info import UserPersonalInfo
    from .user_title import UserTitle
    from .user_travel_arrangers import UserTravelArrangers
    from .user_trip_group import UserTripGroup
    from .user_trip_info import UserTripInfo
    from .variable import Variable
    from .variable_name import VariableName
    from .vendor_info import VendorInfo
    from .vendor_program_payment_descriptor import VendorProgramPaymentDescriptor
    from .vendor_program_payment_descriptor_wrapper import VendorProgramPaymentDescriptorWrapper
    from .virtual_card_descriptor import VirtualCardDescriptor
    from .virtual_card_descriptor_wrapper import VirtualCardDescriptorWrapper
    from .virtual_card_vendor import VirtualCardVendor
    from .virtual_payment_metadata import VirtualPaymentMetadata
    from .virtual_payment_metadata_wrapper import VirtualPaymentMetadataWrapper
    from .worker_type import WorkerType

_MODULE_OF: dict[str, str] = {
    "AccessType": "access_type",
    "AccessTypeAttributes": "access_type_attributes",
    "AddTravelersToEventRequest": "add_travelers_to_event_request",
    "AddTravelersToEventResponse": "add_travelers_to_event_response",
    "AdhocUserInfo": "adhoc_user_info",
    "AirBookingGuideline": "air_booking_guideline",
    "AirBookingGuidelineWrapper": "air_booking_guideline_wrapper",
    "AirBookingStatusFilter": "air_booking_status_filter",
    "AirItinerary": "air_itinerary",
    "AirItineraryId": "air_itinerary_id",
    "AirPref": "air_pref",
    "AirRsvpResponse": "air_rsvp_response",
    "Airline": "airline",
    "AirlineInfo": "airline_info",
    "AirlinePref": "airline_pref",
    "AirlinePrefFlightType": "airline_pref_flight_type",
    "AirlineProgram": "airline_program",
    "AirlineProgramWrapper": "airline_program_wrapper",
    "AirportInfo": "airport_info",
    "Alliance": "alliance",
    "AlliancePref": "alliance_pref",
    "AllowTravelersPolicy": "allow_travelers_policy",
    "AllowTravelersToRsvp": "allow_travelers_to_rsvp",
    "AllowedFlightGuideline": "allowed_flight_guideline",
    "AllowedFlightType": "allowed_flight_type",
    "AmadeusCheckout": "amadeus_checkout",
    "AmadeusCheckoutWrapper": "amadeus_checkout_wrapper",
    "AsyncJobDetailRequest": "async_job_detail_request",
    "AsyncJobDetailResponse": "async_job_detail_response",
    "BookingStatusType": "booking_status_type",
    "BrexBudget": "brex_budget",
    "BrexBudgetWrapper": "brex_budget_wrapper",
    "BucketEmailPreferences": "bucket_email_preferences",
    "BulkCancelEventRequest": "bulk_cancel_event_request",
    "BulkCancelEventResponse": "bulk_cancel_event_response",
    "BulkDeleteEventRequest": "bulk_delete_event_request",
    "BulkDeleteEventResponse": "bulk_delete_event_response",
    "BulkPublishEventRequest": "bulk_publish_event_request",
    "BulkPublishResponse": "bulk_publish_response",
    "BulkUpdateEventsRequest": "bulk_update_events_request",
    "BulkUpdateEventsResponse": "bulk_update_events_response",
    "BusinessInfo": "business_info",
    "CancelEventRequest": "cancel_event_request",
    "CancelEventResponse": "cancel_event_response",
    "CarBookingGuideline": "car_booking_guideline",
    "CarBookingGuidelineWrapper": "car_booking_guideline_wrapper",
    "CarBookingPaymentGuidelines": "car_booking_payment_guidelines",
    "CarBookingStatusFilter": "car_booking_status_filter",
    "CarItinerary": "car_itinerary",
    "CarItineraryId": "car_itinerary_id",
    "CarPaymentSourceMetadata": "car_payment_source_metadata",
    "CarPref": "car_pref",
    "CarRsvpResponse": "car_rsvp_response",
    "CarType": "car_type",
    "CarVendor": "car_vendor",
    "CarVendorBasic": "car_vendor_basic",
    "Card": "card",
    "CardCompany": "card_company",
    "CardDescriptorWrapper": "card_descriptor_wrapper",
    "CardMetadata": "card_metadata",
    "CardType": "card_type",
    "CashDescriptor": "cash_descriptor",
    "CashDescriptorWrapper": "cash_descriptor_wrapper",
    "ChildEventCounts": "child_event_counts",
    "CoachPref": "coach_pref",
    "CompanyFilter": "company_filter",
    "CompanyFilterWrapper": "company_filter_wrapper",
    "CompanyId": "company_id",
    "CompanyRef": "company_ref",
    "CompanyRoleInfo": "company_role_info",
    "CompanyRoleInfoRoleType": "company_role_info_role_type",
    "CompanySpecifiedAttribute": "company_specified_attribute",
    "CompanySpecifiedAttributeOverride": "company_specified_attribute_override",
    "CompanySpecifiedUserAttribute": "company_specified_user_attribute",
    "ConditionalRate": "conditional_rate",
    "Conferma": "conferma",
    "ConfermaMetadataWrapper": "conferma_metadata_wrapper",
    "CostCenterFilter": "cost_center_filter",
    "CostCenterFilterWrapper": "cost_center_filter_wrapper",
    "CostCenterId": "cost_center_id",
    "CostCenterOverride": "cost_center_override",
    "CountryFilter": "country_filter",
    "CountryFilterWrapper": "country_filter_wrapper",
    "CreateEventRequest": "create_event_request",
    "CreateEventResponse": "create_event_response",
    "CreditStatus": "credit_status",
    "CreditUsageType": "credit_usage_type",
    "CustomFieldId": "custom_field_id",
    "CustomFieldPrefilledResponse": "custom_field_prefilled_response",
    "CustomFieldResponse": "custom_field_response",
    "CustomFieldResponseItem": "custom_field_response_item",
    "CustomFieldSelectedOption": "custom_field_selected_option",
    "CustomFieldTravelerAccess": "custom_field_traveler_access",
    "CustomFieldType": "custom_field_type",
    "CustomPaymentMethodDescriptorWrapper": "custom_payment_method_descriptor_wrapper",
    "Date": "date",
    "DateTimeLocal": "date_time_local",
    "DateTimeOffset": "date_time_offset",
    "DateTimeRange": "date_time_range",
    "DeckLevel": "deck_level",
    "DelayedInvoicingDescriptor": "delayed_invoicing_descriptor",
    "DelayedInvoicingDescriptorWrapper": "delayed_invoicing_descriptor_wrapper",
    "DeleteEventRequest": "delete_event_request",
    "DeleteEventResponse": "delete_event_response",
    "DepartmentFilter": "department_filter",
    "DepartmentFilterWrapper": "department_filter_wrapper",
    "DepartmentId": "department_id",
    "DepartmentOverride": "department_override",
    "Dimensions": "dimensions",
    "DinersTacMetadata": "diners_tac_metadata",
    "DinersTacMetadataWrapper": "diners_tac_metadata_wrapper",
    "DirectBilling": "direct_billing",
    "DirectBillingWrapper": "direct_billing_wrapper",
    "Document": "document",
    "DocumentMetadata": "document_metadata",
    "DocumentType": "document_type",
    "DpanMetadata": "dpan_metadata",
    "DpanWrapper": "dpan_wrapper",
    "Duration": "duration",
    "EmailBucketType": "email_bucket_type",
    "EmergencyContact": "emergency_contact",
    "EmergencyContactInfo": "emergency_contact_info",
    "EmergencyContactRelation": "emergency_contact_relation",
    "EngineType": "engine_type",
    "EntityId": "entity_id",
    "EntityNonUUIDId": "entity_non_uuid_id",
    "EntityType": "entity_type",
    "ErrorParameter": "error_parameter",
    "ErrorResponse": "error_response",
    "ErrorResponseErrorMessagesItem": "error_response_error_messages_item",
    "Event": "event",
    "EventAllowedBookingType": "event_allowed_booking_type",
    "EventBookingStyle": "event_booking_style",
    "EventBookingWindow": "event_booking_window",
    "EventCompanyFilter": "event_company_filter",
    "EventCompanyFilterWrapper": "event_company_filter_wrapper",
    "EventCustomFieldResponsesRequest": "event_custom_field_responses_request",
    "EventDateRangeFilter": "event_date_range_filter",
    "EventDateRangeFilterWrapper": "event_date_range_filter_wrapper",
    "EventDetachedFilter": "event_detached_filter",
    "EventDetachedFilterWrapper": "event_detached_filter_wrapper",
    "EventEndDateRangeFilter": "event_end_date_range_filter",
    "EventEndDateRangeFilterWrapper": "event_end_date_range_filter_wrapper",
    "EventEntityMetadata": "event_entity_metadata",
    "EventGroup": "event_group",
    "EventGroupMetadata": "event_group_metadata",
    "EventIdFilter": "event_id_filter",
    "EventIdFilterWrapper": "event_id_filter_wrapper",
    "EventItemJobStatus": "event_item_job_status",
    "EventJobStatus": "event_job_status",
    "EventJobType": "event_job_type",
    "EventLocation": "event_location",
    "EventMetadataWrapper": "event_metadata_wrapper",
    "EventNameFilterWrapper": "event_name_filter_wrapper",
    "EventParentFilter": "event_parent_filter",
    "EventParentFilterWrapper": "event_parent_filter_wrapper",
    "EventRsvpResponse": "event_rsvp_response",
    "EventRsvpState": "event_rsvp_state",
    "EventRunningStatus": "event_running_status",
    "EventStatus": "event_status",
    "EventStatusFilterWrapper": "event_status_filter_wrapper",
    "EventTemplateFilterWrapper": "event_template_filter_wrapper",
    "EventTravelersRequest": "event_travelers_request",
    "EventTravelersResponse": "event_travelers_response",
    "EventType": "event_type",
    "EventTypeFilter": "event_type_filter",
    "EventTypeFilterWrapper": "event_type_filter_wrapper",
    "EventUserFilter": "event_user_filter",
    "EventUserFilterWrapper": "event_user_filter_wrapper",
    "EventUserInfo": "event_user_info",
    "EventUserRsvp": "event_user_rsvp",
    "ExchangeInfo": "exchange_info",
    "Expiry": "expiry",
    "ExpiryWrapper": "expiry_wrapper",
    "Expression": "expression",
    "FarePref": "fare_pref",
    "FarePrefFareTypesItem": "fare_pref_fare_types_item",
    "FlightMetadata": "flight_metadata",
    "FlightMetadataWrapper": "flight_metadata_wrapper",
    "FlightPassMetadata": "flight_pass_metadata",
    "FlightPassPaymentAmounts": "flight_pass_payment_amounts",
    "FlightPassPaymentMetadata": "flight_pass_payment_metadata",
    "FlightPassPaymentMetadataWrapper": "flight_pass_payment_metadata_wrapper",
    "FlightPassTax": "flight_pass_tax",
    "FlightPassWrapper": "flight_pass_wrapper",
    "Gender": "gender",
    "GetEventResponse": "get_event_response",
    "GetEventSummariesRequest": "get_event_summaries_request",
    "GetEventSummariesResponse": "get_event_summaries_response",
    "GetEventsPaymentSourcesResponse": "get_events_payment_sources_response",
    "HotelAmenities": "hotel_amenities",
    "HotelAmenityType": "hotel_amenity_type",
    "HotelBookingGuideline": "hotel_booking_guideline",
    "HotelBookingGuidelineWrapper": "hotel_booking_guideline_wrapper",
    "HotelBookingPaymentGuidelines": "hotel_booking_payment_guidelines",
    "HotelBookingStatusFilter": "hotel_booking_status_filter",
    "HotelBrand": "hotel_brand",
    "HotelChain": "hotel_chain",
    "HotelDescription": "hotel_description",
    "HotelDescriptionType": "hotel_description_type",
    "HotelImageCategory": "hotel_image_category",
    "HotelImageSet": "hotel_image_set",
    "HotelInfo": "hotel_info",
    "HotelItinerary": "hotel_itinerary",
    "HotelItineraryId": "hotel_itinerary_id",
    "HotelPref": "hotel_pref",
    "HotelPrefAmenity": "hotel_pref_amenity",
    "HotelRsvpResponse": "hotel_rsvp_response",
    "Image": "image",
    "ImageGroup": "image_group",
    "ImmigrationDocument": "immigration_document",
    "ImmigrationDocumentType": "immigration_document_type",
    "ImmigrationDocumentWrapper": "immigration_document_wrapper",
    "IndividualFilter": "individual_filter",
    "IndividualFilterWrapper": "individual_filter_wrapper",
    "InvitationStatusFilter": "invitation_status_filter",
    "InviteEmailConfig": "invite_email_config",
    "ItineraryFilter": "itinerary_filter",
    "ItineraryFilterWrapper": "itinerary_filter_wrapper",
    "JobIdFilter": "job_id_filter",
    "JobItem": "job_item",
    "KnownTravelerNumber": "known_traveler_number",
    "KnownTravelerNumberWrapper": "known_traveler_number_wrapper",
    "Latlng": "latlng",
    "LegMetadata": "leg_metadata",
    "LegMetadataWrapper": "leg_metadata_wrapper",
    "LegalEntityFilter": "legal_entity_filter",
    "LegalEntityFilterWrapper": "legal_entity_filter_wrapper",
    "LegalEntityId": "legal_entity_id",
    "LegalEntityOverride": "legal_entity_override",
    "LimoItinerary": "limo_itinerary",
    "LimoItineraryId": "limo_itinerary_id",
    "ListEventsRequest": "list_events_request",
    "ListEventsRequestListEventType": "list_events_request_list_event_type",
    "ListEventsResponse": "list_events_response",
    "LoyaltyInfo": "loyalty_info",
    "LoyaltyInfoType": "loyalty_info_type",
    "ManagedTravelerPaymentAccess": "managed_traveler_payment_access",
    "ManagedTravelerPaymentAccessVisibility": "managed_traveler_payment_access_visibility",
    "MealPref": "meal_pref",
    "MealType": "meal_type",
    "MembershipInfo": "membership_info",
    "Money": "money",
    "MoneyOtherCoinageItem": "money_other_coinage_item",
    "Name": "name",
    "NameSuffix": "name_suffix",
    "NationalDoc": "national_doc",
    "NationalDocType": "national_doc_type",
    "NationalDocWrapper": "national_doc_wrapper",
    "NoPrepaymentMetadata": "no_prepayment_metadata",
    "NoPrepaymentWrapper": "no_prepayment_wrapper",
    "NotificationEmailPreference": "notification_email_preference",
    "NotificationPreferencePerType": "notification_preference_per_type",
    "NotificationPreferences": "notification_preferences",
    "NotificationType": "notification_type",
    "NumStopsPref": "num_stops_pref",
    "OperationStatus": "operation_status",
    "OrganizationAgencyId": "organization_agency_id",
    "OrganizationId": "organization_id",
    "OverrideBehavior": "override_behavior",
    "OwnershipLabel": "ownership_label",
    "PaginationResponseParams": "pagination_response_params",
    "Passport": "passport",
    "PassportType": "passport_type",
    "PassportWrapper": "passport_wrapper",
    "PaymentAccessMapping": "payment_access_mapping",
    "PaymentConfigForTravelType": "payment_config_for_travel_type",
    "PaymentEventFilter": "payment_event_filter",
    "PaymentEventFilterWrapper": "payment_event_filter_wrapper",
    "PaymentInstructionConfig": "payment_instruction_config",
    "PaymentInstructionConfigDailyBuffer": "payment_instruction_config_daily_buffer",
    "PaymentInstructionId": "payment_instruction_id",
    "PaymentMethod": "payment_method",
    "PaymentSourceAttributes": "payment_source_attributes",
    "PaymentSourceInfo": "payment_source_info",
    "PaymentSourceMapping": "payment_source_mapping",
    "PaymentSourceSpendType": "payment_source_spend_type",
    "PaymentSourceStatus": "payment_source_status",
    "PaymentSourceTravelType": "payment_source_travel_type",
    "PaymentSourceType": "payment_source_type",
    "Persona": "persona",
    "PersonalFilter": "personal_filter",
    "PersonalFilterWrapper": "personal_filter_wrapper",
    "PhoneNumber": "phone_number",
    "PhoneNumberCountryCodeSource": "phone_number_country_code_source",
    "PhoneNumberType": "phone_number_type",
    "PnrMetadataWrapper": "pnr_metadata_wrapper",
    "PnrMetadataWrapperInvoiceMetadata": "pnr_metadata_wrapper_invoice_metadata",
    "PnrMetadataWrapperInvoiceMetadataInvoiceType": "pnr_metadata_wrapper_invoice_metadata_invoice_type",
    "PostalAddress": "postal_address",
    "PreferredAirport": "preferred_airport",
    "PreferredLocationLabel": "preferred_location_label",
    "PreferredPronoun": "preferred_pronoun",
    "PreferredRailStation": "preferred_rail_station",
    "PrimaryServiceProviderTmc": "primary_service_provider_tmc",
    "ProfileOwner": "profile_owner",
    "ProgramDetails": "program_details",
    "PublishEventRequest": "publish_event_request",
    "PublishEventResponse": "publish_event_response",
    "QantasTravelFund": "qantas_travel_fund",
    "QantasTravelFundWrapper": "qantas_travel_fund_wrapper",
    "RailBookingGuideline": "rail_booking_guideline",
    "RailBookingGuidelineWrapper": "rail_booking_guideline_wrapper",
    "RailBookingStatusFilter": "rail_booking_status_filter",
    "RailCard": "rail_card",
    "RailItinerary": "rail_itinerary",
    "RailItineraryId": "rail_itinerary_id",
    "RailPref": "rail_pref",
    "RailRsvpResponse": "rail_rsvp_response",
    "RailTravelClass": "rail_travel_class",
    "RateCodeOverride": "rate_code_override",
    "RedressNumber": "redress_number",
    "RedressNumberWrapper": "redress_number_wrapper",
    "ReferenceIdFilter": "reference_id_filter",
    "ReferenceObjectContainingUuidAndNameOfTheEntity": "reference_object_containing_uuid_and_name_of_the_entity",
    "Relation": "relation",
    "RelativeOf": "relative_of",
    "RemoveTravelersFromEventRequest": "remove_travelers_from_event_request",
    "RemoveTravelersFromEventResponse": "remove_travelers_from_event_response",
    "ReportingAttribute": "reporting_attribute",
    "ReportingAttributeType": "reporting_attribute_type",
    "RewardsProgramDescriptor": "rewards_program_descriptor",
    "RewardsProgramDescriptorWrapper": "rewards_program_descriptor_wrapper",
    "RewardsProgramType": "rewards_program_type",
    "RoleConfig": "role_config",
    "RoleMeta": "role_meta",
    "RoleType": "role_type",
    "RoleTypeEnum": "role_type_enum",
    "RoomPreference": "room_preference",
    "RoomPreferenceBedCount": "room_preference_bed_count",
    "RoomPreferenceMostImportantFact": "room_preference_most_important_fact",
    "RoomPreferencePillowType": "room_preference_pillow_type",
    "RoomPreferenceRoomAmenityPrefsItem": "room_preference_room_amenity_prefs_item",
    "RoomPreferenceRoomLocation": "room_preference_room_location",
    "RoomPreferenceRoomType": "room_preference_room_type",
    "SearchEventSortOptions": "search_event_sort_options",
    "SearchEventSortOptionsSortField": "search_event_sort_options_sort_field",
    "SeatAmenityPref": "seat_amenity_pref",
    "SeatAmenityPrefSeatAmenityTypesItem": "seat_amenity_pref_seat_amenity_types_item",
    "SeatLocationPref": "seat_location_pref",
    "SeatLocationPrefCabinsItem": "seat_location_pref_cabins_item",
    "SeatLocationPrefPosition": "seat_location_pref_position",
    "SeatPref": "seat_pref",
    "SeatPrefDirection": "seat_pref_direction",
    "SeatPrefLocation": "seat_pref_location",
    "SeatPrefType": "seat_pref_type",
    "SecondaryServiceProviderTmc": "secondary_service_provider_tmc",
    "SendInviteRequest": "send_invite_request",
    "SetUserEventRsvpRequest": "set_user_event_rsvp_request",
    "SortOrder": "sort_order",
    "SpendType": "spend_type",
    "SplitOptionByCardCompany": "split_option_by_card_company",
    "StealthType": "stealth_type",
    "SupplierType": "supplier_type",
    "TemplatePaymentConfig": "template_payment_config",
    "ThirdPartyHotelCode": "third_party_hotel_code",
    "ThirdPartyHotelCodeHotelCodeType": "third_party_hotel_code_hotel_code_type",
    "ThirdPartySource": "third_party_source",
    "Tier": "tier",
    "TmcBasicInfo": "tmc_basic_info",
    "TmcFilter": "tmc_filter",
    "TmcFilterWrapper": "tmc_filter_wrapper",
    "TmcInfo": "tmc_info",
    "TmcRoleInfo": "tmc_role_info",
    "TmcRoleInfoRoleType": "tmc_role_info_role_type",
    "TokenizedExpiry": "tokenized_expiry",
    "TokenizedExpiryWrapper": "tokenized_expiry_wrapper",
    "TransmissionSearchFilter": "transmission_search_filter",
    "TravelArrangerBasicInfo": "travel_arranger_basic_info",
    "TravelArrangerMetadata": "travel_arranger_metadata",
    "TravelArrangerMetadataV2": "travel_arranger_metadata_v2",
    "TravelPref": "travel_pref",
    "TravelPreferences": "travel_preferences",
    "TravelType": "travel_type",
    "TravelTypeFilter": "travel_type_filter",
    "TravelerArrangerStatus": "traveler_arranger_status",
    "TravelerConfigForArranger": "traveler_config_for_arranger",
    "TravelerEventInfo": "traveler_event_info",
    "TravelerEventSummary": "traveler_event_summary",
    "TravelerSearchFilter": "traveler_search_filter",
    "TripContact": "trip_contact",
    "TripEventSummary": "trip_event_summary",
    "TripInfo": "trip_info",
    "TripOverrides": "trip_overrides",
    "TripUsageType": "trip_usage_type",
    "UAPassPlusMetadata": "ua_pass_plus_metadata",
    "UAPassPlusMetadataWrapper": "ua_pass_plus_metadata_wrapper",
    "UATPInformation": "uatp_information",
    "UATPMetadata": "uatp_metadata",
    "UATPMetadataWrapper": "uatp_metadata_wrapper",
    "UnusedCreditDescriptor": "unused_credit_descriptor",
    "UnusedCreditDescriptorWrapper": "unused_credit_descriptor_wrapper",
    "UnusedCreditFop": "unused_credit_fop",
    "UnusedCreditFopCardAccessType": "unused_credit_fop_card_access_type",
    "UnusedCreditInfo": "unused_credit_info",
    "UnusedCreditInfoRedeemVia": "unused_credit_info_redeem_via",
    "UnusedCreditInfoSegmentsAvailable": "unused_credit_info_segments_available",
    "UnusedCreditInfoSourceOfTruth": "unused_credit_info_source_of_truth",
    "UnusedCreditInfoTicketType": "unused_credit_info_ticket_type",
    "UpdateEventBasicInfoRequest": "update_event_basic_info_request",
    "UpdateEventBookingGuidelinesRequest": "update_event_booking_guidelines_request",
    "UpdateEventRequestItem": "update_event_request_item",
    "UpdateEventResponse": "update_event_response",
    "UserCreateRequest": "user_create_request",
    "UserFacingStatus": "user_facing_status",
    "UserGroup": "user_group",
    "UserGroupInfo": "user_group_info",
    "UserId": "user_id",
    "UserOrgId": "user_org_id",
    "UserPersonalInfo": "user_personal_info",
    "UserTitle": "user_title",
    "UserTravelArrangers": "user_travel_arrangers",
    "UserTripGroup": "user_trip_group",
    "UserTripInfo": "user_trip_info",
    "Variable": "variable",
    "VariableName": "variable_name",
    "VendorInfo": "vendor_info",
    "VendorProgramPaymentDescriptor": "vendor_program_payment_descriptor",
    "VendorProgramPaymentDescriptorWrapper": "vendor_program_payment_descriptor_wrapper",
    "VirtualCardDescriptor": "virtual_card_descriptor",
    "VirtualCardDescriptorWrapper": "virtual_card_descriptor_wrapper",
    "VirtualCardVendor": "virtual_card_vendor",
    "VirtualPaymentMetadata": "virtual_payment_metadata",
    "VirtualPaymentMetadataWrapper": "virtual_payment_metadata_wrapper",
    "WorkerType": "worker_type",
}

__all__ = (
    "AccessType",
    "AccessTypeAttributes",
    "AddTravelersToEventRequest",
    "AddTravelersToEventResponse",
    "AdhocUserInfo",
    "AirBookingGuideline",
    "AirBookingGuidelineWrapper",
    "AirBookingStatusFilter",
    "AirItinerary",
    "AirItineraryId",
    "Airline",
    "AirlineInfo",
    "AirlinePref",
    "AirlinePrefFlightType",
    "AirlineProgram",
    "AirlineProgramWrapper",
    "AirportInfo",
    "AirPref",
    "AirRsvpResponse",
    "Alliance",
    "AlliancePref",
    "AllowedFlightGuideline",
    "AllowedFlightType",
    "AllowTravelersPolicy",
    "AllowTravelersToRsvp",
    "AmadeusCheckout",
    "AmadeusCheckoutWrapper",
    "AsyncJobDetailRequest",
    "AsyncJobDetailResponse",
    "BookingStatusType",
    "BrexBudget",
    "BrexBudgetWrapper",
    "BucketEmailPreferences",
    "BulkCancelEventRequest",
    "BulkCancelEventResponse",
    "BulkDeleteEventRequest",
    "BulkDeleteEventResponse",
    "BulkPublishEventRequest",
    "BulkPublishResponse",
    "BulkUpdateEventsRequest",
    "BulkUpdateEventsResponse",
    "BusinessInfo",
    "CancelEventRequest",
    "CancelEventResponse",
    "CarBookingGuideline",
    "CarBookingGuidelineWrapper",
    "CarBookingPaymentGuidelines",
    "CarBookingStatusFilter",
    "Card",
    "CardCompany",
    "CardDescriptorWrapper",
    "CardMetadata",
    "CardType",
    "CarItinerary",
    "CarItineraryId",
    "CarPaymentSourceMetadata",
    "CarPref",
    "CarRsvpResponse",
    "CarType",
    "CarVendor",
    "CarVendorBasic",
    "CashDescriptor",
    "CashDescriptorWrapper",
    "ChildEventCounts",
    "CoachPref",
    "CompanyFilter",
    "CompanyFilterWrapper",
    "CompanyId",
    "CompanyRef",
    "CompanyRoleInfo",
    "CompanyRoleInfoRoleType",
    "CompanySpecifiedAttribute",
    "CompanySpecifiedAttributeOverride",
    "CompanySpecifiedUserAttribute",
    "ConditionalRate",
    "Conferma",
    "ConfermaMetadataWrapper",
    "CostCenterFilter",
    "CostCenterFilterWrapper",
    "CostCenterId",
    "CostCenterOverride",
    "CountryFilter",
    "CountryFilterWrapper",
    "CreateEventRequest",
    "CreateEventResponse",
    "CreditStatus",
    "CreditUsageType",
    "CustomFieldId",
    "CustomFieldPrefilledResponse",
    "CustomFieldResponse",
    "CustomFieldResponseItem",
    "CustomFieldSelectedOption",
    "CustomFieldTravelerAccess",
    "CustomFieldType",
    "CustomPaymentMethodDescriptorWrapper",
    "Date",
    "DateTimeLocal",
    "DateTimeOffset",
    "DateTimeRange",
    "DeckLevel",
    "DelayedInvoicingDescriptor",
    "DelayedInvoicingDescriptorWrapper",
    "DeleteEventRequest",
    "DeleteEventResponse",
    "DepartmentFilter",
    "DepartmentFilterWrapper",
    "DepartmentId",
    "DepartmentOverride",
    "Dimensions",
    "DinersTacMetadata",
    "DinersTacMetadataWrapper",
    "DirectBilling",
    "DirectBillingWrapper",
    "Document",
    "DocumentMetadata",
    "DocumentType",
    "DpanMetadata",
    "DpanWrapper",
    "Duration",
    "EmailBucketType",
    "EmergencyContact",
    "EmergencyContactInfo",
    "EmergencyContactRelation",
    "EngineType",
    "EntityId",
    "EntityNonUUIDId",
    "EntityType",
    "ErrorParameter",
    "ErrorResponse",
    "ErrorResponseErrorMessagesItem",
    "Event",
    "EventAllowedBookingType",
    "EventBookingStyle",
    "EventBookingWindow",
    "EventCompanyFilter",
    "EventCompanyFilterWrapper",
    "EventCustomFieldResponsesRequest",
    "EventDateRangeFilter",
    "EventDateRangeFilterWrapper",
    "EventDetachedFilter",
    "EventDetachedFilterWrapper",
    "EventEndDateRangeFilter",
    "EventEndDateRangeFilterWrapper",
    "EventEntityMetadata",
    "EventGroup",
    "EventGroupMetadata",
    "EventIdFilter",
    "EventIdFilterWrapper",
    "EventItemJobStatus",
    "EventJobStatus",
    "EventJobType",
    "EventLocation",
    "EventMetadataWrapper",
    "EventNameFilterWrapper",
    "EventParentFilter",
    "EventParentFilterWrapper",
    "EventRsvpResponse",
    "EventRsvpState",
    "EventRunningStatus",
    "EventStatus",
    "EventStatusFilterWrapper",
    "EventTemplateFilterWrapper",
    "EventTravelersRequest",
    "EventTravelersResponse",
    "EventType",
    "EventTypeFilter",
    "EventTypeFilterWrapper",
    "EventUserFilter",
    "EventUserFilterWrapper",
    "EventUserInfo",
    "EventUserRsvp",
    "ExchangeInfo",
    "Expiry",
    "ExpiryWrapper",
    "Expression",
    "FarePref",
    "FarePrefFareTypesItem",
    "FlightMetadata",
    "FlightMetadataWrapper",
    "FlightPassMetadata",
    "FlightPassPaymentAmounts",
    "FlightPassPaymentMetadata",
    "FlightPassPaymentMetadataWrapper",
    "FlightPassTax",
    "FlightPassWrapper",
    "Gender",
    "GetEventResponse",
    "GetEventsPaymentSourcesResponse",
    "GetEventSummariesRequest",
    "GetEventSummariesResponse",
    "HotelAmenities",
    "HotelAmenityType",
    "HotelBookingGuideline",
    "HotelBookingGuidelineWrapper",
    "HotelBookingPaymentGuidelines",
    "HotelBookingStatusFilter",
    "HotelBrand",
    "HotelChain",
    "HotelDescription",
    "HotelDescriptionType",
    "HotelImageCategory",
    "HotelImageSet",
    "HotelInfo",
    "HotelItinerary",
    "HotelItineraryId",
    "HotelPref",
    "HotelPrefAmenity",
    "HotelRsvpResponse",
    "Image",
    "ImageGroup",
    "ImmigrationDocument",
    "ImmigrationDocumentType",
    "ImmigrationDocumentWrapper",
    "IndividualFilter",
    "IndividualFilterWrapper",
    "InvitationStatusFilter",
    "InviteEmailConfig",
    "ItineraryFilter",
    "ItineraryFilterWrapper",
    "JobIdFilter",
    "JobItem",
    "KnownTravelerNumber",
    "KnownTravelerNumberWrapper",
    "Latlng",
    "LegalEntityFilter",
    "LegalEntityFilterWrapper",
    "LegalEntityId",
    "LegalEntityOverride",
    "LegMetadata",
    "LegMetadataWrapper",
    "LimoItinerary",
    "LimoItineraryId",
    "ListEventsRequest",
    "ListEventsRequestListEventType",
    "ListEventsResponse",
    "LoyaltyInfo",
    "LoyaltyInfoType",
    "ManagedTravelerPaymentAccess",
    "ManagedTravelerPaymentAccessVisibility",
    "MealPref",
    "MealType",
    "MembershipInfo",
    "Money",
    "MoneyOtherCoinageItem",
    "Name",
    "NameSuffix",
    "NationalDoc",
    "NationalDocType",
    "NationalDocWrapper",
    "NoPrepaymentMetadata",
    "NoPrepaymentWrapper",
    "NotificationEmailPreference",
    "NotificationPreferencePerType",
    "NotificationPreferences",
    "NotificationType",
    "NumStopsPref",
    "OperationStatus",
    "OrganizationAgencyId",
    "OrganizationId",
    "OverrideBehavior",
    "OwnershipLabel",
    "PaginationResponseParams",
    "Passport",
    "PassportType",
    "PassportWrapper",
    "PaymentAccessMapping",
    "PaymentConfigForTravelType",
    "PaymentEventFilter",
    "PaymentEventFilterWrapper",
    "PaymentInstructionConfig",
    "PaymentInstructionConfigDailyBuffer",
    "PaymentInstructionId",
    "PaymentMethod",
    "PaymentSourceAttributes",
    "PaymentSourceInfo",
    "PaymentSourceMapping",
    "PaymentSourceSpendType",
    "PaymentSourceStatus",
    "PaymentSourceTravelType",
    "PaymentSourceType",
    "Persona",
    "PersonalFilter",
    "PersonalFilterWrapper",
    "PhoneNumber",
    "PhoneNumberCountryCodeSource",
    "PhoneNumberType",
    "PnrMetadataWrapper",
    "PnrMetadataWrapperInvoiceMetadata",
    "PnrMetadataWrapperInvoiceMetadataInvoiceType",
    "PostalAddress",
    "PreferredAirport",
    "PreferredLocationLabel",
    "PreferredPronoun",
    "PreferredRailStation",
    "PrimaryServiceProviderTmc",
    "ProfileOwner",
    "ProgramDetails",
    "PublishEventRequest",
    "PublishEventResponse",
    "QantasTravelFund",
    "QantasTravelFundWrapper",
    "RailBookingGuideline",
    "RailBookingGuidelineWrapper",
    "RailBookingStatusFilter",
    "RailCard",
    "RailItinerary",
    "RailItineraryId",
    "RailPref",
    "RailRsvpResponse",
    "RailTravelClass",
    "RateCodeOverride",
    "RedressNumber",
    "RedressNumberWrapper",
    "ReferenceIdFilter",
    "ReferenceObjectContainingUuidAndNameOfTheEntity",
    "Relation",
    "RelativeOf",
    "RemoveTravelersFromEventRequest",
    "RemoveTravelersFromEventResponse",
    "ReportingAttribute",
    "ReportingAttributeType",
    "RewardsProgramDescriptor",
    "RewardsProgramDescriptorWrapper",
    "RewardsProgramType",
    "RoleConfig",
    "RoleMeta",
    "RoleType",
    "RoleTypeEnum",
    "RoomPreference",
    "RoomPreferenceBedCount",
    "RoomPreferenceMostImportantFact",
    "RoomPreferencePillowType",
    "RoomPreferenceRoomAmenityPrefsItem",
    "RoomPreferenceRoomLocation",
    "RoomPreferenceRoomType",
    "SearchEventSortOptions",
    "SearchEventSortOptionsSortField",
    "SeatAmenityPref",
    "SeatAmenityPrefSeatAmenityTypesItem",
    "SeatLocationPref",
    "SeatLocationPrefCabinsItem",
    "SeatLocationPrefPosition",
    "SeatPref",
    "SeatPrefDirection",
    "SeatPrefLocation",
    "SeatPrefType",
    "SecondaryServiceProviderTmc",
    "SendInviteRequest",
    "SetUserEventRsvpRequest",
    "SortOrder",
    "SpendType",
    "SplitOptionByCardCompany",
    "StealthType",
    "SupplierType",
    "TemplatePaymentConfig",
    "ThirdPartyHotelCode",
    "ThirdPartyHotelCodeHotelCodeType",
    "ThirdPartySource",
    "Tier",
    "TmcBasicInfo",
    "TmcFilter",
    "TmcFilterWrapper",
    "TmcInfo",
    "TmcRoleInfo",
    "TmcRoleInfoRoleType",
    "TokenizedExpiry",
    "TokenizedExpiryWrapper",
    "TransmissionSearchFilter",
    "TravelArrangerBasicInfo",
    "TravelArrangerMetadata",
    "TravelArrangerMetadataV2",
    "TravelerArrangerStatus",
    "TravelerConfigForArranger",
    "TravelerEventInfo",
    "TravelerEventSummary",
    "TravelerSearchFilter",
    "TravelPref",
    "TravelPreferences",
    "TravelType",
    "TravelTypeFilter",
    "TripContact",
    "TripEventSummary",
    "TripInfo",
    "TripOverrides",
    "TripUsageType",
    "UAPassPlusMetadata",
    "UAPassPlusMetadataWrapper",
    "UATPInformation",
    "UATPMetadata",
    "UATPMetadataWrapper",
    "UnusedCreditDescriptor",
    "UnusedCreditDescriptorWrapper",
    "UnusedCreditFop",
    "UnusedCreditFopCardAccessType",
    "UnusedCreditInfo",
    "UnusedCreditInfoRedeemVia",
    "UnusedCreditInfoSegmentsAvailable",
    "UnusedCreditInfoSourceOfTruth",
    "UnusedCreditInfoTicketType",
    "UpdateEventBasicInfoRequest",
    "UpdateEventBookingGuidelinesRequest",
    "UpdateEventRequestItem",
    "UpdateEventResponse",
    "UserCreateRequest",
    "UserFacingStatus",
    "UserGroup",
    "UserGroupInfo",
    "UserId",
    "UserOrgId",
    "UserPersonalInfo",
    "UserTitle",
    "UserTravelArrangers",
    "UserTripGroup",
    "UserTripInfo",
    "Variable",
    "VariableName",
    "VendorInfo",
    "VendorProgramPaymentDescriptor",
    "VendorProgramPaymentDescriptorWrapper",
    "VirtualCardDescriptor",
    "VirtualCardDescriptorWrapper",
    "VirtualCardVendor",
    "VirtualPaymentMetadata",
    "VirtualPaymentMetadataWrapper",
    "WorkerType",
)


def __getattr__(name: str) -> Any:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
