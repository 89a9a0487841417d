"""Round-4 reports: several events per report, anaphora and appositive titles: expected claims.

``tests/data/holdout_round4.jsonl`` holds wire-style reports in the ``articles.jsonl`` format, annotated by the
corpus README's rules, in structures the other sets do not use: two or three events in one report tied by
"the next day", "that evening", "earlier in the day", "earlier the same day"; an event referred to again
("The meeting, their second this year, lasted ..."); titles after names ("Justin Trudeau, Canada's prime
minister,"); "sat down with", "met with", "was received by", "spoke via videoconference", "paid a state visit
to"; "Ferdinand Marcos Jr."; short forms such as "De Croo"; a video address (not a meeting: no claim).
Reports the extractor gets fully right must give exactly their expected (attribute, value) claims; the set as
a whole must keep its claims F1 above a floor (the rest are known misses, listed in ``KNOWN_MISSES``).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from services.extractor import extract
from shared.model import value_to_json
from tests.extractor.holdout_sets import claim_counts, claim_key, lexicon_of, load_reports, set_f1

REPORTS = load_reports("holdout_round4.jsonl")
# Known misses: "Viktor Orban and Recep Tayyip Erdogan discussed ..." (the pair's event, "held talks", is in the
# sentence before), so "Earlier in the day, Orban met ..." is taken for the same event; "travelled to Erbil, where
# he met ..." (a pronoun subject).
KNOWN_MISSES = {"r402", "r407"}
F1_FLOOR = 0.96


@pytest.mark.parametrize("with_lexicon", [False, True], ids=["without-lexicon", "with-lexicon"])
@pytest.mark.parametrize("report", [r for r in REPORTS if r["id"] not in KNOWN_MISSES], ids=lambda r: r["id"])
def test_report_gives_exactly_its_expected_claims(report, with_lexicon):
    got, want = claim_counts(report, lexicon_of(REPORTS) if with_lexicon else None)
    assert got == want


def test_set_claims_f1_stays_above_floor():
    assert set_f1(REPORTS) >= F1_FLOOR


def test_reports_are_well_formed():
    assert len(REPORTS) == 8
    for report in REPORTS:
        assert 60 <= len(report["text"].split()) <= 200
        for claim in report["expected_claims"]:
            assert claim["mention"] in report["text"]
            assert claim["event_ref"] is None and claim["verdict"] == "unverifiable"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a title after the name, set off by commas; a place before such a title is no person
        (
            "Narendra Modi, India's prime minister, met with Anthony Albanese in Sydney on Monday.",
            {
                ("participants", '["Anthony Albanese", "Narendra Modi"]'),
                ("venue", '{"city": "Sydney"}'),
                ("date", "2024-05-06"),
            },
        ),
        (
            "In Sydney, Australia's prime minister, spoke by phone on Monday.",
            {("venue", '{"city": "Sydney"}'), ("date", "2024-05-06")},
        ),
        # a country's possessive as the only title; not for organisations or regions
        (
            "Germany's Olaf Scholz and France's Emmanuel Macron met in Paris on Monday.",
            {
                ("participants", '["Emmanuel Macron", "Olaf Scholz"]'),
                ("venue", '{"city": "Paris"}'),
                ("date", "2024-05-06"),
            },
        ),
        # "Jr." ends no sentence and stays with the name; "sat down with"; "was received by"
        (
            "Philippine President Ferdinand Marcos Jr. sat down with Japanese Prime Minister Fumio Kishida on Monday.",
            {("participants", '["Ferdinand Marcos Jr.", "Fumio Kishida"]'), ("date", "2024-05-06")},
        ),
        (
            "Iranian President Masoud Pezeshkian was received by Iraqi Prime Minister Mohammed Shia al-Sudani "
            "on Monday.",
            {("participants", '["Masoud Pezeshkian", "Mohammed Shia al-Sudani"]'), ("date", "2024-05-06")},
        ),
        # "that evening" takes the day of the last day-dated event, not of a month-dated one
        (
            "French President Emmanuel Macron spoke by phone with Joe Biden on Monday, their first call since Biden "
            "visited Paris in March. That evening, Macron spoke with Egyptian President Abdel Fattah el-Sisi.",
            {
                ("participants", '["Emmanuel Macron", "Joe Biden"]'),
                ("date", "2024-05-06"),
                ("venue", '{"city": "Paris"}'),
                ("date", "2024-03"),
                ("participants", '["Abdel Fattah el-Sisi", "Emmanuel Macron"]'),
            },
        ),
        # "their second this year" frames the meeting; "flew to" a place is a trip
        (
            "Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric on Monday. The meeting, "
            "their second this year, lasted an hour. Lula flew to Lima the next day.",
            {
                ("participants", '["Gabriel Boric", "Luiz Inacio Lula da Silva"]'),
                ("date", "2024-05-06"),
                ("duration", '{"approximate": false, "seconds": 3600}'),
                ("venue", '{"city": "Lima"}'),
                ("date", "2024-05-07"),
            },
        ),
    ],
)
def test_round4_form_rules(text, want):
    got = set()
    for c in extract(text, datetime(2024, 5, 8, 12, 0), None):
        value = value_to_json(c.value)
        got.add(("date", value["value"]) if c.attribute.value == "date" else claim_key(c.attribute.value, value))
    assert got == want
