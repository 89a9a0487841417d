"""An independent check of extraction and verdicts on events and reports the project was not built on.

``tests/data/holdout_verdicts/`` holds its own reference store (six real events: the 2021 Biden–Putin
summit in Geneva, the 2021-12-30 Biden–Putin phone call, Putin–Kim at the Vostochny Cosmodrome, Modi at the
White House, Macron–Xi in Guangzhou, the two-day NATO summit in Vilnius) and ten wire-style reports annotated
by the corpus README's rules, some faithful and some with deliberate errors, each also naming events the
store does not hold.

The reports are extracted and their claims checked by the checker's real code
(:func:`services.checker.review.check_claims`: index lookups, ``choose_reference``, ``judge``) against the
holdout store loaded into the test redis-server. As in ``python -m evaluation``, a
claim is paired with an expected one when attribute and normalised value agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from evaluation.articles import match_claims
from services.checker.review import check_claims
from services.extractor import Lexicon, extract
from shared.reference_io import parse_jsonl
from shared.storage import Store


@dataclass(frozen=True)
class VerdictSet:
    """A reference store and reports annotated against it, with what the checker is known to get wrong.

    :ivar wrong_verdicts: reports with a claim extracted right whose verdict is not the annotated one.
    :ivar false_contradictions: reports with a claim contradicted that the annotation does not contradict.
    """

    folder: str
    references: int
    min_claims_f1: float  # a floor against regressions, not a target
    wrong_verdicts: frozenset[str] = frozenset()
    false_contradictions: frozenset[str] = frozenset()


SETS = [
    # 0.900 claims F1 when written. Known: in hv06 "After a 90-minute session in the Oval Office" gives the talks a
    # second venue, a site inside the White House that the README's name rule judges a disagreement; the mention
    # "Biden hosted a state dinner for Modi" then fits the reference better, so the talks' contradictions are
    # withheld (unverifiable, never a false "contradicted")
    VerdictSet("holdout_verdicts", 6, 0.85, frozenset({"hv06"})),
    # written blind against the corpus store (first look: claims F1 0.787, verdicts 68%, 6 false contradictions):
    # the Busan, Filoli, Singapore and Reykjavik meetings and the two February 2026 calls retold in new words,
    # some with deliberate errors. Known: r9-01's main event ("a deal reached on Thursday between Xi and Trump")
    # is not extracted, so "Trump had held separate talks with Lee" the day before takes the Busan reference;
    # in r9-03 a duration lands on an event mention that matches no reference (or the other call); r9-05 and r9-07
    # miss a date or a venue of the matched event. (r9-10 passes since a pair told again with a month that cannot
    # hold the first day is an event of its own; r9-08 since "a fractious Group of Seven summit in Canada" is a
    # gathering of its own, not the Singapore summit.)
    VerdictSet(
        "holdout_round9",
        6,
        0.85,
        frozenset({"r9-01", "r9-03", "r9-05", "r9-07"}),
        frozenset({"r9-01"}),
    ),
]


@dataclass(frozen=True)
class Loaded:
    references: list
    reports: list[dict]
    lexicon: Lexicon


def _load(folder: str) -> Loaded:
    data = Path(__file__).resolve().parent / "data" / folder
    parsed = parse_jsonl((data / "references.jsonl").read_text("utf-8").splitlines())
    assert not parsed.errors
    reports = [json.loads(line) for line in (data / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()]
    return Loaded(parsed.references, reports, Lexicon.from_references(r.to_dict() for r in parsed.references))


LOADED = {s.folder: _load(s.folder) for s in SETS}
CASES = [pytest.param(s, r, id=f"{s.folder}-{r['id']}") for s in SETS for r in LOADED[s.folder].reports]


def _store(redis_conn, s: VerdictSet) -> Store:
    """The set's references in the (flushed) test redis-server, looked up through the real indexes."""
    store = Store(redis_conn)
    store.put_references(LOADED[s.folder].references)
    return store


def _checked(store: Store, lexicon: Lexicon, report: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """(paired rows, misses, unpaired predicted rows); a row has the claim, its verdict and the expected one."""
    published = datetime.fromisoformat(report["published_at"].replace("Z", "+00:00"))
    claims = extract(report["text"], published, lexicon)
    verdicts = check_claims(store, claims, published.date())
    predicted = [c.to_dict() for c in claims]
    pairs, misses, extra = match_claims(report["expected_claims"], predicted)
    row = {c.id: {"claim": c.to_dict(), "got": verdicts[c.id]} for c in claims}
    paired = [{**row[p["id"]], "expected": e} for e, p in pairs]
    return paired, misses, [row[p["id"]] for p in extra]


@pytest.mark.parametrize("s", SETS, ids=[s.folder for s in SETS])
def test_store_and_reports_are_well_formed(s):
    loaded = LOADED[s.folder]
    assert len(loaded.references) == s.references
    ids = {r.id for r in loaded.references}
    for report in loaded.reports:
        assert 60 <= len(report["text"].split()) <= 250
        for claim in report["expected_claims"]:
            assert claim["mention"] in report["text"]
            assert claim["verdict"] in ("supported", "contradicted", "unverifiable")
            assert claim["event_ref"] is None or claim["event_ref"] in ids
            assert claim["event_ref"] is not None or claim["verdict"] == "unverifiable"


@pytest.mark.parametrize(("s", "report"), CASES)
def test_no_false_contradiction(redis_conn, s, report):
    paired, _, extra = _checked(_store(redis_conn, s), LOADED[s.folder].lexicon, report)
    wrong = [
        r["claim"]["mention"] for r in paired if r["got"].status.value == "contradicted" != r["expected"]["verdict"]
    ]
    wrong += [r["claim"]["mention"] for r in extra if r["got"].status.value == "contradicted"]
    assert (wrong != []) == (report["id"] in s.false_contradictions), wrong


@pytest.mark.parametrize(("s", "report"), CASES)
def test_claims_extracted_right_get_their_expected_verdict(redis_conn, s, report):
    paired, _, _ = _checked(_store(redis_conn, s), LOADED[s.folder].lexicon, report)
    got = [(r["claim"]["mention"], r["got"].status.value, r["got"].reference_id) for r in paired]
    want = [
        (r["claim"]["mention"], r["expected"]["verdict"], r["expected"]["event_ref"] if r["got"].reference_id else None)
        for r in paired
    ]
    if report["id"] in s.wrong_verdicts:
        assert [(m, v) for m, v, _ in got] != [(m, v) for m, v, _ in want], "a known miss now passes: list it no more"
        return
    assert [(m, v) for m, v, _ in got] == [(m, v) for m, v, _ in want]
    # Where a verdict names its reference, it is the event the annotation says the claim is about.
    for (mention, verdict, ref), (_, _, expected_ref) in zip(got, want, strict=True):
        if ref is not None and verdict != "unverifiable":
            assert ref == expected_ref, mention


@pytest.mark.parametrize("s", SETS, ids=[s.folder for s in SETS])
def test_extraction_quality_floor(redis_conn, s):
    store = _store(redis_conn, s)
    tp = n_pred = n_exp = 0
    for report in LOADED[s.folder].reports:
        paired, misses, extra = _checked(store, LOADED[s.folder].lexicon, report)
        tp += len(paired)
        n_pred += len(paired) + len(extra)
        n_exp += len(paired) + len(misses)
    precision, recall = tp / n_pred, tp / n_exp
    assert 2 * precision * recall / (precision + recall) >= s.min_claims_f1
