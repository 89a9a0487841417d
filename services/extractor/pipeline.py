"""The extraction pipeline: report text in, checkable claims about events out.

:func:`extract` is a pure function built from named stages that run in the order of :data:`STAGES`.
Each stage reads the :class:`Document` the earlier stages filled in and returns one product, whose type
is checked (a stage returning the wrong type raises :class:`TypeError`, as spaCy's pipeline does):

1. ``sentences`` -> ``list[Sentence]``: sentence and headline boundaries;
2. ``mentions`` -> :class:`Mentions`: people, places, temporal phrases and durations;
3. ``events`` -> ``list[Event]``: triggers, participants and coreference, sentence by sentence;
4. ``claims`` -> ``list[Claim]``: dates, durations, participants and venues attached to their events.

Everything the stages need (patterns, gazetteer, tables) is compiled or loaded once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

from services.extractor import casing, layout, namesakes, temporal
from services.extractor import durations as durations_mod
from services.extractor.events import (
    DEFINITE_LEAD,
    HOLD_VERBS,
    JOIN_VERBS,
    MEAL_NOUNS,
    MEAL_WORDS,
    PLANNED_FOR_AFTER,
    PLANNED_RELATIVE,
    SAME_SUBJECT_VERB,
    SENTENCE_PLAN,
    TOLD_EVENT_VERBS,
    TRAVEL_MEANS,
    TRIGGER,
    WEEKDAY,
    WHOSE_ASIDE,
    WILL_TAKE_PLACE,
    Event,
    EventTracker,
    Participation,
    Sentence,
    Trigger,
    find_participations,
    find_triggers,
    link_sentence,
    person_groups,
    split_sentences,
    states_accord,
    trigger_matches,
    trigger_type,
)
from services.extractor.lexicon import EMPTY, Lexicon
from services.extractor.people import PERSON_ASIDE, SPOUSE_AFTER, PersonMention, capital_word_before, find_people
from services.extractor.places import (
    FACILITY_WORDS,
    NAMED_SITE_WORDS,
    VISIT_PREPS,
    PlaceMention,
    ascii_twin,
    city_named,
    country_named,
    find_places,
)
from services.extractor.timewords import FULL_MONTHS, MONTH_ABBRS, MONTHS, PARTS_OF_DAY
from shared.model import (
    Attribute,
    Claim,
    ClaimValue,
    DateValue,
    DurationValue,
    EventMention,
    EventType,
    Modality,
    Precision,
    Venue,
)


@dataclass
class Mentions:
    """Everything found in the text before events are built (each list in text order)."""

    people: list[PersonMention]
    places: list[PlaceMention]
    times: list[temporal.TimeMention]
    durations: list[durations_mod.DurationMention]


@dataclass
class Document:
    """The state the stages share: input first, then each stage's product."""

    text: str
    anchor: date
    lexicon: Lexicon
    sentences: list[Sentence] = field(default_factory=list)
    mentions: Mentions | None = None
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    triggers: list[list[Trigger]] = field(default_factory=list)  # per sentence
    participations: list[list[Participation]] = field(default_factory=list)  # per sentence
    current_after: list[Event | None] = field(default_factory=list)  # the current event after each sentence
    buckets: dict[str, list[list[Any]]] = field(default_factory=dict)  # mentions per sentence, by kind
    groups: dict[int, list[list[PersonMention]]] = field(default_factory=dict)  # person_groups, by sentence index
    # people groups, times and durations (with "for") in a sentence, by its index, for _strip_known
    known_spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # events dated by a look back told in the pluperfect ("A day earlier, X had met Y"): a flashback the
    # anaphora after it ("That evening", "The following day") do not count from
    flashbacks: set[int] = field(default_factory=set)


# -- stage 1 and 2 -----------------------------------------------------------------------------------


def find_sentences(doc: Document) -> list[Sentence]:
    return split_sentences(doc.text)


def find_mentions(doc: Document) -> Mentions:
    people = find_people(doc.text, doc.lexicon)
    for p in people:  # "President George Bush" in 1990 is George H. W. Bush: the report's date tells namesakes apart
        if (usual := namesakes.usual_name(p.name, doc.anchor.year)) and doc.lexicon.canonical(p.name) is None:
            p.name = usual
    spans = [(p.full_start, p.end) for p in people]
    places = find_places(doc.text, doc.lexicon, spans)
    return Mentions(people, places, temporal.find_time_mentions(doc.text), durations_mod.find_durations(doc.text))


# -- stage 3 -----------------------------------------------------------------------------------------


# Keys for _by_sentence: C-level getters, not lambdas (they run once per mention).
_START = attrgetter("start")
_PREP_START = attrgetter("prep_start")
_SPAN = attrgetter("start", "end")
_FIRST = itemgetter(0)
_MATCH_START: Callable[[re.Match[str]], int] = re.Match.start


def _by_sentence(doc: Document, items: list[Any], start: Callable[[Any], int]) -> list[list[Any]]:
    """``items`` (in text order) bucketed by the sentence they start in, in one pass."""
    sentences = doc.sentences
    buckets: list[list[Any]] = [[] for _ in sentences]
    if not items or not sentences:
        return buckets
    # A merge walk over the sentences (in order, not overlapping) and the items' starts.
    k, last = 0, -1
    sentence = sentences[0]
    for item in items:
        pos = start(item)
        if pos < last:  # rarely out of order: walk them again sorted (stable, as before)
            return _by_sentence(doc, sorted(items, key=start), start)
        last = pos
        while sentence.end <= pos:
            k += 1
            if k == len(sentences):
                return buckets
            sentence = sentences[k]
        if sentence.start <= pos:
            buckets[k].append(item)
    return buckets


def link_events(doc: Document) -> list[Event]:
    assert doc.mentions is not None
    tracker = EventTracker()
    matches = _by_sentence(doc, trigger_matches(doc.text), _MATCH_START)
    for sentence, found in zip(doc.sentences, matches, strict=True):
        if (accord := states_accord(doc.text, sentence)) is not None:
            found.append(accord)  # "Saudi Arabia and Iran agreed on Friday": no trigger word of the table
            found.sort(key=_MATCH_START)
    people_in = doc.buckets["people"] = _by_sentence(doc, doc.mentions.people, _START)
    for i, sentence in enumerate(doc.sentences):
        if sentence.headline or not (matches[i] or len(people_in[i]) >= 2):
            doc.triggers.append([])  # no trigger and no pair of people: nothing to link
            doc.participations.append([])
            doc.current_after.append(tracker.current)
            if not sentence.headline:
                tracker.note_opening(doc.text, sentence, people_in[i])  # "Trump said ... He met B": who "he" is
            continue
        people = people_in[i]
        triggers = find_triggers(doc.text, sentence, people, matches[i])
        groups = None
        if len(people) >= 2:
            groups = doc.groups[i] = person_groups(doc.text, people)
        # (find_participations checks which triggers of the sentence leave room for it)
        ahead = _event_ahead(doc, i, matches) if groups is not None else None
        parts = find_participations(doc.text, sentence, people, triggers, groups, ahead) if groups is not None else []
        if parts and parts[-1].trigger.continues:
            if tracker.current is None:
                # "A and B agreed on Monday to overhaul trade rules", no event named before: the pair's own
                parts[-1].trigger.continues = False
            elif _own_dated_pair(doc, i, parts[-1].names, parts[-1].start, parts[-1].end, tracker):
                parts[-1].trigger.continues = False
            elif not parts[-1].trigger.of_current and not _continues(doc, i, tracker, parts[-1].names):
                parts, triggers = [], []
        if parts or any(t.weak for t in triggers):
            bound = {id(p.trigger) for p in parts}
            triggers = [t for t in triggers if not t.weak or id(t) in bound]
        if triggers:
            link_sentence(doc.text, sentence, triggers, parts, tracker, people, groups)
        tracker.note_opening(doc.text, sentence, people)
        doc.triggers.append(triggers)
        doc.participations.append(parts)
        doc.current_after.append(tracker.current)
    return tracker.events


def _event_ahead(doc: Document, i: int, matches: list[list[re.Match[str]]]) -> EventType | None:
    """The type of the meeting or call the sentence after ``i`` opens with ("The meeting was open to ..."), if
    it is named by a definite noun there."""
    if i + 1 >= len(doc.sentences) or not matches[i + 1]:
        return None
    first = matches[i + 1][0]
    nxt = doc.sentences[i + 1]
    if not DEFINITE_LEAD.fullmatch(doc.text, nxt.start, first.start()) and not (
        # "The two leaders agreed the plan in talks held by video link": the pair's own event, told next
        (lead := _PAIR_LEAD.match(doc.text, nxt.start)) and "," not in doc.text[lead.end() : first.start()]
    ):
        return None
    etype = trigger_type(first)
    return etype if etype in _AHEAD_TYPES else None


# a sentence opening with the pair named before and its verb: "The two leaders agreed the plan in talks ..."
_PAIR_LEAD = re.compile(
    r"(?:The\s+two\s+(?:leaders|men|presidents)|Both\s+leaders|They)\s+(?:[a-z]+ed|held|had|met|spoke)\b"
)
_AHEAD_TYPES = frozenset({EventType.MEETING, EventType.TALKS, EventType.PHONE_CALL, EventType.VIDEO_CALL})


def _continues(doc: Document, i: int, tracker: EventTracker, names: list[str]) -> bool:
    """Whether the current event may take its people from a pair opening sentence ``i`` with no event of its
    own ("... held talks with Turkey's president. Viktor Orban and Recep Tayyip Erdogan discussed ..."): it
    was named in the sentence before, and named nobody. Three or more leaders after a summit that named nobody
    are its people ("... attending a summit of Caspian Sea states in Tehran. Putin, A, B and C agreed that ...")."""
    current = tracker.current
    if not (i and doc.triggers[i - 1]) or current is None or current.participants:
        return False
    if current.type is EventType.SUMMIT and len(names) >= 3:
        return True
    before = doc.sentences[i - 1]
    return _UNNAMED_TITLE.search(doc.text, before.start, before.end) is not None


def _own_dated_pair(doc: Document, i: int, names: list[str], start: int, end: int, tracker: EventTracker) -> bool:
    """Whether a pair opening sentence ``i`` with a verb of no event ("Brezhnev and President Gerald Ford agreed
    the framework in Vladivostok in November 1974") tells an event of its own: it names someone the current event
    does not, and dates what it tells by its year: a look back at an earlier encounter; or it names no one of the
    current event and tells an accord, dated anywhere in the sentence. ("Putin and Modi discussed oil on Tuesday",
    after a call of others, stays no event.)"""
    current = tracker.current
    if current is None or not current.participants or set(names) <= set(current.participants):
        return False
    sentence = doc.sentences[i]
    assert doc.mentions is not None
    if _FRONTED_PLACE_DAY.fullmatch(doc.text, sentence.start, start):
        return True  # "In Tokyo on Friday, Modi and Ishiba announced ...": a scene of its own, set before the pair
    # ("Last month, Scott Bessent and He Lifeng agreed in Geneva ...", after a call of Trump and Xi: a pair with no one
    # of the current event, come to an accord, dated anywhere in the sentence)
    accord = _ACCORD_VERB_AFTER.match(doc.text, end) is not None
    stranger = accord and set(names).isdisjoint(current.participants)
    return any(
        (sentence.start <= t.start < sentence.end if stranger else end <= t.start < sentence.end)
        and not t.anaphoric
        # ("Vice President Mike Pence and Erdogan agreed a ceasefire in Ankara on October 17", after a call of Trump
        # and Erdogan: someone new, come to an accord on a day of its own)
        and (accord or _YEAR_WRITTEN.search(t.phrase))
        for t in doc.mentions.times
    )


_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_FRONTED_PLACE_DAY = re.compile(
    rf"[\"“]?(?:In|At)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}\s+(?:on|last|earlier\s+on)\s+{WEEKDAY}"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s*"
)
_ACCORD_VERB_AFTER = re.compile(r",?\s+(?:(?:also|then|finally|formally)\s+)?(?:agreed|reached|signed|struck|sealed)\b")


# "Hungary's prime minister", "the Turkish president": a title no name follows
_UNNAMED_TITLE = re.compile(
    r"(?:\b[A-Z][a-z]+['’]s|\bthe(?:\s+[A-Z][a-z]+)?)\s+(?:prime\s+minister|president|chancellor|premier|king|leader"
    r"|foreign\s+minister|counterpart)\b(?!\s+[A-Z])"
    # "Russian and Ukrainian negotiators met in Istanbul on Monday": two sides' people, named in the next sentence
    r"|\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+(?:negotiators|delegations|delegates|envoys)\b"
)


# -- stage 4 -----------------------------------------------------------------------------------------

_ANAPHORA = re.compile(
    # not "56 years to the day after the Elysee Treaty": an anniversary, no anaphor
    r"\b(?<!\bto\s)(?=[oeltafshm\d])(?:(?:on|earlier|later)\s+)?(?P<core>the\s+same\s+day|that\s+same\s+day|that\s+day|the\s+(?:following|next"
    # "a meeting delayed by three days after a snowstorm": a shift, counted from no event
    r"|previous)\s+(?:day|evening|morning|afternoon|night)|the\s+day\s+(?:before|after)|(?<!\bby\s)(?:a|one|two|three|four|five|six|seven|\d)"
    r"\s+days?\s+(?:earlier|later|before|after)(?!\s+than\b)"  # "a day later than planned": a comparison
    r"|(?:that|the\s+same)\s+(?:evening|morning|afternoon|night)|(?:(?<=earlier\s)|(?<=later\s))in\s+the\s+day"
    # "Hours later, Trump received Netanyahu": the same day, when the clause opens with it
    r"|(?:(?:a\s+few|several|some|two|three|four|five|six|\d{1,2})\s+hours|an\s+hour|hours|minutes)\s+(?:later|earlier)"
    r"(?=\s*,))"
    r"(?:\s*\((?P<paren>[^()]{3,30})\))?",
    re.IGNORECASE,
)


_ANAPHORA_ASCII = ascii_twin(_ANAPHORA)


_PART_OF_DAY = re.compile(rf"\b(?:following|next|previous|that|same)\s+(?:{PARTS_OF_DAY})\b", re.IGNORECASE)


_DAY_SPELLINGS = ("day", "Day", "DAY")
_HOURS_LATER = re.compile(r"\b(?:hours?|minutes)\s+(?:later|earlier)\s*,", re.IGNORECASE)


def _day_after_blank(text: str, haystack: str, day: str) -> bool:
    """Whether "day", "Day" or "DAY" follows a blank in ``text``, looking only where ``haystack`` (``text``
    or its lowercase) has ``day``."""
    pos = haystack.find(day, 1)
    while pos >= 0:
        if text[pos - 1] in " \n\t\u00a0" and text[pos : pos + 3] in _DAY_SPELLINGS:
            return True
        pos = haystack.find(day, pos + 1)
    return False


def _may_have_anaphora(text: str) -> bool:
    """A quick check before the anaphora scan: an anaphor has "day" after a space, or is "the previous evening"."""
    # The pattern tries every position; in ASCII text the word it needs is found much faster (beyond ASCII,
    # case-insensitive matching has more spellings, "İ" for "i": let the pattern decide).
    low = text.lower() if text.isascii() else None
    if (low is None or (("hour" in low or "minutes" in low) and ("later" in low or "earlier" in low))) and (
        _HOURS_LATER.search(text)
    ):
        return True
    if (
        low is None or "evening" in low or "morning" in low or "afternoon" in low or "night" in low
    ) and _PART_OF_DAY.search(text):
        return True
    if low is not None:  # one pass over the lowercased text finds all three spellings
        return _day_after_blank(text, low, "day")
    return any(_day_after_blank(text, text, day) for day in _DAY_SPELLINGS)


def _find_anaphora(text: str) -> list[re.Match[str]]:
    """Every ``_ANAPHORA`` match in ``text``."""
    if not _may_have_anaphora(text):
        return []
    return list((_ANAPHORA_ASCII if text.isascii() else _ANAPHORA).finditer(text))


