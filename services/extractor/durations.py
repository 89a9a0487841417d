"""Durations: find "about two hours", "90-minute", "an hour and a half" and give seconds.

A small recursive-descent parser over word/number tokens (no NLP models). Units follow Duckling's
normalisation: month = 30 days, quarter = 90 days, year = 365 days, week = 7 days.

``find_durations`` keeps only spans that read as the *length of an event*. It skips, by rule:
- offsets and ages (unless right after "for", "lasted", "spent", "took"): followed by "ago",
  "later", "earlier", "before", "after", "from now", "hence", "old" ("two days ago" is a date,
  "the 72-year-old" an age);
- since-last / deadline spans: preceded by "in" or "within" when the unit is a day or longer
  ("their first meeting in six years");
- frequencies: preceded by "once", "twice", "per", "every", "each", "times" ("twice a week");
- terms of arrangements: an adjectival week-or-longer span ("a one-year trade truce", "the four-year
  term", "15th Five-Year Plan") unless it qualifies an event noun ("a two-day summit"), and any
  span qualifying a non-event noun such as "truce", "ceasefire", "term", "ban" or "deadline".
Symbol units (2', 1") and one-letter units (2m, 1/2h) are accepted by ``parse_duration`` only;
in running text they are feet, millions and the like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from services.extractor.timewords import CARDINALS, lowered, occurrences, register_hint_words, text_scan

UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "fortnight": 14 * 86400,
    "month": 30 * 86400,
    "quarter": 90 * 86400,
    "year": 365 * 86400,
    "decade": 3650 * 86400,
}
_UNIT_WORDS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "quarter": "quarter",
    "quarters": "quarter", "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade",
}  # fmt: skip
_LOOSE_UNITS = {"s": "second", "m": "minute", "h": "hour", '"': "second", "'": "minute", "\u2019": "minute"}
_LOOSE_UNITS["\u201d"] = "second"
_TEXT_UNITS = {k: v for k, v in _UNIT_WORDS.items() if v != "quarter"}  # "a quarter of voters"
_HEDGES = (
    "just over", "just under", "a little over", "a little more than", "a little under", "more than",
    "little more than", "little over", "little under", "little less than",  # "lasted little more than an hour"
    "less than", "fewer than", "close to", "upwards of", "at least", "up to", "well over", "nearly",
    "almost", "about", "approximately", "approx", "roughly", "around", "over", "under", "some",
    "an estimated", "estimated", "circa", "perhaps", "maybe", "barely", "scarcely",
)  # fmt: skip
_HEDGE_SEQS = sorted((tuple(h.split()) for h in _HEDGES), key=len, reverse=True)
_HEDGE_FIRST = frozenset(h[0] for h in _HEDGE_SEQS)
_HEDGES_BY_FIRST = {w: [h for h in _HEDGE_SEQS if h[0] == w] for w in _HEDGE_FIRST}  # longest first, as listed
_TENS = {w: v for w, v in CARDINALS.items() if " " not in w and "-" not in w and v >= 20 and v % 10 == 0}
_SMALL = {w: v for w, v in CARDINALS.items() if " " not in w and "-" not in w and v < 20}
_MODIFIERS = frozenset({"more", "additional", "extra", "less", "fewer", "full", "whole", "straight"})
_QUARTER_WORDS = frozenset({"quarter", "quarters"})
_ALL_UNITS = {**_UNIT_WORDS, **_LOOSE_UNITS}
_PAD = [""] * 8

# "2½ hours": a vulgar fraction is a token of its own, added to the number before it (or a number alone)
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?|[½¼¾⅓⅔]|[A-Za-z]+|[\"'\u2019\u201d]")
_TEXT_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?|[½¼¾⅓⅔]|[A-Za-z]+|[\"'\u2019\u201d,;:()]")
_TOKEN_SPLIT_RE = re.compile(f"({_TEXT_TOKEN_RE.pattern})")
_SPLIT_RE = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")

_SKIP_AFTER = frozenset({"ago", "later", "earlier", "before", "after", "hence", "old", "from"})
_SKIP_BEFORE_LONG = frozenset({"in", "within"})
_SKIP_BEFORE = frozenset({"once", "twice", "per", "every", "each", "times"})
_NON_EVENT_NOUNS = frozenset(
    [
        "truce",
        "ceasefire",
        "cease",
        "term",
        "terms",
        "ban",
        "moratorium",
        "deal",
        "plan",
        "plans",
        "agreement",
        "contract",
        "sentence",
        "freeze",
        "pause",
        "extension",
        "visa",
        "window",
        "deadline",
        "limit",
        "limits",
        "programme",
        "program",
        "period",
        "lease",
        "loan",
        "bond",
        "note",
        "warranty",
        "mandate",
        "tenure",
        "presidency",
        "jail",
        "prison",
        "suspension",
        "hiatus",
    ]
)
_EVENT_NOUNS = frozenset(
    [
        "summit",
        "meeting",
        "meetings",
        "talks",
        "call",
        "calls",
        "conversation",
        "session",
        "sessions",
        "discussion",
        "discussions",
        "negotiations",
        "visit",
        "visits",
        "trip",
        "tour",
        "conference",
        "forum",
        "dialogue",
        "exchange",
        "encounter",
        "gathering",
        "meet",
        "retreat",
        "state",
    ]
)
# ("a one-on-one meeting of about 90 minutes before being joined by ministers": "of" measures the noun before it)
_LENGTH_CUES = frozenset({"for", "lasted", "lasting", "spent", "took", "running", "ran", "of"})
_LONG_UNITS = frozenset({"week", "fortnight", "month", "quarter", "year", "decade"})


@dataclass(frozen=True)
class DurationMention:
    """A duration phrase with its value; ``text[start:end] == phrase`` includes the hedge.

    ``unit`` is the largest unit named ("hour" for "one hour and 25 minutes") and ``adjectival``
    says the duration qualifies a noun ("a 100-minute summit", "four-hour talks").
    """

    start: int
    end: int
    phrase: str
    seconds: int
    approximate: bool
    unit: str = ""
    adjectival: bool = False


class _Parser:
    """Recursive descent over lower-case tokens; ``strict`` is the running-text mode."""

    def __init__(self, toks: list[str], strict: bool) -> None:
        self.n = len(toks)
        self.t = toks + _PAD  # the grammar looks at most a few tokens past the last one it matched
        self.at = self.t.__getitem__  # token at a position, "" past the end
        self.strict = strict
        self.units = _TEXT_UNITS if strict else _ALL_UNITS
        self.odd = False  # a number read with "-odd" after it: hedged

    def unit(self, p: int) -> tuple[str, int] | None:
        u = self.units.get(self.at(p))
        return (u, p + 1) if u else None

    def number(self, p: int) -> tuple[float, int, bool] | None:
        """(value, next position, was-an-article) for "3", "2.5", "twenty five", "a", "2 1/2"."""
        w = self.at(p)
        if not w:
            return None
        if w in VULGAR_FRACTIONS:
            return VULGAR_FRACTIONS[w], p + 1, False
        if w[0].isdigit():
            if self.at(p + 1) in VULGAR_FRACTIONS and "/" not in w:
                return float(w) + VULGAR_FRACTIONS[self.at(p + 1)], p + 2, False
            if "/" in w:
                num, den = w.split("/")
                return (int(num) / int(den), p + 1, False) if int(den) else None
            value = float(w)
            nxt = self.at(p + 1)
            if "/" in nxt and nxt[0].isdigit():
                num, den = nxt.split("/")
                if int(den) and int(num) < int(den):
                    return value + int(num) / int(den), p + 2, False
            return value, p + 1, False
        if w in ("a", "an"):
            if self.at(p + 1) == "couple" and self.at(p + 2) == "of":
                return 2, p + 3, False
            if self.at(p + 1) == "dozen":
                return 12, p + 2, False
            return 1, p + 1, True
        if w in _TENS:
            v, p = _TENS[w], p + 1
            if _SMALL.get(self.at(p), 0) in range(1, 10):
                v, p = v + _SMALL[self.at(p)], p + 1
            return v, p, False
        if w in _SMALL:
            v, p = _SMALL[w], p + 1
            if self.at(p) == "hundred":
                v, p = v * 100, p + 1
            return v, p, False
        return None

    def fraction(self, p: int) -> tuple[float, int] | None:
        """ "a half", "half", "an half", "a quarter", "three quarters", "two quarter of"."""
        q = p
        count = 1.0
        if self.at(q) in ("a", "an", "one"):
            q += 1
        elif self.at(q) in ("two", "three"):
            count, q = (2.0 if self.at(q) == "two" else 3.0), q + 1
        if self.at(q) == "half" and count == 1.0:
            return 0.5, q + 1
        if self.at(q) in _QUARTER_WORDS:
            q += 1
            if self.at(q) == "of":
                q += 1
                if self.at(q) in ("a", "an"):
                    q += 1
            return count / 4, q
        return None

    def component(self, p: int) -> tuple[float, str, int, bool] | None:
        """(amount, unit, next position, article-only) for one "<amount> <unit>" chunk."""
        # "half an hour", "half a day", "half hour", "a quarter of an hour"
        frac = self.fraction(p)
        if frac:
            q = frac[1]
            if self.at(p) == "half" and self.at(q) in ("a", "an"):
                q += 1
            u = self.unit(q)
            if u:
                return frac[0], u[0], u[1], False
        num = self.number(p)
        if num is None:
            return None
        value, q, article = num
        if self.at(q) in _MODIFIERS:
            q += 1
        elif self.at(q) == "odd" and not article:  # "90-odd minutes", "40 odd minutes": about that many
            self.odd = True
            q += 1
        if self.at(q) == "and":  # "two and a half hours", "one and three quarters of hour"
            fr = self.fraction(q + 1)
            if fr:
                u = self.unit(fr[1])
                if u:
                    return value + fr[0], u[0], u[1], False
        u = self.unit(q)
        if u is None:
            return None
        unit, q = u
        if self.at(q) == "and":  # "an hour and a half", "one month and half"
            if self.at(q + 1) == "half":
                return value + 0.5, unit, q + 2, False
            if self.at(q + 1) in ("a", "an") and self.at(q + 2) == "half":
                return value + 0.5, unit, q + 3, False
            # "an hour and a quarter", "two hours and three quarters" (not "... and a quarter of an hour")
            if self.at(q + 1) in ("a", "one", "three") and self.at(q + 2) in _QUARTER_WORDS and self.at(q + 3) != "of":
                return value + (0.75 if self.at(q + 1) == "three" else 0.25), unit, q + 3, False
        return value, unit, q, article

    def duration(self, p: int) -> tuple[int, int, bool, str, bool] | None:
        """(seconds, next position, hedged, largest unit, first chunk was article-only)."""
        hedged = self.odd = False
        for seq in _HEDGES_BY_FIRST.get(self.at(p), ()):
            if tuple(self.t[p : p + len(seq)]) == seq:
                hedged, p = True, p + len(seq)
                break
        first = self.component(p)
        if first is None:
            return None
        parts = [(first[0], first[1])]
        last_unit, q, largest = first[1], first[2], first[1]
        while True:
            r = q
            if self.at(r) == "and":
                r += 1
            w = self.at(r)
            can_start = w in _COMPONENT_STARTS or w[:1].isdigit()  # else ``component(r)`` is None
            nxt = self.component(r) if can_start and (w not in ("a", "an") or self.at(q) == "and") else None
            if nxt and UNIT_SECONDS[nxt[1]] < UNIT_SECONDS[last_unit]:
                parts.append((nxt[0], nxt[1]))
                last_unit, q = nxt[1], nxt[2]
                continue
            if not self.strict and last_unit == "hour":  # "1 hour thirty", "2 hour and 10"
                num = self.number(r)
                if num and not num[2] and num[1] == self.n:
                    parts.append((num[0], "minute"))
                    q = num[1]
            break
        return round(_seconds(parts)), q, hedged or self.odd, largest, first[3]


def _seconds(parts: list[tuple[float, str]]) -> float:
    """Duckling reduces a mixed duration to its smallest unit: with months, a year is 12 of them."""
    smallest = parts[-1][1]
    year = 12 * UNIT_SECONDS["month"] if smallest in ("month", "quarter") else UNIT_SECONDS["year"]
    return sum(v * (year if u == "year" else UNIT_SECONDS[u]) for v, u in parts)


def _tokens(phrase: str) -> list[str]:
    return [m.group().lower() for m in _TOKEN_RE.finditer(_SPLIT_RE.sub(" ", phrase.lower()))]


def parse_duration(phrase: str) -> tuple[int, bool] | None:
    """``(seconds, approximate)`` for a whole phrase, or ``None`` if it is not a duration."""
    toks = _tokens(phrase)
    if not toks:
        return None
    r = _Parser(toks, strict=False).duration(0)
    if r is None or r[1] != len(toks) or r[0] <= 0:
        return None
    return r[0], r[2]


_STARTS = frozenset(set(_SMALL) | set(_TENS) | _HEDGE_FIRST | {"a", "an", "half"} | set(VULGAR_FRACTIONS))
# first words a ``_Parser.component`` can start with (besides numbers in digits): fraction or number words
_COMPONENT_STARTS = frozenset(set(_SMALL) | set(_TENS) | {"a", "an", "half"} | _QUARTER_WORDS | set(VULGAR_FRACTIONS))


_UNIT_HINTS = frozenset(_TEXT_UNITS)
register_hint_words(_UNIT_HINTS)


def find_durations(text: str) -> list[DurationMention]:
    """Every event-length duration phrase in ``text`` (hedge words included in the span).

    Only short windows around unit words ("hours", "minute"...) are tokenised and parsed.
    """
    sc = text_scan(text)
    if sc is None:  # a non-ASCII letter or digit: character-level scan
        low, words = lowered(text)
        units = _UNIT_HINTS & words
        if not units:
            return []
        hits = occurrences(low, units)
    else:
        low = sc.low
        hits = [(s, e) for s, e, w in sc.words if w in _UNIT_HINTS]
        if not hits:
            return []
    out: list[DurationMention] = []
    windows: list[list[int]] = []  # [start, end, 1 if some unit word in it may follow a number]
    n = len(low)
    for s, e in hits:
        ws = low.rfind(" ", 0, max(0, s - 45)) + 1
        we = low.find(" ", min(n, e + 30))
        we = n if we < 0 else we
        counted = sc is None or _may_follow_number(low, s)  # the character-level path is not gated
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = we
            windows[-1][2] |= counted
        else:
            windows.append([ws, we, counted])
    for ws, we, some in windows:
        if some:
            out.extend(_find_in(text, low, ws, we))
    if "-long" in low:
        out = _unit_long(text, out)
    if "~" in text:
        out = [_tilde(text, d) for d in out]
    return out


def _tilde(text: str, d: DurationMention) -> DurationMention:
    """ "spoke for ~25 mins": a tilde before the length is a hedge (approximately), part of the phrase."""
    k = d.start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] != "~":
        return d
    return DurationMention(k, d.end, text[k : d.end], d.seconds, True, d.unit, d.adjectival)


# "The hour-long meeting", "their day-long talks": a unit made an adjective with no number counts one;
# "the roughly hour-long conversation", "a nearly hour-long call": a hedge before it makes it approximate
_UNIT_LONG = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+|(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Aa]n?)\s+"
    r"(?P<hedge>roughly|nearly|almost|about|approximately|around|some|barely|just\s+over|well\s+over)\s+)"
    r"(?P<unit>hour|minute|day)-long\b"
)


def _unit_long(text: str, found: list[DurationMention]) -> list[DurationMention]:
    extra = [
        DurationMention(
            start := m.start("hedge") if m["hedge"] else m.start("unit"),
            m.end("unit"),
            text[start : m.end("unit")],
            UNIT_SECONDS[m["unit"]],
            m["hedge"] is not None,
            m["unit"],
            True,
        )
        for m in _UNIT_LONG.finditer(text)
        if not any(d.start < m.end() and m.start() < d.end for d in found)
    ]
    return sorted(found + extra, key=lambda d: d.start) if extra else found


# A parse's first unit word comes right after one of these tokens (or a number in digits): a number word,
# "a"/"an" ("an hour"), "half"/"quarter(s)"/"of" ("half an hour", "three quarters of an hour", "a couple
# of days"), "dozen", "hundred" or a modifier ("two more days"). Most unit words in news copy
# follow none of them ("this year", "the same day"), and their windows need not be tokenised at all.
_NUMBER_ENDS = frozenset(set(_SMALL) | set(_TENS) | _MODIFIERS | _QUARTER_WORDS | {"a", "an", "half", "of"})
_NUMBER_ENDS |= {"dozen", "hundred", "odd"}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_DIGITS = frozenset("0123456789")
_PUNCT_TOKENS = frozenset("\"'\u2019\u201d,;:()")  # one-character tokens of ``_TEXT_TOKEN_RE``
_ASCII_GAP = frozenset(chr(c) for c in range(128)) - _ASCII_LETTERS - _ASCII_DIGITS - _PUNCT_TOKENS


def _may_follow_number(low: str, s: int) -> bool:
    """False only when the token before ``low[s]`` cannot end a number, so no parse has its first
    unit at ``s``; unsure cases (a character outside ASCII) say True."""
    p = s - 1
    while p >= 0 and low[p] in _ASCII_GAP:
        p -= 1
    if p < 0:
        return False
    c = low[p]
    if c in _ASCII_LETTERS:
        q = p
        while q and low[q - 1] in _ASCII_LETTERS:
            q -= 1
        return low[q : p + 1] in _NUMBER_ENDS
    return c not in _PUNCT_TOKENS  # a digit, or a character outside ASCII that may be a digit


def _find_in(text: str, low: str, ws: int, we: int) -> list[DurationMention]:
    # one C-level split: parts = [gap, token, gap, token, ..., gap]; running lengths give the token spans
    parts = _TOKEN_SPLIT_RE.split(low[ws:we])
    toks = parts[1::2]
    # A parse's first unit is the first unit word after its start (no hedge, number or fraction word is
    # one), and it follows a number-like token: only such units, and the 9 tokens before each, matter.
    units = [k for k, t in enumerate(toks) if t in _UNIT_HINTS and k and _ends_number(toks[k - 1])]
    if not units:
        return []
    bounds: list[int] = []  # token k spans ws + bounds[2k] .. ws + bounds[2k + 1], computed on demand
    parser = _Parser(toks, strict=True)
    out: list[DurationMention] = []
    n = len(toks)
    i = 0
    for k in units:
        i = max(i, k - 9)  # a parse must reach its unit within 9 tokens
        while i < k:  # after a parse ``i`` is past its unit ``k``
            w = toks[i]
            r = parser.duration(i) if w[0].isdigit() or w in _STARTS else None
            if r is None or r[0] <= 0:
                i += 1
                continue
            seconds, j, hedged, unit, article_only = r
            if w == "over" and UNIT_SECONDS[unit] >= UNIT_SECONDS["day"]:
                i, hedged = i + 1, False  # "talks over three days" spread across them: no hedge, not in the span
            if j + 1 < n and toks[j] == "or" and toks[j + 1] == "so":
                hedged, j = True, j + 2  # "an hour or so": a hedge after the length
            if not bounds:
                bounds = list(accumulate(map(len, parts)))
            start, end = ws + bounds[2 * i], ws + bounds[2 * j - 1]
            if _keep(text, toks, start, end, i, j, unit, article_only):
                adjectival = "-" in text[start:end].replace("-odd", "") or (j < n and toks[j] in _EVENT_NOUNS)
                out.append(DurationMention(start, end, text[start:end], seconds, hedged, unit, adjectival))
            i = j
    return out


def _ends_number(tok: str) -> bool:
    """Whether a unit word right after ``tok`` can be the first unit of a parse (see ``_NUMBER_ENDS``)."""
    return tok in _NUMBER_ENDS or tok[0].isdigit() or tok in VULGAR_FRACTIONS


def _keep(text: str, toks: list[str], start: int, end: int, i: int, j: int, unit: str, art: bool) -> bool:
    """The running-text rules in the module docstring; ``text[start:end]`` is toks[i:j]."""
    after = toks[j] if j < len(toks) else ""
    before = toks[i - 1] if i else ""
    if art and unit == "second" and after.isalpha():
        return False  # "met for a second day", "a second term": an ordinal before its noun
    if before in _LENGTH_CUES and after not in ("ago", "old"):
        return True
    if after in _SKIP_AFTER or before in _SKIP_BEFORE:
        return False
    if after == "s" and j + 1 < len(toks) and toks[j + 1] in _SKIP_AFTER:
        return False
    if before in _SKIP_BEFORE_LONG and UNIT_SECONDS[unit] >= UNIT_SECONDS["day"]:
        return False
    if art and unit == "second":  # "a second term"
        return False
    if art and unit == "day" and after == "of":
        return False  # "after a day of talks": a loose span, which the annotated sets never count (0 of 4)
    if after in _NON_EVENT_NOUNS:
        return False
    hyphen = "-" in text[start:end] or text[end : end + 1] == "-"
    nxt = after
    if hyphen and text[end : end + 1] == "-":  # "two-hour-long": the word after the hyphen, if any
        nxt = toks[j + 1] if j + 1 < len(toks) else ""
    if nxt in ("old", "long"):
        return nxt == "long"
    if unit in _LONG_UNITS and (hyphen or _adjectival_singular(toks, j)):
        if after in _EVENT_NOUNS or nxt in _EVENT_NOUNS:
            return True
        # "a two-day NATO summit", "a three-day G20 meeting": a body's name between the span and its event
        named = _NAMED_EVENT.match(text, end)
        return named is not None and named.group(1).lower() in _EVENT_NOUNS
    return True


_NAMED_EVENT = re.compile(r"\s+(?:[A-Z0-9][\w-]*\s+){1,2}([a-z]+)\b")


def _adjectival_singular(toks: list[str], j: int) -> bool:
    """ "two year truce": a singular long unit followed by a word reads as a modifier."""
    return (
        toks[j - 1] in ("week", "month", "year", "decade", "quarter")
        and j < len(toks)
        and toks[j].isalpha()
        and toks[j] not in ("of", "and", "or")  # "a week of negotiations" measures them
    )
