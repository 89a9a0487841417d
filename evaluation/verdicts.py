"""Verdict quality over ``<corpus>/events``: extract, check against that folder's store, compare.

Runs the real checker code (:func:`services.checker.review.check_claims`) on a private
``redis-server`` loaded with the corpus references. A claim counts toward verdict accuracy when
it was extracted right (attribute and normalised value match an expected claim); every
"contradicted" that the corpus does not expect is counted as false, spurious claims included.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import redis

from evaluation.articles import load_jsonl, match_claims
from services.checker.review import check_claims
from services.extractor import Lexicon, extract
from shared.redis_server import RedisServer
from shared.reference_io import parse_jsonl
from shared.storage import Store

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _judge_article(store: Store, lexicon: Lexicon, article: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per predicted claim: predicted verdict and, when paired, the expected one."""
    published = datetime.fromisoformat(article["published_at"].replace("Z", "+00:00"))
    claims = extract(article["text"], published, lexicon)
    verdicts = check_claims(store, claims, published.date())
    pairs, _, _ = match_claims(article["expected_claims"], [c.to_dict() for c in claims])
    expected_by_id = {predicted["id"]: expected for expected, predicted in pairs}
    rows = []
    for claim in claims:
        expected = expected_by_id.get(claim.id)
        rows.append(
            {
                "article": article["id"],
                "attribute": claim.attribute.value,
                "mention": claim.mention,
                "predicted": verdicts[claim.id].status.value,
                "reference": verdicts[claim.id].reference_id,
                "expected": expected["verdict"] if expected else None,
                "expected_reference": expected["event_ref"] if expected else None,
            }
        )
    return rows


def evaluate(corpus_dir: Path) -> dict[str, Any]:
    """Verdict accuracy on correctly extracted claims and the count of false contradictions."""
    events = corpus_dir / "events"
    references = parse_jsonl((events / "references.jsonl").read_text(encoding="utf-8").splitlines())
    lexicon = Lexicon.from_references(r.to_dict() for r in references.references)
    with tempfile.TemporaryDirectory() as tmp:
        server = RedisServer(Path(tmp), persistent=False).start()
        try:
            store = Store(redis.Redis.from_url(server.url))
            store.put_references(references.references)
            rows = [r for a in load_jsonl(events / "articles.jsonl") for r in _judge_article(store, lexicon, a)]
        finally:
            server.stop()
    paired = [r for r in rows if r["expected"] is not None]
    correct = sum(r["predicted"] == r["expected"] for r in paired)
    false_contradicted = [r for r in rows if r["predicted"] == "contradicted" and r["expected"] != "contradicted"]
    return {
        "verdict_accuracy": round(correct / len(paired), 4) if paired else 0.0,
        "verdict_paired": len(paired),
        "verdict_correct": correct,
        "false_contradicted": len(false_contradicted),
        "errors": [r for r in paired if r["predicted"] != r["expected"]] + false_contradicted,
    }


def print_table(result: dict[str, Any], verbose: bool = False) -> None:
    print("verdicts (claims extracted right)")
    counts = f"({result['verdict_correct']}/{result['verdict_paired']})"
    print(f"  accuracy           {result['verdict_accuracy']:.1%}  {counts}")
    print(f"  false contradicted {result['false_contradicted']}")
    if verbose:
        for row in result["errors"]:
            print(
                f"    {row['article']:<20} {row['attribute']:<12} {row['mention']!r}: {row['predicted']} "
                f"(ref {row['reference']}) expected {row['expected']} (ref {row['expected_reference']})"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.verdicts", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    result = evaluate(args.corpus)
    print_table(result, args.verbose)
    print(json.dumps({k: v for k, v in result.items() if k != "errors"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