# the pair told before as a clause's subject: "both men", "the two leaders", "the pair"
_PAIR_TOLD_BEFORE = r"(?:both|the\s+two|the\s+pair)(?:\s+[\w-]+){0,2}?"
# "a day after Kishida arrived", "three days after the Czech leader was appointed": relative to something undated
_ANAPHOR_OBJECT = re.compile(
    # "a day after he travelled", "two days before she met"
    r"(?:(?<=before)|(?<=after))\s+(?:[A-Z]|\d|(?:he|she|they)\s+(?:[a-z]+ed|met|spoke|flew|held|had|went|sat|saw|came)\b"
    # "a day after both men attended the SCO summit", "a day after the two men shook hands": the pair told before
    rf"|{_PAIR_TOLD_BEFORE}\s+(?:attended|met|spoke|talked|held|had|sat|shook|spent|joined|signed|appeared)\b"
    r"|(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}(?:was|were|had|has)\b"
    # "three days after the International Criminal Court issued a warrant": a clause with a verb of its own
    r"|(?:the|a|an)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:[a-z]{3,}ed|issued|charged|struck|sent)\b"
    # "four days before the first anniversary of Russia's invasion": a day the text does not date
    r"|the\s+(?:[\w'’-]+\s+){0,2}(?:anniversary|election|elections|vote|referendum|deadline|invasion|war|start|end)\b)"
)
_GERUND_AFTER = re.compile(r"(?:(?<=before)|(?<=after))\s+[a-z]+ing\b")  # "a day after announcing ..."
# "the same day as the formal talks", "the day after their summit": the event an anaphor is relative to
_REFERENCE_AFTER = re.compile(
    r"(?P<as>\s+as)?\s+(?:(?P<det>the|their|his|her|its|a|an)\s+(?:[\w'’-]+\s+){0,2}|(?=[a-z]+ing\b))"
)  # "the day after their summit", "two days after sitting down with Putin"
# "... restore relations, severed in 1961": a participle after a comma, with its own date
_COMMA_PARTICIPLE = re.compile(r",\s+[a-z]+ed\s+(?:[\w'’-]+\s+){0,3}$")
_WORD_CHAR = re.compile(r"[\w-]")
_ASIDE_WINDOW = 120
_PLAN_NOUNS = frozenset({"meeting", "summit", "talks", "visit", "trip", "call", "phone call", "video call", "tour"})
# a past verb or a mere possibility between an event noun and a date ahead ("a summit could follow next year")
_PAST_VERB_GAP = re.compile(r"\b(?:was|were|had|took|held|met|could|might|may|[a-z]{3,}ed)\b")
_TOLD_WORDS = frozenset({"announced", "said", "declared", "pledged", "agreed"})
_AT_EVENT_LATER = re.compile(
    r"[^.;:]{0,160}?,\s+(?:at|during)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?"
    r"(?:summit|meeting|talks|conference|ceremony|session|gathering)\b"
)
_AFTER_EVENT_LATER = re.compile(
    # (not "after weeks of indirect negotiations": a process, no day)
    r"[^.;:]{0,160}?,?\s+after\s+(?!(?:several\s+|many\s+|two\s+|three\s+)?(?:weeks|months|years)\b)"
    r"(?:(?:a|an|the|their|his|her)\s+)?"
    # "after more than two hours of talks": the talks' length before them
    r"(?:(?:more\s+than|about|nearly|some|almost|roughly|around|over)\s+[\w-]+\s+(?:hours?|minutes)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:talks|meeting|summit|negotiations|session|discussions)\b"
)
_AT_EVENT_BEFORE = re.compile(r",\s+(?:at|during)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?$")
# a month with no year: "at the end of June", "in early May" ("He returns to Japan at the end of June": ahead)
_MONTH_ALONE = re.compile(
    r"(?:(?:in|at\s+the\s+(?:end|start|beginning)\s+of|(?:in\s+)?(?:early|late|mid-?))\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)",
    re.IGNORECASE,
)
_RUNS_BEFORE = re.compile(r"\b(?:runs?|running|ran|lasts?|lasting|continues?|continuing|continued)\s+$")
_STAY_BEFORE = re.compile(r"\bstay(?:s|ed|ing)?\s+(?:on\s+)?(?:[^,.;:]{0,40}\s+)?$")
_SKIP_BEFORE = re.compile(r"\b(?:until|till|by|through|ahead\s+of|before|after|from|within|of|to)\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)
# "the first meeting since relations soured in 2023", "since returning to office in 2023": the date of that clause
# a trip told by a plain verb of motion in a since-clause: "since Dulles came in 1955", "since Coolidge sailed to"
_SINCE_TRAVEL = re.compile(r"\b(?:came|went|sailed|travell?ed|flew)\b(?!\s+to\s+power)")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,11}$", re.I)  # "since the end of China's civil war in"
_SINCE_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|met|took|came|began|spoke|held|became|won|left|fell|went|saw|made|was|were)\b"
)  # a since-clause's verb: "since Trump called Modi on Monday" dates the call
_REPORTED = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}?|announced|reported|confirmed|added|stated|tweeted|wrote|posted|disclosed"
    r"|revealed)\s+"  # "Moon told reporters on Sunday", "the government disclosed on Thursday"
    # "their governments said in a joint statement on Tuesday": the statement's day, not the meeting's
    r"(?:in\s+(?:a|an|the|their|its|his|her)\s+(?:joint\s+|written\s+)?(?:statement|communiqu[eé]|readout)\s+)?$",
    re.IGNORECASE,
)
# an indefinite ordinal event ("a fourth summit") and a time ahead: a plan for one more, no frame for a count
_A_NEXT_ORDINAL = re.compile(
    r"\b(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|call|visit|trip|round)s?\s+$"
)
_AHEAD_PHRASE = re.compile(r"(?:next|later|early|in\s+(?!\d+\s))", re.IGNORECASE)
_NEXT_OR_LATER = re.compile(r"(?:next|later)\b", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|only"
    # not the adverbs: "A and B last held talks in", "A and B first held formal talks in April last year"
    r"|(?:last|first)(?!\s+(?:held|had|met|spoke|talked|visited|hosted)\b))"
    r"\s+(?:[\w-]+\s+){0,2}"
    r"(?:meetings?|talks|summits?|calls?|visits?|trips?|encounters?|conversations?|contacts?)\s+"
    r"(?:(?:there|here|abroad|together)\s+)?$"
    # "their second", "the leaders' second this year", "Modi's second"
    r"|(?:\b(?:their|his|her|its|the)|\b[\w-]+['’]s?)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th))\s+$",
    re.IGNORECASE,
)
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
# phrases that only point ahead of the report
# "in five years" counts ahead from the report: no day of an event that took place ("the first visit ... in five
# years", "the third stop in a week" is a span)
_FUTURE_ONLY = re.compile(
    r"\b(?:next|tomorrow|coming|hence|later\s+this)\b|^in\s+(?:\w+\s+)?(?:years?|months?|decades?|weeks?)$",
    re.IGNORECASE,
)
# Nouns a date can name instead of a meeting ("the Dec. 7 election", "elections on Jan. 16"): singular and plural
_NOT_EVENT_WORDS = tuple(
    form
    for noun in (
        "election", "vote", "poll", "referendum", "runoff", "run-off", "deadline", "attack", "ceasefire", "truce",
        "coup", "earthquake", "anniversary", "inauguration", "strike", "invasion", "bombing", "assassination",
        "unification", "reunification", "independence", "handover", "withdrawal", "raid", "war", "revolution",
        "uprising", "massacre", "standoff", "clash", "clashes",
        "ruling", "verdict",  # "relations strained by an international tribunal's ruling in July"
    )
    for form in (noun, noun[:-1] + "ies" if noun.endswith("y") else noun + "s")
)  # fmt: skip
_NOT_EVENT_ALT = "|".join(re.escape(w) for w in sorted(_NOT_EVENT_WORDS, key=len, reverse=True))
# after the date, maybe past one adjective: "the Jan. 16 presidential election", "the Nov. 5 general election"
_NOT_EVENT_NOUN = re.compile(
    rf"\s+(?:(?:presidential|parliamentary|general|legislative|local|national|regional|snap|municipal|federal)\s+)?"
    rf"(?:{_NOT_EVENT_ALT})\b",
    re.IGNORECASE,
)
# before "on <date>": "elections on Jan. 16", "the entry into force on July 1 of the agreement", "took effect on"
_NOT_EVENT_BEFORE = re.compile(rf"\b(?:into\s+force|effect|{_NOT_EVENT_ALT})\b\s*$", re.IGNORECASE)
# what a time opening a sentence as its subject is followed by: "This year marks the 60th anniversary"
_TIME_SUBJECT = re.compile(r"\s+(?:marks|marked|will\s+mark|is\s+(?:also\s+)?(?:a|an|the)\s|was\s+(?:a|an|the)\s)")
# an era "since" counts from, not a day's event: "the first summit since the war"; before a date, or before a
# blanked date in a gap ("the first summit since the war [on Monday] at the Palais": neither the war's day nor place)
_SINCE_ERA_WORDS = r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|revolution|independence|unification|reunification)"
_SINCE_ERA_BEFORE = re.compile(_SINCE_ERA_WORDS + r"\s+$", re.I)
_SINCE_ERA = re.compile(_SINCE_ERA_WORDS + r"(?=\s\s)", re.I)
_NOT_EVENT_ENDS = ("force", "effect", *_NOT_EVENT_WORDS)  # the last words it can end with: a quick check first
# Taking office or power is no meeting: "who took office on Jan. 1", "since he took power in 2011", "was sworn in"
_OFFICE_BEFORE = re.compile(
    r"\b(?:(?:took|taken|takes|taking|assumed|assumes)\s+(?:office|power)|(?:came|comes|returned|returns)\s+to\s+power"
    # "since Mr. Trump returned to the White House on Monday": back in office
    r"|(?:returned|returns|returning)\s+to\s+(?:office|the\s+White\s+House)"
    r"|(?:leaves|left|leaving|leave)\s+office"  # "he leaves office on January 20"
    r"|sworn\s+in|inaugurated|(?:re-)?elected)"
    r"(?:\s+(?:for|to)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?terms?)?"  # "sworn in for a fifth term in May"
    r"\s+(?:(?:on|in)\s+)?$"
)
# the last words an _OFFICE_BEFORE match may have (lowercased, as _may_end_with compares them)
_OFFICE_WORDS = ("office", "power", "house", "in", "on", "inaugurated", "elected", "term", "terms")
# a state that began then, not an earlier event: "an embargo in force since 1992", "in power since 2000"
_STATE_SINCE = re.compile(
    r"\bin\s+(?:force|effect|place|power|office|exile|prison|custody|detention)\s+(?:ever\s+)?(?:since\s+)?$"
    # "land occupied since 1967", "a post vacant since November", "held hostage since May 19", "awarded since 1950"
    r"|\b(?:occupied|vacant|hostage|missing|awarded|closed|banned|detained|jailed"
    r"|imprisoned|exiled|unresolved|pegged|shut|sealed|strained|divided|known)\s+(?:ever\s+)?(?:since\s+)?$"
)
# Acts that are no meeting, as participles before a date: "a warrant issued against Putin in March"
_ACT_WORDS = frozenset({
    "issued", "imposed", "adopted", "passed", "approved", "announced", "filed", "published", "launched", "introduced",
    "declared", "enacted", "ratified", "lifted", "signed", "sealed", "agreed", "reached", "struck", "established",
    "founded", "released", "broken", "severed",  # "a transcript released on Wednesday", "ties broken off in 1961"
    "drawn", "founding",  # "the demarcation line drawn up in 1953", "Israel's founding in 1948"
    "downing", "killing", "murder", "arrest", "capture", "death",  # "the downing of a spy balloon three months ago"
    # "the islands Tokyo bought from a private owner in September 2012", "the city destroyed by a bomb in 1945"
    "bought", "sold", "annexed", "invaded", "destroyed", "detonated", "seized", "captured", "assassinated", "toppled",
    "ousted", "overthrown", "abducted", "kidnapped",
    "liberated", "built", "bombed",  # "the camp liberated by British troops 70 years ago"
})  # fmt: skip
_ACT_PARTICIPLE = re.compile(rf"\b(?:{'|'.join(sorted(_ACT_WORDS))})\s+(?:[\w'’%-]+\s+){{0,7}}$")
_SPEECH_VERB = re.compile(r"\b(?:said|says|wrote|posted|added|told\s+(?:reporters|journalists|lawmakers|supporters))\b")
_THEN_AFTER = re.compile(r"\s*,\s+(?:after|before)\s")  # the date ends the speech clause, "after ..." the event
_SPEECH_THEN_THAT = re.compile(r"\s*,?\s+that\s")  # the date ends the speech clause, "that" opens the report
_NEW_CLAUSE_AFTER = re.compile(rf";|,\s*(?:while|whereas)\s|,\s*(?:and|but)\s(?!\s*{SAME_SUBJECT_VERB})")
_TO_CLAUSE_END = r"(?:[^,;:()]|(?<=\d),(?=\d))*$"  # no clause break up to the end ("1,000" is none)
# "... and said Britain would not begin formal divorce proceedings this year": what was said has a date of its own
_SAID_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:also\s+)?said\s+(?:that\s+)?[^,;:()]*?\b(?:would|will|could|should|might|must)\b[^,;:()]*$"
)
_WHO_OPEN = re.compile(rf",\s*who\s+{_TO_CLAUSE_END}")  # a "who" clause still open at the end
# "Zelensky, whose country marked ... last month,", "Croke Park, the stadium where ... in 1920"
# ("Dissanayake, a leftist who won the presidency in September, arrived on Sunday")
_WHO_CLAUSE = re.compile(rf",\s*(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{1,2}})?(?:who(?:se)?|where)\s+{_TO_CLAUSE_END}")
# ", after the Balticconnector pipeline was damaged in October": a subordinate clause with a subject of its own
_SUBORDINATE_CLAUSE = re.compile(
    r",\s*(?:after|before|because|although|as|while)\s+(?:the|a|an|its|their|his|her)\s+[^,;:()]*?"
    r"\b(?:was|were|is|are|had|has|have)\s+[^,;:()]*$"
    # "travelled to Russia after 34 Turkish soldiers were killed in an air strike in late February": a counted
    # subject and a passive, no comma needed
    r"|\b(?:after|before)\s+(?:\d[\d,]*|dozens\s+of|hundreds\s+of|thousands\s+of)\s+[^,;:()]*?"
    r"\b(?:was|were)\s+[a-z]+(?:ed|en)\b[^,;:()]*$"
)
# "... before he takes office on March 11": with a pronoun subject the clause needs no comma before it. The
# pronoun is looked for first (a literal blank, so the scan skips fast), then the subordinator before it.
# "... before he takes office on March 11", "before Obama hands over to Trump on Jan. 20"
_PRONOUN_CLAUSE = re.compile(
    r" (?:he|she|they|it|[A-Z][a-z]+(?= (?:[a-z]+(?:s|ed)|went|came|took|fell|began|won|lost|broke|became|fought)\b))"
    r" [^,;:()]*$"  # "after Egypt went to war with it in October 1973"
)
_GERUND_CLAUSE = re.compile(
    # not a trip or a meeting told so ("after flying there on Monday"): that is an event of the same story
    r"\b(?:after|before|while)\s+(?!(?:fly|travell?|arriv|land|meet|visit|talk|speak|stopp|head|return)ing\b)"
    # up to the date, with no main verb after it ("after taking office was to Berlin on May 15")
    r"[a-z]{3,}ing\s+(?:(?!\b(?:was|were|is|are|will|went|came)\b)[^,;:()])*$"
)
# the subordinator, maybe with the first words of a subject of two or three ("after East Germany opened the Wall")
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|before|until|once|because|although|while)(?:\s+the)?(?:\s+[A-Z][\w'’-]*){0,2}$"
)
_RELATIVE = re.compile(r"\b(?:that|which)\b", re.I)
# "a memorandum of their call on July 25 that was released on Wednesday": a passive relative clause is about
# something done to the thing named, on its own date ("which was held on" dates the event itself)
_PASSIVE_RELATIVE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?!(?:held|scheduled|planned|set|arranged|expected"
    r"|hosted|chaired|convened|attended|organi[sz]ed|staged|broadcast|televised)\b)[a-z]+(?:ed|en)\b"
)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_MONTH_OR_YEAR = re.compile(rf"\b(?:{MONTH_ABBRS})[a-z]*\.?(?:\s|$)|\b\d{{4}}\b", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"\b(?:on|in|since|during)\s+$", re.I)
_PREP_LEAD = re.compile(r"^(?:on|in|since|during|until|till|by|through|before|after|from|within|of|to)\b", re.I)
_LEN_LEFT = re.compile(
    # every match starts a word or at a comma: this look-ahead turns the other positions of the window down at
    # once, not once for each alternative (half the cost of the search)
    r"(?:\b(?=\w)|(?=,))"
    # "a video call that ran just over", "their talks at the Palace of Nations running well over an hour"
    # ("two rounds of talks totalling about two and a half hours")
    r"(?:\b(?:lasted|lasting|lasts|took\s+up|running|totall?ing)\s+(?:for\s+)?(?:a\s+total\s+of\s+)?"
    r"(?:just\s+|only\s+|barely\s+)?"
    r"|\b(?<=that )ran\s+|\b(?<=that )total(?:l)?ed\s+"  # "talks that totalled more than 15 hours"
    r"|\b(?<=session )running\s+to\s+"  # "with their one-on-one session running to about two hours"
    r"|\b(?<=said )ran\s+"
    # "The meeting took about an hour", "The signing ceremony took just under an hour": an event noun's time
    r"|\b(?:(?<=meeting )|(?<=talks )|(?<=call )|(?<=conversation )|(?<=session )|(?<=ceremony )|(?<=audience )"
    r"|(?<=summit )|(?<=discussions )|(?<=negotiations )|(?<=lunch )|(?<=dinner )|(?<=encounter ))took"
    r"\s+(?:only\s+|just\s+|barely\s+)?"  # "The talks and a working lunch took about an hour and a half"
    r"|\b(?:ran|run|runs|running|went\s+on|continued|spoke|speak|"
    r"spoken|speaking|talked|talk|talking|met|meet|saw|conversed|conferred|negotiated|sat|sitting|stayed|talks|discussions"
    r"|negotiations|"
    r"dined|lunched|took\s+tea|"  # "They then took tea together for more than 40 minutes"
    r"discussed(?:\s+(?:it|them|this|that))?|"  # "discussed it with Putin for almost five hours"
    r"phoned|phone|telephoned|rang|called|"  # "broke off a meeting to phone Putin for 40 minutes"
    r"discussed(?:\s+[\w'’-]+){1,14}?(?=\s+for\s+$)|"  # "The two discussed Ukraine and migration for half an hour"
    # "The Iraqi leader received Ali for about an hour", "huddled with Putin for", "was received by Putin for"
    r"received(?:\s+by)?|hosted(?:\s+by)?|huddled|"
    # "talked by transatlantic telephone for about 25 minutes"
    r"meetings?|(?:by|over\s+the|on\s+the)\s+(?:(?:transatlantic|secure|satellite)\s+)?(?:tele)?phone"
    r"|(?:by|via)\s+video(?:\s?link|\s+call|\s?conference)?)"  # "spoke by video call on Monday for"
    r"(?:\s+down)?(?:\s+(?:one[- ]on[- ]one|privately|alone|together|separately|briefly|face[- ]to[- ]face|in\s+private"
    r"|behind\s+closed\s+doors|standing(?:\s+up)?"
    # "held talks in narrow and expanded formats for about three hours", "spoke in the car for about 45 minutes"
    r"|in\s+(?:a\s+)?(?:(?:narrow|restricted|expanded|small|large|plenary|bilateral)\s+(?:and\s+)?){1,2}"
    r"(?:formats?|groups?)"
    # "Powell met the two presidents for about an hour": the people met told by their number
    r"|(?:the\s+(?:two|three|four)\s+(?:leaders|presidents|men|prime\s+ministers|sides)|both\s+(?:leaders|men|sides))"
    r"|in\s+(?:the|a|their|his|her)\s+(?:car|limousine|plane|helicopter|cabin)"
    # "talked by the fire for about an hour", "walked in the garden for 20 minutes": where, between verb and length
    r"|(?:by|beside)\s+(?:the|a)\s+(?:log\s+|open\s+)?(?:fire(?:side|place)?|pool|lake|river)|in\s+(?:the|a)\s+garden"
    # "sat side by side in a small conference room for about an hour"
    r"|side\s+by\s+side(?:\s+in\s+(?:the|a)\s+(?:[a-z]+\s+){0,2}room)?"
    # "met B on Capitol Hill for half an hour": where, after the person met (blanked: not "stayed in Riyadh for two
    # days", a stay's length), or "talked in the papal library for about 30 minutes"
    r"|(?<=\s\s)(?:in|at|on|inside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
    r"|in\s+(?:the|his|her)\s+(?:papal\s+|private\s+|presidential\s+)?(?:library|study|office|residence)))?"
    rf"(?:\s+over\s+(?:a\s+)?(?:{'|'.join(MEAL_WORDS)}|tea|coffee))?"  # "talked over breakfast for just over two hours"
    # "spoke with (his counterpart) X for 20 minutes": X is blanked before this search
    # ("spoke to X for an hour and 45 minutes")
    # ("talked with him for more than two hours": the person told by a pronoun)
    # ("met King Hussein and Yitzhak Rabin for some 40 minutes": two people blanked around "and")
    # ("spoke with B by phone early on Saturday for more than an hour": the part of the day left after its date)
    r"(?:\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)(?:\s+(?:his|her|their|him|them))?)?(?:\s+(?:and|early|late))?"
    r"\s+for\s+"
    r"(?:a\s+total\s+of\s+)?"
    r"|\bran\s+to\s+|,\s+at\s+|"
    r"\b(?<=that )(?:stretched|extended|dragged\s+on)\s+(?:to|for)\s+|"  # "a virtual summit that stretched to"
    # "a dinner that officials said stretched to", "a lakeside stroll stretched their encounter to"
    r"\bstretched\s+(?:(?:their|the|its)\s+[a-z]+\s+)?to\s+|"
    # "spoke by phone ... for what New Delhi described as about half an hour", "meeting for a total of about nine hours"
    r"\bfor\s+what\s+(?:[\w'’-]+\s+){1,4}?(?:described|called|termed)\s+as\s+|\bmeeting\s+for\s+a\s+total\s+of\s+|"
    # a readout's "On April 7, commencing at 9:00 p.m. for approximately 25 minutes, ..."
    # ("commencing at 7:50 p.m. (local time) for approximately 40 minutes")
    r"\b(?:commencing|starting|beginning)\s+at\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+(?:\([\w\s.]{1,20}\)\s+)?for\s+|"
    r"\b(?P<weak>spent|spend|spending|held|hold|holding|had|after|over)\s+(?:(?<=spent\s)(?:only|just)\s+)?"
    # "a tense meeting of about an hour", "a phone call of nearly 90 minutes": the length of the event named
    r"|\b(?:meetings?|calls?|talks|sessions?|conversations?|encounters?|audiences?|stops?|stopovers?|visits?|stays?"
    r"|t[eê]te-[aà]-t[eê]tes?|exchanges?)\s+of\s+"  # "a tete-a-tete of about 45 minutes"
    # "held in two sessions totaling about two and a half hours", "The meeting ... stretched to about 75 minutes"
    r"|\bsessions\s+totall?ing\s+|(?<=, )stretched\s+to\s+)$",
    re.IGNORECASE,
)
_LEN_RIGHT = re.compile(
    # ("13 days of secluded and often bitter negotiations", "two days of closed-door sessions")
    # (words of the same sentence: not "six weeks of fighting over Nagorno-Karabakh. The talks")
    r"\s+(?:of\s+(?:(?![\w.'’-]*\.\s+[A-Z])[\w.'’-]+\s+){0,4}?(?:talks|discussions|negotiations|meetings?|sessions"
    r"|consultations)|together"
    # "spent about eleven hours in formal talks"
    r"|in\s+(?:[a-z-]+\s+){0,2}?(?:talks|discussions|negotiations|meetings?|conversations?)"
    r"|talking|negotiating"  # "spent the first three hours talking face to face"
    r"|at\s+the\s+(?:negotiating\s+)?table)\b",  # "the two leaders spent roughly two hours at the table"
    re.IGNORECASE,
)
_LEN_ADJ = re.compile(
    r"[\s-]*(?:long\s+)?"
    # "a five-day, four-nation Africa tour", "a four-day unofficial visit", "a six-day U.S. visit"
    r"(?:,?\s*[\w]+-(?:nation|country|city|state)\s+)?(?:(?:unofficial|unannounced|surprise|whirlwind)\s+)?"
    r"(?:U\.S\.\s+)?"
    r"(?:(?:phone|video|telephone|face-to-face|closed-door|one-on-one|bilateral|state|official"
    r"|courtesy|informal|formal|working|trilateral|emergency|annual|regional|special|morning|afternoon|evening"
    r"|opening|closing|final|plenary|shipboard|seaside|lakeside|marathon|private|secret|landmark|historic)\s+"
    r"(?:working\s+)?"  # "a five-day official working visit"
    r"|(?:nuclear|security|climate|trade|economic|peace|energy|defence|defense|regional)\s+(?:[a-z]+\s+)?)?"
    # "a two-day NATO summit", "a three-day Commonwealth summit", "a two-day Group of 20 summit"
    # "a nine-day Middle East tour", "a six-day African tour"
    r"(?:(?-i:[A-Z][A-Z0-9]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|Group\s+of\s+(?:[A-Z][a-z]+|\d+))\s+)?"
    r"(?:(?:leaders|ministers)['’]\s+)?"  # "The two-day APEC leaders' meeting"
    r"(?:meeting|talks|call|conversation|summit|session|discussion|encounter|conference|visit|trip|tour|gathering|stay"
    r"|one-on-one|t[eê]te-[aà]-t[eê]te|retreat|conclave|council|exchange"  # "a 30-minute tête-à-tête"
    r"|audience|dinner|lunch|luncheon|breakfast"  # "a 30-minute private audience", "a three-hour dinner"
    r"|journey|pilgrimage|mission|stop|stopover|swing)\b",  # "a 12-day journey", "the three-day pilgrimage"
    re.IGNORECASE,
)
# the words of a trip that a destination's "to" follows: one list for _VISIT_BEFORE and _VISIT_WORDS
_TRIP_WORDS = (
    "visit", "visits", "trip", "trips", "tour", "tours", "travel", "travels", "travelled", "traveled", "traveling",
    "travelling", "journey", "flew", "flown", "flies", "fly", "flying", "heads", "headed", "heading",
)  # fmt: skip
_VISIT_BEFORE = re.compile(
    r"(?:\b(?P<det>his|her|their|its)\s+)?\b(?:(?:state|official|planned|first|maiden)\s+)?"
    # "A and B travelled together to Marseille", "He travels next to Uzbekistan"
    rf"(?P<trig>{'|'.join(_TRIP_WORDS)})\s+(?:(?:together|jointly|next)\s+)?"
    r"(?:(?:on\s+|later\s+on\s+)?[A-Z][a-z]+day\s+)?"  # "travels on Tuesday to El Salvador"
    r"(?:(?:on\s+)?the\s+(?:following|next)\s+day\s+)?"  # "travels on the following day to Dresden"
    # "visit by a ... to", "a visit by Trump to Japan"
    r"(?:by\s+(?:(?:an?|the|his|her)\s+(?:[\w'’-]+\s+){1,4}?|(?P<byname>(?-i:[A-Z][\w'’-]*\s+){1,3})))?(?:on\s+)?"
    rf"(?:by\s+{TRAVEL_MEANS}\s+)?"  # "travelled by bus to Lahore", "travelled together by bullet train to Sendai"
    r"(?:(?:directly\s+)?from\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+)?$"  # "flew directly from Israel to"
    # "invited Trump to"
    # (not "invited Duterte to pay an official visit to", whose visit is the trigger: no "to" before this one)
    # ("Hirohito was welcomed to the White House by Ford": the guest, told first, welcomed there)
    r"|(?P<invite>invit(?:ed|es|ing)|welcom(?:ed|es|ing)(?!\s+(?:ceremony|ceremonies|remarks|speech|banquet|party)))\s+(?:(?:him|her|them|(?:(?!to\b)[A-Z][\w'’.-]*\s+){0,6}"
    r"(?!to\b)[A-Z][\w'’.-]*)\s+)?$",
    re.IGNORECASE,
)
# "by": "talks hosted by Iraq"; "off": "their shipboard summit off Malta"
_VENUE_PREPS = frozenset({"in", "at", "outside", "near", "inside", "by", "off"})
# "the visit moves to Tokyo", "the talks will move to Geneva": an event named before changes place
# "The visit moves to Tokyo", not "to persuade him to move to Japan" (an infinitive has no event as subject)
_EVENT_MOVES = re.compile(r"(?<!\bto )\b(?:moves|moved|move|shifts|shifted|shift)\s+(?:on\s+)?$")
_MOVABLE = frozenset({EventType.VISIT, EventType.TALKS, EventType.SUMMIT, EventType.MEETING})
# Nouns of what happens in a place rather than of a meeting there: the place is theirs ("after the attack on
# tourists in Pahalgam", "the conflicts in Ethiopia"). Shared by _GAP_STOP and _TOPIC_BEFORE.
_TOPIC_NOUNS = r"crisis|invasion|fighting|ceasefire|truce|attacks?|bombings?|elections?"
_GAP_STOP = re.compile(
    r"[;:()\"“”,]|\b(?:said|says|told|was|were|is|are|has|have|had|would|will|and|but|while|because|who|which|"
    r"that|about|over|regarding|concerning|covering|discuss\w*|war|conflict|relations|ties|for|"
    rf"{_TOPIC_NOUNS}|shootings?|massacres?|earthquakes?|coups?|raids?|referendums?)\b",
    re.IGNORECASE,
)
_GAP_STOP_ASCII = ascii_twin(_GAP_STOP)
_ORDINAL_SPELL = re.compile(
    r"\bfor\s+(?:a|the)\s+(?:first|second|third|fourth|fifth|final|last)\s+(?:day|time|round)\b"
)
# ("Friday: In Luanda, A and B met", "Saturday — In Brazzaville, ...": a day-by-day summary's label)
_FRONTED_DAY_COMMA = re.compile(
    r"(?:On\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?(?:,|:|\s+[—–])\s*"
    # "Earlier, in Nairobi, A and B held talks": an adverb of time fronted before the place
    r"|(?:Earlier|Later|Previously|Before\s+that|After\s+that|Afterwards|Meanwhile),\s*"
)
_FRONTED_FRAME = re.compile(
    r"(?:At|In|On\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|of|the|and|for)\s+)+"
)
# a harm done, then at most two phrases of where or on what, right before a time or place: that is the harm's
_HARM_STOP = r"(?:during|after|before|with|for|while|when|calls?|talks|meetings?|summit|visit|conference)\b"
_HARM_BEFORE = re.compile(
    r"\b(?:strikes?|attacks?|explosions?|bombings?|blasts?|shelling|massacre|earthquake|crash|raids?|coup|invasion"
    r"|offensive|killings?|shooting|floods?|hurricane|typhoon)"
    # (the words of those phrases name no event: not "the bombing of the embassy in Belgrade during a call on Friday")
    r"(?:\s+(?:on|in|at|against|near|of|by)\s+(?:(?!"
    + _HARM_STOP
    + r")[\w'’-]+\s+){0,5}?(?!"
    + _HARM_STOP
    + r")[\w'’-]+)"
    r"{0,2}\s+$"
)
# a noun whose place is where it happens, not where the event is: "the conflicts in Ethiopia"
_TOPIC_BEFORE = re.compile(
    rf"\b(?:{_TOPIC_NOUNS}|wars?|conflicts?|violence|unrest|tensions|protests?|famine|drought|floods?|earthquake"
    r"|insurgency|situations?|developments)\s+$"
)
_TAKE_PLACE_GAP = re.compile(
    rf"\s*(?:{WILL_TAKE_PLACE}|take\s+place|be\s+held|was\s+held|were\s+held|took\s+place)\s*"
    # "the 42nd ASEAN Summit, held in Labuan Bajo in May", "talks, held at the University of British Columbia in"
    r"|\s*,\s*held\s*(?:at\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|of)\s+){1,6})?"
    # "the second Russia-Africa Summit, scheduled to take place in St Petersburg"
    r"|,?\s*(?:due|scheduled|set|slated|expected)\s+to\s+(?:take\s+place|be\s+held)\s*"
    r"|\s*(?:is|are)\s+(?:planned|scheduled)\s*"  # "Peace talks ... are planned in Astana"
    r"|\s*(?:was|were)\s*"  # "Their most recent formal talks were in the Russian city of Ufa"
    # "The summit will continue in Tokyo the following day", "Talks resume in Geneva on Monday"
    r"|\s*(?:will\s+(?:continue|resume|reconvene|move)|continues|continued|resumes|resumed|reconvenes|reconvened)\s*"
)
_NAME_THEN_COMMA = re.compile(r"\s*[\"“]?(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*,\s*")
_ASIDE_CLOSES = re.compile(r"[^,;:()\"“”]{0,80},\s*(?:(?:also|then|later|first|had|has)\s+)?")
# a name set off by a comma after its title, the last thing before the participants' phrase ends
_SET_OFF_NAME_END = re.compile(r"[a-z],\s+[A-Z][^,;:()]{0,60}$")
# "spent half an hour with Aoun", "spending more than two hours alone with only interpreters present"
_SITE_NOUNS_FOR = sorted(FACILITY_WORDS | {"resort"}, key=len, reverse=True)  # "at the palace", "at a resort"
# a length the event was meant to have, not the one it had (not "The summit is scheduled to run for four days": its
# length as planned, an event still to come)
_MEANT_TO_BEFORE = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:scheduled|expected|due|set|planned|supposed|meant|slated)\s+to\s+"
    r"(?:run|last|take)\s+(?:for\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|just|only)\s+)?$"
)
_WITH_PERSON = re.compile(
    # "Thatcher spent some five hours yesterday with Mikhail Gorbachev": the day told between
    r"(?:\s+(?:yesterday|today|(?:on|last)\s+[A-Z][a-z]+day|(?:last|this)\s+(?:night|morning|week)))?"
    r"\s+(?:with\s+(?:[A-Z]|(?:his|her|their)\s+)|(?:alone|together|one-on-one|privately|behind\s+closed\s+doors)\b"
    r"|over\s+(?:dinner|lunch|breakfast)\b"  # "Modi and Xi spent about two and a half hours over dinner"
    # "he spent about four and a half hours with the Russian leader in St Petersburg"
    r"|with\s+the\s+(?:[A-Z][\w-]*\s+){0,2}(?i:leader|president|prime\s+minister|premier|chancellor|king|emir)\b"
    # "Clinton spent nearly five hours with the leaders", "spent about eight hours with a Ukrainian delegation",
    # "spent more than 10 hours in three-way sessions"
    r"|with\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:leaders|delegations?|envoys?|negotiators|counterparts?)\b"
    # "spent about three hours with the seven": a group told by its number
    r"|with\s+the\s+(?:other\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|in\s+(?:[\w-]+\s+){0,2}(?:sessions|talks|meetings|negotiations)\b"
    # "Biden spent about five hours in the Ukrainian capital" (not "two hours in traffic")
    r"|in\s+(?:the\s+(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:capital|city|country)\b|[A-Z])"  # "the Caribbean port city"
    r"|at\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations)\b"  # "spent five days at talks in Key West"
    r"|at\s+(?:the\s+)?[A-Z]"  # "Carney spent about two hours at the White House"
    rf"|at\s+the\s+(?:{'|'.join(_SITE_NOUNS_FOR)})\b"  # "Kennedy spent roughly two hours at the palace"
    # "spending about two and a half hours at the city's airport"
    rf"|at\s+the\s+(?:city|capital|country)['’]s\s+(?:[\w-]+\s+)?(?:{'|'.join(_SITE_NOUNS_FOR)})\b"
    r"|with\s+(?:him|her|them)\b"  # "held talks with Ahmadinejad, spending roughly 45 minutes with him"
    r"|on\s+the\s+ground\b"  # "Hipkins spent around six hours on the ground": the length of the visit
    r"|on\s+(?:[A-Z][\w'’-]*\s+)?soil\b"  # "Modi spent about two and a half hours on Pakistani soil"
    # "the two sides spent more than five hours on Sunday going through the plan": time spent at the work
    # "they spent about an hour walking in the garden", "spent two hours touring the plant": time spent together
    r"|(?:on\s+[A-Z][a-z]+day\s+)?(?:discussing|negotiating|talking|chatting|going\s+through|working\s+through"
    r"|walking|strolling|touring)\b)"
)
_ADJ_PHRASE = re.compile(r"(?:-\w+|long)$")
_COMMA_NEXT = re.compile(r"\s*,|\s+(?:he|she|they)\s")  # "In New Delhi he met B": the pronoun subject follows
_ASIDE_BEFORE_FOR = re.compile(
    r",\s+(?:(?:who|which)\s+|(?:on|near|in|at|outside|beside|overlooking|just)\s+(?:the|a|an)\s+)[^,;:()]{1,80},(?=\s+for\s+$)"
)
_COMMA_BY_BLANK = re.compile(r"(?<=\s\s),|,(?=\s\s)")
_PERSON_APPOSITIVE = re.compile(rf"(?<=\s\s){PERSON_ASIDE}(?=\s+for\s+$)")
_MEAL = re.compile(
    rf"\b(?:over|for|at|and)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+)?{MEAL_NOUNS}"
    r"(?:\s+at\s+(?:his|her|their|the)\s+(?:[a-z-]+\s+)?(?:residence|home|palace|dacha|estate))?\b"
)
# "at Trump Tower for about an hour": a capitalised site right before the duration's "for", blanked like a known one
_SITE_BEFORE_FOR = re.compile(
    r"(?<=\s)(?:at|inside)\s+(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}"
    # "met at a military base on the edge of the city for": a site told by its noun, and where it stands
    rf"|(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(_SITE_NOUNS_FOR)})\s+"
    r"(?:(?:on|near|outside|in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?)for $"
    # "met Erdogan at Ankara airport for": a site noun right after a known place, blanked with its "at"
    rf"|(?<=\s\s)(?:{'|'.join(_SITE_NOUNS_FOR)})\s+for $"
)
_FOR_EVENT = re.compile(r"[\s,]*(?:for|to)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}")
_WHERE_NEXT = re.compile(r"\s*,\s*where\s")
_SITE_MODIFIED = frozenset({EventType.MEETING, EventType.TALKS, EventType.SUMMIT})
# a site name of one to three capitalised words right before the event noun, after a lowercase word or an
# article opening the sentence ("A White House meeting")
_SITE_BEFORE = re.compile(
    r"(?:(?<=[a-z] )|(?<=\bA )|(?<=\bAn )|(?<=\bThe ))(?P<site>(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*)\s$"
)
# a relative clause whose verb only opens, ends or holds the event before it ("which is being held in")
_EVENT_RELATIVE = re.compile(
    r",?\s*\b(?:which|that)\s+(?:(?:is|was|will\s+be)\s+(?:being\s+)?held|began|begins|ended|ends|opened|opens"
    r"|took\s+place|takes\s+place)\s*(?:at\s+)?$"  # "which opened on Friday at the Hubei Provincial Museum in Wuhan"
)
# an aside set off by commas that says who attended the event before it, or how: "..., attended only by
# interpreters,", "..., with only interpreters present,", "..., accompanied by their wives,"
# the name of the body whose event it is, right after the event noun: "of the Group of 20", "of the 33-nation
# Community of Latin American and Caribbean States"
_OF_NAME = re.compile(r" of (?:the )?(?:[\w-]+ )?[A-Z][\w'’.-]*(?: (?:[A-Z0-9][\w'’.-]*|of|and|for|on|the|&))* ?")
# who keeps an event's leaders company without being met: "with their delegations", "with interpreters"
_COMPANY = r"(?:delegations?|aides|advisers|interpreters|wives|spouses|teams)"
_WITH_COMPANY = re.compile(
    rf"(?<=\s)with\s+(?:only\s+)?(?:(?:their|his|her|the)\s+)?(?:{_COMPANY}|translators|note-takers)(?=\s+for\s+$)"
)
# a role set off after the participant the gap opens after: ", the billionaire adviser to Trump, "
_ROLE_SET_OFF = re.compile(r",\s+(?:the|a|an|his|her)\s+[^,;:()\"“”]{2,60},\s*")
_EVENT_ASIDE = re.compile(
    r",\s+(?:(?:attended|accompanied|flanked|joined)\s+(?:only\s+)?by\s+[^,;:()]{1,50}"
    r"|with\s+only\s+[^,;:()]{1,40}\s+present|with\s+no\s+(?:aides|officials|advisers|interpreters)[^,;:()]{0,30}"
    # ", with their delegations,", ", with interpreters,"
    rf"|with\s+(?:(?:their|his|her|the)\s+)?{_COMPANY}"
    r"|alone)\s*,"  # ", with no aides in the room,"
)
# a site set off with what it is, before the city it is in: " at the Kantei, the prime minister's official residence, "
_SITE_SET_OFF = re.compile(
    r"\s*(?:at|inside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+"
    r"(?:the|his|her|their|its|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s*"
)
_AGE_COMMAS = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,")  # an age set off by commas after a name
# "..., where he attended ...", "..., where earlier in the day he held talks ..."
_WHERE_SUBJECT = re.compile(
    r"\s*,\s*where\s+(?:(?:earlier|later)(?:\s+in\s+the\s+day|\s+that\s+day|\s+the\s+same\s+day|\s+on\s+[A-Z][a-z]+)?,?\s+)?"
    r"(?:he|she|they|the\s+two|[A-Z][\w'’-]*)\b"  # "..., where Sheikh Tamim and B held talks"
)
# "The next summit is planned for Tokyo": a place the event is planned for
_PLANNED_FOR_PLACE = re.compile(r"\s(?:is|are|was|were|has\s+been|had\s+been)\s+(?:planned|scheduled|set|slated)\s+$")
# a hedge set off before a planned event's place: "..., possibly in Pretoria"
_HEDGED_PLACE = re.compile(r",\s+(?:possibly|probably|perhaps)\s+$")
# a comma after blanked words (a day, "for the first time"), then at most a site's phrase before the place
# ("met on Tuesday, at the Turkish House in New York": the gap may end at the site's own mention)
_COMMA_THEN_SITE = re.compile(r"\s*,\s*(?:(?:at|in|on)\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){1,4})?)?")
_FOR_THE_NTH_TIME = re.compile(r"\bfor\s+the\s+(?:first|second|third|last|\w+th)\s+time\b")
_SIDELINES_TAIL = re.compile(r"(?:,\s*)?\b(?:on|at)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+.*$")
# The last word each of these ``...\s+$`` patterns can match (lowercase): a quick check before the search.
_SKIP_WORDS = ("until", "till", "by", "through", "of", "before", "after", "from", "within", "to")
_REPORTED_WORDS = (
    "said",
    "says",
    "announced",
    "reported",
    "confirmed",
    "added",
    "stated",
    "tweeted",
    "wrote",
    "posted",
    "statement",
    "communique",
    "communiqué",
    "readout",
)
_ORDINAL_WORDS = (
    "meeting",
    "meetings",
    "talks",
    "summit",
    "summits",
    "call",
    "calls",
    "visit",
    "visits",
    "trip",
    "trips",
)
_ORDINAL_WORDS += ("encounter", "encounters", "conversation", "conversations", "contact", "contacts")
_ORDINAL_WORDS += ("there", "here", "abroad", "together")  # "her second trip there in a week"
_ORDINAL_WORDS += ("first", "second", "third", "fourth", "fifth", "st", "nd", "rd", "th")  # "their second this year"
_ORDINAL_WORDS += ("sixth", "seventh", "eighth", "ninth", "tenth")
_PREP_WORDS = ("on", "in", "since", "during")
_FROM_DAY = re.compile(r"from\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]{2,8}\.?\s+\d{1,2})$")
# a verb that ends an event, before "after <duration>"
_ENDED_BEFORE = re.compile(
    r"\b(?:ended|finished|concluded|wrapped\s+up|wound\s+up|broke\s+up|closed|(?:is|are|was|were)\s+over"
    r"|cut\s+short|broke\s+off)"  # "cut short a telephone call with B on Saturday after 25 minutes"
    r"\s+(?:(?:their|the|his|her|a|an|in|on|without)\s|(?=after\s))"
)  # "... meeting with Donald Trump ended in a shouting match after roughly 50 minutes", "ended on Friday after"
# ("their conference broke up without agreement after about nine hours", "The talks are over after two hours")
_OTHER_PREDICATE = re.compile(r"\s(?:and|but|after|before|then)\s|[;:]")
_DESCRIBED_WITH = re.compile(
    r"\b(?P<verb>with|met|meets|received|receives|hosted|hosts)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:leader|president|premier|counterparts?|host|guest|visitor|king|queen|emir|pontiff|pope|minister|chancellor"
    r"|chairman|sultan|shah|prince|monarch)\b"  # "talked with the Indian prime minister for"
    r"|\b(?P<verb2>with|met|meets|received|receives|hosted|hosts)\s+(?:his|her|their)(?=\s\s)"  # "met his [blank]"
)


