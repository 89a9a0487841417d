"""The verdict rules: judge one claim against the reference event it was matched to.

Pure functions (no Redis, no clock), implementing the "Verdicts" section of the corpus README:

- date: a day agrees when it falls within ``start``…``end``; a month or year agrees when it overlaps them;
- duration: within ±25% when the claim is approximate or the reference has a ``duration_note``, else
  within ±5% (at least ±5 minutes); no ``duration_minutes`` → unverifiable;
- participants: every named person must be a reference participant (canonical name or alias);
- venue: every stated field the reference can be compared with must agree; see :func:`_judge_venue`.

The caller sets ``checked_at`` and, for an ambiguous match, downgrades a contradiction to unverifiable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from shared import gazetteer
from shared.model import (
    VENUE_FIELDS,
    Attribute,
    Claim,
    DateValue,
    DurationValue,
    Precision,
    ReferenceEvent,
    Venue,
    Verdict,
    VerdictStatus,
)

APPROXIMATE_TOLERANCE = 0.25
EXACT_TOLERANCE = 0.05
EXACT_MIN_MINUTES = 5.0
_GENERIC_NAME_WORDS = {"the", "hotel", "house", "estate", "palace", "hall", "center", "centre", "base", "air"}


class Agreement(str, Enum):
    """How one claimed venue field compares with the reference venue."""

    AGREES = "agrees"
    DIFFERS = "differs"
    UNKNOWN = "unknown"  # the reference cannot confirm or refute it


@dataclass(frozen=True)
class Outcome:
    """A rule's finding before it is dressed as a :class:`Verdict`."""

    status: VerdictStatus
    expected: Any
    reason: str  # completes "The reference 'T' (id) ..."


def person_key(name: str) -> str:
    """Compare people ignoring case, diacritics, dots and hyphens ("Kim Jong-un" = "Kim Jong Un")."""
    return gazetteer.normalize(name.replace(".", " ").replace("-", " "))


def judge(claim: Claim, reference: ReferenceEvent | None, note: str = "") -> Verdict:
    """The verdict on ``claim`` against ``reference`` (``None``: no event in the store matched)."""
    if reference is None:
        text = "No reference event in the store matches the event this claim is about, so it cannot be checked."
        return Verdict(status=VerdictStatus.UNVERIFIABLE, explanation=_with_note(text, note))
    outcome = _RULES[claim.attribute](claim.value, reference)
    text = f"The reference '{reference.title}' ({reference.id}) {outcome.reason}."
    return Verdict(
        status=outcome.status,
        reference_id=reference.id,
        reference_version=reference.version,
        expected=outcome.expected,
        explanation=_with_note(text, note),
        sources=list(reference.sources),
    )


def _with_note(text: str, note: str) -> str:
    note = note.strip()
    if not note:
        return text
    return f"{text} {note}" if note.endswith((".", "!", "?")) else f"{text} {note}."


# --- date -------------------------------------------------------------------------------------------


def _judge_date(value: DateValue, ref: ReferenceEvent) -> Outcome:
    """Day: inside start…end; month/year: the period overlaps start…end."""
    expected = DateValue.of(ref.start)
    span = ref.start.isoformat() if ref.end in (None, ref.start) else f"{ref.start} to {ref.last_day}"
    claimed = _date_text(value)
    if value.first_day <= ref.last_day and ref.start <= value.last_day:
        tail = f"which includes {claimed}" if ref.end else f"which matches {claimed}"
        if value.precision is not Precision.DAY:
            tail = f"which falls in {claimed}" if not ref.end else f"which overlaps {claimed}"
        return Outcome(VerdictStatus.SUPPORTED, expected, f"dates the event to {span}, {tail}")
    tail = f"not {claimed}" if value.precision is Precision.DAY else f"which is outside {claimed}"
    return Outcome(VerdictStatus.CONTRADICTED, expected, f"dates the event to {span}, {tail}")


def _date_text(value: DateValue) -> str:
    if value.precision is Precision.MONTH:
        return value.first_day.strftime("%B %Y")
    return value.value


# --- duration ---------------------------------------------------------------------------------------


