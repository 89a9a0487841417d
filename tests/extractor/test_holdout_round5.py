"""Round-5 reports, written blind to the extractor from the corpus README's rules: expected claims.

``tests/data/holdout_round5.jsonl`` holds ten wire-style reports in the ``articles.jsonl`` format: a title before
the name set off by commas ("Japan's new prime minister, Sanae Takaichi,"), plural titles ("US envoys Steve
Witkoff and Jared Kushner"), pronoun subjects ("He spoke with ..."), travel verbs ("arrived in Kyiv", "heads to
Brunei", "flies to South Korea on Wednesday"), "an hour-long call", a named site with no city ("Mar-a-Lago
resort in Florida"), dates of other clauses ("since Ukraine's independence in 1991"), ages and anniversaries.
First look: claim F1 0.813 without a lexicon. Reports the extractor gets fully right must give exactly their
expected (attribute, value) claims; the set must keep its F1 above a floor (the rest are known misses).
"""

from __future__ import annotations

import pytest

from tests.extractor.holdout_sets import claim_counts, lexicon_of, load_reports, set_f1

REPORTS = load_reports("holdout_round5.jsonl")
# Known misses: "Xi, 71, also met Australia's Anthony Albanese the same day" is read as part of the first meeting;
# "marked the 1,000th day ... last month" dates the meeting; "Modi heads to Brunei next week" (no week precision);
# "Brazil's Lula" has no title and, without the alias "Lula", no lexicon entry; "imposed ... in mid-2025".
KNOWN_MISSES = {"r5-01", "r5-02", "r5-04", "r5-09"}
F1_FLOOR = 0.95


@pytest.mark.parametrize("with_lexicon", [False, True], ids=["without-lexicon", "with-lexicon"])
@pytest.mark.parametrize("report", [r for r in REPORTS if r["id"] not in KNOWN_MISSES], ids=lambda r: r["id"])
def test_report_gives_exactly_its_expected_claims(report, with_lexicon):
    got, want = claim_counts(report, lexicon_of(REPORTS) if with_lexicon else None)
    assert got == want


def test_set_claims_f1_stays_above_floor():
    assert set_f1(REPORTS) >= F1_FLOOR


def test_reports_are_well_formed():
    assert len(REPORTS) == 10
    for report in REPORTS:
        for claim in report["expected_claims"]:
            assert claim["mention"] in report["text"]
