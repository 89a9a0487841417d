"""Store lookups on a real Redis: candidates come from indexes, never from a scan of the store."""

from __future__ import annotations

from datetime import date

import pytest

from shared.model import EventType, Participant, ReferenceEvent, Source, Venue
from shared.storage import Store


def ref(ref_id: str, people: list[str], day: date, city: str | None = None, end: date | None = None):
    return ReferenceEvent(
        id=ref_id,
        event_type=EventType.MEETING,
        title=ref_id,
        participants=[Participant(p, (p.split()[-1],)) for p in people],
        start=day,
        end=end,
        venue=Venue(city=city, country="Testland") if city else None,
        sources=[Source("https://example.org", "t")],
    )


@pytest.fixture()
def store(redis_conn) -> Store:
    store = Store(redis_conn)
    store.put_references(
        [
            ref("ab-2020", ["Ann Able", "Bob Baker"], date(2020, 5, 1), "Alpha"),
            ref("ac-2020", ["Ann Able", "Cy Cole"], date(2020, 5, 3), "Beta"),
            ref("ab-2022", ["Ann Able", "Bob Baker"], date(2022, 1, 9), "Alpha", end=date(2022, 1, 12)),
            ref("dd-2020", ["Dee Dunn", "Eve Ede"], date(2020, 5, 2), "Alpha"),
        ]
    )
    return store


@pytest.mark.parametrize(
    ("names", "first", "last", "places", "expected"),
    [
        (["Ann Able"], date(2020, 4, 25), date(2020, 5, 9), [], {"ab-2020", "ac-2020"}),
        (["able"], date(2020, 4, 25), date(2020, 5, 9), [], {"ab-2020", "ac-2020"}),
        (["Ann Able"], date(2022, 1, 11), date(2022, 1, 11), [], {"ab-2022"}),
        (["Ann Able", "Bob Baker"], None, None, [], {"ab-2020", "ab-2022"}),
        (["Ann Able", "Zed Zero"], None, None, [], {"ab-2020", "ac-2020", "ab-2022"}),
        ([], date(2020, 5, 1), date(2020, 5, 31), ["Alpha"], {"ab-2020", "dd-2020"}),
        ([], date(2020, 5, 1), date(2020, 5, 31), [], set()),
        ([], None, None, [], set()),
    ],
    ids=["name+window", "alias", "multi-day", "undated-pair", "undated-one-known", "place", "date-only", "nothing"],
)
def test_candidates_come_from_name_or_place_indexes(store, names, first, last, places, expected):
    assert store.candidate_ids(names, first, last, places) == expected


def test_deprecated_and_replaced_references_leave_the_indexes(store):
    old = store.get_reference("ab-2020")
    old.rank = "deprecated"
    store.put_reference(old)
    moved = store.get_reference("ac-2020")
    moved.start = date(2021, 1, 1)
    store.put_reference(moved)
    assert store.candidate_ids(["Ann Able"], date(2020, 4, 25), date(2020, 5, 9)) == set()
    assert store.get_reference("ab-2020").version == 2


def test_lexicon_for_finds_only_names_the_text_mentions(store):
    lexicon = store.lexicon_for("Talks between Able and Mr Dee Dunn in Alpha.")
    assert {p["name"] for p in lexicon["people"]} == {"Ann Able", "Dee Dunn"}
    assert {"name": "Alpha", "kind": "city"} in lexicon["places"]
