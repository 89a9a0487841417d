"""Fixtures on real parts: a private redis-server on a free port, the real extractor service,
the gateway app, and RQ workers (in-process burst workers or real checker processes).

Like rq's own suite, every test that touches Redis starts and ends with an empty database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import requests
from rq import Queue, SimpleWorker

from shared.redis_server import RedisServer, free_port
from shared.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CURATOR_TOKEN = "test-curator-token"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path_factory.mktemp("redis"), persistent=False).start()
    yield server
    server.stop()


@pytest.fixture()
def redis_conn(redis_server) -> Iterator[redis.Redis]:
    connection = redis.Redis.from_url(redis_server.url)
    connection.flushdb()
    yield connection
    connection.flushdb()


def _wait_http(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args} exited with {process.returncode}")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    """Start ``python <args>`` from the repo root with ``env`` on top of ours, in its own process group
    (so a test can crash it with everything it forked, as a container's death would)."""
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env={**os.environ, **env}, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def extractor_url() -> Iterator[str]:
    """The real extractor service, started once for the session."""
    port = free_port()
    process = spawn(["-m", "services.extractor", "--port", str(port)], {"CLAIMCHECK_WEB_WORKERS": "1"})
    url = f"http://127.0.0.1:{port}"
    _wait_http(url + "/healthz", process)
    yield url
    stop(process)


@pytest.fixture()
def settings(redis_server, extractor_url) -> Settings:
    return Settings(
        redis_url=redis_server.url,
        extractor_url=extractor_url,
        curator_token=CURATOR_TOKEN,
        retry_intervals=(0,),
        job_retries=2,
    )


@pytest.fixture()
def app(settings, redis_conn):
    from services.api.app import create_app

    return create_app(settings)


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def curator() -> dict[str, str]:
    return {"Authorization": f"Bearer {CURATOR_TOKEN}"}


@pytest.fixture()
def run_checks(redis_conn, settings):
    """Run every queued job now in this process (RQ's SimpleWorker, burst mode)."""

    def run() -> None:
        queue = Queue(settings.queue, connection=redis_conn)
        SimpleWorker([queue], connection=redis_conn).work(burst=True, with_scheduler=True)

    return run


def reference_lines() -> list[dict]:
    """The sample reference events the tests load (a copy kept under tests/data)."""
    return [json.loads(line) for line in (DATA / "references.jsonl").read_text().splitlines() if line.strip()]


@pytest.fixture()
def seed_report() -> dict:
    """The founding report as a client submits it (text and anchor only)."""
    doc = json.loads((DATA / "seed_report.json").read_text())
    return {"text": doc["text"], "published_at": doc["published_at"]}
