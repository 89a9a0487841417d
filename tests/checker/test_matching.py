"""Choosing the reference event for an event mention: gates, date windows, scoring and ties."""

from __future__ import annotations

from datetime import date

import pytest

from services.checker.matching import Match, choose_reference, claim_window, date_window, type_score
from shared.model import (
    Attribute,
    Claim,
    DateValue,
    DurationValue,
    EventMention,
    EventType,
    Modality,
    Participant,
    Precision,
    ReferenceEvent,
    Venue,
)

TRUMP = Participant("Donald Trump", ("Trump",))
XI = Participant("Xi Jinping", ("Xi",))
PUTIN = Participant("Vladimir Putin", ("Putin",))
BIDEN = Participant("Joe Biden", ("Biden",))


def ref(id_: str, kind: EventType, people: list[Participant], start: date, **extra) -> ReferenceEvent:
    return ReferenceEvent(id=id_, event_type=kind, title=id_, participants=people, start=start, sources=[], **extra)


BUSAN = ref(
    "busan", EventType.MEETING, [TRUMP, XI], date(2025, 10, 30), duration_minutes=100,
    venue=Venue(city="Busan", country="South Korea", country_code="KR"),
)  # fmt: skip
CALL = ref("call", EventType.PHONE_CALL, [TRUMP, XI], date(2026, 2, 4))
VIDEO = ref("video", EventType.VIDEO_CALL, [XI, PUTIN], date(2026, 2, 4), duration_minutes=85)
FILOLI = ref(
    "filoli", EventType.SUMMIT, [BIDEN, XI], date(2023, 11, 15),
    venue=Venue(city="Woodside", region="California", country="United States", country_code="US"),
)  # fmt: skip
OLD_BUSAN = ref("busan-old", EventType.MEETING, [TRUMP, XI], date(2025, 10, 30), rank="deprecated")
BEIJING_VISIT = ref("beijing-visit", EventType.VISIT, [TRUMP, XI], date(2026, 4, 1), planned=True)
STORE = [BUSAN, CALL, VIDEO, FILOLI, OLD_BUSAN, BEIJING_VISIT]


def day(text: str) -> DateValue:
    return DateValue(text, Precision.DAY)


def month(text: str) -> DateValue:
    return DateValue(text, Precision.MONTH)


def mention(
    kind: EventType = EventType.OTHER, people: tuple[str, ...] = (), planned: bool = False, **values
) -> list[Claim]:
    """Claims about one event mention; ``values`` maps attribute name -> claimed value."""
    modality = Modality.PLANNED if planned else Modality.ASSERTED
    event = EventMention("e1", kind, list(people), modality)
    return [Claim(f"c{i}", Attribute(a), a, (0, 1), event, v) for i, (a, v) in enumerate(values.items())]


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        (mention(EventType.PHONE_CALL, ("Donald Trump", "Xi Jinping"), date=day("2026-02-04")), "call"),
        (mention(EventType.PHONE_CALL, ("Xi Jinping", "Donald Trump"), date=day("2026-02-03")), "call"),
        (mention(EventType.VIDEO_CALL, ("Vladimir Putin", "Xi Jinping"), date=day("2026-02-02")), "video"),
        (mention(EventType.VIDEO_CALL, ("Xi Jinping", "Mikhail Mishustin"), date=day("2026-02-04")), "video"),
        (mention(EventType.VIDEO_CALL, ("Xi Jinping",), participants=["Xi Jinping", "Mikhail Mishustin"]), "video"),
        (mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), date=day("2025-10-30")), "busan"),
        (mention(EventType.TALKS, ("Trump", "Xi"), date=day("2025-10-29"), participants=["Trump", "Xi"]), "busan"),
        (mention(EventType.MEETING, ("Donald Trump",), date=month("2025-10"), venue=Venue(city="Busan")), "busan"),
        (mention(EventType.SUMMIT, ("Joe Biden", "Xi Jinping"), date=day("2023-11-14")), "filoli"),
        (mention(EventType.MEETING, ("Joe Biden", "Leonid Brezhnev"), date=day("2023-11-16")), "filoli"),
        (mention(EventType.OTHER, ("Donald Trump", "Xi Jinping"), date=day("2025-10-30")), "busan"),
        (mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), duration=DurationValue(6000, True)), "busan"),
        (mention(EventType.OTHER, ("Xi Jinping",), venue=Venue(city="Busan")), "busan"),
        (mention(EventType.MEETING, date=day("2025-10-30")), "busan"),
        (mention(EventType.MEETING, date=day("2025-11-02"), venue=Venue(country="South Korea")), "busan"),
        (mention(EventType.VISIT, ("Donald Trump",), planned=True, date=month("2026-04")), "beijing-visit"),
    ],
)
def test_one_wrong_attribute_still_matches_the_same_event(claims, expected):
    match = choose_reference(claims, STORE)
    assert match.reference is not None and match.reference.id == expected
    assert not match.ambiguous


