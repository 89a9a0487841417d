"""Table-driven tests for temporal resolution and mention finding (own rows; no corpus reads)."""

from __future__ import annotations

from datetime import date

import pytest

from services.extractor.temporal import Direction, Grain, find_time_mentions, infer_direction, resolve

D, W, M, Q, Y = Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR
TUE = date(2013, 2, 12)  # a Tuesday, Duckling's reference day
F, P = Direction.FUTURE, Direction.PAST


@pytest.mark.parametrize(
    ("phrase", "expected", "grain"),
    [
        ("February 4, 2026", date(2026, 2, 4), D),
        ("4 February 2026", date(2026, 2, 4), D),
        ("On February 4, 2026", date(2026, 2, 4), D),
        ("Sunday, March 9, 2025", date(2025, 3, 9), D),
        ("2026-02-04", date(2026, 2, 4), D),
        ("10/31/74", date(1974, 10, 31), D),
        ("3/3/2015", date(2015, 3, 3), D),
        ("31/Oct/1974", date(1974, 10, 31), D),
        ("march third 2015", date(2015, 3, 3), D),
        ("14th April 15", date(2015, 4, 14), D),
        ("October 2025", date(2025, 10, 1), M),
        ("in October 2025", date(2025, 10, 1), M),
        ("since November 2025", date(2025, 11, 1), M),
        ("in 2017", date(2017, 1, 1), Y),
        ("by 2030", date(2030, 1, 1), Y),
        ("4th quarter 2018", date(2018, 10, 1), Q),
        ("2018Q4", date(2018, 10, 1), Q),
        ("last Sunday of March 2014", date(2014, 3, 30), D),
        ("third tuesday of september 2014", date(2014, 9, 16), D),
        ("last day of october 2015", date(2015, 10, 31), D),
        ("last week of september 2014", date(2014, 9, 22), W),
    ],
)
def test_absolute_dates_resolve_at_their_stated_precision(phrase, expected, grain):
    assert resolve(phrase, TUE, P) == resolve(phrase, TUE, F)
    got = resolve(phrase, TUE, P)
    assert got is not None and (got.day, got.grain) == (expected, grain)


