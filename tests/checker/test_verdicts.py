"""The verdict rules of the corpus README, one table per attribute, on small hand-made references."""

from __future__ import annotations

from datetime import date

import pytest

from services.checker.verdicts import judge, person_key
from shared.model import (
    Attribute,
    Claim,
    DateValue,
    DurationValue,
    EventMention,
    EventType,
    Participant,
    Precision,
    ReferenceEvent,
    Source,
    Venue,
    VerdictStatus,
)

S, C, U = VerdictStatus.SUPPORTED, VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE
TRUMP = Participant("Donald Trump", ("Trump", "President Trump"))
XI = Participant("Xi Jinping", ("Xi", "President Xi"))
SOURCE = Source("https://example.org/a", "A source", ("date",))


def ref(**changes) -> ReferenceEvent:
    base = dict(
        id="meet-2025-10-30",
        event_type=EventType.MEETING,
        title="Leaders meet in Busan",
        participants=[TRUMP, XI],
        start=date(2025, 10, 30),
        sources=[SOURCE],
        duration_minutes=100,
        duration_note="about 100 minutes",
        venue=Venue(name="Gimhae Air Base", city="Busan", country="South Korea", country_code="KR"),
        version=3,
    )
    return ReferenceEvent(**{**base, **changes})


MEETING = ref()
SUMMIT = ref(
    id="summit-1986",
    event_type=EventType.SUMMIT,
    title="Two-day summit",
    start=date(1986, 10, 11),
    end=date(1986, 10, 12),
    duration_minutes=None,
    duration_note=None,
    venue=Venue(name="Höfði", city="Reykjavík", country="Iceland", country_code="IS"),
)
CALL = ref(id="call", event_type=EventType.PHONE_CALL, title="A call", duration_minutes=None, venue=None)
VIDEO = ref(id="video", event_type=EventType.VIDEO_CALL, title="A video call", duration_minutes=85, duration_note=None)
FILOLI = ref(
    id="filoli",
    venue=Venue(name="Filoli", city="Woodside", region="California", country="United States", country_code="US"),
)
ANCHORAGE = ref(
    id="anchorage", venue=Venue(city="Anchorage", region="Alaska", country="United States", country_code="US")
)
COUNTRY_ONLY = ref(id="korea", venue=Venue(country="South Korea", country_code="KR"))
INDONESIA = ref(id="indonesia", venue=Venue(country="Indonesia", country_code="ID"))
CITY_STATE = ref(id="sg", venue=Venue(name="Capella Hotel, Sentosa Island", city="Singapore", country="Singapore"))
SOVIET = ref(id="moscow", venue=Venue(city="Moscow", country="Soviet Union", country_code="SU"))


def claim(attribute: Attribute, value) -> Claim:
    return Claim("c1", attribute, "mention", (0, 7), EventMention("e1", EventType.MEETING), value)


def day(text: str) -> DateValue:
    return DateValue(text, Precision.DAY)


@pytest.mark.parametrize(
    ("reference", "value", "status"),
    [
        (MEETING, day("2025-10-30"), S),
        (MEETING, day("2025-10-29"), C),
        (MEETING, day("2025-10-31"), C),
        (SUMMIT, day("1986-10-11"), S),
        (SUMMIT, day("1986-10-12"), S),
        (SUMMIT, day("1986-10-10"), C),
        (SUMMIT, day("1986-10-13"), C),
        (MEETING, DateValue("2025-10", Precision.MONTH), S),
        (MEETING, DateValue("2025-11", Precision.MONTH), C),
        (MEETING, DateValue("2025", Precision.YEAR), S),
        (MEETING, DateValue("2026", Precision.YEAR), C),
        (ref(start=date(2025, 10, 30), end=date(2025, 11, 2)), DateValue("2025-11", Precision.MONTH), S),
    ],
)
def test_date_agrees_within_start_to_end_at_the_claimed_precision(reference, value, status):
    assert judge(claim(Attribute.DATE, value), reference).status is status


@pytest.mark.parametrize(
    ("reference", "seconds", "approximate", "status"),
    [
        (MEETING, 6000, True, S),  # "about 100 minutes"
        (MEETING, 7500, False, S),  # reference note widens to ±25%: 125 minutes
        (MEETING, 7560, False, C),  # 126 minutes
        (MEETING, 4500, True, S),  # 75 minutes, the lower bound
        (MEETING, 14400, True, C),  # "nearly four hours"
        (VIDEO, 5100, False, S),  # "one hour and 25 minutes"
        (VIDEO, 5400, False, S),  # 90 minutes: exact needs ±5 minutes at least
        (VIDEO, 5460, False, C),  # 91 minutes
        (VIDEO, 6000, True, S),  # approximate claim widens to ±25%
        (VIDEO, 2400, True, C),  # "about 40 minutes"
        (ref(duration_minutes=240, duration_note=None), 14400 + 12 * 60, False, S),  # 5% of 240 = 12
        (ref(duration_minutes=240, duration_note=None), 14400 + 13 * 60, False, C),
        (CALL, 7200, True, U),  # no duration_minutes
    ],
)
def test_duration_tolerance_is_25_percent_when_hedged_else_5_percent(reference, seconds, approximate, status):
    value = DurationValue(seconds, approximate)
    assert judge(claim(Attribute.DURATION, value), reference).status is status


@pytest.mark.parametrize(
    ("names", "status"),
    [
        (["Donald Trump", "Xi Jinping"], S),
        (["Xi Jinping"], S),
        (["President Xi", "trump"], S),
        (["XI JINPING"], S),
        (["Xi Jinping", "Mikhail Mishustin"], C),
        (["Moon Jae-in"], C),
        ([], U),
    ],
)
def test_participants_must_all_be_reference_participants(names, status):
    assert judge(claim(Attribute.PARTICIPANTS, names), MEETING).status is status


