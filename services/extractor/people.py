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
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter
from os.path import commonprefix
from string import ascii_lowercase

from services.extractor import leaders, monarchs
from services.extractor.layout import dateline_end, label_end
from services.extractor.lexicon import EMPTY, Lexicon
from services.extractor.places import FACILITY_WORDS, SITE_PREFIXES, UPPER
from services.extractor.timewords import FULL_MONTHS, FULL_WEEKDAYS, MONTHS, text_scan
from shared import gazetteer

TITLES = frozenset(
    """vice president|vice-president|vice premier|vice-premier|vice chancellor|vice-chancellor
    |president|president-elect|deputy prime minister|prime minister|premier|chancellor
    |crown prince|king|queen|prince|princess|emperor|empress|pope|sultan|emir|sheikh|sayyid|shah|supreme leader|leader
    |chairman|chairwoman|general secretary|secretary-general|secretary general|secretary of state
    |foreign secretary|foreign minister|defence minister|defense minister|defence secretary|defense secretary
    |minister|secretary|senator|governor|mayor|ambassador|envoy|aide|adviser|advisor|chief|spokesman|spokeswoman
    |foreign policy chief|policy chief|foreign affairs chief|national security adviser|national security advisor
    |security adviser|security advisor|special envoy|top diplomat|top aide|chief of staff|trade representative|taoiseach
    |spokesperson|counterpart|dictator|strongman|ruler|chief executive|first lady|mr|mr.|mrs|mrs.|ms|ms.|dr|dr.
    |chair|chairperson|executive chair|managing director|director-general|director general|director|head
    |captain|colonel|speaker|first minister|deputy first minister|gov.|sen.|rep.|gen.|adm.|col.|capt.|lt.
    |predecessor|successor|mullah|ayatollah|grand ayatollah|cleric|cardinal|archbishop|bishop|patriarch|general
    |imam|grand imam|mufti|grand mufti|rabbi|chief rabbi|moderator
    |governor-general
    |governor general|negotiator|chief negotiator|government negotiator|chief government negotiator
    |field marshal|marshal|generalissimo|admiral|lieutenant general|major general|brigadier general
    |lt. gen.|maj. gen.|brig. gen.|lt. col.|maj.|lieutenant colonel|vice admiral|rear admiral|air marshal
    |billionaire|businessman|businesswoman|tycoon|industrialist|entrepreneur|co-founder|cofounder|founder|ceo|boss
    |strategist|writer|author|novelist|journalist|activist|economist|banker|financier|investor|lawyer|philosopher
    |commentator|congressman|congresswoman|lawmaker|diplomat|mediator|emissary|commander
    |member|datuk seri|datuk|dato' sri|dato sri|dato seri|tan sri|tun|shri|shrimati|smt.|sir|dame
    |his holiness|her holiness|his majesty|her majesty|his imperial majesty|her imperial majesty|his highness
    |her highness|his royal highness|her royal highness
    |hon.|the hon.|rt. hon.|the rt. hon.|rt hon|the rt hon|most hon.|the most hon.|right honourable|the right honourable
    |rev.|the rev.|reverend|the reverend
    |alhaji|alhaja|hajia|engr.|prof.|professor|pm|honorable|the honorable|honourable|the honourable
    |commissioner|high commissioner|minister-president|minister president|state counsellor|state counselor
    |counsellor|counselor|representative|delegate|official""".replace("\n", "")
    .replace("    |", "|")
    .split("|")
)
# "US envoys Steve Witkoff and Jared Kushner", "foreign ministers Wang Yi and Sergei Lavrov": a plural title
# introduces the pair after it (see _titled_mentions)
PLURAL_TITLES = frozenset(
    (t[:-1] + "ies" if t.endswith("y") and t[-2] not in "aeiou" else t + "s")
    for t in TITLES
    if len(t) > 3 and t[-1] not in "s." and " of " not in t
)
TITLES = TITLES | PLURAL_TITLES
_TITLE_LAST_WORDS = frozenset(t.split()[-1] for t in TITLES if t)
_LIST_NAME = re.compile(r",?\s+and\s+|,\s+(?=[A-Z])")  # what joins the names of a list after a plural title


def _title_sizes() -> dict[str, tuple[int, ...]]:
    """A title's last word -> how many words the titles it ends have, most first ("minister": 3, 2, 1)."""
    sizes: dict[str, set[int]] = {}
    for title in TITLES:
        words = title.split()
        if words and " ".join(words) == title:  # only such titles can equal words joined by blanks
            sizes.setdefault(words[-1], set()).add(len(words))
    return {last: tuple(sorted(n, reverse=True)) for last, n in sizes.items()}


_TITLE_SIZES = _title_sizes()
_LONGEST_TITLE_WORD = max(map(len, _TITLE_LAST_WORDS))
_TITLE_WINDOW = 40  # how far back _title_before looks for a title
# Royal titles take "of <realm>": "King Abdullah II of Jordan". Compared lowercased, with one blank between words.
_ROYAL_TITLES = frozenset(
    ["crown prince", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "sheikh", "pope"]
)
# A name word: capitalised, letters with inner hyphens/apostrophes ("Jae-in", "O'Brien"), or an initial.
# A name word may be an initial ("S. Jaishankar") or initials written together ("J.R. Jayewardene")
# ("af": "Margaretha af Ugglas"; "e": "Artur da Costa e Silva")
_PARTICLE = r"(?:bin|al|el|de|da|dos|das|van|von|der|den|la|le|del|di|du|ibn|ben|arap|af|e)"
# an initial goes on to a name word or a particle ("F. W. de Klerk")
_WORD = rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)*(?=\s+(?:[{UPPER}]|{_PARTICLE}\s))|[{UPPER}][^\W\d_]*(?:['’-][^\W\d_]+)*)"
# A name word may also be a lowercase Arabic article joined by a hyphen ("al-Sisi", "el-Sisi").
# Arabic articles joined to a name by a hyphen ("al-Sisi", "el-Tayeb")
_JOINED_ARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "ar-", "an-")
_JOINED = "(?:" + "|".join(_JOINED_ARTICLES) + ")"
# a French particle elided onto the surname ("Valery Giscard d'Estaing")
_ELIDED = "d['’]"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:{_JOINED}|{_ELIDED})?{_WORD}){{0,4}}"
_PREFIX_WORD = rf"(?:[{UPPER}][\w.'’-]*)"
_TITLED_NAME = re.compile(
    rf"(?P<name>{_NAME})(?P<tail>\s+(?:[IVX]+\b|of\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?))?"
)  # "King Salman of Saudi Arabia": a realm of two words when they name a country (see _realm)
# A titled name starts with a capital right after the blank that ends its title (so never inside a word).
_BLANK_CAPITAL = re.compile(rf"\s[{UPPER}]")
_PREFIX_WORD_ONLY = re.compile(_PREFIX_WORD)
_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))
_CAP_PARTICLES = frozenset({"de", "van", "von", "da", "di", "du", "le", "la", "del", "der", "dos"})
_POSSESSIVE_AT = re.compile(r"['’]s\b")  # "Putin's talks": the name is "Putin"
_OF = re.compile(r"\s+of\s+")
_REALM_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)['’]s\s+$")


def _realm(words: str, before: bool = False) -> str:
    """A realm of one or two capitalised words: both when they name a country ("Saudi Arabia"), else the
    first after "of" ("of Jordan Tuesday") or the last ``before`` a possessive ("Monday Spain's King")."""
    if " " not in words or any(p.kind == "country" for p in gazetteer.lookup(words)):
        return words
    first, last = words.split(" ", 1)
    return last if before else first


_CAP_WORD = re.compile(rf"(?<![\w'’-]){_WORD}(?![\w-])")

NOT_NAME = frozenset(
    {
        "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "with", "by", "from",
        "as", "this", "that", "these", "those", "it", "its", "his", "her", "their", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "today",
        "yesterday", "tomorrow", "said", "says", "told", "asked", "assembly", "council", "committee",
        "office", "house", "administration", "government", "ministry", "department",
        "several", "many", "some", "few", "most", "both", "each", "every", "other", "such",  # "Several European"
        "one",  # "Marine One", "Air Force One": aircraft, not people
        "asian", "african", "european", "arab", "american", "latin", "pacific", "nordic", "baltic",  # "Southeast Asian"
    }
)  # fmt: skip
# Surnames that are also stop words ("To Lam", "An Chang-ho", "Do Hung"): a name when capitalised after a title
_SURNAME_WORDS = frozenset(["To", "An", "Do"])
_ARTICLE_WORDS = frozenset(["Al", "El", "al", "el", "bin", "ibn"])  # a word after one is part of the name
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her"])
# capitalised words of a fronted time, never part of a name's prefix
_TIME_WORDS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "On", "In", "At", "By", "Since"]
    + ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November"]
    + ["December", "Earlier", "Later", "Yesterday", "Today", "Tonight", "Then", "Afterwards", "Meanwhile"]
)
_PREFIX_STOP = frozenset(
    ["the", "a", "an", "this", "that", "his", "her", "their", "its", "new", "former", "late", "then"]
)
# Lowercase words a title's prefix may hold: "Kurdish regional leader", "Venezuelan opposition leader"
_PREFIX_MODIFIERS = frozenset(
    ["regional", "opposition", "acting", "interim", "caretaker", "provincial", "federal", "military", "spiritual"]
    + ["deputy", "senior", "paramount", "top", "chief", "religious", "supreme", "parliament", "parliamentary"]
    + ["rebel", "guerrilla", "insurgent", "separatist", "militia", "tribal"]  # "rebel leader Laurent Kabila"
    + ["new", "outgoing", "incoming"]  # "Japan's new Prime Minister Sanae Takaichi" ("new" never leads the prefix)
    # what a chief heads: "UK defence chief Nick Carter", "Egyptian intelligence chief Abbas Kamel"
    + ["defence", "defense", "intelligence", "security", "junta", "army", "navy", "police", "spy", "armed", "forces"]
    + ["party", "nuclear", "refugee", "aid", "rights", "human", "finance", "energy", "trade"]
    + ["foreign", "policy"]  # "Kremlin foreign policy aide Yuri Ushakov"
)


@dataclass(slots=True)  # not frozen: a frozen dataclass costs four times as much to build
class PersonMention:
    """One mention of a person; ``text[start:end]`` is the name as written (title excluded).

    :ivar full_start: where the mention starts including title and nationality ("US President ...").
    :ivar name: the canonical name (the lexicon's, else the fullest form seen in the text).
    :ivar titled: whether a title introduced it.
    :ivar after: where a title set off by commas after the name ends, else 0; for a title set off before
        the name ("Japan's prime minister, Sanae Takaichi, ..."), where the comma after the name ends.
    """

    start: int
    end: int
    name: str
    full_start: int
    titled: bool = False
    after: int = 0  # where a title after the name ends ("Justin Trudeau, Canada's prime minister,"), if any


_START = attrgetter("start")


def _clean_name(raw: str) -> str:
    words = raw.split()
    while words and words[-1].lower() in NOT_NAME:
        words.pop()
    return " ".join(words)


def _is_roman(word: str) -> bool:
    """Whether ``word`` is a Roman numeral (``[IVXL]+``), without a regex call."""
    return bool(word) and not word.strip("IVXL")


_CONSORT_TITLES = frozenset(["queen", "prince", "princess"])
_CONSORT_NAMES = ("Queen ", "Prince ", "Princess ")  # a consort's name as kept with the title ("Prince Philip")


def _single_name(name: str) -> bool:
    """Whether a royal's name is one word, bar a regnal number: only those take "of <realm>"."""
    return sum(1 for w in name.split() if not _is_roman(w)) == 1  # not "Mohammed bin Salman"


def _title_before(text: str, pos: int) -> int | None:
    """Where a title ending right before ``pos`` (one space apart) starts, else ``None``."""
    if pos < 3 or not text[pos - 1].isspace():
        return None
    return _title_ending(text, pos)


def _title_ending(text: str, end: int) -> int | None:
    """Where a title whose last word ends ``text[:end]`` (blanks aside) starts, else ``None``."""
    # The last three words (and whatever is before them): a title has at most three words.
    words = text[max(0, end - _TITLE_WINDOW) : end].rsplit(None, 3)
    last = words[-1].lower() if words else ""
    if last.startswith("then-"):  # "then-President John Kufuor": the title held then
        words[-1] = words[-1][5:]
        last = last[5:]
    sizes = _TITLE_SIZES.get(last, ()) if words else ()
    if last == "official" and (words[-1] != last or (len(words) > 1 and words[-2].lower() in _DETERMINERS)):
        return None  # "North Korean official Kim Yong-sun"; not "the official Saudi Press Agency", "Official Spokesman"
    for n in sizes:  # only the sizes of titles ending with that word: no joins for the common case
        if len(words) >= n and (n == 1 or " ".join(words[-n:]).lower() in TITLES):
            return text.rindex(words[-n], 0, end)
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
    if "then-" in low:
        words += [w[5:] for w in words if w.startswith("then-")]  # "then-President John Kufuor"
    for word in _TITLE_LAST_WORDS.intersection(words):
        pos = low.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (not pos or low[pos - 1].isspace() or low.endswith("then-", 0, pos)) and end < n and low[end].isspace():
                while end < n and low[end].isspace():
                    end += 1
                if end < n and text[end].isupper():
                    starts.append(end)
            pos = low.find(word, pos + 1)
    starts.sort()
    return starts


def _is_prefix_word(word: str) -> bool:
    """Whether ``word`` is a whole :data:`_PREFIX_WORD` (most are a capital and letters, decided without a regex)
    or one of :data:`_PREFIX_MODIFIERS`."""
    if word in _PREFIX_MODIFIERS:
        return True
    if word in _TIME_WORDS:
        return False  # "On Monday South Korean President Moon Jae-in": the day fronted before the prefix
    if word.startswith("then-"):
        word = word[5:]  # "then-House Speaker Kevin McCarthy"
        if not word:
            return False
    return "A" <= word[0] <= "Z" and (word[1:].isalnum() or _PREFIX_WORD_ONLY.fullmatch(word) is not None)


def _place_pair(first: str, second: str) -> bool:
    """Whether two prefix words name a place together ("New Zealand", "New Delhi")."""
    return bool(gazetteer.lookup(f"{first} {second}"))


