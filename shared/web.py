"""Serve a WSGI app factory with gunicorn, the same way in ``make up`` and in Compose."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gunicorn.app.base import BaseApplication


class _Server(BaseApplication):
    def __init__(self, factory: Callable[[], Any], options: dict[str, Any]):
        self.factory = factory
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.factory()


def serve(factory: Callable[[], Any], host: str, port: int, workers: int, name: str) -> None:
    """Run ``factory()`` under gunicorn until SIGTERM/SIGINT (graceful stop of every worker)."""
    options = {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        "proc_name": name,
        "timeout": 60,
        "graceful_timeout": 10,
        "accesslog": "-",
        "loglevel": "info",
    }
    _Server(factory, options).run()
