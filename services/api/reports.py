"""Reports: accept a text, extract its claims, store it with its check job, serve the verdicts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from flask import url_for
from flask_smorest import Blueprint

from services.api import errors
from services.api.context import context
from services.api.extractor_client import ExtractorUnavailable
from shared import jobs
from shared.claimreview import claim_review
from shared.model import Claim, Report, VerdictStatus
from shared.schemas import ErrorEnvelopeSchema, ExtractionSchema, ReportCreateSchema, ReportSchema
from shared.storage import now_iso

blp = Blueprint("reports", __name__, url_prefix="/v1", description="Submit reports and read their verdicts")

FLAGGED = {VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE}
RETRY_AFTER_SECONDS = "5"


def _anchor(body: dict[str, Any]) -> datetime:
    published = body.get("published_at") or datetime.now(UTC)
    return published if published.tzinfo else published.replace(tzinfo=UTC)


def _extract(text: str, published_at: datetime) -> list[Claim]:
    ctx = context()
    try:
        raw = ctx.extractor.extract(text, published_at, ctx.store.lexicon_for(text))
        return [Claim.from_dict(c) for c in raw]
    except (ExtractorUnavailable, KeyError, ValueError, TypeError) as exc:
        raise errors.ApiError(
            503, f"{errors.MSG_EXTRACTOR_DOWN} ({exc})", headers={"Retry-After": RETRY_AFTER_SECONDS}
        ) from exc


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@blp.route("/reports", methods=["POST"])
@blp.arguments(ReportCreateSchema)
@blp.response(202, ReportSchema)
@blp.alt_response(503, schema=ErrorEnvelopeSchema, description="Extractor unavailable; nothing stored")
def create_report(body: dict[str, Any]):
    """Accept a report: extract its claims, store it and queue its check (202)."""
    published_at = _anchor(body)
    claims = _extract(body["text"], published_at)
    report = Report(
        id=uuid.uuid4().hex,
        text=body["text"],
        title=body.get("title"),
        source_url=body.get("source_url"),
        published_at=_iso(published_at),
        claims=claims,
        created_at=now_iso(),
    )
    jobs.store_and_enqueue(context().store, context().queue, report, context().settings)
    location = url_for("reports.get_report", report_id=report.id)
    return report.to_dict(), 202, {"Location": location}


@blp.route("/extract", methods=["POST"])
@blp.arguments(ReportCreateSchema)
@blp.response(200, ExtractionSchema)
@blp.alt_response(503, schema=ErrorEnvelopeSchema, description="Extractor unavailable")
def extract(body: dict[str, Any]):
    """Extract claims from a text without storing anything."""
    published_at = _anchor(body)
    claims = _extract(body["text"], published_at)
    return {"published_at": _iso(published_at), "claims": [c.to_dict() for c in claims]}


def _load(report_id: str) -> Report:
    report = context().store.get_report(report_id)
    if report is None:
        raise errors.ApiError(404, errors.MSG_REPORT_NOT_FOUND.format(id=report_id))
    return report


@blp.route("/reports/<report_id>")
@blp.response(200, ReportSchema)
@blp.alt_response(404, schema=ErrorEnvelopeSchema)
def get_report(report_id: str):
    """A report with every claim and its verdict."""
    return _load(report_id).to_dict()


@blp.route("/reports/<report_id>/flagged")
@blp.response(200, ReportSchema)
@blp.alt_response(404, schema=ErrorEnvelopeSchema)
def get_flagged(report_id: str):
    """The report with only its contradicted and unverifiable claims: what a reviewer reads."""
    report = _load(report_id)
    report.claims = [c for c in report.claims if c.verdict.status in FLAGGED]
    return report.to_dict()


@blp.route("/reports/<report_id>/claimreview")
@blp.response(200)
@blp.alt_response(404, schema=ErrorEnvelopeSchema)
def get_claimreview(report_id: str):
    """schema.org ClaimReview JSON-LD, one item per claim."""
    return claim_review(_load(report_id))
