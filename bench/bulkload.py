"""A bench-only bulk loader that writes new references with exactly the keys ``Store.put_references`` writes.

``Store.put_references`` reads every reference's old version with one GET round trip per reference
(``olds = {r.id: self.get_reference(r.id) ...}``) and then queues about eleven single-member commands per
reference (SET, RPUSH, a ZADD per name and alias, ZADD start and span, two HSETs per participant, HSETs
per venue place), each packed and answered separately. At ~4,700 refs/s a million takes minutes.

This loader assumes fresh ids (version 1, nothing to unindex; one EXISTS per batch enforces it), lets the
product's own ``Store._write`` describe each reference's commands to a :class:`_Recorder`, and merges a
batch's commands into a few multi-member ones (MSET, one ZADD or HSET per key). The key layout therefore
follows ``Store`` as it evolves; :func:`snapshot` compares both loads in every run anyway.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

import redis

from shared.model import ReferenceEvent
from shared.storage import Store, now_iso, ref_key


class _Recorder:
    """Stands in for the pipeline ``Store._write`` queues on; merges what it is told per key.

    Last write wins per field or member (as it would in Redis), ``ZADD ... GT`` keeps the maximum, and any
    other command is kept verbatim and replayed after the merged ones.
    """

    def __init__(self) -> None:
        self.strings: dict[str, Any] = {}
        self.lists: list[tuple[str, tuple[Any, ...]]] = []
        self.zsets: dict[str, dict[Any, float]] = defaultdict(dict)
        self.zsets_gt: dict[str, dict[Any, float]] = defaultdict(dict)
        self.hashes: dict[str, dict[Any, Any]] = defaultdict(dict)
        self.other: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def set(self, name: str, value: Any, **options: Any) -> None:
        if options:
            self.other.append(("set", (name, value), options))
        else:
            self.strings[name] = value

    def rpush(self, name: str, *values: Any) -> None:
        self.lists.append((name, values))

    def zadd(self, name: str, mapping: dict[Any, float], **flags: Any) -> None:
        active = {k for k, v in flags.items() if v}
        if not active:
            self.zsets[name].update(mapping)
        elif active == {"gt"}:
            best = self.zsets_gt[name]
            for member, score in mapping.items():
                best[member] = max(score, best.get(member, score))
        else:
            self.other.append(("zadd", (name, mapping), flags))

    def hset(self, name: str, key: Any = None, value: Any = None, mapping: dict | None = None, **rest: Any) -> None:
        if rest:
            self.other.append(("hset", (name, key, value, mapping), rest))
            return
        if key is not None:
            self.hashes[name][key] = value
        self.hashes[name].update(mapping or {})

    def __getattr__(self, command: str) -> Callable[..., None]:
        return lambda *args, **kwargs: self.other.append((command, args, kwargs))

    def replay(self, pipe: redis.client.Pipeline) -> None:
        """Queue the merged commands on a real pipeline."""
        if self.strings:
            pipe.mset(self.strings)
        for name, values in self.lists:
            pipe.rpush(name, *values)
        for name, members in self.zsets.items():
            pipe.zadd(name, members)
        for name, members in self.zsets_gt.items():
            pipe.zadd(name, members, gt=True)
        for name, fields in self.hashes.items():
            pipe.hset(name, mapping=fields)
        for command, args, kwargs in self.other:
            getattr(pipe, command)(*args, **kwargs)


def bulk_put(store: Store, refs: Iterable[ReferenceEvent], batch_size: int = 5_000) -> int:
    """Write new references, one merged pipeline per batch; refuses ids that already exist. Returns the count."""
    stamp, written, iterator = now_iso(), 0, iter(refs)
    while batch := list(islice(iterator, batch_size)):
        if store.redis.exists(*(ref_key(r.id) for r in batch)):
            raise ValueError("bulk_put writes new references only; some ids already exist")
        recorder = _Recorder()
        for ref in batch:
            ref.version, ref.updated_at = 1, stamp
            store._write(ref, recorder)  # type: ignore[arg-type] - the product's layout, recorded
        with store.redis.pipeline(transaction=False) as pipe:
            recorder.replay(pipe)
            pipe.execute()
        written += len(batch)
    return written


def snapshot(connection: redis.Redis) -> dict[str, Any]:
    """Every key with its type and value, ``updated_at`` stamps dropped, for comparing two loads."""
    return {key.decode(): _value(connection, key) for key in connection.scan_iter(count=1000)}


def _value(connection: redis.Redis, key: bytes) -> Any:
    kind = connection.type(key).decode()
    if kind == "string":
        return kind, _unstamped(connection.get(key))
    if kind == "list":
        return kind, [_unstamped(v) for v in connection.lrange(key, 0, -1)]
    if kind == "zset":
        return kind, sorted(connection.zrange(key, 0, -1, withscores=True))
    if kind == "hash":
        return kind, sorted(connection.hgetall(key).items())
    return kind, None


def _unstamped(raw: bytes | None) -> Any:
    doc = json.loads(raw) if raw else None
    if isinstance(doc, dict):
        doc.pop("updated_at", None)
    return doc
