"""Check jobs on a real Redis with RQ's worker: verdicts stored, failures end ``failed``, re-checks."""

from __future__ import annotations

from datetime import date

from services.api.loader import load_file
from shared.storage import Store, ref_key
from tests.conftest import DATA

EXPECTED_SEED_VERDICTS = {
    ("date", "2026-02-04", "trump-xi-call-2026-02-04"): "supported",
    ("date", "2025-10", "trump-xi-busan-2025-10-30"): "supported",
    ("date", "2025-11", None): "unverifiable",
    ("date", "2026-04", None): "unverifiable",
}


def load_sample(redis_conn, settings) -> None:
    from rq import Queue

    load_file(Store(redis_conn), Queue(settings.queue, connection=redis_conn), DATA / "references.jsonl", settings)


def submit(client, body) -> str:
    response = client.post("/v1/reports", json=body)
    assert response.status_code == 202
    return response.get_json()["id"]


def test_checked_seed_report_ends_done_with_cited_verdicts(client, redis_conn, settings, run_checks, seed_report):
    load_sample(redis_conn, settings)
    report_id = submit(client, seed_report)
    run_checks()
    report = client.get(f"/v1/reports/{report_id}").get_json()
    assert report["status"] == "done"
    assert report["summary"]["pending"] == 0
    dates = {
        (c["attribute"], c["value"]["value"], c["verdict"]["reference_id"]): c["verdict"]["status"]
        for c in report["claims"]
        if c["attribute"] == "date"
    }
    for key, status in EXPECTED_SEED_VERDICTS.items():
        assert dates.get(key) == status, key
    supported = [c for c in report["claims"] if c["verdict"]["status"] == "supported"]
    assert all(c["verdict"]["sources"] and c["verdict"]["explanation"] for c in supported)


def test_flagged_lists_only_contradicted_and_unverifiable(client, redis_conn, settings, run_checks, seed_report):
    load_sample(redis_conn, settings)
    report_id = submit(client, seed_report)
    run_checks()
    flagged = client.get(f"/v1/reports/{report_id}/flagged").get_json()
    assert flagged["claims"]
    assert {c["verdict"]["status"] for c in flagged["claims"]} <= {"contradicted", "unverifiable"}


def test_check_that_keeps_failing_ends_failed_with_the_reason(client, redis_conn, run_checks, seed_report):
    redis_conn.set(ref_key("corrupt"), "{not json")
    day = date(2026, 2, 4).toordinal()
    redis_conn.zadd("cc:refidx:start", {"corrupt": day})
    redis_conn.zadd("cc:refidx:name:xi jinping", {"corrupt": day})
    report_id = submit(client, seed_report)
    run_checks()
    report = client.get(f"/v1/reports/{report_id}").get_json()
    assert report["status"] == "failed"
    assert "JSONDecodeError" in report["error"]


def test_new_reference_rechecks_stored_reports_and_keeps_history(
    client, redis_conn, settings, run_checks, seed_report, curator
):
    report_id = submit(client, seed_report)
    run_checks()
    before = client.get(f"/v1/reports/{report_id}").get_json()
    assert before["summary"]["supported"] == 0
    call = next(line for line in _lines() if line["id"] == "trump-xi-call-2026-02-04")
    assert client.post("/v1/references", json=call, headers=curator).status_code == 201
    run_checks()
    after = client.get(f"/v1/reports/{report_id}").get_json()
    rechecked = [c for c in after["claims"] if c["verdict"]["reference_id"] == "trump-xi-call-2026-02-04"]
    assert rechecked and all(c["verdict"]["reference_version"] == 1 for c in rechecked)
    assert all(c["history"][-1]["status"] == "unverifiable" for c in rechecked)


def test_claimreview_has_one_item_per_claim(client, redis_conn, settings, run_checks, seed_report):
    load_sample(redis_conn, settings)
    report_id = submit(client, seed_report)
    run_checks()
    report = client.get(f"/v1/reports/{report_id}").get_json()
    graph = client.get(f"/v1/reports/{report_id}/claimreview").get_json()["@graph"]
    assert len(graph) == len(report["claims"])
    assert {g["reviewRating"]["alternateName"] for g in graph} <= {"supported", "contradicted", "unverifiable"}
    assert all(g["@type"] == "ClaimReview" and g["claimReviewed"] for g in graph)


def _lines():
    from tests.conftest import reference_lines

    return reference_lines()


def test_reference_at_a_reports_venue_rechecks_it_even_when_nobody_is_named(client, run_checks, curator):
    text = "The two-day summit opened in Reykjavik, Iceland, on Saturday."
    report_id = submit(client, {"text": text, "published_at": "1986-10-13T08:00:00Z"})
    run_checks()
    assert client.get(f"/v1/reports/{report_id}").get_json()["summary"]["supported"] == 0
    summit = next(line for line in _lines() if line["id"] == "reagan-gorbachev-reykjavik-1986")
    assert client.post("/v1/references", json=summit, headers=curator).status_code == 201
    run_checks()
    claims = client.get(f"/v1/reports/{report_id}").get_json()["claims"]
    venue = next(c for c in claims if c["attribute"] == "venue")
    assert venue["verdict"]["status"] == "supported"
    assert venue["verdict"]["reference_id"] == summit["id"]
