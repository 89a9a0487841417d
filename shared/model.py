"""The claimcheck domain model, defined once for every service.

Plain dataclasses with ``to_dict``/``from_dict`` in the JSON shapes of the API
contract, so the extractor, the checker and the gateway exchange exactly the
same structures (over HTTP, through Redis and in tests).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any


class Attribute(str, Enum):
    """The kinds of checkable fact a claim can carry."""

    DATE = "date"
    DURATION = "duration"
    PARTICIPANTS = "participants"
    VENUE = "venue"


class EventType(str, Enum):
    """What kind of event a mention or a reference describes."""

    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    SUMMIT = "summit"
    VISIT = "visit"
    TALKS = "talks"
    OTHER = "other"


class Modality(str, Enum):
    """Whether the text reports the event as having happened or as planned."""

    ASSERTED = "asserted"
    PLANNED = "planned"


class Precision(str, Enum):
    """The grain a date claim is stated at; never finer than the text gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class VerdictStatus(str, Enum):
    """The outcome of checking one claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"
    PENDING = "pending"


class ReportStatus(str, Enum):
    """Lifecycle of a submitted report: ``checking`` until the checker ends it."""

    CHECKING = "checking"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class DateValue:
    """A calendar date at a stated precision.

    :ivar value: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` to match ``precision``.
    :ivar precision: day, month or year.
    """

    value: str
    precision: Precision

    @classmethod
    def of(cls, day: date, precision: Precision = Precision.DAY) -> DateValue:
        """Build the value for ``day`` truncated to ``precision``."""
        if precision is Precision.DAY:
            return cls(day.isoformat(), precision)
        return cls(day.isoformat()[:7] if precision is Precision.MONTH else f"{day.year:04d}", precision)

    @property
    def first_day(self) -> date:
        """The first calendar day the value covers."""
        parts = [int(p) for p in self.value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    @property
    def last_day(self) -> date:
        """The last calendar day the value covers."""
        first = self.first_day
        if self.precision is Precision.DAY:
            return first
        if self.precision is Precision.MONTH:
            return first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return date(first.year, 12, 31)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateValue:
        return cls(str(data["value"]), Precision(data["precision"]))


@dataclass(frozen=True)
class DurationValue:
    """How long an event lasted.

    :ivar seconds: the stated length in seconds.
    :ivar approximate: true when the text hedges ("about", "nearly", ...).
    """

    seconds: int
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"seconds": self.seconds, "approximate": self.approximate}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DurationValue:
        return cls(int(data["seconds"]), bool(data.get("approximate", False)))


VENUE_FIELDS = ("name", "city", "region", "country")


@dataclass(frozen=True)
class Venue:
    """A place as the text (or a reference) states it; absent fields are ``None``.

    :ivar name: a named site ("Filoli", "Capella Hotel").
    :ivar city: city or town.
    :ivar region: state, province or island region ("California", "Bali").
    :ivar country: country name ("South Korea").
    :ivar country_code: ISO 3166 alpha-2, references only.
    """

    name: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None

    def to_dict(self) -> dict[str, str]:
        keys = (*VENUE_FIELDS, "country_code")
        return {k: getattr(self, k) for k in keys if getattr(self, k)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Venue:
        keys = (*VENUE_FIELDS, "country_code")
        return cls(**{k: data[k] for k in keys if data.get(k)})


ClaimValue = DateValue | DurationValue | Venue | list[str]


def value_to_json(value: ClaimValue | None) -> Any:
    """The JSON shape of a claim value (a list of names stays a list)."""
    if value is None or isinstance(value, list):
        return value
    return value.to_dict()


def value_from_json(attribute: Attribute, data: Any) -> ClaimValue | None:
    """Parse a claim value of ``attribute`` from its JSON shape."""
    if data is None:
        return None
    if attribute is Attribute.DATE:
        return DateValue.from_dict(data)
    if attribute is Attribute.DURATION:
        return DurationValue.from_dict(data)
    if attribute is Attribute.VENUE:
        return Venue.from_dict(data)
    return [str(name) for name in data]


@dataclass
class EventMention:
    """One event as a report talks about it; several claims may share it.

    :ivar id: stable within the report ("e1", "e2", ...).
    :ivar type: the kind of event.
    :ivar participants: canonical names of the people taking part.
    :ivar modality: asserted (happened) or planned (future).
    """

    id: str
    type: EventType = EventType.OTHER
    participants: list[str] = field(default_factory=list)
    modality: Modality = Modality.ASSERTED

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.value,
            "participants": list(self.participants),
            "modality": self.modality.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventMention:
        return cls(
            id=str(data.get("id", "e1")),
            type=EventType(data.get("type", "other")),
            participants=list(data.get("participants", [])),
            modality=Modality(data.get("modality", "asserted")),
        )


@dataclass(frozen=True)
class Source:
    """Where a reference fact was confirmed.

    :ivar url: the page.
    :ivar title: its headline (and outlet).
    :ivar confirms: which attributes that page confirms.
    """

    url: str
    title: str
    confirms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "title": self.title, "confirms": list(self.confirms)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(str(data["url"]), str(data["title"]), tuple(data.get("confirms", ())))


@dataclass
class VerdictEntry:
    """An earlier verdict of a claim, kept when a re-check replaces it.

    :ivar status: the verdict status then.
    :ivar reference_id: the reference it was judged against.
    :ivar reference_version: that reference's version then.
    :ivar checked_at: ISO 8601 time of that check.
    """

    status: VerdictStatus
    reference_id: str | None
    reference_version: int | None
    checked_at: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "reference_id": self.reference_id,
            "reference_version": self.reference_version,
            "checked_at": self.checked_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VerdictEntry:
        return cls(
            VerdictStatus(data["status"]),
            data.get("reference_id"),
            data.get("reference_version"),
            str(data.get("checked_at", "")),
        )


@dataclass
class Verdict:
    """The checker's judgement of one claim.

    :ivar status: supported, contradicted, unverifiable or pending.
    :ivar reference_id: the reference event it was judged against, if any.
    :ivar reference_version: that reference's version.
    :ivar expected: the reference's value in the claim's value shape.
    :ivar explanation: one sentence a reviewer can read aloud.
    :ivar sources: the reference's sources.
    :ivar checked_at: ISO 8601 time of the check.
    """

    status: VerdictStatus = VerdictStatus.PENDING
    reference_id: str | None = None
    reference_version: int | None = None
    expected: Any = None
    explanation: str = "Not checked yet."
    sources: list[Source] = field(default_factory=list)
    checked_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "reference_id": self.reference_id,
            "reference_version": self.reference_version,
            "expected": value_to_json(self.expected),
            "explanation": self.explanation,
            "sources": [{"url": s.url, "title": s.title} for s in self.sources],
            "checked_at": self.checked_at,
        }

    @classmethod
    def from_dict(cls, attribute: Attribute, data: dict[str, Any]) -> Verdict:
        return cls(
            status=VerdictStatus(data.get("status", "pending")),
            reference_id=data.get("reference_id"),
            reference_version=data.get("reference_version"),
            expected=value_from_json(attribute, data.get("expected")),
            explanation=str(data.get("explanation", "")),
            sources=[Source.from_dict(s) for s in data.get("sources", [])],
            checked_at=data.get("checked_at"),
        )


@dataclass
class Claim:
    """One checkable statement about an event attribute.

    :ivar id: stable within the report ("c1", ...).
    :ivar attribute: date, duration, participants or venue.
    :ivar mention: the verbatim text carrying the claim.
    :ivar span: ``(start, end)`` offsets with ``text[start:end] == mention``.
    :ivar event: the event mention the claim is about.
    :ivar value: the normalised value, as the text states it.
    :ivar verdict: the latest verdict (pending until checked).
    :ivar history: earlier verdicts, oldest first.
    """

    id: str
    attribute: Attribute
    mention: str
    span: tuple[int, int]
    event: EventMention
    value: ClaimValue
    verdict: Verdict = field(default_factory=Verdict)
    history: list[VerdictEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "attribute": self.attribute.value,
            "mention": self.mention,
            "span": [self.span[0], self.span[1]],
            "event": self.event.to_dict(),
            "value": value_to_json(self.value),
            "verdict": self.verdict.to_dict(),
            "history": [h.to_dict() for h in self.history],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        attribute = Attribute(data["attribute"])
        return cls(
            id=str(data["id"]),
            attribute=attribute,
            mention=str(data["mention"]),
            span=(int(data["span"][0]), int(data["span"][1])),
            event=EventMention.from_dict(data.get("event", {})),
            value=value_from_json(attribute, data["value"]),
            verdict=Verdict.from_dict(attribute, data.get("verdict") or {}),
            history=[VerdictEntry.from_dict(h) for h in data.get("history", [])],
        )


@dataclass(frozen=True)
class Participant:
    """A principal of a reference event: canonical name plus the aliases reports use."""

    name: str
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "aliases": list(self.aliases)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(str(data["name"]), tuple(data.get("aliases", ())))


@dataclass
class ReferenceEvent:
    """A curated, sourced record of a known event (the references.jsonl format).

    :ivar id: stable identifier.
    :ivar event_type: phone_call, video_call, meeting, summit, visit or talks.
    :ivar title: human-readable name.
    :ivar participants: the principals.
    :ivar start: first day (local time at the venue).
    :ivar end: last day, multi-day events only.
    :ivar duration_minutes: only where a source gives it.
    :ivar duration_note: present when the duration is approximate.
    :ivar venue: the confirmed venue fields; absent for calls.
    :ivar notes: what was left out and why.
    :ivar sources: where each fact was confirmed.
    :ivar planned: true for an announced event that has not happened yet.
    :ivar rank: ``normal`` or ``deprecated`` (deprecated records are never matched).
    :ivar version: bumped on every replace; starts at 1.
    :ivar updated_at: ISO 8601 time of the last write.
    """

    id: str
    event_type: EventType
    title: str
    participants: list[Participant]
    start: date
    sources: list[Source]
    end: date | None = None
    duration_minutes: float | None = None
    duration_note: str | None = None
    venue: Venue | None = None
    notes: str | None = None
    planned: bool = False
    rank: str = "normal"
    version: int = 1
    updated_at: str | None = None

    @property
    def last_day(self) -> date:
        """The last day of the event (``start`` for one-day events)."""
        return self.end or self.start

    def names(self) -> set[str]:
        """Every canonical name and alias, for matching."""
        return {n for p in self.participants for n in (p.name, *p.aliases)}

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "event_type": self.event_type.value,
            "title": self.title,
            "participants": [p.to_dict() for p in self.participants],
            "start": self.start.isoformat(),
        }
        optional = {
            "end": self.end.isoformat() if self.end else None,
            "duration_minutes": self.duration_minutes,
            "duration_note": self.duration_note,
            "venue": self.venue.to_dict() if self.venue else None,
            "notes": self.notes,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        data["sources"] = [s.to_dict() for s in self.sources]
        data.update(planned=self.planned, rank=self.rank, version=self.version, updated_at=self.updated_at)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReferenceEvent:
        return cls(
            id=str(data["id"]),
            event_type=EventType(data["event_type"]),
            title=str(data["title"]),
            participants=[Participant.from_dict(p) for p in data["participants"]],
            start=date.fromisoformat(str(data["start"])),
            end=date.fromisoformat(str(data["end"])) if data.get("end") else None,
            duration_minutes=data.get("duration_minutes"),
            duration_note=data.get("duration_note"),
            venue=Venue.from_dict(data["venue"]) if data.get("venue") else None,
            notes=data.get("notes"),
            sources=[Source.from_dict(s) for s in data["sources"]],
            planned=bool(data.get("planned", False)),
            rank=str(data.get("rank", "normal")),
            version=int(data.get("version", 1)),
            updated_at=data.get("updated_at"),
        )


@dataclass
class Report:
    """A submitted text and everything the suite found and judged in it.

    :ivar id: server-assigned identifier.
    :ivar text: the report body.
    :ivar published_at: ISO 8601 anchor for relative dates.
    :ivar status: checking, done or failed.
    :ivar title: optional headline.
    :ivar source_url: optional link to the published report.
    :ivar claims: the extracted claims with their verdicts.
    :ivar created_at: ISO 8601 time the gateway accepted it.
    :ivar error: why the check failed, when ``status`` is failed.
    """

    id: str
    text: str
    published_at: str
    status: ReportStatus = ReportStatus.CHECKING
    title: str | None = None
    source_url: str | None = None
    claims: list[Claim] = field(default_factory=list)
    created_at: str | None = None
    checked_at: str | None = None
    error: str | None = None

    def summary(self) -> dict[str, int]:
        """Counts of claims per verdict status, every status present."""
        counts = {s.value: 0 for s in VerdictStatus}
        for claim in self.claims:
            counts[claim.verdict.status.value] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "title": self.title,
            "source_url": self.source_url,
            "published_at": self.published_at,
            "created_at": self.created_at,
            "checked_at": self.checked_at,
            "error": self.error,
            "text": self.text,
            "claims": [c.to_dict() for c in self.claims],
            "summary": self.summary(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            published_at=str(data["published_at"]),
            status=ReportStatus(data.get("status", "checking")),
            title=data.get("title"),
            source_url=data.get("source_url"),
            claims=[Claim.from_dict(c) for c in data.get("claims", [])],
            created_at=data.get("created_at"),
            checked_at=data.get("checked_at"),
            error=data.get("error"),
        )
