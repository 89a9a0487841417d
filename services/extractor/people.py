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
from collections.abc import Iterable
from dataclasses import dataclass
from string import ascii_lowercase

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
_LONGEST_TITLE_WORD = max(map(len, _TITLE_LAST_WORDS))
_TITLE_WINDOW = 40  # how far back _title_before looks for a title
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
    window = text[max(0, pos - _TITLE_WINDOW) : pos]
    last = window.rsplit(None, 1)  # [..., the last word]: cheaper than splitting every word
    if not last or last[-1].lower() not in _TITLE_LAST_WORDS:
        return None  # the common case, decided without joining words
    words = window.split()
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]).lower() in TITLES:
            return text.rindex(words[-n], 0, pos)
    return None


def _title_word_capitals(text: str) -> list[int]:
    """Where a capital follows a blank after a title's last word ("President Xi"), in text order.

    These are the only blank-capitals (:data:`_BLANK_CAPITAL`) where :func:`_title_before` can find a title.
    Looking up the few title words among the text's words, then finding them with str.find, is much cheaper
    than checking the word before each of the text's many blank-capitals.
    """
    low = text.lower()
    words = low.split()
    # _title_before reads only the _TITLE_WINDOW characters before a capital: after a long blank run it may
    # read the tail of a cut word ("...president") as a title. Bound the longest run (every other gap between
    # words takes a blank) and, if such a run may exist or lowering moved characters, check every blank-capital.
    longest_blank_run = len(text) - len("".join(words)) - len(words) + 2
    if longest_blank_run >= _TITLE_WINDOW - _LONGEST_TITLE_WORD or len(low) != len(text):
        return [m.end() - 1 for m in _BLANK_CAPITAL.finditer(text)]
    starts = []
    n = len(text)
    for word in _TITLE_LAST_WORDS.intersection(words):
        pos = low.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (not pos or low[pos - 1].isspace()) and end < n and low[end].isspace():
                while end < n and low[end].isspace():
                    end += 1
                if end < n and "A" <= text[end] <= "Z":
                    starts.append(end)
            pos = low.find(word, pos + 1)
    starts.sort()
    return starts


def _titled_mentions(text: str, lexicon: Lexicon) -> list[PersonMention]:
    found: list[PersonMention] = []
    done = -1
    for start in _title_word_capitals(text):
        if start < done:
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
# president, ...", "Viktor Orban, the Hungarian prime minister, ...". Matched from each comma: the tail first
# (cheap, and rarely a title), then the name that ends at that comma. Scanning the name pattern over the
# whole text tried it at every capital and cost far more.
_APPOSITIVE_TAIL = re.compile(
    r",\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+)?[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+\s+"
    r"|(?:country|nation)['’]s\s+)?(?:(?:new|former|then|outgoing|incoming)\s+)?(?P<title>[a-z][a-z -]{1,30}?)\s*,"
)
# Where a name may start: a capital not inside a word (the look-behind of the name as a whole pattern).
_NAME_START = re.compile(r"(?<![\w'’.-])[A-Z]")
_NAME_ONLY = re.compile(_NAME)
_NOT_BEFORE_APPOSITIVE = re.compile(r"(?i:\b(?:in|at|from|to|of|near|outside|on|into|across|for)\s+)$")


def _appositive_name(text: str, lo: int, comma: int) -> int | None:
    """Where the first name in ``text[lo:comma]`` that ends right at ``comma`` starts, else ``None``."""
    for s in _NAME_START.finditer(text, lo, comma):
        if _NAME_ONLY.fullmatch(text, s.start(), comma):
            return s.start()
    return None


def _appositive_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    found: list[PersonMention] = []
    comma = text.find(",")
    previous = -1  # the comma before ``comma``: a name never spans one
    done = 0  # where the last tail ended: matches never overlap
    while comma >= 0:
        tail = _APPOSITIVE_TAIL.match(text, comma)
        if tail is not None and tail.group("title").lower() in TITLES and comma >= done:
            start = _appositive_name(text, max(previous + 1, done), comma)
            if start is not None:
                done = tail.end()
                mention = _appositive_mention(text, lexicon, taken, start, comma, done)
                if mention is not None:
                    found.append(mention)
        previous, comma = comma, text.find(",", comma + 1)
    return found


