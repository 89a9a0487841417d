"""RQ jobs of the checker: thin, importable, taking plain ids (enqueued by dotted path).

Errors propagate to RQ, which retries with backoff; :func:`on_check_failure` ends the
report ``failed`` only once no retry is left, so a report is never stuck in ``checking``.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from rq import Queue, get_current_job

from services.checker.review import check_claims
from shared import jobs
from shared.model import Report, ReportStatus, Verdict, VerdictEntry, VerdictStatus
from shared.settings import Settings
from shared.storage import Store, now_iso, venue_places

log = logging.getLogger(__name__)


def _store() -> Store:
    return Store(get_current_job().connection)


def _changed(old: Verdict, new: Verdict) -> bool:
    """A re-check that reaches the same verdict on the same reference version adds no history."""
    return (old.status, old.reference_id, old.reference_version) != (
        new.status,
        new.reference_id,
        new.reference_version,
    )


def _apply(verdicts: dict[str, Any], stamp: str):
    def change(report: Report) -> None:
        for claim in report.claims:
            new = verdicts.get(claim.id)
            if new is None:
                continue
            old = claim.verdict
            if old.status is not VerdictStatus.PENDING and _changed(old, new):
                claim.history.append(
                    VerdictEntry(old.status, old.reference_id, old.reference_version, old.checked_at or stamp)
                )
            new.checked_at = stamp
            claim.verdict = new
        report.status = ReportStatus.DONE
        report.checked_at = stamp
        report.error = None

    return change


def check_report(report_id: str) -> dict[str, int]:
    """Give every claim of the report a verdict, store them, and mark the report done."""
    store = _store()
    report = store.get_report(report_id)
    if report is None:
        log.warning("report %s vanished before its check", report_id)
        return {}
    verdicts = check_claims(store, report.claims, date.fromisoformat(report.published_at[:10]))
    updated = store.update_report(report_id, _apply(verdicts, now_iso()))
    for verdict in verdicts.values():
        if verdict.reference_id:
            store.link_report(verdict.reference_id, report_id)
    return updated.summary() if updated else {}


def on_check_failure(job, connection, exc_type=None, exc_value=None, traceback=None) -> None:
    """Record why a check failed; end the report ``failed`` when RQ will not retry it."""
    if job.retries_left:
        return
    report_id = job.args[0]
    reason = f"{exc_type.__name__ if exc_type else 'Error'}: {exc_value}"

    def fail(report: Report) -> None:
        if report.status is ReportStatus.CHECKING:
            report.status = ReportStatus.FAILED
            report.error = f"check failed after retries: {reason}"

    Store(connection).update_report(report_id, fail)


def recheck_for_reference(ref_id: str) -> int:
    """Queue a re-check of every report that matched ``ref_id``, names one of its people or its venue."""
    store = _store()
    ref = store.get_reference(ref_id)
    report_ids = store.reports_linked(ref_id)
    if ref is not None:
        report_ids |= store.report_ids_about(ref.names(), [place for _, place in venue_places(ref)])
    job = get_current_job()
    queue = Queue(job.origin, connection=job.connection)
    settings = Settings.from_env()
    for report_id in sorted(report_ids):
        jobs.enqueue_check(queue, report_id, settings)
    return len(report_ids)
