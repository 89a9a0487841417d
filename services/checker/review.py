"""Checking a report's claims: group them by event, find candidates in the store, judge each.

The pure rules live in :mod:`services.checker.matching` and :mod:`services.checker.verdicts`;
this module only adds the store lookups around them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from services.checker.matching import choose_reference, date_window
from services.checker.verdicts import judge
from shared.model import Attribute, Claim, Venue, Verdict, VerdictStatus
from shared.storage import Store

UNDATED_LOOKUP = timedelta(days=366)
"""How far from the report's date an undated event mention is looked for."""


def _by_event(claims: list[Claim]) -> dict[str, list[Claim]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[claim.event.id].append(claim)
    return groups


def mention_names(claims: list[Claim]) -> set[str]:
    """Everyone the mention names: its participants and those of its participants claims."""
    named = {n for c in claims for n in c.event.participants}
    return named | {n for c in claims if c.attribute is Attribute.PARTICIPANTS for n in c.value}


def mention_places(claims: list[Claim]) -> set[str]:
    """Every place a venue claim of the mention states (city, region, country, site name)."""
    return {p for c in claims if isinstance(c.value, Venue) for p in c.value.to_dict().values()}


def lookup_window(claims: list[Claim], published: date | None) -> tuple[date | None, date | None]:
    """The start-day range to read candidates from: the claims' date window, else a year either side of
    the report's date (an undated mention is about a recent or coming event; reading a person's whole
    record instead grows with the store), else unbounded."""
    window = date_window(claims)
    if window:
        return window
    if published is not None:
        return published - UNDATED_LOOKUP, published + UNDATED_LOOKUP
    return None, None


def check_event(store: Store, claims: list[Claim], published: date | None = None) -> dict[str, Verdict]:
    """Verdicts for the claims of one event mention, judged against the best-matching reference."""
    first, last = lookup_window(claims, published)
    ids = store.candidate_ids(mention_names(claims), first, last, places=mention_places(claims))
    candidates = [r for r in store.get_references(ids) if r.rank != "deprecated"]
    match = choose_reference(claims, candidates, published)
    verdicts = {}
    for claim in claims:
        verdict = judge(claim, match.reference, match.note)
        if match.ambiguous and verdict.status is VerdictStatus.CONTRADICTED:
            verdict.status = VerdictStatus.UNVERIFIABLE
        verdicts[claim.id] = verdict
    return verdicts


def check_claims(store: Store, claims: list[Claim], published: date | None = None) -> dict[str, Verdict]:
    """Verdicts for every claim, keyed by claim id; ``published`` is the report's (UTC) date."""
    verdicts: dict[str, Verdict] = {}
    for group in _by_event(claims).values():
        verdicts.update(check_event(store, group, published))
    return verdicts