def _appositive_mention(
    text: str, lexicon: Lexicon, taken: list[tuple[int, int]], start: int, end: int, after: int
) -> PersonMention | None:
    """The person named ``text[start:end]`` with a title after it, unless it is no name or a place."""
    raw = text[start:end]
    name = _clean_name(raw)
    if not name or name != raw or name.split()[0].lower() in NOT_NAME:
        return None
    if _overlaps((start, start + len(name)), taken):
        return None
    if _NOT_BEFORE_APPOSITIVE.search(text, max(0, start - 12), start):
        return None  # "talks in Ottawa, Canada's ..."
    if lexicon.canonical(name) is None and (gazetteer.lookup(name) or lexicon.place_kind(name)):
        return None  # "In Ottawa, Canada's prime minister, ...": a place, not a person
    return PersonMention(start, start + len(name), lexicon.canonical(name) or name, start, True, after)


# A country's possessive as the only title: "South Africa's Cyril Ramaphosa hosted ...".
_REALM_NAME = re.compile(
    rf"(?<![\w'’.-])(?P<realm>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?P<name>{_NAME})(?=\s+(?:[a-z]|and\b)|\s*,)"
)
_POSSESSIVE_BLANK = re.compile(r"['’]s\s")
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


def _realm_starts(text: str, at: int) -> list[int]:
    """Where a realm of two words, then of one ("South Africa", "Africa"), ending at ``at`` would start."""
    starts: list[int] = []
    end = at
    while len(starts) < 2:
        head = text[:end]
        capital = len(head.rstrip(ascii_lowercase)) - 1  # a realm word is a capital, then lowercase letters
        if capital in (end - 1, -1) or not "A" <= text[capital] <= "Z":
            break
        starts.insert(0, capital)
        end = len(head[:capital].rstrip())  # the previous word ends before a blank
        if end == capital:
            break
    return starts


def _realm_matches(text: str) -> list[re.Match[str]]:
    """What ``_REALM_NAME.finditer(text)`` finds, matched in place only where a realm ends in "'s ".

    The realm of a match ends at a possessive and can start at one of two places only, so this skips the
    name pattern's tries at every capital of the text.
    """
    found = []
    done = 0  # where the last match ended: matches never overlap
    for possessive in _POSSESSIVE_BLANK.finditer(text):
        for start in _realm_starts(text, possessive.start()):
            if start >= done and (m := _REALM_NAME.match(text, start)):
                found.append(m)
                done = m.end()
                break
    return found


def _realm_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    found: list[PersonMention] = []
    if "'s " not in text and "’s " not in text:
        return found
    for m in _realm_matches(text):
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
# "[.!?] |\n", written to start with one character class so the scan skips ahead fast.
_SENTENCE_OPENING = re.compile(r"[.!?\n](?:(?<=\n)| )")


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


def _bare_matches(text: str, taken: list[tuple[int, int]]) -> list[re.Match[str]]:
    """A name (pair) right after with/met/hosted/..., then a name pair where a sentence opens.

    Not where a name found already starts ("US President Donald Trump and ..."): its match would be dropped.
    """
    found = [
        m for pos in _keyword_ends(text) if not _overlaps((pos, pos + 1), taken) and (m := _BARE_AFTER.match(text, pos))
    ]
    starts = [0, *(m.end() for m in _SENTENCE_OPENING.finditer(text))]
    found += [m for pos in starts if not _overlaps((pos, pos + 1), taken) and (m := _BARE_PAIR.match(text, pos))]
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
    for m in _bare_matches(text, taken):
        names = [(m.start(g), m.group(g)) for g in ("a", "b") if m.group(g)]
        if any(_overlaps((start, start + len(name)), taken) for start, name in names):
            continue
        if not all(_bare_ok(name, lexicon) for _, name in names):
            continue
        for start, name in names:
            found.append(PersonMention(start, start + len(name), lexicon.canonical(name) or name, start))
            taken = [*taken, (start, start + len(name))]
    return found


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    start, end = span
    # A plain loop, called for every candidate: any() over a generator costs twice as much.
    for s, e in taken:  # noqa: SIM110
        if start < e and s < end:
            return True
    return False


def _occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
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
        written = text[m.start : m.end]
        if "of" in written:
            written = _OF.split(written)[0]  # not "Jordan" of "Abdullah II of Jordan"
        words = written.split()
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
    by_word: dict[str, list[tuple[int, str]]] = {}  # word -> (position, canonical) of the names it is short for
    for pos, word, canon in short:
        by_word.setdefault(word, []).append((pos, canon))
    for start, end, found in _occurrences(text, by_word):
        if _overlaps((start, end), taken):
            continue
        candidates = by_word[found]
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
