"""Reports written like the hidden holdout split (other events, people and places): every expected claim.

``tests/data/holdout_like.jsonl`` holds wire-style reports in the ``articles.jsonl`` format, annotated by the
corpus README's rules. Each report must give exactly its expected (attribute, value) claims, with and without
a lexicon built from the people the reports name.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from services.extractor import Lexicon, extract
from shared.model import value_to_json

REPORTS = [
    json.loads(line)
    for line in (Path(__file__).resolve().parent.parent / "data" / "holdout_like.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


def _lexicon() -> Lexicon:
    lexicon = Lexicon()
    for report in REPORTS:
        for claim in report["expected_claims"]:
            if claim["attribute"] == "participants":
                for name in claim["value"]:
                    words = name.split(" of ")[0].split()  # "Abdullah II of Jordan" is not "Jordan"
                    lexicon.add_person(name, [words[-1]] if len(words) > 1 and not words[-1].isupper() else [])
    return lexicon


def _key(attribute: str, value) -> tuple[str, str]:
    return attribute, json.dumps(sorted(value) if attribute == "participants" else value, sort_keys=True)


@pytest.mark.parametrize("with_lexicon", [False, True], ids=["without-lexicon", "with-lexicon"])
@pytest.mark.parametrize("report", REPORTS, ids=[r["id"] for r in REPORTS])
def test_report_gives_exactly_its_expected_claims(report, with_lexicon):
    published = datetime.fromisoformat(report["published_at"].replace("Z", "+00:00"))
    claims = extract(report["text"], published, _lexicon() if with_lexicon else None)
    got = Counter(_key(c.attribute.value, value_to_json(c.value)) for c in claims)
    want = Counter(_key(c["attribute"], c["value"]) for c in report["expected_claims"])
    assert got == want


def test_reports_are_well_formed():
    for report in REPORTS:
        assert 60 <= len(report["text"].split()) <= 250
        for claim in report["expected_claims"]:
            assert claim["mention"] in report["text"]
            assert claim["verdict"] in ("supported", "contradicted", "unverifiable")
