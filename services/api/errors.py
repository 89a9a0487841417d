"""One error envelope for the whole API: ``{"code", "status", "message", "errors"}``.

Every 4xx/5xx — including the ones Flask, Werkzeug and webargs raise on their own — goes
through :func:`register`, so a client never sees an HTML page or a bare 500.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

MSG_NOT_JSON = "Content-Type must be application/json (field: body)."
MSG_BAD_JSON = "Malformed JSON in request body (field: body)."
MSG_TOO_LARGE = "Request body exceeds {limit} bytes (field: body)."
MSG_REPORT_NOT_FOUND = "No report with id '{id}' (field: id)."
MSG_REFERENCE_NOT_FOUND = "No reference event with id '{id}' (field: id)."
MSG_REFERENCE_EXISTS = "A reference event with id '{id}' already exists; use PUT to replace it (field: id)."
MSG_ID_MISMATCH = "Body id '{body}' does not match the URL id '{url}' (field: id)."
MSG_TOKEN_MISSING = "Missing curator token: send 'Authorization: Bearer <token>' (field: Authorization)."
MSG_TOKEN_WRONG = "The curator token is not valid (field: Authorization)."
MSG_WRITES_DISABLED = "Reference writes are disabled: CLAIMCHECK_CURATOR_TOKEN is not set (field: Authorization)."
MSG_EXTRACTOR_DOWN = "The extractor is unavailable; nothing was stored. Retry later."


class ApiError(Exception):
    """Base of every error the views raise on purpose."""

    def __init__(self, code: int, message: str, errors: dict[str, Any] | None = None, headers=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.errors = errors or {}
        self.headers = headers or {}


def error_response(code: int, message: str, errors: dict[str, Any] | None = None, headers=None) -> Response:
    body = {"code": code, "status": HTTPStatus(code).phrase, "message": message, "errors": errors or {}}
    response = jsonify(body)
    response.status_code = code
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _flatten(errors: Any, prefix: str = "") -> list[str]:
    """``{"json": {"text": ["Missing"]}}`` → ``["text: Missing"]`` for the message line."""
    if isinstance(errors, dict):
        out = []
        for key, value in errors.items():
            key = "body" if key == "_schema" else key
            name = str(key) if prefix in ("", "json", "query", "querystring") else f"{prefix}.{key}"
            out += _flatten(value, "" if key in ("json", "query", "querystring") else name)
        return out
    if isinstance(errors, list) and all(isinstance(e, str) for e in errors):
        return [f"{prefix}: {' '.join(errors)}" if prefix else " ".join(errors)]
    if isinstance(errors, list):
        return [m for e in errors for m in _flatten(e, prefix)]
    return [f"{prefix}: {errors}" if prefix else str(errors)]


def _from_http_exception(exc: HTTPException) -> Response:
    code = exc.code or 500
    data = getattr(exc, "data", None) or {}
    messages = data.get("messages") if isinstance(data, dict) else None
    if messages:
        flat = _flatten(messages)
        message = "Invalid input: " + "; ".join(flat)
        if any("Invalid JSON body" in m for m in flat):
            message = MSG_BAD_JSON
        return error_response(code, message, messages)
    if code == 413:
        return error_response(413, MSG_TOO_LARGE.format(limit="the size limit"))
    return error_response(code, exc.description or HTTPStatus(code).phrase)


def register(app: Flask) -> None:
    """Install the JSON error handlers on ``app``."""
    app.register_error_handler(ApiError, lambda e: error_response(e.code, e.message, e.errors, e.headers))
    app.register_error_handler(HTTPException, _from_http_exception)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        app.logger.exception("unhandled error")
        return error_response(500, "Internal error; nothing was changed by this request.")