@pytest.mark.parametrize(
    "claims",
    [
        mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), date=month("2019-06")),  # Osaka, June 2019
        mention(EventType.OTHER, ("Donald Trump", "Xi Jinping"), date=month("2025-11")),  # "since November 2025"
        mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), date=day("2019-06-29")),
        mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), date=day("2025-11-07")),  # 8 days off
        mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), date=DateValue("2024", Precision.YEAR)),
        mention(EventType.PHONE_CALL, ("Donald Trump", "Xi Jinping"), date=day("2025-10-30")),  # call vs meeting
        mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), date=day("2026-02-04")),  # meeting vs call
        mention(EventType.VISIT, ("Donald Trump",), planned=True, date=month("2025-10")),  # planned vs past
        mention(EventType.VISIT, ("Donald Trump", "Xi Jinping"), date=month("2026-04")),  # asserted vs planned
        mention(EventType.MEETING, ("Moon Jae-in",), date=day("2025-10-30")),  # nobody in common
        mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), venue=Venue(city="Buenos Aires")),  # no date
        mention(EventType.OTHER, ("Xi Jinping",), venue=Venue(country="China")),  # no date, untyped
        mention(EventType.MEETING, date=day("2025-10-27")),  # nobody named, date only near
        mention(EventType.MEETING, venue=Venue(city="Busan")),  # nobody named, no date
    ],
)
def test_a_different_event_matches_nothing(claims):
    match = choose_reference(claims, STORE)
    assert match == Match(None, 0.0, match.note)
    assert match.note


def test_deprecated_references_never_match():
    claims = mention(EventType.MEETING, ("Donald Trump", "Xi Jinping"), date=day("2025-10-30"))
    assert choose_reference(claims, [OLD_BUSAN]).reference is None


def test_equal_fits_are_ambiguous_and_the_note_names_both():
    claims = mention(EventType.OTHER, ("Xi Jinping",), date=day("2026-02-04"))
    match = choose_reference(claims, STORE)
    assert match.ambiguous
    assert match.reference is not None and match.reference.id in {"call", "video"}
    assert "'call' (call)" in match.note and "'video' (video)" in match.note


def test_exact_type_beats_the_same_family():
    claims = mention(EventType.VIDEO_CALL, ("Xi Jinping",), date=day("2026-02-04"))
    match = choose_reference(claims, STORE)
    assert (match.reference.id, match.ambiguous) == ("video", False)


def test_other_type_scores_lower_than_a_typed_mention():
    people = ("Donald Trump", "Xi Jinping")
    typed = choose_reference(mention(EventType.MEETING, people, date=day("2025-10-30")), STORE)
    untyped = choose_reference(mention(EventType.OTHER, people, date=day("2025-10-30")), STORE)
    assert untyped.score < typed.score <= 1.0


