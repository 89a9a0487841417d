"""Namesakes told apart by the report's date: the usual English name of each."""

from __future__ import annotations

from datetime import date

import pytest

from services.extractor import extract
from services.extractor.lexicon import Lexicon
from services.extractor.namesakes import usual_name


@pytest.mark.parametrize(
    ("year", "name"),
    [(1989, "George H. W. Bush"), (1993, "George H. W. Bush"), (2003, "George W. Bush")],
)
def test_george_bush_is_the_president_of_the_reports_years(year, name):
    assert usual_name("George Bush", year) == name


def test_other_names_are_no_namesakes():
    assert usual_name("George W. Bush", 2003) is None


def test_a_name_wire_copy_shortens_is_the_full_name():
    assert usual_name("Tayyip Erdogan", 2020) == "Recep Tayyip Erdogan"


def test_a_report_of_1990_names_the_elder_bush():
    claims = extract("President George Bush met Mikhail Gorbachev in Helsinki on Sunday.", date(1990, 9, 10))
    assert [sorted(c.value) for c in claims if c.attribute.value == "participants"] == [
        ["George H. W. Bush", "Mikhail Gorbachev"]
    ]


def test_the_lexicon_name_wins_over_the_table():
    lexicon = Lexicon(people={"George Bush": []})
    claims = extract("President George Bush met Mikhail Gorbachev on Sunday.", date(1990, 9, 10), lexicon)
    assert [sorted(c.value) for c in claims if c.attribute.value == "participants"] == [
        ["George Bush", "Mikhail Gorbachev"]
    ]


def test_north_korean_leaders_take_their_usual_english_spelling():
    assert usual_name("Kim Jong-il", 2000) == "Kim Jong Il"
    assert usual_name("Kim Jong-un", 2018) == "Kim Jong Un"
    assert usual_name("Kim Dae-jung", 2000) is None  # a South Korean name keeps its hyphen
