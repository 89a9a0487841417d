"""Choose the reference event an event mention is about, from everything its claims say.

Pure functions. Matching is two steps:

1. Gates a candidate must pass (a failed gate means "a different event", never "a wrong attribute"):
   not deprecated; planned mentions only match planned references and asserted ones only past ones;
   compatible type (meeting ≈ summit ≈ talks ≈ visit; phone_call ≈ video_call; a call never matches a
   meeting-like event; ``other`` matches anything); at least half of the named participants in common
   when the mention names anyone (one of two may be a wrong name; one of three is another event); every
   claimed date within its window of ``start``…``end`` (see
   :func:`claim_window`); a mention with no date needs a named participant in common, no contradicted
   venue (participants alone cannot tell two meetings of the same leaders apart, so a wrong venue there
   means "another meeting") and either a typed mention (not ``other``) or an agreeing venue; a mention
   naming no one needs a date within the window and an agreeing date or venue; a mention with no
   participants claim of its own (its people only implied) whose date and venue both disagree is another
   event of the same people.
2. A score over the survivors (participants 0.40, date 0.30, type 0.15, venue 0.10, duration 0.05), so a
   single wrong attribute lowers the score but does not move the mention to another event. Equal best
   scores are reported as ambiguous (the caller must not contradict then).

Date windows: a day-precision date matches events whose ``start``…``end`` lies within ±7 days (a wrong
weekday is at most 6 days off, a wrong date in a report is usually within days), a month-precision date
only events overlapping that calendar month, a year-precision date only that year. So "June 2019" never
reaches a 2025 meeting and "since November 2025" never reaches a meeting on 30 October 2025.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from services.checker.verdicts import judge, person_key
from shared.model import (
    Attribute,
    Claim,
    DateValue,
    EventType,
    Modality,
    Precision,
    ReferenceEvent,
    VerdictStatus,
)

DAY_WINDOW_DAYS = 7
TIE_EPSILON = 1e-6
WEIGHTS = {"participants": 0.40, "date": 0.30, "type": 0.15, "venue": 0.10, "duration": 0.05}
MEETING_LIKE = frozenset({EventType.MEETING, EventType.SUMMIT, EventType.TALKS, EventType.VISIT})
CALLS = frozenset({EventType.PHONE_CALL, EventType.VIDEO_CALL})
_STATUS_SCORE = {VerdictStatus.SUPPORTED: 1.0, VerdictStatus.UNVERIFIABLE: 0.5, VerdictStatus.CONTRADICTED: 0.0}


@dataclass
class Match:
    """The chosen reference (``None``: no event in the store fits), its score and a note for the verdict."""

    reference: ReferenceEvent | None
    score: float
    note: str
    ambiguous: bool = False


@dataclass
class _Mention:
    """What all the claims about one event mention say, gathered once."""

    type: EventType
    planned: bool
    names: dict[str, str]  # person_key -> name as claimed
    claims: list[Claim] = field(default_factory=list)
    published: date | None = None  # the report's date, when known

    def of(self, attribute: Attribute) -> list[Claim]:
        return [c for c in self.claims if c.attribute is attribute]

    @property
    def dates(self) -> list[DateValue]:
        return [c.value for c in self.of(Attribute.DATE) if isinstance(c.value, DateValue)]


def claim_window(value: DateValue) -> tuple[date, date]:
    """The days a reference must overlap to be the event a date claim is about."""
    if value.precision is Precision.DAY:
        pad = timedelta(days=DAY_WINDOW_DAYS)
        return value.first_day - pad, value.last_day + pad
    return value.first_day, value.last_day


def date_window(claims: list[Claim]) -> tuple[date, date] | None:
    """The range to search the store over: the hull of the claims' date windows; ``None`` if no dates.

    Every reference :func:`choose_reference` can accept overlaps this range (it must overlap each claim's
    window), so a store lookup of "start <= hi and last_day >= lo" never misses a candidate.
    """
    windows = [claim_window(c.value) for c in claims if isinstance(c.value, DateValue)]
    if not windows:
        return None
    return min(lo for lo, _ in windows), max(hi for _, hi in windows)


def type_score(mention: EventType, reference: EventType) -> float | None:
    """1 for the same type, 0.7 within a family, 0.4 involving ``other``; ``None`` if incompatible."""
    if mention is reference:
        return 1.0
    if EventType.OTHER in (mention, reference):
        return 0.4
    if {mention, reference} <= MEETING_LIKE or {mention, reference} <= CALLS:
        return 0.7
    return None


def choose_reference(claims: list[Claim], candidates: list[ReferenceEvent], published: date | None = None) -> Match:
    """The best-fitting candidate for the event the claims share, or ``None`` if none passes the gates.

    ``published`` is the report's date: a plan it mentions may since have happened, so a planned
    mention also matches a past reference dated on or after it.
    """
    if not claims:
        return Match(None, 0.0, "There are no claims to match.")
    mention = _gather(claims, published)
    eligible = [ref for ref in candidates if _eligible(mention, ref)]
    if not eligible:
        return Match(None, 0.0, _no_match_note(candidates))
    ranked = sorted(((_score(mention, ref), ref) for ref in eligible), key=lambda s: (-s[0], s[1].id))
    best_score, best = ranked[0]
    tied = [ref for score, ref in ranked[1:] if best_score - score < TIE_EPSILON]
    if tied:
        return Match(best, best_score, _tie_note([best, *tied]), ambiguous=True)
    return Match(best, best_score, "")


def _gather(claims: list[Claim], published: date | None = None) -> _Mention:
    events = [c.event for c in claims]
    kind = next((e.type for e in events if e.type is not EventType.OTHER), EventType.OTHER)
    planned = any(e.modality is Modality.PLANNED for e in events)
    names: dict[str, str] = {}
    for name in _named(claims):
        names.setdefault(person_key(name), name)
    return _Mention(kind, planned, names, list(claims), published)


def _named(claims: list[Claim]) -> Iterable[str]:
    """Everyone the mention names: the event's participants and every participants claim."""
    for claim in claims:
        yield from claim.event.participants
        if claim.attribute is Attribute.PARTICIPANTS and isinstance(claim.value, list):
            yield from claim.value