def _prefix_start(text: str, title_start: int) -> int:
    r"""Where the capitalised words before a title start ("US" of "US President ..."), else ``title_start``.

    Up to three :data:`_PREFIX_WORD` words that end, followed by blanks, at the title and start within 50
    characters of it (after a blank, so not inside a word), those after a line break, not up to a word that
    ends a sentence, and not from "the", "former", ... on. Splitting off the last three words is much cheaper
    than a regex search (``(?:(?<=\s)|^)(?:{_PREFIX_WORD}\s+){1,3}$`` over those 50 characters).
    """
    lo = max(0, title_start - 50)
    window = text[lo:title_start]
    if not window or not window[-1].isspace():
        return title_start  # the prefix words are followed by blanks
    words = window.rsplit(None, 3)  # [what is before them, ] and the last three words
    if len(words) == 4:
        del words[0]
    elif words and lo and not window[0].isspace() and not text[lo - 1].isspace():
        del words[0]  # cut by the window: the prefix starts after a blank
    k = len(words)
    while k and _is_prefix_word(words[k - 1]):
        k -= 1
    words = words[k:]  # the prefix: its words, up to three
    if words and "\n" in window:
        words = words[max(0, len(words) - len(window.rsplit("\n", 1)[-1].split())) :]  # those after a line break
    for k in range(len(words) - 1, -1, -1):
        if words[k].endswith(".") and "." not in words[k][:-1]:
            words = words[k + 1 :]  # not "Monday." of "... on Monday. French President ..."
            break
    # "the", "former", "new" lead up to the title ("The new US President ..."), but "New" opens "New Zealand"
    while words and words[0].lower() in _PREFIX_STOP and not (len(words) > 1 and _place_pair(words[0], words[1])):
        words.pop(0)
    start = text.rindex(words[0], lo, title_start) if words else title_start
    if words and (of := _COUNTRY_OF_BEFORE.search(text, max(0, start - 40), start)):
        # "Democratic Republic of Congo President Felix Tshisekedi": a country whose name holds "of"
        name = text[of.start() : start] + words[0]
        if _is_country(name) or _is_country(name.replace(" of ", " of the ", 1)):
            return of.start()
    if (joined := _PORTFOLIO_AND.search(text, max(0, start - 30), start)) is not None:
        # "British Business and Trade Secretary Jonathan Reynolds": a portfolio of two joined by "and"
        return _prefix_start(text, joined.start())
    if words and text.endswith(" of ", 0, start - 4 if text.endswith("the ", 0, start) else start):
        office = _OFFICE_OF_BEFORE_PREFIX.search(text, max(0, start - 30), start)
        if office is not None and office.group(1).lower() in TITLES:
            # "UK Chief of the Defence Staff General Sir Nick Carter": the office the prefix words are of
            return _prefix_start(text, office.start(1))
    return start


_PORTFOLIO_AND = re.compile(
    r"(?<![\w-])(?:Business|Foreign|Energy|Trade|Industry|Culture|Media|Science|Technology|Food|Environment|Health"
    r"|Social|Home|Transport|Education|Digital|Housing|Justice|Defence|Climate|Work)\s+and\s+$"
)
_COUNTRY_OF_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?$")
_OFFICE_OF_BEFORE_PREFIX = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


# "President of the United Arab Emirates Mohamed bin Zayed Al Nahyan", "President of Brazil Luiz Inacio Lula da
# Silva": an office of a country, then the name (Kremlin and Chinese readouts write offices so)
_OFFICE_OF_COUNTRY = re.compile(
    # ("Minister for Foreign Affairs Penny Wong": a portfolio after "for")
    rf"(?<![\w-])(?P<title>[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)?)\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?P<run>{_WORD}(?:\s+(?:(?:of|the|of\s+the)\s+)?(?:{_PARTICLE}\s+)?{_JOINED}?{_WORD}){{2,11}})"
)

# what an _OFFICE_OF_COUNTRY match needs (its title's last word, "of" or "for", a capital): a third of the texts
# have it, and this scan costs less than half of that pattern's
_OFFICE_OF_HINT = re.compile(rf"[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?[{UPPER}]")


# the last word of a portfolio an office may be of ("Secretary of Foreign Affairs Enrique Manalo")
_PORTFOLIO_HEADS = frozenset({
    "Affairs", "Defence", "Defense", "Trade", "Finance", "Commerce", "Economy", "Interior", "Justice", "Health",
    "Energy", "Agriculture", "Education", "Worship", "Cooperation", "Development", "Planning", "Industry",
})  # fmt: skip
# the last word of a body's name an office may be of ("President of the European Council B")
_BODY_HEADS = frozenset({
    "Council", "Commission", "Union", "Nations", "Assembly", "Parliament", "Secretariat", "Organization",
    "Organisation", "Community", "Bank", "Fund", "League", "Committee", "Forum",
})  # fmt: skip
_STYLES_BEFORE_NAME = frozenset({"Dr.", "Dr", "H.E.", "Mr.", "Mrs.", "Ms.", "Prof.", "Sir", "Dame"})


# "with H.E. João Lourenço, President of ...": a style of address that only a person bears, then the name
_EXCELLENCY_NAME = re.compile(rf"(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+(?P<name>{_NAME})")


def _excellency_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """Names after "H.E." or "His/Her Excellency" that nothing else found (two to five name words)."""
    found: list[PersonMention] = []
    for m in _EXCELLENCY_NAME.finditer(text):
        name = _clean_name(m.group("name"))
        if " " not in name or _overlaps(m.span("name"), taken) or not _bare_ok(name, lexicon):
            continue
        start = m.start("name")
        found.append(PersonMention(start, start + len(name), lexicon.canonical(name) or name, m.start(), True))
    return found


def _office_of_country_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """Names after "<office> of [the] <country>" that nothing else found: the country is the longest run of the
    leading words that names one, and the name is the two to six words after it."""
    found: list[PersonMention] = []
    for m in _OFFICE_OF_COUNTRY.finditer(text):
        title = m.group("title").lower()
        # "Australian Minister for Foreign Affairs Penny Wong": a nationality before the title
        if (title not in TITLES and title.rsplit(None, 1)[-1] not in TITLES) or _overlaps(m.span("run"), taken):
            continue
        run = m.group("run")
        words = run.split()
        for k in range(len(words) - 2, 0, -1):  # the longest country first, two name words at least after it
            if words[k - 1] in ("of", "the") or words[k][:1].islower():
                continue
            country = " ".join(words[:k])
            if (
                # ("President of the Republic of Poland Andrzej Duda": gazetteer.lookup reads a state's formal name)
                _is_country(country)
                or (" of " in country and _is_country(country.replace(" of ", " of the ", 1)))
                # "Secretary of Foreign Affairs Enrique Manalo": a portfolio
                or words[k - 1] in _PORTFOLIO_HEADS
                # "President of the European Council António Costa", "Secretary-General of ASEAN Dr. Kao Kim Hourn"
                or words[k - 1] in _BODY_HEADS
                or (k == 1 and words[0].isupper() and len(words[0]) > 2)
            ):
                named = words[k:]
                while named and (named[0] in _STYLES_BEFORE_NAME or named[0].lower() in TITLES):
                    named = named[1:]  # "Dr. Kao Kim Hourn": a style before the name is no part of it
                k = len(words) - len(named)
                name = _clean_name(" ".join(named))
                if name.count(" ") < 1 or name.count(" ") > 5:
                    break
                start = m.start("run") + len(" ".join(words[:k])) + 1
                end = start + len(name)
                found.append(PersonMention(start, end, lexicon.canonical(name) or name, m.start(), titled=True))
                break
    return found


# post-nominal letters written after a name in official copy ("the Hon. Anthony Albanese MP")
_POST_NOMINALS = frozenset(
    {"MP", "MPs", "QC", "KC", "MEP", "MLA", "MSP", "MHA", "MNA", "TD", "OBE", "CBE", "KBE", "MBE"}
)


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
        raw, tail = m.group("name", "tail")
        words = raw.split()
        if "s " in raw:  # "Volodymyr Zelensky's Oval Office meeting": a possessive ends the name
            cut = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
            if cut is not None:
                words = words[: cut + 1]
        # as _clean_name, but "Al Said" of "Haitham bin Tarik Al Said" is a surname, not the verb, and "Theresa
        # May" ends in a surname, not a month (unless a day follows: "President Trump May 5")
        while len(words) > 2 and words[-1] in _POST_NOMINALS:
            words.pop()  # "the Hon. Anthony Albanese MP": letters after a name are no part of it
        while (
            words
            and words[-1].lower() in NOT_NAME
            and not (len(words) > 1 and words[-2] in _ARTICLE_WORDS)
            and not (
                len(words) == 2
                and words[-1] in _MONTH_SURNAMES
                and words[-2][:1].isupper()
                and not text[m.start("name") + len(raw) : m.start("name") + len(raw) + 2].strip()[:1].isdigit()
            )
        ):
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        if name.endswith(("'s", "’s")):  # "Xi Jinping's meeting" -> "Xi Jinping"
            name = name[:-2]
        elif name.endswith(("'", "’")):
            name = name[:-1]
        if not name or (
            len(words) > 1
            and words[-1] in _SITE_AFTER_TITLED
            or _NAMED_AFTER_PERSON.match(text, m.start("name") + len(name))
            # "on Governors Island", "Prince Edward Island": a place whose name opens with a title word (not
            # "President Park": a Korean surname)
            or (words[-1].lower() in _FEATURE_WORDS and words[-1] != "Park")
        ):
            continue  # "the King David Hotel", "King Khalid International Airport": a site named after a person
        # "Ferdinand Marcos Jr." keeps its full stop
        suffix = name == raw and name.endswith((" Jr", " Sr")) and text.startswith(".", m.end("name"))
        first, space, _ = name.partition(" ")  # words are joined by single blanks
        title = text[title_start:start].strip().lower()
        if title == "pm" and (not text.startswith("PM", title_start) or text[:title_start].rstrip()[-1:].isdigit()):
            continue  # "PM Shehbaz", not "at 6 pm Paris time"
        if not space and title.rsplit(None, 1)[-1:] == ["general"]:
            continue  # "General Motors", "the General Assembly": only "General Mamadi Doumbouya" is a person
        if space and first in _SURNAME_WORDS:
            first = ""  # "Communist Party chief To Lam": capitalised after a title, a surname, not "to"
        first = first.lower()
        if first in NOT_NAME:
            continue
        if (first in TITLES or f"{first}." in TITLES) and (space or text.startswith(". ", start + len(name))):
            # stacked titles ("Emir Sheikh Tamim ...", "President Dr. Hassan Rouhani"): the name starts after the last
            continue
        if name.count(" ") >= 2 and " ".join(name.split()[:2]).lower() in TITLES:
            continue  # "Prime Minister Tan Sri Muhyiddin Yassin": a style of two words, then the name
        if f"{title.rsplit(None, 1)[-1]} {first}" in TITLES:
            continue  # "Secretary General Jens Stoltenberg": "General" ends the title, the name starts after it
        end = start + len(name)
        if suffix:
            name, end = name + ".", end + 1
        royal = title in _ROYAL_TITLES
        if tail and name == raw:
            if tail.strip().startswith("of") and (
                not royal
                or title in ("emperor", "empress")  # "Emperor Akihito of Japan" is known as Akihito
                or title == "sheikh"  # "Prime Minister Sheikh Hasina of Bangladesh": "Sheikh Hasina", no realm
                or " bin " in name
                or " ibn " in name
                # "Emperor Haile Selassie of Ethiopia": a given name and another is no regnal name
                or (" " in name and name.rsplit(None, 1)[-1].strip("IVX") != "")
            ):
                tail = ""  # a realm only for a regnal name: "Abdullah II of Jordan", not "Hamad bin Isa Al Khalifa"
            elif tail.count(" ") > 2 and (realm := _realm(tail.split(None, 1)[1])) != tail.split(None, 1)[1]:
                tail = tail[: tail.index(realm) + len(realm)]  # "of Jordan Tuesday": one word of realm
            name += tail
            end = m.start("tail") + len(tail) if tail else end
        done = end
        if title in ("pope", "patriarch"):
            name = f"{title.title()} {name}"  # known by title and name ("Pope Francis", "Patriarch Kirill")
        elif royal and title not in ("emperor", "empress") and " of " not in name and _single_name(name):
            realm = _REALM_BEFORE.search(text, max(0, title_start - 30), title_start)
            if realm:
                # "Jordan's King Abdullah II" -> "Abdullah II of Jordan"
                name += f" of {_realm(realm.group(1), before=True)}"
            elif (adjective := text[max(0, title_start - 12) : title_start].rsplit(None, 1)[-1:]) and (
                adjective[0] in monarchs.REALM_ADJECTIVES
            ):
                name += f" of {monarchs.REALM_ADJECTIVES[adjective[0]]}"  # "Saudi King Abdullah" -> "Abdullah of ..."
            elif (
                later := _REALM_MONARCH_AFTER.search(
                    text, end, stop if (stop := text.find(". ", end)) >= 0 else len(text)
                )
            ) is not None:
                # "talks with King Abdullah at the Saudi monarch's horse farm": the realm told later in the sentence
                name += f" of {monarchs.REALM_ADJECTIVES[later.group(1)]}"
        outer = title_start
        while True:
            before = _title_before(text, outer)
            if before is None and text.endswith(" and ", 0, outer):
                # "Bahrain's Crown Prince and Prime Minister Salman bin Hamad": two offices of one person
                before = _title_ending(text, outer - 5)
                if before is not None and not text[before].isupper():
                    before = None  # not "met the president and Prime Minister B": two people
            if before is None or before >= outer:
                break
            outer = before  # stacked titles: "Abu Dhabi's Crown Prince Sheikh Mohammed": the prefix is before all
        full_start = _prefix_start(text, outer)
        canonical = lexicon.canonical(name) or lexicon.canonical(text[start:end])
        if canonical is None and royal and (usual := monarchs.usual_name(title.rsplit(None, 1)[-1], name)):
            canonical = lexicon.canonical(usual) or usual  # "King Charles" -> "Charles III"
        if canonical is None and title in _CONSORT_TITLES and " " not in name:
            # "Queen Camilla", "Prince Philip": a royal known by one given name and no reign keeps the title
            canonical = f"{title.title()} {name}"
        if canonical is None and title == "sheikh" and " " not in name:
            canonical = f"Sheikh {name}"  # "Sheikh Hasina": a given name the title is part of (not "Sheikh Tamim")
        if canonical is None and title == "sultan" and " " not in name:
            canonical = f"Sultan {name}"  # "Malaysia's King Sultan Ibrahim": the name he reigns by
        canonical = canonical or name
        found.append(PersonMention(start, end, canonical, full_start, True))
        # "envoys A and B", "presidents A, B and C": each name of the list is titled by the plural title
        last = end
        while title in PLURAL_TITLES and (joined := _LIST_NAME.match(text, last)):
            second = _TITLED_NAME.match(text, joined.end())
            words = second.group("name").split() if second else []
            if not (2 <= len(words) <= 4 and words[0].lower() not in NOT_NAME):
                break
            name2 = " ".join(words)
            s2 = joined.end()
            found.append(PersonMention(s2, s2 + len(name2), lexicon.canonical(name2) or name2, s2, True))
            done = last = s2 + len(name2)
            if "and" in joined.group():
                break  # "and" names the last of the list
    return found


