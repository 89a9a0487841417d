"""The curated store over HTTP: auth on writes, versions, deprecation, listing, bulk import/export."""

from __future__ import annotations

import json

import pytest

from services.api.app import create_app
from tests.conftest import reference_lines

BUSAN = next(r for r in reference_lines() if r["id"] == "trump-xi-busan-2025-10-30")


def test_created_reference_reads_back_with_every_field(client, curator):
    response = client.post("/v1/references", json=BUSAN, headers=curator)
    assert response.status_code == 201
    stored = client.get("/v1/references/trump-xi-busan-2025-10-30").get_json()
    for key, value in BUSAN.items():
        assert stored[key] == value
    assert stored["version"] == 1 and stored["rank"] == "normal" and stored["updated_at"]


def test_every_sample_reference_is_accepted(client, curator):
    for line in reference_lines():
        assert client.post("/v1/references", json=line, headers=curator).status_code == 201


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": "Basic abc"}, 401)],
    ids=["no-token", "wrong-token", "not-bearer"],
)
def test_writes_need_the_curator_token(client, headers, status):
    response = client.post("/v1/references", json=BUSAN, headers=headers)
    assert response.status_code == status
    assert "Authorization" in response.get_json()["message"]
    assert client.get("/v1/references/trump-xi-busan-2025-10-30").status_code == 404


def test_writes_are_refused_when_no_token_is_configured(settings, redis_conn, curator):
    from dataclasses import replace

    client = create_app(replace(settings, curator_token="")).test_client()
    assert client.post("/v1/references", json=BUSAN, headers=curator).status_code == 403


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"event_type": "picnic"}, "event_type"),
        ({"start": "2025-13-40"}, "start"),
        ({"participants": []}, "participants"),
        ({"sources": [{"url": "x", "title": "t"}]}, "sources"),
        ({"end": "2025-10-01"}, "end"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_invalid_reference_is_rejected_naming_the_field(client, curator, change, field):
    response = client.post("/v1/references", json={**BUSAN, **change}, headers=curator)
    assert response.status_code == 422
    assert field in response.get_json()["message"]


def test_duplicate_create_is_a_conflict(client, curator):
    client.post("/v1/references", json=BUSAN, headers=curator)
    assert client.post("/v1/references", json=BUSAN, headers=curator).status_code == 409


def test_replace_bumps_the_version_and_keeps_history(client, curator):
    client.post("/v1/references", json=BUSAN, headers=curator)
    changed = {**BUSAN, "duration_minutes": 110}
    response = client.put("/v1/references/trump-xi-busan-2025-10-30", json=changed, headers=curator)
    assert response.get_json()["version"] == 2
    history = client.get("/v1/references/trump-xi-busan-2025-10-30/history").get_json()["versions"]
    assert [v["version"] for v in history] == [1, 2]
    assert [v["duration_minutes"] for v in history] == [100, 110]
    assert all(v["updated_at"] for v in history)


def test_deprecated_reference_stays_readable_but_is_not_listed(client, curator):
    client.post("/v1/references", json=BUSAN, headers=curator)
    response = client.delete("/v1/references/trump-xi-busan-2025-10-30", headers=curator)
    assert response.get_json()["rank"] == "deprecated"
    assert client.get("/v1/references/trump-xi-busan-2025-10-30").get_json()["rank"] == "deprecated"
    assert client.get("/v1/references?participant=Trump").get_json()["total"] == 0


def test_listing_filters_by_participant_type_and_dates(client, curator):
    for line in reference_lines():
        client.post("/v1/references", json=line, headers=curator)
    by_alias = client.get("/v1/references?participant=President Xi").get_json()
    assert by_alias["total"] == 4
    calls = client.get("/v1/references?participant=Xi Jinping&type=video_call").get_json()
    assert [r["id"] for r in calls["items"]] == ["xi-putin-video-2026-02-04"]
    window = client.get("/v1/references?from=2026-01-01&to=2026-12-31&limit=1").get_json()
    assert window["total"] == 2 and len(window["items"]) == 1 and window["next_offset"] == 1
    assert client.get("/v1/references?from=yesterday").status_code == 422
    assert "bogus" in client.get("/v1/references?bogus=1").get_json()["message"]


def test_bulk_import_stores_good_lines_and_reports_bad_ones(client, curator):
    good = [json.dumps(line) for line in reference_lines()[:2]]
    bad = json.dumps({**BUSAN, "id": "broken", "start": "someday"})
    body = "\n".join([good[0], "{oops", bad, good[1]])
    response = client.post("/v1/references/import", data=body, content_type="application/x-ndjson", headers=curator)
    result = response.get_json()
    assert result["stored"] == 2 and result["failed"] == 2
    assert {(e["line"], e["field"]) for e in result["errors"]} == {(2, "line"), (3, "start")}
    assert client.get("/v1/references/broken").status_code == 404


def test_export_round_trips_through_import(client, curator):
    for line in reference_lines():
        client.post("/v1/references", json=line, headers=curator)
    client.delete("/v1/references/trump-xi-busan-2025-10-30", headers=curator)
    exported = client.get("/v1/references/export").get_data(as_text=True)
    assert {json.loads(line)["id"] for line in exported.splitlines()} == {r["id"] for r in reference_lines()}
    response = client.post("/v1/references/import", data=exported, content_type="application/x-ndjson", headers=curator)
    assert response.get_json() == {"stored": len(reference_lines()), "failed": 0, "errors": []}
    again = client.get("/v1/references/trump-xi-busan-2025-10-30").get_json()
    assert again["rank"] == "deprecated" and again["version"] == 3
