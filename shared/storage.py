"""Redis storage for reports and the reference store, shared by the gateway and the checker.

Keys (all under ``cc:``):

- ``cc:report:<id>`` — the report as JSON (claims and verdicts included);
- ``cc:reports`` — sorted set of report ids by acceptance time;
- ``cc:ref:<id>`` — the current version of a reference event as JSON;
- ``cc:ref:<id>:history`` — every version ever written, oldest first;
- ``cc:refidx:name:<normalised name>`` — sorted set of reference ids by start day, one per
  participant name and alias, so a lookup by participant and date window is a range read;
- ``cc:refidx:start`` — every live reference by start day (for lookups by date alone);
- ``cc:refidx:span`` — the longest event length in days, so multi-day events are found
  by a window that starts after their first day;
- ``cc:ref:<id>:reports`` / ``cc:repidx:name:<name>`` — which reports matched a reference or
  name a participant, for re-checks when the store changes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any

import redis

from shared.model import VENUE_FIELDS, ReferenceEvent, Report, Venue

PREFIX = "cc:"
REPORTS = PREFIX + "reports"
REF_START = PREFIX + "refidx:start"
REF_SPAN = PREFIX + "refidx:span"
LEXICON_PEOPLE = PREFIX + "lexicon:people"
LEXICON_ALIASES = PREFIX + "lexicon:aliases"
LEXICON_PLACES = PREFIX + "lexicon:places"
NGRAM_TOKEN = re.compile(r"[^\W\d_][\w-]*")
PUNCTUATION = re.compile(r"[^\w\s-]")
MAX_NAME_WORDS = 4


def now_iso() -> str:
    """UTC now as ISO 8601 with seconds precision (the format of every stored timestamp)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def name_key(name: str) -> str:
    """Index form of a person's name: casefolded, diacritics stripped, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def lexicon_key(phrase: str) -> str:
    """Lexicon form of a name or place: like :func:`name_key`, punctuation dropped ("Donald J. Trump")."""
    return name_key(PUNCTUATION.sub(" ", phrase))


def report_key(report_id: str) -> str:
    return f"{PREFIX}report:{report_id}"


def ref_key(ref_id: str) -> str:
    return f"{PREFIX}ref:{ref_id}"


def _name_index(name: str) -> str:
    return f"{PREFIX}refidx:name:{name_key(name)}"


def _type_index(event_type: str) -> str:
    return f"{PREFIX}refidx:type:{event_type}"


def _place_index(place: str) -> str:
    return f"{PREFIX}refidx:place:{name_key(place)}"


def _report_index(kind: str, value: str) -> str:
    """Reports by a person (``name``) or a place (``place``) they mention, for re-checks."""
    return f"{PREFIX}repidx:{kind}:{name_key(value)}"


def venue_places(ref: ReferenceEvent) -> list[tuple[str, str]]:
    """``(kind, name)`` of every venue field a reference names, for the extractor's lexicon."""
    if ref.venue is None:
        return []
    return [(kind, getattr(ref.venue, kind)) for kind in VENUE_FIELDS if getattr(ref.venue, kind)]


