"""Text set in capitals (a TV ticker, a wire alert, a caption's headline): read in ordinary case.

"PM NARENDRA MODI, PRESIDENT VLADIMIR PUTIN HOLD TALKS IN MOSCOW | KREMLIN: VISIT 'VERY IMPORTANT'" gives
no name, place or event to rules that read capitals as names and lower case as words. A line set in capitals
is re-cased for reading: the words of sentences (function words, event words, lengths, times) in lower case,
the rest (names, titles, places) capitalised, known acronyms kept. Every change keeps the text's length, so
offsets, and the mentions cut from the original text, hold; " | " between ticker items reads as a full stop.
"""

from __future__ import annotations

import re

# words a ticker writes in capitals that are words of the sentence (or name particles), not names
_LOWER_WORDS = """
    a an the and or but of in on at to for with by from as into over under after before during since until than
    that this these those it its his her their our we he she they is are was were be been being has have had will
    would could should may might can do does did not no if so up out off about nearly almost roughly around some
    more less just well per via amid ahead despite against between among also again first second third last next
    previous new most only still then there here what who which while when where why how all both each
    meet meets met meeting meetings talk talks talked talking hold holds held holding call calls called calling
    phone phones phoned telephone video link summit summits visit visits visited visiting trip trips tour tours
    arrive arrives arrived arriving leave leaves left leaving depart departs departed travel travels travelled
    traveled heads headed head host hosts hosted hosting welcome welcomes welcomed receive receives received
    spoke speak speaks speaking conversation conversations discuss discusses discussed discussion discussions
    lunch dinner breakfast sign signs signed signing shake shakes shook hands embrace embraces embraced greet
    greets greeted join joins joined session sessions negotiation negotiations dialogue conference retreat
    gathering audience exchange courtesy bilateral trilateral virtual private formal informal official
    hour hours hr hrs minute minutes min mins day days week weeks month months year years morning afternoon
    evening night tonight today yesterday tomorrow ago later earlier says said say tells told expected due set
    planned scheduled agree agrees agreed deal lasted lasts ran runs run ended ends end begin begins began open
    opens opened close closes closed live breaking update watch agenda ties seen
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty
    ninety hundred half quarter dozen
    bin ibn bint de da van von der la le du di dos
"""
_LOWER = frozenset(_LOWER_WORDS.split())
# acronyms a ticker and ordinary text both write in capitals
_ACRONYM_WORDS = """
    US USA UK EU UN NATO BRICS APEC ASEAN SCO AU OPEC UAE IMF WTO WHO PM FM CEO GCC OAS OSCE ECOWAS SADC IAEA
    DMZ DPRK ROK PRC BBC CNN AP AFP TASS ANC PLO FARC KGB CIA FBI
"""
_ACRONYMS = frozenset(_ACRONYM_WORDS.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_PART = re.compile(r"[A-Za-z]+")
_ROMAN = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XII)")  # not "XI" (Xi Jinping)
_SEPARATOR = re.compile(r" \| ")
_CAPITAL_RUN = re.compile(r"\b[A-Z]{2,}[\s,]+[A-Z]{2,}[\s,]+[A-Z]{2,}\b")  # three words in capitals: worth a look
# the same without its opening "\b": a third of the cost (the engine skips to a capital), and found wherever
# _CAPITAL_RUN is: most texts need no more
_CAPITAL_HINT = re.compile(r"[A-Z][A-Z]+[\s,]+[A-Z][A-Z]+[\s,]+[A-Z][A-Z]+\b")


def _recase_part(word: str, p: re.Match[str]) -> str:
    part = p.group()
    if p.start() and word[p.start() - 1] in "'’" and len(part) <= 2:
        return part.lower()  # "MONDAY'S" -> "Monday's", but "O'BRIEN" -> "O'Brien"
    return part[:1].upper() + part[1:].lower()


def _recase_word(m: re.Match[str]) -> str:
    word = m.group()
    bare = word.strip(".'’")
    if bare in _ACRONYMS or (len(bare) <= 2 and "." in word):  # "US", "U.S."
        return word
    if bare.lower() in _LOWER:
        return word.lower()
    if _ROMAN.fullmatch(bare):
        return word  # "KING ABDULLAH II": a regnal number
    if bare[:3].upper() == "EL-" and len(bare) > 3:  # "EL-SISI" -> "el-Sisi" ("AL-THANI" -> "Al-Thani", as written)
        return word[:3].lower() + _PART.sub(lambda p: _recase_part(word, p), word[3:])
    return _PART.sub(lambda p: _recase_part(word, p), word)  # "AL-THANI" -> "Al-Thani"


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) >= 12 and upper >= 0.9 * len(letters) and len(_WORD.findall(line)) >= 3


def recase_capitals(text: str) -> str:
    """``text`` with its lines set in capitals re-cased for reading (same length), else ``text`` itself."""
    if _CAPITAL_HINT.search(text) is None or _CAPITAL_RUN.search(text) is None:
        return text
    out = []
    changed = False
    for line in text.splitlines(keepends=True):
        if _in_capitals(line):
            fixed = _SEPARATOR.sub(" . ", _WORD.sub(_recase_word, line))
            if len(fixed) == len(line):
                line, changed = fixed, True
        out.append(line)
    return "".join(out) if changed else text