_DESCRIBED_LEADS = ("with ", "met ", "meets ", "received ", "receives ", "hosted ", "hosts ")  # _DESCRIBED_WITH's verbs


def _keep_verb(m: re.Match[str]) -> str:
    """A :data:`_DESCRIBED_WITH` match blanked but for its verb."""
    verb = m["verb"] or m["verb2"]
    return verb + " " * (len(m.group()) - len(verb))


_NOT_EVENT_LASTED = re.compile(
    r"\b(?:war|wars|conflict|ceasefire|truce|siege|occupation|blockade|strike|strikes|crisis|standoff|shutdown"
    r"|lockdown|offensive|fighting|battle|clashes|protests?|uprising|insurgency|famine|drought)"
    r"\s+(?:that|which)\s+(?:had\s+)?(?:lasted|ran|went\s+on)\s+(?:for\s+)?$"
    # "The deal's first phase lasts 42 days", "the truce will last 60 days": the term of an arrangement
    r"|\b(?:phase|deal|agreement|accord|truce|ceasefire|pause|moratorium|freeze|suspension|mandate|ban|exemption)"
    r"\s+(?:lasts|lasted|will\s+last|would\s+last|is\s+to\s+last|runs|will\s+run)\s+(?:for\s+)?$"
)
_LEN_LEFT_WORDS = ("lasted", "lasting", "lasts", "for", "to", "spent", "spend", "spending", "held", "hold", "holding")
_LEN_LEFT_WORDS += ("only", "just")  # "spent only about four hours in La Paz"
_LEN_LEFT_WORDS += ("as", "of")  # "for what New Delhi described as about half an hour", "for a total of"
_LEN_LEFT_WORDS += ("had", "after", "over", "at", "up", "of", "ran")  # "The call was shorter, at 25 minutes", "took up"
_LEN_LEFT_WORDS += ("took",)  # "The meeting took about an hour"
# "held in two sessions totaling about two and a half hours", "talks that totalled more than 15 hours"
_LEN_LEFT_WORDS += ("totaling", "totalling", "totaled", "totalled")
_VISIT_WORDS = (*_TRIP_WORDS, "on", "together", "jointly", "next")
_VISIT_WORDS += ("moves", "moved", "move", "shifts", "shifted", "shift")  # _EVENT_MOVES
_ASIDE_WORDS = _REPORTED_WORDS + _ORDINAL_WORDS


def _last_word(window: str) -> str | None:
    """What the ``...WORD\\s+$`` quick checks need of ``window``: its lowercased last word, ``""`` when no
    such pattern can match (``window`` does not end in whitespace, or holds no word), ``None`` beyond ASCII
    (case-insensitive matching has more spellings there: let the pattern decide)."""
    if not window[-1:].isspace():
        return ""
    if not window.isascii():
        return None
    last = window.rsplit(None, 1)
    return last[-1].lower() if last else ""


def _may_end_with(last: str | None, words: tuple[str, ...]) -> bool:
    """False only when no case-insensitive search of ``WORD`` then blanks at the end of a window whose
    :func:`_last_word` is ``last`` can match, for ``WORD`` in ``words`` (such a match leaves whitespace last
    and the last word ending in ``WORD``)."""
    return last is None or last.endswith(words)


def _last_word_may_be(window: str, words: tuple[str, ...]) -> bool:
    """:func:`_may_end_with` for ``window`` itself."""
    return _may_end_with(_last_word(window), words)


def _may_be_aside(window: str, last: str | None) -> bool:
    """False only when neither ``_REPORTED`` nor ``_ORDINAL_BEFORE`` can match at the end of ``window``
    (``last``: its :func:`_last_word`)."""
    if last is None:
        return True
    return bool(last) and (last.endswith(_ASIDE_WORDS) or "told" in window.lower())


_GRAINS = {
    temporal.Grain.DAY: Precision.DAY,
    temporal.Grain.MONTH: Precision.MONTH,
    temporal.Grain.YEAR: Precision.YEAR,
}


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    attribute: Attribute
    event: Event
    value: ClaimValue


def _nearest_trigger(triggers: list[Trigger], pos: int, allow_after: bool = True) -> Trigger | None:
    """The last live trigger (with an event, not "on the sidelines of" nor a pair's continuation) ending by
    ``pos``, else the first one starting at or after it (when ``allow_after``)."""
    before = None
    for t in triggers:
        # a trigger whose match holds ``pos`` counts as before it: "leaves on Thursday for Seoul"
        if t.start < pos and t.event is not None and not (t.sideline or t.continues):
            before = t
    if before is not None or not allow_after:
        return before
    for t in triggers:
        if t.start >= pos and t.event is not None and not (t.sideline or t.continues):
            return t
    return None


# Enum members looked up on their class cost an attribute lookup each time (Python 3.11): the hot paths
# use these module constants instead.
_DAY = Precision.DAY
_MONTH = Precision.MONTH
_PAST, _FUTURE = temporal.Direction.PAST, temporal.Direction.FUTURE
_PLANNED, _ASSERTED = Modality.PLANNED, Modality.ASSERTED
_VISIT = EventType.VISIT
_RAN_BEFORE = re.compile(r"\bran(?P<weak>)\s+$")
# the clause after a look back is in the pluperfect: ", Secretary of State Warren Christopher had met"
_PLUPERFECT_AFTER = re.compile(
    r",?\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){1,6}(?:and\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){1,6})?had\s+(?!to\b)"
)
_DATE, _DURATION, _VENUE, _PARTICIPANTS = Attribute.DATE, Attribute.DURATION, Attribute.VENUE, Attribute.PARTICIPANTS
_WEEK = timedelta(days=7)
_HALF_YEAR = timedelta(days=180)
_BARE_WEEKDAY = re.compile(
    rf"(?:(?:on|for|from)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:{PARTS_OF_DAY}))?$",
    re.IGNORECASE,
)  # ("opens on Monday evening" in a Monday report: this evening)
_YEARS_AGO = re.compile(r"\byears?\s+ago$", re.IGNORECASE)


def _resolve(phrase: str, anchor: date, direction: temporal.Direction) -> temporal.Resolved | None:
    """``temporal.resolve``, with ``None`` for a date out of range."""
    try:
        return temporal.resolve(phrase, anchor, direction)
    except (ValueError, OverflowError):
        return None


