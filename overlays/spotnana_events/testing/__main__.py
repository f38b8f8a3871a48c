"""Serve the fake Event API over loopback HTTP, scriptable like stripe-mock or LocalStack.

    python -m spotnana_events.testing --port 8089 --seed-file seed.json \\
        --fault status=503,operation=get,times=2 --fault latency=0.2,times=

prints the base URL, the credentials to use and the admin API (``/_fake/``: reset, seed,
faults, calls, state; see ``_admin``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ._admin import ADMIN_PREFIX, AdminError, fault_from_document, seed_from_document
from ._api import FakeEventAPI
from ._faults import Fault
from ._warm import load_models


def _value(text: str) -> Any:
    if text == "":
        return None  # `times=` : fire on every request
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_fault(text: str) -> Fault:
    """``status=503,operation=get,times=2`` or a JSON object, as the admin API takes it."""
    if text.lstrip().startswith("{"):
        document = json.loads(text)
    else:
        pairs = [item.partition("=") for item in text.split(",") if item]
        if any(not sep for _, sep, _ in pairs):
            raise AdminError(f"--fault {text!r}: expected key=value pairs separated by commas")
        document = {key.strip(): _value(value.strip()) for key, _, value in pairs}
    return fault_from_document(document)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=f"python -m {__package__}", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--seed", type=int, default=0, help="random seed (ids, probabilistic faults)")
    parser.add_argument("--token-ttl", type=int, default=3600, help="access token lifetime in seconds")
    parser.add_argument("--job-polls", type=int, default=3, help="status reads an async job takes to finish")
    parser.add_argument("--seed-events", type=int, default=0, help="start with this many published events")
    parser.add_argument("--seed-file", type=Path, help="JSON seed document: companies, events, jobs")
    parser.add_argument("--fault", action="append", default=[], help="key=value,... or JSON; repeatable")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    args = parser.parse_args(argv)
    fake = FakeEventAPI(seed=args.seed, token_ttl=args.token_ttl, job_polls_to_complete=args.job_polls)
    try:
        fake.seed_events(args.seed_events)
        if args.seed_file:
            seed_from_document(fake, json.loads(args.seed_file.read_text()))
        fake.add_fault(*(parse_fault(text) for text in args.fault))
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    if args.latency > 0:
        fake.add_fault(Fault(latency=args.latency, times=None))
    try:
        import uvicorn
    except ImportError:
        print("serving over HTTP needs uvicorn: pip install 'spotnana-events[testing]'", file=sys.stderr)
        return 2
    load_models()  # before saying ready: not on the first requests, blocking the event loop
    client_id, client_secret = fake.credentials
    base_url = f"http://{args.host}:{args.port}"
    print(f"fake Event API on {base_url}")
    print(f"  SPOTNANA_BASE_URL={base_url} SPOTNANA_CLIENT_ID={client_id} SPOTNANA_CLIENT_SECRET={client_secret}")
    print(f"  admin: {base_url}{ADMIN_PREFIX}{{reset,seed,faults,calls,state}}", flush=True)
    uvicorn.run(fake.asgi_app, host=args.host, port=args.port, log_level="warning", lifespan="off", interface="asgi3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
