"""The hand-written SDK spotnana_events: client, auth, retries, paging, bulk, jobs, telemetry."""
