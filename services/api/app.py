"""The gateway's application factory: Flask + flask-smorest, blueprints, one error envelope."""

from __future__ import annotations

from flask import Flask, request
from flask_smorest import Api

from services.api import errors, health, references, reports
from services.api.context import Context
from shared.settings import Settings

WRITE_METHODS = {"POST", "PUT", "PATCH"}
JSON_TYPES = {"application/json"}
JSONL_TYPES = {"application/x-ndjson", "application/jsonl", "application/json-lines", "text/plain"}


def create_app(settings: Settings | None = None) -> Flask:
    """Build a gateway app; ``settings`` default to the environment."""
    settings = settings or Settings.from_env()
    app = Flask("claimcheck-api")
    app.config.update(
        API_TITLE="claimcheck",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
    )
    app.json.sort_keys = False  # keep the contract's field order ("id", "status", ... "summary")
    app.extensions["claimcheck"] = Context.build(settings)
    api = Api(app, spec_kwargs={"info": {"description": "Check event claims in news reports."}})
    for blueprint in (reports.blp, references.blp, health.blp):
        api.register_blueprint(blueprint)
    errors.register(app)
    app.before_request(_require_json_body)
    return app


def _require_json_body():
    """415 for a write whose body is not JSON (JSON Lines for the bulk import)."""
    if request.method not in WRITE_METHODS or request.routing_exception is not None:
        return None  # unknown routes and methods get their own 404/405
    if request.content_length is not None and request.content_length > request.max_content_length:
        return errors.error_response(413, errors.MSG_TOO_LARGE.format(limit=request.max_content_length))
    allowed = JSONL_TYPES | JSON_TYPES if request.path.endswith("/import") else JSON_TYPES
    if request.mimetype not in allowed:
        return errors.error_response(415, errors.MSG_NOT_JSON)
    return None
