"""Vocabulary tables for temporal and duration parsing: month, weekday and number words.

Kept apart from the parsers so the tables can be read (and extended) without reading regexes.
Everything here is built once at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

FULL_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(FULL_MONTHS, 1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9
MONTH_ABBRS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"  # a month's first letters, as dates are written
PARTS_OF_DAY = "morning|afternoon|evening|night"  # "on Monday evening", "That afternoon", "the following morning"

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]):
    WEEKDAYS[_name] = _i
    WEEKDAYS[_name[:3]] = _i
for _abbr, _i in {"tues": 1, "tue": 1, "weds": 2, "thur": 3, "thurs": 3}.items():
    WEEKDAYS[_abbr] = _i

# Full weekday names; abbreviations ("sun", "sat", "wed") are ordinary English words in running text.
FULL_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
]
_UNITS += ["sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS["ninety"] = 90

CARDINALS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
CARDINALS.update(_TENS)
CARDINALS.update({"a hundred": 100, "one hundred": 100, "a couple of": 2, "a couple": 2, "a dozen": 12})
for _t, _v in _TENS.items():
    for _u in range(1, 10):
        CARDINALS[f"{_t} {_UNITS[_u]}"] = _v + _u
        CARDINALS[f"{_t}-{_UNITS[_u]}"] = _v + _u

_ORD_UNITS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_ORD_TENS = {"twentieth": 20, "thirtieth": 30}
ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_ORD_UNITS) if i}
ORDINALS.update(_ORD_TENS)
for _t in ("twenty", "thirty"):
    for _u in range(1, 10):
        ORDINALS[f"{_t} {_ORD_UNITS[_u]}"] = _TENS[_t] + _u
        ORDINALS[f"{_t}-{_ORD_UNITS[_u]}"] = _TENS[_t] + _u


def trie_regex(words: set[str] | list[str] | dict[str, int]) -> str:
    """An alternation factored by common prefixes ("jan(?:uary)?|ju(?:ly|ne)..."): Python's ``re``
    tries branches one by one, so sharing prefixes makes scanning long texts several times faster."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(trie)


def alternation(words: list[str] | set[str] | dict[str, int]) -> str:
    """A regex alternation of ``words`` that prefers the longest word matching at a point.

    It is the prefix trie of ``trie_regex``: the words a text matches at one point are prefixes of each other,
    and the trie tries them longest first (as ``|``-joined words sorted longest first would), so any pattern
    built on it matches exactly as with that plain alternation, without trying every word in turn.
    """
    return trie_regex(words)


MONTH_RE = alternation(MONTHS)
WEEKDAY_RE = alternation(WEEKDAYS)
CARDINAL_RE = alternation(CARDINALS)
ORDINAL_WORD_RE = alternation(ORDINALS)


def number_value(word: str) -> int | float | None:
    """Value of a numeral written in digits or English words ("3", "2.5", "twenty-five", "a")."""
    w = word.strip().lower()
    if not w:
        return None
    if w[0].isdigit():
        try:
            return float(w) if "." in w else int(w)
        except ValueError:
            return None
    if w in ("a", "an", "one", "a single", "single"):
        return 1
    return CARDINALS.get(w)


def ordinal_value(word: str) -> int | None:
    """Value of an ordinal ("3rd", "third", "twenty-first") or a plain day number ("15")."""
    w = word.strip().lower()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", w)
    if m:
        return int(m.group(1))
    return ORDINALS.get(w)


_WORD_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=2)
def lowered(text: str) -> tuple[str, frozenset[str]]:
    """Lower-cased ``text`` (same length, so spans carry over) and the set of its words.

    Both finders call this on the same report; the two-entry cache makes the second call free
    (and is too small to carry a report's result over to another call).
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low, frozenset(_WORD_RE.findall(low))


def occurrences(low: str, words: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Spans of whole-word occurrences of ``words`` in ``low``, sorted."""
    spans = []
    n = len(low)
    for w in words:
        i = low.find(w)
        while i >= 0:
            e = i + len(w)
            if (i == 0 or not low[i - 1].isalpha()) and (e == n or not low[e].isalpha()):
                spans.append((i, e))
            i = low.find(w, e)
    spans.sort()
    return spans