@pytest.mark.parametrize(
    ("phrase", "expected", "grain"),
    [
        ("Feb. 4", date(2014, 2, 4), D),
        ("feb 4th", date(2014, 2, 4), D),
        ("the 4th of February", date(2014, 2, 4), D),
        ("15th february", date(2013, 2, 15), D),
        ("2/15", date(2013, 2, 15), D),
        ("tuesday", date(2013, 2, 19), D),
        ("thursday", date(2013, 2, 14), D),
        ("mon.", date(2013, 2, 18), D),
        ("next wednesday", date(2013, 2, 20), D),
        ("next monday", date(2013, 2, 18), D),
        ("friday after next", date(2013, 2, 22), D),
        ("last Friday", date(2013, 2, 8), D),
        ("this past Sunday", date(2013, 2, 10), D),
        ("march", date(2013, 3, 1), M),
        ("in April", date(2013, 4, 1), M),
        ("next March", date(2013, 3, 1), M),
        ("yesterday", date(2013, 2, 11), D),
        ("today", date(2013, 2, 12), D),
        ("tomorrow", date(2013, 2, 13), D),
        ("this morning", date(2013, 2, 12), D),
        ("the day after tomorrow", date(2013, 2, 14), D),
        ("this week", date(2013, 2, 11), W),
        ("last month", date(2013, 1, 1), M),
        ("next month", date(2013, 3, 1), M),
        ("this year", date(2013, 1, 1), Y),
        ("earlier this year", date(2013, 1, 1), Y),
        ("later this year", date(2013, 1, 1), Y),
        ("early next year", date(2014, 1, 1), Y),
        ("next quarter", date(2013, 4, 1), Q),
        ("the 3rd qtr", date(2013, 7, 1), Q),
        ("two days ago", date(2013, 2, 10), D),
        ("a week ago", date(2013, 2, 5), D),
        ("in 3 days", date(2013, 2, 15), D),
        ("3 years from today", date(2016, 2, 12), D),
        ("eighty years ago today", date(1933, 2, 12), D),
        ("first Monday of last month", date(2013, 1, 7), D),
        ("the week of october 6th", date(2013, 10, 7), W),
        ("the ides of march", date(2013, 3, 15), D),
        ("Christmas Eve", date(2013, 12, 24), D),
        ("New Year's Day", date(2014, 1, 1), D),
        ("4th of July", date(2013, 7, 4), D),
        ("Independence Day", date(2013, 7, 4), D),
        ("Halloween", date(2013, 10, 31), D),
        ("Anzac Day", date(2013, 4, 25), D),
        ("Canada Day", date(2013, 7, 1), D),
        ("International Women's Day", date(2013, 3, 8), D),
        ("Thanksgiving", date(2013, 11, 28), D),
        ("easter", date(2013, 3, 31), D),
    ],
)
def test_future_direction_follows_duckling_conventions(phrase, expected, grain):
    got = resolve(phrase, TUE, F)
    assert got is not None and (got.day, got.grain) == (expected, grain)


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected", "grain"),
    [
        ("on Thursday", date(2025, 10, 31), date(2025, 10, 30), D),  # Friday → the day before
        ("on Tuesday", date(2018, 6, 12), date(2018, 6, 12), D),  # same weekday → the anchor itself
        ("on Monday", date(2026, 2, 4), date(2026, 2, 2), D),
        ("opened on Saturday", date(1986, 10, 13), date(1986, 10, 11), D),
        ("in September", date(2026, 2, 4), date(2025, 9, 1), M),
        ("in April", date(2018, 6, 12), date(2018, 4, 1), M),
        ("in October", date(2025, 10, 31), date(2025, 10, 1), M),  # the anchor's month counts
        ("since June", date(2026, 2, 5), date(2025, 6, 1), M),
        ("last October", date(2026, 2, 5), date(2025, 10, 1), M),
        ("last November", date(2023, 11, 16), date(2022, 11, 1), M),  # strictly before the month
        ("On February 4", date(2026, 2, 5), date(2026, 2, 4), D),
        ("Christmas", date(2013, 2, 12), date(2012, 12, 25), D),
        ("the 4th of February last year", date(2023, 3, 21), date(2022, 2, 4), D),  # an ordinal day, a year back
        ("the day before New Year's Eve", date(2023, 1, 5), date(2022, 12, 30), D),
        ("the day after Thanksgiving", date(2023, 1, 5), date(2022, 11, 25), D),
    ],
)
def test_past_direction_takes_the_most_recent_occurrence(phrase, anchor, expected, grain):
    phrase = phrase.removeprefix("opened ")
    got = resolve(phrase, anchor, P)
    assert got is not None and (got.day, got.grain) == (expected, grain)


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("in April", date(2025, 10, 31), date(2026, 4, 1)),
        ("in September", date(2026, 2, 4), date(2026, 9, 1)),
        ("on Thursday", date(2025, 10, 31), date(2025, 11, 6)),
    ],
)
def test_future_direction_takes_the_next_occurrence(phrase, anchor, expected):
    got = resolve(phrase, anchor, F)
    assert got is not None and got.day == expected


@pytest.mark.parametrize(
    "phrase", ["the same day", "earlier the same day", "the following day", "the next day", "that day"]
)
def test_anaphors_do_not_resolve_on_their_own(phrase):
    assert resolve(phrase, TUE, P) is None


def test_parenthesised_date_after_an_anaphor_is_used():
    got = resolve("on the same day (February 4)", date(2026, 2, 5), P)
    assert got is not None and got.day == date(2026, 2, 4)


@pytest.mark.parametrize("phrase", ["2026", "25", "G20", "10 percent", "two hours", "laughing out loud", "palm"])
def test_non_dates_do_not_resolve_as_mentions(phrase):
    assert find_time_mentions(phrase) == []


@pytest.mark.parametrize(
    ("phrase", "direction", "year"),
    [
        # a season gives the year it falls in: "this" the anchor's, "next"/"last" the next or last one's
        ("this autumn", "future", 2013),
        ("next spring", "future", 2013),  # the anchor (Feb 12) is before this year's spring
        ("next autumn", "future", 2013),
        ("last summer", "past", 2012),
        ("last autumn", "past", 2012),
        ("the summer of 2019", "past", 2019),
        ("fall 2024", "future", 2024),
        ("early summer 2019", "past", 2019),
    ],
)
def test_a_season_resolves_to_its_year(phrase, direction, year):
    got = resolve(phrase, TUE, F if direction == "future" else P)
    assert got is not None and (got.day, got.grain) == (date(year, 1, 1), Y)


