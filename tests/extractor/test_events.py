"""Event mentions: triggers, participants, modality, coreference and anaphoric dates (own sentences)."""

from __future__ import annotations

from datetime import datetime

import pytest

from services.extractor import extract
from services.extractor.events import find_triggers, person_groups, split_sentences
from services.extractor.people import find_people
from shared.model import Attribute, EventType, Modality, value_to_json

ANCHOR = datetime.fromisoformat("2024-05-10T12:00:00+00:00")  # a Friday

PM = "Indian Prime Minister Narendra Modi"
KISHIDA = "Japanese Prime Minister Fumio Kishida"


def _claims(text: str, attribute: Attribute | None = None):
    return [c for c in extract(text, ANCHOR) if attribute is None or c.attribute is attribute]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (f"{PM} and {KISHIDA} held a phone call on Tuesday.", EventType.PHONE_CALL),
        (f"{PM} and {KISHIDA} spoke by phone on Tuesday.", EventType.PHONE_CALL),
        (f"{PM} and {KISHIDA} held a video conference on Tuesday.", EventType.VIDEO_CALL),
        (f"{PM} held a video link with {KISHIDA} on Tuesday.", EventType.VIDEO_CALL),
        (f"{PM} and {KISHIDA} held talks on Tuesday.", EventType.TALKS),
        (f"{PM} met {KISHIDA} on Tuesday.", EventType.MEETING),
        (f"{PM} and {KISHIDA} opened a summit on Tuesday.", EventType.SUMMIT),
    ],
)
def test_trigger_word_gives_event_type(text, etype):
    claims = _claims(text)
    assert claims and {c.event.type for c in claims} == {etype}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (f"A call took place on Tuesday between {PM} and {KISHIDA}.", ["Narendra Modi", "Fumio Kishida"]),
        (f"{PM} and {KISHIDA} met on Tuesday.", ["Narendra Modi", "Fumio Kishida"]),
        (f"{PM} met {KISHIDA} on Tuesday.", ["Narendra Modi", "Fumio Kishida"]),
        (f"{PM} held talks with {KISHIDA} on Tuesday.", ["Narendra Modi", "Fumio Kishida"]),
        (
            f"{PM} and {KISHIDA}, joined by Thai Prime Minister Srettha Thavisin, met on Tuesday.",
            ["Narendra Modi", "Fumio Kishida", "Srettha Thavisin"],
        ),
    ],
)
def test_participants_named_as_taking_part(text, names):
    (claim,) = _claims(text, Attribute.PARTICIPANTS)
    assert claim.value == names
    assert text[claim.span[0] : claim.span[1]] == claim.mention


@pytest.mark.parametrize(
    "text",
    [
        f"{PM} told {KISHIDA} that trade mattered. The two leaders met on Tuesday.",
        f"Kremlin aide Yuri Ushakov told reporters that {PM} had met the envoy on Tuesday.",
        f"{PM} said his relationship with {KISHIDA} was good.",
        "The two leaders met on Tuesday.",
        f"Before speaking to {PM}, {KISHIDA} met reporters on Tuesday.",
    ],
)
def test_people_merely_mentioned_are_not_participants(text):
    assert _claims(text, Attribute.PARTICIPANTS) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (f"The two leaders agreed to stay in contact after {PM} met {KISHIDA}.", ["met"]),
        (f"{PM} and {KISHIDA} will keep in close contact.", []),
        (f"{PM} and {KISHIDA} had no contact.", []),
        (f"{PM} and {KISHIDA} made contact on Tuesday.", ["contact"]),
        # "what he calls a peace mission" names something: no call
        (f"{PM} met {KISHIDA} on what he calls a peace mission.", ["met"]),
        (f"{PM} calls {KISHIDA} on Tuesday.", ["calls"]),
    ],
)
def test_keeping_in_contact_or_naming_what_one_calls_is_no_event(text, words):
    people = find_people(text)
    triggers = find_triggers(text, split_sentences(text)[0], people)
    assert [text[t.start : t.end] for t in triggers] == words


