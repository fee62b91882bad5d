"""The shipped gazetteer against its sources, and the places it must know."""

import gzip
import json
from importlib import resources

import pytest

from dateline.extract.gazetteer import CURATED, Place, build, encode, load
from dateline.extract.places import capital_of, demonyms, gazetteer, lookup, world


@pytest.fixture(scope="module")
def fresh() -> dict:
    return build()


def test_the_shipped_gazetteer_equals_a_fresh_build_from_its_pinned_sources(fresh):
    for path, data in encode(fresh).items():
        shipped = resources.files("dateline.extract").joinpath(path).read_bytes()
        assert gzip.decompress(shipped) == gzip.decompress(data), f"{path} is stale: run python tools/build_gazetteer.py"


def test_every_name_reads_back_the_places_it_was_built_with(fresh):
    table = load().table  # places built on lookup, from rows encoded as text
    places = [Place(*row) for row in fresh["places"]]
    assert list(table) == list(fresh["names"])
    assert all(table[key] == [places[i] for i in ids] for key, ids in fresh["names"].items())
    assert table.get("no such place") is None and table.get("no such place", []) == []


def test_small_towns_are_a_table_of_their_own_read_in_the_articles_country():
    shipped = world()
    assert "wabag" not in shipped.table  # too small for the main table: 3,958 people
    [wabag] = shipped.minor_places("wabag")
    assert (wabag.country, wabag.kind) == ("Papua New Guinea", "town") and wabag.latitude == pytest.approx(-5.49, abs=0.01)
    assert [p.country for p in shipped.minor_places("bara")][:2] == ["Nigeria", "India"]  # biggest first
    assert shipped.minor_places("no such town") == []


def test_curated_places_come_first_and_non_places_are_left_out():
    table, by_code = gazetteer()
    curated = [places for places in table.values() if any(p.population == CURATED for p in places)]
    assert len(curated) > 100 and all(places[0].population == CURATED for places in curated)
    assert table["lakki marwat"][0].kind == "district" and table["lakki marwat"][0].admin1 == "Khyber Pakhtunkhwa"
    assert "police" not in table and "may" not in table
    assert by_code["PK"] == "Pakistan"
    assert lookup("Diyala") is not None and lookup("Diyala").country == "Iraq"  # found without its accents
    assert capital_of("Somalia").name == "Mogadishu"
    assert "somali" in demonyms() and "somalia" not in demonyms()
