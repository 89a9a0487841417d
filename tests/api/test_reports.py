"""Submitting reports: 202 means stored and queued; bad input is a JSON 4xx naming the field."""

from __future__ import annotations

import pytest
from rq import Queue

from services.api.app import create_app
from shared.redis_server import free_port
from shared.settings import Settings

VALID = {"text": "US President Donald Trump met Chinese President Xi Jinping on Tuesday in Busan, South Korea."}


def stored_reports(redis_conn) -> int:
    return len(list(redis_conn.scan_iter("cc:report:*")))


def test_accepted_report_is_stored_and_its_check_queued(client, redis_conn, settings):
    body = {**VALID, "published_at": "2025-10-31T01:30:00Z", "title": "t", "source_url": "https://example.org/a"}
    response = client.post("/v1/reports", json=body)
    assert response.status_code == 202
    data = response.get_json()
    assert data["status"] == "checking"
    assert response.headers["Location"] == f"/v1/reports/{data['id']}"
    assert client.get(response.headers["Location"]).get_json()["id"] == data["id"]
    assert Queue(settings.queue, connection=redis_conn).count == 1
    assert data["summary"]["pending"] == len(data["claims"]) > 0


def test_claims_carry_spans_into_the_text(client):
    data = client.post("/v1/reports", json=VALID).get_json()
    for claim in data["claims"]:
        start, end = claim["span"]
        assert VALID["text"][start:end] == claim["mention"]


def test_published_at_defaults_to_now(client):
    data = client.post("/v1/reports", json=VALID).get_json()
    assert data["published_at"].startswith("20")


@pytest.mark.parametrize(
    ("kwargs", "status", "field"),
    [
        ({"data": "{not json", "content_type": "application/json"}, 400, "body"),
        ({"json": {"text": 42}}, 422, "text"),
        ({"json": {"text": "ok", "published_at": "yesterday"}}, 422, "published_at"),
        ({"json": {"text": "ok", "colour": "red"}}, 422, "colour"),
        ({"json": {"text": "   "}}, 422, "text"),
        ({"json": {}}, 422, "text"),
        ({"json": ["text"]}, 422, "body"),
        ({"json": {"text": "ok", "source_url": "not a url"}}, 422, "source_url"),
        ({"data": "text=hi", "content_type": "text/plain"}, 415, "body"),
        ({"json": {"text": "x" * (1024 * 1024 + 10)}}, 413, "body"),
    ],
    ids=[
        "malformed",
        "wrong-type",
        "bad-date",
        "unknown-field",
        "blank",
        "missing",
        "not-object",
        "bad-url",
        "not-json",
        "too-large",
    ],
)
def test_bad_input_is_a_json_error_naming_the_field_and_stores_nothing(client, redis_conn, kwargs, status, field):
    response = client.post("/v1/reports", **kwargs)
    assert response.status_code == status
    error = response.get_json()
    assert error["code"] == status
    assert field in error["message"]
    assert stored_reports(redis_conn) == 0


def test_unknown_report_is_a_json_404(client):
    response = client.get("/v1/reports/nope")
    assert response.status_code == 404
    assert "id" in response.get_json()["message"]


def test_extractor_down_answers_503_with_retry_after_and_stores_nothing(redis_server, redis_conn):
    dead = Settings(redis_url=redis_server.url, extractor_url=f"http://127.0.0.1:{free_port()}", extractor_timeout=1)
    client = create_app(dead).test_client()
    response = client.post("/v1/reports", json=VALID)
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert "extractor" in response.get_json()["message"]
    assert stored_reports(redis_conn) == 0
    assert client.get("/readyz").status_code == 503


def test_extract_endpoint_returns_claims_and_stores_nothing(client, redis_conn):
    response = client.post("/v1/extract", json={**VALID, "published_at": "2025-10-31T01:30:00Z"})
    assert response.status_code == 200
    attributes = {c["attribute"] for c in response.get_json()["claims"]}
    assert {"date", "participants", "venue"} <= attributes
    assert stored_reports(redis_conn) == 0


def test_naive_published_at_is_read_as_utc(client):
    data = client.post("/v1/reports", json={**VALID, "published_at": "2025-10-31T01:30:00"}).get_json()
    assert data["published_at"] == "2025-10-31T01:30:00Z"
