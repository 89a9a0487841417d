"""Per-claim check time against the size of the reference store (1k vs 1M references, same claims, same run).

Two private ``redis-server`` processes hold a small and a large store side by side, so both sizes are timed
interleaved (event mention by mention, order alternating) and machine drift cancels out of the ratio.
``check_claims`` is called once per event mention, exactly as it splits a report itself, so each claim's
time is its mention's time shared among the mention's claims.
"""

from __future__ import annotations

import gc
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import redis

from bench import claims as claim_source
from bench.bulkload import bulk_put, snapshot
from bench.corpus import Article, load_reference_docs
from bench.stats import median_us, ratio, rotated
from bench.synthetic import Generator
from services.checker.review import check_claims, lookup_window, mention_names, mention_places
from shared.model import Claim, Participant, ReferenceEvent
from shared.redis_server import RedisServer
from shared.storage import REF_SPAN, Store

BATCH = 5_000
LAYOUT_SAMPLE = 2_000
STORE_SCALE_READ = 50_000  # a mention reading more candidates than this is timed once per distinct read
MB = 1024 * 1024


@dataclass
class FillResult:
    """How fast the store can be filled, and whether the bench loader matches ``Store`` key for key."""

    store_put_refs_per_s: float
    bulk_refs_per_s: float
    rate_sample: int
    layout_identical: bool
    layout_sample: int
    large_fill_s: float
    large_redis_mb: float
    span_small: int
    span_large: int


@dataclass
class Mention:
    """The claims of one report about one event mention, and the store read ``match_event`` makes for them."""

    report: str
    event: str
    claims: list[Claim]
    names: set[str]
    first: date | None
    last: date | None
    places: set[str] = field(default_factory=set)
    published: date | None = None
    candidates: list[int] = field(default_factory=list)  # per store: ids the read returns
    once: bool = False  # store-scale read: timed once per distinct read, that time reused every round
    samples: list[list[int]] = field(default_factory=list)  # per store: nanoseconds per round

    @property
    def kind(self) -> str:
        dated = "date" if self.first is not None else "no date"
        return f"{'names' if self.names else 'no names'} + {dated}"

    @property
    def window_days(self) -> int | None:
        return None if self.first is None or self.last is None else (self.last - self.first).days + 1

    def us(self, which: int) -> float:
        return statistics.median(self.samples[which]) / 1e3


@dataclass
class CheckResult:
    """Per-claim check time at each size, with what was measured and why it costs what it costs."""

    small_n: int
    large_n: int
    check_us_small: float | None
    check_us_large: float | None
    mean_us_small: float | None
    mean_us_large: float | None
    claims_source: str
    claims: int
    reports: int
    rounds: int
    fill: FillResult
    mentions: list[Mention] = field(default_factory=list)
    claims_error: str | None = None

    @property
    def ratio(self) -> float | None:
        return ratio(self.check_us_large, self.check_us_small)

    @property
    def mean_ratio(self) -> float | None:
        return ratio(self.mean_us_large, self.mean_us_small)

    @property
    def store_scale(self) -> list[Mention]:
        return [m for m in self.mentions if m.once]


# Filling ------------------------------------------------------------------------------------------------


def _batches(refs: Iterable[ReferenceEvent], size: int = BATCH) -> Iterator[list[ReferenceEvent]]:
    iterator = iter(refs)
    while batch := list(islice(iterator, size)):
        yield batch


def _store_put(store: Store, refs: Iterable[ReferenceEvent]) -> int:
    """Write through the product's own ``Store.put_references``, a batch per call."""
    return sum(len(store.put_references(batch)) for batch in _batches(refs))


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _real_refs(docs: list[dict[str, Any]]) -> list[ReferenceEvent]:
    """Fresh objects each call: ``put_references`` stamps versions onto the objects it writes."""
    return [ReferenceEvent.from_dict(d) for d in docs]


