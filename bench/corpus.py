"""The corpus inputs the benchmarks replay: the reports of ``events/articles.jsonl`` and the reference store.

Read with the standard library only, so the memory child can use it without importing anything heavy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Article:
    """One report to extract from: its text, its anchor and the annotated claims (for fallbacks)."""

    id: str
    text: str
    published_at: datetime
    expected_claims: tuple[dict[str, Any], ...]

    @property
    def anchor_naive(self) -> datetime:
        """The anchor as naive UTC, the form dateparser's ``RELATIVE_BASE`` expects."""
        return self.published_at.replace(tzinfo=None)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_articles(corpus: Path) -> list[Article]:
    """Every report of ``<corpus>/events/articles.jsonl``, in file order."""
    return [
        Article(
            id=str(doc["id"]),
            text=str(doc["text"]),
            published_at=datetime.fromisoformat(str(doc["published_at"]).replace("Z", "+00:00")),
            expected_claims=tuple(doc.get("expected_claims", ())),
        )
        for doc in _jsonl(corpus / "events" / "articles.jsonl")
    ]


def load_reference_docs(corpus: Path) -> list[dict[str, Any]]:
    """The reference events of ``<corpus>/events/references.jsonl`` as JSON dicts."""
    return _jsonl(corpus / "events" / "references.jsonl")
