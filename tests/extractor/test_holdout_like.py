"""Reports written like the hidden holdout split (other events, people and places): every expected claim.

``tests/data/holdout_like.jsonl`` holds wire-style reports in the ``articles.jsonl`` format, annotated by the
corpus README's rules. Each report must give exactly its expected (attribute, value) claims, with and without
a lexicon built from the people the reports name.
"""

from __future__ import annotations

import pytest

from tests.extractor.holdout_sets import claim_counts, lexicon_of, load_reports

REPORTS = load_reports("holdout_like.jsonl")


@pytest.mark.parametrize("with_lexicon", [False, True], ids=["without-lexicon", "with-lexicon"])
@pytest.mark.parametrize("report", REPORTS, ids=[r["id"] for r in REPORTS])
def test_report_gives_exactly_its_expected_claims(report, with_lexicon):
    got, want = claim_counts(report, lexicon_of(REPORTS) if with_lexicon else None)
    assert got == want


def test_reports_are_well_formed():
    for report in REPORTS:
        assert 60 <= len(report["text"].split()) <= 250
        for claim in report["expected_claims"]:
            assert claim["mention"] in report["text"]
            assert claim["verdict"] in ("supported", "contradicted", "unverifiable")
