"""The claims the check benchmark replays: what ``extract`` finds in the corpus reports.

Extracted the way the gateway does it (with the store's lexicon for the text), once, before any timing.
Until the extractor exists, claims are rebuilt from the articles' ``expected_claims`` instead: one event per
``event_ref`` carrying that event's expected participants (each unreferenced claim is its own event).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from bench.corpus import Article
from shared.model import Attribute, Claim, EventMention, EventType, value_from_json
from shared.storage import Store


def extracted(articles: list[Article], store: Store) -> dict[str, list[Claim]]:
    """Claims per report id from ``services.extractor.extract`` with the store's lexicon."""
    from services.extractor import Lexicon, extract  # noqa: PLC0415 - may still be in the making

    return {a.id: extract(a.text, a.published_at, Lexicon.from_dict(store.lexicon_for(a.text))) for a in articles}


def from_expected(articles: list[Article], reference_docs: list[dict[str, Any]]) -> dict[str, list[Claim]]:
    """Claims per report id rebuilt from the annotations (the fallback while ``extract`` is unavailable)."""
    types = {d["id"]: EventType(d["event_type"]) for d in reference_docs}
    return {a.id: _claims_of(a, types) for a in articles}


def _claims_of(article: Article, types: dict[str, EventType]) -> list[Claim]:
    people: dict[str, list[str]] = defaultdict(list)
    for expected in article.expected_claims:
        if expected["attribute"] == Attribute.PARTICIPANTS.value and expected["event_ref"]:
            people[expected["event_ref"]] += [n for n in expected["value"] if n not in people[expected["event_ref"]]]
    claims = []
    for number, expected in enumerate(article.expected_claims, start=1):
        ref = expected["event_ref"]
        attribute = Attribute(expected["attribute"])
        value = value_from_json(attribute, expected["value"])
        named = people.get(ref, []) if ref else (value if isinstance(value, list) else [])
        event = EventMention(ref or f"unreferenced-{number}", types.get(ref, EventType.OTHER), list(named))
        start = article.text.find(expected["mention"])
        span = (start, start + len(expected["mention"]))
        claims.append(Claim(f"c{number}", attribute, expected["mention"], span, event, value))
    return claims