def test_no_claims_and_no_candidates_match_nothing():
    assert choose_reference([], STORE).reference is None
    assert choose_reference(mention(EventType.MEETING, ("Xi Jinping",), date=day("2025-10-30")), []).reference is None


@pytest.mark.parametrize(
    ("mention_type", "reference_type", "score"),
    [
        (EventType.MEETING, EventType.MEETING, 1.0),
        (EventType.VISIT, EventType.SUMMIT, 0.7),
        (EventType.TALKS, EventType.MEETING, 0.7),
        (EventType.VIDEO_CALL, EventType.PHONE_CALL, 0.7),
        (EventType.OTHER, EventType.PHONE_CALL, 0.4),
        (EventType.PHONE_CALL, EventType.MEETING, None),
        (EventType.SUMMIT, EventType.VIDEO_CALL, None),
    ],
)
def test_type_compatibility_families(mention_type, reference_type, score):
    assert type_score(mention_type, reference_type) == score


@pytest.mark.parametrize(
    ("values", "window"),
    [
        ([day("2026-02-04")], (date(2026, 1, 28), date(2026, 2, 11))),
        ([month("2025-10")], (date(2025, 10, 1), date(2025, 10, 31))),
        ([DateValue("2026", Precision.YEAR)], (date(2026, 1, 1), date(2026, 12, 31))),
        ([day("1986-10-10"), day("1986-10-12")], (date(1986, 10, 3), date(1986, 10, 19))),
        ([], None),
    ],
)
def test_date_window_is_the_hull_of_the_claims_windows(values, window):
    claims = [Claim(f"c{i}", Attribute.DATE, "m", (0, 1), EventMention("e1"), v) for i, v in enumerate(values)]
    claims += mention(EventType.MEETING, ("Xi Jinping",), venue=Venue(city="Busan"))
    assert date_window(claims) == window


@pytest.mark.parametrize("value", [day("2025-10-23"), day("2025-11-06"), month("2025-10"), day("2026-02-01")])
def test_every_accepted_reference_overlaps_the_search_window(value):
    claims = mention(EventType.OTHER, ("Donald Trump", "Xi Jinping"), date=value)
    match = choose_reference(claims, STORE)
    lo, hi = date_window(claims)
    assert match.reference is not None
    assert match.reference.start <= hi and match.reference.last_day >= lo
    assert claim_window(value) == (lo, hi)


@pytest.mark.parametrize(
    ("published", "expected"),
    [(date(2026, 2, 4), "call"), (date(2026, 2, 3), "call"), (date(2026, 2, 5), None), (None, None)],
    ids=["same-day", "day-before", "after-the-call", "unknown-date"],
)
def test_a_plan_matches_the_past_event_only_if_it_happened_after_the_report(published, expected):
    people = ("Xi Jinping", "Donald Trump")
    planned_call = mention(EventType.PHONE_CALL, people, planned=True, participants=list(people))
    match = choose_reference(planned_call, STORE, published)
    assert (match.reference.id if match.reference else None) == expected


def test_implied_people_with_wrong_day_and_place_are_another_event():
    """ "... after their summit in Seoul the day before": no participants claim, date and venue both wrong."""
    implied = mention(EventType.TALKS, ("Trump", "Xi"), date=day("2025-10-29"), venue=Venue(city="Seoul"))
    assert choose_reference(implied, STORE).reference is None
    named = implied + mention(EventType.TALKS, ("Trump", "Xi"), participants=["Donald Trump", "Xi Jinping"])
    assert choose_reference(named, STORE).reference.id == "busan"


def test_most_named_people_outside_the_reference_is_another_event():
    """Two of three named people are not in the Busan meeting: another event, not a wrong cast."""
    claims = mention(EventType.TALKS, ("Xi Jinping", "Yoon Suk Yeol", "Fumio Kishida"), venue=Venue(city="Busan"))
    assert choose_reference(claims, STORE).reference is None