def _date_value(
    phrase: str, doc: Document, modality: Modality, cut: int | None, mention: temporal.TimeMention | None = None
) -> DateValue | None:
    """The date ``phrase`` gives an event of ``modality``, else ``None``.

    :param cut: ``_weekday_cut(phrase)`` (the callers need it too, for the claim's span).
    :param mention: the time mention ``phrase`` is, if any: its core (without the preposition) is tried
        when the phrase itself does not resolve.
    """
    direction = _FUTURE if modality is _PLANNED else _PAST
    resolved = _resolve(phrase, doc.anchor, direction) if phrase else None
    if resolved is None and mention is not None:
        core = _core(mention, doc.text)  # rarely needed: only now
        resolved = _resolve(core, doc.anchor, direction) if core else None
    if resolved is None or resolved.grain not in _GRAINS:
        return None
    if cut is not None:
        head = phrase[:cut]  # up to the first comma: no comma left to cut at
        return _date_value(head, doc, modality, None) if _WEEKDAY.search(head) else None
    day = resolved.day
    if direction is _FUTURE and day - doc.anchor == _WEEK and _BARE_WEEKDAY.match(phrase):
        day = doc.anchor  # "is due to host him on Tuesday" in a Tuesday report means today, not next week
    if resolved.grain == "month" and _YEARS_AGO.search(phrase):
        return DateValue.of(day, Precision.YEAR)  # "met seven years ago": the year back, no month of its own
    return DateValue.of(day, _GRAINS[resolved.grain])


def _weekday_cut(phrase: str) -> int | None:
    """Where a weekday phrase that ran on past a comma with no month or year after it ends ("on Friday" of
    "on Friday, the first stand-alone summit"), else ``None``."""
    comma = phrase.find(",")
    if comma < 0 or not _WEEKDAY.search(phrase) or _MONTH_OR_YEAR.search(phrase, comma):
        return None
    return comma


def _core(tm: temporal.TimeMention, text: str) -> str:
    core_start = getattr(tm, "core_start", None)
    if isinstance(core_start, int) and tm.start <= core_start < tm.end:
        return text[core_start : tm.end]
    return _PREP_LEAD.sub("", tm.phrase).strip()


def _shift(value: DateValue, days: int) -> DateValue:
    if days == 0 or value.precision is not _DAY:
        return value
    return DateValue.of(value.first_day + timedelta(days=days), _DAY)


# count words of the anaphora: "two days later", "A month later", "three years earlier"
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


# A month or year told relative to the date named before it: "and the following month the minister met Assad",
# "A year later, Xi visited Paris", "later that month". ("next month" without "the" counts from the report.)
_PERIOD_ANAPHORA = re.compile(
    r"\b(?:(?P<the>the\s+(?:following|next|previous|preceding|same)|(?:later|earlier)\s+that|that\s+same)"
    r"\s+(?P<unit>month|year)"
    r"|(?P<count>a|one|two|three|four|five|six|\d{1,2})\s+(?P<units>months|month|years|year)\s+(?P<dir>later|earlier)(?!\s+than\b))\b",
    re.IGNORECASE,
)


# "a brief encounter at the border that June", "brought Nixon to China the following February": a month named
# relative to the date told before it
_MONTH_ANAPHORA = re.compile(
    r"\b(?P<mthe>that|the\s+(?:same|following|next|previous|preceding))\s+"
    rf"(?P<mon>{'|'.join(m.capitalize() for m in FULL_MONTHS)})\b"
)


def _find_period_anaphora(text: str) -> list[re.Match[str]]:
    """Every ``_PERIOD_ANAPHORA`` (and ``_MONTH_ANAPHORA``) match in ``text``, tried only around its few
    "month"/"year" words (a scan of the whole text cost a fortieth of a report's extraction time)."""
    months = list(_MONTH_ANAPHORA.finditer(text))
    if months:
        found = [
            m for m in _find_unit_anaphora(text) if not any(a.start() < m.end() and m.start() < a.end() for a in months)
        ]
        return sorted(found + months, key=_MATCH_START)
    return _find_unit_anaphora(text)


def _find_unit_anaphora(text: str) -> list[re.Match[str]]:
    """:func:`_find_period_anaphora` for the patterns with a "month"/"year" word."""
    low = text.lower()
    if len(low) != len(text):  # lowering moved characters ("İ"): let the pattern scan it all
        return list(_PERIOD_ANAPHORA.finditer(text))
    units = []
    for word in ("month", "year"):
        pos = low.find(word)
        while pos >= 0:
            units.append(pos)
            pos = low.find(word, pos + 1)
    found: list[re.Match[str]] = []
    end = -1
    for at in sorted(units):
        if at < end:
            continue
        m = _PERIOD_ANAPHORA.search(text, max(0, at - 26), at + 15)
        if m is not None and m.start() <= at < m.end() and m.start() >= end:
            found.append(m)
            end = m.end()
    return found


def _named_month_after(base: DateValue, how: str, month: int) -> DateValue:
    """The month ``month`` of "that", "the following" or "the previous" such month, from ``base`` ("in July 1971 ...
    the following February" -> 1972-02; "in 2020 ... that June" -> 2020-06)."""
    year, at = base.first_day.year, base.first_day.month if base.precision is not Precision.YEAR else None
    if how in ("following", "next"):
        year += 1 if at is None or month <= at else 0
    elif how in ("previous", "preceding"):
        year -= 1 if at is None or month >= at else 0
    return DateValue(f"{year:04d}-{month:02d}", Precision.MONTH)


def _counted_period(m: re.Match[str], base: DateValue) -> DateValue | None:
    """The month or year a ``_PERIOD_ANAPHORA`` match counts from ``base`` ("two years later", "the following
    month"), ``None`` for a month counted from a year."""
    unit = (m.group("unit") or m.group("units")).lower().rstrip("s")
    if unit == "month" and base.precision is Precision.YEAR:
        return None  # "in 2019 ... the following month": no month to count from
    if m.group("count"):
        n = _COUNTS.get(m.group("count").lower()) or int(m.group("count"))
        n = n if m.group("dir").lower() == "later" else -n
    else:
        word = m.group().lower().split()[1]
        n = 1 if word in ("following", "next") else -1 if word in ("previous", "preceding") else 0
    first = base.first_day
    if unit == "month":
        months = first.year * 12 + first.month - 1 + n
        return DateValue(f"{months // 12:04d}-{months % 12 + 1:02d}", Precision.MONTH)
    return DateValue(f"{first.year + n:04d}", Precision.YEAR)


def _period_draft(doc: Document, i: int, m: re.Match[str], dated: list[tuple[Event, DateValue]]) -> _Draft | None:
    """The month or year a period anaphor names, from the latest date told before it, with the event it dates."""
    text = doc.text
    named = m.re is _MONTH_ANAPHORA
    if not named and m.group("count") and _HEDGE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "almost three years earlier": a span back, no date
    # the date named last before it: in its own sentence ("broke the deadlock in June ..., and ... later that
    # month"), else the one the text dated last
    before = [tm for tm in doc.buckets["times"][i] if tm.end <= m.start()]
    base = None
    if before:
        # "due to meet at the G20 summit in London on April 2 and ... later that month": the date as its event tells
        # it, ahead for a plan
        told = _nearest_trigger(doc.triggers[i], before[-1].start)
        modality = told.event.modality if told is not None and told.event is not None else _ASSERTED
        base = _date_value(before[-1].phrase, doc, modality, _weekday_cut(before[-1].phrase), before[-1])
    if base is None:
        if not dated:
            return None  # nothing named before to count from
        base = dated[-1][1]
    if named:
        told = _nearest_trigger([t for t in doc.triggers[i] if t.end <= m.start()], m.start())
        gap = text[told.end : m.start()] if told is not None else ","
        if "," in gap or ";" in gap or len(gap.split()) > 6:
            return None  # "when Kim Il Sung died that July": a month of no event told in the clause
        value = _named_month_after(base, m.group("mthe").split()[-1].lower(), MONTHS[m.group("mon").lower()])
    else:
        value = _counted_period(m, base)
        if value is None:
            return None
    triggers = doc.triggers[i]
    trig = None
    prefix = text[doc.sentences[i].start : m.start()]
    if not prefix.strip() or _COORDINATED_BEFORE.search(prefix):  # "..., and the following month A met B"
        trig = _nearest_trigger([t for t in triggers if t.start >= m.end()], m.end())  # "A year later, Xi visited"
    trig = trig or _nearest_trigger(triggers, m.start())
    if trig is None:
        return None
    return _Draft(m.start(), m.end(), _DATE, trig.event, value)


def _anaphora_offset(core: str) -> int:
    """Days from the event referred to: "the next day" 1, "two days earlier" -2, "that day" 0."""
    core = core.lower()
    if "hour" in core or "minute" in core:
        return 0  # "Hours later, ...": the same day
    words = core.split()
    days = int(words[0]) if words[0].isdigit() else _COUNTS.get(words[0], 1)
    # whole words: "that afternoon" holds "after" but counts no day
    if any(w in words for w in ("following", "next", "after", "later")):
        return days
    if any(w in words for w in ("previous", "before", "earlier")):
        return -days
    return 0


