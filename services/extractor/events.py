"""Event mentions: sentences, trigger words, participants, modality and cross-sentence coreference.

The stage reads a report sentence by sentence. In each sentence it finds the **triggers** — words that
name an event ("phone call", "video conference", "met", "talks", "summit", "visit to") — and decides
for each one whether it names a new event or one already seen:

- a trigger with a past-reference marker ("last met", "when they met", "after their first summit",
  "a separate video discussion") is a new, earlier event;
- a trigger whose sentence names participants ("between A and B", "A and B held ...", "A met B",
  "A held a video call with B", "A, joined by C") joins the latest event of the same kind with the same
  people, else starts a new one;
- a definite trigger ("the call", "their meeting", "The summit, which ...") joins the latest event of
  its kind; generic words ("spoke for", "the conversation", "the discussions") join the latest event;
- a summit named after a multilateral gathering ("the APEC summit") is an event of its own, and "on the
  sidelines of the G20 summit" is no event at all (it only places the leaders' meeting).

Modality is *planned* when a planning word precedes the trigger in its clause ("will", "planned",
"is expected to", "looked forward to", "an invitation to visit", "next"), else *asserted*.

Participants claims are emitted only for people the sentence names as taking part (two or more);
"the two leaders" or "Kremlin aide Yuri Ushakov told reporters" never make one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from services.extractor.people import PersonMention
from shared.model import EventType, Modality

# -- sentences ---------------------------------------------------------------------------------------

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|\n\s*")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|Vol|Mt|Ft|Inc|Corp|Co|Ltd)|U\.S|U\.K|U\.N)\.$"
)
_HEADLINE = re.compile(r"^([^.:!?\n]{8,120}):\s+(?=[A-Z])")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the report: ``text[start:end]``; ``headline`` for a title-case lead-in."""

    start: int
    end: int
    headline: bool = False