@pytest.mark.parametrize(
    ("text", "modality", "date"),
    [
        (f"{PM} will visit Tokyo in June.", Modality.PLANNED, "2024-06"),
        (f"{PM} is expected to visit Tokyo in June.", Modality.PLANNED, "2024-06"),
        (f"{PM} said he planned to travel to Tokyo in June.", Modality.PLANNED, "2024-06"),
        (f"{PM} accepted an invitation to visit Tokyo in June.", Modality.PLANNED, "2024-06"),
        (f"{PM} visited Tokyo in June.", Modality.ASSERTED, "2023-06"),
        (f"{PM} looked forward to his trip to Tokyo in June.", Modality.PLANNED, "2024-06"),
    ],
)
def test_modality_sets_date_direction(text, modality, date):
    (claim,) = _claims(text, Attribute.DATE)
    assert claim.event.modality is modality
    assert claim.value.value == date


def test_definite_mention_joins_the_earlier_event_of_its_kind():
    text = (
        f"{PM} and {KISHIDA} spoke by phone on Tuesday. They agreed to meet in Osaka, Japan, in June. "
        "The call lasted about 40 minutes."
    )
    claims = _claims(text)
    duration = next(c for c in claims if c.attribute is Attribute.DURATION)
    first_date = next(c for c in claims if c.attribute is Attribute.DATE)
    assert duration.event.id == first_date.event.id
    assert duration.event.type is EventType.PHONE_CALL


def test_last_met_is_a_new_past_event_with_its_own_date_and_place():
    text = f"{PM} and {KISHIDA} met on Tuesday. The leaders last met in person in Hanoi, Vietnam, in March 2023."
    claims = _claims(text)
    dates = [c for c in claims if c.attribute is Attribute.DATE]
    venue = next(c for c in claims if c.attribute is Attribute.VENUE)
    assert [d.value.value for d in dates] == ["2024-05-07", "2023-03"]
    assert dates[0].event.id != dates[1].event.id == venue.event.id
    assert venue.event.participants == ["Narendra Modi", "Fumio Kishida"]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        (
            f"{PM} spoke by phone with {KISHIDA} on Tuesday. The call came after {PM} held a video call "
            "with Thai Prime Minister Srettha Thavisin earlier the same day.",
            "earlier the same day",
            "2024-05-07",
        ),
        (
            f"{PM} met {KISHIDA} on Tuesday. It followed a separate call between {PM} and Thai Prime Minister "
            "Srettha Thavisin on the same day (May 7).",
            "on the same day (May 7)",
            "2024-05-07",
        ),
        (
            f"{PM} met {KISHIDA} on Tuesday. {PM} met Thai Prime Minister Srettha Thavisin the following day.",
            "the following day",
            "2024-05-08",
        ),
    ],
)
def test_anaphoric_date_takes_the_referred_event_date(text, mention, value):
    claim = next(c for c in _claims(text, Attribute.DATE) if c.mention == mention)
    assert claim.value.value == value
    assert claim.event.id == "e2"


@pytest.mark.parametrize(
    ("text", "attribute", "value"),
    [
        (f"{PM} and {KISHIDA} met at the Kremlin. The talks lasted about two hours.", Attribute.DURATION, 7200),
        (f"{PM} and {KISHIDA} held nearly three hours of talks.", Attribute.DURATION, 10800),
        (f"{PM} and {KISHIDA} held a 90-minute meeting.", Attribute.DURATION, 5400),
        (f"{PM} and {KISHIDA} met. The two spent nearly five hours together.", Attribute.DURATION, 18000),
    ],
)
def test_event_length_is_a_duration_claim(text, attribute, value):
    (claim,) = _claims(text, attribute)
    assert claim.value.seconds == value


@pytest.mark.parametrize(
    "text",
    [
        f"{PM} and {KISHIDA} met, agreeing a one-year trade truce.",
        f"{PM} and {KISHIDA} met, their first meeting in six years.",
        f"{PM} and {KISHIDA} met, their second meeting this year.",
        f"{PM} spoke to reporters for ten minutes on Monday.",
    ],
)
def test_lengths_and_dates_that_are_not_about_the_event_are_skipped(text):
    assert [c for c in _claims(text) if c.attribute in (Attribute.DURATION, Attribute.DATE)] == []


