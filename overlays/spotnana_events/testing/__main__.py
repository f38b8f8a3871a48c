"""Serve the fake Event API over loopback HTTP, scriptable like stripe-mock or LocalStack.

    python -m spotnana_events.testing --port 8089 --seed-file seed.json \\
        --fault status=503,operation=get,times=2 --fault latency=0.2,times=

prints the base URL, the credentials to use and the admin API (``/_fake/``: reset, seed,
faults, calls, state; see ``_admin``). The admin API has no authentication: the fake binds
loopback unless ``--allow-remote`` is given, and answers only requests whose ``Host`` is a
loopback name (or one given with ``--allow-host``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._admin import ADMIN_PREFIX, AdminError, fault_from_document, seed_from_document
from ._api import MAX_SEED_EVENTS, FakeEventAPI
from ._faults import Fault
from ._hosts import is_loopback
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


def _check_host(parser: argparse.ArgumentParser, host: str, *, allow_remote: bool) -> None:
    if is_loopback(host):
        return
    exposure = (
        f"--host {host} is not a loopback address: the fake's admin API ({ADMIN_PREFIX}) has no "
        "authentication, so anyone who can reach it can reset, seed and read the fake"
    )
    if not allow_remote:
        parser.error(f"{exposure}; add --allow-remote to bind it anyway")
    print(f"warning: {exposure}", file=sys.stderr, flush=True)


def _setup_steps(fake: FakeEventAPI, args: argparse.Namespace) -> list[tuple[str, Callable[[], object]]]:
    """What the arguments put into the fake, each step with the flag its errors name."""
    steps: list[tuple[str, Callable[[], object]]] = [("--seed-events", lambda: fake.seed_events(args.seed_events))]
    if args.seed_file:
        steps.append(("--seed-file", lambda: seed_from_document(fake, json.loads(args.seed_file.read_text()))))
    steps.append(("--fault", lambda: fake.add_fault(*(parse_fault(text) for text in args.fault))))
    if args.latency:
        steps.append(("--latency", lambda: fake.add_fault(Fault(latency=args.latency, times=None))))
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=f"python -m {__package__}", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="let --host be an address other machines reach (the admin API is unauthenticated: a warning is printed)",
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests whose Host header is NAME (loopback names always are); repeatable",
    )
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--seed", type=int, default=0, help="random seed (ids, probabilistic faults)")
    parser.add_argument("--token-ttl", type=int, default=3600, help="access token lifetime in seconds")
    parser.add_argument("--job-polls", type=int, default=3, help="status reads an async job takes to finish")
    parser.add_argument(
        "--seed-events",
        type=int,
        default=0,
        help=f"start with this many published events (at most {MAX_SEED_EVENTS:,})",
    )
    parser.add_argument("--seed-file", type=Path, help="JSON seed document: companies, events, jobs")
    parser.add_argument("--fault", action="append", default=[], help="key=value,... or JSON; repeatable")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    args = parser.parse_args(argv)
    if not 0 < args.port < 65536:
        parser.error(f"--port must be from 1 to 65535, got {args.port}")
    if args.token_ttl < 1 or args.job_polls < 1:
        parser.error("--token-ttl and --job-polls must be at least 1")
    _check_host(parser, args.host, allow_remote=args.allow_remote)
    fake = FakeEventAPI(seed=args.seed, token_ttl=args.token_ttl, job_polls_to_complete=args.job_polls)
    for flag, setup in _setup_steps(fake, args):
        try:
            setup()
        except RecursionError:
            parser.error(f"{flag}: the document is nested too deeply")
        except (OSError, ValueError, TypeError) as exc:
            parser.error(f"{flag}: {exc}")
    try:
        from . import _http
    except ImportError as exc:
        if not (exc.name or "").startswith("uvicorn"):
            raise
        print("serving over HTTP needs uvicorn: pip install 'spotnana-events[testing]'", file=sys.stderr)
        return 2
    load_models()  # before saying ready: not on the first requests, blocking the event loop
    client_id, client_secret = fake.credentials
    # A wildcard bind is reached on loopback here; browsers refuse 0.0.0.0 as a Host anyway.
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else f"[{args.host}]" if ":" in args.host else args.host
    base_url = f"http://{shown}:{args.port}"
    print(f"fake Event API on {base_url}")
    print(f"  SPOTNANA_BASE_URL={base_url} SPOTNANA_CLIENT_ID={client_id} SPOTNANA_CLIENT_SECRET={client_secret}")
    print(f"  admin: {base_url}{ADMIN_PREFIX}{{reset,seed,faults,calls,state}}", flush=True)
    _http.run(fake, host=args.host, port=args.port, allow_hosts=[args.host, *args.allow_host])
    return 0


if __name__ == "__main__":
    sys.exit(main())
