"""Shared by the fresh report-set tests: load a set, its people as a lexicon, and score claims.

A report's claims are compared as a multiset of (attribute, normalised value), as ``make eval`` does.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path

from services.extractor import Lexicon, extract
from shared.model import value_to_json

DATA = Path(__file__).resolve().parent.parent / "data"
RULES_DAY = datetime(2024, 5, 8, 12, 0)  # a Wednesday: when the form-rule tables' one-line reports are published


def load_reports(file_name: str) -> list[dict]:
    """The reports of ``tests/data/<file_name>`` (JSON Lines, the articles.jsonl format)."""
    lines = (DATA / file_name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def lexicon_of(reports: list[dict]) -> Lexicon:
    """The people the reports name, each with its surname as alias ("Abdullah II of Jordan" is not "Jordan")."""
    lexicon = Lexicon()
    for report in reports:
        for claim in report["expected_claims"]:
            if claim["attribute"] == "participants":
                for name in claim["value"]:
                    words = name.split(" of ")[0].split()
                    lexicon.add_person(name, [words[-1]] if len(words) > 1 and not words[-1].isupper() else [])
    return lexicon


def claim_key(attribute: str, value) -> tuple[str, str]:
    return attribute, json.dumps(sorted(value) if attribute == "participants" else value, sort_keys=True)


def claim_counts(report: dict, lexicon: Lexicon | None) -> tuple[Counter, Counter]:
    """(extracted, expected) claims of one report as multisets of :func:`claim_key`."""
    published = datetime.fromisoformat(report["published_at"].replace("Z", "+00:00"))
    claims = extract(report["text"], published, lexicon)
    got = Counter(claim_key(c.attribute.value, value_to_json(c.value)) for c in claims)
    want = Counter(claim_key(c["attribute"], c["value"]) for c in report["expected_claims"])
    return got, want


def claim_keys(text: str, published: datetime) -> set[tuple[str, str]]:
    """The claims ``extract`` gives for ``text`` without a lexicon: dates as their bare value, the rest as
    :func:`claim_key` (the form-rule tables write them so)."""
    keys = set()
    for c in extract(text, published, None):
        value = value_to_json(c.value)
        keys.add(("date", value["value"]) if c.attribute.value == "date" else claim_key(c.attribute.value, value))
    return keys


def set_f1(reports: list[dict]) -> float:
    """Claim F1 over a whole set, without a lexicon."""
    tp = predicted = expected = 0
    for report in reports:
        got, want = claim_counts(report, None)
        tp += sum((got & want).values())
        predicted += sum(got.values())
        expected += sum(want.values())
    precision, recall = tp / predicted, tp / expected
    return 2 * precision * recall / (precision + recall)
