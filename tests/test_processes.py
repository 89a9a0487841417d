"""The suite as real processes: a queued check survives a dead checker; the demo runs end to end."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import psutil
import redis
import requests

from shared.redis_server import free_port
from tests.conftest import ROOT, spawn, stop


def _wait_status(client, report_id: str, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.get(f"/v1/reports/{report_id}").get_json()["status"]
        if status != "checking":
            return status
        time.sleep(0.2)
    return "checking"


def test_report_queued_while_the_checker_is_dead_is_checked_by_the_next_one(client, settings, seed_report):
    env = {"REDIS_URL": settings.redis_url, "CLAIMCHECK_QUEUE": settings.queue}
    first = spawn(["-m", "services.checker"], env)
    time.sleep(1.0)
    os.killpg(first.pid, signal.SIGKILL)  # the worker and its scheduler die together, as in an OOM kill
    first.wait()
    report_id = client.post("/v1/reports", json=seed_report).get_json()["id"]
    assert client.get(f"/v1/reports/{report_id}").get_json()["status"] == "checking"
    second = spawn(["-m", "services.checker"], env)
    try:
        assert _wait_status(client, report_id) == "done"
    finally:
        stop(second)


def test_gateway_process_serves_reports_end_to_end(settings, seed_report, extractor_url, redis_conn):
    port = free_port()
    env = {"REDIS_URL": settings.redis_url, "CLAIMCHECK_EXTRACTOR_URL": extractor_url, "CLAIMCHECK_WEB_WORKERS": "1"}
    api = spawn(["-m", "services.api", "--port", str(port)], env)
    checker = spawn(["-m", "services.checker"], env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(base + "/readyz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.1)
        accepted = requests.post(base + "/v1/reports", json=seed_report, timeout=10)
        assert accepted.status_code == 202
        location = base + accepted.headers["Location"]
        deadline = time.monotonic() + 60
        while requests.get(location, timeout=5).json()["status"] == "checking" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert requests.get(location, timeout=5).json()["status"] == "done"
        error = requests.post(base + "/v1/reports", data="x", headers={"Content-Type": "text/plain"}, timeout=5)
        assert error.status_code == 415 and error.json()["message"]
    finally:
        stop(api)
        stop(checker)


def test_demo_prints_the_checked_founding_report_and_leaves_no_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "CLAIMCHECK_API_PORT")}
    env["CLAIMCHECK_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "suite", "demo"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["status"] == "done"
    assert {c["attribute"] for c in report["claims"]} == {"date", "duration", "participants", "venue"}
    leftovers = subprocess.run(["pgrep", "-f", str(tmp_path)], capture_output=True, text=True).stdout.split()
    assert leftovers == []


def test_accepted_report_and_its_job_survive_a_redis_crash(tmp_path, extractor_url, seed_report):
    from rq import Queue

    from services.api.app import create_app
    from shared.redis_server import RedisServer
    from shared.settings import Settings
    from shared.storage import Store

    server = RedisServer(tmp_path / "redis").start()
    restarted = None
    try:
        settings = Settings(redis_url=server.url, extractor_url=extractor_url)
        report_id = create_app(settings).test_client().post("/v1/reports", json=seed_report).get_json()["id"]
        server.process.kill()  # SIGKILL: no chance to flush anything on the way out
        server.process.wait()
        restarted = RedisServer(tmp_path / "redis", port=server.port).start()
        connection = redis.Redis.from_url(restarted.url)
        assert Store(connection).get_report(report_id).status.value == "checking"
        assert any(report_id in job_id for job_id in Queue(settings.queue, connection=connection).job_ids)
    finally:
        server.stop()
        if restarted:
            restarted.stop()


def _claim_of(client, report_id: str, attribute: str) -> dict:
    report = client.get(f"/v1/reports/{report_id}").get_json()
    return next(c for c in report["claims"] if c["attribute"] == attribute and c["event"]["type"] == "phone_call")


def test_changed_reference_is_rechecked_by_a_running_checker(client, settings, seed_report, curator):
    from tests.conftest import reference_lines

    lines = reference_lines()
    body = "\n".join(json.dumps(line) for line in lines)
    client.post("/v1/references/import", data=body, content_type="application/x-ndjson", headers=curator)
    checker = spawn(["-m", "services.checker"], {"REDIS_URL": settings.redis_url, "CLAIMCHECK_QUEUE": settings.queue})
    try:
        report_id = client.post("/v1/reports", json=seed_report).get_json()["id"]
        assert _wait_status(client, report_id) == "done"
        assert _claim_of(client, report_id, "duration")["verdict"]["status"] == "unverifiable"
        call = next(line for line in lines if line["id"] == "trump-xi-call-2026-02-04")
        changed = {**call, "duration_minutes": 120, "duration_note": "about two hours (test source)"}
        assert client.put(f"/v1/references/{call['id']}", json=changed, headers=curator).status_code == 200
        deadline = time.monotonic() + 60
        while _claim_of(client, report_id, "duration")["verdict"]["status"] != "supported":
            assert time.monotonic() < deadline, "the re-check never happened"
            time.sleep(0.2)
        claim = _claim_of(client, report_id, "duration")
        assert claim["verdict"]["reference_version"] == 2
        assert claim["history"][-1]["status"] == "unverifiable"
    finally:
        stop(checker)


def test_up_serves_until_sigterm_then_stops_every_child(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(CLAIMCHECK_DATA_DIR=str(tmp_path), CLAIMCHECK_API_PORT=str(port))
    suite = subprocess.Popen([sys.executable, "-m", "suite", "up"], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        ready = False
        while not ready and time.monotonic() < deadline and suite.poll() is None:
            try:
                ready = requests.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200
            except requests.RequestException:
                time.sleep(0.2)
        assert ready
        assert requests.get(f"http://127.0.0.1:{port}/v1/references?limit=1", timeout=5).json()["total"] == 0
        children = psutil.Process(suite.pid).children(recursive=True)
        assert len(children) >= 4  # redis-server, extractor, gateway, checker (and their workers)
        suite.send_signal(signal.SIGTERM)
        suite.wait(timeout=60)
        _, alive = psutil.wait_procs(children, timeout=15)
        assert alive == []
    finally:
        if suite.poll() is None:
            suite.kill()
    assert (tmp_path / "redis" / "appendonlydir").exists() or (tmp_path / "redis" / "appendonly.aof").exists()
