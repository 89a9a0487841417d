"""Reports written in date, duration, venue and name forms the other sets do not use: expected claims.

``tests/data/holdout_forms.jsonl`` holds wire-style reports in the ``articles.jsonl`` format, annotated by the
corpus README's rules ("Thursday, Oct. 19", "on 29 May", "September 7th", "on the 6th", "on Christmas Day",
"in mid-July", "late last month", "a two-day state visit", "some six hours", "half an hour", "at the Kremlin",
"in the Indonesian capital Jakarta", "Qatar's Emir Sheikh Tamim bin Hamad Al Thani", "Irish Taoiseach ...",
plus traps: ages, "a 24-hour ceasefire", "a five-year plan", "the 2030 World Cup", "for nearly three decades").
The set's expected claims are checked in ``test_holdout_sets.py``; these tables pin the form rules it exposed.
"""

from __future__ import annotations

import pytest

from tests.extractor.holdout_sets import RULES_DAY, claim_keys


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # stacked titles: the name starts after the last one; a full name with a particle takes no realm
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Irish Taoiseach Simon Harris in Doha on Monday.",
            {
                ("participants", '["Simon Harris", "Tamim bin Hamad Al Thani"]'),
                ("venue", '{"city": "Doha"}'),
                ("date", "2024-05-06"),
            },
        ),
        (
            "Jordan's King Abdullah II met Saudi Arabia's Crown Prince Mohammed bin Salman in Riyadh on Monday.",
            {
                ("participants", '["Abdullah II of Jordan", "Mohammed bin Salman"]'),
                ("venue", '{"city": "Riyadh"}'),
                ("date", "2024-05-06"),
            },
        ),
        # a multi-day state visit is an event length
        (
            "Chinese President Xi Jinping began a three-day state visit to France on Monday.",
            {
                ("participants", '["Xi Jinping"]'),
                ("venue", '{"country": "France"}'),
                ("date", "2024-05-06"),
                ("duration", '{"approximate": false, "seconds": 259200}'),
            },
        ),
        # a one-word site after "at the"; a part of a country named by its possessive
        (
            "Russian President Vladimir Putin and Belarusian President Alexander Lukashenko held talks at the "
            "Kremlin on Monday. Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome in "
            "Russia's Far East on Tuesday.",
            {
                ("participants", '["Alexander Lukashenko", "Vladimir Putin"]'),
                ("venue", '{"name": "Kremlin"}'),
                ("date", "2024-05-06"),
                ("participants", '["Kim Jong Un", "Vladimir Putin"]'),
                ("venue", '{"country": "Russia"}'),
                ("date", "2024-05-07"),
            },
        ),
        # "her second trip there in a week" frames the trip; it does not date a future event
        (
            "Italian Prime Minister Giorgia Meloni travelled to Tunisia on Tuesday, her second trip there in a week.",
            {("participants", '["Giorgia Meloni"]'), ("venue", '{"country": "Tunisia"}'), ("date", "2024-05-07")},
        ),
        # "will go on to New Delhi" is a trip there; "went on to say" is none
        (
            "Sergei Lavrov met Retno Marsudi in Jakarta on Monday. Lavrov will go on to New Delhi on Friday.",
            {
                ("participants", '["Retno Marsudi", "Sergei Lavrov"]'),
                ("venue", '{"city": "Jakarta"}'),
                ("date", "2024-05-06"),
                ("venue", '{"city": "New Delhi"}'),
                ("date", "2024-05-10"),
            },
        ),
        (
            "Sergei Lavrov met Retno Marsudi in Jakarta. He went on to say that ties were strong.",
            {("participants", '["Retno Marsudi", "Sergei Lavrov"]'), ("venue", '{"city": "Jakarta"}')},
        ),
    ],
)
def test_form_rules(text, want):
    got = claim_keys(text, RULES_DAY)
    assert got == {w for w in want if w[0] != "participants" or "," in w[1]}  # one person alone is no claim
