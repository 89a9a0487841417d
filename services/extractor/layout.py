"""Report layout that carries no claim: the wire dateline ("BRUSSELS, Feb 27 (Reuters) - ") and the labels that
open a transcript's or a live blog's entries ("ANCHOR: ", "BREAKING: ", "Update: ", "14:25 KST — ").

A dateline gives where and when the story was filed, not where or when an event took place, so its place
and date are no venue and no date of any event; it also ends before the first sentence's subject. A label
says who speaks or when an entry was posted: the sentence's subject starts after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.extractor.timewords import MONTH_ABBRS

# "BRUSSELS, Feb 27 (Reuters) - ", "BOGOR, Indonesia, 9 January — ", "WASHINGTON — ": an upper-case place, an
# optional region or country, an optional date, an optional agency, then a dash (none after an agency)
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ /-]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30}?)?"  # "MOSCOW/SEOUL, Sept 13 — "
    # "Feb 27", "9 January", "April 2, 2009"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"  # "30th May"
    # "(Reuters) - ", "(EFE).- ", "Kyodo - ", or an agency with no dash: "WUHAN, Apr 28 (PTI) Prime Minister ..."
    # ("BERLIN (dpa) - ": an agency may write its name in lower case)
    r"(?:(?:\s*\([A-Za-z][\w&. -]{1,30}\)"
    r"|\s+(?:Kyodo|Xinhua|Reuters|AFP|AP|PTI|IANS|TASS|EFE|ANSA|dpa|Yonhap|Bernama))?"
    r"\.?\s*[-—–]{1,2}\s+|\s*\([A-Z][A-Za-z&. -]{1,30}\)\s+(?=[A-Z]))"
    # the agency style with the place in title case: "St Petersburg, Jul 17 (PTI) ", "Qingdao (China), Jun 10 (PTI) ",
    # "Nagato, Japan, Dec. 15 (Kyodo) - "
    # "Kuala Lumpur, 12 Jan (Bernama) -- ", "Vientiane [Laos], July 25 (ANI): "
    r"|\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([A-Z][\w ]{1,20}\)| \[[A-Z][\w ]{1,20}\])?"
    r"(?:,\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?"
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
    r"\s*\([A-Z][A-Za-z]{1,10}\)\s*(?:[-—–]{1,2}\s+|:\s+)?(?=[A-Z])"
)


@lru_cache(maxsize=2)  # the sentence splitter and the people finder both ask, once per report
def dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends (the first sentence starts there), else 0."""
    m = DATELINE.match(text)
    return m.end() if m else 0


# "ANCHOR: ", "JUDY WOODRUFF: ", "BREAKING: ", "Update: ", "14:25 KST — ", "12:50 ET - "
# a day as a bullet's label dates the item ("• Tuesday: Scholz hosts Li Qiang in Berlin"): no label to drop
_DAY_LABEL = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day:|Today:|Tomorrow:|Yesterday:|Tonight:)"
LABEL = re.compile(
    # a newsletter's bullet, maybe with a label: "• The summit: Joe Biden and ...", "• Recap: Biden, Kishida and ..."
    rf"[•▪◦·]\s+(?:{_DAY_LABEL}[A-Z][a-z'’]+(?: [a-z]+)?:\s+)?(?=[\"“‘(]*[A-Z])|"
    # a post's or an account's handle: "@StateDept: Secretary Marco Rubio met ..."
    r"@\w{2,30}:\s+(?=[\"“‘(]*[A-Z])|"
    # (a word or three in sentence case: "Update: ", "Fact check: ", "Japanese govt source: "; "update: ")
    rf"(?:(?:[A-Z][A-Z'’-]+ ){{0,2}}[A-Z][A-Z'’-]+|{_DAY_LABEL}[A-Z][a-z]+(?: [a-z]+){{0,2}}"
    r"|update|breaking|live|watch):\s+"
    r"(?=[\"“‘(]*[A-Z])"
    # an alert's symbol ("🚨 ", "⚡ ") or a chat log's time in brackets ("[10:42] "), maybe with a label after it
    r"|(?:[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?|\[\d{1,2}[:.]\d\d\])\s+"
    r"(?:[A-Z][a-z]+(?: [a-z]+){0,2}:\s+)?(?=[\"“‘(]*[A-Z])"
    # "14:25 KST — ", "Update, 01:50 GMT — ", "02:30 GMT — Recap: " (a word label may follow the time)
    r"|(?:[A-Z][a-z]+,?\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[—–-]{1,2}\s+"
    r"(?:[A-Z][a-z]+(?: [a-z]+)?:\s+)?(?=[\"“‘(]*[A-Z])"
)


def label_end(text: str, start: int, end: int | None = None) -> int:
    """Where a label opening the sentence at ``start`` ends (its subject starts there), else ``start``."""
    m = LABEL.match(text, start, len(text) if end is None else end)
    return m.end() if m else start


# a photo caption's position marks after a name: "Xi Jinping (R) talks with Pedro Sanchez (L)", "(2nd L)", "(C)"
_POSITION_MARK = re.compile(
    r"(?<=\S) \((?:[LRC]|\d(?:st|nd|rd|th) [LR]|[LR] to [LR]|left|right|centre|center|front|back)\)(?=[\s,.;:])"
    r"|^\((?:L-R|R-L|L to R|R to L|From L|From R)\) "  # a caption that opens with the order of those in it
)


# a post's author and handle before what the author did: "Narendra Modi (@narendramodi): Had an excellent meeting"
_POST_HANDLE = re.compile(r"(?<=[a-z]) \(@\w{2,30}\)(?::(?= [A-Z])|[ \t]*\n+(?=[A-Z]))")  # or the text on a line after


_MONTH = rf"(?=[A-Z])(?i:{MONTH_ABBRS})[a-z]*\.?"  # a month's name, capitalised as dates are written
# the end of a span of days: "on April 27-28, 2018", "on 27-28 April": the event's date is its first day
_DAY_SPAN_END = re.compile(
    rf"(?P<keep>\b{_MONTH} \d{{1,2}})(?P<end>[-–]\d{{1,2}})\b(?![-–])"
    rf"|(?<![\w-])(?P<keep2>\d{{1,2}})(?P<end2>[-–]\d{{1,2}})(?= {_MONTH}(?!\w))"
)


_DIGIT_SPAN = re.compile(r"\d[-–]\d")


def _blank_span_end(m: re.Match[str]) -> str:
    keep = m.group("keep") or m.group("keep2")
    return keep + " " * (len(m.group()) - len(keep))


def blank_marks(text: str) -> str:
    """``text`` with a caption's position marks and a post's handle blanked (same length, so offsets hold): they
    stand between a name and its verb ("A (R) shakes hands with B (L) during their meeting"; "Narendra Modi
    (@narendramodi): Had an excellent meeting with ...": the author is the subject) and say nothing of the event.
    The end of a span of days is blanked too: "April 27-28, 2018" dates its event by the first day."""
    if _DIGIT_SPAN.search(text):  # a cheap scan first: the span pattern costs several times more
        text = _DAY_SPAN_END.sub(_blank_span_end, text)
    if "(" not in text:
        return text
    text = _POST_HANDLE.sub(lambda m: " " * len(m.group()), text) if "(@" in text else text
    return _POSITION_MARK.sub(lambda m: " " * len(m.group()), text)
