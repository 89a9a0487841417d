"""The gateway's app factory and its generated OpenAPI document."""

from services.api.app import create_app


def test_factory_builds_an_app_from_given_settings(settings, redis_conn):
    app = create_app(settings)
    assert app.extensions["claimcheck"].settings is settings


def test_openapi_document_lists_the_contract_paths(client):
    spec = client.get("/openapi.json").get_json()
    for path in ("/v1/reports", "/v1/reports/{report_id}", "/v1/reports/{report_id}/flagged", "/v1/references"):
        assert path in spec["paths"]
    assert "Report" in spec["components"]["schemas"]


def test_healthz_answers_without_dependencies(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_readyz_reports_redis_and_extractor(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json()["checks"] == {"redis": True, "extractor": True}


def test_unknown_routes_and_methods_get_json_404_and_405(client):
    assert client.get("/nope").get_json()["code"] == 404
    assert client.post("/healthz", data="x", content_type="text/plain").get_json()["code"] == 405