# A title after the name, set off by commas: "Justin Trudeau, Canada's prime minister, ...", "Lula, Brazil's
# president, ...", "Viktor Orban, the Hungarian prime minister, ...". Matched from each comma: the tail first
# (cheap, and rarely a title), then the name that ends at that comma. Scanning the name pattern over the
# whole text tried it at every capital and cost far more.
_APPOSITIVE_TAIL_FORM = (
    r",\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w-]*['’]s\s+|(?:[A-Z][a-z]+\s+){{1,{capitals}}}"
    r"|(?<=the\s)[A-Z](?:\.?[A-Z])+\.?\s+"
    # ("Milan Milutinovic, the Serbian President, ...": a title in capitals too)
    # ("Macky Sall, the current chairman of the African Union, met ...": a term's standing before the title)
    r"|(?:country|nation)['’]s\s+)?(?:(?:new|former|then|outgoing|incoming|current|rotating|sitting|incumbent)\s+){{0,2}}"
    r"(?P<title>[a-zA-Z][a-zA-Z -]{{1,30}}?)"
    # "the managing director of the International Monetary Fund", "national security adviser to Prime Minister B"
    r"(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][^,;()]{{1,60}}?)?\s*,"
)
_APPOSITIVE_TAIL = re.compile(_APPOSITIVE_TAIL_FORM.format(capitals=1))
# the same after a titled name, whose title before it leaves no doubt the words after are another: "the Rev. Ian
# Paisley, the Democratic Unionist leader, ..." (two capitalised words before the title)
_APPOSITIVE_TAIL_WIDE = re.compile(_APPOSITIVE_TAIL_FORM.format(capitals=2))
# Where a name may start: a capital not inside a word (the look-behind of the name as a whole pattern).
_NAME_START = re.compile(rf"(?<![\w'’.-])[{UPPER}]")
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
        after = text.find(",", comma + 1)
        full_stop = text.find(". ", comma + 1, after if after > 0 else len(text))
        if full_stop < 0 and after < 0 and text.endswith("."):
            full_stop = len(text) - 1
        if full_stop > 0:
            # "... talks with Lebanon's caretaker prime minister, Najib Mikati." : the sentence ends the name
            mention = _title_first_mention(text, lexicon, taken, comma, full_stop)
            if mention is not None:
                found.append(mention)
                done = full_stop + 1
        # A tail ends at the next comma with its title, lowercase and after a blank: unless the last word
        # before that comma ends a title, the tail's title is none and the regex need not run.
        last = text[comma + 1 : after].rsplit(None, 1) if after > 0 and comma >= done else None
        mention = None
        if last and text[comma + 2 : comma + 3].isupper() and text[comma - 1 : comma].isalpha():
            # A name alone between two commas, after a word that may end a title: "..., Sanae Takaichi,".
            mention = _title_first_mention(text, lexicon, taken, comma, after)
            if mention is not None:
                found.append(mention)
                done = after + 1
            elif (pair := _plural_title_pair(text, lexicon, taken, comma, after)) is not None:
                found += pair  # "his Kyrgyz and Turkmen counterparts, Sadyr Japarov and Serdar Berdimuhamedov,"
                done = after + 1
        if mention is None and last and (last[-1].lower() in _TITLE_LAST_WORDS or _title_of(text, comma, after)):
            tail = _APPOSITIVE_TAIL.match(text, comma)
            if tail is not None and _modified_title(tail.group("title").lower()):
                start = _appositive_name(text, max(previous + 1, done), comma)
                # "Earlier, the Russian foreign minister, Sergei Lavrov, said": the title is Lavrov's.
                if start is not None and not _title_first_mention(
                    text, lexicon, taken, after, text.find(",", after + 1)
                ):
                    done = tail.end()
                    mention = _appositive_mention(text, lexicon, taken, start, comma, done)
                    if mention is not None:
                        found.append(mention)
        previous, comma = comma, after
    return found


def _modified_title(words: str) -> bool:
    """A title, maybe after a modifier: "deputy president" (of the ANC), "acting leader", "foreign minister"."""
    if words in TITLES:
        return True
    if " and " in words:  # "Crown Prince and Prime Minister": two titles held together
        return all(_modified_title(part) for part in words.split(" and "))
    first, _, rest = words.partition(" ")
    if first == "first" and rest.startswith("deputy "):  # "first deputy managing director"
        first, _, rest = rest.partition(" ")
    if first == "first" and rest in TITLES:
        return True  # "Sudan's first vice president, Ali Osman Mohamed Taha,": a rank in the title
    return first in _PREFIX_MODIFIERS and rest in TITLES


def _title_of(text: str, comma: int, after: int) -> bool:
    """Whether ``text[comma:after]`` may be a title with an "of" phrase: ", the managing director of the IMF"."""
    of = text.find(" of ", comma, after)
    if of < 0:
        return False
    head = text[comma + 1 : of].rsplit(None, 1)
    return bool(head) and head[-1] in _TITLE_LAST_WORDS


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


# What may lead a title set off before a name: "Japan's new", "the Russian", "the country's former".
# "at the Saudi monarch's horse farm": a realm's adjective before a word for its monarch
_REALM_MONARCH_AFTER = re.compile(rf"\b({'|'.join(monarchs.REALM_ADJECTIVES)})\s+(?:monarch|king|sovereign)\b")
_TITLE_LEAD = re.compile(
    # ("Mali's transitional President, Gen. Assimi Goita": a word of its own between the owner and the title)
    # ("his North Korean counterpart, Kim Kye Gwan": a nationality of two words)
    r"(?:(?<![\w'’-])(?:(?:the|his|her|their|its)\s+|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+['’]s\s+)(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:[a-z][a-z-]+\s+)??)?"
    r"(?:(?:new|former|then|outgoing|incoming|acting|caretaker|interim|first|newly\s+elected|newly\s+appointed"
    r"|recently\s+elected|long-serving|newly\s+installed)\s+)?"  # "Iran's newly elected president, Hassan Rouhani"
    # what heads the title's office: "Pakistan's army chief, Asim Munir", "Guinea's military leader, Mamadi Doumbouya"
    rf"(?:(?:{'|'.join(sorted(_PREFIX_MODIFIERS - {'new', 'outgoing', 'incoming'}))})\s+)?$"
)


# What a title heads, between "of" and the comma before the name: "the FARC guerrillas", "the IAEA" (no clause)
_HEADED = re.compile(
    r"(?:the\s+)?(?:(?!(?:since|when|after|before|who|which|that|and|with|in|on|at|for)\b)[\w.-]+\s*){1,5}"
)


# styles before a name, no title: "H.E. Mr. Anthony Albanese", "Her Excellency the Rt. Hon. Mary Simon", "Alhaji Aminu"
_STYLES_OF_ADDRESS = re.compile(
    r"(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|(?:the\s+)?(?:(?:Rt\.?|Right|Most)\s+)?Hon(?:\.|ourable\b)"
    r"|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Smt\.|Shri|Shrimati|Alhaji|Alhaja|Hajia|Engr\.|Prof\.)\s+)+"
    # a rank goes with the name it precedes: "Pakistan's military ruler, General Pervez Musharraf,", "his
    # counterpart, Maj. Gen. Kashif Abdullah,"
    r"|(?:(?:Lt\.|Lieutenant|Maj\.|Major|Brig\.|Brigadier)\s+)?(?:Gen\.|General)\s+"
    r"|(?:Field\s+|Air\s+(?:Chief\s+)?)?Marshal\s+|(?:Vice\s+|Rear\s+)?(?:Admiral|Adm\.)\s+"
    r"|(?:Lt\.\s+|Lieutenant\s+)?(?:Col\.|Colonel)\s+"
)


_ENVOY_WORDS = frozenset({"ambassador", "envoy", "commissioner", "representative", "consul"})


def _office_before(text: str, comma: int) -> int | None:
    """Where a title ending at ``comma`` starts ("Japan's new prime minister,"), also with what it heads ("the
    leader of the FARC guerrillas,"), else ``None``."""
    title_start = _title_ending(text, comma)
    if (
        title_start is None
        and (to := text.rfind(" to ", max(0, comma - 40), comma)) > 0
        # "Japan's Ambassador to India, Ono Keiichi": an envoy with where he is posted
        and _HEADED.fullmatch(text, to + 4, comma)
        and text[:to].rsplit(None, 1)[-1].lower() in _ENVOY_WORDS
    ):
        title_start = _title_ending(text, to)
    if title_start is None:
        # "the leader of the FARC guerrillas, Rodrigo Londoño": a title with what it heads
        of = comma
        for _ in range(2):  # "the head of the Atomic Energy Organization of Iran": the title may be before either
            of = text.rfind(" of ", max(0, comma - 60), of)
            if of < 0 or not _HEADED.fullmatch(text, of + 4, comma):
                break
            title_start = _title_ending(text, of)
            if title_start is not None:
                if text[title_start:of].rsplit(None, 1)[-1].lower() in PLURAL_TITLES:
                    title_start = None  # "between leaders of the two countries since Kim's father, Kim Jong Il"
                break
    if title_start is None and "Minister " in text[max(0, comma - 90) : comma]:
        # "the Minister for Foreign Affairs and Cooperation of Timor-Leste, B": a portfolio named in capitals
        of = text.rfind(" of ", max(0, comma - 40), comma)
        end = of if of > 0 and _HEADED.fullmatch(text, of + 4, comma) else comma
        if (portfolio := _MINISTER_FOR.search(text, max(0, end - 80), end)) is not None:
            title_start = portfolio.start()
    return title_start


_MINISTER_FOR = re.compile(r"(?:\bthe\s+)?\bMinister\s+(?:for|of)\s+(?:[A-Z][\w-]*\s*(?:(?:and|&)\s+)?){1,6}$")


def _title_first_mention(
    text: str, lexicon: Lexicon, taken: list[tuple[int, int]], comma: int, after: int
) -> PersonMention | None:
    """A person named between two commas right after a title: "Japan's new prime minister, Sanae Takaichi, ...".

    The name must fill ``text[comma + 1 : after]`` and pass the checks of an untitled full name
    (:func:`_bare_ok`: two to four name words, no organisation, facility or title word, not a place), so
    "the capital, Kyiv,", "the president, the premier, and ..." and "the minister, Foreign Ministry," do not fire.
    """
    if after <= comma:
        return None
    start = comma + 1
    while start < after and text[start].isspace():
        start += 1
    if (style := _STYLES_OF_ADDRESS.match(text, start)) is not None:
        start = style.end()  # "the Chairperson of the AU Commission, H.E. Moussa Faki Mahamat,"
    # the name first: it fails at the first lowercase word of most clauses, far cheaper than looking for the title
    if not _NAME_ONLY.fullmatch(text, start, after) or _overlaps((start, after), taken):
        return None
    title_start = _office_before(text, comma)
    if title_start is None:
        return None
    name = text[start:after]
    if not _bare_ok(name, lexicon):
        return None
    lead = _TITLE_LEAD.search(text, max(0, title_start - 40), title_start)
    full_start = lead.start() if lead else title_start
    return PersonMention(start, after, lexicon.canonical(name) or name, full_start, True, after + 1)


_NAME_AND_NAME = re.compile(rf"(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})")
# What may lead a plural title set off before two names: "his Kyrgyz and Turkmen", "their British and German"
_PLURAL_LEAD = re.compile(r"(?:(?<![\w'’-])(?:the|his|her|their|its)\s+)(?:[A-Z][a-z]+(?:,\s+|\s+and\s+|\s+)){0,4}$")


# the states a plural title is of: "Iran and Saudi Arabia", "the two countries"
_STATES_OF = re.compile(
    r"(?:(?:those|these|the\s+two|both)\s+(?:countries|agencies|delegations|sides|governments|parties|offices)"
    r"|(?:the\s+)?(?:(?:two|both)\s+countries|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?))"
)


def _plural_title_pair(
    text: str, lexicon: Lexicon, taken: list[tuple[int, int]], comma: int, after: int
) -> list[PersonMention] | None:
    """Two people named between two commas right after a plural title: "his Kyrgyz and Turkmen counterparts,
    Sadyr Japarov and Serdar Berdimuhamedov, ..." (each name as :func:`_title_first_mention` checks one)."""
    title_start = _title_ending(text, comma) if after > comma else None
    end = comma
    if (
        title_start is None
        and after > comma
        and (of := text.rfind(" of ", max(0, comma - 50), comma)) > 0
        and _STATES_OF.fullmatch(text, of + 4, comma)
    ):
        # "The foreign ministers of Iran and Saudi Arabia, A and B,", "the defence ministers of the two countries,"
        title_start, end = _title_ending(text, of), of
    if title_start is None or text[title_start:end].split()[-1].lower() not in PLURAL_TITLES:
        return None
    start = comma + 1
    while start < after and text[start].isspace():
        start += 1
    m = _NAME_AND_NAME.fullmatch(text, start, after)
    if m is None or _overlaps((start, after), taken) or not all(_bare_ok(n, lexicon) for n in m.group("a", "b")):
        return None
    lead = _PLURAL_LEAD.search(text, max(0, title_start - 60), title_start)
    full_start = lead.start() if lead else title_start
    a, b = m.group("a"), m.group("b")
    return [
        PersonMention(m.start("a"), m.end("a"), lexicon.canonical(a) or a, full_start, True),
        PersonMention(m.start("b"), m.end("b"), lexicon.canonical(b) or b, m.start("b"), True, after + 1),
    ]


