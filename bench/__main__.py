"""``python -m bench [corpus_dir] [--quick]``: run every benchmark, print the table, then one JSON line."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench import extraction, memory, report, store
from bench.corpus import DEFAULT_CORPUS, load_articles


@dataclass(frozen=True)
class Plan:
    """Sizes and repetitions: the full run, or a quick smoke run."""

    extraction_rounds: int
    check_rounds: int
    small_n: int
    large_n: int
    rate_sample: int


FULL = Plan(extraction_rounds=30, check_rounds=7, small_n=1_000, large_n=1_000_000, rate_sample=20_000)
QUICK = Plan(extraction_rounds=5, check_rounds=3, small_n=1_000, large_n=100_000, rate_sample=5_000)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="corpus dir (../shared/corpus)")
    parser.add_argument("--quick", action="store_true", help="100k instead of 1M references, fewer rounds")
    return parser.parse_args(argv)


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    plan = QUICK if args.quick else FULL
    corpus = args.corpus.resolve()
    articles = load_articles(corpus)
    _log(f"extraction: {len(articles)} reports x {plan.extraction_rounds} rounds")
    ex = extraction.measure(articles, plan.extraction_rounds)
    _log("memory: fresh child processes")
    mem = memory.measure(corpus)
    _log(f"check: {plan.small_n:,} vs {plan.large_n:,} references")
    check = store.measure(corpus, articles, plan.small_n, plan.large_n, plan.check_rounds, plan.rate_sample)
    notes = [
        ex.extract_error and f"extract unavailable: {ex.extract_error}",
        mem.error and f"extractor memory child failed: {mem.error}",
        check.claims_error and f"check claims rebuilt from expected_claims: {check.claims_error}",
        check.store_scale
        and f"{len(check.store_scale)} mention(s) read more than {store.STORE_SCALE_READ:,} refs (timed once per read)",
    ]
    for note in filter(None, notes):
        print(f"note: {note}")
    print(report.render_table(report.rows(ex, mem, check)))
    print(report.render_mentions(check.mentions, check.small_n, check.large_n))
    print(report.render_json(report.figures(ex, mem, check)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
