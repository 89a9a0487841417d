"""How work reaches the checker: job names (dotted paths) and the enqueue calls.

The gateway enqueues by dotted path, so it never imports the checker's code; a report and
its check job are written in one MULTI/EXEC, so a 202 always means both exist.
"""

from __future__ import annotations

import uuid

from rq import Callback, Queue, Retry

from shared.model import ReferenceEvent, Report
from shared.settings import Settings
from shared.storage import Store

CHECK_REPORT = "services.checker.jobs.check_report"
"""Checks every claim of one report: ``check_report(report_id)``."""

RECHECK_FOR_REFERENCE = "services.checker.jobs.recheck_for_reference"
"""Re-checks the reports a changed reference may affect: ``recheck_for_reference(ref_id)``."""

ON_CHECK_FAILURE = "services.checker.jobs.on_check_failure"
"""Failure callback: marks the report ``failed`` once no retry is left."""

JOB_TIMEOUT = 120
"""Seconds one check may run before RQ kills it (and retries it)."""


def _retry(settings: Settings) -> Retry:
    return Retry(max=settings.job_retries, interval=list(settings.retry_intervals) or 0)


def enqueue_check(queue: Queue, report_id: str, settings: Settings, pipeline=None):
    """Queue a check of ``report_id`` (inside ``pipeline`` when given)."""
    return queue.enqueue_call(
        CHECK_REPORT,
        args=(report_id,),
        job_id=f"check-{report_id}-{uuid.uuid4().hex[:8]}",
        timeout=JOB_TIMEOUT,
        retry=_retry(settings),
        on_failure=Callback(ON_CHECK_FAILURE),
        description=f"check report {report_id}",
        pipeline=pipeline,
    )


def store_and_enqueue(store: Store, queue: Queue, report: Report, settings: Settings) -> None:
    """Store ``report`` and queue its check atomically: both or neither."""
    with store.redis.pipeline(transaction=True) as pipe:
        pipe.multi()  # explicit MULTI first: RQ joins a caller's transaction only once it is open
        store.stage_report(report, pipe)
        enqueue_check(queue, report.id, settings, pipeline=pipe)
        pipe.execute()


def enqueue_recheck(queue: Queue, ref_id: str, settings: Settings):
    """Queue the re-check of every report a write to ``ref_id`` may affect."""
    return queue.enqueue_call(
        RECHECK_FOR_REFERENCE,
        args=(ref_id,),
        timeout=JOB_TIMEOUT,
        retry=_retry(settings),
        description=f"re-check reports for reference {ref_id}",
    )


def store_references(store: Store, queue: Queue, refs: list[ReferenceEvent], settings: Settings):
    """Write ``refs`` (one transaction, versions bumped) and queue the re-checks they call for."""
    stored = store.put_references(refs) if refs else []
    for ref in stored:
        enqueue_recheck(queue, ref.id, settings)
    return stored