# A country's possessive as the only title: "South Africa's Cyril Ramaphosa hosted ...".
_REALM_NAME = re.compile(
    rf"(?<![\w'’.-])(?P<realm>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?P<name>{_NAME})(?=\s+(?:[a-z]|and\b)|\s*,|\.(?:\s|$))"
)
_ORG_WORDS = frozenset(
    [
        "party",
        "bank",
        "army",
        "navy",
        "fleet",  # "Russia's Black Sea Fleet base"
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
        "business",  # "British Business and Trade Secretary Jonathan Reynolds": a portfolio, no name
        "commerce",
        "economy",
        "health",
        "education",
        "agriculture",
        "environment",
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


def _possessive_blanks(text: str) -> list[int]:
    r"""Where each "'s" or "’s" followed by a blank starts, in text order (as ``['’]s\s`` finds them).

    ``str.find`` scans text several times faster than a regex does.
    """
    found = []
    for mark in ("'s", "’s"):
        pos = text.find(mark)
        while pos >= 0:
            if text[pos + 2 : pos + 3].isspace():
                found.append(pos)
            pos = text.find(mark, pos + 1)
    found.sort()
    return found


def _realm_matches(text: str, possessives: list[int]) -> list[re.Match[str]]:
    """What ``_REALM_NAME.finditer(text)`` finds, matched in place only where a realm ends in "'s ".

    The realm of a match ends at a possessive (``possessives``: :func:`_possessive_blanks`) and can start at
    one of two places only, so this skips the name pattern's tries at every capital of the text.
    """
    found = []
    done = 0  # where the last match ended: matches never overlap
    for possessive in possessives:
        after = text[possessive + 3 : possessive + 4]
        if not (after.isupper() or after.isspace()):
            continue  # "China's economy": the name after the blank starts with a capital
        for start in _realm_starts(text, possessive):
            if start >= done and (m := _REALM_NAME.match(text, start)):
                found.append(m)
                done = m.end()
                break
    return found


def _realm_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    found: list[PersonMention] = []
    possessives = _possessive_blanks(text)
    if not any(text[p + 2] == " " for p in possessives):
        return found  # no "'s " nor "’s " in the text
    for m in _realm_matches(text, possessives):
        name, start = m.group("name"), m.start("name")
        words = name.split()
        # One word only when the lexicon knows it as a person ("Brazil's Lula and ..."): without one, a single
        # word is as often an organisation ("Russia's Gazprom said") and could not be told apart.
        if (len(words) < 2 and lexicon.canonical(name) is None) or any(
            w.lower() in _ORG_WORDS or w.lower() in NOT_NAME or w.lower() in FACILITY_WORDS for w in words
        ):
            continue
        if words[0].lower() in _TITLE_LAST_WORDS or _overlaps((m.start(), start + len(name)), taken):
            continue
        if words[-1].lower() in _FEATURE_WORDS:
            continue  # "Ukraine's Black Sea ports": a sea, a river or a coast, no one's name
        if name.lower() in TITLES:
            continue  # "Qatar's Prime Minister and Minister of Foreign Affairs": an office, no one's name
        if not any(p.kind == "country" for p in gazetteer.lookup(m.group("realm"))):
            continue
        if lexicon.canonical(name) is None and (gazetteer.lookup(name) or lexicon.place_kind(name)):
            continue
        canonical = lexicon.canonical(name) or name
        found.append(PersonMention(start, start + len(name), canonical, m.start(), True))
    return found


# verbs of telling a person something: "A told B", "A assured B" (the person is the one told)
TELL_VERBS = (
    "told", "warned", "urged", "assured", "pressed", "asked", "thanked", "briefed", "informed", "congratulated",
    "reassured",
)  # fmt: skip
# Untitled full names where only a person fits: after "with"/"met"/"hosted" ("held a phone conversation with
# Joe Biden"), or a sentence opening "A B and C D <verb>" ("Viktor Orban and Recep Tayyip Erdogan discussed").
# Found from the keyword with str.find, then matched in place: cheaper than any regex scan of the text.
_BARE_KEYWORDS = (
    "with ", "met ", "saw ", "hosted ", "received ", "welcomed ", "where ", "when ", "between ",
    *(f"{verb} " for verb in TELL_VERBS), "invited ",
    "meet ", "meets ", "visiting ", "alongside ", "joined ", "called ", "phoned ", "telephoned ", "greeted ",
    "embraced ", "took ", "presented ", "brief ", ", and ", "by ", "visit ", "visited ",
    "was ",  # "The last U.S. president to meet a Syrian leader was Bill Clinton, who held talks with ..."
    "together ",  # "Mandela brought together Mobutu Sese Seko and Laurent Kabila"
    "rang ", "dialled ", "dialed ",  # "Barack Obama rang Gordon Brown on Friday"
    "called on ",  # "Lim Jock Hoi called on Prayut Chan-o-cha" (not "a call on Christmas Eve")
    "call from ", "calls from ",  # "had taken a congratulatory call from Tsai Ing-wen"
    "he and ", "she and ",  # "crossed to Kinshasa, where he and Felix Tshisekedi held talks"
    "among ",  # "a trilateral summit among Shinzo Abe, Moon Jae-in and Li Keqiang"
)  # fmt: skip
# "A, B and C": the names between the first and the last are in ``mid``
_LIST_TAIL = rf"(?P<mid>(?:\s*,\s*{_NAME}){{0,4}})\s*,?\s+and\s+(?P<b>{_NAME})"
_BARE_AFTER = re.compile(rf"(?P<a>{_NAME})(?:{_LIST_TAIL})?(?=\s+[a-z]|\s*[,.;])")
# a pair or list opening a sentence, before its verb or a "who" clause ("Joe Biden and Xi Jinping, who met")
_BARE_PAIR = re.compile(rf"(?P<a>{_NAME}){_LIST_TAIL}(?=\s+[a-z]|\s*,\s+who\b)")
# "Vladimir Putin and Ukraine's president-elect Petro Poroshenko": an untitled name paired with a titled one
# ("Jacinda Ardern and her Australian counterpart Scott Morrison": a possessive pronoun before the titled one)
# ("Lyndon B. Johnson and the Soviet premier Alexei N. Kosygin met": a title with its article)
_BARE_AND = re.compile(rf"(?P<a>{_NAME})(?P<mid>)(?P<b>)\s+and\s+(?:(?:his|her|their|the)\s+)?")
# "Masoud Pezeshkian travelled to Erbil", "On Thursday, Joe Biden met ...": one name opening a sentence (or its
# main clause, after a fronted phrase) as the subject of an event verb
_BARE_SUBJECT = re.compile(
    rf"(?P<a>{_NAME})(?P<mid>)(?P<b>)(?=\s+(?:(?:also|later|then|first|had|has|will|separately)\s+)?(?:met|meets"
    r"|travell?ed|travels|spoke|speaks|held|holds|hosted|hosts|visited|visits|arrived|arrives|flew|talked|received"
    r"|welcomed|made|paid|began|attended|phoned|said|says|told|took|became|gave|sent|led|[a-z]{3,}ed"
    r"|chose|came|went|won|wrote|left|brought|sought|struck|drew|kept|stood|sat|got|found|spent|ran|lost|spoken"
    r"|will|was\s+(?:met|[a-z]{3,}ed))\b"
    r"|,\s+(?:on|in|during|after|before|who|whose)\s"  # "Recep Tayyip Erdogan, on his first trip abroad, ..."
    r"|,\s+(?:then|now)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s"  # "Mohammed bin Salman, now crown prince, held"
    r"|,\s+\d{1,3},\s"  # "George W. Bush, 54, had been warned ...": an age set off after the name
    # "Roh Moo-hyun, Moon's political mentor, held talks": a role set off after the name, then a verb
    r"|,\s+(?:[A-Z][\w-]*['’]s|his|her|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?:[a-z]+\s+)?"
    r"(?:met|held|hosted|visited|received|welcomed|spoke|talked|travell?ed|flew|signed|arrived)\b)"
)
_EVENT_ADJECTIVES = (
    "first|second|third|last|latest|previous|recent|brief|long|lengthy|state|formal|informal|private|surprise"
    "|planned|upcoming|video|face-to-face|one-on-one"
)
# "Angela Merkel's first White House meeting with Donald Trump": a name owning the event a sentence opens with
_BARE_POSSESSOR = re.compile(
    rf"(?P<a>{_NAME})(?P<mid>)(?P<b>)(?=['’]s\s+(?:(?:[A-Z][\w-]*|{_EVENT_ADJECTIVES}|[a-z]+(?:al|ic|ed|ful|ive|ous))\s+)"
    r"{0,3}(?:meeting|talks|call|visit|summit|trip|phone|telephone|conversation)\b)"
)  # not "Theresa May's government held talks"
# A sentence's first word that fronts a phrase before the subject, with what follows it: a prefix test
_FRONTED = tuple(
    f"{word}{end}"
    for word in ("On", "In", "At", "Earlier", "Later", "Last", "After", "Before", "During", "Meanwhile", "Separately")
    for end in (" ", ",")
) + ("Then ", "Then,")
# a fronted time counted from another: "Fifty years ago today, ", "Two days later, ", "Two days ago Donald Trump"
_TIME_LEAD = re.compile(r"[A-Z][\w-]*(?: [\w-]+){0,3}? (?:ago(?: today)?|later|earlier),? (?=[A-Z])")
_LEAD_MONTHS = "|".join(m.title() for m in FULL_MONTHS)
_LEAD_DAYS = "|".join(sorted(d.title() for d in FULL_WEEKDAYS))
# "In April 2010 Viktor Yanukovych and Dmitry Medvedev met", "Last year A and B agreed": a fronted time, no comma
_FRONTED_TIME = re.compile(
    rf"(?:(?:In|On|By)\s+(?:(?:{_LEAD_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}|{_LEAD_DAYS})"
    rf"|Last\s+(?:year|month|week|{_LEAD_MONTHS}|{_LEAD_DAYS}))\s(?=[A-Z])"
)
# Words that are never part of an untitled full name: organisations, facilities, titles, NOT_NAME.
# the words that end names of natural or man-made features, never a person's: "visited Pearl Harbor"
_FEATURE_WORDS = frozenset(
    ["bay", "island", "islands", "lake", "river", "mountain", "mountains", "valley", "beach"]
    + ["coast", "peninsula", "strait", "straits", "gulf", "sea", "ocean", "canal", "desert", "falls", "cape"]
    + ["heights", "hills", "springs", "reef", "memorial", "cemetery", "monument", "square", "park", "bridge", "dam"]
)
_NOT_BARE_WORDS = _ORG_WORDS | NOT_NAME | FACILITY_WORDS | _TITLE_LAST_WORDS | _FEATURE_WORDS
# holidays: "called on Christmas Eve" names a day, not whom he called on
_NOT_BARE_WORDS |= {"eve", "christmas", "easter", "thanksgiving", "ramadan", "diwali", "hanukkah", "passover", "nowruz"}
# What must follow the first word of a _BARE_PAIR match: the name goes on (a capital, a particle, "al-") or
# "and" follows. Most sentences fail this at their second word ("The two leaders"), for a third of the cost.
_PAIR_HINT = re.compile(rf"[{UPPER}]\S*\s+(?:[{UPPER}]|and\s|{_PARTICLE}\s|{_JOINED})")
# What ends a sentence: a line break, or a full stop, "!" or "?" and a blank.
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


# "Kim's father, Kim Jong Il", "Trump's son-in-law, Jared Kushner": a relation set off by commas before a name
_RELATION_OF = re.compile(r"['’]s\s+(?:[a-z]+[ -]){0,2}[a-z]+,\s+")
# the owner may be named in several words, after "the": "the European Union's chief negotiator, Michel Barnier"
_RELATION_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?=\w+['’]s))?(\w+)['’]s\s+(?:[a-z]+[ -]){0,2}[a-z]+,\s+$"
)


# a kin or aide set off before a name by a possessive pronoun: "His wife, ", "her husband, ", "their son, "
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:wife|husband|son|daughter|brother|sister|father|mother),\s+(?:[A-Z][\w-]*\s+){0,2}$"
)


def _relation_before(text: str, start: int) -> re.Match[str] | None:
    """The relation set off before the name at ``start`` ("Kim's father, "), else ``None``."""
    return _RELATION_BEFORE.search(text, max(0, start - 70), start) if text.endswith(", ", 0, start) else None


_BODY_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z]{2,5}$")  # "EU", "NATO", "ASEAN" before "'s"


# Half the keywords end in "ed ": one scan for "ed " finds them all, for less than a str.find per keyword
_ED_KEYWORDS = tuple(k for k in _BARE_KEYWORDS if k.endswith("ed "))
_OTHER_KEYWORDS = tuple(k for k in _BARE_KEYWORDS if not k.endswith("ed "))
# each of those with its first word as the word image of the text has it (", and " -> "and")
_OTHER_KEYWORD_WORDS = tuple((k, k.strip(", ").split()[0].encode("ascii")) for k in _OTHER_KEYWORDS)


def _keyword_ends(text: str) -> list[int]:
    """Positions right after each whole-word keyword of :data:`_BARE_KEYWORDS`, in text order."""
    ends = []
    # A whole-word keyword's first word is a word of the text's word image (timewords.text_scan, which the time
    # finders reuse): a set look-up spares the str.find of each keyword the text does not have.
    scan = text_scan(text)
    for keyword, first in _OTHER_KEYWORD_WORDS:
        if scan is not None and first not in scan.image_words:
            continue
        pos = text.find(keyword)
        while pos >= 0:
            if not pos or keyword[0] == "," or not (text[pos - 1].isalnum() or text[pos - 1] in "_-"):  # "so-called"
                ends.append(pos + len(keyword))
            pos = text.find(keyword, pos + 1)
    end = text.find("ed ") + 3
    while end > 2:  # each keyword ending in "ed " that ends there
        if text.endswith(_ED_KEYWORDS, 0, end):
            for keyword in _ED_KEYWORDS:
                if text.endswith(keyword, 0, end):
                    pos = end - len(keyword)
                    if not pos or not (text[pos - 1].isalnum() or text[pos - 1] in "_-"):
                        ends.append(end)
        end = text.find("ed ", end - 2) + 3
    for mark in ("'s ", "’s "):  # "Papua New Guinea's James Marape": a country's untitled leader
        pos = text.find(mark)
        while pos >= 0:
            if text[pos + 3 : pos + 4].isupper() and (
                _country_start(text, pos) is not None or _BODY_BEFORE.search(text, max(0, pos - 6), pos)
            ):
                ends.append(pos + 3)  # "the EU's Josep Borrell", "NATO's Mark Rutte": a body's official too
            elif text[pos + 3 : pos + 4].islower() and (rel := _RELATION_OF.match(text, pos)) is not None:
                ends.append(rel.end())  # "Kim's father, Kim Jong Il": a relation names the person after it
            pos = text.find(mark, pos + 1)
    return sorted(ends)


def _country_start(text: str, pos: int) -> int | None:
    """Where the one to three capitalised words ending at ``pos`` start when they name a country, else None."""
    words = text[max(0, pos - 40) : pos].split()[-3:]
    for k in range(len(words)):
        name = " ".join(words[k:])
        if name[:1].isupper() and _is_country(name):
            return pos - len(name) if text.endswith(name, 0, pos) else None
    return None


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    return any(p.kind == "country" for p in gazetteer.lookup(name))


_CLAUSE_OPENERS = (" after ", " before ", " until ", " while ", " since ")


def _clause_openings(text: str) -> list[int]:
    """Where a subordinate clause opens after one of :data:`_CLAUSE_OPENERS` ("where" and "when" are keywords)."""
    starts = []
    for opener in _CLAUSE_OPENERS:
        pos = text.find(opener)
        while pos >= 0:
            starts.append(pos + len(opener))
            pos = text.find(opener, pos + 1)
    return starts


def _sentence_openings(text: str) -> list[int]:
    r"""Where a sentence may open: 0 and right after each of :data:`_SENTENCE_ENDS`, in text order.

    A few ``str.find`` calls: they scan text several times faster than a regex (``[.!?\n](?:(?<=\n)| )``).
    """
    starts = [0]
    if dateline := dateline_end(text):
        starts.append(dateline)  # "BRUSSELS (Reuters) - Josep Borrell hosted ..."
    for mark in _SENTENCE_ENDS:
        pos = text.find(mark) if mark[0] in text else -1  # one character is found much faster: "!" is rare
        while pos >= 0:
            starts.append(pos + len(mark))
            pos = text.find(mark, pos + 1)
    if ": " in text or " — " in text or " - " in text or " – " in text:
        # "BREAKING: Xi Jinping and Vladimir Putin held ...", "14:25 KST — Donald Trump and ...": after the label
        starts += [k for s in starts if (k := label_end(text, s)) > s]
    if ": " in text:
        # "Their successors kept talking: Lyndon B. Johnson met ...": a clause after a colon opens as a sentence
        pos = text.find(": ")
        while pos >= 0:
            if text[pos + 2 : pos + 3].isupper():
                starts.append(pos + 2)
            pos = text.find(": ", pos + 1)
    starts.sort()
    return starts


