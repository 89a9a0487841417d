"""The benchmark's output: one readable table of measurements against same-run baselines, then one JSON line."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from statistics import median
from typing import Any

from bench.extraction import ExtractionResult
from bench.memory import MemoryResult
from bench.stats import ratio
from bench.store import STORE_SCALE_READ, CheckResult, Mention

SPEEDUP_TARGET = 10.0
DATEFINDER_TARGET = 2.0
RSS_TARGET_MB = 150.0
CHECK_RATIO_TARGET = 1.5


@dataclass
class Row:
    """One measurement: its value, the baseline it is compared with, their ratio and the target."""

    name: str
    value: str
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None


def _num(value: float | None, unit: str = "", digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}{unit}"


def _at_least(value: float | None, target: float) -> bool | None:
    return None if value is None else value >= target


def _at_most(value: float | None, target: float) -> bool | None:
    return None if value is None else value <= target


def _size(n: int) -> str:
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1_000}k"


def check_met(check: CheckResult) -> bool | None:
    """The 1M/1k target on the median per-claim time."""
    return _at_most(check.ratio, CHECK_RATIO_TARGET)


EVICTED = "caches evicted per call"


def _speedup(name: str, ours: float | None, theirs: float | None, context: str) -> Row:
    """A context row: our ms per report against a baseline's, as how many times faster we are."""
    return Row(
        name, _num(ours, " ms", 3), _num(theirs, " ms", 3), _num(ratio(theirs, ours), "x", 1), f"(context: {context})"
    )


def _slowdown(name: str, ours: float | None, theirs: float | None, context: str) -> Row:
    """A context row: our ms per report against a faster baseline's, as how many times its time we take."""
    return Row(
        name, _num(ours, " ms", 3), _num(theirs, " ms", 3), _num(ratio(ours, theirs), "x"), f"(context: {context})"
    )


def rows(ex: ExtractionResult, mem: MemoryResult, check: CheckResult) -> list[Row]:
    small, large, fill = _size(check.small_n), _size(check.large_n), check.fill
    alternated = ex.alternated_ms
    return [
        Row(
            "extract ms/report vs search_dates",
            _num(ex.extract_ms, " ms", 3),
            _num(ex.search_dates_ms, " ms", 3),
            _num(ex.speedup_vs_search_dates, "x", 1),
            f">= {SPEEDUP_TARGET:g}x speedup",
            _at_least(ex.speedup_vs_search_dates, SPEEDUP_TARGET),
        ),
        _speedup("  vs search_dates anchored", ex.extract_ms, ex.search_dates_anchored_ms, "RELATIVE_BASE set"),
        _speedup("  extract, memo caches cleared", ex.extract_cold_ms, ex.search_dates_ms, "no phrase seen before"),
        _speedup("  alternated report by report", alternated.get("extract"), alternated.get("search_dates"), EVICTED),
        Row(
            "extract ms/report vs datefinder",
            _num(ex.extract_ms, " ms", 3),
            _num(ex.datefinder_ms, " ms", 3),
            _num(ex.ratio_vs_datefinder, "x"),
            f"<= {DATEFINDER_TARGET:g}x",
            _at_most(ex.ratio_vs_datefinder, DATEFINDER_TARGET),
        ),
        _slowdown("  our dates only vs datefinder", ex.extract_dates_ms, ex.datefinder_ms, "same task as datefinder"),
        _slowdown("  alternated report by report", alternated.get("extract"), alternated.get("datefinder"), EVICTED),
        Row(
            "extractor RSS after all reports",
            _num(mem.extractor_rss_mb, " MB", 1),
            _num(mem.flask_rss_mb, " MB (flask)", 1),
            _num(mem.extractor_over_flask, "x"),
            f"<= {RSS_TARGET_MB:g} MB",
            _at_most(mem.extractor_rss_mb, RSS_TARGET_MB),
        ),
        Row(
            f"check us/claim at {large} refs",
            _num(check.check_us_large, " us", 1),
            _num(check.check_us_small, f" us @{small}", 1),
            _num(check.ratio, "x"),
            f"<= {CHECK_RATIO_TARGET:g}x",
            check_met(check),
        ),
        Row(
            f"  mean us/claim at {large} refs",
            _num(check.mean_us_large, " us", 1),
            _num(check.mean_us_small, f" us @{small}", 1),
            _num(check.mean_ratio, "x"),
            f"<= {CHECK_RATIO_TARGET:g}x (tail)",
            _at_most(check.mean_ratio, CHECK_RATIO_TARGET),
        ),
        Row(
            f"  mentions reading > {STORE_SCALE_READ:,} refs",
            str(len(check.store_scale)),
            f"of {len(check.mentions)} mentions",
        ),
        Row("  bare python RSS (context)", _num(mem.python_rss_mb, " MB", 1)),
        Row(
            "  Store.put_references refs/s",
            _num(fill.store_put_refs_per_s, "/s", 0),
            _num(fill.bulk_refs_per_s, "/s (bulk)", 0),
            _num(fill.bulk_refs_per_s / fill.store_put_refs_per_s, "x"),
            f"bulk keys == Store keys ({fill.layout_sample})",
            fill.layout_identical,
        ),
        Row(
            f"  fill {large} refs (bulk loader)",
            _num(fill.large_fill_s, " s", 1),
            _num(fill.large_redis_mb, " MB redis", 0),
        ),
        Row("  cc:refidx:span max days", str(fill.span_large), f"{fill.span_small} @{small}"),
    ]


