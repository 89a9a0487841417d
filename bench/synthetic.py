"""Synthetic reference events for filling a store to a given size.

Deterministic (seeded), small (two participants, one source) and spread over 1950–2030, with participants
drawn uniformly from ~2,000 made-up people plus the real people of the corpus store, so a real name's index
grows with the store as a busy leader's would.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from shared.model import EventType, Participant, ReferenceEvent, Source, Venue

FIRST = date(1950, 1, 1).toordinal()
LAST = date(2030, 12, 31).toordinal()
SYNTHETIC_PEOPLE = 2_000
MULTI_DAY_SHARE = 0.05
MAX_EXTRA_DAYS = 2  # summits of up to three days, like the corpus' Reykjavík summit (two days)
TYPES = [t for t in EventType if t is not EventType.OTHER]
CALLS = {EventType.PHONE_CALL, EventType.VIDEO_CALL}
_GIVEN = ["Ada", "Bora", "Cato", "Dara", "Emil", "Fen", "Gil", "Hana", "Ivo", "Jun", "Kai", "Lena", "Milo", "Nia"]
_FAMILY = ["Arden", "Brask", "Corvel", "Dunmore", "Eskel", "Farrow", "Galt", "Hollis", "Ivers", "Jastrow"]
_CITIES = [("Geneva", "Switzerland"), ("Vienna", "Austria"), ("Helsinki", "Finland"), ("Oslo", "Norway"),
           ("Lima", "Peru"), ("Hanoi", "Vietnam"), ("Nairobi", "Kenya"), ("Doha", "Qatar")]  # fmt: skip


def synthetic_people(count: int = SYNTHETIC_PEOPLE) -> list[Participant]:
    """``count`` distinct made-up people ("Ada Arden 17"), no aliases, so they never collide with real names."""
    return [
        Participant(f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i // len(_GIVEN)) % len(_FAMILY)]} {i}") for i in range(count)
    ]


class Generator:
    """Yields synthetic references ``syn-0000000``, ``syn-0000001``, ... from a fixed seed."""

    def __init__(self, real_people: list[Participant], seed: int = 20260205):
        self.people = synthetic_people() + real_people
        self.random = random.Random(seed)

    def references(self, start: int, count: int) -> Iterator[ReferenceEvent]:
        """References number ``start`` … ``start + count - 1``."""
        for number in range(start, start + count):
            yield self.reference(number)

    def reference(self, number: int) -> ReferenceEvent:
        rnd = self.random
        kind = rnd.choice(TYPES)
        first = date.fromordinal(rnd.randint(FIRST, LAST))
        multi = kind not in CALLS and rnd.random() < MULTI_DAY_SHARE
        city, country = rnd.choice(_CITIES)
        return ReferenceEvent(
            id=f"syn-{number:07d}",
            event_type=kind,
            title=f"Synthetic {kind.value} {number}",
            participants=rnd.sample(self.people, 2),
            start=first,
            end=first + timedelta(days=rnd.randint(1, MAX_EXTRA_DAYS)) if multi else None,
            duration_minutes=float(rnd.randrange(20, 240, 5)) if rnd.random() < 0.5 else None,
            venue=None if kind in CALLS else Venue(city=city, country=country),
            sources=[Source(f"https://example.org/syn/{number}", "Synthetic source", ("date", "participants"))],
        )
