"""The JSON a mock server of the spec answers, per operation (operationId), generated from
the spec (codegen/samples.py): it follows a re-pin, and needs no spec file at run time.

``RESPONSE_EXAMPLES``: the spec's own example of an operation's success answer, where it
gives one (as the spec writes it: it may not fit the schema exactly). ``RESPONSE_SAMPLES``:
a document made from the success answer's schema, valid against it (every property, the
first enum value and union variant, one item per list); None when the answer has no body.
Spotnana's mock server answers the example, else a document made from the schema; the fake
(``spotnana_events.testing``) answers the sample for an operation it has no handler for.
Read-only: copy a document before changing it.
"""

from typing import Any

RESPONSE_EXAMPLES: dict[str, Any] = {
    "publishEvent": {"id": 1234567890},
    "updateEventBasicInfo": {"id": 1234567890},
    "updateEventBookingGuidelines": {"id": 1234567890},
}

RESPONSE_SAMPLES: dict[str, Any] = {
    "createEvent": {"id": "x", "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}},
    "getEvent": {
        "event": {
            "id": "x",
            "name": "x",
            "type": "GENERIC",
            "description": "x",
            "startDateTime": {"iso8601": "2017-07-21T17:32"},
            "endDateTime": {"iso8601": "2017-07-21T17:32"},
            "location": {
                "address": {
                    "addressLines": ["x"],
                    "administrativeArea": "x",
                    "administrativeAreaName": "x",
                    "description": "x",
                    "isDefault": True,
                    "languageCode": "x",
                    "locality": "x",
                    "locationCode": "x",
                    "organization": "x",
                    "postalCode": "x",
                    "continentCode": "x",
                    "recipients": ["x"],
                    "regionCode": "x",
                    "regionName": "x",
                    "revision": 1,
                    "sortingCode": "x",
                    "sublocality": "x",
                    "timezone": "x",
                    "coordinates": {"latitude": 1.5, "longitude": 1.5},
                },
                "coordinates": {"latitude": 1.5, "longitude": 1.5},
            },
            "group": {
                "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                "name": "x",
                "description": "x",
                "bookingGuidelines": [
                    {
                        "airBookingGuideLine": {
                            "allowedAirports": [
                                {
                                    "airportCode": "x",
                                    "airportName": "x",
                                    "cityName": "x",
                                    "countryName": "x",
                                    "countryCode": "x",
                                    "zoneName": "x",
                                    "stateCode": "x",
                                }
                            ],
                            "allowedCityCodes": ["x"],
                            "arrivalBookingWindow": {
                                "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                "endDateTime": {"iso8601": "2017-07-21T17:32"},
                            },
                            "departureBookingWindow": {
                                "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                "endDateTime": {"iso8601": "2017-07-21T17:32"},
                            },
                            "allowedFlightGuidelines": [{"allowedFlightType": "ONE_WAY", "numberOfLegs": 1}],
                        },
                        "numGuestsAllowed": 1,
                    }
                ],
                "metadata": {
                    "contacts": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "documents": [
                        {
                            "url": "x",
                            "documentId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                            "documentMetadata": {
                                "documentType": "BOARDING_PASS",
                                "entityType": "PNR",
                                "entityId": "x",
                                "entityMetadata": {
                                    "pnrMetadata": {"flightMetadata": {"flightId": "x"}},
                                    "invoiceMetadata": {"invoiceNumber": "x", "invoiceType": "SERVICE_FEE_INVOICE"},
                                    "travelType": "AIR",
                                },
                                "name": "x",
                            },
                        }
                    ],
                    "bookingStyle": "SELF_SERVE",
                    "referenceUsers": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "internalNotes": "x",
                    "travelerTypes": ["UNKNOWN_PERSONA"],
                    "allowTravelersPolicy": "ALLOWED",
                    "emailPreferences": {
                        "bucketTypes": ["BOOKING_CONFIRMATIONS"],
                        "isEnabled": True,
                        "toEmails": ["traveler@example.com"],
                        "ccEmails": ["traveler@example.com"],
                        "bccEmails": ["traveler@example.com"],
                    },
                    "allowTravelersToRsvp": "ALLOWED",
                    "tripOverrides": {
                        "legalEntity": {
                            "behavior": "OVERRIDE_ALLOWED",
                            "legalEntityRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                        },
                        "costCenter": {
                            "behavior": "OVERRIDE_ALLOWED",
                            "costCenterRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                        },
                        "department": {
                            "behavior": "OVERRIDE_ALLOWED",
                            "departmentRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                        },
                        "userAttributes": [
                            {"behavior": "OVERRIDE_ALLOWED", "attribute": {"fixedColumnName": "x", "value": "x"}}
                        ],
                        "rateCodeOverrides": [
                            {
                                "behavior": "OVERRIDE_ALLOWED",
                                "supplier": "SABRE",
                                "travelType": "AIR",
                                "rateCodeIds": ["3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"],
                            }
                        ],
                    },
                    "tripContacts": [
                        {
                            "label": "x",
                            "name": "x",
                            "email": "x",
                            "phoneNumber": {
                                "countryCode": 1,
                                "countryCodeSource": "UNSPECIFIED",
                                "extension": "x",
                                "isoCountryCode": "x",
                                "italianLeadingZero": True,
                                "nationalNumber": 1,
                                "numberOfLeadingZeros": 1,
                                "preferredDomesticCarrierCode": "x",
                                "rawInput": "x",
                                "type": "UNKNOWN_TYPE",
                            },
                            "isPrimary": True,
                            "restrictVisibility": True,
                        }
                    ],
                    "inheritedCustomFieldIds": ["3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"],
                    "inviteEmailConfig": {"emailExcludeCoordinatorInfo": True},
                },
                "group": {
                    "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "name": "x",
                    "userGroupInfo": {
                        "userGroupCriteria": [
                            {
                                "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                "legalEntityIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                "officeIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                "departments": ["x"],
                                "costCenters": ["x"],
                                "grades": ["x"],
                                "positionTitles": ["x"],
                                "personas": ["UNKNOWN_PERSONA"],
                                "customFieldIds": [{"type": "QUESTION", "externalId": "x"}],
                                "countryCodes": ["x"],
                                "workerTypes": ["EMPLOYEE"],
                                "accountingCodes": ["x"],
                            }
                        ],
                        "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    },
                    "userTripInfos": [
                        {
                            "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                            "tripInfos": [{"tripId": "x", "status": "UNKNOWN_STATUS"}],
                        }
                    ],
                    "ownerId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                    "status": "UNKNOWN_STATUS",
                    "startDate": {"iso8601": "2017-07-21"},
                    "endDate": {"iso8601": "2017-07-21"},
                    "createdAt": {"iso8601": "2017-07-21T17:32Z"},
                },
                "createdBy": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                "allowedBookingTypes": ["AIR"],
                "eventUserRsvpList": [
                    {
                        "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                        "eventRsvpState": "ADDED",
                        "eventRsvpResponse": {
                            "air": {"notNeeded": True},
                            "hotel": {"notNeeded": True},
                            "car": {"notNeeded": True},
                            "rail": {"notNeeded": True},
                        },
                        "invitedAt": {"iso8601": "2017-07-21T17:32Z"},
                        "airBookingStatus": "BOOKED",
                        "railBookingStatus": "BOOKED",
                        "carBookingStatus": "BOOKED",
                        "hotelBookingStatus": "BOOKED",
                    }
                ],
                "allowedPaymentConfig": [{"travelType": "AIR", "paymentConfig": "TRAVELER_DEFAULT"}],
            },
            "status": "DRAFT",
            "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
            "runningStatus": "IN_PROGRESS",
            "paymentSources": [
                {
                    "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "type": "CARD",
                    "paymentSource": {
                        "cardDescriptor": {
                            "card": {
                                "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                                "type": "UNKNOWN",
                                "company": "NONE",
                                "name": "x",
                                "address": {
                                    "addressLines": ["x"],
                                    "administrativeArea": "x",
                                    "administrativeAreaName": "x",
                                    "description": "x",
                                    "isDefault": True,
                                    "languageCode": "x",
                                    "locality": "x",
                                    "locationCode": "x",
                                    "organization": "x",
                                    "postalCode": "x",
                                    "continentCode": "x",
                                    "recipients": ["x"],
                                    "regionCode": "x",
                                    "regionName": "x",
                                    "revision": 1,
                                    "sortingCode": "x",
                                    "sublocality": "x",
                                    "timezone": "x",
                                    "coordinates": {"latitude": 1.5, "longitude": 1.5},
                                },
                                "number": "x",
                                "expiryMonth": 1,
                                "expiryYear": 2000,
                                "cvv": "x",
                                "label": "x",
                                "currency": "x",
                                "externalId": "x",
                                "vaultId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                                "expiry": {"tokenizedExpiry": {"expiryMonth": "x", "expiryYear": "x"}},
                                "ownershipLabel": "CORPORATE",
                            },
                            "isCentrallyBilled": True,
                            "isLodgeCard": True,
                        }
                    },
                    "mapping": {
                        "accessType": "CENTRALISED",
                        "accessTypeEntityId": "x",
                        "filter": {
                            "legalEntityFilter": {
                                "legalEntityIds": [{"id": "x"}],
                                "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                            }
                        },
                        "travelType": [
                            {
                                "travelType": "AIR",
                                "isRequired": True,
                                "allowPostPaidBookings": True,
                                "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                            }
                        ],
                        "travelTypes": [
                            {
                                "travelType": "AIR",
                                "isRequired": True,
                                "allowPostPaidBookings": True,
                                "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                            }
                        ],
                        "spendTypes": [{"spendType": "SERVICE_FEE"}],
                        "paymentSourceAttributes": {
                            "guestTravelAllowed": True,
                            "roleTypes": ["UNKNOWN_TYPE"],
                            "includedPersonas": ["UNKNOWN_PERSONA"],
                            "excludedPersonas": ["UNKNOWN_PERSONA"],
                            "allowedThirdPartySources": ["UNKNOWN_SOURCE"],
                            "allowedTripTypes": ["STANDARD"],
                            "priority": 1,
                            "workerType": ["EMPLOYEE"],
                        },
                        "accessTypeAttributes": {
                            "travelTypeFilter": {
                                "travelTypes": [
                                    {
                                        "travelType": "AIR",
                                        "isRequired": True,
                                        "allowPostPaidBookings": True,
                                        "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                                    }
                                ]
                            }
                        },
                    },
                    "status": "ACTIVE",
                }
            ],
            "numTravelers": 1,
            "customFieldResponses": [
                {
                    "customFieldId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "responseItems": [{"response": "x", "additionalInput": "x"}],
                    "travelerAccess": "HIDDEN",
                }
            ],
            "customFieldV3Responses": [
                {
                    "fieldId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "fieldName": "x",
                    "armId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "readOnly": True,
                    "hidden": True,
                    "selectedOptions": [
                        {
                            "name": "x",
                            "translatedName": "x",
                            "description": "x",
                            "translatedDescription": "x",
                            "additionalUserInput": "x",
                            "additionalInfos": ["x"],
                            "additionalInfoConfigs": [{"type": "VARIABLE", "name": "PUBLISHED_FARE"}],
                        }
                    ],
                }
            ],
            "externalId": "x",
            "policyId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
            "parentEventId": "x",
            "isDetached": True,
            "aggregateStartDateTime": {"iso8601": "2017-07-21T17:32"},
            "aggregateEndDateTime": {"iso8601": "2017-07-21T17:32"},
            "childEventCounts": {"total": 1, "draft": 1, "upcoming": 1, "completed": 1, "cancelled": 1},
        }
    },
    "deleteEvent": None,
    "getEventByExternalID": {
        "event": {
            "id": "x",
            "name": "x",
            "type": "GENERIC",
            "description": "x",
            "startDateTime": {"iso8601": "2017-07-21T17:32"},
            "endDateTime": {"iso8601": "2017-07-21T17:32"},
            "location": {
                "address": {
                    "addressLines": ["x"],
                    "administrativeArea": "x",
                    "administrativeAreaName": "x",
                    "description": "x",
                    "isDefault": True,
                    "languageCode": "x",
                    "locality": "x",
                    "locationCode": "x",
                    "organization": "x",
                    "postalCode": "x",
                    "continentCode": "x",
                    "recipients": ["x"],
                    "regionCode": "x",
                    "regionName": "x",
                    "revision": 1,
                    "sortingCode": "x",
                    "sublocality": "x",
                    "timezone": "x",
                    "coordinates": {"latitude": 1.5, "longitude": 1.5},
                },
                "coordinates": {"latitude": 1.5, "longitude": 1.5},
            },
            "group": {
                "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                "name": "x",
                "description": "x",
                "bookingGuidelines": [
                    {
                        "airBookingGuideLine": {
                            "allowedAirports": [
                                {
                                    "airportCode": "x",
                                    "airportName": "x",
                                    "cityName": "x",
                                    "countryName": "x",
                                    "countryCode": "x",
                                    "zoneName": "x",
                                    "stateCode": "x",
                                }
                            ],
                            "allowedCityCodes": ["x"],
                            "arrivalBookingWindow": {
                                "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                "endDateTime": {"iso8601": "2017-07-21T17:32"},
                            },
                            "departureBookingWindow": {
                                "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                "endDateTime": {"iso8601": "2017-07-21T17:32"},
                            },
                            "allowedFlightGuidelines": [{"allowedFlightType": "ONE_WAY", "numberOfLegs": 1}],
                        },
                        "numGuestsAllowed": 1,
                    }
                ],
                "metadata": {
                    "contacts": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "documents": [
                        {
                            "url": "x",
                            "documentId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                            "documentMetadata": {
                                "documentType": "BOARDING_PASS",
                                "entityType": "PNR",
                                "entityId": "x",
                                "entityMetadata": {
                                    "pnrMetadata": {"flightMetadata": {"flightId": "x"}},
                                    "invoiceMetadata": {"invoiceNumber": "x", "invoiceType": "SERVICE_FEE_INVOICE"},
                                    "travelType": "AIR",
                                },
                                "name": "x",
                            },
                        }
                    ],
                    "bookingStyle": "SELF_SERVE",
                    "referenceUsers": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "internalNotes": "x",
                    "travelerTypes": ["UNKNOWN_PERSONA"],
                    "allowTravelersPolicy": "ALLOWED",
                    "emailPreferences": {
                        "bucketTypes": ["BOOKING_CONFIRMATIONS"],
                        "isEnabled": True,
                        "toEmails": ["traveler@example.com"],
                        "ccEmails": ["traveler@example.com"],
                        "bccEmails": ["traveler@example.com"],
                    },
                    "allowTravelersToRsvp": "ALLOWED",
                    "tripOverrides": {
                        "legalEntity": {
                            "behavior": "OVERRIDE_ALLOWED",
                            "legalEntityRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                        },
                        "costCenter": {
                            "behavior": "OVERRIDE_ALLOWED",
                            "costCenterRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                        },
                        "department": {
                            "behavior": "OVERRIDE_ALLOWED",
                            "departmentRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                        },
                        "userAttributes": [
                            {"behavior": "OVERRIDE_ALLOWED", "attribute": {"fixedColumnName": "x", "value": "x"}}
                        ],
                        "rateCodeOverrides": [
                            {
                                "behavior": "OVERRIDE_ALLOWED",
                                "supplier": "SABRE",
                                "travelType": "AIR",
                                "rateCodeIds": ["3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"],
                            }
                        ],
                    },
                    "tripContacts": [
                        {
                            "label": "x",
                            "name": "x",
                            "email": "x",
                            "phoneNumber": {
                                "countryCode": 1,
                                "countryCodeSource": "UNSPECIFIED",
                                "extension": "x",
                                "isoCountryCode": "x",
                                "italianLeadingZero": True,
                                "nationalNumber": 1,
                                "numberOfLeadingZeros": 1,
                                "preferredDomesticCarrierCode": "x",
                                "rawInput": "x",
                                "type": "UNKNOWN_TYPE",
                            },
                            "isPrimary": True,
                            "restrictVisibility": True,
                        }
                    ],
                    "inheritedCustomFieldIds": ["3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"],
                    "inviteEmailConfig": {"emailExcludeCoordinatorInfo": True},
                },
                "group": {
                    "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "name": "x",
                    "userGroupInfo": {
                        "userGroupCriteria": [
                            {
                                "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                "legalEntityIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                "officeIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                "departments": ["x"],
                                "costCenters": ["x"],
                                "grades": ["x"],
                                "positionTitles": ["x"],
                                "personas": ["UNKNOWN_PERSONA"],
                                "customFieldIds": [{"type": "QUESTION", "externalId": "x"}],
                                "countryCodes": ["x"],
                                "workerTypes": ["EMPLOYEE"],
                                "accountingCodes": ["x"],
                            }
                        ],
                        "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    },
                    "userTripInfos": [
                        {
                            "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                            "tripInfos": [{"tripId": "x", "status": "UNKNOWN_STATUS"}],
                        }
                    ],
                    "ownerId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                    "status": "UNKNOWN_STATUS",
                    "startDate": {"iso8601": "2017-07-21"},
                    "endDate": {"iso8601": "2017-07-21"},
                    "createdAt": {"iso8601": "2017-07-21T17:32Z"},
                },
                "createdBy": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                "allowedBookingTypes": ["AIR"],
                "eventUserRsvpList": [
                    {
                        "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                        "eventRsvpState": "ADDED",
                        "eventRsvpResponse": {
                            "air": {"notNeeded": True},
                            "hotel": {"notNeeded": True},
                            "car": {"notNeeded": True},
                            "rail": {"notNeeded": True},
                        },
                        "invitedAt": {"iso8601": "2017-07-21T17:32Z"},
                        "airBookingStatus": "BOOKED",
                        "railBookingStatus": "BOOKED",
                        "carBookingStatus": "BOOKED",
                        "hotelBookingStatus": "BOOKED",
                    }
                ],
                "allowedPaymentConfig": [{"travelType": "AIR", "paymentConfig": "TRAVELER_DEFAULT"}],
            },
            "status": "DRAFT",
            "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
            "runningStatus": "IN_PROGRESS",
            "paymentSources": [
                {
                    "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "type": "CARD",
                    "paymentSource": {
                        "cardDescriptor": {
                            "card": {
                                "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                                "type": "UNKNOWN",
                                "company": "NONE",
                                "name": "x",
                                "address": {
                                    "addressLines": ["x"],
                                    "administrativeArea": "x",
                                    "administrativeAreaName": "x",
                                    "description": "x",
                                    "isDefault": True,
                                    "languageCode": "x",
                                    "locality": "x",
                                    "locationCode": "x",
                                    "organization": "x",
                                    "postalCode": "x",
                                    "continentCode": "x",
                                    "recipients": ["x"],
                                    "regionCode": "x",
                                    "regionName": "x",
                                    "revision": 1,
                                    "sortingCode": "x",
                                    "sublocality": "x",
                                    "timezone": "x",
                                    "coordinates": {"latitude": 1.5, "longitude": 1.5},
                                },
                                "number": "x",
                                "expiryMonth": 1,
                                "expiryYear": 2000,
                                "cvv": "x",
                                "label": "x",
                                "currency": "x",
                                "externalId": "x",
                                "vaultId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                                "expiry": {"tokenizedExpiry": {"expiryMonth": "x", "expiryYear": "x"}},
                                "ownershipLabel": "CORPORATE",
                            },
                            "isCentrallyBilled": True,
                            "isLodgeCard": True,
                        }
                    },
                    "mapping": {
                        "accessType": "CENTRALISED",
                        "accessTypeEntityId": "x",
                        "filter": {
                            "legalEntityFilter": {
                                "legalEntityIds": [{"id": "x"}],
                                "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                            }
                        },
                        "travelType": [
                            {
                                "travelType": "AIR",
                                "isRequired": True,
                                "allowPostPaidBookings": True,
                                "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                            }
                        ],
                        "travelTypes": [
                            {
                                "travelType": "AIR",
                                "isRequired": True,
                                "allowPostPaidBookings": True,
                                "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                            }
                        ],
                        "spendTypes": [{"spendType": "SERVICE_FEE"}],
                        "paymentSourceAttributes": {
                            "guestTravelAllowed": True,
                            "roleTypes": ["UNKNOWN_TYPE"],
                            "includedPersonas": ["UNKNOWN_PERSONA"],
                            "excludedPersonas": ["UNKNOWN_PERSONA"],
                            "allowedThirdPartySources": ["UNKNOWN_SOURCE"],
                            "allowedTripTypes": ["STANDARD"],
                            "priority": 1,
                            "workerType": ["EMPLOYEE"],
                        },
                        "accessTypeAttributes": {
                            "travelTypeFilter": {
                                "travelTypes": [
                                    {
                                        "travelType": "AIR",
                                        "isRequired": True,
                                        "allowPostPaidBookings": True,
                                        "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                                    }
                                ]
                            }
                        },
                    },
                    "status": "ACTIVE",
                }
            ],
            "numTravelers": 1,
            "customFieldResponses": [
                {
                    "customFieldId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "responseItems": [{"response": "x", "additionalInput": "x"}],
                    "travelerAccess": "HIDDEN",
                }
            ],
            "customFieldV3Responses": [
                {
                    "fieldId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "fieldName": "x",
                    "armId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "readOnly": True,
                    "hidden": True,
                    "selectedOptions": [
                        {
                            "name": "x",
                            "translatedName": "x",
                            "description": "x",
                            "translatedDescription": "x",
                            "additionalUserInput": "x",
                            "additionalInfos": ["x"],
                            "additionalInfoConfigs": [{"type": "VARIABLE", "name": "PUBLISHED_FARE"}],
                        }
                    ],
                }
            ],
            "externalId": "x",
            "policyId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
            "parentEventId": "x",
            "isDetached": True,
            "aggregateStartDateTime": {"iso8601": "2017-07-21T17:32"},
            "aggregateEndDateTime": {"iso8601": "2017-07-21T17:32"},
            "childEventCounts": {"total": 1, "draft": 1, "upcoming": 1, "completed": 1, "cancelled": 1},
        }
    },
    "addTravelersToEvent": {"addedUserIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}]},
    "removeTravelersFromEvent": {"removedUserIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}]},
    "listEvents": {
        "events": [
            {
                "id": "x",
                "name": "x",
                "type": "GENERIC",
                "description": "x",
                "startDateTime": {"iso8601": "2017-07-21T17:32"},
                "endDateTime": {"iso8601": "2017-07-21T17:32"},
                "location": {
                    "address": {
                        "addressLines": ["x"],
                        "administrativeArea": "x",
                        "administrativeAreaName": "x",
                        "description": "x",
                        "isDefault": True,
                        "languageCode": "x",
                        "locality": "x",
                        "locationCode": "x",
                        "organization": "x",
                        "postalCode": "x",
                        "continentCode": "x",
                        "recipients": ["x"],
                        "regionCode": "x",
                        "regionName": "x",
                        "revision": 1,
                        "sortingCode": "x",
                        "sublocality": "x",
                        "timezone": "x",
                        "coordinates": {"latitude": 1.5, "longitude": 1.5},
                    },
                    "coordinates": {"latitude": 1.5, "longitude": 1.5},
                },
                "group": {
                    "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                    "name": "x",
                    "description": "x",
                    "bookingGuidelines": [
                        {
                            "airBookingGuideLine": {
                                "allowedAirports": [
                                    {
                                        "airportCode": "x",
                                        "airportName": "x",
                                        "cityName": "x",
                                        "countryName": "x",
                                        "countryCode": "x",
                                        "zoneName": "x",
                                        "stateCode": "x",
                                    }
                                ],
                                "allowedCityCodes": ["x"],
                                "arrivalBookingWindow": {
                                    "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                    "endDateTime": {"iso8601": "2017-07-21T17:32"},
                                },
                                "departureBookingWindow": {
                                    "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                    "endDateTime": {"iso8601": "2017-07-21T17:32"},
                                },
                                "allowedFlightGuidelines": [{"allowedFlightType": "ONE_WAY", "numberOfLegs": 1}],
                            },
                            "numGuestsAllowed": 1,
                        }
                    ],
                    "metadata": {
                        "contacts": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                        "documents": [
                            {
                                "url": "x",
                                "documentId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                                "documentMetadata": {
                                    "documentType": "BOARDING_PASS",
                                    "entityType": "PNR",
                                    "entityId": "x",
                                    "entityMetadata": {
                                        "pnrMetadata": {"flightMetadata": {"flightId": "x"}},
                                        "invoiceMetadata": {"invoiceNumber": "x", "invoiceType": "SERVICE_FEE_INVOICE"},
                                        "travelType": "AIR",
                                    },
                                    "name": "x",
                                },
                            }
                        ],
                        "bookingStyle": "SELF_SERVE",
                        "referenceUsers": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                        "internalNotes": "x",
                        "travelerTypes": ["UNKNOWN_PERSONA"],
                        "allowTravelersPolicy": "ALLOWED",
                        "emailPreferences": {
                            "bucketTypes": ["BOOKING_CONFIRMATIONS"],
                            "isEnabled": True,
                            "toEmails": ["traveler@example.com"],
                            "ccEmails": ["traveler@example.com"],
                            "bccEmails": ["traveler@example.com"],
                        },
                        "allowTravelersToRsvp": "ALLOWED",
                        "tripOverrides": {
                            "legalEntity": {
                                "behavior": "OVERRIDE_ALLOWED",
                                "legalEntityRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                            },
                            "costCenter": {
                                "behavior": "OVERRIDE_ALLOWED",
                                "costCenterRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                            },
                            "department": {
                                "behavior": "OVERRIDE_ALLOWED",
                                "departmentRef": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e", "name": "x"},
                            },
                            "userAttributes": [
                                {"behavior": "OVERRIDE_ALLOWED", "attribute": {"fixedColumnName": "x", "value": "x"}}
                            ],
                            "rateCodeOverrides": [
                                {
                                    "behavior": "OVERRIDE_ALLOWED",
                                    "supplier": "SABRE",
                                    "travelType": "AIR",
                                    "rateCodeIds": ["3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"],
                                }
                            ],
                        },
                        "tripContacts": [
                            {
                                "label": "x",
                                "name": "x",
                                "email": "x",
                                "phoneNumber": {
                                    "countryCode": 1,
                                    "countryCodeSource": "UNSPECIFIED",
                                    "extension": "x",
                                    "isoCountryCode": "x",
                                    "italianLeadingZero": True,
                                    "nationalNumber": 1,
                                    "numberOfLeadingZeros": 1,
                                    "preferredDomesticCarrierCode": "x",
                                    "rawInput": "x",
                                    "type": "UNKNOWN_TYPE",
                                },
                                "isPrimary": True,
                                "restrictVisibility": True,
                            }
                        ],
                        "inheritedCustomFieldIds": ["3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"],
                        "inviteEmailConfig": {"emailExcludeCoordinatorInfo": True},
                    },
                    "group": {
                        "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                        "name": "x",
                        "userGroupInfo": {
                            "userGroupCriteria": [
                                {
                                    "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                    "legalEntityIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                    "officeIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                                    "departments": ["x"],
                                    "costCenters": ["x"],
                                    "grades": ["x"],
                                    "positionTitles": ["x"],
                                    "personas": ["UNKNOWN_PERSONA"],
                                    "customFieldIds": [{"type": "QUESTION", "externalId": "x"}],
                                    "countryCodes": ["x"],
                                    "workerTypes": ["EMPLOYEE"],
                                    "accountingCodes": ["x"],
                                }
                            ],
                            "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                        },
                        "userTripInfos": [
                            {
                                "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                                "tripInfos": [{"tripId": "x", "status": "UNKNOWN_STATUS"}],
                            }
                        ],
                        "ownerId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                        "status": "UNKNOWN_STATUS",
                        "startDate": {"iso8601": "2017-07-21"},
                        "endDate": {"iso8601": "2017-07-21"},
                        "createdAt": {"iso8601": "2017-07-21T17:32Z"},
                    },
                    "createdBy": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                    "allowedBookingTypes": ["AIR"],
                    "eventUserRsvpList": [
                        {
                            "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                            "eventRsvpState": "ADDED",
                            "eventRsvpResponse": {
                                "air": {"notNeeded": True},
                                "hotel": {"notNeeded": True},
                                "car": {"notNeeded": True},
                                "rail": {"notNeeded": True},
                            },
                            "invitedAt": {"iso8601": "2017-07-21T17:32Z"},
                            "airBookingStatus": "BOOKED",
                            "railBookingStatus": "BOOKED",
                            "carBookingStatus": "BOOKED",
                            "hotelBookingStatus": "BOOKED",
                        }
                    ],
                    "allowedPaymentConfig": [{"travelType": "AIR", "paymentConfig": "TRAVELER_DEFAULT"}],
                },
                "status": "DRAFT",
                "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                "runningStatus": "IN_PROGRESS",
                "paymentSources": [
                    {
                        "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                        "type": "CARD",
                        "paymentSource": {
                            "cardDescriptor": {
                                "card": {
                                    "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                                    "type": "UNKNOWN",
                                    "company": "NONE",
                                    "name": "x",
                                    "address": {
                                        "addressLines": ["x"],
                                        "administrativeArea": "x",
                                        "administrativeAreaName": "x",
                                        "description": "x",
                                        "isDefault": True,
                                        "languageCode": "x",
                                        "locality": "x",
                                        "locationCode": "x",
                                        "organization": "x",
                                        "postalCode": "x",
                                        "continentCode": "x",
                                        "recipients": ["x"],
                                        "regionCode": "x",
                                        "regionName": "x",
                                        "revision": 1,
                                        "sortingCode": "x",
                                        "sublocality": "x",
                                        "timezone": "x",
                                        "coordinates": {"latitude": 1.5, "longitude": 1.5},
                                    },
                                    "number": "x",
                                    "expiryMonth": 1,
                                    "expiryYear": 2000,
                                    "cvv": "x",
                                    "label": "x",
                                    "currency": "x",
                                    "externalId": "x",
                                    "vaultId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                                    "expiry": {"tokenizedExpiry": {"expiryMonth": "x", "expiryYear": "x"}},
                                    "ownershipLabel": "CORPORATE",
                                },
                                "isCentrallyBilled": True,
                                "isLodgeCard": True,
                            }
                        },
                        "mapping": {
                            "accessType": "CENTRALISED",
                            "accessTypeEntityId": "x",
                            "filter": {
                                "legalEntityFilter": {
                                    "legalEntityIds": [{"id": "x"}],
                                    "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                                }
                            },
                            "travelType": [
                                {
                                    "travelType": "AIR",
                                    "isRequired": True,
                                    "allowPostPaidBookings": True,
                                    "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                                }
                            ],
                            "travelTypes": [
                                {
                                    "travelType": "AIR",
                                    "isRequired": True,
                                    "allowPostPaidBookings": True,
                                    "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                                }
                            ],
                            "spendTypes": [{"spendType": "SERVICE_FEE"}],
                            "paymentSourceAttributes": {
                                "guestTravelAllowed": True,
                                "roleTypes": ["UNKNOWN_TYPE"],
                                "includedPersonas": ["UNKNOWN_PERSONA"],
                                "excludedPersonas": ["UNKNOWN_PERSONA"],
                                "allowedThirdPartySources": ["UNKNOWN_SOURCE"],
                                "allowedTripTypes": ["STANDARD"],
                                "priority": 1,
                                "workerType": ["EMPLOYEE"],
                            },
                            "accessTypeAttributes": {
                                "travelTypeFilter": {
                                    "travelTypes": [
                                        {
                                            "travelType": "AIR",
                                            "isRequired": True,
                                            "allowPostPaidBookings": True,
                                            "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                                        }
                                    ]
                                }
                            },
                        },
                        "status": "ACTIVE",
                    }
                ],
                "numTravelers": 1,
                "customFieldResponses": [
                    {
                        "customFieldId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                        "responseItems": [{"response": "x", "additionalInput": "x"}],
                        "travelerAccess": "HIDDEN",
                    }
                ],
                "customFieldV3Responses": [
                    {
                        "fieldId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                        "fieldName": "x",
                        "armId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                        "readOnly": True,
                        "hidden": True,
                        "selectedOptions": [
                            {
                                "name": "x",
                                "translatedName": "x",
                                "description": "x",
                                "translatedDescription": "x",
                                "additionalUserInput": "x",
                                "additionalInfos": ["x"],
                                "additionalInfoConfigs": [{"type": "VARIABLE", "name": "PUBLISHED_FARE"}],
                            }
                        ],
                    }
                ],
                "externalId": "x",
                "policyId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                "parentEventId": "x",
                "isDetached": True,
                "aggregateStartDateTime": {"iso8601": "2017-07-21T17:32"},
                "aggregateEndDateTime": {"iso8601": "2017-07-21T17:32"},
                "childEventCounts": {"total": 1, "draft": 1, "upcoming": 1, "completed": 1, "cancelled": 1},
            }
        ],
        "paginationParams": {"totalNumResults": 1},
    },
    "publishEvent": {"id": "x"},
    "updateEventBasicInfo": {"id": "x"},
    "updateEventBookingGuidelines": {"id": "x"},
    "setUserEventRsvp": None,
    "getUserEventRsvp": {
        "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
        "eventRsvpState": "ADDED",
        "eventRsvpResponse": {
            "air": {"notNeeded": True},
            "hotel": {"notNeeded": True},
            "car": {"notNeeded": True},
            "rail": {"notNeeded": True},
        },
        "invitedAt": {"iso8601": "2017-07-21T17:32Z"},
        "airBookingStatus": "BOOKED",
        "railBookingStatus": "BOOKED",
        "carBookingStatus": "BOOKED",
        "hotelBookingStatus": "BOOKED",
    },
    "sendInvite": None,
    "testInvite": None,
    "getEventSummaries": {
        "tripEventSummaries": [
            {
                "tripId": "x",
                "travelerEventSummary": {
                    "id": "x",
                    "type": "GENERIC",
                    "name": "x",
                    "description": "x",
                    "startDateTime": {"iso8601": "2017-07-21T17:32"},
                    "endDateTime": {"iso8601": "2017-07-21T17:32"},
                    "location": {
                        "address": {
                            "addressLines": ["x"],
                            "administrativeArea": "x",
                            "administrativeAreaName": "x",
                            "description": "x",
                            "isDefault": True,
                            "languageCode": "x",
                            "locality": "x",
                            "locationCode": "x",
                            "organization": "x",
                            "postalCode": "x",
                            "continentCode": "x",
                            "recipients": ["x"],
                            "regionCode": "x",
                            "regionName": "x",
                            "revision": 1,
                            "sortingCode": "x",
                            "sublocality": "x",
                            "timezone": "x",
                            "coordinates": {"latitude": 1.5, "longitude": 1.5},
                        },
                        "coordinates": {"latitude": 1.5, "longitude": 1.5},
                    },
                    "contacts": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "documents": [
                        {
                            "url": "x",
                            "documentId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                            "documentMetadata": {
                                "documentType": "BOARDING_PASS",
                                "entityType": "PNR",
                                "entityId": "x",
                                "entityMetadata": {
                                    "pnrMetadata": {"flightMetadata": {"flightId": "x"}},
                                    "invoiceMetadata": {"invoiceNumber": "x", "invoiceType": "SERVICE_FEE_INVOICE"},
                                    "travelType": "AIR",
                                },
                                "name": "x",
                            },
                        }
                    ],
                    "bookingGuidelines": [
                        {
                            "airBookingGuideLine": {
                                "allowedAirports": [
                                    {
                                        "airportCode": "x",
                                        "airportName": "x",
                                        "cityName": "x",
                                        "countryName": "x",
                                        "countryCode": "x",
                                        "zoneName": "x",
                                        "stateCode": "x",
                                    }
                                ],
                                "allowedCityCodes": ["x"],
                                "arrivalBookingWindow": {
                                    "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                    "endDateTime": {"iso8601": "2017-07-21T17:32"},
                                },
                                "departureBookingWindow": {
                                    "startDateTime": {"iso8601": "2017-07-21T17:32"},
                                    "endDateTime": {"iso8601": "2017-07-21T17:32"},
                                },
                                "allowedFlightGuidelines": [{"allowedFlightType": "ONE_WAY", "numberOfLegs": 1}],
                            },
                            "numGuestsAllowed": 1,
                        }
                    ],
                    "allowedBookingTypes": ["AIR"],
                    "eventUserRsvp": {
                        "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                        "eventRsvpState": "ADDED",
                        "eventRsvpResponse": {
                            "air": {"notNeeded": True},
                            "hotel": {"notNeeded": True},
                            "car": {"notNeeded": True},
                            "rail": {"notNeeded": True},
                        },
                        "invitedAt": {"iso8601": "2017-07-21T17:32Z"},
                        "airBookingStatus": "BOOKED",
                        "railBookingStatus": "BOOKED",
                        "carBookingStatus": "BOOKED",
                        "hotelBookingStatus": "BOOKED",
                    },
                    "contactInfoList": [
                        {
                            "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                            "email": "x",
                            "name": {
                                "family1": "x",
                                "family2": "x",
                                "given": "x",
                                "middle": "x",
                                "suffix": "NAME_SUFFIX_UNKNOWN",
                                "preferred": "x",
                            },
                        }
                    ],
                    "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                    "runningStatus": "IN_PROGRESS",
                    "status": "DRAFT",
                    "isRemovedParticipant": True,
                    "inviteEmailConfig": {"emailExcludeCoordinatorInfo": True},
                    "parentEventId": "x",
                    "bookingStyle": "SELF_SERVE",
                    "allowTravelersToRsvp": "ALLOWED",
                },
            }
        ]
    },
    "getAllowedPaymentSources": {
        "paymentSources": [
            {
                "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                "type": "CARD",
                "paymentSource": {
                    "cardDescriptor": {
                        "card": {
                            "id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                            "type": "UNKNOWN",
                            "company": "NONE",
                            "name": "x",
                            "address": {
                                "addressLines": ["x"],
                                "administrativeArea": "x",
                                "administrativeAreaName": "x",
                                "description": "x",
                                "isDefault": True,
                                "languageCode": "x",
                                "locality": "x",
                                "locationCode": "x",
                                "organization": "x",
                                "postalCode": "x",
                                "continentCode": "x",
                                "recipients": ["x"],
                                "regionCode": "x",
                                "regionName": "x",
                                "revision": 1,
                                "sortingCode": "x",
                                "sublocality": "x",
                                "timezone": "x",
                                "coordinates": {"latitude": 1.5, "longitude": 1.5},
                            },
                            "number": "x",
                            "expiryMonth": 1,
                            "expiryYear": 2000,
                            "cvv": "x",
                            "label": "x",
                            "currency": "x",
                            "externalId": "x",
                            "vaultId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
                            "expiry": {"tokenizedExpiry": {"expiryMonth": "x", "expiryYear": "x"}},
                            "ownershipLabel": "CORPORATE",
                        },
                        "isCentrallyBilled": True,
                        "isLodgeCard": True,
                    }
                },
                "mapping": {
                    "accessType": "CENTRALISED",
                    "accessTypeEntityId": "x",
                    "filter": {
                        "legalEntityFilter": {
                            "legalEntityIds": [{"id": "x"}],
                            "companyId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                        }
                    },
                    "travelType": [
                        {
                            "travelType": "AIR",
                            "isRequired": True,
                            "allowPostPaidBookings": True,
                            "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                        }
                    ],
                    "travelTypes": [
                        {
                            "travelType": "AIR",
                            "isRequired": True,
                            "allowPostPaidBookings": True,
                            "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                        }
                    ],
                    "spendTypes": [{"spendType": "SERVICE_FEE"}],
                    "paymentSourceAttributes": {
                        "guestTravelAllowed": True,
                        "roleTypes": ["UNKNOWN_TYPE"],
                        "includedPersonas": ["UNKNOWN_PERSONA"],
                        "excludedPersonas": ["UNKNOWN_PERSONA"],
                        "allowedThirdPartySources": ["UNKNOWN_SOURCE"],
                        "allowedTripTypes": ["STANDARD"],
                        "priority": 1,
                        "workerType": ["EMPLOYEE"],
                    },
                    "accessTypeAttributes": {
                        "travelTypeFilter": {
                            "travelTypes": [
                                {
                                    "travelType": "AIR",
                                    "isRequired": True,
                                    "allowPostPaidBookings": True,
                                    "metadata": {"travelType": "CAR", "vendors": [{"code": "x", "name": "x"}]},
                                }
                            ]
                        }
                    },
                },
                "status": "ACTIVE",
            }
        ]
    },
    "cancelEvent": None,
    "listEventTravelers": {
        "travelerEventInfos": [
            {
                "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                "tripInfos": [{"tripId": "x", "status": "UNKNOWN_STATUS"}],
                "eventRsvpState": "ADDED",
                "eventRsvpResponse": {
                    "air": {"notNeeded": True},
                    "hotel": {"notNeeded": True},
                    "car": {"notNeeded": True},
                    "rail": {"notNeeded": True},
                },
                "eventUserRsvp": {
                    "userId": {"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"},
                    "eventRsvpState": "ADDED",
                    "eventRsvpResponse": {
                        "air": {"notNeeded": True},
                        "hotel": {"notNeeded": True},
                        "car": {"notNeeded": True},
                        "rail": {"notNeeded": True},
                    },
                    "invitedAt": {"iso8601": "2017-07-21T17:32Z"},
                    "airBookingStatus": "BOOKED",
                    "railBookingStatus": "BOOKED",
                    "carBookingStatus": "BOOKED",
                    "hotelBookingStatus": "BOOKED",
                },
            }
        ],
        "userGroupInfo": {
            "userGroupCriteria": [
                {
                    "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "legalEntityIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "officeIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
                    "departments": ["x"],
                    "costCenters": ["x"],
                    "grades": ["x"],
                    "positionTitles": ["x"],
                    "personas": ["UNKNOWN_PERSONA"],
                    "customFieldIds": [{"type": "QUESTION", "externalId": "x"}],
                    "countryCodes": ["x"],
                    "workerTypes": ["EMPLOYEE"],
                    "accountingCodes": ["x"],
                }
            ],
            "userIds": [{"id": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e"}],
        },
        "paginationParams": {"totalNumResults": 1},
    },
    "updateCustomFieldResponses": None,
    "bulkPublishEvents": {"publishEventResponses": [{"id": "x", "status": "SUCCESS", "message": "x"}]},
    "bulkEditEvents": {"updateEventsResponse": [{"id": "x", "status": "SUCCESS", "message": "x"}]},
    "bulkDeleteEvents": {"deleteEventResponses": [{"id": "x", "status": "SUCCESS", "message": "x"}]},
    "bulkCancelEvents": {"cancelEventResponses": [{"eventId": "x", "status": "SUCCESS", "message": "x"}]},
    "getAsyncEventJobDetails": {
        "jobId": "3f1c2b8e-8a5e-4c1a-9d2e-5b6f7a8c9d0e",
        "referenceId": "x",
        "type": "PUBLISH",
        "status": "IN PROGRESS",
        "totalItems": 1,
        "successCount": 1,
        "failureCount": 1,
        "jobItems": [{"eventId": "x", "status": "SUCCESS", "message": "x"}],
        "createdAt": {"iso8601": "2017-07-21T17:32Z"},
        "completedAt": {"iso8601": "2017-07-21T17:32Z"},
    },
}