def test_sidelines_host_event_places_the_leaders_meeting():
    text = f"{PM} met {KISHIDA} on the sidelines of the G20 summit in Rome, Italy, on Tuesday."
    claims = _claims(text)
    assert len({c.event.id for c in claims}) == 1
    assert [c.value.to_dict() for c in claims if c.attribute is Attribute.VENUE] == [
        {"city": "Rome", "country": "Italy"}
    ]


def test_named_gathering_is_an_event_of_its_own():
    text = f"{PM} and {KISHIDA} met on Tuesday before leaving for the ASEAN summit in nearby Vientiane."
    claims = _claims(text)
    venue = next(c for c in claims if c.attribute is Attribute.VENUE)
    date = next(c for c in claims if c.attribute is Attribute.DATE)
    assert venue.value.city == "Vientiane"
    assert venue.event.id != date.event.id


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("They met. Then they left.", 2),
        ("U.S. officials met on Monday. Talks resumed.", 2),
        ("Talks Begin In Earnest: The leaders met on Monday.", 2),
        ("First paragraph ends here.\n\nSecond paragraph starts", 2),
    ],
)
def test_sentence_split(text, count):
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        (f"{PM} and {KISHIDA} met.", [2]),
        (f"{PM}, {KISHIDA} and Thai Prime Minister Srettha Thavisin met.", [3]),
        (f"Before meeting {PM}, {KISHIDA} spoke.", [1, 1]),
        # "with A joined by B and C, and D by E and F": one group of six, the second "joined" left out
        (
            "They met three-on-three, with Trump joined by Secretary of State Marco Rubio and envoy Steve Witkoff, "
            "and Putin by Foreign Minister Sergei Lavrov and aide Yuri Ushakov.",
            [6],
        ),
    ],
)
def test_person_groups(text, sizes):
    assert [len(g) for g in person_groups(text, find_people(text))] == sizes


def _values(text: str, published: str, attribute: Attribute) -> list:
    anchor = datetime.fromisoformat(published)
    return [value_to_json(c.value) for c in extract(text, anchor) if c.attribute is attribute]


def test_generic_verb_with_by_phone_is_a_phone_call_with_both_names():
    claims = _claims(f"{PM} had spoken with {KISHIDA} by phone on May 2.")
    assert {c.event.type for c in claims} == {EventType.PHONE_CALL}
    assert [c.value for c in claims if c.attribute is Attribute.PARTICIPANTS] == [["Narendra Modi", "Fumio Kishida"]]


def test_visiting_before_a_name_is_an_epithet_not_a_visit():
    claims = _claims(f"{PM} held talks with visiting {KISHIDA} in New Delhi on Tuesday.")
    assert {c.event.type for c in claims} == {EventType.TALKS}
    assert [c.value for c in claims if c.attribute is Attribute.PARTICIPANTS] == [["Narendra Modi", "Fumio Kishida"]]


def test_people_who_took_part_are_participants():
    text = f"{PM} and {KISHIDA} held talks on Tuesday. Their foreign ministers, Ann Lee and Bo Chan, also took part."
    assert [c.value for c in _claims(text, Attribute.PARTICIPANTS)] == [["Narendra Modi", "Fumio Kishida"]]
    text = f"{PM} met {KISHIDA} on Tuesday. Foreign Minister Ann Lee and Foreign Minister Bo Chan also took part."
    assert [c.value for c in _claims(text, Attribute.PARTICIPANTS)][-1] == ["Ann Lee", "Bo Chan"]


def test_summit_that_would_be_held_somewhere_gets_that_venue():
    text = "NATO leaders met in Vilnius on Tuesday. Their next summit would be held in Washington in July 2024."
    venues = _values(text, "2023-07-12T12:00:00+00:00", Attribute.VENUE)
    assert venues == [{"city": "Vilnius"}, {"city": "Washington"}]