def _bare_matches(text: str, taken: list[tuple[int, int]]) -> list[re.Match[str]]:
    """A name (pair) right after with/met/hosted/..., then a name pair where a sentence opens.

    Not where a name found already starts ("US President Donald Trump and ..."): its match would be dropped.
    A name starts with a capital, so other places are skipped without trying the regex.
    """
    # "Queen Elizabeth and Martin McGuinness, ...": an untitled name joined to a name found already
    joined = [e + 5 for _, e in taken if text.startswith(" and ", e)]
    # "Presidents José Sarney of Brazil and Raúl Alfonsín of Argentina": past the country of the name before
    # ("Óscar Arias of Costa Rica, the author of the plan, Vinicio Cerezo of Guatemala and ...": or past its comma,
    # and past an aside on the one before)
    joined += [
        sep.end()
        for _, e in taken
        if text.startswith(" of ", e) and (sep := _AFTER_COUNTRY.match(text, _of_country_end(text, e)))
    ]
    found = [
        m
        for pos in sorted([*_keyword_ends(text), *joined])
        if text[pos : pos + 1].isupper()
        and not _overlaps((pos, pos + 1), taken)
        and (m := _BARE_AFTER.match(text, pos))
    ]
    for pos in _clause_openings(text):
        # "The meeting was arranged after Zhang Zhijun and Andrew Hsia met in Guangzhou": a pair opening a clause
        if (
            text[pos : pos + 1].isupper()
            and not _overlaps((pos, pos + 1), taken)
            # "since Donald Trump met Putin in Helsinki": one name as the clause's subject
            and ((m := _BARE_PAIR.match(text, pos)) or (m := _BARE_SUBJECT.match(text, pos)))
        ):
            found.append(m)
    for pos in _sentence_openings(text):
        if not text[pos : pos + 1].isupper():
            continue
        if not text.startswith(_FRONTED, pos):
            if m := _subject_names(text, pos, taken):
                found.append(m)
            elif (lead := _TIME_LEAD.match(text, pos)) and (m := _subject_names(text, lead.end(), taken)):
                found.append(m)  # "Fifty years ago today, Lyndon B. Johnson and ... met"
            continue
        if (lead := _FRONTED_TIME.match(text, pos)) and (m := _subject_names(text, lead.end(), taken)):
            found.append(m)
            continue
        # "On Thursday, Masoud Pezeshkian travelled ...", "In Vienna, Jimmy Carter and ...", "At Joint Base
        # Elmendorf-Richardson in Anchorage, Alaska, on Friday, Donald Trump and ...": the subject after the comma
        # that closes the fronted phrase, the first comma after which one stands
        end = text.find(". ", pos, pos + 160)
        comma = text.find(", ", pos, end if end >= 0 else pos + 160)
        while comma >= 0:
            if m := _subject_names(text, comma + 2, taken):
                found.append(m)
                break
            comma = text.find(", ", comma + 2, end if end >= 0 else pos + 160)
    return found


def _subject_names(text: str, pos: int, taken: list[tuple[int, int]]) -> re.Match[str] | None:
    """The untitled name (pair) opening a clause at ``pos`` as its subject, else ``None``."""
    if not text[pos : pos + 1].isupper() or _PAIR_HINT.match(text, pos) is None:  # two name words, or "A and"
        return None
    if (m := _BARE_AND.match(text, pos)) and any(
        s == m.end() or (s == m.end() - 4 and text.startswith("the ", s)) for s, _ in taken
    ):  # the titled mention may start at its article ("and the leader of the FARC guerrillas, Rodrigo Londoño")
        return m  # "Vladimir Putin and Ukraine's president-elect Petro Poroshenko spoke"
    if _overlaps((pos, pos + 1), taken):
        return None
    return _BARE_PAIR.match(text, pos) or _BARE_SUBJECT.match(text, pos) or _BARE_POSSESSOR.match(text, pos)


# a role towards another person set off after a name: ", Moon's political mentor,", ", Hollande's predecessor,"
_KIN_ROLE_AFTER = re.compile(
    r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:mentor|predecessor|successor|ally|rival|protégé|protege|father|mother|son|daughter|brother|sister|wife"
    r"|husband),"
)
# months that are also surnames
_MONTH_SURNAMES = frozenset(["May", "June", "April", "August"])
# Words that open a sentence or clause before its subject ("Before Zelensky arrived", "When Trump met ...")
_OPENING_WORDS = frozenset(
    ["before", "after", "when", "while", "since", "until", "during", "then", "last", "earlier", "later"]
    + ["meanwhile", "separately", "although", "though", "because", "once", "if", "yet", "asked", "according"]
    + ["there", "here", "instead", "also", "still", "now", "today"]  # "There Abe held talks with B"
    + ["afterward", "afterwards", "subsequently", "previously", "finally", "initially", "ultimately", "elsewhere"]
    + ["host"]  # "Host Carlos Menem welcomed ..."
)
# the words before a month that make it a date ("early May", "Since May"), not a surname
_NOT_BEFORE_MONTH = _OPENING_WORDS | {"early", "late", "mid", "next", "this", "by", "in", "on"}
# two capitals that open names of bodies and places, never a person's initials
_ACRONYMS = frozenset(["US", "UK", "UN", "EU", "AU", "DC", "NY", "TV", "AI", "EC", "IS", "ID"])


_NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "dozens", "hundreds", "thousands",
})  # fmt: skip
_BARE_INITIAL = re.compile(r"(?<= )([A-Z])(?= )")
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _dotted(name: str) -> str:
    """A middle initial written without its full stop, as names are usually written: "George W. Bush"."""
    return _BARE_INITIAL.sub(r"\1.", name) if " " in name else name


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")  # "Geun-hye", "Jae-in", "Myung-bak"


def _bare_ok(name: str, lexicon: Lexicon) -> bool:
    words = name.split()
    if len(words) < 2 or len(words) - sum(w in _PARTICLE_WORDS for w in words) > 4:  # "Luiz Inácio Lula da Silva"
        return False
    if words[0].lower() in _NUMBER_WORDS:
        return False  # "Four African presidents presented ...": a count, no given name
    last = len(words) - 1
    for k, w in enumerate(words):  # one pass, each word lowered once
        if 0 < k < last and ((len(w) == 2 and w[1] == "." and w[0].isupper()) or (len(w) == 1 and w.isupper())):
            continue  # a middle initial: "Dwight D. Eisenhower", "George W Bush"
        if k == 0 and len(w) == 2 and w[1] == "." and w[0].isupper() and k < last - 1:
            continue  # initials before a given name and surname: "P. W. Botha", "F. W. de Klerk"
        if k < last and len(w) in (4, 6) and _JOINED_INITIALS.fullmatch(w) and w.replace(".", "") not in _ACRONYMS:
            continue  # initials written together: "George H.W. Bush", "J.R. Jayewardene" (not "U.S. Navy")
        if k == 0 and len(w) == 2 and w.isupper() and w.isalpha() and w not in _ACRONYMS:
            continue  # initials as a first name: "JD Vance"
        low = w.lower()
        if k == last and w in _MONTH_SURNAMES and words[0].lower() not in _NOT_BEFORE_MONTH:
            continue  # "Theresa May", not "Early May" or "Since May"
        if low.startswith(_JOINED_ARTICLES) and w[low.index("-") + 1 : low.index("-") + 2].isupper():
            continue  # "Hafez al-Assad", "Abdel Fattah el-Sisi"
        if low.startswith(("d'", "d’")) and w[2:3].isupper():
            continue  # "Giscard d'Estaing": a particle elided onto the surname
        if k == 0 and last == 1 and _KOREAN_GIVEN.fullmatch(words[1]):
            continue  # "Park Geun-hye", "Park Chung-hee": a family name before a Korean given name, no park
        if k == 0 and last >= 1 and low in SITE_PREFIXES:
            return False  # "visited Camp David", "visited Mount Paektu": a site's name, not a person's
        if (
            (not w[:1].isupper() and low not in _PARTICLE_WORDS)
            or low in _NOT_BARE_WORDS
            or w.isupper()
            or w.endswith((".", "'s", "’s"))
        ):
            return False
    return lexicon.canonical(name) is not None or not (gazetteer.lookup(name) or lexicon.place_kind(name))


_NAME_ONLY = re.compile(_NAME)


def _without_opening_word(start: int, name: str) -> tuple[int, str]:
    """``(start, name)`` without a subordinator or adverb that opens a sentence ("When", "After")."""
    first, _, rest = name.partition(" ")
    return (start + len(first) + 1, rest) if first.lower() in _OPENING_WORDS and rest else (start, name)


def _bare_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    found: list[PersonMention] = []
    for m in _bare_matches(text, taken):
        names = [(m.start("a"), m.group("a"))]
        if m.group("mid"):  # "A, B and C": each name between the first and the last
            names += [(n.start(), n.group()) for n in _NAME_ONLY.finditer(text, m.start("mid"), m.end("mid"))]
        if m.group("b"):
            names.append((m.start("b"), m.group("b")))
        # "When Biden greeted him", "After Joe Biden spoke": a sentence's opening word is no first name
        names = [_without_opening_word(start, name) for start, name in names]
        # "George W Bush, Tony Blair and Spain's Jose Maria Aznar": a name found already leaves the others
        names = [(start, name) for start, name in names if not _overlaps((start, start + len(name)), taken)]
        if not names:
            continue
        if not all(_bare_ok(name, lexicon) for _, name in names):
            if len(names) == 1:
                continue
            if not _bare_ok(names[0][1], lexicon):
                if " " in names[0][1] or not all(_bare_ok(name, lexicon) for _, name in names[1:]):
                    continue
                names = names[1:]  # "Putin and Kim Jong Un last met": a surname (found later) and a full name
            else:
                names = names[:1]  # "talks with Xi Jinping, Chinese and North Korean state media said": one name
        for start, name in names:
            full_start = start
            if text.endswith(("'s ", "’s "), 0, start):  # "Papua New Guinea's James Marape": the country leads it
                full_start = _country_start(text, start - 3) or start
                if full_start == start and (body := _BODY_BEFORE.search(text, max(0, start - 9), start - 3)):
                    full_start = body.start()  # "the EU's Josep Borrell"
            after = 0
            if rel := _relation_before(text, start):
                full_start = rel.start()  # "talks with Kim's father, Kim Jong Il": the relation leads it
                if text.startswith(",", start + len(name)):
                    after = start + len(name) + 1  # the comma closing the set-off name, as a set-off title's
            found.append(
                PersonMention(
                    start, start + len(name), lexicon.canonical(name) or _dotted(name), full_start, False, after
                )
            )
            taken = [*taken, (start, start + len(name))]
    return found


# Two or three capitalised name words (particles allowed between) ending where the search ends: a candidate
# untitled full name
_PARTICLE_SURNAME = re.compile(rf"\s+{_PARTICLE}\s+{_WORD}")  # " da Silva" after a name's usual short form
_NAME_ENDING = re.compile(rf"(?<![\w'’.-]){_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_JOINED}?{_WORD}){{1,2}}")
_CAP_WORD_ONLY = re.compile(rf"[{UPPER}][^\W\d_]+")
_CAP_WORD_ONLY_ASCII = re.compile(_CAP_WORD_ONLY.pattern, re.ASCII)  # for ASCII text: the same words, twice as fast


# forms of address that are no titles (Mr, Mrs, Dr are titles, which _bare_ok turns down)
_HONORIFICS = frozenset(["Lord", "Lady", "Sir", "Dame", "Baroness", "Baron"])


# a capitalised word right after a name, not a suffix: the run is a longer name ("United Arab Emirates")
_CAPITAL_RUN_GOES_ON = re.compile(r" (?!(?:Jr|Sr|II|III|IV)\b)[A-Z][a-z]")


