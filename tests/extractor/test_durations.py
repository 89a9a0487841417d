"""Table-driven tests for duration parsing and finding (own rows; no corpus reads)."""

from __future__ import annotations

import pytest

from services.extractor.durations import find_durations, parse_duration

H, MIN = 3600, 60


@pytest.mark.parametrize(
    ("phrase", "seconds", "approximate"),
    [
        ("two hours", 2 * H, False),
        ("90-minute", 90 * MIN, False),
        ("90 minutes", 90 * MIN, False),
        ("an hour and a half", 90 * MIN, False),
        ("an hour and a quarter", 75 * MIN, False),
        ("two hours and three quarters", 165 * MIN, False),
        ("2 1/2 hours", 150 * MIN, False),
        ("two and a half hours", 150 * MIN, False),
        ("40 mins", 40 * MIN, False),
        ("one hour and 20 minutes", 80 * MIN, False),
        ("1 hour 25 minutes", 85 * MIN, False),
        ("half an hour", 30 * MIN, False),
        ("three quarters of an hour", 45 * MIN, False),
        ("1.5 hrs", 90 * MIN, False),
        ("one sec", 1, False),
        ('1"', 1, False),
        ("2'", 2 * MIN, False),
        ("1 hour thirty", 90 * MIN, False),
        ("a day", 86400, False),
        ("1 month", 30 * 86400, False),
        ("3 quarters", 3 * 90 * 86400, False),
        ("2 years and 3 months", 27 * 30 * 86400, False),
        ("1 year, 2 days, 3 hours and 4 seconds", 365 * 86400 + 2 * 86400 + 3 * H + 4, False),
        ("twenty-five minutes", 25 * MIN, False),
    ],
)
def test_exact_durations_parse_to_seconds(phrase, seconds, approximate):
    assert parse_duration(phrase) == (seconds, approximate)


@pytest.mark.parametrize(
    ("phrase", "seconds"),
    [
        ("more than three hours", 3 * H),
        ("nearly five hours", 5 * H),
        ("about 100 minutes", 100 * MIN),
        ("roughly 90 minutes", 90 * MIN),
        ("approximately two hours", 2 * H),
        ("just over an hour", H),
        ("just under an hour", H),
        ("some 45 minutes", 45 * MIN),
        ("almost two hours", 2 * H),
        ("less than an hour", H),
        ("close to four hours", 4 * H),
        ("upwards of 90 minutes", 90 * MIN),
        ("around 40 minutes", 40 * MIN),
        ("over two hours", 2 * H),
        ("little more than an hour", H),  # the hedge without its article is the whole phrase
        ("little over two hours", 2 * H),
    ],
)
def test_hedged_durations_are_approximate(phrase, seconds):
    assert parse_duration(phrase) == (seconds, True)


@pytest.mark.parametrize("phrase", ["for months", "in days", "secretary", "minutes", "I second that", "two"])
def test_non_durations_do_not_parse(phrase):
    assert parse_duration(phrase) is None
    assert find_durations(phrase) == []


@pytest.mark.parametrize(
    ("text", "phrase", "seconds", "approximate"),
    [
        (
            "The call lasted approximately two hours (according to sources).",
            "approximately two hours",
            7200,
            True,
        ),
        ("after a 100-minute summit in Busan", "100-minute", 6000, False),
        ("four-hour talks ended", "four-hour", 14400, False),
        ("talked for roughly 90 minutes before Biden spoke", "roughly 90 minutes", 5400, True),
        ("The leaders spoke for one hour and 25 minutes.", "one hour and 25 minutes", 5100, False),
        ("held nearly four hours of talks on Wednesday", "nearly four hours", 14400, True),
        ("a two-day summit", "two-day", 172800, False),
        # "of" measures the event noun before it, even with "before" after the length (no offset then)
        ("held a one-on-one meeting of about 90 minutes before lunch", "about 90 minutes", 5400, True),
    ],
)
def test_event_durations_are_found_with_their_hedge(text, phrase, seconds, approximate):
    (m,) = find_durations(text)
    assert (m.phrase, m.seconds, m.approximate) == (phrase, seconds, approximate)
    assert text[m.start : m.end] == m.phrase


@pytest.mark.parametrize(
    "text",
    [
        "a one-year trade truce",
        "their first face-to-face meeting in six years",
        "the meeting two days ago",
        "the four-year term",
        "the 72-year-old president",
        "the 15th Five-Year Plan",
        "a second term",
        "they meet twice a week",
        "a tariff of 10 percent at the G20",
        "a deal after a day of talks in Panmunjom",
    ],
)
def test_spans_that_are_not_event_lengths_are_skipped(text):
    assert find_durations(text) == []


@pytest.mark.parametrize("text", ["a two-hour-", "talks lasted two-hour-", "a two-hour- long meeting"])
def test_a_hyphen_ending_the_text_after_a_duration_is_no_error(text):
    """A trailing hyphen once indexed past the last token and raised IndexError out of extract."""
    assert [(m.phrase, m.seconds) for m in find_durations(text)] == [("two-hour", 7200)]


def test_adjacent_durations_split_at_commas():
    found = find_durations("2 1/2 hours, 90 minutes")
    assert [(m.phrase, m.seconds) for m in found] == [("2 1/2 hours", 9000), ("90 minutes", 5400)]


def test_text_with_non_ascii_letters_finds_the_same_durations():
    """Non-ASCII letters switch the anchor scan to its character-level fallback; spans stay exact."""
    text = "\u00c0 Gen\u00e8ve: the talks lasted nearly four hours \u2014 a 100-minute summit."
    found = [(m.phrase, m.seconds, text[m.start : m.end]) for m in find_durations(text)]
    assert found == [("nearly four hours", 14400, "nearly four hours"), ("100-minute", 6000, "100-minute")]


@pytest.mark.parametrize(
    ("text", "phrase", "seconds"),
    [
        ("they held a 2½-hour meeting", "2½-hour", 9000),
        ("the talks lasted 1 ½ hours", "1 ½ hours", 5400),
        ("a ½ hour call", "½ hour", 1800),
    ],
)
def test_a_vulgar_fraction_adds_to_the_number_before_it(text, phrase, seconds):
    assert [(m.phrase, m.seconds) for m in find_durations(text)] == [(phrase, seconds)]