# --------------------------------------------------------------------------- shared pre-scan
# Both finders first need the same thing: where in the report their few anchor words (month and
# weekday names, unit words...) and digits are. Regex scans of a whole report cost ~10 ns a
# character here; ``bytes.translate`` + ``split`` + ``find`` run in C at a fraction of that, so the
# anchors are located on an ASCII byte image of the lower-cased text. That image is exact only
# while no character outside ASCII is a letter or digit (curly quotes and dashes are fine); other
# texts get ``None`` and the finders use their character-level fallback (``lowered``/``occurrences``).
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
# The word image of lowercased text: a-z kept, the rest (digits, "-", "'", "?" for a character outside ASCII)
# blank, one byte per character (offsets carry over).
LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_DIGITS_ONLY = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # any digit -> "0"


def word_offsets(padded: bytes, words: Iterable[bytes]) -> list[int]:
    """Where each whole-word occurrence of ``words`` starts in a word image (``LETTERS_ONLY``) padded with a blank on
    each side: the offset of the blank before it, which is the word's offset in the text. Sorted.

    ``bytes.find`` for the blank-delimited word runs in C; a finder intersects the image's set of words with its
    own first, so only the words the text has are looked for.
    """
    offsets: list[int] = []
    for word in words:
        pat = b" " + word + b" "
        at = padded.find(pat)
        while at >= 0:
            offsets.append(at)
            at = padded.find(pat, at + len(pat) - 1)  # the blank after one may be the blank before the next
    offsets.sort()
    return offsets


_HINT_WORDS: dict[bytes, tuple[int, str]] = {}  # word -> (length, str)
_HINT_SET: set[bytes] = set()


def register_hint_words(words: set[str] | frozenset[str]) -> None:
    """Add lower-case a-z words to those ``text_scan`` locates (called by the finders at import)."""
    for w in words:
        if w.isascii() and w.isalpha() and w.islower():
            _HINT_WORDS[w.encode("ascii")] = (len(w), w)
            _HINT_SET.add(w.encode("ascii"))
    text_scan.cache_clear()


class TextScan(NamedTuple):
    """``low`` as in ``lowered``; ``words`` = whole-word hint-word spans, sorted; ``digits`` = the
    byte image with every digit as ``0`` and everything else blank (``digits.find(b"0", i)``); ``letters`` =
    the word image (:data:`LETTERS_ONLY`) and ``image_words`` its words, for other finders' quick checks."""

    low: str
    words: list[tuple[int, int, str]]
    digits: bytes
    letters: bytes
    image_words: frozenset[bytes]


@lru_cache(maxsize=2)
def text_scan(text: str) -> TextScan | None:
    """Hint words and digits of ``text``; ``None`` when a non-ASCII letter or digit needs the slow path.

    The two-entry cache lets the other finders called on the same report reuse the first one's scan.
    """
    if text.isascii():
        low = text.lower()
        raw = low.encode("ascii")
    else:
        if any(c.isalnum() for c in set(_NON_ASCII_RE.findall(text))):
            return None
        low = text.lower()  # only non-letters are outside ASCII: same length
        raw = low.encode("ascii", "replace")  # one "?" per other character: offsets carry over
    letters = raw.translate(LETTERS_ONLY)
    image_words = frozenset(letters.split())
    found = _HINT_SET.intersection(image_words)
    words: list[tuple[int, int, str]] = []
    if found:
        padded = b" " + letters + b" "  # a whole word is a blank-delimited one: no hits inside longer words
        for w in found:
            k, sw = _HINT_WORDS[w]
            words += [(i, i + k, sw) for i in word_offsets(padded, (w,))]  # padded offset i + 1 is text offset i
        words.sort()
    return TextScan(low, words, raw.translate(_DIGITS_ONLY), letters, image_words)