def _date_drafts(doc: Document, i: int, dated: list[tuple[Event, DateValue]]) -> list[_Draft]:
    assert doc.mentions is not None
    text, sentence, triggers = doc.text, doc.sentences[i], doc.triggers[i]
    drafts: list[_Draft] = []
    times, anaphora = doc.buckets["times"][i], doc.buckets["anaphora"][i]
    if not triggers:
        return drafts  # a date needs an event to belong to
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in doc.buckets["durations"][i]]
    # (start, kind, anaphor match or time mention, and for a time: where the window before it starts, the
    # window, its _last_word); the window is scanned by several patterns, so it is cut and split once.
    items: list[tuple[int, str, Any, int, str, str | None]] = []
    since_trips: set[int] = set()  # time mentions dating a trip told in a since-clause
    told_after: set[int] = set()  # time mentions of a telling after the event ("said on Thursday ... after talks")
    for m in anaphora:
        if times and any(
            tm.start <= m.start() and m.end() < tm.end and tm.kind != "anaphor" and not text[m.end() : tm.end].islower()
            for tm in times
        ):
            continue  # "two days after Christmas": a date the phrase resolves itself, counted from a holiday
        items.append((m.start(), "anaphora", m, 0, "", None))
        taken.append(m.span())
    periods = doc.buckets["periods"][i]
    for m in periods:
        items.append((m.start(), "period", m, 0, "", None))
        taken.append(m.span())
    for k, tm in enumerate(times):
        if (taken and any(tm.start < e and s < tm.end for s, e in taken)) or _WORD_CHAR.match(text, tm.end):
            continue  # inside a duration or anaphor, or part of a word ("Mar" of "Mar-a-Lago")
        if k + 1 < len(times) and text.startswith(" (", tm.end) and times[k + 1].start == tm.end + 2:
            continue  # "on Wednesday (October 18)": the date in brackets tells the day, once
        if _TIME_SUBJECT.match(text, tm.end) and not text[sentence.start : tm.start].strip('"“‘( '):
            continue  # "This year marks the 60th anniversary of ...", "2026 is a big year": a time as the subject
        if _HARM_BEFORE.search(text, max(sentence.start, tm.start - 90), tm.start):
            continue  # "a Russian missile strike on a children's hospital in Kyiv on Monday": the strike's day
        lo = max(sentence.start, tm.start - _ASIDE_WINDOW)  # longer than any match of these patterns
        window = text[lo : tm.start]
        last = _last_word(window)
        aside = _may_be_aside(window, last) and (
            _REPORTED.search(text, lo, tm.start)
            # "their second meeting this year" is a frame; "their first summit on Wednesday" dates the summit
            or (
                not tm.phrase.lower().startswith("on ")
                and _ON_BEFORE.search(text, lo, tm.start) is None
                and _ORDINAL_BEFORE.search(text, lo, tm.start)
                # "held their first bilateral meeting yesterday": a day dates the meeting, a period frames it
                and not _is_day(tm)
                # not "to travel to Moscow for a fourth summit next year": one more event, planned for that time
                # ("are to hold their first summit next month": the time ahead is the planned event's)
                and not (
                    _AHEAD_PHRASE.match(tm.phrase)
                    and (_NEXT_OR_LATER.match(tm.phrase) or _A_NEXT_ORDINAL.search(text, lo, tm.start))
                )
            )
        )
        if (
            aside
            and not _SINCE.search(text, lo, tm.start)
            # "Biden told Netanyahu on Thursday that ... The call, which lasted ...": the telling is the event
            and not any(
                t.type is not None and t.end <= tm.start and text[t.start : t.end] in _TOLD_EVENTS for t in triggers
            )
            and not tm.phrase.lower().startswith("since")
            # "A and B announced on Tuesday that ..., at a summit in Sharm el-Sheikh": told at the event itself
            and not (last in _TOLD_WORDS and _AT_EVENT_LATER.match(text, tm.end, sentence.end))
        ):
            if last in _TOLD_WORDS and _AFTER_EVENT_LATER.match(text, tm.end, sentence.end):
                # "A and B said on Thursday they could see a pathway to a deal after talks at Thornton Manor": what
                # they said after the talks, that day (a day told as past, whatever the words said look ahead to)
                told_after.add(id(tm))
            else:
                continue  # "the Kremlin said on Friday", "their second meeting this year"
        if "since" in window.lower() and not tm.phrase.lower().startswith("since"):
            clause = _SINCE_CLAUSE.search(text, lo, tm.start)
            if (
                clause
                # "opened the first Big Four summit since the war on Monday": a weekday after a since-phrase with no
                # verb dates the main clause's event, not what the phrase counts from
                and not (_BARE_WEEKDAY.match(tm.phrase) and _SINCE_VERB.search(text, clause.start(), tm.start) is None)
                and TRIGGER.search(text, clause.start(), tm.start) is None
                # "since Trump called Modi in April": a call the linker found between two people
                and not any(clause.start() <= t.start < tm.start for t in triggers)
                # "for the first time since 2019 on Tuesday": the since-phrase is a date that ends before this one
                and not any(o.start == clause.start() and tm.start - o.end <= 1 for o in times)
            ):
                if _SINCE_TRAVEL.search(text, clause.start(), tm.start) is None:
                    continue  # unless an event of its own is dated there ("since Putin visited Beijing in May")
                # "the first visit since John Foster Dulles came in 1955": the earlier trip, an event of its own
                since_trips.add(id(tm))
        items.append((tm.start, "time", tm, lo, window, last))
    if anaphora or periods:  # times alone are in text order already
        items.sort(key=_FIRST)
    for _, kind, item, lo, before, last in items:
        if kind == "period":
            draft = _period_draft(doc, i, item, dated)
            if draft is not None:
                drafts.append(draft)
                draft.event.date = draft.event.date or draft.value  # type: ignore[assignment]
                dated.append((draft.event, draft.value))  # type: ignore[arg-type]
            continue
        if kind == "anaphora":
            if _ANAPHOR_OBJECT.match(text, item.end()):
                # "on Wednesday, a day after Mr. Trump met B in Tokyo": the clause's own event, a day before the
                # main one; "a day after Kishida arrived": relative to something the text does not date
                draft = _clause_after_anaphor(doc, i, item, triggers)
                if draft is not None:
                    drafts.append(draft)
                continue
            if item.group("core")[-5:].lower() in ("later", "rlier") and "our" in item.group("core").lower():
                head = text[sentence.start : item.start()].rstrip()
                if head and not head.endswith((",", " and", " but", ";")):
                    continue  # "Speaking to reporters in the Oval Office hours later, Trump said": no new event
            named = _named_reference(text, item, triggers)
            if named is None and _GERUND_AFTER.match(text, item.end()):
                continue  # "a day after becoming the first Arab leader to ...": an act that is no event of the text
            if (
                named is None
                and text[item.start() - 2 : item.start()] == ", "
                and any(_APPOSED_DATE.fullmatch(text, o.end, item.start()) for o in times if o.end < item.start())
            ):
                continue  # "on Jan. 2, a day after the inauguration": an aside on the date just given
            if (
                named is None
                and text[item.start() - 2 : item.start()] == ", "
                and _anaphora_offset(item.group("core"))
                and _DAYS_FROM.match(item.group("core"))
                and any(o.end < item.start() and o.start >= sentence.start and _is_day(o) for o in times)
            ):
                # "welcomed Biden in Paris on Saturday at the start of a state visit, two days after ceremonies
                # marking D-Day": the span to something the text does not date, set off after the event's own day
                continue
            if named is not None:
                # "On the same day as the formal talks in Moscow, Kishida made a trip to Kyiv": the talks date
                # the day of the event after them
                ref_trig, trig = named
                if ref_trig.event is None or trig is None:
                    continue
                offset = _anaphora_offset(item.group("core"))
                back = ref_trig.event.date is None and trig.event.date is not None and trig.end <= item.start()
                story_day = None
                if (
                    not back
                    and ref_trig.event.date is None
                    and trig.event.date is None
                    and trig.end <= item.start()
                    and _CAME_LEAD.fullmatch(text, sentence.start, item.start())
                ):
                    # "... met Biden on Wednesday. The visit came a day after his trip to Bakhmut": the story's own
                    # day, as for "a day after he travelled" (see _clause_after_anaphor)
                    story_day = _story_day(doc, ref_trig.event)
                if story_day is not None:
                    trig, value, back = ref_trig, _shift(story_day, -offset), True
                elif back:
                    # "held talks with Zelensky on Thursday, two days after sitting down with Putin": the main
                    # event's day dates the one the anaphor names (an aside: later anaphora do not count from it)
                    trig, value = ref_trig, _shift(trig.event.date, -offset)
                elif ref_trig.event.date is not None:
                    value = _shift(ref_trig.event.date, offset)
                else:
                    continue
                drafts.append(_Draft(item.start(), item.end(), _DATE, trig.event, value))
                trig.event.date = trig.event.date or value
                if not back:
                    dated.append((trig.event, value))
                continue
            trig = _nearest_trigger(triggers, item.start())
            if trig is None:
                continue
            event = trig.event
            paren = item.group("paren")
            value = _date_value(paren, doc, event.modality, _weekday_cut(paren)) if paren else None
            if value is None:
                refs = [
                    t.event
                    for t in triggers
                    if t.event is not None and t.event is not event and t.event.date and t.end <= item.start()
                ]  # a trigger "on the sidelines of" has no event
                others = [e for e, _ in reversed(dated) if e is not event]
                # "that evening" refers to a day: a month- or year-precision event ("visited Ottawa in March", "their
                # first meeting since 2018") cannot anchor it
                others = [e for e in others if e.date and e.date.precision is _DAY]
                if doc.flashbacks:  # "A day earlier, X had met Y. That evening, ...": the story's own day
                    others = [e for e in others if id(e) not in doc.flashbacks] or others
                offset = _anaphora_offset(item.group("core"))
                if not offset:
                    # "Trump and Xi last spoke on Jan. 17 ... Later the same day, Trump hosted Merz": an earlier
                    # contact told in passing is no anchor for "the same day" while the report's own events are
                    others = [e for e in others if not e.background] or others
                if event.modality is _PLANNED:
                    # a planned event's "the following day" cannot lie before the report: "Guterres is due to visit
                    # Odesa the following day" counts from Thursday's meeting, not from a talk of August 5
                    ahead = [e for e in others if _shift(e.date, offset).first_day >= doc.anchor]
                    others = ahead or others
                # "had spoken with X earlier the same day": the day of an event of the same modality.
                same = [e for e in others if e.modality is event.modality]
                ref = refs[-1] if refs else next(iter(same or others), None)
                own = (
                    next((v for e, v in reversed(dated) if e is event and v.precision is _DAY), None)
                    if not refs and not offset and "same" in item.group("core").lower()
                    else None
                )
                if own is not None:
                    # "Macron travels to Kyiv on Tuesday ... Later the same day, Macron is due in Berlin": the day
                    # last named for the trip the anaphor's clause continues
                    ref = Event(-1, event.type, event.modality, [], date=own)
                # ("After flying to Ethiopia on Sunday, Obama held talks the next day": Sunday, not the trip's first
                # day, even with a dated event before the anaphor)
                here = _drafted_day_before(drafts, times, item.start()) or _day_in_sentence(
                    doc, i, item.start(), refs[-1].modality if refs else event.modality
                )
                if here is not None:
                    # "On Wednesday, the two leaders are due to launch a submarine, and Macron will hold talks with
                    # Lula the following day": a day the sentence named before the anaphor, event or not
                    ref = Event(-1, event.type, event.modality, [], date=here)
                elif (
                    not refs
                    and (
                        item.group("core")[:5].lower() == "that "
                        # not "two days after it opens": the event "it" stands for, found below
                        or (offset > 0 and not text.startswith(" it ", item.end()))
                    )
                    and dated
                ):
                    # "... on Saturday. That evening he was guest of honour", "On July 8, Abiy visited Asmara ... They
                    # signed a declaration the following day": the day the text named last, whichever event it dated
                    # (for a planned event, one it can follow: "Guterres is due to visit Odesa the following day")
                    recent = next(
                        (
                            v
                            for e, v in reversed(dated)
                            if v.precision is _DAY
                            and id(e) not in doc.flashbacks
                            and (event.modality is not _PLANNED or _shift(v, offset).first_day >= doc.anchor)
                        ),
                        None,
                    )
                    if recent is not None:
                        ref = Event(-1, event.type, event.modality, [], date=recent)
                if (ref is None or ref.date is None) and offset and event.date is not None:
                    # "The next day, Kishida held talks with ...": a later event the linker took for the dated one,
                    # counted from the day last told for it ("ended on Wednesday ... opened on the 19th ... Talks
                    # resumed the following day": the 20th)
                    last = next((v for e, v in reversed(dated) if e is event and v.precision is _DAY), None)
                    ref = Event(-1, event.type, event.modality, [], date=last) if last is not None else event
                    event = Event(-1, event.type, event.modality, [], implicit=True)
                    doc.events.append(event)
                base = ref.date if ref is not None and ref.date is not None else _day_before(doc, item.start())
                if base is None:
                    continue
                value = _shift(base, offset)
                if offset < 0 and _PLUPERFECT_AFTER.match(text, item.end(), sentence.end):
                    doc.flashbacks.add(id(event))  # "A day earlier, Yeltsin had spoken by telephone with Kohl"
            drafts.append(_Draft(item.start(), item.end(), _DATE, event, value))
            event.date = event.date or value
            dated.append((event, value))
            continue
        tm: temporal.TimeMention = item
        if (
            text.startswith(", when ", tm.end)
            and (
                (_may_end_with(last, _SKIP_WORDS) and _SKIP_BEFORE.search(before))
                # "froze contact until February 9, 2017, when A and B spoke by phone": the word inside the phrase
                or tm.phrase.lower().startswith(("until ", "till ", "by ", "through "))
            )
            and (draft := _when_clause_draft(doc, i, tm, triggers)) is not None
        ):
            # "echoes of November 1985, when Ronald Reagan and Mikhail Gorbachev met in Geneva": a date skipped after
            # "of" is that meeting's
            drafts.append(draft)
            draft.event.date = draft.event.date or draft.value  # type: ignore[assignment]
            dated.append((draft.event, draft.value))  # type: ignore[arg-type]
            continue
        lead = _PREP_LEAD.match(tm.phrase)
        lead_word = lead.group().lower() if lead else ""
        start, since = tm.start, lead_word == "since"
        deadline = lead_word in ("before", "by")
        if lead_word:
            # "before the end of the year", "by the end of February": a deadline that dates the event it bounds
            if (
                lead_word not in _PREP_WORDS
                and not (lead_word in ("before", "by") and " end of " in tm.phrase)
                # "gather in Washington from Tuesday for a three-day summit": the day it starts
                and not (lead_word == "from" and _FROM_DAY.match(tm.phrase))
                # "is due to stay in the North until Thursday": the visit's last day
                and not (lead_word in ("until", "till") and _STAY_BEFORE.search(text, max(lo, tm.start - 60), tm.start))
                # "The summit opens on Wednesday and runs until Thursday": the gathering's last day
                and not (lead_word in ("until", "till") and _RUNS_BEFORE.search(text, max(lo, tm.start - 20), tm.start))
            ):
                continue
        else:
            if (
                _may_end_with(last, _SKIP_WORDS)
                and _SKIP_BEFORE.search(before)
                # "issued after Monday's formal talks": the possessive dates the talks it names
                and not (
                    text.startswith(("'s ", "’s "), tm.end)
                    and _names_event(text, tm.end + 2)
                    and not _NOT_EVENT_NOUN.match(text, tm.end + 2)  # "after Saturday's election, flew to"
                )
                # "the Vienna summit of June 1961": the date of the event noun right before "of"
                and not (last == "of" and any(t.end == tm.start - 4 and t.event for t in triggers))
            ):
                continue
            if _may_end_with(last, _PREP_WORDS) and (pm := _PREP_BEFORE.search(before)):
                start = lo + pm.start()
            since = _may_end_with(last, ("since",)) and _SINCE.search(before) is not None
        if "born" in before and _BORN_BEFORE.search(before):
            continue  # "the house where he was born in 1943": a birth, no event of the text
        if (" to " in before and _TERM_STARTS_BEFORE.search(before)) or (
            tm.phrase[:5].lower() == "from " and _TERM_FROM_BEFORE.search(before)
        ):
            # "agreed on a ceasefire to begin on February 15", "a ceasefire in eastern Ukraine from Feb. 15": when an
            # arrangement starts, no event's day
            continue
        trig = _nearest_trigger(triggers, tm.start)
        if trig is None:
            continue
        if (
            trig.start >= tm.end
            and anaphora
            and any(
                tm.end <= a.start() and a.end() <= trig.start and _ANAPHOR_OBJECT.match(text, a.end()) for a in anaphora
            )
        ):
            # "Stoltenberg told Congress on Wednesday ..., a day after Stoltenberg met Trump": the day of the telling,
            # from which the anaphor dates the meeting
            continue
        if (
            trig.start >= tm.end
            and anaphora
            and _THEN_AFTER.match(text, tm.end, trig.start)
            and any(trig.end <= a.start() <= trig.end + 40 for a in anaphora)
        ):
            # "announced their plan on Dec. 17, 2014, after a 45-minute phone call the previous day": the day of
            # the announcing, from which the anaphor dates the call
            continue
        if (
            trig.start >= tm.end
            and (_SPEECH_THEN_THAT.match(text, tm.end, trig.start) or _THEN_AFTER.match(text, tm.end, trig.start))
            and _SPEECH_VERB.search(before)
            # not "announced on Tuesday that ..., at a summit in Sharm el-Sheikh": told at the event itself
            and not _AT_EVENT_BEFORE.search(text, max(tm.end, trig.start - 24), trig.start)
        ):
            # "Trump told reporters on Sunday that the call with Xi had been good", "the two sides said in a joint
            # statement on Monday, after Bessent held two days of talks": the telling's date
            continue
        if trig.accord and text.endswith((" said ", " says "), 0, tm.start):
            continue  # "The United States and China agreed to ..., officials said on Monday": the telling's day
        if trig.end <= tm.start and "who" in text[sentence.start : trig.start] and _closed_who(doc, i, trig, tm.start):
            # "Macron, who spoke to Putin on January 28, is due in Kyiv on Tuesday to meet ...": the main clause's
            trig = _nearest_trigger([t for t in triggers if t.start >= tm.end], tm.end)
            if trig is None:
                continue
        if trig.start >= tm.end and _NEW_CLAUSE_AFTER.search(text, tm.end, trig.start):
            continue  # "... marked the anniversary in 2022, and Khurelsukh is expected to make a state visit"
        if (
            trig.end <= tm.start
            and " said " in text[trig.end : tm.start]
            and _SAID_CLAUSE.search(text, trig.end, tm.start)
        ):
            continue  # "held talks on Wednesday and said Britain would not begin divorce proceedings this year"
        if "," in before and _participle_aside(text, tm.start, tm.end, doc.buckets["people"][i]):
            continue  # "Mandela, freed in 1990 after 27 years in prison, called the visit ...": the aside's date
        if (
            trig.start > tm.end
            and (opening := _OPENING_PARTICIPLE.match(text, sentence.start, tm.start)) is not None
            and TRIGGER.match(text, opening.start("word")) is None  # not "Welcomed at the airport on Monday by B,"
            and "," in text[tm.end : trig.start]
            and not any(t.start < tm.start for t in triggers)
        ):
            continue  # "Freed in February 1990 after 27 years, Mandela joined de Klerk ...": the participle's date
        who = _WHO_CLAUSE.search(text, lo, tm.start) if "who" in before or "where" in before else None
        if (
            who
            # (up to the time's end: "who flew in on Tuesday", a trigger whose look-ahead reads " on")
            and ((wt := TRIGGER.search(text, who.start(), tm.end)) is None or wt.start() >= tm.start)
            # "arrived from Kuala Lumpur, where on Sunday he held talks with B": the where-clause's own event
            and not (text.startswith(" he ", tm.end) or text.startswith(" she ", tm.end))
        ):
            continue  # "Kishida, who arrived in Washington on Tuesday, met Biden ...": not the event's date
        sub = _subordinate_clause(text, lo, tm.start) if trig.end <= tm.start else None
        if (
            sub is not None
            and TRIGGER.search(text, sub, tm.start) is None
            and TRIGGER.match(text, tm.end + 1) is None  # "after B released a transcript of a July 25 phone call"
        ):
            continue  # "held talks ..., after the pipeline was damaged in October": that clause's date
        rel = _RELATIVE.search(text, trig.end, tm.start) if trig.end <= tm.start else None
        if (
            rel
            and not _tells_event(text, rel.end(), tm.start, doc.buckets["people"][i])
            and not _EVENT_START_AFTER.match(text, rel.end())  # "which opens in Johannesburg on Wednesday"
            and (
                _head_noun(doc, trig.end, rel.start())
                or _COMMA_PARTICIPLE.search(text, rel.end(), tm.start)
                or _PASSIVE_RELATIVE.match(text, rel.end())
            )
        ):
            # "the grain deal, which expires on July 17", "a rail line that opened last year", "a call that paved
            # the way for ... relations, severed in 1961": the relative clause's own date
            continue
        if (
            trig.end <= tm.start
            and _COORDINATED_BEFORE.search(text, max(trig.end, tm.start - 12), start)
            and (later := _nearest_trigger([t for t in triggers if t.start >= tm.end], tm.end)) is not None
            and "," not in text[tm.end : later.start]
        ):
            trig = later  # "met B at the Convention Center, and on Wednesday spoke with C": the day of the next verb
        possessive = tm.phrase.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), tm.end)
        if possessive:
            if not _names_event(text, tm.end + (0 if tm.phrase[-1] == "s" else 2)):
                continue  # "Tuesday's talks" dates the talks; "today's era", "last year's election" date no event
            # "host of the bloc's 43rd summit, ... will host next year's meetings in Vientiane": the event the
            # possessive names, right after it
            named = next((t for t in triggers if tm.end <= t.start <= tm.end + 40 and t.event is not None), None)
            if named is not None:
                trig = named
        event = trig.event
        if since and _STATE_SINCE.search(before):
            continue  # "a UN air embargo in force since 1992": when a state began, no earlier event
        if since:
            event = Event(-1, event.type, _ASSERTED, list(event.participants), implicit=True)
            doc.events.append(event)
        elif since_trips and id(tm) in since_trips:
            event = Event(-1, EventType.VISIT, _ASSERTED, [], implicit=True)
            doc.events.append(event)
        if _NOT_EVENT_NOUN.match(text, tm.end) or (
            # "elections on Jan. 16", "a military standoff last year", "the US midterm elections in November"
            # (not "their Oval Office clash in February": a clash of two leaders is their meeting)
            (lead_word in ("on", "") or (lead_word == "in" and not _may_end_with(last, ("clash", "clashes"))))
            and _may_end_with(last, _NOT_EVENT_ENDS)
            and (before.rstrip().rsplit(None, 1) or [""])[-1][:1].islower()  # not "the Palace of Independence on"
            and _NOT_EVENT_BEFORE.search(before)
            # "opened the first Big Four summit since the war on Monday": no weekday dates a war
            and not (_BARE_WEEKDAY.match(tm.phrase) and _SINCE_ERA_BEFORE.search(before))
        ):
            continue  # "the Dec. 7 election", "elections on Jan. 16": the date names something else
        if _may_end_with(last, _OFFICE_WORDS) and _OFFICE_BEFORE.search(before):
            continue  # "a former army captain who took office on Jan. 1": the date of an office, not of a meeting
        act = _ACT_PARTICIPLE.search(before) if not _ACT_WORDS.isdisjoint(before[-80:].split()[-8:]) else None
        while act is not None and (closer := _ACT_PARTICIPLE.search(before, act.start() + 1)) is not None:
            act = closer  # "agreed on Friday to restore relations severed seven years ago": the act nearest the date
        if (
            act
            and trig.end <= lo + act.start()
            and TRIGGER.search(text, lo + act.end(), tm.start) is None
            # "After talks in Minsk, A and B agreed on Thursday ...": the event's own people acting close it
            and not any(p.trigger is trig and not text[p.end : lo + act.start()].strip() for p in doc.participations[i])
            # "released a transcript of a July 25 phone call": the date of the event noun right after it
            and not any(0 < t.start - tm.end <= 1 for t in triggers)
        ):
            continue  # "an arrest warrant issued against Putin in March": the date of that act, not the event's
        ahead = False
        if event.modality is _ASSERTED and _FUTURE_ONLY.search(tm.phrase):
            if not (
                event.date is None
                and not trig.past
                and not tm.phrase.lower().startswith("in ")  # "the first visit in five years": a span
                and text[trig.start : trig.end].lower() in _PLAN_NOUNS
                and trig.start < tm.start
                and not _PAST_VERB_GAP.search(text, trig.end, tm.start)
            ):
                continue  # "... races to start exports next year": no date of a meeting that took place
            ahead = True  # "a meeting between A and B next Wednesday": an event noun the date puts ahead
        if tm.phrase.endswith(" ago") and _HEDGE_BEFORE.search(text, max(0, tm.start - 16), tm.start):
            continue  # "more than two years ago": a span back, no date
        cut = _weekday_cut(tm.phrase)
        modality = _ASSERTED if id(tm) in told_after else _PLANNED if ahead else event.modality
        if modality is _ASSERTED and trig.end <= tm.start and _LOCAL_PLAN.search(text, trig.end, tm.start):
            modality = _PLANNED  # "talks broke down in 2000 and are now due to resume in October": ahead
        elif (
            modality is _ASSERTED
            and trig.end <= tm.start
            and (due := _DUE_BETWEEN.search(text, trig.end, tm.start)) is not None
            and not _CLAUSE_STOP.search(text, due.end(), tm.start)
        ):
            # "During the four-day visit the pope is due to address politicians at Westminster Hall on 17 September":
            # a plan told after the event's noun, in the clause of the date
            modality = _PLANNED
        elif (
            modality is _PLANNED
            and trig.start >= tm.end
            and _TO_HOLD_AFTER.match(text, tm.end, trig.start)
            and (
                text.startswith(" to ", tm.end)
                or _AGREED_BEFORE.search(text, max(sentence.start, tm.start - 12), tm.start)
            )
        ):
            modality = _ASSERTED  # "agreed on Thursday to hold a summit in Budapest": the day of the agreeing
        elif (
            modality is _ASSERTED
            and tm.start < trig.start
            and (fronted := _FRONTED_DAY.match(text, sentence.start)) is not None
            and fronted.end() == (day_end := tm.end if cut is None else tm.start + cut)
            and text.startswith(", the ", day_end)  # an aside after the day names the event it is part of
            and any(t.modality is _PLANNED and t.start > tm.end for t in triggers)
        ):
            # "On Friday, the second day of his two-day visit, Yoon is due to meet ...": a day fronted before a
            # planned clause lies ahead, whatever event the aside names
            modality = _PLANNED
        elif modality is _PLANNED and _OPENED_BEFORE.search(text, max(0, tm.start - 24), tm.start):
            modality = _ASSERTED  # "is hosting the three-day summit, which opened on Tuesday": that day is past
        elif modality is _ASSERTED and (
            _OPENS_BEFORE.search(text, max(0, tm.start - 50), tm.start)
            or (
                # the participle right before the date first (a cheap test), then the event noun before it
                _OPENING_BEFORE.search(text, max(sentence.start, tm.start - 16), tm.start) is not None
                and (opening := _EVENT_OPENING.search(text, max(sentence.start, tm.start - 90), tm.start)) is not None
                # ("Pillai and Chaudhry held talks in New Delhi beginning on Monday": talks told as held began then)
                and _HELD_BEFORE_EVENT.search(text, max(sentence.start, opening.start() - 30), opening.start()) is None
            )
        ):
            modality = _PLANNED  # "the BRICS summit, which opens in Johannesburg on Wednesday": a day ahead
        elif (
            modality is _ASSERTED
            and (_BARE_WEEKDAY.match(tm.phrase) or _MONTH_DAY.fullmatch(tm.phrase) or _MONTH_ALONE.fullmatch(tm.phrase))
            and _PRESENT_SCHEDULE.search(text, max(sentence.start, tm.start - 90), tm.start)
        ):
            # "Francis becomes the first pope to address Congress on Thursday", "where he speaks at the United
            # Nations on Friday": a present-tense programme in a news report lies ahead
            modality = _PLANNED
        if (
            lead_word in ("until", "till")
            and modality is _ASSERTED
            and (stay := _STAY_BEFORE.search(text, max(lo, tm.start - 60), tm.start)) is not None
            and not stay.group().startswith("stayed")
        ):
            modality = _PLANNED  # "is scheduled to stay on for an official visit until Saturday": a day ahead
        if (
            lead_word in ("until", "till")
            and modality is _ASSERTED
            and (runs := _RUNS_BEFORE.search(text, max(lo, tm.start - 20), tm.start)) is not None
            and runs.group().startswith(("runs", "run ", "continues", "lasts", "running", "continuing"))
        ):
            modality = _PLANNED  # "The conference, which opened on Tuesday, runs until Thursday": its last day ahead
        if deadline and modality is not _PLANNED:
            continue  # "pushing to conclude a deal by the end of the year": a target of what took place, no date of it
        value = _date_value(tm.phrase, doc, modality, cut, tm)
        if value is None:
            continue
        if (
            "been" in before or (value.precision is _DAY and ("scheduled" in before or "slated" in before))
        ) and _HAD_BEEN_DUE.search(before):
            # "The summit had been due to take place in Sydney on May 24": a plan called off, its day the one
            # nearest the report, whichever side of it
            other = _date_value(tm.phrase, doc, _ASSERTED if modality is _PLANNED else _PLANNED, cut, tm)
            if other is not None and abs(other.first_day - doc.anchor) < abs(value.first_day - doc.anchor):
                value = other
        if (
            modality is _ASSERTED
            and value.precision is _DAY
            and dated
            and _MONTH_DAY.fullmatch(tm.phrase)
            and all(told.first_day.year < doc.anchor.year - 1 for _, told in dated)
            and (told := _resolve(tm.phrase, dated[-1][1].first_day + _HALF_YEAR, _PAST)) is not None
            # a day told last, or the month of this day ("in October 1986, ... on 13 October"); not "in 2011"
            and (dated[-1][1].precision is _DAY or dated[-1][1].first_day == told.day.replace(day=1))
        ):
            # "Fifty years ago today, Johnson and Kosygin met ... and met again on June 25": a day with no year in
            # a report that has told only years past is in the year being told, near the date told last
            value = DateValue.of(told.day, _DAY)
        if (
            value.precision is _DAY
            and _MONTH_DAY.fullmatch(tm.phrase)
            and (year := _year_told_near(text, sentence.start, tm.start, value.first_day)) is not None
        ):
            # "talks in Geneva on January 10, 2022, and a meeting in Vienna on January 13": a day with no year
            # after a full date of the same season in its sentence is in that date's year
            value = DateValue.of(value.first_day.replace(year=year), _DAY)
        if (
            modality is _ASSERTED
            and value.precision is _DAY
            and dated
            and dated[-1][1].precision is _DAY
            and value.first_day < dated[-1][1].first_day
            and _BARE_WEEKDAY.match(tm.phrase)
            and _FOR_EVENT_BEFORE.search(text, max(sentence.start, tm.start - 60), tm.start)
            and (ahead := _resolve(tm.phrase, dated[-1][1].first_day, _FUTURE)) is not None
        ):
            # "then flew to Brussels later the same day for a NATO summit on Thursday": what a trip is for comes
            # after it, not before the day just told
            value = DateValue.of(ahead.day, _DAY)
        end = tm.end if cut is None else tm.start + cut
        if value.precision in (_MONTH, _DAY) and (that_year := _THAT_YEAR.match(text, end)):
            # "first met in January 1994 ... and held talks in Damascus in October of that year", "On Feb. 7 that
            # year": the year named last, in a date or not ("after the 2024 election ... on November 14 that year")
            year = _last_year_before(text, tm.start)
            if year is None and dated:
                year = dated[-1][1].value[:4]
            if year is not None:
                value = DateValue(f"{year}{value.value[4:]}", value.precision)
                end = that_year.end()
        if (
            drafts
            and (d := drafts[-1]).event is event
            and d.value == value
            and _APPOSED_DATE.fullmatch(text, d.end, start)
        ):
            drafts[-1] = _Draft(d.start, end, _DATE, event, value)  # "two days later, on Friday": one claim
            continue
        drafts.append(_Draft(start, end, _DATE, event, value))
        event.date = event.date or value
        dated.append((event, value))
    return drafts


# a plan between an event and a date after it, close to the date: the date lies ahead
_HAD_BEEN_DUE = re.compile(
    r"\bhad\s+been\s+(?:due|expected|scheduled|supposed|set|planned)\s+(?:to|for)\b"
    # "the summit, which was scheduled for June 12": a plan told in the past, its day either side of the report
    # (a day only: "was originally scheduled for late March" is a month that passed)
    r"|\b(?:was|were)\s+(?:originally\s+|initially\s+)?(?:scheduled|slated)\s+(?:for\s+)?$"
)
_DUE_BETWEEN = re.compile(SENTENCE_PLAN.pattern + r"\s+[a-z]+\b")  # "is due to address", "will address"
_CLAUSE_STOP = re.compile(r"[,;:.]|\b(?:after|before|when|since|while|which|who)\b")
_LOCAL_PLAN = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+)?(?:(?:due|expected|scheduled|set)\s+)?to|will)\s+(?:[\w-]+\s+){1,3}(?:in|on)?\s*$"
    # "his summit with Kim would go ahead in Singapore on June 12": a plan told in reported speech
    # ("Officials said the visit would end on February 5": its end told in reported speech)
    r"|\b(?:would|could)\s+(?:still\s+)?(?:go\s+ahead|take\s+place|be\s+held|end|begin|start|open|close|conclude"
    r"|resume)(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:on\s+)?$"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:set|scheduled|planned|slated)\s*$"  # "A second round of talks is set for Tuesday"
    # "talks with a Ukrainian delegation set for Tuesday"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!first\s)(?<!originally\s)(?<!initially\s)\b(?:set|scheduled|slated)\s+(?:for\s+)?$"
)
# a past verb of an event's start or end right before its date ("which opened on Tuesday", "began on Friday")
_HEDGE_BEFORE = re.compile(r"\b(?:more\s+than|over|nearly|almost|about|some|roughly|around|less\s+than)\s+$", re.I)
_FOR_EVENT_BEFORE = re.compile(
    r"\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:summit|meeting|talks|conference|visit|gathering)\s+$", re.I
)
_PRESENT_SCHEDULE = re.compile(
    r"(?:(?:\b(?:he|she|they)|\b(?!(?:The|This|That|It|There|What|Who|A|An)\b)[A-Z][a-z]+)\s+(?:also\s+|then\s+)?"
    r"(?:becomes|speaks|addresses|holds|attends|opens|chairs|convenes"  # "Mr. Macron opens the G7 summit"
    r"|returns|arrives|travels|flies|heads(?!\s+of\b)|leaves|meets|hosts|visits|tours"  # not "heads of state"
    r"|begins|starts|pays|makes)"  # "Macron begins a three-day state visit to the United Kingdom on July 8"
    # "Both leaders fly on Saturday to Port Moresby", "NATO leaders open a two-day summit on Tuesday": a plural
    # subject's present-tense programme
    # ("The royal couple, who arrived on Monday, fly to Chengdu on Thursday": a set-off clause between)
    r"|\b(?:leaders|ministers|presidents|the\s+two|both|couple|pair)(?:,\s+who\s+[^,;:()]{3,60},)?\s+(?:also\s+|then\s+)?"
    r"(?:fly|travel|head|leave|return|meet|hold|open|attend|gather|convene|visit|tour)"
    # "a summit of South American leaders that Lula is hosting on Tuesday": a programme in the progressive
    r"|\b(?:is|are)\s+(?:hosting|holding|attending|visiting|travell?ing|flying|heading)"
    # "The summit wraps up on Saturday", "The two-day gathering closes on Saturday": the event's own programme
    # ("The summit, which opened on Tuesday, ends on Sunday"; "The visit moves to Tokyo on Friday" is told after
    # a day of it, in a past-tense report, as dated tests pin)
    r"|\b(?:summit|gathering|talks|negotiations|visit|trip|tour|conference|forum|session)"
    # "The talks continue on Wednesday": a plural subject's verb too; "The state visit, the first of Japan's new
    # Reiwa era, ends on Tuesday": an aside on the event
    r"(?:,\s+(?:which|the|his|her|its|their|attended|hosted|chaired)\s+[^,;:.]{1,60},)?"
    r"\s+(?:wraps?\s+up|closes|ends|concludes|opens|begins|starts|resumes?|continues?)"
    # "The three-day gathering opened on Friday and closes on Sunday"
    r"|\b(?:summit|gathering|talks|visit|trip|tour|conference|forum|session|meeting)\s+[^,;:.!?]{0,40}?\s+and\s+"
    r"(?:wraps\s+up|closes|ends|concludes|continues))"
    r"\b[^,;:.!?\"“”]*$"
)
# a day of a month with no year: "on Aug. 24", "Aug 24", "24 August"
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{MONTH_ABBRS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_ABBRS})[a-z]*,?)"
    r"\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)


