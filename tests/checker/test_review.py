"""Where the checker looks for candidates: the claims' dates, else a year around the report's date."""

from __future__ import annotations

from datetime import date

import pytest

from services.checker.review import UNDATED_LOOKUP, lookup_window
from shared.model import Attribute, Claim, DateValue, DurationValue, EventMention, EventType, Precision

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
