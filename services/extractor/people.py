"""Person names: titled names ("Chinese President Xi Jinping"), lexicon names and later short mentions.

A name is recognised when a title introduces it ("US President Donald Trump", "Kremlin aide Yuri
Ushakov", "King Hussein of Jordan"), when the lexicon knows it or one of its aliases, or when it is the
first or last word of a full name already found in the text ("Xi" after "Xi Jinping", "Putin" after
"Vladimir Putin"). Titles are stripped from the canonical name but kept in ``full_start`` so a claim's
mention can include them. Organisations and places are never people: only titles, the lexicon and names
already seen introduce a person, so "Air Force One", "Beijing" or "CCTV" cannot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.extractor.lexicon import EMPTY, Lexicon

TITLES = frozenset(
    """vice president|president|president-elect|deputy prime minister|prime minister|premier|chancellor
    |crown prince|king|queen|prince|princess|emperor|empress|pope|sultan|emir|sheikh|supreme leader|leader
    |chairman|chairwoman|general secretary|secretary-general|secretary general|secretary of state
    |foreign secretary|foreign minister|defence minister|defense minister|defence secretary|defense secretary
    |minister|secretary|senator|governor|mayor|ambassador|envoy|aide|adviser|advisor|chief|spokesman|spokeswoman
    |foreign policy chief|policy chief|foreign affairs chief|national security adviser|national security advisor
    |security adviser|security advisor|special envoy|top diplomat|top aide|chief of staff|trade representative|taoiseach
    |spokesperson|counterpart|dictator|strongman|chief executive|first lady|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.""".replace(
        "\n", ""
    )
    .replace("    |", "|")
    .split("|")
)
_TITLE_LAST_WORDS = frozenset(t.split()[-1] for t in TITLES if t)
_ROYAL = re.compile(r"(?i:crown prince|king|queen|prince|princess|emperor|empress|sultan|emir|sheikh|pope)")
# A name word: capitalised, letters with inner hyphens/apostrophes ("Jae-in", "O'Brien"), or an initial.
_WORD = r"(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*|[A-Z]\.)"
_PARTICLE = r"(?:bin|al|el|de|da|dos|das|van|von|der|den|la|le|del|di|du|ibn|ben)"
# A name word may also be a lowercase Arabic article joined by a hyphen ("al-Sisi", "el-Sisi").
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:(?:al|el|ad|as|ash|ar|an)-)?{_WORD}){{0,3}}"
_PREFIX_WORD = r"(?:[A-Z][\w.'’-]*)"
_TITLED_NAME = re.compile(rf"(?P<name>{_NAME})(?P<tail>\s+(?:[IVX]+\b|of\s+[A-Z][^\W\d_]+))?")
# A titled name starts with a capital right after the blank that ends its title (so never inside a word).
_BLANK_CAPITAL = re.compile(r"\s[A-Z]")
_PREFIX = re.compile(rf"(?:(?<=\s)|^)(?:{_PREFIX_WORD}\s+){{1,3}}$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_POSSESSIVE_AT = re.compile(r"['’]s\b")  # "Putin's talks": the name is "Putin"
_OF = re.compile(r"\s+of\s+")
_ROMAN = re.compile(r"[IVXL]+")
_REALM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)['’]s\s+$")
_CAP_WORD = re.compile(rf"(?<![\w'’-]){_WORD}(?![\w-])")

NOT_NAME = frozenset(
    {
        "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "with", "by", "from",
        "as", "this", "that", "these", "those", "it", "its", "his", "her", "their", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "today",
        "yesterday", "tomorrow", "said", "says", "told", "asked", "assembly", "council", "committee",
        "office", "house", "administration", "government", "ministry", "department"
    }
)  # fmt: skip
_PREFIX_STOP = frozenset(
    ["the", "a", "an", "this", "that", "his", "her", "their", "its", "new", "former", "late", "then"]
)


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person; ``text[start:end]`` is the name as written (title excluded).

    :ivar full_start: where the mention starts including title and nationality ("US President ...").
    :ivar name: the canonical name (the lexicon's, else the fullest form seen in the text).
    :ivar titled: whether a title introduced it.
    """

    start: int
    end: int
    name: str
    full_start: int
    titled: bool = False


def _clean_name(raw: str) -> str:
    words = raw.split()
    while words and words[-1].lower() in NOT_NAME:
        words.pop()
    return " ".join(words)


def _single_name(name: str) -> bool:
    """Whether a royal's name is one word, bar a regnal number: only those take "of <realm>"."""
    return sum(1 for w in name.split() if not _ROMAN.fullmatch(w)) == 1  # not "Mohammed bin Salman"


def _title_before(text: str, pos: int) -> int | None:
    """Where a title ending right before ``pos`` (one space apart) starts, else ``None``."""
    if pos < 3 or not text[pos - 1].isspace():
        return None
    window = text[max(0, pos - 40) : pos]
    last = window.rsplit(None, 1)  # [..., the last word]: cheaper than splitting every word
    if not last or last[-1].lower() not in _TITLE_LAST_WORDS:
        return None  # the common case, decided without joining words
    words = window.split()
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]).lower() in TITLES:
            return text.rindex(words[-n], 0, pos)
    return None


