"""Facts of the spec the SDK relies on, generated from it (codegen/spec_facts.py): import
them rather than retyping them."""

SANDBOX_BASE_URL = "https://api-ext-sboxmeta.partners.spotnana.com"  # the spec's first server (the mock aside)
# Spotnana's mock server: the API reference names it, the downloaded spec does not (the
# fixes add it: codegen/spec-fixes.overlay.json). It answers the spec's examples.
MOCK_BASE_URL = "https://developer.spotnana.com/_mock/openapi/eventapi/"
API_PATH_ROOT = "/v2/"  # the first segment of every operation path
MAX_PAGE_SIZE = 100  # the largest `limit` a list request accepts
MAX_BULK_ITEMS = 100  # maxItems of every bulk request's list

# (model class, JSON field) -> (minItems, maxItems or None) of every bounded list field.
LIST_BOUNDS: dict[tuple[str, str], tuple[int, int | None]] = {
    ("BulkCancelEventRequest", "cancelEventRequests"): (1, 100),
    ("BulkDeleteEventRequest", "deleteEventList"): (1, 100),
    ("BulkPublishEventRequest", "publishEventList"): (1, 100),
    ("BulkUpdateEventsRequest", "eventsToUpdate"): (1, 100),
    ("CreateEventRequest", "travellers"): (0, 1000),
    ("PublishEventRequest", "userIds"): (0, 1000),
    ("RemoveTravelersFromEventRequest", "userIds"): (1, 10),
}

# model class -> the pattern its `iso8601` string must match.
DATE_TIME_PATTERNS: dict[str, str] = {
    "Date": "^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$",
    "DateTimeLocal": "^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-4]):([0-5][0-9])(:([0-5][0-9]))?$",
    "DateTimeOffset": "^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-4]):([0-5][0-9])(:([0-5][0-9]))?(Z|([+-](0[0-9]|1[0-4]):([0-5][0-9])))$",
}
