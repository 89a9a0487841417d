"""Extraction rules found by the independent holdout check (``tests/data/holdout_verdicts``), on texts of their own."""

from __future__ import annotations

from datetime import UTC, datetime

from services.extractor import extract
from shared.model import value_to_json

ANCHOR = datetime(2024, 5, 10, 12, tzinfo=UTC)  # a Friday


def _claims(text: str) -> list[tuple[str, str, object]]:
    return [(c.attribute.value, c.event.id, value_to_json(c.value)) for c in extract(text, ANCHOR)]


def test_a_two_word_title_is_not_part_of_the_name():
    text = "UN Secretary General Antonio Guterres and Kenyan President William Ruto met in Nairobi on Tuesday."
    names = [v for a, _, v in _claims(text) if a == "participants"]
    assert names == [["Antonio Guterres", "William Ruto"]]


def test_a_speech_verb_between_two_people_before_a_call_names_its_participants():
    text = "Brazilian President Lula da Silva warned French President Emmanuel Macron in a phone call on Thursday."
    claims = _claims(text)
    assert ("participants", "e1", ["Lula da Silva", "Emmanuel Macron"]) in claims
    assert ("date", "e1", {"value": "2024-05-09", "precision": "day"}) in claims


def test_attended_by_names_the_participants():
    text = "The summit, attended by Kenyan President William Ruto and Nigerian President Bola Tinubu, opened on Monday."
    assert ["William Ruto", "Bola Tinubu"] in [v for a, _, v in _claims(text) if a == "participants"]


def test_first_met_is_an_earlier_event():
    text = (
        "Kenyan President William Ruto and Nigerian President Bola Tinubu held talks on Wednesday in Nairobi.\n\n"
        "The two leaders first met in Abuja in March 2019."
    )
    claims = _claims(text)
    assert ("date", "e1", {"value": "2024-05-08", "precision": "day"}) in claims
    later = {e for a, e, v in claims if v == {"value": "2019-03", "precision": "month"}}
    assert later and "e1" not in later


def test_an_ordinal_event_dated_on_a_day_keeps_its_date():
    text = "Kenyan President William Ruto and Nigerian President Bola Tinubu held their first summit on Wednesday."
    assert ("date", "e1", {"value": "2024-05-08", "precision": "day"}) in _claims(text)


def test_a_plan_before_a_long_summit_name_is_planned():
    text = "Ruto is expected to attend an East African Community summit in Arusha, Tanzania, in September."
    assert {"value": "2024-09", "precision": "month"} in [v for a, _, v in _claims(text) if a == "date"]


def test_a_compass_word_before_the_country_keeps_the_country():
    text = (
        "Kenyan President William Ruto and Nigerian President Bola Tinubu met on Monday in Mombasa, in southern Kenya."
    )
    assert {"city": "Mombasa", "country": "Kenya"} in [v for a, _, v in _claims(text) if a == "venue"]


def test_a_name_that_starts_with_a_place_is_not_that_place():
    text = "Ruto met Tinubu on Monday and then went to visit the Pacific Fleet and the Washington Post."
    assert [v for a, _, v in _claims(text) if a == "venue"] == []


def test_the_previous_evening_is_the_day_before():
    text = (
        "The summit opened on Thursday. A deal was announced the previous evening after talks between "
        "Kenyan President William Ruto and Nigerian President Bola Tinubu."
    )
    assert {"value": "2024-05-08", "precision": "day"} in [v for a, _, v in _claims(text) if a == "date"]