def _titled_mentions(text: str, lexicon: Lexicon) -> list[PersonMention]:
    found: list[PersonMention] = []
    done = -1
    for s in _BLANK_CAPITAL.finditer(text):
        start = s.end() - 1
        if start < done:
            continue
        last = text[max(0, start - 40) : start].rsplit(None, 1)  # _title_before's quick check, without the call
        if not last or last[-1].lower() not in _TITLE_LAST_WORDS:
            continue
        title_start = _title_before(text, start)
        if title_start is None:
            continue
        m = _TITLED_NAME.match(text, start)
        if m is None:
            continue
        name = _POSSESSIVE_END.sub("", _clean_name(m.group("name")))  # "Xi Jinping's meeting" -> "Xi Jinping"
        if not name or name.split()[0].lower() in NOT_NAME:
            continue
        if " " in name and name.split()[0].lower() in TITLES:
            continue  # stacked titles ("Emir Sheikh Tamim ..."): the name starts after the last title
        if " " in name and f"{text[title_start:start].split()[-1]} {name.split()[0]}".lower() in TITLES:
            continue  # "Secretary General Jens Stoltenberg": "General" ends the title, the name starts after it
        start = m.start("name")
        end = start + len(name)
        tail = m.group("tail")
        if tail and name == m.group("name"):
            title = text[title_start:start].strip()
            if tail.strip().startswith("of") and not _ROYAL.fullmatch(title):
                tail = ""
            name += tail
            end = m.end("tail") if tail else end
        done = end
        title = text[title_start:start].strip()
        if title.lower() == "pope":
            name = f"Pope {name}"  # a pope is known by title and name ("Pope Francis")
        elif _ROYAL.fullmatch(title) and " of " not in name and _single_name(name):
            realm = _REALM_BEFORE.search(text, max(0, title_start - 30), title_start)
            if realm:
                name += f" of {realm.group(1)}"  # "Jordan's King Abdullah II" -> "Abdullah II of Jordan"
        full_start = title_start
        prefix = _PREFIX.search(text, max(0, full_start - 50), full_start)
        if prefix:
            words = prefix.group().rsplit("\n", 1)[-1].split()
            cut = [k for k, w in enumerate(words) if w.endswith(".") and "." not in w[:-1]]
            if cut:
                words = words[cut[-1] + 1 :]  # not "Monday." of "... on Monday. French President ..."
            while words and words[0].lower() in _PREFIX_STOP:
                words.pop(0)
            if words:
                full_start = text.rindex(words[0], prefix.start(), full_start)
        canonical = lexicon.canonical(name) or lexicon.canonical(text[start:end]) or name
        found.append(PersonMention(start, end, canonical, full_start, True))
    return found


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _occurrences(text: str, words: set[str]) -> list[tuple[int, int, str]]:
    """Where each of ``words`` occurs as a whole name word (as :data:`_CAP_WORD` would match it), in order.

    ``str.find`` per word is much faster than scanning every capitalised word with a regex.
    """
    hits: list[tuple[int, int, str]] = []
    n = len(text)
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            end = pos + len(word)
            prev = text[pos - 1] if pos else " "
            nxt = text[end] if end < n else " "
            if (
                not (prev.isalnum() or prev in "_'’-")
                and not (nxt.isalnum() or nxt in "_-")
                and not (nxt in "'’" and text[end + 1 : end + 2].isalpha() and not _POSSESSIVE_AT.match(text, end))
            ):
                hits.append((pos, end, word))
            pos = text.find(word, pos + 1)
    hits.sort()
    return hits


def find_people(text: str, lexicon: Lexicon | None = None) -> list[PersonMention]:
    """Every person mention in ``text``, in text order, each with its canonical name."""
    lexicon = lexicon or EMPTY
    mentions = _titled_mentions(text, lexicon)
    taken = [(m.full_start, m.end) for m in mentions]
    pattern = lexicon.person_pattern
    if pattern is not None:
        for m in pattern.finditer(text):
            if not _overlaps(m.span(), taken):
                mentions.append(PersonMention(m.start(), m.end(), lexicon.canonical(m.group()) or "", m.start()))
                taken.append(m.span())
    # Short forms of full names seen in the text: first and last word ("Xi", "Putin", "Kim").
    short: list[tuple[int, str, str]] = []  # (position, word, canonical)
    for m in mentions:
        words = _OF.split(text[m.start : m.end])[0].split()  # not "Jordan" of "Abdullah II of Jordan"
        forms = {words[0], words[-1]} if len(words) >= 2 else set()
        # "Lula" of "Luiz Inacio Lula da Silva": the word before a particle surname is a usual short form.
        forms.update(w for w, nxt in zip(words, words[1:], strict=False) if nxt.islower())
        if len(words) == 1 and m.titled and m.name != words[0]:
            forms.add(words[0])  # "Francis" after "Pope Francis"
        for word in forms:
            if (
                word.lower() not in NOT_NAME
                and len(word) > 1
                and not word.endswith(".")
                and word[0].isupper()
                and not _ROMAN.fullmatch(word)
            ):
                short.append((m.start, word, m.name))
    for start, end, found in _occurrences(text, {word for _, word, _ in short}):
        if _overlaps((start, end), taken):
            continue
        candidates = [(pos, canon) for pos, word, canon in short if word == found]
        before = [c for c in candidates if c[0] < start]
        canon = (max(before) if before else min(candidates))[1]
        mentions.append(PersonMention(start, end, canon, start))
        taken.append((start, end))
    # A titled single word ("President Xi") takes the full name it is short for, when the text has one.
    full = {w: canon for _, w, canon in short}
    mentions = [
        PersonMention(m.start, m.end, full[m.name], m.full_start, m.titled)
        if m.titled and " " not in m.name and m.name in full
        else m
        for m in mentions
    ]
    return sorted(mentions, key=lambda p: p.start)
