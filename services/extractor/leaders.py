"""Well-known leaders a report names by surname alone, with no full name anywhere in the text.

News copy and pasted sentences say "Biden and Putin held a video call" or "Modi's meeting with Xi": the
surname is how the world knows them. Which person it stands for is knowledge, not something the text
states, so it lives here as a table, like the gazetteer for places and ``monarchs`` for kings.

Only surnames that stand for one person in international news since the 1980s are listed: "Bush",
"Clinton", "Kim", "Castro", "Johnson", "Li" or "Moon" could be several and stay unresolved (``namesakes``
reads "George Bush" by date). The full name keeps the spelling the text uses for the surname
("Zelenskiy" -> "Volodymyr Zelenskiy"). A name the reference store knows wins over this table.
"""

from __future__ import annotations

import re

from services.extractor.timewords import LETTERS_ONLY, text_scan, trie_regex, word_offsets

# full names, the last word (or the words after the first name) being the surname written alone
_FULL_NAMES = (
    "Donald Trump|Joe Biden|Barack Obama|Ronald Reagan|Jimmy Carter|Richard Nixon|Gerald Ford|Vladimir Putin"
    "|Dmitry Medvedev|Mikhail Gorbachev|Boris Yeltsin|Leonid Brezhnev|Nikita Khrushchev|Xi Jinping|Deng Xiaoping"
    "|Narendra Modi|Emmanuel Macron|Angela Merkel|Olaf Scholz|Friedrich Merz|Helmut Kohl|Gerhard Schroeder"
    "|Francois Hollande|Nicolas Sarkozy|Jacques Chirac|Francois Mitterrand|Keir Starmer|Rishi Sunak|Tony Blair"
    "|Margaret Thatcher|Gordon Brown|David Cameron|Volodymyr Zelensky|Volodymyr Zelenskiy|Volodymyr Zelenskyy"
    "|Petro Poroshenko|Recep Tayyip Erdogan|Benjamin Netanyahu|Yitzhak Rabin|Yasser Arafat|Mahmoud Abbas"
    "|Fumio Kishida|Shinzo Abe|Shigeru Ishiba|Sanae Takaichi|Yoon Suk Yeol|Lee Jae-myung|Moon Jae-in"
    "|Anthony Albanese|Scott Morrison|Justin Trudeau|Mark Carney|Claudia Sheinbaum|Andres Manuel Lopez Obrador"
    "|Jair Bolsonaro|Javier Milei|Gustavo Petro|Nicolas Maduro|Hugo Chavez|Giorgia Meloni|Mario Draghi"
    "|Viktor Orban|Donald Tusk|Pedro Sanchez|Mark Rutte|Jens Stoltenberg|Antonio Guterres|Ban Ki-moon"
    "|Kofi Annan|Jean-Claude Juncker|Cyril Ramaphosa|Nelson Mandela|Paul Kagame"
    "|William Ruto|Bola Tinubu|Abiy Ahmed|Hassan Rouhani|Ebrahim Raisi|Masoud Pezeshkian|Ali Khamenei"
    "|Sergei Lavrov|Antony Blinken|Marco Rubio|Mike Pompeo|John Kerry|Hillary Rodham Clinton|Condoleezza Rice"
    "|Henry Kissinger|Joko Widodo|Prabowo Subianto|Anwar Ibrahim|Lee Hsien Loong|Ferdinand Marcos Jr."
    "|Rodrigo Duterte|Shehbaz Sharif|Imran Khan|Nawaz Sharif|Kassym-Jomart Tokayev|Alexander Lukashenko"
    "|Aleksandar Vucic|Ilham Aliyev|Nikol Pashinyan|Tamim bin Hamad Al Thani|Bashar al-Assad|Hamid Karzai"
    "|Ashraf Ghani|Kim Jong Un"
    # leaders of the Cold War years, as history writes them
    "|Dwight D. Eisenhower|Harry S. Truman|Winston Churchill|Charles de Gaulle|Konrad Adenauer|Willy Brandt"
    "|Jawaharlal Nehru|Zhou Enlai|Mao Zedong|Anwar Sadat|Gamal Abdel Nasser|Josip Broz Tito|Joseph Stalin"
    "|Alexei Kosygin|Yuri Andropov|Andrei Gromyko|Brian Mulroney|Hosni Mubarak|Muammar Gaddafi|Robert Mugabe"
    "|Thabo Mbeki|Jiang Zemin|Yoweri Museveni"
)
# surnames that are also common words or stand for more than one person: left to the text
_AMBIGUOUS = frozenset({"Kim", "Moon", "Lee", "Rice", "Brown", "Ford", "Carter", "Clinton", "Khan", "Sharif", "Ahmed"})
# how the usual short form differs from the last word ("Lula", "Lopez Obrador", "Abiy", "MBS" are not listed)
_SHORT = {
    "Recep Tayyip Erdogan": "Erdogan",
    "Andres Manuel Lopez Obrador": "Lopez Obrador",
    "Ferdinand Marcos Jr.": "Marcos",
    "Yoon Suk Yeol": "Yoon",
    "Lee Jae-myung": "Lee Jae-myung",
    "Xi Jinping": "Xi",
    "Deng Xiaoping": "Deng",
    "Abiy Ahmed": "Abiy",
    "Tamim bin Hamad Al Thani": "Tamim",
    "Bashar al-Assad": "Assad",
    "Lee Hsien Loong": "Lee Hsien Loong",
    "Ban Ki-moon": "Ban Ki-moon",
    "Hillary Rodham Clinton": "Hillary Rodham Clinton",
    "Kim Jong Un": "Kim Jong Un",
    "Prabowo Subianto": "Prabowo",
    "Anwar Ibrahim": "Anwar",
    "Charles de Gaulle": "de Gaulle",
    "Zhou Enlai": "Zhou",
    "Mao Zedong": "Mao",
    "Josip Broz Tito": "Tito",
    "Jiang Zemin": "Jiang",
}