def duration_tolerance(minutes: float, approximate: bool) -> float:
    """Allowed difference in minutes: ±25% when hedged on either side, else ±5% but at least 5 minutes."""
    if approximate:
        return minutes * APPROXIMATE_TOLERANCE
    return max(minutes * EXACT_TOLERANCE, EXACT_MIN_MINUTES)


def _judge_duration(value: DurationValue, ref: ReferenceEvent) -> Outcome:
    claimed = _minutes_text(value.seconds / 60, value.approximate)
    if ref.duration_minutes is None:
        reason = f"records no duration for the event, so the claimed {claimed} cannot be checked"
        return Outcome(VerdictStatus.UNVERIFIABLE, None, reason)
    minutes = float(ref.duration_minutes)
    loose = value.approximate or bool(ref.duration_note)
    expected = DurationValue(round(minutes * 60), approximate=bool(ref.duration_note))
    tolerance = duration_tolerance(minutes, loose)
    given = f"gives the duration as {_minutes_text(minutes, bool(ref.duration_note))}"
    bounds = f"{_minutes_text(minutes - tolerance)} to {_minutes_text(minutes + tolerance)}"
    if abs(value.seconds / 60 - minutes) <= tolerance:
        return Outcome(VerdictStatus.SUPPORTED, expected, f"{given}, and the claimed {claimed} is within {bounds}")
    return Outcome(VerdictStatus.CONTRADICTED, expected, f"{given}, so the claimed {claimed} is outside {bounds}")


def _minutes_text(minutes: float, approximate: bool = False) -> str:
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    if hours == 0:
        text = f"{rest} minutes"
    else:
        text = f"{hours} hour{'s' if hours > 1 else ''}" + (f" {rest} minutes" if rest else "")
    return f"about {text}" if approximate else text


# --- participants -----------------------------------------------------------------------------------


def _judge_participants(value: list[str], ref: ReferenceEvent) -> Outcome:
    """Naming a subset is fine; naming anyone outside the reference contradicts."""
    expected = [p.name for p in ref.participants]
    listed = _names_text(expected)
    if not value:
        return Outcome(VerdictStatus.UNVERIFIABLE, expected, f"lists {listed}, but the claim names no one")
    known = {person_key(n) for n in ref.names()}
    outsiders = [n for n in value if person_key(n) not in known]
    if outsiders:
        reason = f"lists {listed} as the participants, not {_names_text(outsiders)}"
        return Outcome(VerdictStatus.CONTRADICTED, expected, reason)
    return Outcome(VerdictStatus.SUPPORTED, expected, f"lists {listed} as the participants, as the claim does")