def _real_people(docs: list[dict[str, Any]]) -> list[Participant]:
    people = {p.name: p for ref in _real_refs(docs) for p in ref.participants}
    return list(people.values())


def _span(connection: redis.Redis) -> int:
    return int(connection.zscore(REF_SPAN, "max") or 0)


def _loader_checks(server: RedisServer, people: list[Participant], rate_sample: int) -> tuple[float, float, bool]:
    """Write rates of ``Store.put_references`` and the bulk loader, and whether both give the same keys.

    Uses scratch databases 1 and 2 of ``server``, emptied afterwards.
    """
    scratch = [Store(redis.Redis(host="127.0.0.1", port=server.port, db=n)) for n in (1, 2)]
    try:
        store_s = _timed(lambda: _store_put(scratch[0], Generator(people).references(0, rate_sample)))
        bulk_s = _timed(lambda: bulk_put(scratch[1], Generator(people).references(0, rate_sample)))
        for db in scratch:
            db.redis.flushdb()
        _store_put(scratch[0], Generator(people).references(0, LAYOUT_SAMPLE))
        bulk_put(scratch[1], Generator(people).references(0, LAYOUT_SAMPLE))
        identical = snapshot(scratch[0].redis) == snapshot(scratch[1].redis)
    finally:
        for db in scratch:
            db.redis.flushdb()
            db.redis.close()
    return rate_sample / store_s, rate_sample / bulk_s, identical


def _fill(small: Store, large: Store, docs: list[dict[str, Any]], small_n: int, large_n: int) -> float:
    """Same seed for both, so the small store's synthetic references are the large store's first ones."""
    people = _real_people(docs)
    _store_put(small, Generator(people).references(0, small_n))
    _store_put(small, _real_refs(docs))
    start = time.perf_counter()
    bulk_put(large, Generator(people).references(0, large_n))
    _store_put(large, _real_refs(docs))
    return time.perf_counter() - start


# Claims and mentions ------------------------------------------------------------------------------------


def _claims(articles: list[Article], store: Store, docs: list[dict[str, Any]]) -> tuple[dict, str, str | None]:
    try:
        return claim_source.extracted(articles, store), "extract", None
    except Exception as exc:  # noqa: BLE001 - fall back and say why in the table
        return claim_source.from_expected(articles, docs), "expected_claims", f"{type(exc).__name__}: {exc}"


def _mentions(by_report: dict[str, list[Claim]], published: dict[str, date]) -> list[Mention]:
    """Split every report the way ``check_claims`` does: one group per event id."""
    mentions = []
    for report_id, claims in by_report.items():
        groups: dict[str, list[Claim]] = {}
        for claim in claims:
            groups.setdefault(claim.event.id, []).append(claim)
        for event_id, group in groups.items():
            first, last = lookup_window(group, published[report_id])
            mention = Mention(report_id, event_id, group, mention_names(group), first, last, mention_places(group))
            mention.published = published[report_id]
            mentions.append(mention)
    return mentions


def _read(store: Store, mention: Mention) -> tuple[list[str], float | str, float | str]:
    """The keys and score range ``Store.candidate_ids`` reads for ``mention``."""
    return store.candidate_read(mention.names, mention.places, mention.first, mention.last)


def _read_size(store: Store, mention: Mention) -> int:
    """How many index entries the read covers (ZCOUNT, cheap at any size; an id named twice counts twice)."""
    keys, low, high = _read(store, mention)
    return sum(store.redis.zcount(key, low, high) for key in keys)


def _candidates(store: Store, mention: Mention) -> int:
    size = _read_size(store, mention)
    return (
        size
        if size > STORE_SCALE_READ
        else len(store.candidate_ids(mention.names, mention.first, mention.last, mention.places))
    )


# Timing -------------------------------------------------------------------------------------------------


def _check_ns(store: Store, mention: Mention) -> int:
    start = time.perf_counter_ns()
    check_claims(store, mention.claims, mention.published)
    return time.perf_counter_ns() - start


