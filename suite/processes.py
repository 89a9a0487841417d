"""Start, watch and stop the suite's processes on one machine (``make up``, ``make demo``, tests)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from shared.redis_server import RedisServer, free_port
from shared.settings import Settings


class SuiteError(RuntimeError):
    """A process of the suite failed to start or died."""


@dataclass
class Suite:
    """The suite's child processes and where they listen.

    :ivar settings: the configuration they were started with.
    :ivar api_port: the gateway's port.
    :ivar redis_url: the Redis every process uses.
    :ivar checkers: how many checker workers to run.
    """

    settings: Settings
    api_port: int
    checkers: int = 1
    redis_url: str = ""
    redis: RedisServer | None = None
    children: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    def start(self, log_dir: Path) -> Suite:
        """Start Redis (unless ``REDIS_URL`` is set), extractor, gateway and checkers; wait until ready."""
        log_dir.mkdir(parents=True, exist_ok=True)
        self.redis_url = self.settings.redis_url
        if not self.redis_url:
            self.redis = RedisServer(self.settings.data_dir / "redis").start()
            self.redis_url = self.redis.url
        extractor_port = self.settings.extractor_port or free_port()
        env = {
            **os.environ,
            "REDIS_URL": self.redis_url,
            "CLAIMCHECK_EXTRACTOR_URL": f"http://127.0.0.1:{extractor_port}",
            "PYTHONUNBUFFERED": "1",
        }
        self._spawn("extractor", ["-m", "services.extractor", "--port", str(extractor_port)], env, log_dir)
        self._spawn("api", ["-m", "services.api", "--port", str(self.api_port)], env, log_dir)
        for n in range(self.checkers):
            self._spawn(f"checker-{n + 1}", ["-m", "services.checker"], env, log_dir)
        self.wait_ready()
        return self

    def _spawn(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        log = (log_dir / f"{name}.log").open("ab")
        self.children[name] = subprocess.Popen([sys.executable, *args], env=env, stdout=log, stderr=log)

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Poll ``/readyz`` until Redis and the extractor answer; fail fast if a child dies."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                if requests.get(f"{self.api_url}/readyz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise SuiteError(f"the suite was not ready within {timeout:.0f}s")

    def check_alive(self) -> None:
        for name, child in self.children.items():
            if child.poll() is not None:
                raise SuiteError(f"{name} exited with code {child.returncode}")

    def stop(self) -> None:
        """SIGTERM every child, wait for each, kill stragglers; then stop the embedded Redis."""
        for child in self.children.values():
            if child.poll() is None:
                child.terminate()
        for child in self.children.values():
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        self.children.clear()
        if self.redis:
            self.redis.stop()
            self.redis = None
