"""Pure extraction: article text + publication date in, events out.

No I/O, no SQL, no Textual: everything here is deterministic and fast so the
loader, re-extraction, evaluation and benchmarks all share one code path.
"""

from dateline.extract.pipeline import EXTRACTOR_VERSION, extract_events
from dateline.extract.records import ACLED_TYPES, Article, DateExpr, Event

__all__ = ["EXTRACTOR_VERSION", "extract_events", "ACLED_TYPES", "Article", "DateExpr", "Event"]
