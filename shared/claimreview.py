"""schema.org ClaimReview JSON-LD for a checked report: one review per claim."""

from __future__ import annotations

from typing import Any

from shared.model import Claim, Report, VerdictStatus

RATINGS = {
    VerdictStatus.SUPPORTED: (3, "True"),
    VerdictStatus.UNVERIFIABLE: (2, "Unverifiable"),
    VerdictStatus.CONTRADICTED: (1, "False"),
    VerdictStatus.PENDING: (0, "Not yet rated"),
}
AUTHOR = {"@type": "Organization", "name": "claimcheck"}


def _review(report: Report, claim: Claim) -> dict[str, Any]:
    value, label = RATINGS[claim.verdict.status]
    item: dict[str, Any] = {"@type": "CreativeWork", "datePublished": report.published_at[:10]}
    if report.source_url:
        item["url"] = report.source_url
    if report.title:
        item["headline"] = report.title
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f"{report.id}#{claim.id}",
        "claimReviewed": claim.mention,
        "itemReviewed": {"@type": "Claim", "appearance": item, "datePublished": report.published_at[:10]},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 3,
            "worstRating": 1,
            "alternateName": claim.verdict.status.value,
            "ratingExplanation": claim.verdict.explanation,
            "description": label,
        },
        "author": AUTHOR,
        "datePublished": (claim.verdict.checked_at or report.checked_at or report.created_at or "")[:10],
        "citation": [s.url for s in claim.verdict.sources],
    }


def claim_review(report: Report) -> dict[str, Any]:
    """The report's claims as a JSON-LD ``@graph`` of ClaimReview items."""
    return {"@context": "https://schema.org", "@graph": [_review(report, c) for c in report.claims]}
