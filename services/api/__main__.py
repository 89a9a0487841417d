"""Entry point: ``python -m services.api`` — the gateway under gunicorn."""

from __future__ import annotations

import argparse

from shared.settings import Settings
from shared.web import serve


def main(argv: list[str] | None = None) -> None:
    settings = Settings.from_env()
    parser = argparse.ArgumentParser(prog="python -m services.api", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=settings.api_port)
    args = parser.parse_args(argv)
    from services.api.app import create_app

    serve(create_app, args.host, args.port, settings.web_workers, "claimcheck-api")


if __name__ == "__main__":
    main()