@pytest.mark.parametrize(
    ("a", "b"), [("Kim Jong-un", "Kim Jong Un"), ("Donald J. Trump", "donald j trump"), ("Høgni", "hogni")]
)
def test_person_key_ignores_hyphens_dots_case_and_diacritics(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(
    ("reference", "value", "status"),
    [
        (MEETING, Venue(city="Busan", country="South Korea"), S),
        (MEETING, Venue(country="South Korea"), S),
        (MEETING, Venue(country="Korea, South"), S),
        (MEETING, Venue(city="Pusan"), S),
        (MEETING, Venue(city="Seoul", country="South Korea"), C),
        (MEETING, Venue(country="Japan"), C),
        (MEETING, Venue(name="Gimhae air base"), S),
        (MEETING, Venue(name="the Blue House"), C),
        (FILOLI, Venue(city="Woodside", region="California"), S),
        (FILOLI, Venue(name="the Filoli estate"), S),
        (FILOLI, Venue(region="California"), S),
        (FILOLI, Venue(country="USA"), S),
        (FILOLI, Venue(city="Los Angeles"), C),
        (FILOLI, Venue(region="Nevada"), C),
        (FILOLI, Venue(region="Bay Area"), U),
        (ANCHORAGE, Venue(city="Juneau", region="Alaska"), C),
        (ANCHORAGE, Venue(region="Alaska"), S),
        (SUMMIT, Venue(city="Reykjavik", country="Iceland"), S),
        (SUMMIT, Venue(name="Hofdi House"), S),
        (SUMMIT, Venue(city="Oslo", country="Norway"), C),
        (CITY_STATE, Venue(country="Singapore"), S),
        (CITY_STATE, Venue(name="Capella hotel"), S),
        (CITY_STATE, Venue(city="Bangkok", country="Thailand"), C),
        (SOVIET, Venue(country="USSR"), S),
        (SOVIET, Venue(country="Russia"), C),
        (COUNTRY_ONLY, Venue(city="Seoul"), U),
        (COUNTRY_ONLY, Venue(city="Osaka"), C),
        (COUNTRY_ONLY, Venue(city="Xqzzyville"), U),
        (COUNTRY_ONLY, Venue(city="Seoul", country="South Korea"), S),
        (INDONESIA, Venue(region="Bali", country="Indonesia"), S),
        (INDONESIA, Venue(region="Bali"), U),
        (CALL, Venue(city="Beijing"), U),
    ],
)
def test_venue_every_comparable_field_must_agree(reference, value, status):
    assert judge(claim(Attribute.VENUE, value), reference).status is status


@pytest.mark.parametrize(
    ("attribute", "value", "expected"),
    [
        (Attribute.DATE, DateValue("2025-10", Precision.MONTH), DateValue("2025-10-30", Precision.DAY)),
        (Attribute.DURATION, DurationValue(6000, True), DurationValue(6000, True)),
        (Attribute.PARTICIPANTS, ["Xi"], ["Donald Trump", "Xi Jinping"]),
        (Attribute.VENUE, Venue(city="Busan"), MEETING.venue),
    ],
)
def test_verdict_carries_the_reference_value_in_the_claims_shape(attribute, value, expected):
    verdict = judge(claim(attribute, value), MEETING)
    assert verdict.expected == expected
    assert (verdict.reference_id, verdict.reference_version) == ("meet-2025-10-30", 3)
    assert verdict.sources == [SOURCE]
    assert verdict.checked_at is None


def test_multi_day_expected_date_is_the_start_and_the_explanation_gives_the_range():
    verdict = judge(claim(Attribute.DATE, day("1986-10-12")), SUMMIT)
    assert verdict.expected == DateValue("1986-10-11", Precision.DAY)
    assert "1986-10-11 to 1986-10-12" in verdict.explanation


@pytest.mark.parametrize(
    ("attribute", "value", "phrase"),
    [
        (
            Attribute.DATE,
            DateValue("2025-10", Precision.MONTH),
            "dates the event to 2025-10-30, which falls in October 2025",
        ),
        (Attribute.DATE, day("2025-10-29"), "not 2025-10-29"),
        (Attribute.DURATION, DurationValue(14400, True), "outside"),
        (Attribute.PARTICIPANTS, ["Xi Jinping", "Mikhail Mishustin"], "not Mikhail Mishustin"),
        (Attribute.VENUE, Venue(city="Seoul"), "not the claimed city Seoul"),
    ],
)
def test_explanation_names_the_reference_and_the_reason(attribute, value, phrase):
    explanation = judge(claim(attribute, value), MEETING).explanation
    assert explanation.startswith("The reference 'Leaders meet in Busan' (meet-2025-10-30) ")
    assert phrase in explanation
    assert explanation.endswith(".")


def test_note_is_appended_to_the_explanation():
    verdict = judge(claim(Attribute.DATE, day("2025-10-30")), MEETING, note="Two events fit equally well")
    assert verdict.explanation.endswith("which matches 2025-10-30. Two events fit equally well.")


def test_no_reference_is_unverifiable_without_a_reference_id():
    verdict = judge(claim(Attribute.DATE, day("2019-06-29")), None, note="No candidate fits.")
    assert verdict.status is U
    assert verdict.reference_id is None and verdict.expected is None
    assert "No reference event" in verdict.explanation and verdict.explanation.endswith("No candidate fits.")


def test_no_duration_explains_that_the_reference_lacks_it():
    verdict = judge(claim(Attribute.DURATION, DurationValue(7200, True)), CALL)
    assert verdict.expected is None
    assert "records no duration" in verdict.explanation
