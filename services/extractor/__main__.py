"""Entry point: ``python -m services.extractor`` — the extraction HTTP service under gunicorn."""

from __future__ import annotations

import argparse

from shared.settings import Settings
from shared.web import serve


def main(argv: list[str] | None = None) -> None:
    settings = Settings.from_env()
    parser = argparse.ArgumentParser(prog="python -m services.extractor", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=settings.extractor_port or 8001)
    args = parser.parse_args(argv)
    from services.extractor.web import create_app

    serve(create_app, args.host, args.port, settings.web_workers, "claimcheck-extractor")


if __name__ == "__main__":
    main()
