"""Checking a report's claims: group them by event, find candidates in the store, judge each.

The pure rules live in :mod:`services.checker.matching` and :mod:`services.checker.verdicts`;
this module only adds the store lookups around them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from services.checker.matching import Match, choose_reference, date_window
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


SECOND_ACCOUNT_NOTE = (
    "Another event mention of this report matches that reference better, so this one may be another event: "
    "its differences are not counted as contradictions."
)


def match_event(store: Store, claims: list[Claim], published: date | None = None) -> Match:
    """The best-matching reference for the claims of one event mention."""
    first, last = lookup_window(claims, published)
    ids = store.candidate_ids(mention_names(claims), first, last, places=mention_places(claims))
    candidates = [r for r in store.get_references(ids) if r.rank != "deprecated"]
    return choose_reference(claims, candidates, published)


def judge_event(claims: list[Claim], match: Match, second: bool = False) -> dict[str, Verdict]:
    """Verdicts for the claims of one event mention against its match.

    An ambiguous match never contradicts; nor does a ``second`` account: a mention whose reference another
    mention of the same report matches better ("On Monday, Trump had lunch with Lee Hsien Loong" beside the
    Singapore summit of Tuesday). The extractor links what it takes for one event into one mention, so a second
    mention is more likely another event than a second, wrong account of the same one.
    """
    verdicts = {}
    for claim in claims:
        verdict = judge(claim, match.reference, SECOND_ACCOUNT_NOTE if second else match.note)
        if (match.ambiguous or second) and verdict.status is VerdictStatus.CONTRADICTED:
            verdict.status = VerdictStatus.UNVERIFIABLE
        verdicts[claim.id] = verdict
    return verdicts


def check_claims(store: Store, claims: list[Claim], published: date | None = None) -> dict[str, Verdict]:
    """Verdicts for every claim, keyed by claim id; ``published`` is the report's (UTC) date."""
    groups = list(_by_event(claims).values())
    matches = [match_event(store, group, published) for group in groups]
    best: dict[str, float] = {}  # reference id -> the best score a mention of the report has for it
    for match in matches:
        if match.reference is not None:
            best[match.reference.id] = max(best.get(match.reference.id, match.score), match.score)
    verdicts: dict[str, Verdict] = {}
    first: set[str] = set()  # references the best-scoring mention has taken
    for group, match in zip(groups, matches, strict=True):
        ref = match.reference
        second = ref is not None and (match.score < best[ref.id] or ref.id in first)
        if ref is not None and not second:
            first.add(ref.id)
        verdicts.update(judge_event(group, match, second))
    return verdicts
