"""Score claim extraction against the annotated reports of ``<corpus_dir>/events/articles.jsonl``.

Run ``python -m evaluation.articles [corpus_dir] [-v]``: prints a table of precision, recall and F1 per
attribute and overall, then one JSON line (``-v`` also lists the misses and false positives).

A predicted claim matches an expected one when the attribute and the normalised value are equal
(participants compared as sets, venues as dicts of their stated fields); matching is one-to-one within a
report. The lexicon is built from ``<corpus_dir>/events/references.jsonl``, as the gateway does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from services.extractor import Lexicon, extract
from shared.model import VENUE_FIELDS, value_to_json

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
ATTRIBUTES = ("date", "duration", "participants", "venue")


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _key(attribute: str, value: Any) -> Any:
    """A hashable, comparable form of a claim value."""
    if attribute == "participants":
        return frozenset(value)
    if attribute == "venue":
        return tuple(sorted((k, v) for k, v in value.items() if k in VENUE_FIELDS))
    if attribute == "duration":
        return (int(value["seconds"]), bool(value.get("approximate", False)))
    return (value["value"], value["precision"])


def match_claims(expected: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one matching by attribute and value; returns (pairs, misses, false positives)."""
    unmatched = list(predicted)
    pairs, misses = [], []
    for exp in expected:
        key = (exp["attribute"], _key(exp["attribute"], exp["value"]))
        hit = next((p for p in unmatched if (p["attribute"], _key(p["attribute"], p["value"])) == key), None)
        if hit is None:
            misses.append(exp)
        else:
            unmatched.remove(hit)
            pairs.append((exp, hit))
    return pairs, misses, unmatched


def _prf(tp: int, n_pred: int, n_exp: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_exp if n_exp else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "predicted": n_pred,
            "expected": n_exp}  # fmt: skip


def evaluate(corpus_dir: Path = DEFAULT_CORPUS) -> dict:
    """Run the extractor over every report and score it; see the module docstring."""
    events_dir = Path(corpus_dir) / "events"
    articles = load_jsonl(events_dir / "articles.jsonl")
    lexicon = Lexicon.from_references(load_jsonl(events_dir / "references.jsonl"))
    extract("Warm-up: Chinese President Xi Jinping met on Monday in Beijing.", datetime(2026, 1, 1), lexicon)
    counts = {a: [0, 0, 0] for a in ATTRIBUTES}  # tp, predicted, expected
    errors: list[dict] = []
    elapsed = 0.0
    for article in articles:
        published = datetime.fromisoformat(article["published_at"].replace("Z", "+00:00"))
        began = time.perf_counter()
        claims = extract(article["text"], published, lexicon)
        elapsed += time.perf_counter() - began
        predicted = [
            {"attribute": c.attribute.value, "mention": c.mention, "value": value_to_json(c.value)} for c in claims
        ]
        expected = article["expected_claims"]
        pairs, misses, extra = match_claims(expected, predicted)
        for attribute in ATTRIBUTES:
            counts[attribute][0] += sum(1 for e, _ in pairs if e["attribute"] == attribute)
            counts[attribute][1] += sum(1 for p in predicted if p["attribute"] == attribute)
            counts[attribute][2] += sum(1 for e in expected if e["attribute"] == attribute)
        errors += [{"report": article["id"], "kind": "miss", **_brief(m)} for m in misses]
        errors += [{"report": article["id"], "kind": "false positive", **_brief(p)} for p in extra]
    per_attribute = {a: _prf(*counts[a]) for a in ATTRIBUTES}
    overall = _prf(*(sum(counts[a][i] for a in ATTRIBUTES) for i in range(3)))
    return {
        "claims_precision": overall["precision"],
        "claims_recall": overall["recall"],
        "claims_f1": overall["f1"],
        "claims_per_attribute": per_attribute,
        "claims_ms_per_report": round(1000 * elapsed / max(1, len(articles)), 2),
        "claims_reports": len(articles),
        "claims_errors": errors,
    }


def _brief(claim: dict) -> dict:
    return {"attribute": claim["attribute"], "mention": claim["mention"], "value": claim["value"]}


def print_table(result: dict, verbose: bool = False) -> None:
    """The per-attribute table (and, when ``verbose``, every miss and false positive)."""
    print(f"Claim extraction over {result['claims_reports']} reports ({result['claims_ms_per_report']} ms/report)")
    print(f"{'attribute':<14}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'exp':>6}")
    rows = dict(result["claims_per_attribute"])
    for name, row in rows.items():
        print(
            f"{name:<14}{row['precision']:>8.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}"
            f"{row['tp']:>6}{row['predicted']:>6}{row['expected']:>6}"
        )
    print(f"{'all':<14}{result['claims_precision']:>8.3f}{result['claims_recall']:>8.3f}{result['claims_f1']:>8.3f}")
    if verbose:
        for err in result["claims_errors"]:
            value = json.dumps(err["value"], ensure_ascii=False)
            print(f"  {err['report']:<20} {err['kind']:<15} {err['attribute']:<13} {err['mention']!r} -> {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.articles", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    result = evaluate(args.corpus)
    print_table(result, args.verbose)
    print(json.dumps({k: v for k, v in result.items() if k != "claims_errors"}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
