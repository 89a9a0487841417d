"""Score temporal normalisation against the Duckling EN corpora (and dateparser as a baseline).

Run ``python -m evaluation.temporal [corpus_dir]``: prints a table and one JSON line. Only this
evaluation reads the corpus folder; the product code never does.
"""

from __future__ import annotations

import json
import sys
import warnings
from datetime import date, datetime
from pathlib import Path

from services.extractor.durations import find_durations, parse_duration
from services.extractor.temporal import Direction, find_time_mentions, resolve

SLICE_GRAINS = frozenset({"day", "week", "month", "quarter", "year"})
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _anchor(rec: dict) -> date:
    """The reference time's local calendar date (the ISO string is already local wall time)."""
    return datetime.fromisoformat(rec["reference_time"]).date()


def _expected_day(rec: dict) -> date:
    return datetime.fromisoformat(rec["expected"]["value"]).date()


def _hit(rec: dict) -> bool:
    got = resolve(rec["text"], _anchor(rec), Direction.FUTURE)
    return got is not None and got.day == _expected_day(rec) and got.grain.value == rec["expected"]["grain"]


def _dateparser_hit(rec: dict) -> bool:
    import dateparser  # baseline only; never imported by product code

    ref = datetime.fromisoformat(rec["reference_time"]).replace(tzinfo=None)
    settings = {"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "future", "PREFER_DAY_OF_MONTH": "first"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = dateparser.parse(rec["text"], settings=settings)
    return got is not None and got.date() == _expected_day(rec)


def evaluate(corpus_dir: Path = DEFAULT_CORPUS, baseline: bool = True) -> dict:
    """Agreement figures on the Duckling slices; see the module docstring for the slices."""
    tdir = Path(corpus_dir) / "temporal"
    time_recs = _records(tdir / "duckling_time_en.jsonl")
    values = [r for r in time_recs if r["expected"]["type"] == "value"]
    slice_ = [r for r in values if r["expected"]["grain"] in SLICE_GRAINS and "holiday" not in r["expected"]]
    holidays = [r for r in values if r["expected"]["grain"] == "day" and "holiday" in r["expected"]]
    durations = _records(tdir / "duckling_duration_en.jsonl")
    neg_time = _records(tdir / "duckling_time_en_negative.jsonl")
    neg_dur = _records(tdir / "duckling_duration_en_negative.jsonl")

    slice_miss = [r["text"] for r in slice_ if not _hit(r)]
    hol_hits = sum(_hit(r) for r in holidays)
    dur_miss = [r["text"] for r in durations if (parse_duration(r["text"]) or (None,))[0] != r["expected"]["seconds"]]
    neg_out = [r["text"] for r in neg_time + neg_dur if find_time_mentions(r["text"]) or find_durations(r["text"])]
    result = {
        "temporal_slice_n": len(slice_),
        "temporal_slice_agreement": round(1 - len(slice_miss) / len(slice_), 4),
        "holiday_day_n": len(holidays),
        "holiday_day_agreement": round(hol_hits / len(holidays), 4),
        "duration_n": len(durations),
        "duration_agreement": round(1 - len(dur_miss) / len(durations), 4),
        "negatives_n": len(neg_time) + len(neg_dur),
        "negatives_with_output": len(neg_out),
        "temporal_slice_misses": slice_miss,
        "duration_misses": dur_miss,
        "negative_outputs": neg_out,
    }
    if baseline:
        result["dateparser_slice_agreement"] = round(sum(_dateparser_hit(r) for r in slice_) / len(slice_), 4)
    return result


def format_table(result: dict) -> str:
    rows = [
        (
            "time slice (value, day..year grain, no holiday)",
            result["temporal_slice_n"],
            "temporal_slice_agreement",
        ),
        (
            "  dateparser.parse baseline on the same slice",
            result["temporal_slice_n"],
            "dateparser_slice_agreement",
        ),
        ("holiday values at day grain (not targeted)", result["holiday_day_n"], "holiday_day_agreement"),
        ("durations (seconds equal)", result["duration_n"], "duration_agreement"),
    ]
    lines = [f"{'set':<52}{'n':>6}{'agreement':>12}", "-" * 70]
    for label, n, key in rows:
        if key in result:
            lines.append(f"{label:<52}{n:>6}{result[key]:>11.1%}")
    lines.append(
        f"{'negative phrases with any output (target 0)':<52}{result['negatives_n']:>6}"
        f"{result['negatives_with_output']:>12}"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    result = evaluate(corpus)
    print(format_table(result))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)


def print_table(result: dict, verbose: bool = False) -> None:
    """Print the table (the common signature of every ``evaluation`` part)."""
    print(format_table(result))
