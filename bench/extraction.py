"""Extraction speed: ``services.extractor.extract`` against ``dateparser.search.search_dates`` and datefinder.

The contenders run interleaved round by round: in each round every contender extracts all reports back to
back, in a contender order shuffled per round (seeded), so drift in machine load hits all of them alike.
Within its block a contender runs as it would in a service, with its own code and data in the CPU caches.

Alternating contenders report by report instead makes every call follow another library's call, which has
evicted its code and data: on this corpus that inflates datefinder's time about 3.5x and extract's about
1.4x, far more than search_dates' (a long call amortises the refill). Those figures are kept as context.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.corpus import Article
from bench.stats import median_ms, ratio

Contender = Callable[[Article], Any]


@dataclass
class ExtractionResult:
    """Median milliseconds per report for each contender, over every (report, round) sample.

    ``extract_ms`` is ``None`` when the extractor could not be imported.
    """

    extract_ms: float | None
    search_dates_ms: float
    datefinder_ms: float
    search_dates_anchored_ms: float
    extract_cold_ms: float | None
    extract_dates_ms: float | None  # dates only: find and resolve every date phrase
    alternated_ms: dict[str, float]  # extract, datefinder and search_dates alternated report by report
    rounds: int
    reports: int
    extract_error: str | None = None

    @property
    def speedup_vs_search_dates(self) -> float | None:
        return ratio(self.search_dates_ms, self.extract_ms)

    @property
    def ratio_vs_datefinder(self) -> float | None:
        return ratio(self.extract_ms, self.datefinder_ms)


def load_extract() -> tuple[Contender | None, str | None]:
    """Our extractor as a contender, or the import error when it is not there yet."""
    try:
        from services.extractor import extract  # noqa: PLC0415 - may still be in the making
    except Exception as exc:  # noqa: BLE001 - any failure means "not available", reported in the table
        return None, f"{type(exc).__name__}: {exc}"
    return (lambda article: extract(article.text, article.published_at)), None


def load_extract_dates() -> Contender | None:
    """Only the date part of our extractor (find and resolve every date phrase), datefinder's own task."""
    try:
        from services.extractor import temporal  # noqa: PLC0415
    except Exception:  # noqa: BLE001 - reported through load_extract's error
        return None

    def run(article: Article) -> Any:
        anchor = article.published_at.date()
        found = []
        for mention in temporal.find_time_mentions(article.text):
            try:
                found.append(temporal.resolve(mention.phrase, anchor))
            except (ValueError, OverflowError):
                continue
        return found

    return run


def load_search_dates() -> Contender:
    """dateparser's free-text search exactly as the brief's target names it: ``languages=["en"]``."""
    from dateparser.search import search_dates  # noqa: PLC0415

    return lambda article: search_dates(article.text, languages=["en"])


def load_search_dates_anchored() -> Contender:
    """The same search anchored at the report's date like our extractor (context: it runs faster so)."""
    from dateparser.search import search_dates  # noqa: PLC0415

    def run(article: Article) -> Any:
        return search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": article.anchor_naive})

    return run


def load_datefinder() -> Contender:
    """datefinder 1.0: the brief calls it ``datefinder.extract``; the real API is ``find_dates`` (a generator)."""
    import datefinder  # noqa: PLC0415

    return lambda article: list(datefinder.find_dates(article.text))


def memo_caches() -> list[Any]:
    """The extractor's per-phrase and per-name memo caches (``functools.lru_cache``), not its loaded tables.

    The timed rounds replay the same reports, so these caches are warm after the first round: clearing them
    before a call shows what a report made only of phrases and names never seen before costs.
    A one-entry cache is a loader (the gazetteer's index), kept.
    """
    caches = []
    for name, module in list(sys.modules.items()):
        if name.startswith(("services.extractor", "shared.gazetteer")):
            for value in vars(module).values():
                parameters = getattr(value, "cache_parameters", None)
                if callable(parameters) and parameters().get("maxsize") != 1:
                    caches.append(value)
    return caches


def _clear(caches: list[Any]) -> None:
    for cache in caches:
        cache.cache_clear()


def _time_ns(contender: Contender, article: Article) -> int:
    start = time.perf_counter_ns()
    contender(article)
    return time.perf_counter_ns() - start


def measure(articles: list[Article], rounds: int) -> ExtractionResult:
    """Warm each contender up once on every report, then time them in per-round blocks over ``rounds``."""
    extract, error = load_extract()
    contenders: dict[str, Contender] = {
        "search_dates": load_search_dates(),
        "search_dates_anchored": load_search_dates_anchored(),
        "datefinder": load_datefinder(),
    }
    if extract is not None:
        contenders["extract"] = extract
        contenders["extract_cold"] = extract
    extract_dates = load_extract_dates()
    if extract_dates is not None:
        contenders["extract_dates"] = extract_dates
    for contender in contenders.values():
        for article in articles:
            contender(article)
    caches = memo_caches()
    rng = random.Random(20261125)  # the same contender orders on every run
    samples: dict[str, list[int]] = {name: [] for name in contenders}
    for _ in range(rounds):
        names = sorted(contenders)
        rng.shuffle(names)
        for name in names:
            gc.collect()
            contender = contenders[name]
            for article in articles:
                if name == "extract_cold":
                    _clear(caches)  # outside the timed call
                samples[name].append(_time_ns(contender, article))
    alternated: dict[str, list[int]] = {
        name: [] for name in ("extract", "datefinder", "search_dates") if name in contenders
    }
    for _ in range(max(1, rounds // 3)):
        gc.collect()
        for article in articles:
            names = sorted(alternated)
            rng.shuffle(names)
            for name in names:
                alternated[name].append(_time_ns(contenders[name], article))
    return ExtractionResult(
        extract_ms=median_ms(samples["extract"]) if "extract" in samples else None,
        search_dates_ms=median_ms(samples["search_dates"]),
        datefinder_ms=median_ms(samples["datefinder"]),
        search_dates_anchored_ms=median_ms(samples["search_dates_anchored"]),
        extract_cold_ms=median_ms(samples["extract_cold"]) if "extract_cold" in samples else None,
        extract_dates_ms=median_ms(samples["extract_dates"]) if "extract_dates" in samples else None,
        alternated_ms={name: median_ms(times) for name, times in alternated.items()},
        rounds=rounds,
        reports=len(articles),
        extract_error=error,
    )