class Store:
    """Typed access to reports and references in one Redis database."""

    def __init__(self, connection: redis.Redis):
        self.redis = connection

    # Reports -----------------------------------------------------------------

    def stage_report(self, report: Report, pipe: redis.client.Pipeline) -> None:
        """Queue the writes that store a new report on ``pipe`` (executed with its check job)."""
        pipe.set(report_key(report.id), json.dumps(report.to_dict()))
        pipe.zadd(REPORTS, {report.id: datetime.now(UTC).timestamp()})
        for name in {n for claim in report.claims for n in claim.event.participants}:
            pipe.sadd(_report_index("name", name), report.id)
        for place in {
            p for claim in report.claims if isinstance(claim.value, Venue) for p in claim.value.to_dict().values()
        }:
            pipe.sadd(_report_index("place", place), report.id)

    def get_report(self, report_id: str) -> Report | None:
        raw = self.redis.get(report_key(report_id))
        return Report.from_dict(json.loads(raw)) if raw else None

    def update_report(self, report_id: str, change: Callable[[Report], None]) -> Report | None:
        """Apply ``change`` to the stored report atomically (optimistic WATCH/MULTI, retried)."""
        key = report_key(report_id)
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    if raw is None:
                        return None
                    report = Report.from_dict(json.loads(raw))
                    change(report)
                    pipe.multi()
                    pipe.set(key, json.dumps(report.to_dict()))
                    pipe.execute()
                    return report
                except redis.WatchError:
                    continue

    def report_ids_about(self, names: Iterable[str], places: Iterable[str] = ()) -> set[str]:
        """Reports with an event naming any of ``names`` or a venue at any of ``places`` (for re-checks)."""
        keys = [_report_index("name", n) for n in names] + [_report_index("place", p) for p in places]
        return {m.decode() for m in self.redis.sunion(keys)} if keys else set()

    def link_report(self, ref_id: str, report_id: str) -> None:
        """Remember that ``report_id`` matched ``ref_id``, so changing the reference re-checks it."""
        self.redis.sadd(ref_key(ref_id) + ":reports", report_id)

    def reports_linked(self, ref_id: str) -> set[str]:
        return {m.decode() for m in self.redis.smembers(ref_key(ref_id) + ":reports")}

    # References --------------------------------------------------------------

    def get_reference(self, ref_id: str) -> ReferenceEvent | None:
        raw = self.redis.get(ref_key(ref_id))
        return ReferenceEvent.from_dict(json.loads(raw)) if raw else None

    def get_references(self, ref_ids: Iterable[str]) -> list[ReferenceEvent]:
        ids = list(ref_ids)
        raws = self.redis.mget([ref_key(i) for i in ids]) if ids else []
        return [ReferenceEvent.from_dict(json.loads(r)) for r in raws if r]

    def reference_history(self, ref_id: str) -> list[dict[str, Any]]:
        return [json.loads(r) for r in self.redis.lrange(ref_key(ref_id) + ":history", 0, -1)]

    def put_reference(self, ref: ReferenceEvent) -> ReferenceEvent:
        """Create or replace ``ref``: bump its version, keep the old one in its history, re-index."""
        return self.put_references([ref])[0]

    def put_references(self, refs: list[ReferenceEvent]) -> list[ReferenceEvent]:
        """Write many references in one transaction (all or nothing)."""
        stamp = now_iso()
        olds = {r.id: r for r in self.get_references(ref.id for ref in refs)}
        with self.redis.pipeline(transaction=True) as pipe:
            for ref in refs:
                old = olds.get(ref.id)
                ref.version = old.version + 1 if old else 1
                ref.updated_at = stamp
                if old:
                    self._unindex(old, pipe)
                self._write(ref, pipe)
            pipe.execute()
        return refs

    def _write(self, ref: ReferenceEvent, pipe: redis.client.Pipeline) -> None:
        doc = json.dumps(ref.to_dict())
        pipe.set(ref_key(ref.id), doc)
        pipe.rpush(ref_key(ref.id) + ":history", doc)
        if ref.rank == "deprecated":
            return
        day = ref.start.toordinal()
        for name in ref.names():
            pipe.zadd(_name_index(name), {ref.id: day})
        pipe.zadd(REF_START, {ref.id: day})
        pipe.zadd(_type_index(ref.event_type.value), {ref.id: day})
        for _, place in venue_places(ref):
            pipe.zadd(_place_index(place), {ref.id: day})
        pipe.zadd(REF_SPAN, {"max": (ref.last_day - ref.start).days}, gt=True)
        for person in ref.participants:
            pipe.hset(LEXICON_ALIASES, person.name, json.dumps(sorted({person.name, *person.aliases})))
            pipe.hset(LEXICON_PEOPLE, mapping={lexicon_key(n): person.name for n in (person.name, *person.aliases)})
        for kind, place in venue_places(ref):
            pipe.hset(LEXICON_PLACES, lexicon_key(place), json.dumps({"name": place, "kind": kind}))

    def _unindex(self, ref: ReferenceEvent, pipe: redis.client.Pipeline) -> None:
        for name in ref.names():
            pipe.zrem(_name_index(name), ref.id)
        pipe.zrem(REF_START, ref.id)
        pipe.zrem(_type_index(ref.event_type.value), ref.id)
        for _, place in venue_places(ref):
            pipe.zrem(_place_index(place), ref.id)

    def lexicon_for(self, text: str) -> dict[str, Any]:
        """The store's people and named sites that ``text`` may mention, for the extractor.

        Looks up every run of one to four words of the text in the lexicon hashes, so the
        cost follows the text, not the size of the store.
        """
        words = NGRAM_TOKEN.findall(text)
        grams = {name_key(" ".join(words[i : i + n])) for n in range(1, MAX_NAME_WORDS + 1) for i in range(len(words))}
        keys = sorted(g for g in grams if g)
        if not keys:
            return {"people": [], "places": []}
        canon = {c.decode() for c in self.redis.hmget(LEXICON_PEOPLE, keys) if c}
        aliases = self.redis.hmget(LEXICON_ALIASES, sorted(canon)) if canon else []
        people = [{"name": n, "aliases": json.loads(a)} for n, a in zip(sorted(canon), aliases, strict=True) if a]
        places = [json.loads(p) for p in self.redis.hmget(LEXICON_PLACES, keys) if p]
        return {"people": people, "places": places}

    def candidate_read(
        self, names: Iterable[str], places: Iterable[str], first: date | None, last: date | None
    ) -> tuple[list[str], float | str, float | str]:
        """The index keys and start-day range a candidate lookup reads.

        Names pick the per-person indexes; a mention that names no one falls back to the per-place
        indexes; with neither there is nothing to read (such a mention cannot identify an event).
        The range is widened by the longest event span so multi-day events are found.
        """
        span = int(self.redis.zscore(REF_SPAN, "max") or 0)
        low: float | str = "-inf" if first is None else first.toordinal() - span
        high: float | str = "+inf" if last is None else last.toordinal()
        keys = [_name_index(n) for n in names] or [_place_index(p) for p in places]
        return sorted(set(keys)), low, high

    def candidate_ids(
        self, names: Iterable[str], first: date | None, last: date | None, places: Iterable[str] = ()
    ) -> set[str]:
        """Ids of live references naming any of ``names`` (else at ``places``) that may touch first…last.

        A range read per index key, so the cost grows with the matches, not with the size of the store.
        Without dates, a mention naming several people reads only the events that name at least two of
        them when there are any (the undated read of one prolific person is otherwise their whole career).
        """
        keys, low, high = self.candidate_read(names, places, first, last)
        if not keys:
            return set()
        with self.redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.zrangebyscore(key, low, high)
            results = [{m.decode() for m in members} for members in pipe.execute()]
        counts = Counter(i for ids in results for i in ids)
        if first is None and last is None and len(results) > 1:
            shared = {i for i, n in counts.items() if n > 1}
            if shared:
                return shared
        return set(counts)

    def page_references(
        self,
        participant: str | None,
        event_type: str | None,
        first: date | None,
        last: date | None,
        offset: int,
        limit: int,
    ) -> tuple[list[ReferenceEvent], int]:
        """One page of live references by start day, and how many there are in all.

        Reads one index — the participant's, else the type's, else all — with ZCOUNT and a LIMIT
        range, so a page costs the same in a store of any size. Only a participant *and* a type
        filter the person's events after reading them.
        """
        low = "-inf" if first is None else first.toordinal()
        high = "+inf" if last is None else last.toordinal()
        if participant and event_type:
            ids = [m.decode() for m in self.redis.zrangebyscore(_name_index(participant), low, high)]
            refs = [r for r in self.get_references(ids) if r.event_type.value == event_type]
            return refs[offset : offset + limit], len(refs)
        key = _name_index(participant) if participant else _type_index(event_type) if event_type else REF_START
        ids = [m.decode() for m in self.redis.zrangebyscore(key, low, high, start=offset, num=limit)]
        return self.get_references(ids), int(self.redis.zcount(key, low, high))

    def all_reference_ids(self) -> list[str]:
        """Every stored reference id, deprecated included (for export)."""
        prefix = ref_key("")
        ids = []
        for key in self.redis.scan_iter(match=prefix + "*", count=1000):
            rest = key.decode()[len(prefix) :]
            if ":" not in rest:
                ids.append(rest)
        return sorted(ids)