def _year_told_near(text: str, start: int, end: int, day: date) -> int | None:
    """The year of the last full date in ``text[start:end]`` when it lies within two months of ``day`` moved into
    that year, and is not ``day``'s own year: the year a day with no year told after it belongs to."""
    dates = list(_FULL_DATE.finditer(text, start, end))
    if not dates:
        return None
    told = dates[-1]
    year = int(told["year"])
    if year == day.year or not 1 <= year <= 9999:
        return None
    month = MONTHS[(told["m1"] or told["m2"]).lower()]
    try:
        gap = (day.replace(year=year) - date(year, month, 1)).days
    except ValueError:  # February 29 in a year without one
        return None
    return year if -62 <= gap <= 62 else None


_MONTH_DAY = re.compile(
    rf"(?:on\s+)?(?:(?:{MONTH_ABBRS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}\s+(?:{MONTH_ABBRS})[a-z]*)",
    re.IGNORECASE,
)
_OPENS_BEFORE = re.compile(
    # "a G7 summit in Shima, opening on Thursday", "the summit sessions, which open on Sunday"
    r"(?:\b(?:which|that)\s+(?:opens|begins|starts|open|begin|start)|,\s+opening)"
    r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s+(?:on\s+)?$"
)
# an event named with its start as a participle: "a two-day summit of the BRICS economies opening on Tuesday", "two
# days of talks beginning on Thursday" (not "the summit's opening on Tuesday", nor ", starting on Monday" after a
# clause told in the past)
_OPENING_BEFORE = re.compile(r"\s(?:opening|beginning|starting|ending|concluding)\s+(?:on\s+)?$")
_EVENT_OPENING = re.compile(
    r"\b(?:summit|talks|visit|conference|meeting|gathering|forum|session|tour)\b[^,;:.!?'’]{0,60}?"
    r"\s(?:opening|beginning|starting|ending|concluding)\s+(?:on\s+)?$"
)
_HELD_BEFORE_EVENT = re.compile(r"\b(?:held|had|began|opened|launched|started)\s+(?:[\w-]+\s+){0,3}$")
# an event's present-tense start in a relative clause: "which opens in Johannesburg on Wednesday"
_EVENT_START_AFTER = re.compile(r"\s+(?:opens|begins|starts|takes\s+place|open|begin|start|take\s+place)\b")
_OPENED_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?:opened|began|started|arrived|landed|ended|concluded|closed)\s+(?:on\s+)?$"
)
_FRONTED_DAY = re.compile(r"\s*On\s+[A-Z][a-z]+day\b")  # "On Friday" opening a sentence
# a coordinated clause opening right before a fronted date: "..., and on Wednesday spoke with B"
_COORDINATED_BEFORE = re.compile(r",\s*(?:and|but|then|and\s+then)\s+$")
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")


def _last_year_before(text: str, pos: int) -> str | None:
    """The last year number written in the 400 characters before ``pos`` ("1989" of "on 5 July 1989"), if any."""
    years = _YEAR_WRITTEN.findall(text, max(0, pos - 400), pos)
    return years[-1] if years else None


_TO_HOLD_AFTER = re.compile(
    rf"\s+to\s+{HOLD_VERBS}\b"
    # "A and B agreed on Tuesday that their foreign secretaries would meet": a plan told on a day already past
    r"|\s+that\s+[^.;:]{0,80}?\b(?:would|will|should|are\s+to|were\s+to)\s+(?:[a-z]+\s+){0,2}$"
)
_AGREED_BEFORE = re.compile(r"\b(?:agreed|decided|announced|said|confirmed)\s+$")  # the verb a "that"-plan is told by
_APPOSED_DATE = re.compile(r"\s*,\s*")  # between a date and the same date restated after a comma
_DAYS_FROM = re.compile(r"(?:a|one|two|three|four|five|six|\d+)\s+days?\s+(?:after|before)$", re.IGNORECASE)

_DAY_WORDS = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|\d{1,2}(?:st|nd|rd|th)?(?:\s|,|$))", re.IGNORECASE
)


def _is_day(tm: temporal.TimeMention) -> bool:
    """Whether ``tm`` names a day of its own ("on Saturday", "June 4"), not a month, a year or a span."""
    return _DAY_WORDS.search(tm.phrase) is not None


def _names_event(text: str, pos: int) -> bool:
    """Whether an event noun follows a possessive date ending at ``pos`` within two words ("Tuesday's talks",
    "last week's three-hour talks")."""
    words = text[pos : pos + 60].split(None, 3)[:3]
    at = pos
    for word in words:  # the noun may be the first, second or third word ("next year's G7 meeting")
        at = text.index(word, at)
        if TRIGGER.match(text, at) is not None:
            return True
        at += len(word)
    return False


def _closed_who(doc: Document, i: int, trig: Trigger, pos: int) -> bool:
    """Whether ``trig`` lies in a "who" clause set off by commas that closes before ``pos``: "A, who met B
    on Monday, is due in C ..." (dates, people and durations in between are blanked first)."""
    text = doc.text
    who = _WHO_OPEN.search(text, doc.sentences[i].start, trig.start)
    return who is not None and "," in _strip_known(doc, trig.end, pos, i)


def _named_reference(
    text: str, anaphor: re.Match[str], triggers: list[Trigger]
) -> tuple[Trigger, Trigger | None] | None:
    """For "the same day as the formal talks" or "the day after their summit": the trigger the anaphor names
    as its reference and the trigger of the event the anaphor dates, else ``None`` when it names no event."""
    m = _REFERENCE_AFTER.match(text, anaphor.end())
    core = anaphor.group("core").lower()
    if m is None or (m.group("as") is None) == core.endswith("same day"):
        return None
    if m.group("as") is None and not core.endswith(("after", "before")):
        return None  # "That evening the French leader flew to Berlin": the anaphor's subject, no reference
    lo = m.start("det") if m.group("det") else m.end() - 1
    ref = next((t for t in triggers if lo < t.start <= m.end() and t.event is not None), None)
    if ref is None:
        return None
    others = [t for t in triggers if t.event is not None and t.event is not ref.event and not t.sideline]
    # the event after the reference ("On the same day as the talks, Kishida made a trip"), else the one before
    # the anaphor ("Biden spoke with Kishida on the same day as the summit")
    later = next((t for t in others if t.start > ref.end), None)
    before = [t for t in others if t.end <= anaphor.start()]
    return ref, later or (before[-1] if before else None)


def _drafted_day_before(drafts: list[_Draft], times: list[temporal.TimeMention], pos: int) -> DateValue | None:
    """The day already claimed for the sentence's last time phrase before ``pos`` ("for a state visit on April 10,
    and the following day": April 10 as the claim reads it, ahead), else ``None``."""
    tm = next((tm for tm in reversed(times) if tm.end <= pos), None)
    if tm is None:
        return None
    value = next((d.value for d in drafts if d.attribute is _DATE and d.start <= tm.start < d.end), None)
    return value if isinstance(value, DateValue) and value.precision is _DAY else None


def _day_in_sentence(doc: Document, i: int, pos: int, modality: Modality) -> DateValue | None:
    """The day the last temporal phrase of sentence ``i`` before ``pos`` names, if it names a day."""
    tm = next((tm for tm in reversed(doc.buckets["times"][i]) if tm.end <= pos), None)
    if tm is None or _NOT_EVENT_NOUN.match(doc.text, tm.end):
        return None  # "Iraq's August 2 invasion of Kuwait": a day no event of the report's
    return _named_day(doc, tm, modality)


def _named_day(doc: Document, tm: temporal.TimeMention, modality: Modality) -> DateValue | None:
    """The day ``tm`` names for an event of ``modality``; ``None`` when it names a month, a year or nothing."""
    value = _date_value(tm.phrase, doc, modality, _weekday_cut(tm.phrase), tm)
    return value if value is not None and value.precision is _DAY else None


def _day_before(doc: Document, pos: int) -> DateValue | None:
    """The day the text last named before ``pos`` in an earlier sentence, for "earlier the same day" when no
    dated event precedes it ("Zelensky addressed the European Council by video link on Thursday. Earlier the
    same day, ...": a speech is no event, but it dates the day)."""
    assert doc.mentions is not None
    start = next((s.start for s in doc.sentences if s.start <= pos < s.end), pos)
    filed = doc.sentences[0].end if doc.sentences and doc.sentences[0].headline else 0  # a dateline's date
    tm = next((tm for tm in reversed(doc.mentions.times) if filed <= tm.start and tm.end <= start), None)
    return _named_day(doc, tm, _ASSERTED) if tm is not None else None


def _subordinate_clause(text: str, lo: int, pos: int) -> int | None:
    """Where a subordinate clause with a subject of its own that runs up to ``pos`` starts, else ``None``:
    ", after the pipeline was damaged", "before he takes office"."""
    sub = _SUBORDINATE_CLAUSE.search(text, lo, pos)
    if sub is not None:
        return sub.start()
    w = text[lo:pos]
    if not (
        "after " in w
        or "before " in w
        or "until " in w
        or "once " in w
        or "because " in w
        or "although " in w
        or "while " in w
    ):
        return None  # the pronoun clause needs one of _SUBORDINATOR_BEFORE's words: skip the costlier search
    pronoun = _PRONOUN_CLAUSE.search(text, lo, pos)
    if pronoun is not None and _SUBORDINATOR_BEFORE.search(text, lo, pronoun.start()):
        return pronoun.start()
    # "had delayed the trip after falling ill with pneumonia in March": a gerund clause's own date
    gerund = _GERUND_CLAUSE.search(text, lo, pos)
    return gerund.start() if gerund is not None else None


_TOLD_EVENTS = frozenset(TOLD_EVENT_VERBS)
_TERM_STARTS_BEFORE = re.compile(
    r"\b(?:ceasefire|truce|deal|agreement|accord|pause|moratorium|tariffs?|sanctions)\s+(?:[\w'’-]+\s+){0,4}?"
    r"to\s+(?:begin|start|take\s+effect|come\s+into\s+force|expire|end|run\s+out)\s+$"
)
_TERM_FROM_BEFORE = re.compile(r"\b(?:ceasefire|truce|pause|moratorium)\s+(?:[\w'’-]+\s+){0,4}?$")
_BORN_BEFORE = re.compile(r"\bborn\s+(?:[\w'’-]+\s+){0,3}$")
# ", freed in 1990": a participle set off after a name; not one that names company ("accompanied by") or
# schedules an event ("a meeting between A and B, planned for July 1994,")
_NAME_PARTICIPLE = re.compile(
    r",\s+(?!(?:accompanied|joined|flanked|escorted|followed|greeted|welcomed|received|hosted|planned|scheduled"
    r"|slated|expected|postponed|delayed|arranged)\b)"
    r"(?:[a-z]+ed|born|elected|sworn\s+in)\s+(?:[\w'’-]+\s+){0,3}$"
)
# a sentence opening with a participle phrase of no event: "Freed in February 1990 after 27 years behind bars,"
_OPENING_PARTICIPLE = re.compile(r"[\"“‘(\s]*(?P<word>[A-Z][a-z]+ed|Born|Sworn\s+in|Re-elected)\s+[^,;:]*$")
# the aside closes and the main verb follows: ", called the visit", ", said on Monday"
_ASIDE_CLOSES_VERB = re.compile(
    r"[^,;:()]*,\s+(?:(?:also|later|then)\s+)?(?:[a-z]+ed|said|says|told|met|held|has|had|is|was|will|made|took)\b"
)


def _participle_aside(text: str, start: int, end: int, people: list[PersonMention]) -> bool:
    """Whether ``text[start:end]`` lies in a participle aside set off after a person's name and closed before the
    main verb ("Mandela, freed in 1990 after 27 years in prison, called the visit ..."); not the main verb
    itself ("Rodrigo Londoño, signed a peace agreement on Monday")."""
    return any(
        p.end < start
        and text.startswith(",", p.end)
        and _NAME_PARTICIPLE.fullmatch(text, p.end, start)
        and _ASIDE_CLOSES_VERB.match(text, end)
        for p in people
    )


def _tells_event(text: str, start: int, end: int, people: list[PersonMention]) -> bool:
    """Whether ``text[start:end]`` names an event: a trigger word there, but for "joined" with no person after it
    ("a country that rejoined the Commonwealth last year" tells none; "which will host next year's meetings" does)."""
    starts = {p.full_start for p in people}
    return any(m.group().lower() not in JOIN_VERBS or m.end() + 1 in starts for m in TRIGGER.finditer(text, start, end))


