"""What the reference store already knows: people (canonical name and aliases) and place names.

The extractor works without a lexicon (titles, patterns and the gazetteer find people and places the
store has never heard of); a lexicon only helps it map "Trump" or "Donald J. Trump" to the store's
canonical "Donald Trump" and recognise places the gazetteer lacks (a named site, a small town).

A :class:`Lexicon` travels over HTTP as JSON (:meth:`Lexicon.to_dict` / :meth:`Lexicon.from_dict`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from shared.gazetteer import normalize

PLACE_KINDS = ("name", "city", "region", "country")


@dataclass
class Lexicon:
    """Known people and places.

    :ivar people: canonical name -> aliases (the canonical name itself need not be repeated).
    :ivar places: place name as written -> its kind (``name`` for a site, ``city``, ``region``, ``country``).
    """

    people: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_references(cls, records: Iterable[Mapping[str, Any]]) -> Lexicon:
        """Build from reference-store records (dicts in the ``references.jsonl`` format)."""
        lexicon = cls()
        for record in records:
            for person in record.get("participants", ()):
                lexicon.add_person(str(person["name"]), person.get("aliases", ()))
            for kind in PLACE_KINDS:
                value = (record.get("venue") or {}).get(kind)
                if value:
                    lexicon.places.setdefault(str(value), kind)
        return lexicon

    def add_person(self, name: str, aliases: Iterable[str] = ()) -> None:
        """Record ``name`` with ``aliases`` (merged with any already known)."""
        known = self.people.setdefault(name, [])
        for alias in aliases:
            if alias not in known and alias != name:
                known.append(str(alias))
        self.__dict__.pop("_person_index", None)
        self.__dict__.pop("person_pattern", None)
        self.__dict__.pop("_canonical_memo", None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "people": [{"name": n, "aliases": list(a)} for n, a in self.people.items()],
            "places": [{"name": n, "kind": k} for n, k in self.places.items()],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Lexicon:
        lexicon = cls()
        for person in data.get("people", ()):
            lexicon.add_person(str(person["name"]), person.get("aliases", ()))
        for place in data.get("places", ()):
            lexicon.places[str(place["name"])] = str(place.get("kind", "city"))
        return lexicon

    # -- look-ups -----------------------------------------------------------------------------------

    @cached_property
    def _person_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for name, aliases in self.people.items():
            for alias in (name, *aliases):
                index.setdefault(normalize(alias), name)
        return index

    @cached_property
    def _place_index(self) -> dict[str, str]:
        return {normalize(n): k for n, k in self.places.items()}

    @cached_property
    def person_pattern(self) -> re.Pattern[str] | None:
        """One regex over every name and alias that starts with a capital letter, longest first.

        The aliases are grouped by first letter ("D(?:onald J. Trump|onald Trump)|T(?:rump)"): a pattern that
        opens with literal letters lets the regex engine skip ahead to those letters, and each group is only
        tried at its own letter. The look-behind, not preceded by a word character or a hyphen, is checked
        after that letter (``(?<![\\w-]D)``), so it no longer runs at every position of the text. At any
        position the longest alias that fits still wins, as with one alternation sorted longest first.
        """
        names = {a for n, al in self.people.items() for a in (n, *al) if a[:1].isupper()}
        if not names:
            return None
        by_initial: dict[str, list[str]] = {}
        for name in sorted(names, key=lambda n: (-len(n), n)):
            by_initial.setdefault(name[0], []).append(name)
        groups = []
        for initial, group in sorted(by_initial.items()):
            letter = re.escape(initial)
            rest = "|".join(re.escape(name[1:]) for name in group)
            groups.append(rf"{letter}(?<![\w-]{letter})(?:{rest})")
        return re.compile(rf"(?:{'|'.join(groups)})(?![\w-])")

    @cached_property
    def _canonical_memo(self) -> dict[str, str | None]:
        return {}

    @cached_property
    def _place_memo(self) -> dict[str, str | None]:
        return {}

    def canonical(self, name: str) -> str | None:
        """The canonical name for a name or alias, or ``None`` when the person is unknown."""
        if not self.people:
            return None  # no lexicon (EMPTY): the common case, called for every name found
        memo = self._canonical_memo
        if name not in memo:
            if len(memo) > 65536:
                memo.clear()
            memo[name] = self._person_index.get(normalize(name))
        return memo[name]

    def place_kind(self, name: str) -> str | None:
        """The kind of a known place name, or ``None``."""
        if not self.places:
            return None
        memo = self._place_memo
        if name not in memo:
            if len(memo) > 65536:
                memo.clear()
            memo[name] = self._place_index.get(normalize(name))
        return memo[name]


EMPTY = Lexicon()
