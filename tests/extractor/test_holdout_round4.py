"""Round-4 reports: several events per report, anaphora and appositive titles: expected claims.

``tests/data/holdout_round4.jsonl`` holds wire-style reports in the ``articles.jsonl`` format, annotated by the
corpus README's rules, in structures the other sets do not use: two or three events in one report tied by
"the next day", "that evening", "earlier in the day", "earlier the same day"; an event referred to again
("The meeting, their second this year, lasted ..."); titles after names ("Justin Trudeau, Canada's prime
minister,"); "sat down with", "met with", "was received by", "spoke via videoconference", "paid a state visit
to"; "Ferdinand Marcos Jr."; short forms such as "De Croo"; a video address (not a meeting: no claim).
The set's expected claims are checked in ``test_holdout_sets.py``; these tables pin the form rules it exposed.
"""

from __future__ import annotations

import pytest

from tests.extractor.holdout_sets import RULES_DAY, claim_keys


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
    assert claim_keys(text, RULES_DAY) == want