def _recurring_mentions(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """Untitled full names whose last word recurs alone: "... hands over to Donald Trump ... saw Trump at".

    A surname used on its own elsewhere in the report is how wire copy refers back to a person it named in
    full; a place or an organisation is rarely cut to its last word ("South Korea" is not "Korea" later).
    Only capitalised words that occur twice are tried, each at the three words before it: a regex scan for
    every run of capitalised words cost twice as much.
    """
    found: list[PersonMention] = []
    counts = Counter((_CAP_WORD_ONLY_ASCII if text.isascii() else _CAP_WORD_ONLY).findall(text))
    for last in [word for word, n in counts.items() if n > 1 and word.lower() not in _NOT_BARE_WORDS]:
        starts = _word_starts(text, last)  # as whole words only
        if len(starts) < 2:
            continue
        # occurrences with a name word right before them, outside the names found: most full names have a title
        ends = [s for s in starts if capital_word_before(text, s) and not _overlaps((s, s + len(last)), taken)]
        if not ends:
            continue
        alone = [s for s in starts if _stands_alone(text, s, s + len(last))]
        if not alone:
            continue
        for s in ends:
            if s in alone:
                continue
            m = None
            # the name starts at one of the three words before (the farthest first, as a left-to-right scan has it)
            for k in _word_starts_before(text, s, 3):
                if m := _NAME_ENDING.fullmatch(text, k, s + len(last)):
                    break
            if m is None:
                continue
            start, end = m.span()
            if tail := _PARTICLE_SURNAME.match(text, end):
                end = tail.end()  # "Luiz Inacio Lula da Silva": the usual short form "Lula" recurs, not "Silva"
            if _overlaps((start, end), taken) or _CAPITAL_RUN_GOES_ON.match(text, end):
                continue  # "the United Arab Emirates ... an Arab country": a longer name, not "United Arab"
            name = text[start:end]
            first = name.split(None, 1)[0]
            if first in _HONORIFICS or first.lower() in _OPENING_WORDS or f" {first.lower()} " in text:
                continue  # "Lord Coe"; "Before Zelensky arrived"; a word the text also writes in lowercase
            if first.endswith("ing") and _is_country(last):
                continue  # "Addressing Ghana's parliament, Obama said": a participle and a country
            if first.endswith("ing") and len(first) > 5 and name.count(" ") >= 2:
                # "Addressing Vladimir Putin, Kazakh President ...": a participle opening the clause, then the name
                start += len(first) + 1
                name = text[start:end]
                if _overlaps((start, end), taken):
                    continue
            if not _bare_ok(name, lexicon):
                continue
            found.append(PersonMention(start, end, lexicon.canonical(name) or name, start))
            taken = [*taken, (start, end)]
    return sorted(found, key=_START)


def word_start_before(text: str, pos: int) -> int:
    """Where the word that ends one character (a blank) before ``pos`` starts: after a blank or a line break."""
    return max(text.rfind(" ", 0, pos - 1), text.rfind("\n", 0, pos - 1)) + 1 if pos > 1 else 0


def capital_word_before(text: str, pos: int) -> bool:
    """Whether a capitalised word ends one blank before ``pos`` (a name may go on there)."""
    if pos < 2 or text[pos - 1] != " " or not text[pos - 2].isalpha():
        return False
    return text[word_start_before(text, pos)].isupper()


def _word_starts_before(text: str, pos: int, n: int) -> list[int]:
    """Where the ``n`` words before ``pos`` start, farthest first."""
    starts = []
    k = pos
    for _ in range(n):
        k = word_start_before(text, k)
        starts.append(k)
        if k == 0:
            break
    return starts[::-1]


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Whether the word ``text[s:e]`` has no capitalised word right before or after it."""
    before = text[max(0, s - 30) : s].split()
    if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":", ";")):
        return False
    after = text[e : e + 30].split()
    return not (after and after[0][:1].isupper() and text[e : e + 1] not in ",.;:")


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
    hits = [(pos, pos + len(word), word) for word in words for pos in _word_starts(text, word)]
    hits.sort()
    return hits


def _word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` occurs as a whole name word (as :data:`_CAP_WORD` would match it), in text order."""
    starts = []
    n = len(text)
    size = len(word)
    pos = text.find(word)
    while pos >= 0:
        end = pos + size
        prev = text[pos - 1] if pos else " "
        nxt = text[end] if end < n else " "
        if (
            not (prev.isalnum() or prev in "_'’-")
            and not (nxt.isalnum() or nxt in "_-")
            and not (nxt in "'’" and text[end + 1 : end + 2].isalpha() and not _POSSESSIVE_AT.match(text, end))
        ):
            starts.append(pos)
        pos = text.find(word, pos + 1)
    return starts


_MONARCH_TITLE = re.compile(r"\b(?:Emperor|Empress|King|Queen|Sultan|Emir|Shah)\s+$")
# "President Ford": the one US president a surname after "President" stands for (see _PRESIDENTS_BY_SURNAME)
_PRESIDENT_TITLE = re.compile(r"\bPresident\s+$")


def _short_forms(text: str, mentions: list[PersonMention]) -> tuple[dict[str, list[tuple[int, str]]], dict[str, str]]:
    """The short forms of the names found: first and last word ("Xi", "Putin").

    :returns: word -> (position, canonical) of the names it is short for, sorted; and word -> the canonical
        name of the last mention (in list order) it is a short form of.
    """
    by_word: dict[str, list[tuple[int, str]]] = {}
    full: dict[str, str] = {}
    for m in mentions:
        written = text[m.start : m.end]
        if "of" in written:
            written = _OF.split(written)[0]  # not "Jordan" of "Abdullah II of Jordan"
        words = written.split()
        size = len(words)
        if words and words[0] in ("the", "The"):
            continue  # "the Czech leader": a description, no name to shorten
        if size >= 2:
            forms = {words[0], words[-1]}
            if size >= 3:
                if words[-2].lower() in _CAP_PARTICLES and words[-2][0].isupper():
                    forms.add(f"{words[-2]} {words[-1]}")  # "De Croo" of "Alexander De Croo"
                if words[-1] in ("Jr.", "Sr."):
                    forms.add(words[-2])  # "Marcos" of "Ferdinand Marcos Jr."
                elif words[-2][:1].isupper() and not words[-2].endswith("."):
                    forms.add(f"{words[-2]} {words[-1]}")  # "López Obrador", "Peña Nieto": two surnames
            last = words[-1]
            if last.lower().startswith(_JOINED_ARTICLES) and "-" in last:
                forms.add(last.split("-", 1)[1])  # "Assad" of "Hafez al-Assad", "Sisi" of "Abdel Fattah el-Sisi"
            # "Lula" of "Luiz Inacio Lula da Silva": the word before a particle surname is a usual short form.
            for w, nxt in zip(words, words[1:], strict=False):
                if nxt.islower():
                    forms.add(w)
            if size >= 3 and words[1].islower() and words[-1][:1].isupper():
                forms.add(" ".join(words[1:]))  # "von der Leyen" of "Ursula von der Leyen", with its particles
            # "Al-Sharaa first met Trump", "De Gaulle flew home": a particle surname opening a sentence
            forms |= {f[0].upper() + f[1:] for f in forms if f[0].islower()}
        elif (
            size == 1
            and m.titled
            # "Akihito" after "Emperor Akihito": a monarch known by one name ("President Kagame" is a surname)
            and (
                m.name != words[0]
                or (
                    (
                        _MONARCH_TITLE.search(text, m.full_start, m.start) is not None
                        or (words[0] in _PRESIDENTS_BY_SURNAME and _PRESIDENT_TITLE.search(text, m.full_start, m.start))
                    )
                    # not "Abdullah" while "Abdullah of Saudi Arabia" is named: the longer name is the person's
                    and all(o.name == m.name or not o.name.startswith(words[0]) for o in mentions)
                )
            )
            and (
                m.name != f"Sheikh {words[0]}"
                # "Hasina" after "Sheikh Hasina"; not while a "Sheikh Abdullah" may be short for a full name
                or not any(o.name != m.name and words[0] in o.name.split() for o in mentions)
            )
        ):
            forms = {words[0]}  # "Francis" after "Pope Francis"
        else:
            continue
        if rel := _relation_before(text, m.start):
            forms.discard(rel.group(1))  # "Kim's father, Kim Jong Il": a later "Kim" is still the son
        elif ", " in text[max(0, m.full_start - 40) : m.full_start] and _KIN_BEFORE.search(
            text, max(0, m.full_start - 40), m.full_start
        ):
            continue  # "His wife, Senator-elect Hillary Rodham Clinton,": a later "Clinton" is still the president
        for word in forms:
            if _usable_short_form(word) or word in _MONTH_SURNAMES:  # "May" of "Theresa May" (not as a date)
                by_word.setdefault(word, []).append((m.start, m.name))
                full[word] = m.name
    for word, candidates in by_word.items():
        candidates.sort()
        if len(candidates) > 1 and len({name for _, name in candidates}) > 1:  # most have one: no set to build
            # "Fidel Castro's revolution" before "Cuban President Raul Castro": a name only owning something is a
            # weaker referent for a later "Castro" than a titled one
            strong = [c for c in candidates if not _owner_only(text, c[0], c[1], mentions)]
            if strong and len(strong) < len(candidates):
                by_word[word] = candidates = strong
            # "Argentine President Javier Milei" before "Karina Milei, the president's sister": a later bare
            # "Milei" is the one named with a title before his name
            titled = {m.start for m in mentions if m.titled}
            kept = [c for c in candidates if c[0] in titled]
            if len({name for _, name in candidates}) > 1 and len({name for _, name in kept}) == 1:
                by_word[word] = candidates = kept
            # "President Joe Biden ... first lady Jill Biden ... Biden and Johnson": the spouse or kin named by
            # that relation is not who a bare surname means
            kin = {m.start for m in mentions if m.titled and _KIN_TITLE.search(text, m.full_start, m.start)}
            if kin and len({name for _, name in candidates}) > 1:
                by_word[word] = [c for c in candidates if c[0] not in kin] or candidates
    return by_word, full


_KIN_TITLE = re.compile(r"\b(?:first\s+lady|wife|husband|son|daughter|brother|sister|widow|mother|father)\b", re.I)


def _owner_only(text: str, start: int, name: str, mentions: list[PersonMention]) -> bool:
    """Whether the untitled mention at ``start`` only owns something ("Fidel Castro's revolution")."""
    m = next((m for m in mentions if m.start == start and m.name == name), None)
    return m is not None and not m.titled and text.startswith(("'s ", "’s "), m.end)


# the words before a month that make it a date ("in May", "until May", "5 May"), not a surname
_BEFORE_MONTH_DATE = frozenset(
    ["in", "on", "since", "by", "until", "till", "from", "through", "throughout", "of", "during", "early", "late"]
    + ["mid", "next", "last", "this", "that", "every", "each"]
)
_MONTH_THEN_YEAR_OR_DAY = re.compile(r"\s+(?:\d|of\b|and\s+[A-Z][a-z]+\s+\d)")
_AND_WORD = re.compile(r"\s+(?:and|to)\s+([A-Z][a-z]+)\b")  # "between May and July": a month read in MONTHS


def _month_as_date(text: str, start: int, end: int) -> bool:
    """Whether a month that is also a surname ("May", "June") is written as a date at ``text[start:end]``."""
    before = text[max(0, start - 16) : start].split()
    prev = before[-1].lower().strip(",") if before else ""
    if prev in _BEFORE_MONTH_DATE or prev.isdigit() or prev.rstrip("stndrh").isdigit():
        return True  # "in May", "since June", "5 May", "the 5th of May"
    if prev in ("and", "or") and len(before) > 1 and before[-2].strip(",").lower() in MONTHS:
        return True  # "between April and May"
    if prev == "between" and (nxt := _AND_WORD.match(text, end)) is not None and nxt.group(1).lower() in MONTHS:
        return True  # "between May and July", not "a dinner between May and Juncker"
    return _MONTH_THEN_YEAR_OR_DAY.match(text, end) is not None  # "May 5", "May 2019", "May of last year"


@lru_cache(maxsize=4096)
def _usable_short_form(word: str) -> bool:
    """Whether a short form can stand for its name alone: not "Mr.", "II", "The" or one letter."""
    return (
        len(word) > 1
        # "el-Sisi" of "Abdel Fattah el-Sisi": a joined article before a capital opens a usable surname too
        and (
            word[0].isupper()
            or (word.lower().startswith(_JOINED_ARTICLES) and word[word.index("-") + 1 :][:1].isupper())
            # "von der Leyen": a surname with its particles
            or (" " in word and word.split(None, 1)[0] in _PARTICLE_WORDS and word.rsplit(None, 1)[-1][:1].isupper())
        )
        and not word.endswith(".")
        and word.lower() not in NOT_NAME
        and not _is_roman(word)
    )


# "the Nigerian leader", "the German chancellor" (not "the German Chancellor Friedrich Merz"): a description
_DESCRIPTION_TITLES = (
    "leader",
    "president",
    "prime minister",
    "chancellor",
    "premier",
    "king",
    "emir",
    "foreign minister",
)
_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?P<compass>(?:North|South)\s+)?(?P<nation>[A-Z][a-z]+)\s+(?P<title>"
    + "|".join(t.replace(" ", r"\s+") for t in _DESCRIPTION_TITLES)
    + r")\b(?!['’]?\s*[A-Z])"
)
# Where a description's title may be: one scan with a literal blank first (the engine skips to blanks fast)
_DESCRIPTION_TITLE = re.compile(" (?:" + "|".join(_DESCRIPTION_TITLES) + ")")
# The titles a head of state or government goes by: what "the Nigerian leader" may refer to
_LEADER_TITLES = ("president", "prime minister", "chancellor", "premier", "king", "emir", "leader", "sultan")


def _same_nation(adjective: str, word: str) -> bool:
    """Whether ``word`` ("Nigeria's", "Nigerian", "German") names the nation of ``adjective`` ("Nigerian")."""
    word = word.split("'", 1)[0].split("’", 1)[0]
    if word == adjective:
        return True
    common = len(commonprefix([adjective, word]))
    return common >= 4 and common >= min(len(adjective), len(word)) - 1  # "Chinese"/"China", not "Austria(n)"


