"""Entry point: ``python -m services.checker`` — an RQ worker on the checks queue.

RQ's own worker underneath, with its scheduler on (retries with backoff are scheduled jobs)
and a short maintenance interval, so a check abandoned by a crashed worker is retried soon.
"""

from __future__ import annotations

import argparse
import logging

from rq import Queue, Worker

from shared.settings import Settings

MAINTENANCE_INTERVAL = 30
"""Seconds between registry clean-ups, which retry checks abandoned by a dead worker."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m services.checker", description=__doc__)
    parser.add_argument("--burst", action="store_true", help="exit when the queue is empty")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s checker %(levelname)s %(message)s")
    connection = settings.connect()
    queue = Queue(settings.queue, connection=connection)
    worker = Worker([queue], connection=connection, maintenance_interval=MAINTENANCE_INTERVAL)
    worker.work(burst=args.burst, with_scheduler=True, logging_level="INFO")


if __name__ == "__main__":
    main()
