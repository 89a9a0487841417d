"""The loader command, run as a real process against the test Redis: import, report bad lines, export."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import DATA, ROOT, reference_lines


def run_loader(redis_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "REDIS_URL": redis_url}
    command = [sys.executable, "-m", "services.api.loader", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_loader_imports_good_lines_reports_bad_ones_and_exports(redis_server, redis_conn, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text((DATA / "references.jsonl").read_text() + '{"id": "x", "event_type": "party"}\n')
    imported = run_loader(redis_server.url, str(source))
    assert imported.returncode == 1
    result = json.loads(imported.stdout)
    assert result["stored"] == len(reference_lines()) and result["failed"] == 1
    assert {e["field"] for e in result["errors"]} >= {"event_type", "title"}
    target = tmp_path / "out.jsonl"
    assert run_loader(redis_server.url, "--export", str(target)).returncode == 0
    exported = [json.loads(line) for line in target.read_text().splitlines()]
    assert sorted(r["id"] for r in exported) == sorted(r["id"] for r in reference_lines())
    assert all(r["version"] == 1 for r in exported)