def render_table(table: list[Row]) -> str:
    header = Row("measurement", "value", "baseline", "ratio", "target")
    cells = [[r.name, r.value, r.baseline, r.ratio, r.target, _met(r.met)] for r in table]
    head = [header.name, header.value, header.baseline, header.ratio, header.target, "met?"]
    widths = [max(len(row[i]) for row in [head, *cells]) for i in range(len(head))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in [head, *cells]]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def _met(met: bool | None) -> str:
    return {True: "yes", False: "NO", None: ""}[met]


def render_mentions(mentions: list[Mention], small_n: int, large_n: int) -> str:
    """Per kind of event mention: how many, median candidates read and median time at each size."""
    kinds: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        kinds[mention.kind].append(mention)
    small, large = _size(small_n), _size(large_n)
    lines = [f"event mentions by lookup kind: median candidates read, median us per mention, {small} -> {large}"]
    for kind, items in sorted(kinds.items()):
        lines.append(
            f"  {kind:<18} n={len(items):<3} candidates {median(m.candidates[0] for m in items):>7,.0f} -> "
            f"{median(m.candidates[1] for m in items):>9,.0f}   us {median(m.us(0) for m in items):>9,.0f} -> "
            f"{median(m.us(1) for m in items):>11,.0f}"
        )
    worst = sorted(mentions, key=lambda m: m.us(1) / max(m.us(0), 1.0), reverse=True)[:8]
    lines.append("  fastest-growing mentions (report/event: claims, names, window days, candidates, us):")
    for m in worst:
        lines.append(
            f"    {m.report}/{m.event}: claims={len(m.claims)} names={len(m.names)} window={m.window_days} "
            f"cand {m.candidates[0]:,}->{m.candidates[1]:,} us {m.us(0):,.0f}->{m.us(1):,.0f}"
            + (" (timed once)" if m.once else "")
        )
    return "\n".join(lines)


def figures(ex: ExtractionResult, mem: MemoryResult, check: CheckResult) -> dict[str, Any]:
    """Every figure of the run, for the final JSON line (sizes in keys lower-cased: ``check_us_1m``)."""
    fill, small, large = check.fill, _size(check.small_n).lower(), _size(check.large_n).lower()
    return {
        "extract_ms": ex.extract_ms,
        "search_dates_ms": ex.search_dates_ms,
        "search_dates_anchored_ms": ex.search_dates_anchored_ms,
        "extract_cold_ms": ex.extract_cold_ms,
        "extract_dates_ms": ex.extract_dates_ms,
        "alternated_ms": ex.alternated_ms,
        "datefinder_ms": ex.datefinder_ms,
        "speedup_vs_search_dates": ex.speedup_vs_search_dates,
        "ratio_vs_datefinder": ex.ratio_vs_datefinder,
        "extraction_rounds": ex.rounds,
        "extraction_reports": ex.reports,
        "extractor_rss_mb": mem.extractor_rss_mb,
        "python_rss_mb": mem.python_rss_mb,
        "flask_rss_mb": mem.flask_rss_mb,
        f"check_us_{small}": check.check_us_small,
        f"check_us_{large}": check.check_us_large,
        f"check_ratio_{large}_{small}": check.ratio,
        "check_claims": check.claims,
        "check_reports": check.reports,
        "check_rounds": check.rounds,
        "check_claims_source": check.claims_source,
        f"check_mean_us_{small}": check.mean_us_small,
        f"check_mean_us_{large}": check.mean_us_large,
        f"check_max_mention_us_{large}": max((m.us(1) for m in check.mentions), default=None),
        "check_mean_ratio": check.mean_ratio,
        "check_store_scale_mentions": len(check.store_scale),
        "check_mentions": len(check.mentions),
        "store_put_refs_per_s": fill.store_put_refs_per_s,
        "bulk_put_refs_per_s": fill.bulk_refs_per_s,
        "bulk_layout_identical": fill.layout_identical,
        "large_fill_s": fill.large_fill_s,
        "large_redis_mb": fill.large_redis_mb,
        "ref_span_days": fill.span_large,
        "targets_met": {
            "speedup_vs_search_dates": _at_least(ex.speedup_vs_search_dates, SPEEDUP_TARGET),
            "ratio_vs_datefinder": _at_most(ex.ratio_vs_datefinder, DATEFINDER_TARGET),
            "extractor_rss_mb": _at_most(mem.extractor_rss_mb, RSS_TARGET_MB),
            "check_ratio": check_met(check),
        },
    }


def render_json(data: dict[str, Any]) -> str:
    rounded = {k: round(v, 4) if isinstance(v, float) else v for k, v in data.items()}
    return json.dumps(rounded, sort_keys=False)