@pytest.mark.parametrize(
    "text",
    [
        f"{PM} and {KISHIDA} discussed the grain deal, which expires on July 17.",
        f"{PM} and {KISHIDA} met to expand a rail line that opened last year.",
    ],
)
def test_date_in_a_relative_clause_about_something_else_is_no_claim(text):
    assert _claims(text, Attribute.DATE) == []


def test_date_in_a_relative_clause_about_the_event_or_its_place_is_a_claim():
    text = "Reagan and Gorbachev held a summit in Reykjavik, Iceland, which opened on Saturday."
    assert _values(text, "1986-10-13T08:00:00+00:00", Attribute.DATE) == [{"value": "1986-10-11", "precision": "day"}]


def test_same_day_refers_to_an_event_of_the_same_modality():
    text = (
        f"{PM} and {KISHIDA} spoke by phone on Tuesday. They agreed to meet in Tokyo on October 26. "
        f"Modi had also spoken with Chinese Premier Li Qiang earlier the same day."
    )
    dates = _values(text, "2022-10-13T10:00:00+00:00", Attribute.DATE)
    assert dates[-1] == {"value": "2022-10-11", "precision": "day"}


def test_weekday_followed_by_an_apposition_is_the_weekday_alone():
    text = f"{PM} hosted {KISHIDA} at Camp David on Friday, the first stand-alone summit of the two."
    assert _values(text, "2023-08-19T03:00:00+00:00", Attribute.DATE) == [{"value": "2023-08-18", "precision": "day"}]
    anchor = datetime.fromisoformat("2023-08-19T03:00:00+00:00")
    assert [c.mention for c in extract(text, anchor) if c.attribute is Attribute.DATE] == ["on Friday"]


def test_planned_hosting_is_a_planned_event_with_both_names():
    text = "Chinese President Xi Jinping will host Russian President Vladimir Putin in Beijing next month."
    claims = extract(text, datetime.fromisoformat("2023-06-23T12:00:00+00:00"))
    assert {c.event.modality for c in claims} == {Modality.PLANNED}
    assert [value_to_json(c.value) for c in claims] == [
        ["Xi Jinping", "Vladimir Putin"],
        {"city": "Beijing"},
        {"value": "2023-07", "precision": "month"},
    ]


def test_named_pair_that_last_met_are_participants_of_that_earlier_meeting():
    text = f"{PM} and {KISHIDA} spoke on Monday. Modi and Kishida last met in Tokyo in 2019."
    assert [c.value for c in _claims(text, Attribute.PARTICIPANTS)][-1] == ["Narendra Modi", "Fumio Kishida"]


def test_date_inside_a_who_clause_is_not_the_event_date():
    """The arrival in the "who" clause is a visit of its own (nine blind annotators of nine date it), so its
    Tuesday dates the visit, never the meeting."""
    text = f"{KISHIDA}, who arrived in Washington on Tuesday, met US President Joe Biden on Wednesday."
    claims = extract(text, datetime.fromisoformat("2023-06-23T12:00:00+00:00"))
    dates = {(c.event.type, value_to_json(c.value)["value"]) for c in claims if c.attribute is Attribute.DATE}
    assert dates == {(EventType.MEETING, "2023-06-21"), (EventType.VISIT, "2023-06-20")}


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (f"{PM} talked with {KISHIDA} by telephone for nearly an hour on Sunday.", 3600),
        (f"The meeting between {PM} and {KISHIDA} ran to 90 minutes.", 5400),
        (f"{PM} and {KISHIDA} held talks for more than three hours.", 10800),
    ],
)
def test_more_ways_of_stating_how_long(text, seconds):
    assert [c.value.seconds for c in _claims(text, Attribute.DURATION)] == [seconds]


def test_purpose_of_a_planned_trip_is_planned_too():
    text = f"{PM} will travel to Russia on Sept. 4 for a meeting with Russian President Vladimir Putin in Sochi."
    claims = _claims(text)
    assert {c.event.modality for c in claims} == {Modality.PLANNED}
    assert [value_to_json(c.value) for c in claims if c.attribute is Attribute.VENUE] == [
        {"country": "Russia"},
        {"city": "Sochi"},
    ]