def _head_noun(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (between a trigger and "which"/"that") holds more than places and times."""
    assert doc.mentions is not None
    spans = [(p.prep_start, p.end) for p in doc.mentions.places] + [(t.start, t.end) for t in doc.mentions.times]
    return bool(_blanked(doc.text, start, end, spans).strip(" ,"))


# No call, meeting, summit, visit or round of talks lasts longer: "a war that has lasted 52 years" is no event's
_LONGEST_EVENT_S = 60 * 86400


_SPREAD_TYPES = frozenset({EventType.TALKS, EventType.MEETING})
_STAY_CUES = frozenset({"spent", "after"})
_DAYS_FOR = re.compile(
    r"\b(?:secluded|cloistered|closeted|sequestered|remained|(?:were|was)\s+held|dragged\s+on)\b[^.;,]{0,60}\s+for\s+$"
)
_STAY_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")  # "after two days in Moscow"
_STAY_END = re.compile(r"\s*[.;]|\s+(?:in\s+(?:the\s+)?[A-Z]|there\b)")  # "where he spent three days."


_NAME_LEAD = re.compile(r"(?<![\w-])(?:the|former|then-?|ex-)\s*$")


def _name_lead_start(text: str, start: int) -> int:
    """Where a person's mention starting at ``start`` starts with "the" or "former" before it."""
    lead = _NAME_LEAD.search(text, max(0, start - 8), start)
    return lead.start() if lead else start


def _duration_drafts(doc: Document, i: int) -> list[_Draft]:
    assert doc.mentions is not None
    text, sentence, triggers = doc.text, doc.sentences[i], doc.triggers[i]
    drafts = []
    for d in doc.buckets["durations"][i]:
        if not 60 <= d.seconds <= _LONGEST_EVENT_S:
            continue  # "a handshake lasting some 40 seconds": no event is told by seconds
        lo = max(sentence.start, d.start - 40)
        left = _LEN_LEFT.search(text, lo, d.start) if _last_word_may_be(text[lo : d.start], _LEN_LEFT_WORDS) else None
        if left is None and text.endswith("for ", lo, d.start):
            # "spoke by video link on Friday for about an hour", "met Chinese President Xi Jinping for 35 minutes"
            known = [(t.start, t.end) for t in doc.buckets["times"][i]]
            # "met Gita Gopinath, the IMF's first deputy managing director, for": a title set off after the name
            # ("received the Dalai Lama at the White House for", "met former leader Fidel Castro for": the words
            # that lead up to a name go with it)
            known += [(_name_lead_start(text, p.full_start), max(p.end, p.after)) for p in doc.buckets["people"][i]]
            known += [(p.prep_start, p.end) for p in doc.buckets["places"][i]]  # "met in Riyadh on Feb. 18 for"
            # "held talks with B, who seized power in a coup last October, for", "inside Freedom House, on the
            # southern side of the border, for": an aside on the person or the site, closed right before "for"
            if (aside := _ASIDE_BEFORE_FOR.search(text, max(sentence.start, d.start - 120), d.start)) is not None:
                known.append(aside.span())
            window = _blanked(text, max(sentence.start, d.start - 160), d.start, known)
            if " with " in window:
                # "talked alone with their interpreters for about an hour": the company kept, not a person met
                window = _WITH_COMPANY.sub(lambda m: " " * len(m.group()), window)
            if "," in window:  # "met in Riyadh, Saudi Arabia, on Feb. 18 for": commas around blanked phrases
                window = _COMMA_BY_BLANK.sub(" ", window)
                # "talked alone, with only interpreters present, for about an hour": an aside on the event
                window = _EVENT_ASIDE.sub(lambda m: " " * len(m.group()), window)
                # "talks with Anwar Ibrahim, the summit host, for": who the person is, set off after the name
                window = _PERSON_APPOSITIVE.sub(lambda m: " " * len(m.group()), window)
            # "talked with the 60-year-old Cuban leader for", "met his Soviet counterpart Eduard Shevardnadze for":
            # a person told by a description
            if any(lead in window for lead in _DESCRIBED_LEADS):
                window = _DESCRIBED_WITH.sub(_keep_verb, window)
            if site := _SITE_BEFORE_FOR.search(window):  # "met Trump at Trump Tower for": a site no list knows
                window = window[: site.start()] + " " * (site.end() - site.start() - 4) + "for "
            left = _LEN_LEFT.search(window) if window.endswith("for ") else None
            if left is not None and left.group().startswith("stay"):
                left = None  # "stayed in Riyadh for two days" is the length of a stay, not of talks
        if left is None and d.approximate and text.endswith(" ran ", lo, d.start):
            left = _RAN_BEFORE.search(text, lo, d.start)  # "talks in Bali ran about 5 hrs": how long they ran
        if left is not None and _MEANT_TO_BEFORE.search(text, max(sentence.start, d.start - 60), d.start):
            left = None  # "the call, which had been scheduled to run for an hour, ended after 25 minutes": a plan
        right = _LEN_RIGHT.match(text, d.end)
        # "90-minute talks", "two-hour-long meeting", "an hour-long call" (the duration ends before "-long")
        adjectival = _ADJ_PHRASE.search(d.phrase) or text.startswith("-", d.end)
        adjective = _LEN_ADJ.match(text, d.end) if adjectival else None
        # "spent half an hour with Aoun" is time together; "spent two hours in traffic" is not
        together = (
            left is not None and (left.group("weak") or "").startswith("spen") and _WITH_PERSON.match(text, d.end)
        )
        # "ended their talks at the base on Friday after roughly two hours and 45 minutes": how long they ran
        ended = (
            left is not None
            and (left.group("weak") or "").lower() == "after"
            and (end_verb := _ENDED_BEFORE.search(text, max(sentence.start, d.start - 150), d.start)) is not None
            # "ended their talks after the summit and flew home after two hours": not the talks' length
            and not _OTHER_PREDICATE.search(text, end_verb.end(), left.start())
        )
        # "had been cloistered at the base for 21 days", "talks were held at Camp David for 15 days": days of talks
        # behind closed doors
        secluded = (
            left is None
            and d.unit in ("day", "week")
            and text.endswith("for ", lo, d.start)
            and _DAYS_FOR.search(text, max(sentence.start, d.start - 80), d.start) is not None
        )
        # "That meeting ended in under two hours", "wrapped up their summit ... in less than four hours"
        ended = ended or (
            left is None
            and text.endswith(" in ", lo, d.start)
            and (end_in := _ENDED_BEFORE.search(text, max(sentence.start, d.start - 150), d.start)) is not None
            and not _OTHER_PREDICATE.search(text, end_in.end(), d.start - 3)
        )
        # "held talks with President Jimmy Carter over three days": talks spread across the days
        spread = (
            left is not None
            and (left.group("weak") or "").lower() == "over"
            and d.unit in ("day", "week")
            and (near := _nearest_trigger(triggers, d.start, allow_after=False)) is not None
            and near.type in _SPREAD_TYPES
            # not "meeting for a total of about nine hours over two days": the days of a length told before
            and not any(0 <= left.start() - o.end <= 1 for o in doc.buckets["durations"][i])
        )
        # "Obama arrived from Havana, where he spent three days", "after two days in Moscow": days of a stay there
        stay = (
            left is not None
            and (left.group("weak") or "").lower() in _STAY_CUES
            and d.unit in ("day", "week")
            and not d.phrase.lower().startswith(("a ", "an "))  # not "after a day in Dar es Salaam": a stop on the way
            and (_STAY_AFTER if left.group("weak").lower() == "after" else _STAY_END).match(text, d.end) is not None
        )
        if not (
            adjective or right or (left and not left.group("weak")) or together or ended or spread or stay or secluded
        ):
            continue
        if (
            left is not None
            and (war := _NOT_EVENT_LASTED.search(text, max(sentence.start, d.start - 40), d.start)) is not None
            # not "talks on the Ukraine crisis that lasted more than five hours": the crisis is the talks' topic
            and not any(war.start() - 40 <= t.end <= war.start() for t in triggers)
        ):
            continue  # "during a war that lasted 12 days", "a ceasefire that lasted two weeks": no meeting's length
        if adjective:
            trig = next((t for t in triggers if t.event and d.end <= t.start <= adjective.end()), None)
        elif right:  # "about an hour of talks": the talks it measures
            trig = next((t for t in triggers if t.event and d.end <= t.start < right.end()), None)
            trig = trig or _nearest_trigger(triggers, d.start, allow_after=False)
        else:
            trig = _nearest_trigger(triggers, d.start, allow_after=False)
        event = trig.event if trig else doc.current_after[i - 1] if i else None
        if trig is None and triggers:
            event = doc.current_after[i]
        if event is None:
            continue
        drafts.append(_Draft(d.start, d.end, _DURATION, event, DurationValue(d.seconds, d.approximate)))
    return drafts


def _venue_drafts(doc: Document, i: int, drafted: list[_Draft] | None = None) -> list[_Draft]:
    """The venue drafts of sentence ``i`` (``drafted``: the drafts made so far, its dates and durations among them)."""
    assert doc.mentions is not None
    text, sentence, triggers = doc.text, doc.sentences[i], doc.triggers[i]
    drafts = []
    if not triggers:
        return drafts
    places = doc.buckets["places"][i]
    for k, pm in enumerate(places):
        event, start, trig = None, pm.mention_start, None
        if k + 1 < len(places) and places[k + 1].mention_start <= pm.start < pm.end <= places[k + 1].prep_start:
            continue  # "at Al-Salam Palace" of "at Al-Salam Palace in Jeddah": the city phrase names the venue
        if pm.prep == "in" and _TOPIC_BEFORE.search(text, max(sentence.start, pm.prep_start - 16), pm.prep_start):
            continue  # "discussed the conflicts in Ethiopia", "last year's war in Georgia": where the topic is
        if pm.prep in ("in", "at", "on") and _HARM_BEFORE.search(
            text, max(sentence.start, pm.prep_start - 90), pm.prep_start
        ):
            continue  # "a missile strike on a children's hospital in Kyiv", "an explosion in Kyiv": the harm's place
        if pm.prep in ("to", "into") or pm.prep.startswith(VISIT_PREPS):
            if pm.prep == "into":  # "flew into Lahore": the trigger's own match ends with this "into"
                trig_start = next((t.start for t in triggers if t.end == pm.prep_start + 4), -1)
                start = trig_start
                if trig_start < 0:
                    continue
            elif pm.prep == "to":
                lo = max(sentence.start, pm.prep_start - 70)
                window = text[lo : pm.prep_start]
                # "the first visit by a ... to", "invited Trump to"
                may = (
                    _last_word_may_be(window, _VISIT_WORDS)
                    or any(k in window for k in (" by ", "nvit", "elcom", "from "))
                    or window.endswith("day ")  # "travels on Tuesday to El Salvador"
                )
                vb = _VISIT_BEFORE.search(text, lo, pm.prep_start) if may else None
                if vb and vb.group("byname") and text.endswith(("first ", "second ", "last "), 0, vb.start("trig")):
                    vb = None  # "the first visit by Wang to India in over three years": a frame, not a trip told
                if vb:
                    trig_start = vb.start("trig") if vb.group("trig") else vb.start("invite")
                    start = vb.start("det") if vb.group("det") else trig_start
                elif moves := _EVENT_MOVES.search(window):
                    # "The two-day visit moves to Tokyo the following day": the event named before goes there
                    trig_start = next(
                        (t.start for t in reversed(triggers) if t.end <= lo + moves.start() and t.type in _MOVABLE),
                        -1,
                    )
                    start = lo + moves.start()
                else:  # "will go on to New Delhi": the trigger's own match ends with this "to"
                    trig_start = next((t.start for t in triggers if t.end == pm.prep_start + 2), -1)
                    start = trig_start
                    if trig_start < 0 and window.endswith(" and ") and drafts and drafts[-1].event.type is _VISIT:
                        # "will travel to Kuala Lumpur on Tuesday and to Phnom Penh on Thursday": the same trip's
                        # next stop
                        trig_start = next((t.start for t in triggers if t.event is drafts[-1].event), -1)
                        start = pm.prep_start
                    if trig_start < 0:
                        continue
            else:
                trig_start = pm.prep_start
                start = pm.prep_start
            trig = next((t for t in triggers if t.start == trig_start and t.event), None)
            event = trig.event if trig else None
            between = text[pm.prep_start : pm.start]
            if pm.mention_start == pm.start and ("," in between or " and " in between):
                start = pm.mention_start  # "visits to France, Serbia and Hungary": a later destination, by its name
        elif pm.prep == "for":
            # "leaves for Brunei", "departed for Hanoi": the trigger's own match ends with this "for"
            trig = next((t for t in triggers if t.end == pm.prep_start + 3 and t.event), None)
            if trig is None and (
                planned_for := _PLANNED_FOR_PLACE.search(text, max(sentence.start, pm.prep_start - 40), pm.prep_start)
            ):
                # "The next economic summit is planned for Tokyo in June 1979": the event the clause opens with
                trig = next(
                    (t for t in triggers if t.end <= planned_for.start() and t.event and t.type is not None), None
                )
                if trig is not None and len(text[trig.end : planned_for.start()].split()) > 3:
                    trig = None
            event, start = (trig.event, trig.start) if trig else (None, start)
        elif pm.prep in _VENUE_PREPS or (
            pm.prep == "on" and ("island " in text[pm.prep_start : pm.start] or "name" in pm.value)
        ):
            # "on the Indonesian island of Bali", "on Tiananmen Square" is where, as "in" is
            # "In Warsaw, he had met ...", also after a semicolon: the place set before the clause's event
            opens = (
                pm.prep_start == sentence.start
                or text[sentence.start : pm.prep_start].rstrip().endswith(";")
                # "At Joint Base Elmendorf-Richardson in Anchorage, ...", "On the sidelines of the Summit of the
                # Americas in Panama City, A and B held talks": a fronted site or frame before the place
                or _FRONTED_FRAME.fullmatch(text, sentence.start, min(pm.mention_start, pm.prep_start)) is not None
                # "On Sunday, in Bishkek, A and B agreed ...": a place fronted after a fronted day
                or _FRONTED_DAY_COMMA.fullmatch(text, sentence.start, pm.prep_start) is not None
                # "On Wednesday in Kingston, A held talks", "In March 2019 in Hanoi, ...": a date opens the sentence
                or any(
                    t.start == sentence.start and text[t.end : pm.prep_start] in (" ", ", ")
                    for t in doc.buckets["times"][i]
                )
            )
            # "In Tallinn on Thursday, ...": a date may stand between the fronted place and its comma
            after = next((t.end for t in doc.buckets["times"][i] if 0 < t.start - pm.end <= 1), pm.end)
            later = next((t for t in triggers if t.start > pm.end and t.event and not t.sideline), None)
            if (opens and _COMMA_NEXT.match(text, after)) or (
                # "It was in Geneva that A and B held their first summit": a cleft's place is the clause's
                text.startswith(" that ", after) and text[sentence.start : pm.prep_start].strip() in ("It was", "It is")
            ):
                trig = later  # "In Warsaw, he had met ..."
            elif later is not None and _WHERE_NEXT.match(text, pm.end):
                trig = later  # "... took shape in Gyeongju, where A and B sat down ..."
            else:
                trig = _nearest_trigger(triggers, pm.prep_start, allow_after=False)
                if trig is not None:
                    gap_start = trig.end
                    for part in doc.participations[i]:
                        if part.trigger is trig and trig.end < part.end <= min(pm.mention_start, pm.prep_start):
                            # "hosted leaders of the bloc and partners including A and B in Manila": the words of
                            # the participants' phrase are no gap
                            gap_start = max(gap_start, part.end)
                            if text.startswith(",", part.end) and _SET_OFF_NAME_END.search(text, trig.end, part.end):
                                gap_start += 1  # "met Sudan's leader, General Abdel Fattah al-Burhan, in Entebbe"
                    gap = _strip_known(doc, gap_start, min(pm.mention_start, pm.prep_start), i)
                    if "," in gap:
                        gap = _AGE_COMMAS.sub(" ", gap)  # "hosted by Queen Elizabeth, 89, at Buckingham Palace"
                    if (
                        PLANNED_RELATIVE.fullmatch(text, trig.end, pm.prep_start)
                        or _TAKE_PLACE_GAP.fullmatch(gap)
                        # "Peace talks between the government and rebel groups are planned in Astana"
                        or ((pf := PLANNED_FOR_AFTER.match(text, trig.end)) and pf.end() == pm.prep_start + 2)
                    ):
                        # "a BRICS summit he is due to host in Johannesburg", "their first meeting would probably
                        # take place in Saudi Arabia": that event's place
                        gap = ""
                    if (
                        gap.endswith(("possibly ", "probably ", "perhaps "))
                        and trig.modality is _PLANNED
                        and (hedge := _HEDGED_PLACE.search(gap)) is not None
                        and len(gap[: hedge.start()].split()) <= 5
                        and not _GAP_STOP.search(gap, 0, hedge.start())
                    ):
                        gap = ""  # "agreed to meet again in the coming months, possibly in Pretoria": the plan's place
                    if gap.endswith(", ") and (
                        text.startswith(",", pm.end) or any(t.end == pm.prep_start - 2 for t in doc.buckets["times"][i])
                    ):
                        # "His summit with Kim, in Hanoi, Vietnam, in February,": set off by commas; "met B on
                        # Friday, Jan. 30, in Beijing": the comma closes the date
                        gap = gap[:-2]
                    elif gap[:1] in " ," and "," in gap and _COMMA_THEN_SITE.fullmatch(gap):
                        # "met for the first time, at a lakeside villa in Geneva", "met on Tuesday, in Geneva": the
                        # comma only closes the day or the ordinal told before the place
                        gap = gap.replace(",", " ", 1)
                    if "nner" in gap or "unch" in gap or "akfast" in gap or "anquet" in gap:
                        # "held talks over dinner in Moscow", "hosted B for an informal dinner at his residence"
                        gap = _MEAL.sub(" ", gap)
                    if "hich " in gap or "that " in gap:
                        # "the G20 summit, which opens in London", "a stay that began in Shanghai": the event's own
                        gap = _EVENT_RELATIVE.sub(" ", gap)
                    if ", " in gap:
                        # "a meeting, attended only by interpreters, at the Presidential Palace": an aside on the event
                        gap = _EVENT_ASIDE.sub(" ", gap)
                        if gap_start > trig.end and gap.startswith(", whose ") and (whose := WHOSE_ASIDE.match(gap)):
                            # "is due to meet B, whose push for a trade deal has divided Mercosur, in Montevideo": an
                            # aside on the person the gap opens after
                            gap = " " + gap[whose.end() :]
                        if _SITE_SET_OFF.fullmatch(gap):
                            gap = ""  # "at the Kantei, the prime minister's official residence, in Tokyo": its city
                        elif gap_start > trig.end and _ROLE_SET_OFF.fullmatch(gap):
                            gap = " "  # "met Elon Musk, the billionaire adviser to Trump, at Blair House": his role
                    if gap.startswith(" of ") and "region" not in pm.value and _OF_NAME.fullmatch(gap):
                        # "a summit of the Community of Latin American and Caribbean States in Buenos Aires"; not
                        # "of the Conference on Security and Cooperation in Europe", a name that ends in a region
                        gap = ""
                    if "for " in gap:
                        gap = _ORDINAL_SPELL.sub(" ", gap)  # "met for a second day at Hollybush": which day, no stop
                    stop = _GAP_STOP_ASCII if gap.isascii() else _GAP_STOP
                    if len(gap.split()) > 12 or stop.search(gap):
                        trig = None
                if (
                    trig is None
                    and later is not None
                    and _FOR_EVENT.fullmatch(_strip_known(doc, pm.end, later.start, i))
                ):
                    # "is due in Beirut on Wednesday for talks with ...", "is due in Kyiv on Tuesday to meet ...":
                    trig = later  # the place of those talks
                if (
                    trig is None
                    and later is not None
                    and _NAME_THEN_COMMA.fullmatch(text, sentence.start, pm.prep_start)
                    and _ASIDE_CLOSES.fullmatch(text, pm.end, later.start)
                ):
                    # "Putin, in Beijing for the opening of the Winter Olympics, met Xi": the subject's whereabouts,
                    # set off before the verb, are where the event took place
                    trig = later
                if trig is None:
                    trig = _pair_trigger_around(doc, i, pm)
                if trig is None and pm.prep in ("at", "in") and drafted is not None:
                    trig = _dated_event_trigger(doc, i, pm, drafted)
            event = trig.event if trig else None
        elif pm.prep == "from" and _WHERE_SUBJECT.match(text, pm.end):
            # "He flew in from Brussels, where he attended a NATO summit": the place of the event after "where"
            trig = next((t for t in triggers if t.start > pm.end and t.event and not t.sideline), None)
            event = trig.event if trig else None
        if event is None:
            continue
        if trig is not None and trig.speech and trig.end <= pm.prep_start and "name" in pm.value and len(pm.value) == 1:
            continue  # "in a speech at Cairo University": the hall of a speech; the trip's city is its place
        drafts.append(_Draft(start, pm.end, _VENUE, event, Venue(**pm.value)))
    return drafts


def _site_modifier_drafts(doc: Document, i: int) -> list[_Draft]:
    """ "a heated Oval Office meeting", "her first White House meeting with B": a named site right before the
    event noun is where it took place."""
    text, sentence = doc.text, doc.sentences[i]
    drafts = []
    for trig in doc.triggers[i]:
        if trig.event is None or trig.type not in _SITE_MODIFIED or not capital_word_before(text, trig.start):
            continue  # the word before is not capitalised: no site (the common case, without a regex)
        site = _SITE_BEFORE.search(text, max(sentence.start, trig.start - 48), trig.start)
        if site is None:
            continue
        name, start = site.group("site"), site.start("site")
        if (owner := max(name.rfind("'s "), name.rfind("’s "))) >= 0:
            name, start = name[owner + 3 :], start + owner + 3  # "Zelensky's Oval Office meeting": not the owner
        if name.rsplit(None, 1)[-1].lower() in NAMED_SITE_WORDS:
            drafts.append(_Draft(start, site.end("site"), _VENUE, trig.event, Venue(name=name)))
        elif text.endswith(("the ", "The ", "their ", "Their ", " a ", "A "), 0, site.start("site")) and city_named(
            site.group("site"), doc.lexicon
        ):
            # "the Madrid peace conference", "The Helsinki summit", "their Hanoi summit", "at a Beirut summit": the
            # city that names a gathering held there
            drafts.append(_Draft(*site.span("site"), _VENUE, trig.event, Venue(city=site.group("site"))))
    return drafts


# "Madagascar will host the bloc's summit next year", "El-Sisi said Egypt would host a conference on ...": a country
# opening the clause that hosts a gathering ahead is where the gathering will be
_HOST_SUBJECT = re.compile(
    # ("Modi is due to visit Australia in May, when Sydney is set to host a summit": a clause of its own)
    r"(?:[^.;:]*?(?:\b(?:said|says|announced)\s+(?:that\s+)?|,\s+(?:when|where)\s+))?"
    r"(?P<c>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
    r"(?:,\s+[^,;:]{3,100},)?\s+(?:(?:will|would|is\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to)\s+host"
    # "Helsinki also hosted a summit between A and B in September 1990": a place that hosted one
    r"|(?P<past>(?:also\s+|previously\s+|last\s+|once\s+)?hosted))\s+"
    r"(?:the|a|an|its|their|this\s+year['’]s|next\s+year['’]s)\s+(?:[\w'’-]+\s+){0,5}"
)
_HOSTED_TYPES = frozenset({EventType.SUMMIT, EventType.MEETING})


def _host_subject_drafts(doc: Document, i: int, venues: list[_Draft]) -> list[_Draft]:
    """The country that will host a gathering named in the sentence, for a gathering given no other place."""
    text, sentence = doc.text, doc.sentences[i]
    drafts = []
    for trig in doc.triggers[i]:
        event = trig.event
        if (
            event is None
            or trig.type not in _HOSTED_TYPES
            or text.find("host", sentence.start, trig.start) < 0
            or any(v.event is event for v in venues)
        ):
            continue
        m = _HOST_SUBJECT.match(text, sentence.start, trig.start)
        if m is None or m.end() != trig.start or (event.modality is not _PLANNED and not m.group("past")):
            continue
        if (country := country_named(m.group("c"), doc.lexicon)) is not None:
            drafts.append(_Draft(*m.span("c"), _VENUE, event, Venue(country=country)))
        elif city_named(m.group("c"), doc.lexicon):
            drafts.append(_Draft(*m.span("c"), _VENUE, event, Venue(city=m.group("c"))))
    return drafts


def _dated_event_trigger(doc: Document, i: int, pm: PlaceMention, drafted: list[_Draft]) -> Trigger | None:
    """ "A and B discussed the conflicts in Ethiopia and Somalia at the White House on Thursday": a site right
    before (or after) the day of an event, whatever the words between the event's verb and the site, is where that
    event took place. So is one right after its duration ("talked for two hours at the White House")."""
    text = doc.text
    for d in reversed(drafted):
        if d.start < doc.sentences[i].start:
            break
        if d.attribute is not _DATE and d.attribute is not _DURATION:
            continue
        if text[pm.end : d.start] in (" ", ", ") or text[d.end : pm.prep_start] == " ":
            # the pair's verb first ("A and B discussed ..."), else the event's own trigger; not across another
            # clause ("..., a month after rioters stormed buildings in Brasília on January 8", "talks on Wednesday
            # and to address Parliament in Westminster Hall on Thursday")
            verbs = [(p.end, p.trigger) for p in doc.participations[i]]
            verbs += [(t.end, t) for t in doc.triggers[i] if not t.sideline]
            return next(
                (
                    t
                    for end, t in verbs
                    if t.event is d.event
                    and end <= pm.prep_start
                    and not _OTHER_CLAUSE_GAP.search(text, end, pm.prep_start)
                ),
                None,
            )
    return None


_OTHER_CLAUSE_GAP = re.compile(
    r"\band\s+(?:to\s+[a-z]+|[a-z]+ed)\b|[;:]|,\s+(?:(?:a|an|one|two|three|four|\d+|hours|days|weeks)\s+)+(?:\w+\s+)?"
    r"(?:after|before)\b"
    r"|,\s+(?:who|which|whose|where)\b"  # "met B, who arrived late, in Hiroshima": a relative clause ends the clause
    # "held talks on Wednesday, ahead of the Commonwealth Heads of Government Meeting that opens in London on
    # Thursday": the place of another event
    r"|\bahead\s+of\b|\bthat\s+(?:opens|opened|begins|began|starts|started)\b"
    r"|\b(?:saying|said|says|told|telling)\b"  # "..., saying the blast at a Gaza hospital a day earlier": what was said
)


def _pair_trigger_around(doc: Document, i: int, pm: PlaceMention) -> Trigger | None:
    """ "A and B shook hands in Singapore on Saturday, in the first meeting ...": a place right after the verb of
    a pair whose event is named later in the sentence is that event's. Times between are no gap, nor is a named
    site's "at the" before its city ("shook hands on Saturday at the Shangri-La Hotel in Singapore")."""
    for part in doc.participations[i]:
        trig = part.trigger
        if part.end <= pm.prep_start and pm.end <= trig.start and trig.event is not None and not trig.sideline:
            gap = _strip_known(doc, part.end, min(pm.prep_start, pm.mention_start), i).split()
            if len(gap) <= 3 and all(w.isalpha() and w.islower() for w in gap):
                return trig
    return None


def _blanked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with ``spans`` (in any order, may overlap) blanked out, one space a character.

    Built from slices, not character by character: the gaps are long and most spans lie outside them.
    """
    cuts = sorted((max(s, start), min(e, end)) for s, e in spans if s < end and e > start)
    if not cuts:
        return text[start:end]
    parts = []
    pos = start
    for s, e in cuts:
        if s > pos:
            parts.append(text[pos:s])
            pos = s
        if e > pos:
            parts.append(" " * (e - pos))
            pos = e
    parts.append(text[pos:end])
    return "".join(parts)


def _with_for(text: str, start: int, end: int) -> tuple[int, int]:
    """A duration's span, widened to the "for " that introduces it, if any."""
    return (start - 4, end) if text[max(0, start - 4) : start].lower() == "for " else (start, end)


def _strip_known(doc: Document, start: int, end: int, i: int) -> str:
    """``text[start:end]`` with temporal phrases, people and "on the sidelines of ..." blanked out (``i``: the
    sentence's index; ``start:end`` lies inside it)."""
    spans = doc.known_spans.get(i)
    if spans is None:  # once per sentence: its people groups, times and durations
        assert doc.mentions is not None
        sentence = doc.sentences[i]
        groups = doc.groups.get(i)
        if groups is None:
            groups = person_groups(doc.text, doc.buckets["people"][i])  # at most one person (see link_events)
        # "A and B" as one; a title set off by commas after a name goes too ("met Sergei Lavrov, the Russian
        # foreign minister, in Riyadh": the commas of the appositive do not end the clause)
        spans = [(g[0].full_start, max(g[-1].end, g[-1].after)) for g in groups]
        known = [(t.start, t.end) for t in doc.mentions.times]
        known += [_with_for(doc.text, d.start, d.end) for d in doc.mentions.durations]  # "met for 2 hours in X"
        spans += [(s, e) for s, e in known if s < sentence.end and e > sentence.start]
        doc.known_spans[i] = spans
    out = _blanked(doc.text, start, end, spans)
    if "since " in out:
        out = _SINCE_ERA.sub(" ", out)  # "opened the first summit since the war on Monday at ...": no place of a war
    if " time" in out:
        out = _FOR_THE_NTH_TIME.sub(" ", out)  # "met for the first time on Wednesday in New York"
    if "the " in out and ("sideline" in out or "margin" in out or "fringe" in out):  # what _SIDELINES_TAIL needs
        return _SIDELINES_TAIL.sub(" ", out)
    return out


def _participant_drafts(doc: Document, i: int) -> list[_Draft]:
    drafts = []
    for part in doc.participations[i]:
        if part.trigger.event is not None and len(part.names) >= 2:
            if (
                len(part.names) == 2
                and part.trigger.event.type is not _VISIT
                and SPOUSE_AFTER.search(doc.text, part.start, part.end)
            ):
                # "Obama and his wife Michelle had been welcomed": a couple, not the event's two sides (a couple's
                # trip is theirs: "Trump and his wife Melania arrived in Houston")
                continue
            drafts.append(_Draft(part.start, part.end, _PARTICIPANTS, part.trigger.event, part.names))
    return drafts


# a schedule's header line and an item's clock time: "THE PRESIDENT'S SCHEDULE — Thursday, June 22, 2023", "11:15 AM"
_SCHEDULE_HEADER = re.compile(r"(?im)^[^\n]*\b(?:schedule|itinerary|engagements|agenda)\b[^\n]*$")
_CLOCK_LEAD = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s")


def _may_have_schedule(text: str) -> bool:
    """A quick check before the header scan, which tries every line: in ASCII text its words are found much
    faster in the lowercase text (beyond ASCII, case-insensitive matching has more spellings: let the pattern
    decide)."""
    if not text.isascii():
        return True
    low = text.lower()
    return "schedule" in low or "itinerary" in low or "engagements" in low or "agenda" in low


def _schedule_drafts(doc: Document, drafts: list[_Draft], header: re.Match[str]) -> list[_Draft]:
    """The day a schedule's header names, for the events of its items that name no day of their own ("THE
    PRESIDENT'S SCHEDULE — Thursday, June 22, 2023 ... 11:15 AM The President holds a bilateral meeting with B")."""
    assert doc.mentions is not None
    # the day is on the header's line or the next ("Prime Minister Shinzo Abe — official schedule\nThursday 10 ...")
    nxt = doc.text.find("\n", header.end() + 1)
    end = len(doc.text) if nxt < 0 else nxt
    tm = next((t for t in doc.mentions.times if header.start() <= t.start and t.end <= end), None)
    if tm is None:
        return []
    dated = {id(d.event) for d in drafts if d.attribute is _DATE}
    out = []
    for i, sentence in enumerate(doc.sentences):
        if sentence.start <= tm.end or not _CLOCK_LEAD.match(doc.text, sentence.start):
            continue
        for trig in doc.triggers[i]:
            event = trig.event
            if event is None or id(event) in dated:
                continue
            value = _date_value(tm.phrase, doc, event.modality, None, tm)
            if value is not None and value.precision is _DAY:
                out.append(_Draft(tm.start, tm.end, _DATE, event, value))
                dated.add(id(event))
    return out


def make_claims(doc: Document) -> list[Claim]:
    drafts: list[_Draft] = []
    venues: list[_Draft] = []  # the venue drafts among them, for the named-site rule below
    dated: list[tuple[Event, DateValue]] = []
    assert doc.mentions is not None
    buckets = doc.buckets
    if "people" not in buckets:  # link_events buckets the people; make_claims may run without it
        buckets["people"] = _by_sentence(doc, doc.mentions.people, _START)
    times = buckets["times"] = _by_sentence(doc, doc.mentions.times, _START)
    durations = buckets["durations"] = _by_sentence(doc, doc.mentions.durations, _START)
    places = buckets["places"] = _by_sentence(doc, doc.mentions.places, _PREP_START)
    anaphora = buckets["anaphora"] = _by_sentence(doc, _find_anaphora(doc.text), _MATCH_START)
    periods = buckets["periods"] = _by_sentence(doc, _find_period_anaphora(doc.text), _MATCH_START)
    for i, sentence in enumerate(doc.sentences):
        if sentence.headline:
            continue
        for anaphor in anaphora[i]:
            _part_anaphor_clause(doc, i, anaphor)
            _came_after_flashback(doc, i, anaphor)
        # Each kind of draft starts from a mention in the sentence: skip the calls when there is none.
        if doc.participations[i]:
            drafts += _participant_drafts(doc, i)
        if times[i] or anaphora[i] or periods[i]:
            drafts += _date_drafts(doc, i, dated)
        if durations[i]:
            drafts += _duration_drafts(doc, i)
        if places[i]:
            found = _venue_drafts(doc, i, drafts)
            drafts += found
            venues += found
        if doc.triggers[i]:
            found = _site_modifier_drafts(doc, i)
            if found and places[i]:
                # "met at the Hanoi summit": the place phrase gave that venue already
                found = [d for d in found if not any(v.start < d.end and d.start < v.end for v in venues)]
            if found and venues:
                # "Reagan met Gorbachev in Geneva ... The Geneva meeting lasted five hours": the place restated
                found = [d for d in found if not any(v.event is d.event and v.value == d.value for v in venues)]
            drafts += found
            venues += found
            found = _host_subject_drafts(doc, i, venues)
            drafts += found
            venues += found
    drafts.sort(key=_SPAN)
    if len(doc.sentences) > 1 and sum(d.attribute is _PARTICIPANTS for d in drafts) > 1:
        _split_restated(doc, drafts)  # a pair told twice: see whether the second is another event
    # A named site alone ("at Hofdi House") is a venue only for an event the text gives no other place for.
    sites = [d for d in venues if _site_only(d.value)]
    if sites:
        # (not "Yeltsin had arrived from New York": where a traveller came from places no event there)
        placed = {id(d.event) for d in venues if not _site_only(d.value) and not doc.text.startswith("from ", d.start)}
        dropped = {id(d) for d in sites if id(d.event) in placed}
        # "flew to Moscow, Russia, for more than five hours of talks at the Kremlin": the trip's place is where
        # the talks it was for took place
        dropped |= {
            id(d)
            for d in sites
            if any(
                not _site_only(c.value)
                and c.end <= d.start
                and doc.text.startswith(("at ", "in "), d.start)
                and _FOR_AT.fullmatch(doc.text, c.end, d.start)
                for c in venues
            )
        }
        if dropped:
            drafts = [d for d in drafts if id(d) not in dropped]
    if _may_have_schedule(doc.text) and (header := _SCHEDULE_HEADER.search(doc.text)) is not None:
        drafts += _schedule_drafts(doc, drafts, header)
    drafts.sort(key=_SPAN)
    seen: set[tuple[int, int, Attribute]] = set()
    mentions: dict[int, EventMention] = {}
    claims: list[Claim] = []
    text = doc.text
    named: set[tuple[int, frozenset[str]]] = set()  # (event, its people) claimed already
    for d in drafts:
        start, end, attribute = d.start, d.end, d.attribute
        key = (start, end, attribute)
        if key in seen:
            continue
        seen.add(key)
        if attribute is _PARTICIPANTS:
            people = (id(d.event), frozenset(d.value))  # type: ignore[arg-type]
            if people in named:
                continue  # "Kenyatta met Coe ... Kenyatta and Coe talked for 40 minutes": said once already
            named.add(people)
        e = d.event
        mention = mentions.get(id(e))
        if mention is None:
            mention = mentions[id(e)] = EventMention(f"e{len(mentions) + 1}", e.type, list(e.participants), e.modality)
        claims.append(Claim(f"c{len(claims) + 1}", attribute, text[start:end], (start, end), mention, d.value))
    return claims


def _when_clause_draft(doc: Document, i: int, tm: temporal.TimeMention, triggers: list[Trigger]) -> _Draft | None:
    """The date ``tm`` gives the event of the when-clause right after it ("November 1985, when A and B met"), else
    ``None`` (no event in that clause)."""
    if tm.phrase[:5].lower() == "since" or doc.text.endswith("since ", 0, tm.start):
        return None  # "their first summit since September, when Kim visited ...": the span's start, no date of it
    end = _CLAUSE_END.search(doc.text, tm.end + 7, doc.sentences[i].end)
    stop = end.start() if end else doc.sentences[i].end
    if any(tm.end < o.start < stop for o in doc.buckets["times"][i]):
        return None  # "emigrated ... in 1885, when the two met in the Oval Office on Thursday": the clause's own date
    trig = next((t for t in triggers if tm.end < t.start < stop and t.event is not None), None)
    if trig is None or trig.event is None:
        return None
    value = _date_value(tm.phrase, doc, trig.event.modality, _weekday_cut(tm.phrase), tm)
    return _Draft(tm.start, tm.end, _DATE, trig.event, value) if value is not None else None


def _part_anaphor_clause(doc: Document, i: int, anaphor: re.Match[str]) -> None:
    """ "The formal talks came a day after Putin hosted Modi for an informal dinner": the clause after the anaphor
    tells another occasion of the same people, which coreference took for the main event. Its trigger gets an
    event of its own (before any draft is made), which :func:`_clause_after_anaphor` then dates."""
    text, triggers = doc.text, doc.triggers[i]
    if not triggers:
        return
    if not _ANAPHOR_OBJECT.match(text, anaphor.end()):
        if _CAME_LEAD.fullmatch(text, doc.sentences[i].start, anaphor.start()):
            # "The visit came a day after his trip to Bakhmut": the trip the noun names is another than the one
            # the sentence opens on, though both are trips
            inner, main = _anaphor_clause_triggers(doc, i, anaphor, triggers)
            if (
                inner is not None
                and main is not None
                and inner.event is main.event
                and _EVENT_NOUN_LEAD.fullmatch(text, anaphor.end(), inner.start)
            ):
                _give_own_event(doc, inner, next((p.names for p in doc.participations[i] if p.trigger is inner), []))
                return
        _part_same_day_opening(doc, i, anaphor)
        return
    inner, main = _anaphor_clause_triggers(doc, i, anaphor, triggers)
    if inner is None or main is None or inner.event is not main.event:
        return
    if not (_pair_subject(doc, i, anaphor, inner) or _person_subject(doc, i, anaphor, inner)):
        return
    names = next((p.names for p in doc.participations[i] if p.trigger is inner), main.event.participants)
    _give_own_event(doc, inner, names)


def _came_after_flashback(doc: Document, i: int, anaphor: re.Match[str]) -> None:
    """ "The call came three days after Trump and Putin met in Anchorage on Friday. Putin also spoke with Modi later
    that day": the earlier event a "came ... after" sentence tells is a look back, which later anaphora ("that day",
    "the next day") do not count from."""
    text = doc.text
    if not anaphor.group("core").lower().endswith(("after", "earlier")) or not _CAME_LEAD.fullmatch(
        text, doc.sentences[i].start, anaphor.start()
    ):
        return
    inner, main = _anaphor_clause_triggers(doc, i, anaphor, doc.triggers[i])
    if inner is not None and inner.event is not None and (main is None or inner.event is not main.event):
        doc.flashbacks.add(id(inner.event))


def _anaphor_clause_triggers(
    doc: Document, i: int, anaphor: re.Match[str], triggers: list[Trigger]
) -> tuple[Trigger | None, Trigger | None]:
    """The first event trigger of the clause after ``anaphor`` ("a day after Putin hosted Modi") and the last one
    before it (the main event's), either ``None`` when there is none."""
    end = _CLAUSE_END.search(doc.text, anaphor.end(), doc.sentences[i].end)
    stop = end.start() if end else doc.sentences[i].end
    inner = next((t for t in triggers if anaphor.end() < t.start < stop and t.event is not None), None)
    main = next((t for t in reversed(triggers) if t.end <= anaphor.start() and t.event is not None), None)
    return inner, main


def _give_own_event(doc: Document, trigger: Trigger, names: list[str]) -> None:
    """Bind ``trigger`` to a new event of ``names`` (its type, else the type and modality of the event it had)."""
    event = trigger.event
    assert event is not None
    trigger.event = Event(-1, trigger.type or event.type, event.modality, list(names))
    doc.events.append(trigger.event)


# "Earlier in the day", "Later that day", "That evening" opening a sentence: another part of the day just told
_SAME_DAY_CORES = frozenset({"in the day", "that day", "that evening", "that morning", "that afternoon", "that night"})


def _part_same_day_opening(doc: Document, i: int, anaphor: re.Match[str]) -> None:
    """ "Obama honoured Singh with a state dinner on Tuesday. Earlier in the day, Obama and Singh held talks": a
    sentence opened by another part of the same day tells another occasion of the people named before, which
    coreference took for the event before it. The pair's trigger gets an event of its own."""
    text = doc.text
    if (
        i == 0
        or " ".join(anaphor.group("core").lower().split()) not in _SAME_DAY_CORES
        or text[doc.sentences[i].start : anaphor.start()].strip('"“‘( ')
    ):
        return
    inner = next((t for t in doc.triggers[i] if t.start > anaphor.end() and t.event is not None), None)
    if inner is None or inner.event is not doc.current_after[i - 1]:
        return
    names = next((p.names for p in doc.participations[i] if p.trigger is inner and len(p.names) >= 2), None)
    if names is not None:
        _give_own_event(doc, inner, names)


# "The visit came", "It came", "The talks were held": a sentence that opens on the event just told, then dates
# another by its distance from it
_CAME_LEAD = re.compile(
    # ("The visit, kept secret until he landed, came": an aside set off by commas)
    r"[\"“‘(]?(?:(?:The|This|That|Their|His|Her)\s+(?:[\w'’-]+(?:,\s+[^,;:()]{1,80},)?\s+){0,4}|It\s+)"
    r"(?:came|comes|was\s+held|were\s+held|took\s+place|happened)\s+(?:just\s+|only\s+)?"
)


def _clause_after_anaphor(doc: Document, i: int, anaphor: re.Match[str], triggers: list[Trigger]) -> _Draft | None:
    """The date of the event told in the clause an anaphor opens ("a day after Mr. Trump met B"): the dated event
    before the anaphor, shifted back (or on, for "before"), else ``None``."""
    text = doc.text
    inner, main = _anaphor_clause_triggers(doc, i, anaphor, triggers)
    if inner is None or (main is not None and inner.event is main.event):
        return None
    noun = False
    if (
        not _NAME_SUBJECT.fullmatch(text, anaphor.end(), inner.start)
        and not _pair_subject(doc, i, anaphor, inner)
        and not _person_subject(doc, i, anaphor, inner)
        # "a day after both men attended the SCO summit", "a day after the pair spent four hours in informal
        # discussions": the pair told before, as the clause's subject
        and not _PAIR_ANAPHOR_SUBJECT.fullmatch(text, anaphor.end(), inner.start)
    ):
        # "a day after Moon's summit with Kim", "a day after their summit talks", "a day after more than five hours
        # of talks with Putin": the event noun right after the anaphor (not "a day after announcing ... talks")
        noun = _EVENT_NOUN_LEAD.fullmatch(text, anaphor.end(), inner.start) is not None
        if not noun:
            return None
    if main is not None and main.event.date is not None:
        base = main.event.date if main.event.date.precision is _DAY else None
    else:
        # "Scholz said on Friday that ..., a day after he travelled to Kyiv": the day the sentence names before it
        base = _day_in_sentence(doc, i, anaphor.start(), inner.event.modality)
        if (
            base is None
            and i
            and _CAME_LEAD.fullmatch(text, doc.sentences[i].start, anaphor.start())
            # not "The talks came three days after Trump met Putin in Anchorage on Friday": a day of its own
            and not any(t.start > anaphor.end() for t in doc.buckets["times"][i])
        ):
            # "... on Friday. The visit came three days after Orban travelled to Kyiv": the story's own event, the
            # first the report dates to a day
            base = _story_day(doc, inner.event)
    if inner.event.date is not None or base is None:
        return None
    offset = _anaphora_offset(anaphor.group("core"))
    after = anaphor.group("core").lower().endswith(("after", "later"))
    value = _shift(base, -offset if after else offset)
    if not noun:  # an event named by a noun is an aside: later anaphora ("on the same day") do not count from it
        inner.event.date = value
    return _Draft(anaphor.start(), anaphor.end(), _DATE, inner.event, value)


def _story_day(doc: Document, other_than: Event) -> DateValue | None:
    """The day of the report's own event: the first (not background, not ``other_than``) it dates to a day."""
    return next(
        (
            e.date
            for e in doc.events
            if e.date is not None and e.date.precision is _DAY and not e.background and e is not other_than
        ),
        None,
    )


def _pair_subject(doc: Document, i: int, anaphor: re.Match[str], inner: Trigger) -> bool:
    """Whether a group of people opens the clause after ``anaphor`` as the subject of ``inner`` ("a day after
    Secretary of State John Kerry and Iranian Foreign Minister Mohammad Javad Zarif held a rare private meeting")."""
    text = doc.text
    groups = doc.groups.get(i)
    if groups is None:
        return False  # fewer than two people in the sentence: no pair can open the clause
    for group in groups:
        if (
            len(group) >= 2
            and group[0].full_start >= anaphor.end()
            and not text[anaphor.end() : group[0].full_start].strip()
        ):
            return _PAIR_VERB.fullmatch(text, max(group[-1].end, group[-1].after), inner.start) is not None
    return False


def _person_subject(doc: Document, i: int, anaphor: re.Match[str], inner: Trigger) -> bool:
    """Whether a person, titled or not, opens the clause after ``anaphor`` as the subject of ``inner`` ("a day
    after Secretary of State John Kerry met B", "a day after Hasina held talks with B")."""
    text = doc.text
    return any(
        anaphor.end() < p.full_start <= anaphor.end() + 1
        and _PAIR_VERB.fullmatch(text, max(p.end, p.after), inner.start) is not None
        for p in doc.buckets["people"][i]
    )


# what may stand between a pair opening a clause and its event: " met ", " held a rare private ", " had ",
# " held " (talks)
_PAIR_VERB = re.compile(r"\s+(?:had\s+|also\s+|first\s+)?(?:(?:held|had)\s+(?:(?:a|an|their)\s+(?:[\w-]+\s+){0,2})?)?")
_PAIR_ANAPHOR_SUBJECT = re.compile(
    rf"\s+{_PAIR_TOLD_BEFORE}\s+(?:(?:had|also)\s+)?"
    r"(?:(?:attended|held|had|spent|joined)\s+[^,;:.]{0,80}?)?"
)
# the subject of the clause after an anaphor, right before its verb: " Mr. Trump ", " Kishida "
_NAME_SUBJECT = re.compile(
    r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:(?:[A-Z][\w-]*\s+){1,3}|(?:he|she|they)\s+)(?:had\s+|also\s+|first\s+)?"
)  # " he " of "a day after he travelled to Kyiv"
_CLAUSE_END = re.compile(r"[;:!?]|,\s+(?:and|but|while)\s")  # the sentence ends the search
_EVENT_NOUN_LEAD = re.compile(
    r"\s+(?:(?:a|an|the|their|his|her|its|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s)\s+(?:[\w-]+\s+){0,2}"
    r"|(?:(?:more\s+than|about|nearly|some|almost)\s+)?[\w-]+\s+hours\s+of\s+)"
)


