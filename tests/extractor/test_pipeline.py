"""The staged extract() function: claim shape, the founding report end to end, stage type checks."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from services.extractor import Lexicon, extract, pipeline
from shared.model import Attribute, Claim, EventType, value_to_json

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = json.loads((DATA / "seed_report.json").read_text("utf-8"))
SEED_LEXICON = Lexicon(people={"Donald Trump": ["Trump"], "Xi Jinping": ["Xi"], "Vladimir Putin": ["Putin"]})
ANCHOR = datetime(2024, 5, 10, 12, tzinfo=UTC)  # a Friday


def _key(attribute: str, value):
    return (attribute, json.dumps(sorted(value) if attribute == "participants" else value, sort_keys=True))


@pytest.mark.parametrize("lexicon", [None, SEED_LEXICON], ids=["without-lexicon", "with-lexicon"])
def test_seed_report_gives_all_ten_expected_claims(lexicon):
    published = datetime.fromisoformat(SEED["published_at"].replace("Z", "+00:00"))
    claims = extract(SEED["text"], published, lexicon)
    got = sorted(_key(c.attribute.value, value_to_json(c.value)) for c in claims)
    want = sorted(_key(c["attribute"], c["value"]) for c in SEED["expected_claims"])
    assert got == want
    assert [c.mention for c in claims] == [c["mention"] for c in SEED["expected_claims"]]


def test_claims_are_numbered_in_text_order_with_exact_spans():
    text = (
        "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida met in Hanoi, "
        "Vietnam, on Tuesday. The meeting lasted about an hour. Modi will visit Tokyo in June."
    )
    claims = extract(text, ANCHOR)
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
    assert [c.span[0] for c in claims] == sorted(c.span[0] for c in claims)
    assert all(text[c.span[0] : c.span[1]] == c.mention for c in claims)
    assert [c.event.id for c in claims] == ["e1", "e1", "e1", "e1", "e2", "e2"]
    assert [c.attribute for c in claims] == [
        Attribute.PARTICIPANTS,
        Attribute.VENUE,
        Attribute.DATE,
        Attribute.DURATION,
        Attribute.VENUE,
        Attribute.DATE,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders discussed the 15th Five-Year Plan at length.",
        "The talks marked the 250th anniversary of relations.",
        "2026 is a big year for the two leaders.",
        "Tariffs were cut to 10 percent after the talks.",
        "The leaders met and agreed a one-year trade truce.",
        "Both sides said the G20 would meet again.",
        "It was their first face-to-face meeting in six years.",
    ],
)
def test_no_false_claims(text):
    assert extract(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (datetime(2024, 5, 10, 23, 30, tzinfo=UTC), "2024-05-07"),
        (date(2024, 5, 10), "2024-05-07"),
        (datetime(2024, 5, 7, 9, 0, tzinfo=UTC), "2024-05-07"),
    ],
)
def test_weekday_resolves_on_or_before_publication(published, value):
    text = "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida met on Tuesday."
    (claim,) = [c for c in extract(text, published) if c.attribute is Attribute.DATE]
    assert claim.value.value == value


def test_stage_returning_wrong_type_raises_type_error():
    bad = pipeline.Stage("sentences", lambda doc: "not a list", list, pipeline.Sentence)
    doc = pipeline.Document("Text.", date(2024, 1, 1), Lexicon())
    with pytest.raises(TypeError, match="sentences"):
        pipeline.run_stages(doc, (bad,))


def test_stages_run_in_configured_order_and_end_with_claims():
    assert [s.name for s in pipeline.STAGES] == ["sentences", "mentions", "events", "claims"]
    assert pipeline.STAGES[-1].item is Claim


def test_docstring_example_holds():
    globs = {"extract": extract, "datetime": datetime, "UTC": UTC, "value_to_json": value_to_json}
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(pipeline.extract, "extract", globs=globs):
        runner.run(test)
    assert runner.failures == 0 and runner.tries > 0


@pytest.mark.parametrize(
    "records",
    [
        [
            {
                "participants": [{"name": "Narendra Modi", "aliases": ["Modi", "PM Modi"]}],
                "venue": {"name": "Hyderabad House", "city": "New Delhi", "country": "India", "country_code": "IN"},
            }
        ],
        [],
    ],
)
def test_lexicon_round_trips_as_json(records):
    lexicon = Lexicon.from_references(records)
    again = Lexicon.from_dict(json.loads(json.dumps(lexicon.to_dict())))
    assert again == lexicon
    if records:
        assert again.canonical("pm modi") == "Narendra Modi"
        assert again.place_kind("New Delhi") == "city"


def test_extractor_imports_no_web_or_queue_library():
    code = "import sys, services.extractor; print(sorted(m for m in ('flask', 'rq', 'redis') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_participant_mention_does_not_reach_back_into_the_previous_sentence():
    text = "They met on Monday.\n\nFrench President Emmanuel Macron and German Chancellor Olaf Scholz met on Tuesday."
    (claim,) = [c for c in extract(text, ANCHOR) if c.attribute is Attribute.PARTICIPANTS]
    assert claim.mention == "French President Emmanuel Macron and German Chancellor Olaf Scholz"


def test_trigger_scan_agrees_with_the_case_insensitive_reference_form():
    from services.extractor import events  # noqa: PLC0415

    text = (
        "Talks ended. The Summit opened. Video calls and a phone conversation followed; they Met again, "
        "spoke by telephone, were held up, took part, shook hands and travelled. Meetings, visits and trips."
    )
    fast = [(m.span(), m.lastgroup) for m in events.TRIGGER.finditer(text)]
    slow = [(m.span(), m.lastgroup) for m in events.TRIGGER_IGNORECASE.finditer(text)]
    assert fast == slow


@pytest.mark.parametrize(
    "text",
    [
        "Talks ended. The Summit opened. Video calls and a phone conversation followed; they Met again, spoke by "
        "telephone, were held up, took part, shook hands and travelled. Meetings, visits and trips. Talked over "
        "the phone, spoke on the telephone, sit-down, get-together, journey, contact, discussions, signed, "
        "encounters, videoconferences, virtual summit, meet, meets, phoned, telephoned, been held, being held.",
        "by phone at the start of a line:\nby phone, over the\ntelephone, it was held.",
        "Hosted, hosts, hosting; Welcomed welcomes received Receives. "
        "He heads to Rome, leaves for Oslo, arrived in Bonn.",
        SEED["text"],
    ],
)
def test_trigger_matches_equal_a_full_regex_scan(text):
    from services.extractor import events  # noqa: PLC0415

    assert [m.span() for m in events.trigger_matches(text)] == [m.span() for m in events.TRIGGER.finditer(text)]


def test_every_host_and_generic_verb_is_found_by_the_fast_scan():
    """The fast scan starts only at :data:`events._FIRST_WORDS`: a verb added to the trigger table and to
    ``_HOST_VERBS`` or ``_GENERIC_VERBS`` must be found by it without being listed a third time."""
    from services.extractor import events  # noqa: PLC0415

    verbs = sorted(events._HOST_VERBS | events._GENERIC_VERBS)
    text = " ".join(f"Ann {verb} Bob Smith with a state dinner in Oslo." for verb in verbs)
    fast = [m.span() for m in events.trigger_matches(text)]
    assert fast == [m.span() for m in events.TRIGGER.finditer(text)]
    assert len(fast) >= len(verbs)


def test_the_fast_scan_finds_every_trigger_of_every_pinned_report():
    """A travel or meeting verb added to the trigger table but not to ``events._FIRST_WORDS`` would be lost by
    the fast scan alone, silently: every report the tests hold must scan the same both ways."""
    from services.extractor import events  # noqa: PLC0415

    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("holdout_*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    differ = [
        text[:60]
        for text in texts
        if [m.span() for m in events.trigger_matches(text)] != [m.span() for m in events.TRIGGER.finditer(text)]
    ]
    assert len(texts) > 1000
    assert differ == []


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("A and B met in Geneva, Switzerland, on Wednesday.", {"city": "Geneva", "country": "Switzerland"}),
        ("A and B met for nearly four hours in Geneva, Switzerland.", {"city": "Geneva", "country": "Switzerland"}),
        ("A and B held talks for 90 minutes in Oslo on Monday.", {"city": "Oslo"}),
    ],
    ids=["plain", "after-a-duration", "after-for-minutes"],
)
def test_a_duration_between_the_verb_and_the_place_keeps_the_venue(text, venue):
    text = text.replace("A and B", "US President Joe Biden and Russian President Vladimir Putin")
    claims = extract(text, datetime(2021, 6, 17, tzinfo=UTC))
    assert [c.value.to_dict() for c in claims if c.attribute is Attribute.VENUE] == [venue]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("is due to host Japanese Prime Minister Fumio Kishida on Tuesday.", "2024-03-12"),
        ("will host Japanese Prime Minister Fumio Kishida next Tuesday.", "2024-03-19"),
        ("will host Japanese Prime Minister Fumio Kishida on Thursday.", "2024-03-14"),
        ("hosted Japanese Prime Minister Fumio Kishida on Tuesday.", "2024-03-12"),
    ],
    ids=["plan-today", "plan-next-week", "plan-later-this-week", "reported-today"],
)
def test_a_planned_weekday_is_today_or_later_in_a_report_of_that_day(sentence, value):
    text = "US President Joe Biden " + sentence
    claims = extract(text, datetime(2024, 3, 12, 6, tzinfo=UTC))  # a Tuesday
    assert [c.value.value for c in claims if c.attribute is Attribute.DATE] == [value]


def _mangled_reports(count: int) -> list[str]:
    """Reports cut, spliced and sprinkled with punctuation at seeded random places (deterministic)."""
    import random  # noqa: PLC0415

    texts = [SEED["text"]]
    for path in sorted(DATA.glob("holdout_*.jsonl")):  # every fresh set: the widest mix of forms to cut up
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    marks = ["-", "(", ")", ",", "'s", "’", ".", "\n", " ", "  ", "\u00e9", "İ", "1/2", "—", ":", ";", "?"]
    rng = random.Random(20261125)
    out = []
    for _ in range(count):
        a, b = rng.choice(texts), rng.choice(texts)
        text = a[: rng.randrange(len(a))] + b[rng.randrange(len(b)) :]
        for _ in range(rng.randrange(1, 6)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(marks) + text[at:]
        out.append(text[: rng.randrange(1, len(text) + 1)])
    return out


@pytest.mark.parametrize(
    "text",
    [
        # a possessive date run into the next word (a mangled "on Tuesday's defence") raised AttributeError
        "French President Emmanuel Macron and German Chancellor Olaf Scholz spoke by phone on Tuesday'sdefence.",
        "The meeting, their second this year's, lasted about 90 minutes.",
    ],
)
def test_odd_text_found_by_fuzzing_gives_claims_not_an_error(text):
    claims = extract(text, datetime(2026, 2, 4, 16, 0, tzinfo=UTC))
    assert all(text[c.span[0] : c.span[1]] == c.mention for c in claims)


def test_mangled_text_never_raises_and_every_span_is_exact():
    """The API calls extract on whatever a client sends: odd cuts and punctuation must give claims, not a 500."""
    published = datetime(2026, 2, 4, 16, 0, tzinfo=UTC)
    for text in _mangled_reports(400):
        for claim in extract(text, published, SEED_LEXICON):
            assert text[claim.span[0] : claim.span[1]] == claim.mention


_JUNE_12 = datetime(2025, 6, 12, 9, 0, tzinfo=UTC)


def _venues(text: str) -> list[dict]:
    return [value_to_json(c.value) for c in extract(text, _JUNE_12) if c.attribute is Attribute.VENUE]


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        (
            "German Chancellor Olaf Scholz will meet William Ruto, the Kenyan president, in Nairobi on Friday.",
            [{"city": "Nairobi"}],
        ),
        (
            "Indian Prime Minister Narendra Modi met Shigeru Ishiba, Japan's prime minister, in Hiroshima on Sunday.",
            [{"city": "Hiroshima"}],
        ),
        # a relative clause, unlike a title between commas, still ends the clause of the meeting
        ("Indian Prime Minister Narendra Modi met Shigeru Ishiba, who arrived late, in Hiroshima on Sunday.", []),
    ],
)
def test_a_title_between_commas_after_the_guest_does_not_cut_the_venue_off(text, venues):
    assert _venues(text) == venues


def test_a_place_told_ahead_of_another_event_is_not_the_talks_venue():
    text = (
        "Theresa May and Narendra Modi held talks at Downing Street on Wednesday, ahead of the Commonwealth Heads of "
        "Government Meeting that opens in London on Thursday."
    )
    assert _venues(text) == [{"name": "Downing Street"}]


def test_a_same_day_anaphor_never_takes_a_year_or_month_as_its_day():
    text = (
        "French President Emmanuel Macron held talks with Brazilian President Luiz Inacio Lula da Silva in Belem, "
        "their first meeting since 2019. Macron also spoke by phone with Argentine President Javier Milei the same day."
    )
    dates = {c.mention: value_to_json(c.value) for c in extract(text, _JUNE_12) if c.attribute is Attribute.DATE}
    assert dates == {"since 2019": {"value": "2019", "precision": "year"}}


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "US President Donald Trump and Russian President Vladimir Putin held a call on Monday.",
            [
                ("participants", ["Donald Trump", "Vladimir Putin"]),
                ("date", {"value": "2025-06-09", "precision": "day"}),
            ],
        ),
        (
            "Chinese President Xi Jinping and Russian President Vladimir Putin held an hour-long call on Feb. 4.",
            [
                ("participants", ["Xi Jinping", "Vladimir Putin"]),
                ("duration", {"seconds": 3600, "approximate": False}),
                ("date", {"value": "2025-02-04", "precision": "day"}),
            ],
        ),
        ("UN Secretary-General Antonio Guterres renewed calls on Russia to withdraw on Monday.", []),
    ],
)
def test_a_call_dated_with_on_and_an_hour_long_call_are_events(text, claims):
    assert [(c.attribute.value, value_to_json(c.value)) for c in extract(text, _JUNE_12)] == claims


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        ("Indian Prime Minister Narendra Modi heads to Brunei on Tuesday.", [{"country": "Brunei"}]),
        ("Indian Prime Minister Narendra Modi leaves for Hanoi on Friday.", [{"city": "Hanoi"}]),
        ("Indian Prime Minister Narendra Modi headed to Brunei on Friday.", [{"country": "Brunei"}]),
        ("Indian Prime Minister Narendra Modi voted for Brunei on Friday.", []),
    ],
)
def test_heads_to_and_leaves_for_give_the_trip_its_destination(text, venues):
    assert _venues(text) == venues


def test_a_country_opening_with_new_stays_in_the_title_prefix():
    text = (
        "Australian Prime Minister Anthony Albanese held a video call with New Zealand Prime Minister "
        "Christopher Luxon on Friday."
    )
    claims = [(c.attribute.value, c.mention) for c in extract(text, _JUNE_12) if c.attribute is Attribute.PARTICIPANTS]
    assert claims == [("participants", text[: text.index(" on Friday")])]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Indian Prime Minister Narendra Modi is due to travel to Canada for the G7 summit on June 16.", "2025-06-16"),
        (
            "Indian Prime Minister Narendra Modi will fly to Laos for the ASEAN Regional Forum talks on June 14.",
            "2025-06-14",
        ),
        ("Indian Prime Minister Narendra Modi traveled to Canada for the G7 summit on June 16.", "2024-06-16"),
    ],
)
def test_the_purpose_of_a_planned_trip_is_planned_too(text, value):
    dates = [value_to_json(c.value)["value"] for c in extract(text, _JUNE_12) if c.attribute is Attribute.DATE]
    assert dates == [value]


@pytest.mark.parametrize(
    "text",
    [
        "US President Donald Trump spoke with Finnish President Alexander Stubb for 20 minutes on Wednesday.",
        "US President Donald Trump spoke by phone with Finnish President Alexander Stubb for 20 minutes on Wednesday.",
        "US President Donald Trump met with Finnish President Alexander Stubb for 20 minutes on Wednesday.",
        "On Wednesday, the president spoke with his Finnish counterpart Alexander Stubb for 20 minutes.",
    ],
)
def test_a_length_after_the_person_spoken_with_is_the_events_duration(text):
    durations = [value_to_json(c.value) for c in extract(text, _JUNE_12) if c.attribute is Attribute.DURATION]
    dates = [value_to_json(c.value) for c in extract(text, _JUNE_12) if c.attribute is Attribute.DATE]
    assert (durations, dates) == (
        [{"seconds": 1200, "approximate": False}],
        [{"value": "2025-06-11", "precision": "day"}],
    )


def test_a_length_of_something_else_after_the_person_is_no_duration():
    text = "US President Donald Trump met with Finnish President Alexander Stubb, who has served for 20 years."
    assert [c.attribute for c in extract(text, _JUNE_12)] == [Attribute.PARTICIPANTS]


_AUG_26 = datetime(2024, 8, 26, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Indian Prime Minister Narendra Modi met Canadian Prime Minister Mark Carney on June 17, the first "
            "meeting between the two since relations soured in 2023.",
            ["2024-06-17"],
        ),
        (
            "Indian Prime Minister Narendra Modi arrived in Kyiv on the 23rd, the first visit by an Indian leader "
            "since Ukraine's independence in 1991.",
            ["2024-08-23"],
        ),
        # an event of its own inside the since-clause keeps its date
        (
            "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday, their first "
            "meeting since Putin visited Beijing in May 2024.",
            ["2024-08-26", "2024-05"],
        ),
        (
            "It was the first meeting between US President Joe Biden and Chinese President Xi Jinping since 2022.",
            ["2022"],
        ),
        (
            "Putin spoke by phone with US President Donald Trump on Monday. It was their sixth call this year.",
            ["2024-08-26"],
        ),
    ],
)
def test_a_date_inside_a_since_clause_or_an_ordinal_frame_is_not_the_events(text, dates):
    found = [value_to_json(c.value)["value"] for c in extract(text, _AUG_26) if c.attribute is Attribute.DATE]
    assert found == dates


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("this morning", "2025-06-12"), ("this evening", "2025-06-12"), ("last night", "2025-06-11")],
)
def test_a_part_of_today_dates_the_event(phrase, value):
    text = f"Chinese President Xi Jinping met Russian President Vladimir Putin {phrase}."
    dates = [value_to_json(c.value)["value"] for c in extract(text, _JUNE_12) if c.attribute is Attribute.DATE]
    assert dates == [value]


def test_a_place_opening_a_clause_after_a_semicolon_is_its_events_venue():
    text = (
        "Indian Prime Minister Narendra Modi held talks in Kyiv on Friday. The rail journey took ten hours; "
        "in Warsaw, he had met Polish Prime Minister Donald Tusk the previous day."
    )
    assert _venues(text) == [{"city": "Kyiv"}, {"city": "Warsaw"}]


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Crown Prince Mohammed bin Salman hosted Syrian President Ahmed al-Sharaa in Riyadh on Monday, in a "
        "meeting that lasted nearly 90 minutes.",
        "Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev in Astana on Monday. The "
        "leaders met for some 80 minutes.",
    ],
)
def test_a_hosted_event_named_a_meeting_later_is_one_meeting(text):
    claims = extract(text, ANCHOR)
    assert {c.attribute for c in claims} == {
        Attribute.PARTICIPANTS,
        Attribute.VENUE,
        Attribute.DATE,
        Attribute.DURATION,
    }
    assert {(c.event.id, c.event.type.value) for c in claims} == {("e1", "meeting")}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Chinese Premier Li Qiang and German Chancellor Friedrich Merz held talks via video link on Monday.",
            "video_call",
        ),
        ("Vladimir Putin and Xi Jinping met by videoconference on Monday.", "video_call"),
        # an earlier meeting in a "who" clause is an aside: "spoke for 45 minutes" is the call's length
        (
            "Joe Biden and Xi Jinping held a phone call on Monday. The two leaders, who last met in Washington in "
            "February, spoke for 45 minutes.",
            "phone_call",
        ),
    ],
)
def test_one_event_carries_the_people_the_date_and_the_length(text, etype):
    claims = [c for c in extract(text, ANCHOR) if c.attribute is not Attribute.VENUE and c.mention != "in February"]
    assert {(c.event.id, c.event.type.value) for c in claims} == {("e1", etype)}


def test_a_meal_in_a_summits_programme_is_no_event_of_its_own():
    """ "followed by a one-on-one meeting, expanded talks and a working lunch": the length told next is the
    summit's, which the store can check, not a lunch's."""
    text = (
        "Donald Trump and Kim Jong Un signed a joint statement on Tuesday. The summit in Singapore opened with a "
        "handshake, followed by a one-on-one meeting, expanded talks with aides and a working lunch. The two leaders "
        "spent nearly five hours together."
    )
    claims = extract(text, datetime(2018, 6, 12, 14, tzinfo=UTC))
    duration = next(c for c in claims if c.attribute.value == "duration")
    assert duration.event.type is EventType.SUMMIT


def test_talks_told_in_a_when_clause_belong_to_the_earlier_meeting_not_the_current_call():
    """ "The two men last met in February 2022, when Macron flew to Moscow and talked with Putin": the pair named
    again is the earlier meeting's, so it is a claim of its own, and the five hours are not the call's."""
    text = (
        "Emmanuel Macron and Vladimir Putin spoke by telephone on Tuesday. The two men last met in person in "
        "February 2022, when Macron flew to Moscow and talked with Putin for five hours at the Kremlin."
    )
    claims = extract(text, ANCHOR)
    by_event: dict[str, set[str]] = {}
    for c in claims:
        by_event.setdefault(c.event.id, set()).add(c.mention)
    call = next(c.event.id for c in claims if c.mention == "on Tuesday")
    earlier = next(c.event.id for c in claims if c.mention == "in February 2022")
    assert call != earlier
    assert "five hours" in by_event[earlier] and "five hours" not in by_event[call]
    assert sum(c.attribute is Attribute.PARTICIPANTS for c in claims) == 2