def _descriptions(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_DESCRIPTION` in ``text``, in text order: tried only where one of its lowercase
    titles occurs (that scan costs much less than scanning the text with the pattern)."""
    found = []
    for hit in _DESCRIPTION_TITLE.finditer(text):
        pos = hit.start()
        m = _DESCRIPTION.match(text, max(0, text.rfind("he ", max(0, pos - 30), pos) - 1))
        if m is not None and m.start("title") == pos + 1:
            found.append(m)
    return found


def _described_mentions(text: str, mentions: list[PersonMention], taken: list[tuple[int, int]]) -> list[PersonMention]:
    """ "the Nigerian leader" after "Bola Tinubu, Nigeria's president": the person the text introduced with that
    nation and a fitting title (the latest such), as a mention spanning the description."""
    found: list[PersonMention] = []
    for m in _descriptions(text):
        if _overlaps(m.span(), taken):
            continue
        nation, title = m.group("nation"), " ".join(m.group("title").lower().split())
        referent = None
        for p in mentions:
            if p.end > m.start() or not p.titled or " " not in p.name:
                continue
            around = text[p.full_start : p.start] + " " + text[p.end : p.after]
            low = around.lower()
            if title == "leader":
                fits = any(t in low for t in _LEADER_TITLES)
            else:  # "the Qatari premier" after "Qatari Prime Minister ..."
                fits = title in low or (title == "premier" and "prime minister" in low)
            if (
                fits
                and any(_same_nation(nation, w) for w in around.split() if w[:1].isupper())
                # "the North Korean leader" after "North Korean leader Kim Jong Un", not after "South Korean ..."
                and (m.group("compass") is None or m.group("compass").strip() in around.split())
            ):
                referent = p
        if referent is not None:
            found.append(PersonMention(m.start(), m.end(), referent.name, m.start()))
    return found


# "the 87-year-old pontiff", "greeted the pope": the pope the text named before
_PONTIFF = re.compile(r"\b[Tt]he\s+(?:\d+-year-old\s+)?(?:pontiff|pope)\b(?![ \t]+[A-Z])")
# "lunched with the Queen" after "Queen Elizabeth": the monarch the text named before with that title
_MONARCH_AFTER_THE = (
    r"\s+(?:\d+-year-old\s+)?(?P<title>[Qq]ueen|[Kk]ing|[Ee]mperor|[Ss]ultan|[Ee]mir)\b(?![ \t]+[A-Z]|['’]s\b)"
)
_MONARCH = re.compile(r"\b[Tt]he" + _MONARCH_AFTER_THE)  # not "the king's son"
# Whether the text has a _MONARCH match: the same pattern led by the literal "he", which re finds several times
# faster than it tries a look-behind at every position
_MONARCH_HE = re.compile(r"he(?<=\b[Tt]he)" + _MONARCH_AFTER_THE)


def _pontiff_mentions(text: str, mentions: list[PersonMention], taken: list[tuple[int, int]]) -> list[PersonMention]:
    """ "the pontiff" after "Pope Francis", "the Queen" after "Queen Elizabeth": that pope or monarch, as a
    mention spanning the description."""
    found = []
    for m in _PONTIFF.finditer(text):
        if _overlaps(m.span(), taken):
            continue
        # the pope the report is about, named most often before it ("50 years after Pope Paul VI ... greeted the
        # pope": Francis), the first named on a tie
        popes = [(k, p.name) for k, p in enumerate(mentions) if p.end <= m.start() and p.name.startswith("Pope ")]
        counts = Counter({name: text.count(name[5:], 0, m.start()) for _, name in popes})  # "Francis, 77, was ..."
        pope = max(popes, key=lambda kp: (counts[kp[1]], -kp[0]))[1] if popes else None
        if pope is not None:
            found.append(PersonMention(m.start(), m.end(), pope, m.start()))
    for m in _MONARCH.finditer(text):
        if _overlaps(m.span(), taken):
            continue
        title = m.group("title").lower()
        monarch = next(
            (
                p.name
                for p in reversed(mentions)
                if p.end <= m.start() and p.titled and title in text[p.full_start : p.start].lower().split()
            ),
            None,
        )
        if monarch is not None:
            found.append(PersonMention(m.start(), m.end(), monarch, m.start()))
    return found


# "the secretary-general", "the UN chief": the secretary-general the text named before (UN or NATO)
_SECRETARY_GENERAL = re.compile(
    r"\b[Tt]he\s+(?:\d+-year-old\s+)?(?:(?:UN|U\.N\.|NATO)\s+)?(?:[Ss]ecretary[- ][Gg]eneral|(?<=UN\s)chief"
    r"|(?<=U\.N\.\s)chief)\b(?![ \t]+[A-Z]|['’]s\b)"
)


def _secretary_general_mentions(
    text: str, mentions: list[PersonMention], taken: list[tuple[int, int]]
) -> list[PersonMention]:
    """ "the secretary-general", "the UN chief" after "UN Secretary-General Antonio Guterres": that person, as a
    mention spanning the description (the latest secretary-general named before it)."""
    found = []
    for m in _SECRETARY_GENERAL.finditer(text):
        if _overlaps(m.span(), taken):
            continue
        holder = next(
            (
                p.name
                for p in reversed(mentions)
                if p.end <= m.start()
                and p.titled
                and " " in p.name
                and "secretary" in (low := (text[p.full_start : p.start] + " " + text[p.end : p.after]).lower())
                and "general" in low
            ),
            None,
        )
        if holder is not None:
            found.append(PersonMention(m.start(), m.end(), holder, m.start()))
    return found


# "Ruto and his wife, Rachel", "Trump and his wife Melania": a spouse named by a given name alone
SPOUSE_AFTER = re.compile(
    # (letters beyond ASCII too: "his wife Elke Büdenbender")
    r"\s+and\s+(?P<lead>his\s+wife|her\s+husband),?\s+(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,})"
    r"(?P<rest>(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+){0,2})\b"
    r"(?![ \t]+[A-Z])(?!['’-])"
)


# one untitled full name in a list: two to four capitalised words, particles allowed ("Luiz Inacio Lula da Silva")
_LIST_ITEM = r"[A-Z][a-z'’-]+(?:\s+(?:(?:da|de|do|dos|van|von|bin|al|el|ibn)\s+)?[A-Z][a-z'’-]+){1,3}"
_LIST_PREV = re.compile(rf"({_LIST_ITEM}),\s+$")
_LIST_HEAD = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))({_LIST_ITEM}),\s+({_LIST_ITEM})\s+and\s+$")


def _list_name(text: str, span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether a list item at ``span`` may be a person: no mention there yet, no function or time word first,
    and no place of that name."""
    words = text[span[0] : span[1]].split()
    return (
        not _overlaps(span, taken)
        and words[0].lower() not in NOT_NAME
        and words[0] not in _TIME_WORDS
        and not gazetteer.lookup(" ".join(words))
    )


def _list_mates(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """ "Slobodan Milosevic, Franjo Tudjman and Alija Izetbegovic": the two untitled names listed before a person
    found, when all three are given and family names in the same shape (no place, no function word)."""
    found: list[PersonMention] = []
    taken = [(m.full_start, max(m.end, m.after)) for m in mentions]
    for p in mentions:
        if " " not in p.name or p.full_start != p.start:
            continue
        lo = max(0, p.start - 90)
        # the pattern ends in "and" and blanks: look at the window's end before trying it at every position
        if not text[lo : p.start].rstrip().endswith("and") or (m := _LIST_HEAD.search(text, lo, p.start)) is None:
            continue
        items = [(m.start(1), m.end(1)), (m.start(2), m.end(2))]
        names = [text[a:b] for a, b in items]
        if not all(_list_name(text, span, taken) for span in items):
            continue
        pos = m.start(1)
        while (more := _LIST_PREV.search(text, max(0, pos - 40), pos)) is not None:  # "A, B, C, D and <p>"
            span, name = (more.start(1), more.end(1)), more.group(1)
            if not _list_name(text, span, taken):
                break
            items.insert(0, span)
            names.insert(0, name)
            pos = more.start(1)
        for (a, b), name in zip(items, names, strict=True):
            found.append(PersonMention(a, b, name, a))
            taken.append((a, b))
    return found


def find_people(text: str, lexicon: Lexicon | None = None) -> list[PersonMention]:
    """Every person mention in ``text``, in text order, each with its canonical name."""
    mentions = _find_people(text, lexicon)
    if ", " in text and " and " in text and (mates := _list_mates(text, mentions)):
        mentions = sorted(mentions + mates, key=_START)
    if " his wife" in text or " her husband" in text:
        spouses = []
        for p in mentions:
            if " " in p.name and (m := SPOUSE_AFTER.match(text, max(p.end, p.after))) is not None:
                if any(q.start < m.end() and m.start("given") < q.end for q in mentions):
                    continue  # the spouse's name is a mention already
                if m.group("rest"):  # "Kim Jong Un and his wife, Ri Sol Ju": the name as written
                    name, end = m.group("given") + m.group("rest"), m.end("rest")
                else:  # "Rachel" of "William Ruto": Rachel Ruto, as she is known
                    name, end = f"{m.group('given')} {p.name.rsplit(None, 1)[-1]}", m.end("given")
                # "Obama and his wife, Michelle, met B": the name set off by commas, as a title set off before it
                after = end + 1 if text.startswith(",", m.end("lead")) and text.startswith(",", end) else 0
                spouses.append(PersonMention(m.start("given"), end, name, m.start("lead"), after=after))
        if spouses:
            mentions = sorted(mentions + spouses, key=_START)
    return mentions


_DALAI_LAMA = re.compile(r"\bDalai Lama\b")
# what a leaders.PAIR match needs: a hyphen, then the first letter of a leader's surname ("Biden-Xi")
_LEADER_AFTER_HYPHEN = re.compile("-[" + re.escape("".join(sorted({s[0] for s in leaders.LEADERS}))) + "]")


def _find_people(text: str, lexicon: Lexicon | None = None) -> list[PersonMention]:
    lexicon = lexicon or EMPTY
    mentions = _titled_mentions(text, lexicon)
    taken = [(m.full_start, m.end) for m in mentions]
    for m in _appositive_mentions(text, lexicon, taken) + _realm_mentions(text, lexicon, taken):
        mentions.append(m)
        taken.append((m.full_start, m.end))
    if "H.E." in text or "Excellency" in text:
        for m in _excellency_mentions(text, lexicon, taken):
            mentions.append(m)
            taken.append((m.full_start, m.end))
    if " of " in text and _OFFICE_OF_HINT.search(text):
        for m in _office_of_country_mentions(text, lexicon, taken):
            mentions.append(m)
            taken.append((m.full_start, m.end))
    bare = _bare_mentions(text, lexicon, taken)
    more = bare
    while more and any(text.startswith(" of ", m.end) for m in more):
        # "hosted Anwar Sadat of Egypt and Menachem Begin of Israel": the next name of a list that names each
        # one's country, found once the name before it is
        more = _bare_mentions(text, lexicon, taken + [(m.full_start, m.end) for m in bare])
        bare += more
    for m in bare:
        if any(m.name in other.name and m.name != other.name for other in mentions):
            continue  # "De Croo" after "Alexander De Croo": a short form, found below
        if _overlaps((m.start, m.end), taken):
            continue
        mentions.append(m)
        taken.append((m.full_start, m.end))
    for m in _recurring_mentions(text, lexicon, taken):
        mentions.append(m)
        taken.append((m.full_start, m.end))
    # "Viktor Orban, the Hungarian prime minister, held talks": the title set off after a name is that mention's
    taken += [(m.end, m.after) for m in mentions if m.after > m.end]
    if "he " in text:  # "the" or "The" before a description
        for m in _described_mentions(text, mentions, taken):
            mentions.append(m)
            taken.append((m.full_start, m.end))
        if "pontiff" in text or "he pope" in text or _MONARCH_HE.search(text):
            for m in _pontiff_mentions(text, mentions, taken):
                mentions.append(m)
                taken.append((m.full_start, m.end))
        if "ecretary" in text or "UN chief" in text or "U.N. chief" in text:
            for m in _secretary_general_mentions(text, mentions, taken):
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
    if "Dalai Lama" in text:  # a title the world knows as a name: "The Dalai Lama then met B"
        for m in _DALAI_LAMA.finditer(text):
            if not _overlaps(m.span(), taken):
                mentions.append(PersonMention(m.start(), m.end(), "Dalai Lama", m.start()))
                taken.append(m.span())
    # Leaders the world knows by surname, when the text names them by nothing else ("Biden and Putin held a call")
    if _LEADER_AFTER_HYPHEN.search(text):  # cheap: most texts have no hyphen before a leader's initial
        for m in leaders.pair_matches(text):  # "the Biden-Xi talks": both, each a mention of its own
            for key in ("a", "b"):
                span = m.span(key)
                if not _overlaps(span, taken):
                    name = leaders.LEADERS[m.group(key)]
                    mentions.append(PersonMention(span[0], span[1], lexicon.canonical(name) or name, span[0]))
                    taken.append(span)
    for m in leaders.surname_matches(text):
        word = m.group()
        name = leaders.LEADERS[word]
        given = name[: len(name) - len(word)]  # "Barack " of "Barack Obama": the name as written in full
        # "Donald Trump" written in full, whoever else of that surname the text names
        written_out = name.endswith(" " + word) and text.endswith(given, 0, m.start())
        if _overlaps(m.span(), taken) or (
            not written_out and any(word in p.name and p.end - p.start > len(word) for p in mentions)
        ):
            continue  # a short form of a full name written in the text: found below, as the text has it
        if not written_out and _NAMED_AFTER_PERSON.match(text, m.end()):
            continue  # "at Blair House", "the Carter Center": a place named after someone, no mention of him
        if (
            (nxt := _CAP_WORD.match(text, m.end() + 1)) is not None
            and (both := f"{word} {nxt.group()}") in _KNOWN_FULL_NAMES
            and name != both
        ):
            continue  # "Petro" of "Petro Poroshenko" is no "Gustavo Petro": the given name of the leader after it
        start, end = m.start(), m.end()
        if given and text.endswith(given, 0, start):
            start -= len(given)
        elif name.startswith(word + " ") and text.startswith(name[len(word) :], end):
            end += len(name) - len(word)  # " Jinping" of "Xi Jinping": the family name first, then the rest
        mentions.append(PersonMention(start, end, lexicon.canonical(name) or name, start))
        taken.append((start, end))
    # Short forms of full names seen in the text: first and last word ("Xi", "Putin", "Kim").
    by_word, full = _short_forms(text, mentions)
    if not by_word:
        return sorted(mentions, key=_START)
    for start, end, found in _occurrences(text, by_word):
        if _overlaps((start, end), taken) or _NAMED_AFTER_PERSON.match(text, end):
            continue  # taken, or "the Carter Center", "the Obama administration": named after the person
        if found in _MONTH_SURNAMES and _month_as_date(text, start, end):
            continue  # "in May", "May 5", "early May": the month, not "May" of "Theresa May"
        # The last name for it before the word, else the first one: max() of those before, else min().
        candidates = by_word[found]
        k = bisect_left(candidates, (start,))  # candidates[:k] are before ``start``
        canon = candidates[k - 1 if k else 0][1]
        if (regnal := _REGNAL_AFTER.match(text, end)) and regnal.group(1) in canon:
            end = regnal.end()  # "Mohammed VI" after "King Mohammed VI": the number belongs to the mention
        mentions.append(PersonMention(start, end, canon, start))
        taken.append((start, end))
    # A titled single word ("President Xi") takes the full name it is short for, when the text has one.
    for m in mentions:
        if m.titled and m.name.startswith("Sheikh ") and m.name[7:] in full and " " not in m.name[7:]:
            m.name = full[m.name[7:]]  # "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed al-Nahyan"
        elif (
            m.titled
            and " " not in m.name
            and full.get(m.name, m.name) != m.name
            # not "King Sultan Ibrahim" for "Prime Minister Anwar Ibrahim": a monarch is no commoner of his name
            # ("King Abdullah" after "Saudi King Abdullah" is "Abdullah of Saudi Arabia")
            and not (
                _MONARCH_TITLE.search(text, m.full_start, m.start)
                and " of " not in full[m.name]
                and not _is_roman(full[m.name].rsplit(None, 1)[-1])
            )
        ):
            m.name = _man_named(text, m, full[m.name], by_word.get(m.name, []), mentions)
        elif m.titled and " " not in m.name and m.name in leaders.LEADERS and lexicon.canonical(m.name) is None:
            # "President Reagan and Prime Minister Brian Mulroney": a leader the world knows by that surname
            m.name = lexicon.canonical(leaders.LEADERS[m.name]) or leaders.LEADERS[m.name]
        elif m.titled and m.name == "Bush" and "resident" in text[m.full_start : m.start]:
            m.name = "George Bush"  # "President Bush": which one, the report's date tells (namesakes)
        elif m.titled and m.name in _PRESIDENTS_BY_SURNAME and "resident" in text[m.full_start : m.start]:
            # "President Clinton hosted King Hussein": the one president of that surname (not Hillary Clinton)
            m.name = lexicon.canonical(_PRESIDENTS_BY_SURNAME[m.name]) or _PRESIDENTS_BY_SURNAME[m.name]
        elif m.titled and m.name.startswith(_CONSORT_NAMES) and (given := m.name.split(" ", 1)[1]) in by_word:
            # "Prince Mohammed" after "Crown Prince Mohammed bin Salman": the full name written before it
            # (not a "Prince Mohammed" itself, as "Prince Mohammed's first visit" between the two may have been)
            longer = [
                n
                for at, n in by_word[given]
                if at < m.start and given in n.split() and n != given and not n.startswith(_CONSORT_NAMES)
            ]
            if longer:
                m.name = longer[-1]
    # "President Ford ... Ford and President Suharto talked": the surname alone, where a title resolved it before
    resolved = {
        text[m.start : m.end]: m.name
        for m in mentions
        if m.titled and m.name in _PRESIDENTS_BY_SURNAME.values() and " " not in text[m.start : m.end]
    }
    if resolved:
        for m in mentions:
            # "... held an hour of talks with Mr. Kennedy": a form of address is no other title
            if m.name in resolved and (not m.titled or text[m.full_start : m.start].strip(" .") in _ADDRESS_FORMS):
                m.name = resolved[m.name]
    return _settle_spans(text, sorted(mentions, key=_START))


_ADDRESS_FORMS = frozenset({"Mr", "Mrs", "Ms", "Dr"})
# the last word of a titled run that makes it a site, never a surname ("Tower", "Church", "Castle" can be both)
_SITE_AFTER_TITLED = frozenset({
    "Hotel", "Palace", "Airport", "International", "Mosque", "Centre", "Center", "Stadium", "Guesthouse",
    "Cathedral", "Museum", "University", "Library", "Mausoleum", "Academy", "Institute", "Auditorium", "Arena",
})  # fmt: skip
# what a surname names when it stands before these: a place, body or era named after the person, not the person
_NAMED_AFTER_PERSON = re.compile(
    " (?:(?:International|Conference|Convention|Exhibition) )?(?:"  # "King Khalid International Airport"
    + "|".join(sorted({w.capitalize() for w in FACILITY_WORDS} | {"Foundation", "Doctrine", "School"}, reverse=True))
    + r"|administration|era|doctrine)\b"
)


def _man_named(
    text: str, m: PersonMention, name: str, candidates: list[tuple[int, str]], mentions: list[PersonMention]
) -> str:
    """``name`` for "Mr <surname>", unless a woman's title was written with it ("first lady Melania Trump"): then
    the last other full name of that surname before the mention ("Mr Trump" is Donald Trump)."""
    if text[m.full_start : m.start].strip(" .") != "Mr":
        return name
    women = {p.name for p in mentions if _WOMAN_TITLE.search(text, max(0, p.full_start - 12), p.start)}
    if name not in women:
        return name
    others = [n for at, n in candidates if n not in women and at < m.start]
    return others[-1] if others else name


_WOMAN_TITLE = re.compile(r"\b(?:[Ff]irst [Ll]ady|Mrs\.?|Ms\.?|Queen|Empress|Princess|Lady|Madam)\b")
# Surnames the leaders table leaves out as ambiguous ("Clinton", "Carter") that stand for one person after
# "President": the US president of that name
_PRESIDENTS_BY_SURNAME = {
    "Clinton": "Bill Clinton", "Carter": "Jimmy Carter", "Ford": "Gerald Ford", "Kennedy": "John F. Kennedy",
    "Johnson": "Lyndon B. Johnson",
}  # fmt: skip


# "and the other NATO leaders", "and other European leaders", "and 15 other heads of state" after the last name of a
# group: the unnamed rest of the group
_AND_OTHERS = re.compile(
    r" and (?:the\s+|several\s+|\d+\s+|[a-z]+\s+)?other\s+(?:[A-Z][\w-]*\s+|[a-z]+an\s+){0,2}"
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents|ministers|officials)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})?(?![\w-])"
)
# "a delegation led by", "a Russian team headed by", "Ukrainian negotiators led by": a side told by whom it is led
# the words for a side at talks that a person leads: "the Russian delegation, led by B", "the delegation was led by B"
DELEGATION_NOUNS = r"(?:delegations?|teams?|negotiators|sides?)"
_LED_BY = re.compile(
    r"(?<![\w-])(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}|(?:[A-Z][\w-]*\s+){1,2}|(?=delegations|teams))"
    rf"{DELEGATION_NOUNS},?\s+(?:led|headed)\s+by\s+$"  # ("the delegation, led by B,")
)


# "Prime Minister Narendra Modi of India": the country after a name, like a title set off after it
# " of Rwanda", " of the Democratic Republic of Congo" (an "of" inside the country's name)
_OF_COUNTRY = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})")


def _country_after(text: str, m: PersonMention) -> int:
    """Where " of <country>" right after the mention ends, else 0."""
    return _of_country_end(text, m.end)


# who a person is, set off after the name: ", the author of the plan,", ", the summit host,"
# ("A, Vietnam's most powerful figure, and B": a country's possessive opens the aside as an article does)
PERSON_ASIDE = r"(?:the|a|an|its|his|her|their|one\s+of\s+the|[A-Z][a-z]+['’]s)\s+[a-z][^,;:()\"“”]{1,40},"
_AFTER_COUNTRY = re.compile(rf",?\s+and\s+|,\s+(?:{PERSON_ASIDE}\s+)?")


def _of_country_end(text: str, end: int) -> int:
    """Where " of <country>" right after ``end`` ends, else 0."""
    of = _OF_COUNTRY.match(text, end)
    if of is None:
        return 0
    words = of.group(1).split()
    for k in range(len(words), 0, -1):  # the longest leading words that name a country ("of South Korea and")
        if _is_country(" ".join(words[:k])):
            return of.start(1) + len(" ".join(words[:k]))
    return 0


_OFFICE_OF_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]+\s+)?(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*|of|the)\s+){1,6}$"
)
_REGNAL_AFTER = re.compile(r" ([IVX]{1,4})\b")  # a regnal number after a short form: "Mohammed VI"
_INITIALS = re.compile(rf"\.(?=[{UPPER}]\.)")  # between two initials written together: "J.R."
_MIDDLE_INITIALS = re.compile(rf"([{UPPER}][a-z]+)(?: [{UPPER}]\.){{1,2}} ([{UPPER}][a-z]+)")  # "Leonid I. Brezhnev"
# Russian given names: an initial after one is the patronymic's, which names in English leave out
_RUSSIAN_GIVEN_NAMES = frozenset({
    "Nikita", "Nikolai", "Nikolay", "Leonid", "Mikhail", "Boris", "Dmitry", "Dmitri", "Alexei", "Aleksei", "Alexander",
    "Aleksandr", "Andrei", "Andrey", "Yuri", "Konstantin", "Sergei", "Sergey", "Vyacheslav", "Anastas", "Georgy",
    "Georgi", "Lavrenty", "Viktor", "Yevgeny", "Eduard", "Vladimir", "Ivan", "Pyotr", "Anatoly", "Gennady", "Valentina",
    "Yegor", "Igor", "Kliment", "Vasily", "Grigory", "Yakov",
})  # fmt: skip
_SET_OFF_SUFFIX = re.compile(r", (?:Jr|Sr)\.?(?=[\s,])")  # "Joseph R. Biden, Jr."
# names usually written with their middle initials ("Dwight D. Eisenhower"); others drop them ("George Shultz")
_CUSTOMARY_INITIALS = frozenset({
    "George W. Bush", "George H. W. Bush", "John F. Kennedy", "Robert F. Kennedy", "Franklin D. Roosevelt",
    "Lyndon B. Johnson", "Dwight D. Eisenhower", "Harry S. Truman", "Ulysses S. Grant", "Warren G. Harding",
    "Chester A. Arthur", "Rutherford B. Hayes", "James A. Garfield", "James K. Polk", "William H. Taft",
    "John Foster Dulles", "Michael D. Higgins", "Geir H. Haarde", "Martin Luther King Jr.",
    "Ferdinand E. Marcos",  # the father, told apart from Ferdinand Marcos Jr. by the initial
})  # fmt: skip


_OFFICE_OF_AFTER = re.compile(
    r",\s+(?:the\s+)?(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+of\s+(?:the\s+)?[A-Z][^,;()]{1,60}?,"
)
# "KISHIDA Fumio", "YOON Suk Yeol": a family name in capitals, then the given name (Japan's and Korea's readouts)
_FAMILY_IN_CAPITALS = re.compile(r"([A-Z]{2,})((?: [A-Z][a-z]+(?:-[a-z]+)?)+)")


def _family_first(family: str, given: str) -> str:
    """The usual English name of a family name written in capitals before the given name: given name first for
    the leaders the world knows so ("Fumio Kishida"), else family name first ("Yoon Suk Yeol", "Xi Jinping")."""
    family, given = family.title(), given.strip()
    swapped = f"{given} {family}"
    return swapped if swapped in _KNOWN_FULL_NAMES else f"{family} {given}"


_KNOWN_FULL_NAMES = frozenset(leaders.LEADERS.values())
_STYLE_BEFORE = re.compile(r"(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+$")


def _office_set_off_before(text: str, m: PersonMention, mentions: list[PersonMention]) -> None:
    """Start a titled mention at the office set off before it and at the style of address before its title: "the
    Governor General of Canada, Her Excellency the Rt. Hon. Mary Simon" is one mention, as "the president of
    Kenya, William Ruto" is."""
    start = m.full_start
    styled = _STYLES_OF_ADDRESS.match(text, start) is not None  # "Dr Abdullahi Umar Ganduje", "Mr. Anthony Albanese"
    if text.startswith("Excellency ", start) and text.endswith(("His ", "Her "), 0, start):
        start, styled = start - 4, True  # "Her" is no prefix word
    elif (style := _STYLE_BEFORE.search(text, max(0, start - 20), start)) is not None:
        start, styled = style.start(), True
    # only before a style of address: "Myanmar's junta leader, Senior General Than Shwe" is read by the linker
    if styled and text.endswith(", ", 0, start) and (office := _office_before(text, start - 2)) is not None:
        lead = _TITLE_LEAD.search(text, max(0, office - 40), office)
        office = lead.start() if lead else office
        if not any(o is not m and office < o.end and o.full_start < start for o in mentions):
            start = office
            if not m.after and text.startswith(",", m.end):
                m.after = m.end + 1  # "Prime Minister of Barbados, the Hon. Mia Amor Mottley, held talks": set off
    m.full_start = start


def _settle_spans(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions (in text order) with the words around a name that belong to its mention, and without those
    that only own a relation naming the next one.

    - a delegation's leader takes its place ("received an Eritrean delegation led by Foreign Minister Osman
      Saleh": the mention starts at "an");
    - " of <country>" after a name is set off like a title ("Prime Minister Narendra Modi of India and ...");
    - "talks with Kim's father, Kim Jong Il" names Kim Jong Il, not Kim;
    - initials written together take a blank each, as names are usually written ("J.R. Jayewardene" is
      "J. R. Jayewardene");
    - a generational suffix set off by a comma is the name's ("President Joseph R. Biden, Jr. met with ...");
    - a leader the world knows without a middle initial goes by that name ("Leonid I. Brezhnev" is Leonid
      Brezhnev; "Dwight D. Eisenhower" keeps it).
    """
    for m in mentions:
        if "  " in m.name and (cut := text.find("  ", m.start, m.end)) > m.start:
            # "Ursula von der Leyen (@vonderleyen): Just spoke with": the post's handle, blanked, ends the name
            m.end, m.name = cut, m.name.split("  ", 1)[0]
        if (
            m.name[:2].isupper()
            and text.endswith(("Mr. ", "Ms. ", "Mrs. ", "Madam "), 0, m.start)  # readouts' style, not "JD Vance"
            and (caps := _FAMILY_IN_CAPITALS.fullmatch(m.name)) is not None
        ):
            m.name = _family_first(caps.group(1), caps.group(2))  # "Mr. KISHIDA Fumio", as Japan's readouts write
        if m.titled and " " in m.name and _BARE_INITIAL.search(m.name):
            m.name = _dotted(m.name)  # "US President George W Bush": as the name is usually written
        if "." in m.name:
            m.name = _INITIALS.sub(". ", m.name)
            if (bare := _MIDDLE_INITIALS.fullmatch(m.name)) is not None:
                known = leaders.LEADERS.get(bare.group(2))
                # not "Ferdinand E. Marcos" for "Ferdinand Marcos Jr.": the table's name is given name and surname
                if known is not None and known[0] == m.name[0] and known.count(" ") == 1:
                    m.name = known
                elif bare.group(1) in _RUSSIAN_GIVEN_NAMES or m.name not in _CUSTOMARY_INITIALS:
                    # "Nikolai A. Bulganin": a patronymic's initial; "George P. Shultz", "Gerald R. Ford": a middle
                    # initial wire copy adds and the usual name leaves out
                    m.name = f"{bare.group(1)} {bare.group(2)}"
        if m.titled and (text.endswith((", ", "Excellency ", "E. "), 0, m.full_start) or text[m.full_start] == "E"):
            _office_set_off_before(text, m, mentions)  # "the Prime Minister of Australia, H.E. Mr. Anthony Albanese"
        if not m.after and text.startswith((", Jr", ", Sr"), m.end) and (suffix := _SET_OFF_SUFFIX.match(text, m.end)):
            m.after = suffix.end()
        if text.endswith(" by ", 0, m.full_start) and (
            led := _LED_BY.search(text, max(0, m.full_start - 60), m.full_start)
        ):
            m.full_start = led.start()
        # ("King Abdullah II of the Hashemite Kingdom of Jordan and B": the realm written out after a regnal name)
        if not m.after and text.startswith(" of ", m.end):
            m.after = _country_after(text, m)  # "Prime Minister Narendra Modi of India and ..."
        if not m.after and text.startswith(" and ", m.end) and (others := _AND_OTHERS.match(text, m.end)):
            m.after = others.end()  # "A, B and the other NATO leaders signed": the named ones take part
        if (
            not m.after
            and text.startswith(", ", m.end)
            and (office := _OFFICE_OF_AFTER.match(text, m.end)) is not None
            and office.group("title").lower() in TITLES
        ):
            m.after = office.end()  # "Mr. KISHIDA Fumio, Prime Minister of Japan, held ...": an office set off
        if (
            not m.after
            and (m.titled or " " in m.name)
            and text.startswith(", ", m.end)
            and (tail := _APPOSITIVE_TAIL_WIDE.match(text, m.end)) is not None
            and (
                _modified_title(tail.group("title").lower())
                # "Prince Mohammed bin Salman, Crown Prince and Prime Minister, received ...": titles in capitals
                or _modified_title(text[m.end + 2 : tail.end() - 1].strip().lower())
            )
        ):
            m.after = tail.end()  # "met the Rev. Ian Paisley, the Democratic Unionist leader, for about 90 minutes"
        if (
            not m.after
            and " " in m.name
            and text.startswith(", ", m.end)
            and (kin := _KIN_ROLE_AFTER.match(text, m.end))
        ):
            m.after = kin.end()  # "Roh Moo-hyun, Moon's political mentor, held talks": whose mentor is no participant
        if (
            not m.titled
            and text.endswith(" ", 0, m.full_start)
            and text.find(" of ", max(0, m.full_start - 90), m.full_start) >= 0  # cheap before the regex
            and (office := _OFFICE_OF_BEFORE.search(text, max(0, m.full_start - 90), m.full_start)) is not None
            and office.group("title").lower() in TITLES
        ):
            # "President of the Republic of Türkiye Recep Tayyip Erdogan", "Federal Chancellor of Germany Olaf
            # Scholz": an office of a country written before the name
            m.full_start, m.titled = office.start(), True
    # "Von der Leyen said ..." after "Ursula von der Leyen": a surname with its particle, capitalised to open a
    # sentence, is short for the full name
    if any(m.name[:1].isupper() and " " in m.name and not m.name.split()[1][:1].isupper() for m in mentions):
        tails = {
            m.name[m.name.index(" ") + 1 :]: m.name
            for m in mentions
            if m.name.count(" ") >= 2 and m.name.split()[1][:1].islower()
        }
        for m in mentions:
            if (full := tails.get(m.name[:1].lower() + m.name[1:])) is not None:
                m.name = full
    drop = {
        k
        for k, (m, nxt) in enumerate(pairwise(mentions))
        if text.startswith(("'", "’"), m.end)  # where _RELATION_OF can match, without calling it
        and (rel := _RELATION_OF.match(text, m.end)) is not None
        and rel.end() == nxt.start
    }
    return [m for k, m in enumerate(mentions) if k not in drop] if drop else mentions