_MEAL_HOSTED = re.compile(rf"\bhost(?:ed|s)\s+(?:a|an)\s+(?:[\w-]+\s+)?{MEAL_NOUNS}\s+(?:for|in\s+honou?r\s+of)\s")


def _split_restated(doc: Document, drafts: list[_Draft]) -> None:
    """ "A and B signed ... on Monday. A was greeted at the airport on Sunday by B": the same pair on another day
    named in a later sentence is an event of its own, not the first one told again (which would drop the pair as
    said already). Its sentence's drafts move to a copy of the event."""
    starts = [s.start for s in doc.sentences]
    by_event: dict[int, list[tuple[int, _Draft]]] = {}
    for d in drafts:
        by_event.setdefault(id(d.event), []).append((bisect_right(starts, d.start) - 1, d))
    text = doc.text
    for items in by_event.values():
        # "Kufuor hosted a state dinner for Bush that evening": a meal the host gives is an event of its own
        for k in {
            k
            for k, d in items
            if d.attribute is _PARTICIPANTS and k > items[0][0] and _MEAL_HOSTED.search(text, d.start, d.end)
        }:
            _move_to_copy(items, k)
        days: dict[int, set[str]] = {}
        people: dict[int, set[frozenset[str]]] = {}
        for k, d in items:
            if d.attribute is _DATE:  # any precision: "met in Vladivostok in September" is no December summit
                days.setdefault(k, set()).add(d.value.value)  # type: ignore[union-attr]
            elif d.attribute is _PARTICIPANTS:
                people.setdefault(k, set()).add(frozenset(d.value))  # type: ignore[arg-type]
        if len(days) < 2 or len(people) < 2:
            continue
        for k in sorted(days)[1:]:
            earlier = [j for j in people if j < k]
            if k not in people or not any(
                a <= b or b <= a for j in earlier for a in people[j] for b in people[k] if min(len(a), len(b)) >= 2
            ):
                continue  # no pair told again: nothing would be dropped
            if any(_same_time(a, b) for j in days if j < k for a in days[j] for b in days[k]):
                continue  # the same day (or a month or year holding it): the same event told again
            _move_to_copy(items, k)


def _same_time(a: str, b: str) -> bool:
    """Whether two date values ("2016", "2016-09", "2016-12-16") overlap: one holds the other."""
    return a.startswith(b) or b.startswith(a)


def _move_to_copy(items: list[tuple[int, _Draft]], k: int) -> None:
    """Move the drafts of sentence ``k`` (``items``: (sentence, draft) of one event) to a copy of that event."""
    event = items[0][1].event
    copy = replace(event, participants=list(event.participants))
    for j, d in items:
        if j == k:
            d.event = copy


_FOR_AT = re.compile(r",?\s+for\s+[^.;:,]{0,60}\s")  # between a trip's place and a site it was for


def _site_only(value: ClaimValue) -> bool:
    return isinstance(value, Venue) and bool(value.name) and not (value.city or value.region or value.country)


# -- the pipeline ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    """A named step: ``run(doc)`` returns ``output`` (a list of ``item`` when ``item`` is given)."""

    name: str
    run: Callable[[Document], Any]
    output: type
    item: type | None = None

    def check(self, product: Any) -> Any:
        if not isinstance(product, self.output) or (
            self.item is not None and not all(map(isinstance, product, repeat(self.item)))
        ):
            expected = self.output.__name__ + (f"[{self.item.__name__}]" if self.item else "")
            raise TypeError(f"stage {self.name!r} returned {type(product).__name__}, expected {expected}")
        return product


STAGES: tuple[Stage, ...] = (
    Stage("sentences", find_sentences, list, Sentence),
    Stage("mentions", find_mentions, Mentions),
    Stage("events", link_events, list, Event),
    Stage("claims", make_claims, list, Claim),
)


def run_stages(doc: Document, stages: tuple[Stage, ...] = STAGES) -> Document:
    """Run ``stages`` in order, storing each checked product on ``doc`` under the stage's name."""
    for stage in stages:
        setattr(doc, stage.name, stage.check(stage.run(doc)))
    return doc


def extract(text: str, published_at: datetime | date, lexicon: Lexicon | None = None) -> list[Claim]:
    """Extract the checkable event claims of a report, in text order.

    :param text: the report body.
    :param published_at: when it was published; its (UTC) calendar date anchors relative dates.
    :param lexicon: people and places the reference store knows (optional).
    :returns: claims ``c1``, ``c2``, ... each about an event ``e1``, ``e2``, ...

    Example::

        >>> claims = extract(
        ...     "Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on "
        ...     "Monday. The call lasted about 90 minutes.",
        ...     datetime(2026, 2, 4, 16, 0, tzinfo=UTC),
        ... )
        >>> [(c.attribute.value, c.mention, value_to_json(c.value)) for c in claims]
        [('participants', 'Chinese President Xi Jinping and Russian President Vladimir Putin',
          ['Xi Jinping', 'Vladimir Putin']),
         ('date', 'on Monday', {'value': '2026-02-02', 'precision': 'day'}),
         ('duration', 'about 90 minutes', {'seconds': 5400, 'approximate': True})]
        >>> {c.event.id for c in claims}, claims[0].event.type.value
        ({'e1'}, 'video_call')

    ("Monday" resolves to the latest Monday on or before the publication date because the call is
    reported as having happened; a planned event's dates resolve forward.)
    """
    if isinstance(published_at, datetime):
        if published_at.tzinfo is not None:
            published_at = published_at.astimezone(UTC)
        anchor = published_at.date()
    else:
        anchor = published_at
    work = layout.blank_marks(casing.recase_capitals(text))
    claims = run_stages(Document(work, anchor, lexicon or EMPTY)).claims
    if work is not text:  # the mentions as the report has them, marks and all
        for claim in claims:
            claim.mention = text[claim.span[0] : claim.span[1]]
    return claims
