"""Precision: what a meeting report says that is no claim about the meeting (round-11 set, written blind).

``tests/data/holdout_round11.jsonl`` (14 reports, 93 claims) fills wire-style meeting reports with dates,
durations, places and people that are not about the meeting (first look: precision 0.911, F1 0.896). Each row
keeps the meeting's own claims and pins one thing that must stay out.
"""

from __future__ import annotations

import pytest

from tests.extractor.holdout_sets import RULES_DAY, claim_keys


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a probe of distractors: "ties established in 1975" dates the ties; "told reporters on Sunday that the call
        # ..." dates the telling, not the call (but "A told B on Friday that ..." at a meeting dates it)
        (
            "Xi Jinping met Narendra Modi on Monday. The summit marks the 50th anniversary of diplomatic ties "
            "established in 1975. Modi told reporters on Sunday that the call with Xi had been very good.",
            {("participants", '["Narendra Modi", "Xi Jinping"]'), ("date", "2024-05-06")},
        ),
        (
            "Indian Prime Minister Narendra Modi told Russian President Vladimir Putin on Friday that this is not an "
            "era of war, at their first meeting since the war began.",
            {("participants", '["Narendra Modi", "Vladimir Putin"]'), ("date", "2024-05-03")},
        ),
        # a span to something the text does not date, set off after the event's own day, dates nothing: "on Saturday
        # at the start of a state visit, two days after ceremonies marking the anniversary of D-Day"
        (
            "Emmanuel Macron welcomed Joe Biden in Paris on Saturday at the start of a state visit to France, two "
            "days after ceremonies marking the 80th anniversary of the D-Day landings.",
            {
                ("participants", '["Emmanuel Macron", "Joe Biden"]'),
                ("venue", '{"city": "Paris"}'),
                ("venue", '{"country": "France"}'),
                ("date", "2024-05-04"),
            },
        ),
        # a couple is not the event's two sides: "Macron and his wife Brigitte had greeted the royal couple"
        (
            "King Charles III hosted Emmanuel Macron at a state banquet on Tuesday. Earlier, Macron and his wife "
            "Brigitte had greeted the royal couple at the Arc de Triomphe.",
            {("participants", '["Charles III", "Emmanuel Macron"]'), ("date", "2024-05-07")},
        ),
        # travellers who visited a country are no delegation: "Some 4.5 million Russian tourists visited Turkey"
        (
            "Recep Tayyip Erdogan and Vladimir Putin spoke by phone on Wednesday. Some 4.5 million Russian tourists "
            "visited Turkey in 2014.",
            {("participants", '["Recep Tayyip Erdogan", "Vladimir Putin"]'), ("date", "2024-05-08")},
        ),
        # a date that names another thing ("the Dec. 7 election")
        (
            "Togolese President Faure Gnassingbe met Ghanaian President Nana Akufo-Addo in Accra on Friday, the first "
            "foreign leader to visit since Akufo-Addo was declared the winner of the Dec. 7 election.",
            {
                ("participants", '["Faure Gnassingbe", "Nana Akufo-Addo"]'),
                ("venue", '{"city": "Accra"}'),
                ("date", "2024-05-03"),
            },
        ),
        # ... also past an adjective ("the Jan. 16 presidential election")
        (
            "Chinese President Xi Jinping met Taiwan's President Ma Ying-jeou in Manila on Saturday, a meeting "
            "criticised by Tsai Ing-wen, front-runner in the Jan. 16 presidential election.",
            {
                ("participants", '["Ma Ying-jeou", "Xi Jinping"]'),
                ("venue", '{"city": "Manila"}'),
                ("date", "2024-05-04"),
            },
        ),
        # "later this month" cannot date a meeting that took place; "Al Said" ends the sultan's name
        (
            "Iranian Foreign Minister Abbas Araghchi was received by Oman's Sultan Haitham bin Tarik Al Said in "
            "Muscat on Tuesday, as Tehran tries to head off the return of sanctions later this month.",
            {
                ("participants", '["Abbas Araghchi", "Haitham bin Tarik Al Said"]'),
                ("venue", '{"city": "Muscat"}'),
                ("date", "2024-05-07"),
            },
        ),
        # "before he takes office on March 11": the date of that clause
        (
            "Chilean President-elect Jose Antonio Kast held talks with Ecuadorean President Daniel Noboa in Quito on "
            "Friday, seeking advice before he takes office on March 11.",
            {
                ("participants", '["Daniel Noboa", "Jose Antonio Kast"]'),
                ("venue", '{"city": "Quito"}'),
                ("date", "2024-05-03"),
            },
        ),
        # "he might travel to Reykjavik": a supposition, no planned trip
        (
            "Norwegian Prime Minister Jonas Gahr Store hosted Icelandic Prime Minister Kristrun Frostadottir in Tromso "
            "on Thursday. Store said he might travel to Reykjavik at some point.",
            {
                ("participants", '["Jonas Gahr Store", "Kristrun Frostadottir"]'),
                ("venue", '{"city": "Tromso"}'),
                ("date", "2024-05-02"),
            },
        ),
        # "is due in Beirut on Wednesday for talks with ... prime minister, Najib Mikati.": the talks' place, and a
        # name set off after a title that ends its sentence
        (
            "Canadian Foreign Minister Melanie Joly held talks with her Jordanian counterpart, Ayman Safadi, in Amman "
            "on Monday. Canadian Foreign Minister Melanie Joly is due in Beirut on Wednesday for talks with Lebanon's "
            "caretaker prime minister, Najib Mikati.",
            {
                ("participants", '["Ayman Safadi", "Melanie Joly"]'),
                ("venue", '{"city": "Amman"}'),
                ("date", "2024-05-06"),
                ("participants", '["Melanie Joly", "Najib Mikati"]'),
                ("venue", '{"city": "Beirut"}'),
                ("date", "2024-05-08"),
            },
        ),
        # "Dar es Salaam" is one place
        (
            "Tanzanian President Samia Suluhu Hassan hosted Mozambican President Filipe Nyusi in Dar es Salaam on "
            "Monday.",
            {
                ("participants", '["Filipe Nyusi", "Samia Suluhu Hassan"]'),
                ("venue", '{"city": "Dar es Salaam"}'),
                ("date", "2024-05-06"),
            },
        ),
        # "the anniversary of Russia's invasion on Feb. 24": the date of the invasion, not of the visit
        (
            "Joe Biden made an unannounced visit to Kyiv on Monday, days before the first anniversary of Russia's "
            "invasion on Feb. 24.",
            {("venue", '{"city": "Kyiv"}'), ("date", "2024-05-06")},
        ),
        # taking office or power dates no meeting ("who took office on Jan. 1", "since he took power in 2011")
        (
            "Jair Bolsonaro, a former army captain who took office on Jan. 1, arrived in Washington on Sunday.",
            {("venue", '{"city": "Washington"}'), ("date", "2024-05-05")},
        ),
        # "since Mr. Trump returned to the White House on Monday": back in office, no meeting
        (
            "Mohammed bin Salman received a telephone call from Donald Trump on Wednesday evening. It was the "
            "leaders' first contact since Mr. Trump returned to the White House on Monday.",
            {("participants", '["Donald Trump", "Mohammed bin Salman"]'), ("date", "2024-05-08")},
        ),
        (
            "Joe Biden met Joao Lourenco in Luanda on Tuesday. It is expected to be his only trip to Africa as "
            "president; he leaves office on January 20.",
            {
                ("participants", '["Joao Lourenco", "Joe Biden"]'),
                ("venue", '{"city": "Luanda"}'),
                ("date", "2024-05-07"),
            },
        ),
        # "sworn in for a fifth term in May": the term's start, with the term between the verb and the date
        (
            "Vladimir Putin, sworn in for a fifth term in May, arrived in Beijing on Wednesday.",
            {("venue", '{"city": "Beijing"}'), ("date", "2024-05-08")},
        ),
        # a span of years is no call's, meeting's or visit's length ("a conflict that has lasted three decades")
        (
            "Donald Trump hosted Ilham Aliyev and Nikol Pashinyan on Friday, where they pledged to end a conflict "
            "that has lasted more than three decades.",
            {("participants", '["Donald Trump", "Ilham Aliyev", "Nikol Pashinyan"]'), ("date", "2024-05-03")},
        ),
        (
            "Donald Trump hosted Ilham Aliyev on Friday for talks that lasted more than three hours.",
            {
                ("participants", '["Donald Trump", "Ilham Aliyev"]'),
                ("date", "2024-05-03"),
                ("duration", '{"approximate": true, "seconds": 10800}'),
            },
        ),
    ],
)
def test_precision_rules(text, want):
    assert claim_keys(text, RULES_DAY) == want
