"""Serve the fake Event API over loopback HTTP: ``python -m spotnana_events.testing --port 8089``."""

from __future__ import annotations

import argparse
import sys

from ._api import FakeEventAPI
from ._faults import Fault


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {__package__}", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--token-ttl", type=int, default=3600, help="access token lifetime in seconds")
    parser.add_argument("--job-polls", type=int, default=3, help="status reads an async job takes to finish")
    parser.add_argument("--seed-events", type=int, default=0, help="start with this many published events")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    args = parser.parse_args(argv)
    try:
        import uvicorn
    except ImportError:
        print("serving over HTTP needs uvicorn: pip install 'spotnana-events[testing]'", file=sys.stderr)
        return 2
    fake = FakeEventAPI(seed=args.seed, token_ttl=args.token_ttl, job_polls_to_complete=args.job_polls)
    fake.seed_events(args.seed_events)
    if args.latency > 0:
        fake.add_fault(Fault(latency=args.latency, times=None))
    client_id, client_secret = fake.credentials
    print(f"fake Event API on http://{args.host}:{args.port}")
    print(f"  SPOTNANA_CLIENT_ID={client_id} SPOTNANA_CLIENT_SECRET={client_secret}", flush=True)
    uvicorn.run(fake.asgi_app, host=args.host, port=args.port, log_level="warning", lifespan="off", interface="asgi3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
