"""Where the checker looks for candidates (the claims' dates, else a year around the report's date), and how a
second event mention of one reference is judged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from services.checker.matching import Match
from services.checker.review import SECOND_ACCOUNT_NOTE, UNDATED_LOOKUP, judge_event, lookup_window
from shared.model import Attribute, Claim, DateValue, DurationValue, EventMention, EventType, Precision, ReferenceEvent

EVENT = EventMention("e1", EventType.MEETING, ["Ann Able", "Bob Baker"])


def claim(attribute: Attribute, value) -> Claim:
    return Claim("c1", attribute, "m", (0, 1), EVENT, value)


@pytest.mark.parametrize(
    ("claims", "published", "expected"),
    [
        ([claim(Attribute.DATE, DateValue("2025-10", Precision.MONTH))], date(2026, 2, 5),
         (date(2025, 10, 1), date(2025, 10, 31))),
        ([claim(Attribute.DURATION, DurationValue(3600))], date(2026, 2, 5),
         (date(2026, 2, 5) - UNDATED_LOOKUP, date(2026, 2, 5) + UNDATED_LOOKUP)),
        ([claim(Attribute.DURATION, DurationValue(3600))], None, (None, None)),
    ],
    ids=["dated", "undated-near-the-report", "undated-no-report-date"],
)  # fmt: skip
def test_lookup_window_prefers_claimed_dates_then_the_report_date(claims, published, expected):
    assert lookup_window(claims, published) == expected


def _busan() -> ReferenceEvent:
    """The Busan meeting of 2025-10-30, as the reference store holds it."""
    line = (Path(__file__).resolve().parents[1] / "data" / "references.jsonl").read_text("utf-8").splitlines()[0]
    return ReferenceEvent.from_dict(json.loads(line))


def test_a_second_account_of_a_reference_never_contradicts_it():
    other_day = Claim("c1", Attribute.DATE, "The previous day", (0, 1), EVENT, DateValue("2025-10-29", Precision.DAY))
    match = Match(_busan(), 0.6, "")
    assert judge_event([other_day], match)["c1"].status.value == "contradicted"
    verdict = judge_event([other_day], match, second=True)["c1"]
    assert verdict.status.value == "unverifiable" and SECOND_ACCOUNT_NOTE in verdict.explanation
