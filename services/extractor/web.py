"""The extractor's HTTP adapter: ``POST /v1/extract`` around the pure :func:`extract`.

Kept apart from the extraction modules, which never import Flask.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Flask, jsonify, request
from marshmallow import ValidationError, fields

from services.extractor import Lexicon, extract
from shared.schemas import ReportCreateSchema


class ExtractRequestSchema(ReportCreateSchema):
    """The gateway's request: the report body plus the store's lexicon for the names in it."""

    lexicon = fields.Dict(load_default=None, allow_none=True)


SCHEMA = ExtractRequestSchema()


def _error(code: int, message: str, errors: dict[str, Any] | None = None):
    response = jsonify({"code": code, "message": message, "errors": errors or {}})
    response.status_code = code
    return response


def create_app() -> Flask:
    """Build the extractor app (stateless: everything it needs comes in the request)."""
    app = Flask("claimcheck-extractor")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    @app.post("/v1/extract")
    def extract_view():
        payload = request.get_json(silent=True)
        if not isinstance(payload, dict):
            return _error(400, "Body must be a JSON object (field: body).")
        try:
            body = SCHEMA.load(payload)
        except ValidationError as exc:
            fields_named = ", ".join(sorted(exc.messages))
            return _error(422, f"Invalid input in: {fields_named}.", exc.messages)
        anchor = body["published_at"] or datetime.now(UTC)
        lexicon = Lexicon.from_dict(body["lexicon"]) if body.get("lexicon") else None
        claims = extract(body["text"], anchor, lexicon)
        return {"published_at": anchor.isoformat(), "claims": [c.to_dict() for c in claims]}

    return app
