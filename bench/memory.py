"""Extractor memory: the resident set size of a fresh process that has extracted from every report.

Measured in a child process so the benchmark's own imports (dateparser, datefinder, redis) do not count.
The child is this module: ``python -m bench.memory extractor CORPUS`` prints one JSON line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.stats import ratio

MB = 1024 * 1024
_REPO = Path(__file__).resolve().parent.parent


@dataclass
class MemoryResult:
    """Resident set sizes in MB (``None`` for a child that failed)."""

    extractor_rss_mb: float | None
    python_rss_mb: float | None
    flask_rss_mb: float | None
    error: str | None = None

    @property
    def extractor_over_flask(self) -> float | None:
        return ratio(self.extractor_rss_mb, self.flask_rss_mb)


def _rss_mb() -> float:
    import psutil  # noqa: PLC0415 - imported late: the child imports it after the code under test

    return psutil.Process().memory_info().rss / MB


def _child_extractor(corpus: Path) -> dict:
    from bench.corpus import load_articles  # noqa: PLC0415
    from services.extractor import extract  # noqa: PLC0415

    articles = load_articles(corpus)
    claims = sum(len(extract(a.text, a.published_at)) for a in articles)
    return {"rss_mb": _rss_mb(), "claims": claims}


def _child_flask() -> dict:
    import flask  # noqa: F401, PLC0415 - the import is the measurement

    return {"rss_mb": _rss_mb()}


def _run_child(*args: str) -> tuple[float | None, str | None]:
    command = [sys.executable, "-m", "bench.memory", *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=_REPO, timeout=600)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, tail
    return float(json.loads(done.stdout.strip().splitlines()[-1])["rss_mb"]), None


def measure(corpus: Path) -> MemoryResult:
    """RSS of the extractor child, with bare-python and Flask children for context."""
    extractor, error = _run_child("extractor", str(corpus))
    python, _ = _run_child("python")
    flask, _ = _run_child("flask")
    return MemoryResult(extractor, python, flask, error)


def main(argv: list[str]) -> None:
    kind = argv[0]
    if kind == "extractor":
        result = _child_extractor(Path(argv[1]))
    elif kind == "flask":
        result = _child_flask()
    else:
        result = {"rss_mb": _rss_mb()}
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