def test_duration_after_a_date_after_the_verb():
    text = f"{PM} and {KISHIDA} spoke by video link on Friday for about an hour."
    assert [c.value.seconds for c in _claims(text, Attribute.DURATION)] == [3600]


def test_month_abbreviation_does_not_end_the_sentence():
    assert len(split_sentences("They will meet on Sept. 4 in Sochi. Then they leave.")) == 2


def test_possessive_names_are_the_names():
    text = (
        "Chinese President Xi Jinping's meeting with Russian President Vladimir Putin in Moscow lasted 4 1/2 hours. "
        "Putin's talks with Indian Prime Minister Narendra Modi ended on March 21."
    )
    parts = [c.value for c in _claims(text, Attribute.PARTICIPANTS)]
    assert parts == [["Xi Jinping", "Vladimir Putin"], ["Vladimir Putin", "Narendra Modi"]]


def test_the_same_people_of_one_event_are_claimed_once():
    text = (
        "Kenyan President Uhuru Kenyatta met World Athletics President Sebastian Coe on Friday. Kenyatta and Coe "
        "talked for 40 minutes. Coe had met Kenyatta in Doha in 2019."
    )
    claims = _claims(text, Attribute.PARTICIPANTS)
    assert [c.value for c in claims] == [["Uhuru Kenyatta", "Sebastian Coe"], ["Sebastian Coe", "Uhuru Kenyatta"]]
    assert claims[0].event.id != claims[1].event.id  # the second is the earlier meeting ("had met")


def test_a_day_after_something_undated_is_no_date():
    text = f"{PM} hosted {KISHIDA} in New Delhi on March 20, a day after Kishida arrived."
    assert _values(text, "2023-03-21T12:00:00+00:00", Attribute.DATE) == [{"value": "2023-03-20", "precision": "day"}]


def test_duration_after_the_person_met():
    text = f"{PM} arrived on Sunday. He met {KISHIDA} on Monday for 35 minutes."
    assert [c.value.seconds for c in _claims(text, Attribute.DURATION)] == [2100]


THAI = "Thai Prime Minister Srettha Thavisin"
LAO = "Lao Prime Minister Sonexay Siphandone"
CALL = f"{PM} and {KISHIDA} spoke by phone on Tuesday. "


@pytest.mark.parametrize(
    ("text", "mention", "date"),
    [
        (f"{CALL}He spoke with {THAI} later that day.", f"He spoke with {THAI}", "2024-05-07"),
        (f"{CALL}She also met {THAI} on Wednesday.", f"She also met {THAI}", "2024-05-08"),
        (f"{CALL}In Bangkok, he had met {THAI} the previous day.", f"he had met {THAI}", "2024-05-06"),
        (f"{CALL}He later held talks with {THAI} on Wednesday.", f"He later held talks with {THAI}", "2024-05-08"),
    ],
)
def test_pronoun_subject_meets_the_one_person_the_clause_names(text, mention, date):
    claims = _claims(text)
    (part,) = [c for c in claims if c.attribute is Attribute.PARTICIPANTS and c.event.id == "e2"]
    assert part.mention == mention
    assert part.value == ["Narendra Modi", "Srettha Thavisin"]  # the antecedent: the call's first participant
    (when,) = [c for c in claims if c.attribute is Attribute.DATE and c.event.id == "e2"]
    assert when.value.value == date


@pytest.mark.parametrize("opener", ["where", "when"])
def test_pronoun_subject_after_where_or_when_meets_the_person_named(opener):
    text = f"{CALL}He flew to Bangkok on Wednesday, {opener} he met {THAI}."
    parts = [(c.mention, c.value) for c in _claims(text, Attribute.PARTICIPANTS)]
    assert parts[-1] == (f"he met {THAI}", ["Narendra Modi", "Srettha Thavisin"])


