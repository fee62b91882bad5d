"""The shipped gazetteer against its sources, and the places it must know."""

import gzip
import json
from importlib import resources

from dateline.extract.gazetteer import CURATED, DATA_FILE, build
from dateline.extract.places import capital_of, demonyms, gazetteer, lookup


def test_the_shipped_gazetteer_equals_a_fresh_build_from_its_pinned_sources():
    shipped = json.loads(gzip.decompress(resources.files("dateline.extract").joinpath(DATA_FILE).read_bytes()))
    fresh = json.loads(json.dumps(build(), ensure_ascii=False))
    assert shipped == fresh, "the gazetteer is stale: run python tools/build_gazetteer.py"


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
