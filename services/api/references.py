"""The curated reference store: create, replace, deprecate, list, history, bulk import/export.

Every write needs ``Authorization: Bearer $CLAIMCHECK_CURATOR_TOKEN`` and queues a re-check
of the reports the change may affect.
"""

from __future__ import annotations

import hmac
from functools import wraps
from typing import Any

from flask import Response, request, url_for
from flask_smorest import Blueprint
from marshmallow import RAISE

from services.api import errors
from services.api.context import context
from shared import jobs
from shared.model import ReferenceEvent
from shared.reference_io import parse_jsonl, to_jsonl
from shared.schemas import (
    ErrorEnvelopeSchema,
    ImportResultSchema,
    ReferenceEventSchema,
    ReferenceListSchema,
    ReferenceOutSchema,
    ReferenceQuerySchema,
)

blp = Blueprint("references", __name__, url_prefix="/v1", description="The curated reference store")


def require_curator(view):
    """401 without a bearer token, 403 with a wrong one; refuse all writes when none is configured."""

    @wraps(view)
    def guarded(*args, **kwargs):
        expected = context().settings.curator_token
        header = request.headers.get("Authorization", "")
        if not expected:
            raise errors.ApiError(403, errors.MSG_WRITES_DISABLED)
        if not header.startswith("Bearer ") or not header[7:].strip():
            raise errors.ApiError(401, errors.MSG_TOKEN_MISSING, headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(header[7:].strip().encode(), expected.encode()):
            raise errors.ApiError(403, errors.MSG_TOKEN_WRONG)
        return view(*args, **kwargs)

    return guarded


def _load(ref_id: str) -> ReferenceEvent:
    ref = context().store.get_reference(ref_id)
    if ref is None:
        raise errors.ApiError(404, errors.MSG_REFERENCE_NOT_FOUND.format(id=ref_id))
    return ref


def _save(refs: list[ReferenceEvent]) -> list[ReferenceEvent]:
    ctx = context()
    return jobs.store_references(ctx.store, ctx.queue, refs, ctx.settings)


@blp.route("/references", methods=["POST"])
@blp.arguments(ReferenceEventSchema)
@blp.response(201, ReferenceOutSchema)
@blp.alt_response(409, schema=ErrorEnvelopeSchema)
@require_curator
def create_reference(ref: ReferenceEvent):
    """Add one reference event (the references.jsonl format)."""
    if context().store.get_reference(ref.id) is not None:
        raise errors.ApiError(409, errors.MSG_REFERENCE_EXISTS.format(id=ref.id))
    stored = _save([ref])[0]
    return stored.to_dict(), 201, {"Location": url_for("references.get_reference", ref_id=ref.id)}


@blp.route("/references/<ref_id>", methods=["PUT"])
@blp.arguments(ReferenceEventSchema)
@blp.response(200, ReferenceOutSchema)
@require_curator
def replace_reference(ref: ReferenceEvent, ref_id: str):
    """Replace a reference; its version goes up by one and the old one stays in its history."""
    if ref.id != ref_id:
        raise errors.ApiError(
            422, errors.MSG_ID_MISMATCH.format(body=ref.id, url=ref_id), {"json": {"id": ["mismatch"]}}
        )
    return _save([ref])[0].to_dict()


@blp.route("/references/<ref_id>", methods=["DELETE"])
@blp.response(200, ReferenceOutSchema)
@require_curator
def deprecate_reference(ref_id: str):
    """Deprecate a reference: still readable, never matched again; nothing is erased."""
    ref = _load(ref_id)
    ref.rank = "deprecated"
    return _save([ref])[0].to_dict()


@blp.route("/references/<ref_id>")
@blp.response(200, ReferenceOutSchema)
@blp.alt_response(404, schema=ErrorEnvelopeSchema)
def get_reference(ref_id: str):
    """One reference event, current version."""
    return _load(ref_id).to_dict()


@blp.route("/references/<ref_id>/history")
@blp.response(200)
@blp.alt_response(404, schema=ErrorEnvelopeSchema)
def reference_history(ref_id: str):
    """Every version of a reference, oldest first, each with when it changed."""
    _load(ref_id)
    return {"id": ref_id, "versions": context().store.reference_history(ref_id)}


@blp.route("/references")
@blp.arguments(ReferenceQuerySchema, location="query", unknown=RAISE)
@blp.response(200, ReferenceListSchema)
def list_references(query: dict[str, Any]):
    """List live references by start date, filtered by participant (or alias), type and start range."""
    offset, limit = query["offset"], query["limit"]
    refs, total = context().store.page_references(
        query.get("participant"), query.get("type"), query.get("from_"), query.get("to"), offset, limit
    )
    following = offset + limit if offset + limit < total else None
    items = [r.to_dict() for r in refs]
    return {"items": items, "total": total, "offset": offset, "limit": limit, "next_offset": following}


@blp.route("/references/import", methods=["POST"])
@blp.response(200, ImportResultSchema)
@require_curator
def import_references():
    """Bulk import JSON Lines: good lines are stored (together), bad ones reported by line and field."""
    parsed = parse_jsonl(request.get_data(as_text=True).splitlines())
    stored = _save(parsed.references)
    return {"stored": len(stored), "failed": len({e["line"] for e in parsed.errors}), "errors": parsed.errors}


@blp.route("/references/export")
def export_references():
    """Every reference (deprecated included) as JSON Lines."""
    store = context().store
    body = to_jsonl(store.get_references(store.all_reference_ids()))
    return Response(body, mimetype="application/x-ndjson")
