"""The fake Event API (spotnana_events.testing) as a product: semantics, faults, conformance."""