LEADERS: dict[str, str] = {}  # surname as written alone -> full name
for _full in _FULL_NAMES.split("|"):
    _surname = _SHORT.get(_full, _full.rsplit(None, 1)[-1])
    if _surname not in _AMBIGUOUS:
        LEADERS[_surname] = _full

# a surname that only names an office, a family or a thing ("the Trump administration", "Trump Tower")
_NOT_A_PERSON_AFTER = (
    r"administration|administrations|government|era|campaign|family|doctrine|plan|Tower|Organization|Foundation"
    r"|Library|Center|Centre|Presidential|International|Airport|Street|Avenue|Square|years"
)
_INITIALS = "".join(sorted({s[0] for s in LEADERS}))
# a prefix-factored alternation behind a look-ahead for the first letters: a scan costs a few microseconds
PATTERN = re.compile(
    rf"\b(?=[{_INITIALS}])(?<![\w'’.-])(?:{trie_regex(LEADERS)})"
    rf"(?![\w-]|['’](?!s\b))(?!(?:['’]s)?\s+(?:{_NOT_A_PERSON_AFTER})\b)"  # not "Xi'an"; "Xi's" is Xi
)
# The first word of each surname in the word image of timewords.text_scan (runs of a-z, lowercased): a match of
# PATTERN or PAIR opens a word of the image that is one of these ("de" of "de Gaulle", "jae" of "Jae-in").
_IMAGE_FIRST_WORDS = frozenset(s.lower().encode("ascii").translate(LETTERS_ONLY).split()[0] for s in LEADERS)
assert all(s[0].isascii() and s[0].isalpha() for s in LEADERS), "a surname opens with a letter of the image"


def surname_matches(text: str) -> list[re.Match[str]]:
    """``PATTERN.finditer(text)``, found faster: see :func:`_scan`."""
    return _scan(PATTERN, text)


def pair_matches(text: str) -> list[re.Match[str]]:
    """``PAIR.finditer(text)``, found faster: see :func:`_scan`."""
    return _scan(PAIR, text)


def _scan(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches open with a surname at a word boundary: the
    pattern is tried only where the word image of the text has a surname's first word (a set intersection and
    ``bytes.find`` in C), not at every position."""
    scan = text_scan(text)
    if scan is None:  # a letter beyond ASCII: no word image
        return list(pattern.finditer(text))
    image = b" " + scan.letters + b" "  # text offset i: image i + 1, so a word's blank before it is its offset
    starts = word_offsets(image, _IMAGE_FIRST_WORDS.intersection(scan.image_words))
    found: list[re.Match[str]] = []
    end = -1
    for pos in starts:  # as finditer goes: no match starts inside the one before
        if pos >= end and (m := pattern.match(text, pos)):
            found.append(m)
            end = m.end()
    return found


# "the Biden-Xi talks", "the Obama-Xi summit": two leaders joined by a hyphen before an event noun
PAIR = re.compile(
    rf"\b(?=[{_INITIALS}])(?P<a>{trie_regex(LEADERS)})-(?P<b>{trie_regex(LEADERS)})"
    r"(?=\s+(?:(?:phone|video|bilateral|face-to-face)\s+)?(?:talks|summit|summits|meeting|meetings|call|calls"
    r"|encounter|dialogue|negotiations)\b)"
)