@pytest.mark.parametrize("phrase", ["spring", "in the spring", "the fall", "summer"])
def test_a_season_without_a_modifier_or_year_is_no_date(phrase):
    assert resolve(phrase, TUE, F) is None


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("On February 4, 2026, a call took place.", ["On February 4, 2026"]),
        ("Moon is due to visit Pyongyang this autumn, at a hot-spring inn.", ["this autumn"]),
        # no date starts inside a number: "nearly 1,000 years ago" is no "000 years ago"
        ("since Christianity split nearly 1,000 years ago, on Friday", ["on Friday"]),
        # "in April, the first to which Cuba has been invited" is April, not April 1
        ("the Summit of the Americas in Panama in April, the first to which Cuba has been invited", ["in April"]),
        ("They met in Busan, South Korea, in October 2025.", ["in October 2025"]),
        ("their first public contact since November 2025 and", ["since November 2025"]),
        ("agreed on Thursday to pause", ["on Thursday"]),
        ("when they met in South Korea last October, and", ["last October"]),
        ("a video call earlier the same day. The Kremlin", ["earlier the same day"]),
        ("with Putin on the same day (February 4), in which", ["on the same day (February 4)"]),
        ("his trip to China later this year.", ["later this year"]),
        ("The summit, which opened on Saturday at Hofdi House", ["on Saturday"]),
        ("He plans to go in 2017 and again in April.", ["in 2017", "in April"]),
        ("They met on Oct. 5, 2024 in Oslo.", ["on Oct. 5, 2024"]),
        ("In the 3rd quarter of 2019, the deal stalled.", ["In the 3rd quarter of 2019"]),
        ("Growth picked up in mid-2025.", ["in mid-2025"]),
        # a count after a weekday and a comma is no day of the month; a date after it is one phrase
        ("Xi landed late on Tuesday, 25 years to the day after the bombing.", ["on Tuesday"]),
        ("They met on Tuesday, 14 people died.", ["on Tuesday"]),
        ("They met on Tuesday, 25 March.", ["on Tuesday, 25 March"]),
        # the early hours of a day are that day's, like its morning
        ("Putin landed in Pyongyang in the early hours of Wednesday.", ["in the early hours of Wednesday"]),
        ("They struck a deal in the small hours of Friday.", ["in the small hours of Friday"]),
        ("They talked for two hours on Monday.", ["on Monday"]),
        # an ordinal going on to a noun is no day of the month; one going on to a preposition is
        ("They dined on the 13th floor on Wednesday.", ["on Wednesday"]),
        ("They met on the 13th in Brussels.", ["on the 13th"]),
        ("She spoke with him on the 14th about troops.", ["on the 14th"]),
    ],
)
def test_mentions_are_found_with_their_preposition(text, phrases):
    assert [m.phrase for m in find_time_mentions(text)] == phrases


@pytest.mark.parametrize(
    "text",
    [
        "the 15th Five-Year Plan",
        "the 250th anniversary",
        "the G20 summit",
        "a one-year trade truce",
        "a tariff of 10 percent",
        "the 2026 World Cup",
        "2026 is a big year",
        "a four-hour summit",
        "they spoke for two hours",
        "their first meeting in six years",
        "his first visit to the country in a year",
        "Trump may visit; troops march on",
        "at 650-650-6500",
        "three twenty",
        "this is the one",
        "we are separated",
        "I sat in the sun",
        "the Good Friday Agreement",  # an accord named for a holiday, neither the holiday nor its weekday
        "the 1998 Good Friday peace agreement",
    ],
)
def test_numbers_ordinals_and_durations_are_not_time_mentions(text):
    assert find_time_mentions(text) == []


def test_mention_exposes_core_span_and_preposition():
    text = "talks on Wednesday in Seoul"
    (m,) = find_time_mentions(text)
    assert (m.phrase, m.prep, text[m.core_start : m.end], m.anaphoric) == (
        "on Wednesday",
        "on",
        "Wednesday",
        False,
    )
    assert text[m.start : m.end] == m.phrase


def test_anaphoric_mentions_are_marked():
    (m,) = find_time_mentions("It happened the following day.")
    assert m.anaphoric and m.phrase == "the following day"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("He also said he planned to travel to China in April.", F),
        ("Trump is expected to visit Beijing in April.", F),
        ("They last met in person in Beijing in September.", P),
    ],
)
def test_sentence_tense_cues_pick_the_direction(text, direction):
    (m,) = find_time_mentions(text)
    assert infer_direction(text, m.start) is direction


def test_one_match_run_extension_agrees_with_the_word_by_word_walk():
    """The single-regex run extension (both directions) must equal ``_extend``'s word-by-word walk."""
    import random
    import re

    from services.extractor import temporal as t

    # the regexes spell run words as [a-z]+ vocabulary: a word like "o'clock" would need them extended
    one_token = [w for w in t._STRONG | t._WEAK_WORDS if re.fullmatch(t._WC + "+", w)]
    assert all(w.isalpha() and w.isascii() for w in one_token)
    rnd = random.Random(7)
    words = [*sorted(t._VOCAB)[:300], "may's", "weeks'", "days\u2019", "mar.", "u.s.", "'74", "5th", "2026", "mayor"]
    words += [".", "x", "administrations", "abcdefghijklmnopqrstuvwxyz", "may.'s", "s'", "a's", "12/3"]
    gaps = [" ", "  ", ", ", " - ", "\t", "\n", " \n", "(", ";", "      ", " ,  ,  "]
    for _ in range(3000):
        low = "".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randint(1, 12)))
        i = rnd.randint(0, len(low))
        left, right = max(0, i - rnd.choice([5, 30, 60])), min(len(low), i + rnd.choice([5, 30, 80]))
        assert t._extend_left(low, low[::-1], i, left) == t._extend(low, i, left, -1), (low, i, left)
        assert t._RIGHT_RUN_RE.match(low, i, right).end() == t._extend(low, i, right, 1), (low, i, right)


