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
from services.extractor.places import FACILITY_WORDS
from shared import gazetteer

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
_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))
_CAP_PARTICLES = frozenset({"de", "van", "von", "da", "di", "du", "le", "la", "del", "der", "dos"})
_SUFFIX_END = re.compile(r"\s(?:Jr|Sr)$")
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
    :ivar after: where a title set off by commas after the name ends, else 0.
    """

    start: int
    end: int
    name: str
    full_start: int
    titled: bool = False
    after: int = 0  # where a title after the name ends ("Justin Trudeau, Canada's prime minister,"), if any


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
        suffix = ""
        if name == m.group("name") and _SUFFIX_END.search(name) and text.startswith(".", m.end("name")):
            suffix = "."  # "Ferdinand Marcos Jr." keeps its full stop
        if not name or name.split()[0].lower() in NOT_NAME:
            continue
        if " " in name and name.split()[0].lower() in TITLES:
            continue  # stacked titles ("Emir Sheikh Tamim ..."): the name starts after the last title
        if " " in name and f"{text[title_start:start].split()[-1]} {name.split()[0]}".lower() in TITLES:
            continue  # "Secretary General Jens Stoltenberg": "General" ends the title, the name starts after it
        start = m.start("name")
        end = start + len(name)
        if suffix:
            name, end = name + suffix, end + 1
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


# A title after the name, set off by commas: "Justin Trudeau, Canada's prime minister, ...", "Lula, Brazil's
# president, ...", "Viktor Orban, the Hungarian prime minister, ...".
_APPOSITIVE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME}),\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+)?[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+\s+"
    r"|(?:country|nation)['’]s\s+)?(?:(?:new|former|then|outgoing|incoming)\s+)?(?P<title>[a-z][a-z -]{1,30}?)\s*,"
)
_NOT_BEFORE_APPOSITIVE = re.compile(r"(?i:\b(?:in|at|from|to|of|near|outside|on|into|across|for)\s+)$")


def _appositive_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    found: list[PersonMention] = []
    if "," not in text:
        return found
    for m in _APPOSITIVE.finditer(text):
        if m.group("title").lower() not in TITLES:
            continue
        name = _clean_name(m.group("name"))
        start = m.start("name")
        if not name or name != m.group("name") or name.split()[0].lower() in NOT_NAME:
            continue
        if _overlaps((start, start + len(name)), taken):
            continue
        if _NOT_BEFORE_APPOSITIVE.search(text, max(0, start - 12), start):
            continue  # "talks in Ottawa, Canada's ..."
        if lexicon.canonical(name) is None and (gazetteer.lookup(name) or lexicon.place_kind(name)):
            continue  # "In Ottawa, Canada's prime minister, ...": a place, not a person
        canonical = lexicon.canonical(name) or name
        found.append(PersonMention(start, start + len(name), canonical, start, True, m.end()))
    return found


# A country's possessive as the only title: "South Africa's Cyril Ramaphosa hosted ...".
_REALM_NAME = re.compile(
    rf"(?<![\w'’.-])(?P<realm>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?P<name>{_NAME})(?=\s+(?:[a-z]|and\b)|\s*,)"
)
_ORG_WORDS = frozenset(
    [
        "party",
        "bank",
        "army",
        "navy",
        "forces",
        "force",
        "ministry",
        "council",
        "office",
        "government",
        "parliament",
        "senate",
        "congress",
        "court",
        "commission",
        "agency",
        "company",
        "airlines",
        "airways",
        "union",
        "league",
        "federation",
        "fund",
        "group",
        "news",
        "media",
        "post",
        "times",
        "radio",
        "television",
        "tv",
        "service",
        "services",
        "police",
        "guard",
        "guards",
        "embassy",
        "foreign",
        "central",
        "national",
        "supreme",
        "state",
        "constitutional",
        "coast",
        "air",
        "defense",
        "defence",
        "interior",
        "justice",
        "finance",
        "trade",
        "foundation",
        "institute",
        "university",
        "corporation",
        "industries",
        "energy",
        "oil",
        "gas",
        "exchange",
        "museum",
        "cup",
        "open",
        "grand",
        "prix",
        "team",
        "club",
        "far",
        "east",
        "west",
        "north",
        "south",
        "middle",
        "northern",
        "southern",
        "eastern",
        "western",
    ]
)


def _realm_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    found: list[PersonMention] = []
    if "'s " not in text and "’s " not in text:
        return found
    for m in _REALM_NAME.finditer(text):
        name, start = m.group("name"), m.start("name")
        words = name.split()
        if len(words) < 2 or any(
            w.lower() in _ORG_WORDS or w.lower() in NOT_NAME or w.lower() in FACILITY_WORDS for w in words
        ):
            continue
        if words[0].lower() in _TITLE_LAST_WORDS or _overlaps((m.start(), start + len(name)), taken):
            continue
        if not any(p.kind == "country" for p in gazetteer.lookup(m.group("realm"))):
            continue
        if lexicon.canonical(name) is None and (gazetteer.lookup(name) or lexicon.place_kind(name)):
            continue
        canonical = lexicon.canonical(name) or name
        found.append(PersonMention(start, start + len(name), canonical, m.start(), True))
    return found


# Untitled full names where only a person fits: after "with"/"met"/"hosted" ("held a phone conversation with
# Joe Biden"), or a sentence opening "A B and C D <verb>" ("Viktor Orban and Recep Tayyip Erdogan discussed").
# Found from the keyword with str.find, then matched in place: cheaper than any regex scan of the text.
_BARE_KEYWORDS = ("with ", "met ", "hosted ", "received ", "welcomed ")
_BARE_AFTER = re.compile(rf"(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?(?=\s+[a-z]|\s*[,.;])")
_BARE_PAIR = re.compile(rf"(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})(?=\s+[a-z])")
_SENTENCE_OPENING = re.compile(r"[.!?] |\n")


def _keyword_ends(text: str) -> list[int]:
    """Positions right after each whole-word keyword of :data:`_BARE_KEYWORDS`, in text order."""
    ends = []
    for keyword in _BARE_KEYWORDS:
        pos = text.find(keyword)
        while pos >= 0:
            if not pos or not (text[pos - 1].isalnum() or text[pos - 1] == "_"):
                ends.append(pos + len(keyword))
            pos = text.find(keyword, pos + 1)
    return sorted(ends)


def _bare_matches(text: str) -> list[re.Match[str]]:
    """A name (pair) right after with/met/hosted/..., then a name pair where a sentence opens."""
    found = [m for pos in _keyword_ends(text) if (m := _BARE_AFTER.match(text, pos))]
    starts = [0, *(m.end() for m in _SENTENCE_OPENING.finditer(text))]
    found += [m for pos in starts if (m := _BARE_PAIR.match(text, pos))]
    return found


def _bare_ok(name: str, lexicon: Lexicon) -> bool:
    words = name.split()
    if len(words) < 2 or len(words) > 4 or any(not w[:1].isupper() and w.lower() not in _PARTICLE_WORDS for w in words):
        return False
    if any(w.lower() in _ORG_WORDS or w.lower() in NOT_NAME or w.lower() in FACILITY_WORDS for w in words):
        return False
    if any(w.lower() in _TITLE_LAST_WORDS or w.isupper() or w.endswith((".", "'s", "’s")) for w in words):
        return False
    return lexicon.canonical(name) is not None or not (gazetteer.lookup(name) or lexicon.place_kind(name))


def _bare_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    found: list[PersonMention] = []
    for m in _bare_matches(text):
        names = [(m.start(g), m.group(g)) for g in ("a", "b") if m.group(g)]
        if not all(_bare_ok(name, lexicon) for _, name in names):
            continue
        if any(_overlaps((start, start + len(name)), taken) for start, name in names):
            continue
        for start, name in names:
            found.append(PersonMention(start, start + len(name), lexicon.canonical(name) or name, start))
            taken = [*taken, (start, start + len(name))]
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
    for m in _appositive_mentions(text, lexicon, taken) + _realm_mentions(text, lexicon, taken):
        mentions.append(m)
        taken.append((m.full_start, m.end))
    for m in _bare_mentions(text, lexicon, taken):
        if any(m.name in other.name for other in mentions):
            continue  # "De Croo" after "Alexander De Croo": a short form, found below
        mentions.append(m)
        taken.append((m.full_start, m.end))
    pattern = lexicon.person_pattern
    if pattern is not None:
        for m in pattern.finditer(text):
            if not _overlaps(m.span(), taken):
                canonical = lexicon.canonical(m.group()) or ""
                start = m.start()
                word = text[max(0, start - 4) : start].split(" ")[-2:][0]
                if word.lower() in _CAP_PARTICLES and word[:1].isupper() and text.endswith(f"{word} ", 0, start):
                    # "De Croo" for the alias "Croo" of "Alexander De Croo"
                    start -= len(word) + 1 if f"{word} {m.group()}" in canonical else 0
                mentions.append(PersonMention(start, m.end(), canonical, start))
                taken.append((start, m.end()))
    # Short forms of full names seen in the text: first and last word ("Xi", "Putin", "Kim").
    short: list[tuple[int, str, str]] = []  # (position, word, canonical)
    for m in mentions:
        words = _OF.split(text[m.start : m.end])[0].split()  # not "Jordan" of "Abdullah II of Jordan"
        forms = {words[0], words[-1]} if len(words) >= 2 else set()
        if len(words) >= 3 and words[-2].lower() in _CAP_PARTICLES and words[-2][0].isupper():
            forms.add(f"{words[-2]} {words[-1]}")  # "De Croo" of "Alexander De Croo"
        if len(words) >= 3 and words[-1] in ("Jr.", "Sr."):
            forms.add(words[-2])  # "Marcos" of "Ferdinand Marcos Jr."
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
        PersonMention(m.start, m.end, full[m.name], m.full_start, m.titled, m.after)
        if m.titled and " " not in m.name and m.name in full
        else m
        for m in mentions
    ]
    return sorted(mentions, key=lambda p: p.start)