def test_pronoun_subject_event_takes_the_sentence_venue():
    claims = _claims(f"{CALL}In Bangkok, he had met {THAI} the previous day.")
    (venue,) = [c for c in claims if c.attribute is Attribute.VENUE]
    assert venue.event.id == "e2" and venue.value.city == "Bangkok"


@pytest.mark.parametrize(
    "text",
    [
        f"{CALL}He said he had met {THAI} on Monday.",
        f"{CALL}He told reporters that {THAI} was right.",
        f'{CALL}"He met {THAI} on Monday," an aide said.',
        f"{CALL}He spoke to reporters on Monday.",
        f"He spoke with {THAI} on Monday.",  # no earlier event: nobody to be "he"
    ],
)
def test_pronoun_subject_rule_skips_speech_quotes_and_pairs(text):
    parts = [c.value for c in _claims(text, Attribute.PARTICIPANTS)]
    assert not any("Srettha Thavisin" in p for p in parts)


def test_pronoun_subject_meets_both_people_a_clause_names():
    """ "He met A and B on Monday", "He was welcomed by A and B": the pronoun's person and both of them."""
    parts = [c.value for c in _claims(f"{CALL}He met {THAI} and {LAO} on Monday.", Attribute.PARTICIPANTS)]
    assert parts[-1] == ["Narendra Modi", "Srettha Thavisin", "Sonexay Siphandone"]


@pytest.mark.parametrize(
    ("text", "modality", "date"),
    [
        (f"{PM} flies to Jakarta on Monday.", Modality.PLANNED, "2024-05-13"),
        (f"{PM} heads to Jakarta on Monday.", Modality.PLANNED, "2024-05-13"),
        (f"{PM} travels to Jakarta on Monday.", Modality.PLANNED, "2024-05-13"),
        (f"{PM} leaves for Jakarta on Monday.", Modality.PLANNED, "2024-05-13"),
        (f"{PM} headed to Jakarta on Monday.", Modality.ASSERTED, "2024-05-06"),
        (f"{PM} flew to Jakarta on Monday.", Modality.ASSERTED, "2024-05-06"),
        (f"{PM} left for Jakarta on Monday.", Modality.ASSERTED, "2024-05-06"),
        (f"{PM} arrived in Jakarta on Monday.", Modality.ASSERTED, "2024-05-06"),
    ],
)
def test_travel_verbs_are_visits_present_tense_scheduled(text, modality, date):
    (claim,) = _claims(text, Attribute.DATE)
    assert claim.event.type is EventType.VISIT
    assert claim.event.modality is modality
    assert claim.value.value == date


def test_arrived_in_a_place_is_the_visit_venue():
    claims = _claims(f"{PM} arrived in Jakarta by train on Monday.")
    assert {c.event.id for c in claims} == {"e1"}
    assert [c.value.city for c in claims if c.attribute is Attribute.VENUE] == ["Jakarta"]


@pytest.mark.parametrize(
    "text",
    [
        f"{PM} arrived late.",  # no place and no day: no visit ("arrived late on Monday" is one, dated)
        f"Little was left for the budget on Monday, {PM} said.",  # "left for" + lowercase: no trip
        "The heads of state posed for photos on Monday.",
    ],
)
def test_travel_verbs_need_their_place(text):
    assert _claims(text) == []


def test_his_travels_are_not_scheduled():
    (claim,) = _claims(f"During his travels to Jakarta in March, {PM} met {KISHIDA}.", Attribute.DATE)
    assert claim.value.value == "2024-03"


@pytest.mark.parametrize(
    ("text", "attributes"),
    [
        (
            "Erdogan, who turned 71 in February, hosted Syrian President Ahmed al-Sharaa in Istanbul on April 12.",
            ["participants", "venue", "date"],
        ),
        (
            "Chinese President Xi Jinping received Russian President Vladimir Putin in Beijing on May 16.",
            ["participants", "venue", "date"],
        ),
        ("Qatar hosted the World Cup in Doha in 2022.", []),
        ("The president received a letter in Washington on Monday.", []),
    ],
)
def test_a_host_verb_is_an_event_when_a_person_is_its_object(text, attributes):
    assert [c.attribute.value for c in _claims(text)] == attributes