def _names_text(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


# --- venue ------------------------------------------------------------------------------------------


def _judge_venue(value: Venue, ref: ReferenceEvent) -> Outcome:
    """Every stated field the reference can be compared with must agree; any difference contradicts.

    Fields the reference cannot speak to are ignored (e.g. a claimed region "Bali" when the reference
    only has the country); if nothing is comparable the claim is unverifiable.
    """
    stated = [(f, getattr(value, f)) for f in VENUE_FIELDS if getattr(value, f)]
    claimed = ", ".join(f"{f} {text}" for f, text in stated) or "place"
    if ref.venue is None:
        return Outcome(
            VerdictStatus.UNVERIFIABLE, None, f"records no venue, so the claimed {claimed} cannot be checked"
        )
    venue = ref.venue
    expected = Venue(venue.name, venue.city, venue.region, venue.country, venue.country_code)
    place = f"places the event at {_venue_text(venue)}"
    results = [(f, text, _COMPARE[f](text, venue)) for f, text in stated]
    differing = [f"{f} {text}" for f, text, r in results if r is Agreement.DIFFERS]
    if differing:
        return Outcome(VerdictStatus.CONTRADICTED, expected, f"{place}, not the claimed {', '.join(differing)}")
    agreeing = [text for _, text, r in results if r is Agreement.AGREES]
    if agreeing:
        return Outcome(
            VerdictStatus.SUPPORTED, expected, f"{place}, which agrees with the claimed {', '.join(agreeing)}"
        )
    reason = f"{place}, which can neither confirm nor rule out the claimed {claimed}"
    return Outcome(VerdictStatus.UNVERIFIABLE, expected, reason)


def _venue_text(venue: Venue) -> str:
    return ", ".join(getattr(venue, f) for f in VENUE_FIELDS if getattr(venue, f))


def _compare_name(claimed: str, venue: Venue) -> Agreement:
    """Names agree if one contains the other; sharing only a distinctive word is not a disagreement."""
    if not venue.name:
        return Agreement.UNKNOWN
    a, b = _name_key(claimed), _name_key(venue.name)
    if a and b and (a in b or b in a):
        return Agreement.AGREES
    shared = (set(a.split()) & set(b.split())) - _GENERIC_NAME_WORDS
    return Agreement.UNKNOWN if shared else Agreement.DIFFERS


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", gazetteer.normalize(name)).split())


def _compare_city(claimed: str, venue: Venue) -> Agreement:
    """Against a reference city: equal (or a containing place) agrees, anything else differs.

    Without a reference city: a city the gazetteer puts outside the reference region/country differs;
    one inside it (or one the gazetteer does not know) cannot be confirmed.
    """
    if venue.city:
        same = gazetteer.normalize(claimed) == gazetteer.normalize(venue.city)
        return Agreement.AGREES if same or gazetteer.contains_venue(claimed, venue) else Agreement.DIFFERS
    readings = [p for p in gazetteer.lookup(claimed) if p.kind == "city"]
    if not readings or not (venue.region or venue.country or venue.country_code):
        return Agreement.UNKNOWN
    inside = any(_in_reference_area(p, venue) for p in readings)
    return Agreement.UNKNOWN if inside else Agreement.DIFFERS


def _in_reference_area(place: gazetteer.Place, venue: Venue) -> bool:
    """Whether a city reading lies in the reference's region (a US state) or else its country."""
    as_venue = Venue(city=place.name, region=place.region, country_code=place.country_code)
    if venue.region and any(p.kind == "region" for p in gazetteer.lookup(venue.region)):
        return gazetteer.contains_venue(venue.region, as_venue)
    if venue.country and gazetteer.contains_venue(venue.country, as_venue):
        return True
    return place.country_code == venue.country_code


def _compare_area(claimed: str, venue: Venue) -> Agreement:
    """A claimed region/country agrees when it names or contains the venue; differs only when known elsewhere."""
    if gazetteer.contains_venue(claimed, venue):
        return Agreement.AGREES
    readings = [p for p in gazetteer.lookup(claimed) if p.kind != "city"]
    if readings and all(_area_conflicts(p, venue) for p in readings):
        return Agreement.DIFFERS
    return Agreement.UNKNOWN


def _area_conflicts(area: gazetteer.Place, venue: Venue) -> bool:
    """A known country/region that does not contain the venue conflicts if the venue's own area is known."""
    codes = _venue_codes(venue)
    if not codes:
        return False
    if area.kind == "country" or area.country_code not in codes:
        return True
    region = venue.region or _venue_city_region(venue)
    return region is not None and gazetteer.normalize(region) != gazetteer.normalize(area.name)


def _venue_codes(venue: Venue) -> set[str]:
    if venue.country_code:
        return {venue.country_code}
    names = [n for n in (venue.country, venue.region) if n]
    return {p.country_code for n in names for p in gazetteer.lookup(n) if p.kind != "city"}


def _venue_city_region(venue: Venue) -> str | None:
    """The reference city's US state, when the gazetteer knows exactly one."""
    if not venue.city:
        return None
    readings = [p for p in gazetteer.lookup(venue.city) if p.kind == "city" and p.region]
    if venue.country_code:
        readings = [p for p in readings if p.country_code == venue.country_code]
    regions = {p.region for p in readings}
    return regions.pop() if len(regions) == 1 else None


_COMPARE: dict[str, Callable[[str, Venue], Agreement]] = {
    "name": _compare_name,
    "city": _compare_city,
    "region": _compare_area,
    "country": _compare_area,
}

_RULES: dict[Attribute, Callable[[Any, ReferenceEvent], Outcome]] = {
    Attribute.DATE: _judge_date,
    Attribute.DURATION: _judge_duration,
    Attribute.PARTICIPANTS: _judge_participants,
    Attribute.VENUE: _judge_venue,
}