def _eligible(mention: _Mention, ref: ReferenceEvent) -> bool:
    if ref.rank == "deprecated" or not _same_modality(mention, ref):
        return False
    if type_score(mention.type, ref.event_type) is None:
        return False
    if mention.names and 2 * len(_common(mention, ref)) < len(mention.names):
        return False  # most of the people it names are not in the reference: another event
    if not all(_in_window(d, ref) for d in mention.dates):
        return False
    if not mention.dates:
        return bool(mention.names) and _undated_fits(mention, ref)
    if not mention.names:
        return any(_any_status(mention, ref, a, VerdictStatus.SUPPORTED) for a in (Attribute.DATE, Attribute.VENUE))
    return not _implied_cast_elsewhere(mention, ref)


def _implied_cast_elsewhere(mention: _Mention, ref: ReferenceEvent) -> bool:
    """People only implied ("their summit in Beijing on Thursday"), and both date and place disagree.

    With no participants claim of its own, the mention's people come from context; a wrong day *and* a wrong
    place then say "another event of the same people" (the day before, in another city), not two errors.
    """
    if mention.of(Attribute.PARTICIPANTS):
        return False
    return all(_any_status(mention, ref, a, VerdictStatus.CONTRADICTED) for a in (Attribute.DATE, Attribute.VENUE))


def _same_modality(mention: _Mention, ref: ReferenceEvent) -> bool:
    """Planned matches planned, asserted matches past; a plan may match what happened after the report."""
    if ref.planned == mention.planned:
        return True
    carried_out = mention.published is not None and ref.start >= mention.published
    return mention.planned and not ref.planned and carried_out


def _undated_fits(mention: _Mention, ref: ReferenceEvent) -> bool:
    """Without a date, shared names need a typed mention or an agreeing venue, and no venue conflict."""
    if _any_status(mention, ref, Attribute.VENUE, VerdictStatus.CONTRADICTED):
        return False
    typed = (type_score(mention.type, ref.event_type) or 0.0) >= 0.7
    return typed or _any_status(mention, ref, Attribute.VENUE, VerdictStatus.SUPPORTED)


def _common(mention: _Mention, ref: ReferenceEvent) -> set[str]:
    return set(mention.names) & {person_key(n) for n in ref.names()}


def _in_window(value: DateValue, ref: ReferenceEvent) -> bool:
    lo, hi = claim_window(value)
    return ref.start <= hi and ref.last_day >= lo


def _any_status(mention: _Mention, ref: ReferenceEvent, attribute: Attribute, status: VerdictStatus) -> bool:
    return any(judge(c, ref).status is status for c in mention.of(attribute))


def _score(mention: _Mention, ref: ReferenceEvent) -> float:
    """Weighted agreement in [0, 1]; components a mention says nothing about count as neutral (0.5)."""
    parts = {
        "participants": _participant_score(mention, ref),
        "date": _mean(_date_score(d, ref) for d in mention.dates),
        "type": type_score(mention.type, ref.event_type) or 0.0,
        "venue": _mean(_STATUS_SCORE[judge(c, ref).status] for c in mention.of(Attribute.VENUE)),
        "duration": _mean(
            float(judge(c, ref).status is VerdictStatus.SUPPORTED) for c in mention.of(Attribute.DURATION)
        ),
    }
    return round(sum(WEIGHTS[k] * v for k, v in parts.items()), 6)


def _participant_score(mention: _Mention, ref: ReferenceEvent) -> float:
    """Shared people over the larger of the two casts: a full match of the same pair scores 1."""
    if not mention.names:
        return 0.5
    return len(_common(mention, ref)) / max(len(mention.names), len(ref.participants))


def _date_score(value: DateValue, ref: ReferenceEvent) -> float:
    """1 when the date agrees; a near miss inside the window scores up to 0.5, falling with distance."""
    if value.first_day <= ref.last_day and ref.start <= value.last_day:
        return 1.0
    gap = (ref.start - value.last_day).days if ref.start > value.last_day else (value.first_day - ref.last_day).days
    return 0.5 * max(0.0, 1 - gap / (DAY_WINDOW_DAYS + 1))


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.5


def _tie_note(refs: list[ReferenceEvent]) -> str:
    named = _join([f"'{r.title}' ({r.id})" for r in refs])
    return f"Note: {named} fit this event equally well, so a disagreement is not treated as a contradiction."


def _no_match_note(candidates: list[ReferenceEvent]) -> str:
    if not candidates:
        return "The store holds no event with these participants or places near these dates."
    return (
        f"None of the {len(candidates)} candidate event(s) fits its type, named participants, "
        "date and planned/asserted status."
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