@pytest.mark.parametrize("verb", ["spoke to", "talked to"])
def test_spoke_to_a_person_names_both_participants(verb):
    text = f"Turkish President Recep Tayyip Erdogan {verb} Russian President Vladimir Putin by phone on Tuesday."
    assert [c.value for c in _claims(text, Attribute.PARTICIPANTS)] == [["Recep Tayyip Erdogan", "Vladimir Putin"]]


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said on Monday that President Vladimir Putin had no plans to meet Ukrainian President "
        "Volodymyr Zelensky.",
        "US President Donald Trump has never met North Korean leader Kim Jong Un in Pyongyang.",
        "US President Donald Trump did not meet Chinese President Xi Jinping on Monday.",
        "Chinese President Xi Jinping refused to meet US President Joe Biden in 2023.",
        "US President Joe Biden and Chinese President Xi Jinping didn't hold talks in Bali on Monday.",
    ],
)
def test_a_denied_or_refused_event_gives_no_claims(text):
    assert _claims(text) == []


def test_a_plan_to_meet_is_not_a_denial():
    text = "US President Donald Trump will meet Chinese President Xi Jinping on Monday."
    assert [c.attribute for c in _claims(text)] == [Attribute.PARTICIPANTS, Attribute.DATE]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "In a phone call on Saturday, Saudi Crown Prince Mohammed bin Salman and Iranian President Masoud "
            "Pezeshkian discussed regional tensions.",
            [["Mohammed bin Salman", "Masoud Pezeshkian"]],
        ),
        (
            "During talks in Beijing on Monday, Chinese President Xi Jinping and Russian President Vladimir Putin "
            "signed a treaty.",
            [["Xi Jinping", "Vladimir Putin"]],
        ),
        (
            "After the summit, Chinese President Xi Jinping and Russian President Vladimir Putin said they were "
            "pleased.",
            [],
        ),
    ],
)
def test_a_pair_after_a_fronted_event_phrase_are_its_participants(text, parts):
    assert [c.value for c in _claims(text, Attribute.PARTICIPANTS)] == parts


def test_and_his_counterpart_joins_the_pair():
    text = "Russian Foreign Minister Sergei Lavrov and his US counterpart Marco Rubio met in Riyadh on Tuesday."
    assert [c.value for c in _claims(text, Attribute.PARTICIPANTS)] == [["Sergei Lavrov", "Marco Rubio"]]


@pytest.mark.parametrize(
    ("text", "first_sentence"),
    [
        ("BRUSSELS, Feb 27 (Reuters) - Josep Borrell met Aleksandar Vucic.", "BRUSSELS, Feb 27 (Reuters) - "),
        ("BOGOR, Indonesia, 9 January — Anwar Ibrahim met Joko Widodo.", "BOGOR, Indonesia, 9 January — "),
        ("NAIROBI, Kenya (AP) — Uhuru Kenyatta met Sebastian Coe.", "NAIROBI, Kenya (AP) — "),
        ("WASHINGTON — Joe Biden met Xi Jinping.", "WASHINGTON — "),
        ("MOSCOW/SEOUL, Sept 13 — Vladimir Putin met Kim Jong Un.", "MOSCOW/SEOUL, Sept 13 — "),
        # EFE's ".-" after the agency, and PTI's agency with no dash at all
        ("HAVANA, March 21 (EFE).- Barack Obama met Raul Castro.", "HAVANA, March 21 (EFE).- "),
        ("WUHAN, Apr 28 (PTI) Prime Minister Narendra Modi met Xi Jinping.", "WUHAN, Apr 28 (PTI) "),
    ],
)
def test_a_dateline_is_a_headline_sentence_of_its_own(text, first_sentence):
    sentences = split_sentences(text)
    assert sentences[0].headline and text[sentences[0].start : sentences[0].end] == first_sentence
    assert not sentences[1].headline and text[sentences[1].start :].split()[0] not in ("-", "—")
