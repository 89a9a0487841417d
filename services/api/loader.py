"""Loader command: ``python -m services.api.loader FILE.jsonl`` imports reference events;
``--export FILE.jsonl`` writes every stored one (deprecated included) in the same format.

Writes straight to the Redis at ``REDIS_URL`` (curators with shell access; the HTTP bulk
import is the same validation behind the curator token). Bad lines are reported by number
and field; the good ones are stored in one transaction.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rq import Queue

from shared import jobs
from shared.reference_io import parse_jsonl, to_jsonl
from shared.settings import Settings
from shared.storage import Store


def load_file(store: Store, queue: Queue, path: Path, settings: Settings) -> dict:
    """Import ``path``; returns ``{"stored", "failed", "errors"}`` like the HTTP import."""
    with path.open(encoding="utf-8") as handle:
        parsed = parse_jsonl(handle)
    stored = jobs.store_references(store, queue, parsed.references, settings)
    return {"stored": len(stored), "failed": len({e["line"] for e in parsed.errors}), "errors": parsed.errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m services.api.loader", description=__doc__)
    parser.add_argument("path", type=Path, help="JSON Lines file of reference events")
    parser.add_argument("--export", action="store_true", help="write the store to PATH instead of importing it")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    connection = settings.connect()
    store = Store(connection)
    if args.export:
        args.path.write_text(to_jsonl(store.get_references(store.all_reference_ids())), encoding="utf-8")
        return 0
    result = load_file(store, Queue(settings.queue, connection=connection), args.path, settings)
    print(json.dumps(result))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
