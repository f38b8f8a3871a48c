"""The generated package spotnana_event_api: what codegen/ makes of the pinned spec."""