def _is_headline(segment: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", segment) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences (paragraph breaks, sentence ends; "U.S." and initials kept)."""
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _ABBREV.search(text, max(start, m.start() - 6), m.start()) and "\n" not in m.group():
            continue
        if text[start : m.start()].strip():
            sentences.append(Sentence(start, m.start()))
        start = m.end()
    if text[start:].strip():
        sentences.append(Sentence(start, len(text.rstrip())))
    result: list[Sentence] = []
    for s in sentences:
        while text[s.start].isspace():
            s = Sentence(s.start + 1, s.end)
        head = _HEADLINE.match(text, s.start, s.end)
        if head and _is_headline(head.group(1)):
            result.append(Sentence(s.start, head.end(1), True))
            s = Sentence(head.end(), s.end)
        result.append(s)
    return result


# -- triggers ----------------------------------------------------------------------------------------

CLASS_OF = {
    EventType.PHONE_CALL: "call",
    EventType.VIDEO_CALL: "call",
    EventType.MEETING: "meet",
    EventType.TALKS: "meet",
    EventType.SUMMIT: "meet",
    EventType.VISIT: "visit",
    EventType.OTHER: "other",
}

_TRIGGER_TABLE: list[tuple[str, EventType | None]] = [
    (
        r"video[- ](?:call|conference|discussion|conversation|link|chat|summit|meeting|talks)s?|videoconferences?"
        r"|virtual (?:meeting|summit|talks)",
        EventType.VIDEO_CALL,
    ),
    (
        r"(?:tele)?phone (?:call|conversation|talks)s?|(?:spoke|speak|speaks|speaking|talked|talk|talks)"
        r" (?:by|over the|on the) (?:tele)?phone|phoned|telephoned|calls?",
        EventType.PHONE_CALL,
    ),
    (r"summits?", EventType.SUMMIT),
    (r"talks", EventType.TALKS),
    (r"meetings?|met|meet|meets|encounters?|sit-down|get-together", EventType.MEETING),
    (r"visit(?:s|ed|ing)?|trips?|travel(?:s|led|ed|ling|ing)?|journey", EventType.VISIT),
    (
        r"spoke|speak|speaks|speaking|talked|talking|conversations?|discussions?|contact|took place"
        r"|(?:was|were) held|signed|signing|shook hands",
        None,
    ),
]
_WEAK = frozenset({"signed", "signing", "shook hands"})
_GENERIC_VERBS = frozenset({"spoke", "speak", "speaks", "speaking", "talked", "talking"})
TRIGGER = re.compile(
    r"\b(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_TRIGGER_TABLE)) + r")\b", re.IGNORECASE
)
_PLANNED = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|due|expected|expects|expecting|forward|next|upcoming"
    r"|invitations?|invited|invite|scheduled|intends?|intended|hopes?|hoped|proposed|possible|potential"
    r"|future|prospective|agreed to|set to|is to|are to)\b|'ll\b",
    re.IGNORECASE,
)
_PAST_REF = re.compile(
    r"\b(?:last|since|when|previously|earlier|prior|previous|separate|another|once)\b|\bafter\s+(?:their|his|her)\b",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"\b(?:when|since|after|before|as|where|while|until)\s+(?:they|he|she|we|both|the\s+(?:two\s+)?\w+)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these|those|their|his|her|its|our)\s+(?:[\w'’-]+\s+){0,3}$|['’]s?\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_SIDELINES = re.compile(r"\b(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}$")
_HOST_MODIFIER = re.compile(r"(?:^|\s)(?P<mod>(?:[A-Z0-9][\w'’-]*\s+){1,6})$")
_COLLECTIVE = re.compile(r"\b(?:they|their|them|both|the\s+(?:two\s+)?(?:leaders|presidents|men|sides))\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")


@dataclass
class Trigger:
    """A word or phrase naming an event; ``event`` is filled in by coreference."""

    start: int
    end: int
    type: EventType | None  # None: a generic word ("spoke", "conversation") that names no kind
    modality: Modality = Modality.ASSERTED
    past_ref: bool = False
    definite: bool = False
    indefinite: bool = False
    subordinate: bool = False
    host: bool = False  # "the APEC summit": a gathering of its own
    sideline: bool = False  # "on the sidelines of the G20 summit": no event
    possessor: str | None = None  # "Trump's planned visit"
    weak: bool = False  # "signed", "spoke to reporters": an event only if it names who took part
    event: Event | None = None


@dataclass
class Event:
    """An event as the report talks about it; claims point at it."""

    index: int
    type: EventType
    modality: Modality
    participants: list[str] = field(default_factory=list)
    host: bool = False
    implicit: bool = False  # a "since November" contact: never the current event
    date: tuple | None = None  # the first date resolved for it: (Resolved-like day, grain)


@dataclass
class Participation:
    """Named participants bound to a trigger: ``text[start:end]`` is the claim mention."""

    start: int
    end: int
    names: list[str]
    trigger: Trigger


def _clause_before(text: str, lo: int, pos: int) -> str:
    """Text between the last clause break before ``pos`` (not before ``lo``) and ``pos``."""
    chunk = text[lo:pos]
    cut = max(chunk.rfind(c) for c in ',;:("“”')
    return chunk[cut + 1 :] if cut >= 0 else chunk


def _last_words(chunk: str, n: int) -> str:
    words = chunk.split()
    return " ".join(words[-n:]) + (" " if words else "")


def find_triggers(text: str, sentence: Sentence, people: list[PersonMention]) -> list[Trigger]:
    """Every event trigger in ``sentence``, with the features coreference needs."""
    triggers: list[Trigger] = []
    for m in TRIGGER.finditer(text, sentence.start, sentence.end):
        word = m.group()
        if word[0].isupper() and text[sentence.start : m.start()].strip('"“‘( '):
            continue  # "Phone Call" in a title-case phrase is not a trigger
        kind = next(i for i in range(len(_TRIGGER_TABLE)) if m.group(f"t{i}"))
        etype = _TRIGGER_TABLE[kind][1]
        lower = word.lower()
        if lower in ("calls", "call") and re.match(r"\s+(?:for|on)\b", text[m.end() : m.end() + 5]):
            continue  # "a call for calm", "calls on Washington"
        clause = _clause_before(text, sentence.start, m.start())
        near = _last_words(clause, 6)
        trig = Trigger(m.start(), m.end(), etype)
        if lower in _WEAK:
            trig.weak = True
        elif lower in _GENERIC_VERBS and (to := re.match(r"\s+(?:to|with)\s+", text[m.end() : m.end() + 8])):
            trig.weak = not any(p.full_start == m.end() + to.end() for p in people)
        if _PLANNED.search(near):
            trig.modality = Modality.PLANNED
        trig.past_ref = bool(_PAST_REF.search(_last_words(clause, 4)))
        trig.subordinate = bool(_SUBORDINATE.search(_last_words(clause, 5)))
        trig.definite = bool(_DEFINITE.search(_last_words(clause, 4))) and not _INDEFINITE.search(
            _last_words(clause, 3)
        )
        trig.indefinite = bool(_INDEFINITE.search(_last_words(clause, 4)))
        if etype in (EventType.SUMMIT, EventType.MEETING, EventType.TALKS) and lower not in ("met", "meet", "meets"):
            lo = max(sentence.start, m.start() - 80)
            before = text[lo : m.start()]
            mod = _HOST_MODIFIER.search(before)
            if mod and not any(p.start < m.start() and p.end > lo + mod.start("mod") for p in people):
                tokens = mod.group("mod").split()
                if any(re.fullmatch(r"[A-Z0-9-]{2,}", t) and not t.isdigit() for t in tokens) or len(tokens) >= 3:
                    trig.host = True
            if _SIDELINES.search(before):
                trig.sideline = True
        poss = re.search(r"(\S+)['’]s\s+(?:[\w-]+\s+){0,2}$", text[max(sentence.start, m.start() - 40) : m.start()])
        if poss:
            for p in people:
                if p.end == max(sentence.start, m.start() - 40) + poss.end(1):
                    trig.possessor = p.name
        triggers.append(trig)
    return triggers


# -- participants ------------------------------------------------------------------------------------

_JOIN = re.compile(r"\s*(?:,\s*and\s+|,\s*joined\s+by\s+|,?\s*along\s+with\s+|,?\s*together\s+with\s+|,\s*|\s+and\s+)$")
_WITH_GAP = re.compile(
    r"^(?:['’]s?)?\s+(?P<body>(?:[\w-]+\s+){0,8}?)(?P<end>with|to|met|meets|meet|hosted|hosts|received"
    r"|receives|welcomed|welcomes)\s+$"
)
_WITH_VERBS = re.compile(
    r"\b(?:met|meet|meets|meeting|held|holds|hold|holding|had|has|have|spoke|speaks|speak|talked|talks|"
    r"signed|signs|conferred|negotiated|hosted)\b"
)
_WITH_STOP = re.compile(
    r"\b(?:said|says|told|tells|urged|asked|called|accused|warned|thanked|praised|relations?|relationship|"
    r"ties|than|who|which|that|between|against|war|deal)\b"
)
_NEW_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\b(?:but|while|whereas)\b")
_PSEUDO_TYPE = {"met": EventType.MEETING, "meet": EventType.MEETING, "meets": EventType.MEETING}


def person_groups(text: str, people: list[PersonMention]) -> list[list[PersonMention]]:
    """Runs of people joined by "and", commas or "joined by" ("A and B", "A, B and C", "A, joined by B").

    A bare comma joins only inside a list that goes on to an "and" ("A, B and C"), so "Before speaking
    to Trump, Xi held ..." is two separate mentions.
    """
    groups: list[list[PersonMention]] = []
    joins: list[list[str]] = []
    for p in people:
        gap = text[groups[-1][-1].end : p.full_start] if groups else ""
        if groups and _JOIN.fullmatch(gap):
            groups[-1].append(p)
            joins[-1].append("comma" if re.fullmatch(r"\s*,\s*", gap) else "and")
        else:
            groups.append([p])
            joins.append([])
    result: list[list[PersonMention]] = []
    for group, kinds in zip(groups, joins, strict=True):
        current = [group[0]]
        for k, (person, kind) in enumerate(zip(group[1:], kinds, strict=True)):
            if kind == "comma" and "and" not in kinds[k + 1 :]:
                result.append(current)
                current = []
            current.append(person)
        result.append(current)
    return result


def _names(group: list[PersonMention]) -> list[str]:
    return list(dict.fromkeys(p.name for p in group if p.name))


def find_participations(
    text: str, sentence: Sentence, people: list[PersonMention], triggers: list[Trigger]
) -> list[Participation]:
    """Who the sentence names as taking part in which trigger's event (may add pseudo-triggers)."""
    found: list[Participation] = []
    groups = person_groups(text, people)
    used: set[int] = set()
    for gi, group in enumerate(groups):
        first, last = group[0], group[-1]
        before = text[sentence.start : first.full_start]
        # "between A and B": the nearest trigger before it.
        if len(group) >= 2 and re.search(r"\bbetween\s+$", before):
            prior = [t for t in triggers if t.end <= first.full_start and not t.sideline]
            if prior and len(text[prior[-1].end : first.full_start].split()) <= 9:
                start = first.full_start - len(re.search(r"between\s+$", before).group())
                found.append(Participation(start, last.end, _names(group), prior[-1]))
                used.add(gi)
                continue
        # "A ... with B", "A met B".
        if gi + 1 < len(groups):
            nxt = groups[gi + 1]
            gap = text[last.end : nxt[0].full_start]
            g = _WITH_GAP.match(gap)
            if g and not _CLAUSE_BREAK.search(gap) and not _WITH_STOP.search(gap):
                inside = [t for t in triggers if last.end <= t.start and t.end <= nxt[0].full_start]
                verb = _WITH_VERBS.search(g.group("body") + g.group("end"))
                if g.group("end") == "to" and not re.search(r"\b(?:spoke|speak|speaks|talked)\s+$", gap):
                    inside, verb = [], None
                if inside or verb:
                    if inside:
                        trig = inside[-1]
                    else:
                        vs = last.end + g.start("body") + verb.start()
                        trig = Trigger(vs, vs + len(verb.group()), _PSEUDO_TYPE.get(verb.group(), EventType.OTHER))
                        triggers.append(trig)
                        triggers.sort(key=lambda t: t.start)
                    names = _names(group + nxt)
                    found.append(Participation(first.full_start, nxt[-1].end, names, trig))
                    used.update({gi, gi + 1})
                    continue
        # "A and B <verb> ...": the subject's event is the first main-clause trigger after it.
        if len(group) >= 2 and gi not in used and re.fullmatch(r"[\"“‘(\s]*(?:[^,]{0,40},\s*)?", before):
            after = [
                t
                for t in triggers
                if t.start >= last.end
                and not (t.subordinate or t.host or t.sideline or t.past_ref)
                and not _NEW_CLAUSE.search(text[last.end : t.start])
                and not any(last.end <= p.start < t.start for p in people)
            ]
            specific = [t for t in after if t.type is not None]
            if after:
                trig = specific[0] if specific else after[0]
                found.append(Participation(first.full_start, last.end, _names(group), trig))
                used.add(gi)
    return found


# -- coreference -------------------------------------------------------------------------------------


def _compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or set(a) <= set(b) or set(b) <= set(a)


class EventTracker:
    """Links triggers to events across a report, keeping the latest event as the current one."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.current: Event | None = None

    def new(self, etype: EventType, modality: Modality, participants: list[str], host=False, implicit=False):
        event = Event(len(self.events), etype, modality, list(participants), host=host, implicit=implicit)
        self.events.append(event)
        if not host and not implicit:
            self.current = event
        return event

    def latest(self, cls: str | None, modality: Modality | None = None, people: list[str] | None = None):
        for event in reversed(self.events):
            if event.host or event.implicit:
                continue
            if cls and CLASS_OF[event.type] != cls:
                continue
            if modality and event.modality is not modality:
                continue
            if people is not None and not _compatible(people, event.participants):
                continue
            return event
        return None

    def link(
        self, trig: Trigger, named: list[str], collective: list[str] | None, same_sentence: set[int], actor: str | None
    ) -> Event:
        inherited: list[str] = []
        if trig.type is EventType.VISIT and (trig.possessor or actor):
            inherited = [trig.possessor or actor or ""]
        elif collective:
            inherited = list(collective)
        elif collective is not None:
            pair = next((e for e in reversed(self.events) if len(e.participants) >= 2 and not e.host), None)
            inherited = list(pair.participants) if pair else []
        if trig.host:
            return self.new(trig.type or EventType.SUMMIT, trig.modality, [], host=True)
        if trig.type is None:  # generic
            target = self.current
            if target is None or (len(named) >= 2 and not _compatible(named, target.participants)):
                return self.new(EventType.OTHER, trig.modality, named or inherited)
            self._add(target, named)
            self.current = target
            return target
        cls = CLASS_OF[trig.type]
        if trig.past_ref and self.events:
            return self.new(trig.type, Modality.ASSERTED, named or inherited)
        if named:
            target = self.latest(cls, trig.modality, named)
            if target is not None and (target.participants or target.index in same_sentence):
                self._add(target, named)
                self.current = target
                return target
            return self.new(trig.type, trig.modality, named)
        if trig.indefinite:
            target = self.current
            if target is not None and target.index in same_sentence and CLASS_OF[target.type] == cls:
                return target
            return self.new(trig.type, trig.modality, inherited)
        target = self.latest(cls, trig.modality)
        if target is not None:
            self.current = target
            return target
        return self.new(trig.type, trig.modality, inherited)

    @staticmethod
    def _add(event: Event, names: list[str]) -> None:
        for name in names:
            if name not in event.participants:
                event.participants.append(name)


def link_sentence(
    text: str,
    sentence: Sentence,
    triggers: list[Trigger],
    participations: list[Participation],
    tracker: EventTracker,
    people: list[PersonMention],
) -> None:
    """Assign an event to every trigger of ``sentence`` (in text order)."""
    named: dict[int, list[str]] = {}
    for part in participations:
        named.setdefault(id(part.trigger), [])
        named[id(part.trigger)] += [n for n in part.names if n not in named[id(part.trigger)]]
    same_sentence: set[int] = set()
    groups = [g for g in person_groups(text, people) if len(_names(g)) >= 2]
    for trig in triggers:
        if trig.sideline:
            continue
        clause = _clause_before(text, sentence.start, trig.start)
        collective: list[str] | None = None
        if _COLLECTIVE.search(text[sentence.start : trig.start]):
            subject = [g for g in groups if g[-1].end <= trig.start]
            collective = _names(subject[0]) if subject else []
        clause_start = trig.start - len(clause)
        actors = [p for p in people if clause_start <= p.start and p.end <= trig.start]
        actor = actors[-1].name if actors else None
        trig.event = tracker.link(trig, named.get(id(trig), []), collective, same_sentence, actor)
        same_sentence.add(trig.event.index)
