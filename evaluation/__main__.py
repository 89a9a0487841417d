"""``make eval``: temporal normalisation, claim extraction and verdict quality over a corpus folder.

Usage: ``python -m evaluation [corpus_dir] [-v]`` (default ``../shared/corpus``). Prints a table per
part and, last, one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evaluation import articles, temporal, verdicts

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and wrong verdicts")
    args = parser.parse_args(argv)
    figures: dict = {}
    for part in (temporal, articles, verdicts):
        result = part.evaluate(args.corpus)
        part.print_table(result, args.verbose)
        print()
        figures.update({k: v for k, v in result.items() if isinstance(v, int | float | str | dict)})
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
