"""Configuration, read from the environment once; each default documented beside it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import redis

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
"""Redis of a service started on its own without ``REDIS_URL`` (``make up``/``make demo`` always set one)."""

DEFAULT_API_PORT = 8000
"""Gateway port (``CLAIMCHECK_API_PORT``)."""

DEFAULT_EXTRACTOR_PORT = 0
"""Extractor port (``CLAIMCHECK_EXTRACTOR_PORT``); 0 picks a free port so two suites never collide."""

DEFAULT_DATA_DIR = ".data"
"""Where the embedded Redis keeps its AOF and the suite its logs (``CLAIMCHECK_DATA_DIR``)."""

DEFAULT_QUEUE = "claimcheck-checks"
"""RQ queue the gateway enqueues checks on and the checker listens to (``CLAIMCHECK_QUEUE``)."""

DEFAULT_EXTRACTOR_TIMEOUT = 10.0
"""Seconds the gateway waits for the extractor before answering 503 (``CLAIMCHECK_EXTRACTOR_TIMEOUT``)."""

DEFAULT_JOB_RETRIES = 3
"""How many times a failing check is retried, with backoff, before the report ends ``failed``."""

DEFAULT_RETRY_INTERVALS = "1,5,15"
"""Seconds between those retries (``CLAIMCHECK_RETRY_INTERVALS``, comma-separated)."""

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
"""Largest accepted request body; larger bodies get 413."""


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


@dataclass(frozen=True)
class Settings:
    """Every setting a claimcheck process reads, with its environment variable.

    :ivar redis_url: ``REDIS_URL``; empty means "start an embedded redis-server" (suite runner only).
    :ivar api_port: ``CLAIMCHECK_API_PORT``.
    :ivar extractor_port: ``CLAIMCHECK_EXTRACTOR_PORT``.
    :ivar extractor_url: ``CLAIMCHECK_EXTRACTOR_URL``, where the gateway reaches the extractor.
    :ivar data_dir: ``CLAIMCHECK_DATA_DIR``.
    :ivar curator_token: ``CLAIMCHECK_CURATOR_TOKEN``; unset refuses every reference write.
    :ivar queue: ``CLAIMCHECK_QUEUE``.
    :ivar extractor_timeout: ``CLAIMCHECK_EXTRACTOR_TIMEOUT`` seconds.
    :ivar job_retries: ``CLAIMCHECK_JOB_RETRIES``.
    :ivar retry_intervals: ``CLAIMCHECK_RETRY_INTERVALS``.
    :ivar max_body_bytes: ``CLAIMCHECK_MAX_BODY_BYTES``.
    :ivar web_workers: ``CLAIMCHECK_WEB_WORKERS``, gunicorn workers per HTTP service.
    """

    redis_url: str = ""
    api_port: int = DEFAULT_API_PORT
    extractor_port: int = DEFAULT_EXTRACTOR_PORT
    extractor_url: str = ""
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    curator_token: str = ""
    queue: str = DEFAULT_QUEUE
    extractor_timeout: float = DEFAULT_EXTRACTOR_TIMEOUT
    job_retries: int = DEFAULT_JOB_RETRIES
    retry_intervals: tuple[int, ...] = field(default=(1, 5, 15))
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    web_workers: int = 2

    def connect(self) -> redis.Redis:
        """A client of the configured Redis (``REDIS_URL``, else :data:`DEFAULT_REDIS_URL`)."""
        return redis.Redis.from_url(self.redis_url or DEFAULT_REDIS_URL)

    @classmethod
    def from_env(cls) -> Settings:
        """Read the environment now (call once per process, or per test)."""
        env = os.environ
        intervals = env.get("CLAIMCHECK_RETRY_INTERVALS", DEFAULT_RETRY_INTERVALS)
        return cls(
            redis_url=env.get("REDIS_URL", ""),
            api_port=_int("CLAIMCHECK_API_PORT", DEFAULT_API_PORT),
            extractor_port=_int("CLAIMCHECK_EXTRACTOR_PORT", DEFAULT_EXTRACTOR_PORT),
            extractor_url=env.get("CLAIMCHECK_EXTRACTOR_URL", "").rstrip("/"),
            data_dir=Path(env.get("CLAIMCHECK_DATA_DIR", DEFAULT_DATA_DIR)),
            curator_token=env.get("CLAIMCHECK_CURATOR_TOKEN", ""),
            queue=env.get("CLAIMCHECK_QUEUE", DEFAULT_QUEUE),
            extractor_timeout=float(env.get("CLAIMCHECK_EXTRACTOR_TIMEOUT", DEFAULT_EXTRACTOR_TIMEOUT)),
            job_retries=_int("CLAIMCHECK_JOB_RETRIES", DEFAULT_JOB_RETRIES),
            retry_intervals=tuple(int(s) for s in intervals.split(",") if s.strip()),
            max_body_bytes=_int("CLAIMCHECK_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
            web_workers=_int("CLAIMCHECK_WEB_WORKERS", 2),
        )