def test_text_with_non_ascii_letters_finds_the_same_mentions():
    """Non-ASCII letters or digits switch the anchor scan to its character-level fallback."""
    plain = find_time_mentions("The cafe talks on March 3, 2026 lasted until Friday.")
    accented = find_time_mentions("The caf\u00e9 talks on March 3, 2026 lasted until Friday.")
    assert [m.phrase for m in accented] == [m.phrase for m in plain] == ["on March 3, 2026", "until Friday"]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("held talks on Monday evening, July 8, in Moscow", "on Monday evening, July 8", date(2024, 7, 8)),
        ("met Tuesday afternoon, 9 July, in Paris", "Tuesday afternoon, 9 July", date(2024, 7, 9)),
        ("met on Monday morning in Paris", "on Monday morning", date(2024, 7, 8)),
    ],
)
def test_a_part_of_day_after_the_weekday_keeps_the_date_one_phrase(text, phrase, day):
    found = find_time_mentions(text)
    assert [m.phrase for m in found] == [phrase]
    assert resolve(found[0].phrase, date(2024, 7, 10)).day == day


@pytest.mark.parametrize(
    ("phrase", "expected", "grain"),
    [
        ("in April last year", date(2023, 4, 1), Grain.MONTH),
        ("April of last year", date(2023, 4, 1), Grain.MONTH),
        ("in March this year", date(2024, 3, 1), Grain.MONTH),
        ("in March next year", date(2025, 3, 1), Grain.MONTH),
        # a day of last, this or next year is one day, not a day and a year
        ("on Dec. 6 last year", date(2023, 12, 6), Grain.DAY),
        ("on 6 December last year", date(2023, 12, 6), Grain.DAY),
        ("on March 3, next year", date(2025, 3, 3), Grain.DAY),
        ("on Jan. 9 this year", date(2024, 1, 9), Grain.DAY),
    ],
)
def test_a_month_or_day_of_last_this_or_next_year_is_one_phrase(phrase, expected, grain):
    resolved = resolve(phrase, date(2024, 12, 1))
    assert (resolved.day, resolved.grain) == (expected, grain)
    mentions = find_time_mentions(f"They met {phrase}.")
    assert [m.phrase for m in mentions] == [phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("They spoke on the morning of February 4.", "on the morning of February 4", date(2026, 2, 4)),
        ("They met on the evening of Feb. 3, 2026.", "on the evening of Feb. 3, 2026", date(2026, 2, 3)),
        ("They met on the night of Tuesday.", "on the night of Tuesday", date(2026, 2, 3)),
    ],
)
def test_a_part_of_a_named_day_is_that_day(text, phrase, day):
    found = find_time_mentions(text)
    assert [m.phrase for m in found] == [phrase]
    resolved = resolve(found[0].phrase, date(2026, 2, 5))
    assert (resolved.day, resolved.grain) == (day, Grain.DAY)


@pytest.mark.parametrize(
    ("phrase", "expected", "grain"),
    [
        ("the end of the year", date(2013, 1, 1), Y),
        ("the start of the month", date(2013, 2, 1), M),
    ],
)
def test_the_year_after_an_edge_is_this_one(phrase, expected, grain):
    got = resolve(phrase, TUE)
    assert got is not None and (got.day, got.grain) == (expected, grain)


def test_the_year_alone_is_no_date():
    assert find_time_mentions("It was the year of the snake.") == []


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # a full stop after a whole word ends the phrase: no "Tuesday the first" across two sentences
        ("They met in Beijing on Tuesday. The first two forums drew crowds.", ["on Tuesday"]),
        ("They met on Tuesday. The second session was on Friday.", ["on Tuesday", "on Friday"]),
        # an abbreviation's full stop does not
        ("They met on Tues. Feb. 4, 2026 in Paris.", ["on Tues. Feb. 4, 2026"]),
    ],
)
def test_a_time_phrase_stops_at_the_end_of_its_sentence(text, phrases):
    assert [m.phrase for m in find_time_mentions(text)] == phrases
