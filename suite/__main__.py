"""Entry point: ``python -m suite up`` (run until Ctrl-C) or ``python -m suite demo`` (check the sample).

``demo`` starts everything on an embedded Redis, loads the sample reference store, submits the
founding report, waits for its verdicts, prints the report JSON and shuts everything down.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

import redis
import requests
from rq import Queue

from services.api.loader import load_file
from shared.redis_server import free_port
from shared.settings import Settings
from shared.storage import Store
from suite.processes import Suite, SuiteError

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
DEMO_TIMEOUT = 60.0


def _stop_on_signals(suite: Suite) -> None:
    def handler(signum, _frame):
        suite.stop()
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def up(settings: Settings, checkers: int) -> int:
    """Run the suite in the foreground until SIGINT/SIGTERM, which stop every child."""
    suite = Suite(settings, api_port=settings.api_port, checkers=checkers)
    _stop_on_signals(suite)
    try:
        suite.start(settings.data_dir / "logs")
        print(f"claimcheck is up: gateway {suite.api_url} (Redis {suite.redis_url}); Ctrl-C stops it", flush=True)
        while True:
            suite.check_alive()
            time.sleep(1)
    except KeyboardInterrupt:
        return 0
    except SuiteError as exc:
        print(f"claimcheck: {exc} (logs in {settings.data_dir / 'logs'})", file=sys.stderr)
        return 1
    finally:
        suite.stop()


def _load_sample(redis_url: str, settings: Settings) -> None:
    connection = redis.Redis.from_url(redis_url)
    result = load_file(
        Store(connection), Queue(settings.queue, connection=connection), SAMPLE_DIR / "references.jsonl", settings
    )
    print(f"loaded {result['stored']} reference events", file=sys.stderr)


def _submit_and_wait(api_url: str) -> dict:
    body = json.loads((SAMPLE_DIR / "report.json").read_text(encoding="utf-8"))
    accepted = requests.post(f"{api_url}/v1/reports", json=body, timeout=30)
    accepted.raise_for_status()
    location = api_url + accepted.headers["Location"]
    deadline = time.monotonic() + DEMO_TIMEOUT
    while time.monotonic() < deadline:
        report = requests.get(location, timeout=10).json()
        if report["status"] != "checking":
            return report
        time.sleep(0.2)
    raise SuiteError(f"the report was still being checked after {DEMO_TIMEOUT:.0f}s")


def demo(settings: Settings) -> int:
    """Check the founding report end to end on a fresh embedded store and print the result."""
    port = int(os.environ["CLAIMCHECK_API_PORT"]) if "CLAIMCHECK_API_PORT" in os.environ else free_port()
    data_dir = settings.data_dir / "demo"
    if not settings.redis_url:
        for stale in (data_dir / "redis").glob("*"):
            _remove(stale)
    demo_settings = Settings(**{**settings.__dict__, "data_dir": data_dir})
    suite = Suite(demo_settings, api_port=port)
    _stop_on_signals(suite)
    try:
        suite.start(data_dir / "logs")
        _load_sample(suite.redis_url, demo_settings)
        report = _submit_and_wait(suite.api_url)
        report.pop("text", None)
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0 if report["status"] == "done" else 1
    except (SuiteError, requests.RequestException) as exc:
        print(f"claimcheck demo failed: {exc} (logs in {data_dir / 'logs'})", file=sys.stderr)
        return 1
    finally:
        suite.stop()


def _remove(path: Path) -> None:
    if path.is_dir():
        for child in path.iterdir():
            _remove(child)
        path.rmdir()
    else:
        path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m suite", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("up", help="run the suite until Ctrl-C")
    run.add_argument("--checkers", type=int, default=int(os.environ.get("CLAIMCHECK_CHECKERS", "1")))
    sub.add_parser("demo", help="check the sample report and print its verdicts")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    return up(settings, args.checkers) if args.command == "up" else demo(settings)


if __name__ == "__main__":
    sys.exit(main())