def _prepare(stores: list[Store], mentions: list[Mention]) -> None:
    """Count each mention's candidates, warm up the cheap ones, time store-scale reads once per distinct read."""
    once: dict[tuple[int, Any], int] = {}
    for mention in mentions:
        mention.candidates = [_candidates(store, mention) for store in stores]
        mention.once = max(mention.candidates) > STORE_SCALE_READ
        mention.samples = [[] for _ in stores]
        for which, store in enumerate(stores):
            if not mention.once:
                _check_ns(store, mention)
                continue
            read = (which, _read(store, mention))
            if read not in once:
                once[read] = _check_ns(store, mention)
            mention.samples[which].append(once[read])


def _time_rounds(stores: list[Store], mentions: list[Mention], rounds: int) -> None:
    """Time every mention on every store, interleaved; store-scale reads repeat their single timing."""
    order = list(range(len(stores)))
    for round_no in range(rounds):
        gc.collect()
        for index, mention in enumerate(mentions):
            for which in rotated(order, round_no + index):
                if mention.once:
                    if round_no:
                        mention.samples[which].append(mention.samples[which][0])
                    continue
                mention.samples[which].append(_check_ns(stores[which], mention))


def _per_claim(mentions: list[Mention], which: int) -> list[float]:
    """Each claim's share of its mention's time, one value per claim per round."""
    return [ns / len(m.claims) for m in mentions for ns in m.samples[which] for _ in m.claims]


def _mean_per_claim(mentions: list[Mention], which: int, rounds: int) -> float | None:
    """Median over rounds of (all mentions' time / all claims): what a report costs on average per claim."""
    claims = sum(len(m.claims) for m in mentions)
    if not claims:
        return None
    totals = [sum(m.samples[which][r] for m in mentions) / claims for r in range(rounds)]
    return statistics.median(totals) / 1e3


def measure(
    corpus: Path, articles: list[Article], small_n: int, large_n: int, rounds: int, rate_sample: int
) -> CheckResult:
    """Fill a small and a large private store, then time ``check_claims`` on the same claims in both."""
    docs = load_reference_docs(corpus)
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        servers = [RedisServer(Path(tmp) / name, persistent=False).start() for name in ("small", "large")]
        try:
            stores = [Store(redis.Redis.from_url(s.url)) for s in servers]
            small, large = stores
            store_rate, bulk_rate, identical = _loader_checks(servers[0], _real_people(docs), rate_sample)
            fill_s = _fill(small, large, docs, small_n, large_n)
            fill = FillResult(
                store_put_refs_per_s=store_rate,
                bulk_refs_per_s=bulk_rate,
                rate_sample=rate_sample,
                layout_identical=identical,
                layout_sample=LAYOUT_SAMPLE,
                large_fill_s=fill_s,
                large_redis_mb=large.redis.info("memory")["used_memory"] / MB,
                span_small=_span(small.redis),
                span_large=_span(large.redis),
            )
            by_report, source, error = _claims(articles, small, docs)
            mentions = _mentions(by_report, {a.id: a.published_at.date() for a in articles})
            _prepare(stores, mentions)
            _time_rounds(stores, mentions, rounds)
        finally:
            for server in servers:
                server.stop()
    per_claim = [_per_claim(mentions, which) for which in (0, 1)]
    return CheckResult(
        small_n=small_n,
        large_n=large_n,
        check_us_small=median_us(per_claim[0]) if per_claim[0] else None,
        check_us_large=median_us(per_claim[1]) if per_claim[1] else None,
        mean_us_small=_mean_per_claim(mentions, 0, rounds),
        mean_us_large=_mean_per_claim(mentions, 1, rounds),
        claims_source=source,
        claims=sum(len(m.claims) for m in mentions),
        reports=len({m.report for m in mentions}),
        rounds=rounds,
        fill=fill,
        mentions=mentions,
        claims_error=error,
    )
